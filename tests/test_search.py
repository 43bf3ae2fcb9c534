"""The lower-cased fast path of rules.search finds what the case-insensitive pattern finds."""

from __future__ import annotations

import re

import pytest

from healthlint.document import Document
from healthlint.rules.search import finditer, folded

TEXT = ("Studies SHOW it Cures Arthritis. Click HERE to buy NOW! Doctors Don't Want You To Know.\n"
        "A new Breakthrough, 100 % safe; use CODE SAVE20 at checkout.")
PATTERNS = [
    r"\bcures?\b", r"click (?:on )?here", r"(?<![\w])buy now(?![\w])", r"don'?t want you to know",
    r"\bbreak[\s-]?through\b", r"100\s?%", r"\bcode\s+\w+",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_same_spans_as_the_case_insensitive_pattern(source: str) -> None:
    pattern = re.compile(source, re.I)
    doc = Document("t.txt", TEXT)
    assert folded(pattern) is not None
    assert [m.span() for m in finditer(doc, pattern)] == [m.span() for m in pattern.finditer(TEXT)]


def test_patterns_with_capitals_of_their_own_keep_the_slow_path() -> None:
    pattern = re.compile(r"code (?-i:[A-Z0-9]{3,})", re.I)
    assert folded(pattern) is None
    doc = Document("t.txt", TEXT)
    assert [m.group(0) for m in finditer(doc, pattern)] == ["CODE SAVE20"]


def test_case_sensitive_patterns_are_left_alone() -> None:
    assert folded(re.compile(r"buy now")) is None


def test_text_whose_lower_case_changes_length_uses_the_original() -> None:
    text = "İstanbul clinic: click here."  # 'İ'.lower() is two characters
    doc = Document("t.txt", text)
    pattern = re.compile(r"click here", re.I)
    assert [m.span() for m in finditer(doc, pattern)] == [(17, 27)]


@pytest.mark.parametrize(("odd", "plain"), [("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k")])
def test_characters_that_fold_differently_use_the_original(odd: str, plain: str) -> None:
    # IGNORECASE matches "ı" (dotless i) for "i" and "ſ" (long s) for "s"; str.lower() keeps them
    text = f"x{odd}y and x{plain}y"
    pattern = re.compile(f"x{plain}y", re.I)
    assert [m.span() for m in finditer(Document("t.txt", text), pattern)] == [(0, 3), (8, 11)]
