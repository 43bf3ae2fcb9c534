"""Load ``tests/rules/<CODE>.yaml`` fixtures.

A fixture file looks like::

    rule: COM101
    fail:
      - "Magnesium helps. [[Click on the link here]] to learn more."
      - {text: "<p>...</p>", format: html}
    pass:
      - "Our editors receive no payment for links."
    known_fp:            # cases the rule still gets wrong: run as strict xfail
      - "..."

In ``fail`` cases ``[[...]]`` marks each expected span (the markers are removed before the
check); a fail case with no markers expects a document-level finding.  For HTML cases the
marked strings are compared with the flagged text, since extraction moves offsets.  ``pass`` and
``known_fp`` cases must produce no finding of the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).parent / "rules"
_MARK = re.compile(r"\[\[([^\[\]]+?)\]\]", re.S)


@dataclass(frozen=True)
class Case:
    code: str
    kind: str  # fail | pass | known_fp
    text: str
    fmt: str
    spans: tuple[tuple[int, int], ...]
    index: int
    marked: tuple[str, ...] = ()  # the marked strings (compared by text for HTML, whose offsets move)

    @property
    def id(self) -> str:
        return f"{self.code}-{self.kind}-{self.index}"


def strip_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), tuple(spans)


def _case(code: str, kind: str, index: int, raw: Any) -> Case:
    if isinstance(raw, str):
        raw = {"text": raw}
    text, spans = strip_marks(raw["text"]) if kind == "fail" else (raw["text"], ())
    return Case(code, kind, text, raw.get("format", "text"), spans, index, tuple(text[s:e] for s, e in spans))


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        code = data["rule"]
        if path.stem != code:
            raise ValueError(f"{path.name}: rule {code} does not match the file name")
        for kind in ("fail", "pass", "known_fp"):
            for i, raw in enumerate(data.get(kind) or []):
                cases.append(_case(code, kind, i, raw))
    return cases
