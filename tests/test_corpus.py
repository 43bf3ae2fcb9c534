"""The hand-written corpus (tests/corpus) guards recall on genres of bad health content and
silence on careful articles.  bench/corpus.py prints the per-code table; this test holds floors.

Recall is measured against sidecar YAML written, for each bad article, before healthlint was run
on it: what a careful medical editor would flag.  Raise the floor when the rules improve.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECALL_FLOOR = 0.66
# families whose recall must not fall back (measured on the 170 bad articles less a small margin).
# Every batch from 15-22 on was added written blind, in genres the rules had not seen.  Before any
# rule was changed for them, recall was 0.33 on 23-32, 0.38 on 33-42, 0.34 on 43-52, 0.39 on 53-62,
# 0.29 on 63-74, 0.30 on 75-82 (0.28 with the rules of the start of session 6), 0.38 on 83-90 (0.36
# with those rules), 0.35 on 91-98 (0.31 with those rules), 0.30 on 99-110 (with the rules of the
# start of session 7 as with those of its first hour), 0.29 on 111-116 (0.25 with the rules of the
# start of session 7; only its totals were looked at, never its misses), 0.33 on 117-122 (0.28
# with those rules; measured once, at the end of session 7), 0.50 on 123-128 (0.45 with the
# rules of the start of session 8; measured once, in its first hour), 0.55 on 129-134 (0.49 with
# those rules; measured late in session 8), 0.50 on 135-140 (0.41 with those rules; measured once,
# at the end of session 8), 0.60 on 141-146 (the same with the rules of the start of session 9;
# measured in its first hour), 0.62 on 147-152 (the same with those rules; measured once,
# mid-session 9), 0.65 on 153-158 (0.64 with those rules), 0.62 on 159-164 (0.61 with those
# rules; measured once, at the end of session 9) and 0.65 on 165-170 (the rules of the end of
# session 9, unchanged at the start of session 10; measured once, in its first two hours).
# 111-122 and 129-134 are held out: no rule has been tuned on their misses (123-128 and 135-164
# were, after their measurement; of 165-170 only one miss was acted on, a reference list under no
# heading, which the references layer now finds in five articles of four rounds).
FAMILY_FLOORS = {"CLM": 0.50, "MNG": 0.72, "SAF": 0.63, "COM": 0.82, "TRN": 0.92, "CIT": 0.67, "ABB": 0.55}


@cache
def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result() -> object:
    return _bench().evaluate(ROOT / "tests" / "corpus")


def test_corpus_has_both_sides() -> None:
    bad = sorted((ROOT / "tests" / "corpus" / "bad").glob("*.md"))
    good = sorted((ROOT / "tests" / "corpus" / "good").glob("*.md"))
    assert len(bad) >= 98 and len(good) >= 27
    assert all(p.with_suffix(".yaml").exists() for p in bad)


def test_recall_floor(result: object) -> None:
    recall = _bench().recall(result)
    assert recall >= RECALL_FLOOR, f"corpus recall {recall:.2f} < {RECALL_FLOOR}"


@pytest.mark.parametrize("family", sorted(FAMILY_FLOORS))
def test_family_recall_floor(result: object, family: str) -> None:
    expected = [found for exp, found in result.expected if exp.code.startswith(family)]  # type: ignore[attr-defined]
    assert expected
    recall = sum(expected) / len(expected)
    assert recall >= FAMILY_FLOORS[family], f"{family} recall {recall:.2f} < {FAMILY_FLOORS[family]}"


def test_no_warnings_on_careful_articles(result: object) -> None:
    warnings = [(article, f.code, f.message) for article, f in result.good_warnings]  # type: ignore[attr-defined]
    assert warnings == []
