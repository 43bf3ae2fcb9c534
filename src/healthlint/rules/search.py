"""Fast whole-text pattern search shared by rules.

Python's ``re`` is about twice as slow with IGNORECASE.  A case-insensitive pattern whose own
literals have no capitals finds exactly the same matches when run case-sensitively over the
lower-cased text, as long as lower-casing keeps every offset (it does for all but a few
characters, and then the original pattern is used).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from healthlint.document import Document

_ESCAPE = re.compile(r"\\.")
_FOLDED: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, when that is equivalent on lower-cased text; else None."""
    if pattern not in _FOLDED:
        literal = _ESCAPE.sub("", pattern.pattern)
        same = bool(pattern.flags & re.IGNORECASE) and literal == literal.lower()
        _FOLDED[pattern] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if same else None
    return _FOLDED[pattern]


# characters that IGNORECASE matching treats unlike str.lower() (dotted/dotless i, long s, Kelvin sign)
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered(doc: Document) -> str | None:
    """The document text lower-cased (cached on the document), or None when that moves offsets or
    the text holds a character that case-insensitive matching folds differently."""
    if "_lower" not in doc.layers:
        low = doc.text.lower()
        same = len(low) == len(doc.text) and not any(ch in doc.text for ch in _UNFOLDABLE)
        doc.layers["_lower"] = low if same else None
    value: str | None = doc.layers["_lower"]
    return value


