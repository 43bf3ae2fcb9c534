"""The cheap prefilters in front of the rules' extra wordings never hide a wording that matches.

Several rules try an extra pattern only when the document holds its words (``gate``: one word of
each group among the document's tokens; ``words``: one of some substrings).  The patterns and
their prefilters are kept in parallel tuples: a prefilter that does not fit its pattern (a typo,
or a new pattern inserted at the wrong place) would silently switch the pattern off.  Here every
pattern is run on every fixture text of its rule, and wherever it matches its prefilter must open.
"""

from __future__ import annotations

import re

import pytest

from healthlint.document import Document
from healthlint.rules import mongering, safety
from healthlint.rules.claims import Gate, doc_tokens, opens
from rule_fixtures import load_cases

CODES = ("MNG101", "MNG102", "MNG103", "SAF101", "SAF102")
TEXTS = {code: [c.text for c in load_cases() if c.code == code] for code in CODES}


def _sets() -> list[tuple[str, str, list[tuple[re.Pattern[str], tuple[str, ...] | None, Gate]]]]:
    return [
        ("MNG103", "suppression", [
            (p, w, g) for (p, w), g in zip(mongering._SUPPRESSION_MORE, mongering._SUPPRESSION_GATES, strict=True)]),
        ("MNG103", "suppression, unsourced", [
            (p, w, g) for (p, w), g in zip(mongering._SUPPRESSION_UNSOURCED, mongering._SUPPRESSION_UNSOURCED_GATES,
                                           strict=True)]),
        ("SAF101", "stop, more", [(p, w, g) for (p, w), g in zip(safety._SAF101_MORE, safety._SAF101_MORE_GATES,
                                                                 strict=True)]),
        ("SAF102", "dose, more", [(p, w, g) for (p, w), g in zip(safety._DOSE_MORE, safety._DOSE_MORE_GATES,
                                                                 strict=True)]),
    ]


@pytest.mark.parametrize(("code", "name", "parts"), _sets(), ids=[s[1] for s in _sets()])
def test_every_prefilter_opens_where_its_pattern_matches(
    code: str, name: str, parts: list[tuple[re.Pattern[str], tuple[str, ...] | None, Gate]]
) -> None:
    matched = 0
    for pattern, words, g in parts:
        hits = [t for t in TEXTS[code] if pattern.search(t)]
        for text in hits:
            tokens = doc_tokens(Document("t.txt", text))
            assert opens(tokens, g), (name, pattern.pattern[:60], text)
            if words is not None:
                assert any(w in text.lower() for w in words), (name, pattern.pattern[:60], text)
        matched += bool(hits)
    # most patterns have a fixture of their own: the check above is not vacuous
    assert matched >= len(parts) // 2, (name, matched, len(parts))
