"""Every rule against its fixture file, plus the meta-checks on rules themselves."""

from __future__ import annotations

from dataclasses import replace

import pytest

from healthlint.api import check_text
from healthlint.config import Config
from healthlint.rules import all_rules
from rule_fixtures import FIXTURES, Case, load_cases

CASES = load_cases()


EXTENSION = {"text": "txt", "markdown": "md", "html": "html"}


def _run(case: Case) -> tuple[str, list[tuple[int | None, int | None]]]:
    config = replace(Config(), select=(case.code,), preview=True)
    report = check_text(case.text, source=f"case.{EXTENSION[case.fmt]}", fmt=case.fmt, config=config)
    result = report.documents[0]
    assert not result.errors, result.errors
    assert result.document is not None
    return result.document.text, [(f.start, f.end) for f in result.findings if f.code == case.code]


def _findings(case: Case) -> list[tuple[int | None, int | None]]:
    return _run(case)[1]


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "fail"], ids=lambda c: c.id)
def test_fail_cases_fire_on_the_marked_span(case: Case) -> None:
    text, got = _run(case)
    if not case.spans:
        assert (None, None) in got, (case.text, got)
    elif case.fmt == "html":
        flagged = sorted({text[s:e] for s, e in got if s is not None and e is not None})
        assert flagged == sorted(set(case.marked)), (case.text, flagged)
    else:
        assert sorted(set(got)) == sorted(case.spans), (case.text, got)


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "pass"], ids=lambda c: c.id)
def test_pass_cases_stay_quiet(case: Case) -> None:
    assert _findings(case) == [], case.text


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "known_fp"], ids=lambda c: c.id)
def test_known_false_positives(case: Case) -> None:
    if _findings(case):
        pytest.xfail("known false positive")
    pytest.fail("known_fp case no longer fires: move it to pass")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_documentation_sections(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.summary, f"{rule.code} has no summary line"
    assert rule.missing_sections() == [], f"{rule.code} docstring lacks {rule.missing_sections()}"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_fixtures(rule) -> None:  # type: ignore[no-untyped-def]
    assert (FIXTURES / f"{rule.code}.yaml").is_file(), f"no tests/rules/{rule.code}.yaml"
    kinds = {c.kind for c in CASES if c.code == rule.code}
    assert {"pass", "fail"} <= kinds, f"{rule.code} needs at least one pass and one fail case"


def test_fixture_files_name_existing_rules() -> None:
    codes = {r.code for r in all_rules()}
    assert {c.code for c in CASES} <= codes


@pytest.mark.parametrize(
    "name",
    [
        "27_bioidentical_hormone_reset",
        "106_reflux_naturopath_newsletter",
        "139_compounded_bhrt_menopause",
        "141_sciatica-chiro-blog",
    ],
)
def test_a_rule_run_alone_finds_what_it_finds_in_a_full_run(name: str) -> None:
    """A rule declares every layer it reads: run with ``--select`` alone it sees the same document as in
    a full run (whether the article names a source reads the citations and the reference list)."""
    from pathlib import Path

    path = Path(__file__).parent / "corpus" / "bad" / f"{name}.md"
    text = path.read_text(encoding="utf-8")
    full = check_text(text, source=str(path), config=replace(Config(), preview=True)).documents[0].findings
    codes = ("CLM101", "CLM102", "CLM103", "CLM104", "MNG101", "MNG102", "MNG103", "SAF101", "SAF102", "SAF103",
             "ABB104", "TRN103", "CIT104", "CIT106")
    for code in codes:
        alone = check_text(text, source=str(path), config=replace(Config(), select=(code,), preview=True))
        got = {(f.span.start, f.span.end) if f.span else None for f in alone.documents[0].findings if f.code == code}
        assert got == {(f.span.start, f.span.end) if f.span else None for f in full if f.code == code}, code