def outermost(matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """Matches left to right, the longest first where several start together, leaving out every
    match that starts inside one already kept (one finding for "revolutionary breakthrough cure")."""
    kept: list[re.Match[str]] = []
    until = -1
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if m.start() >= until:
            kept.append(m)
            until = m.end()
    return kept


def finditer(doc: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(doc.text)``, faster; the matches' offsets index ``doc.text`` but their
    ``group()`` text may be lower-cased: slice ``doc.text`` for the original words."""
    low = lowered(doc)
    fast = folded(pattern) if low is not None else None
    if fast is not None and low is not None:
        uses = _USES.get(fast, 0)
        if uses < _WARM_UP:
            _USES[fast] = uses + 1  # a one-off check (the CLI on one file) does not pay for the parse
            return fast.finditer(low)
        keys = first_keys(fast)
        if keys is None:
            return fast.finditer(low)
        index = word_index(doc)
        return _anchored(fast, low, sorted(chain.from_iterable(index.get(k, ()) for k in keys)))
    return pattern.finditer(doc.text)


# -- anchored search -----------------------------------------------------------------------------
# Most rule patterns start at a word boundary with one of a few words ("no side effects", "silent
# killer", "new treatment").  Python's ``re`` still tries every position of the text.  When the
# first three characters of the first word of every possible match can be read off the pattern,
# only the words of the document that begin with them need a ``match`` call: the document's words
# are indexed by their first three characters once, and all such patterns share the index.

_KEY = 3
# characters a match may start with that are not word characters: every occurrence is indexed
_SYMBOLS = frozenset("$£€(#%")
_NUMBER = "<number>"  # the key of every word that starts with a digit
_KEYS: dict[re.Pattern[str], frozenset[str] | None] = {}
_WORD_KEY = re.compile(r"(?<!\w)\w{1,3}")
_STEPS = 20_000
_USES: dict[re.Pattern[str], int] = {}
_WARM_UP = 2  # documents searched by full scan before a pattern's first words are read off it
_MAX_KEYS = 200


class _Unknown(Exception):
    """The pattern's possible first words cannot be listed: search the whole text."""


_Frame = tuple[list[tuple[Any, Any]], int]


def _charset(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 16:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            out.update("0123456789")
        elif op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
            out.add(" ")  # stands for every character that ends a word
        else:
            raise _Unknown
    return out


def _bounds_word(op: Any, av: Any) -> bool:
    """``\\b``, or a look-behind that refuses a word character before the match."""
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is _c.IN:
        return (_c.CATEGORY, _c.CATEGORY_WORD) in av[1][0][1]
    return False


def _walk(stack: tuple[_Frame, ...], prefix: str, bounded: bool, steps: list[int]) -> set[str]:
    steps[0] -= 1
    if steps[0] < 0:
        raise _Unknown
    if len(prefix) >= _KEY:
        return {prefix[:_KEY]}
    while stack and stack[-1][1] >= len(stack[-1][0]):
        stack = stack[:-1]
    if not stack:
        if not prefix:
            raise _Unknown  # the pattern can match the empty string
        return {prefix}
    items, i = stack[-1]
    rest = (*stack[:-1], (items, i + 1))
    op, av = items[i]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        # zero-width: passing over a condition only lets more words in
        return _walk(rest, prefix, bounded or (not prefix and _bounds_word(op, av)), steps)
    if op is _c.SUBPATTERN:
        return _walk((*rest, (av[-1], 0)), prefix, bounded, steps)
    if op is _c.BRANCH:
        return set().union(*(_walk((*rest, (b, 0)), prefix, bounded, steps) for b in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        out: set[str] = _walk(rest, prefix, bounded, steps) if lo == 0 else set()
        if hi != 0:
            again = [(op, (max(lo - 1, 0), hi if hi is _c.MAXREPEAT else hi - 1, sub))]
            out |= _walk((*rest, (again, 0), (sub, 0)), prefix, bounded, steps)
        return out
    if op is _c.LITERAL:
        chars = {chr(av)}
    elif op is _c.IN:
        chars = _charset(av)
    else:
        raise _Unknown
    out = set()
    for ch in chars:
        ch = ch.lower()
        if ch.isalnum() or ch == "_":
            if not prefix and not bounded:
                raise _Unknown  # a match may start inside a word
            if not prefix and ch.isdigit():
                out.add(_NUMBER)  # "30% off", "12 payments of": any number starts a candidate
                continue
            out |= _walk(rest, prefix + ch, bounded, steps)
        elif not prefix and ch in _SYMBOLS:
            out.add(ch)  # "$49", "(regularly $99)": the symbol's every occurrence is a candidate
        elif not prefix:
            raise _Unknown  # a match may start at another non-word character
        else:
            out.add(prefix)
    return out


def first_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The first three characters (or the whole word, if shorter) of the first word of every
    possible match of ``pattern``, lower-cased; None when they cannot be listed."""
    if pattern not in _KEYS:
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
            keys: frozenset[str] | None = frozenset(_walk(((list(tree), 0),), "", False, [_STEPS]))
        except (_Unknown, re.error, RecursionError):
            keys = None
        if keys is not None and len(keys) > _MAX_KEYS:
            keys = None  # "\d+ mg": a thousand numbers; scanning is cheaper than looking them all up
        _KEYS[pattern] = keys
    return _KEYS[pattern]


def word_index(doc: Document) -> dict[str, list[int]]:
    """Where each word of the lower-cased text starts, by its first three characters, and where
    each of a few symbols ($, £, €, parenthesis ...) stands (cached)."""
    if "_word_index" not in doc.layers:
        index: dict[str, list[int]] = {}
        low = lowered(doc)
        text = low if low is not None else doc.text.lower()
        for m in _WORD_KEY.finditer(text):
            key = m.group()
            spot = index.get(key)
            if spot is None:
                index[key] = [m.start()]
            else:
                spot.append(m.start())
            if key[0].isdigit():
                index.setdefault(_NUMBER, []).append(m.start())
        for symbol in _SYMBOLS:
            at = text.find(symbol)
            while at != -1:
                index.setdefault(symbol, []).append(at)
                at = text.find(symbol, at + 1)
        doc.layers["_word_index"] = index
    found: dict[str, list[int]] = doc.layers["_word_index"]
    return found


def _anchored(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when matches can only start at ``starts`` (sorted)."""
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            end = m.end() if m.end() > pos else pos + 1
            yield m
