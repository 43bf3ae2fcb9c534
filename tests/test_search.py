"""The lower-cased fast path of rules.search finds what the case-insensitive pattern finds."""

from __future__ import annotations

import re

import pytest

from healthlint.document import Document
from healthlint.rules.search import finditer, first_keys, folded, outermost

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


# -- anchored search: only the words a match can start with are tried ------------------------------

@pytest.mark.parametrize(
    ("source", "keys"),
    [
        (r"\b(?:no|zero)\s+side[\s-]effects", {"no", "zer"}),
        (r"(?<![\w-])(?:(?:brand[\s-])?new|novel)\s+(?:drug|cure)", {"bra", "new", "nov"}),
        (r"\b(?:it'?s|it\s+is)\s+safe", {"it", "its"}),
        (r"\bbreak[\s-]?through", {"bre"}),
        (r"\b(?:a|the)\s+cure", {"a", "the"}),
        (r"(?<!\w)(?:\$\s?\d+|\d{1,3}\s?% off)", {"$", "<number>"}),
    ],
)
def test_first_keys_lists_every_word_a_match_can_start_with(source: str, keys: set[str]) -> None:
    assert first_keys(re.compile(source)) == keys


@pytest.mark.parametrize(
    "source",
    [
        r"(?:is|are)\s+safe",  # no boundary: "this is safe" matches at "is" inside "this"
        r"\d+\s?mg",  # no boundary, and too many numbers to list
        r"\b\w+ology",  # any word
        r"\s+cure",  # starts at a space
        r"\b(?:cure)?",  # can match the empty string
        r"[^a]ure",  # any character
    ],
)
def test_first_keys_gives_up_where_it_cannot_list_them(source: str) -> None:
    assert first_keys(re.compile(source)) is None


def _rule_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the rule modules and the claim lexicon."""
    import importlib
    import pkgutil

    import healthlint.rules as rules_pkg
    from healthlint.annotate.claims import cues

    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        module = importlib.import_module(f"healthlint.rules.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                found[value.pattern] = value
    for value in vars(cues()).values():
        if isinstance(value, re.Pattern):
            found[value.pattern] = value
    from healthlint.rules.data import load_data_rules

    for rule in load_data_rules():  # the phrase rules (COM101-COM103) from YAML
        pattern = rule.func.keywords["pattern"]  # type: ignore[attr-defined]
        found[pattern.pattern] = pattern
    return list(found.values())


def test_anchored_search_finds_what_a_full_scan_finds() -> None:
    """On the rule fixtures and the corpus articles, every rule pattern gives the same matches
    through the word index as scanning the whole lower-cased text."""
    from pathlib import Path

    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").rglob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "rules").glob("*.yaml"))]
    texts = [t.replace("[[", "").replace("]]", "") for t in texts]
    patterns = _rule_patterns()
    anchored = [p for p in patterns if (f := folded(p)) is not None and first_keys(f) is not None]
    assert len(anchored) > 50  # most rule patterns are anchored
    total = 0
    for text in texts:
        low = text.lower()
        doc = Document("t.md", text)
        for pattern in anchored:
            fast = folded(pattern)
            assert fast is not None
            expected = [m.span() for m in fast.finditer(low)]
            assert [m.span() for m in finditer(doc, pattern)] == expected, pattern.pattern[:80]
            total += len(expected)
    assert total > 500  # the texts do hold matches of them


def test_outermost_keeps_the_longest_leftmost_match_and_drops_those_inside_it() -> None:
    text = "a revolutionary breakthrough cure now"
    found = [m for p in (r"revolutionary breakthrough", r"breakthrough", r"cure", r"revolutionary") for m in
             re.finditer(p, text)]
    assert [m.group(0) for m in outermost(found)] == ["revolutionary breakthrough", "cure"]
