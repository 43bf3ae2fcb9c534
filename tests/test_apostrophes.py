"""Typographic apostrophes, no-break spaces and Unicode hyphens are read as their ASCII forms."""

from __future__ import annotations

from healthlint import check_text
from healthlint.ingest import read_text


def test_curly_apostrophes_become_ascii_and_offsets_stay() -> None:
    raw = "It’s what doctors don’t want you to know.\n"
    doc = read_text(raw, "a.txt")
    assert doc.text == raw.replace("’", "'")
    assert len(doc.text) == len(raw)


def test_rules_fire_on_text_with_curly_apostrophes() -> None:
    straight = "Here's what your doctor won't tell you: the tea cures gout."
    curly = straight.replace("'", "’")
    codes = [f.code for f in check_text(straight).findings]
    assert "MNG103" in codes
    assert [f.code for f in check_text(curly).findings] == codes


def test_no_break_spaces_and_unicode_hyphens_read_as_ascii() -> None:
    raw = "Click\u00a0here to order. It has no side\u2011effects.\n"
    doc = read_text(raw, "b.txt")
    assert doc.text == "Click here to order. It has no side-effects.\n"
    codes = {f.code for f in check_text(raw).findings}
    assert {"COM101", "CLM104"} <= codes
