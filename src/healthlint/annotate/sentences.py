"""Sentences (and headings/list items as their own units) with exact character spans.

Text is first cut into blocks (blank lines, list items, headings, short title-like lines), then
each block is cut at sentence-final punctuation followed by white space and a capitalised word,
except after abbreviations ("et al.", "e.g.", "Dr.", "vs.", "approx.", "Fig.", "U.S."), initials
and inside decimals.  A hand-written splitter: syntok did the same at ten times the cost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from healthlint.document import Document
from healthlint.finding import Span

_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•·▪‣◦]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+")
_HEADINGISH = re.compile(r"^[ \t]*#")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", ")", "]")
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=\S)")
_ABBREVIATION_WORDS = """
    dr drs mr mrs ms messrs prof profs st mt sr jr gen gov rep sen rev hon capt col lt sgt brig maj adm cmdr
    vs v e.g eg i.e ie al approx appr ca cf fig figs no nos vol vols pp p ed eds eq eqs ref refs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp dept univ assn est min max avg
    a.m p.m u.s u.k u.n e.u d.c n.y l.a
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_NUMBERED = frozenset({"no", "nos", "fig", "figs", "vol", "vols", "p", "pp", "eq", "eqs", "ref", "refs"})
_OPENERS = "\"'“‘([¿¡"


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _blocks(text: str, headings: Sequence[Span], item_starts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Split text into blocks that never share a sentence: blank lines, list items, headings
    and short title-like lines (no closing punctuation, followed by a capitalised line).
    ``item_starts`` are where list items begin whose marker the reader blanked (Markdown)."""
    heading_starts = {h.start for h in headings}
    items = set(item_starts)
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    close_after = False
    for i, (l0, l1) in enumerate(lines):
        line = text[l0:l1]
        stripped = line.strip()
        if not stripped:
            if start is not None:
                blocks.append((start, l0))
                start = None
            continue
        lead = l0 + len(line) - len(line.lstrip())
        is_unit = bool(_LIST_ITEM.match(line) or _HEADINGISH.match(line)) or lead in heading_starts or lead in items
        if start is not None and (is_unit or close_after):
            blocks.append((start, l0))
            start = None
        if start is None:
            start = lead
        nxt = text[lines[i + 1][0] : lines[i + 1][1]].lstrip() if i + 1 < len(lines) else ""
        title_like = (
            not stripped.endswith(_TERMINAL) and len(stripped) < 80 and stripped.count(" ") < 12
            and bool(nxt) and (nxt[0].isupper() or nxt[0].isdigit())
        )
        close_after = lead in heading_starts or bool(_HEADINGISH.match(line)) or title_like
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def _is_boundary(block: str, m: re.Match[str]) -> bool:
    """Whether the punctuation matched at ``m`` ends a sentence."""
    punct = m.group(1)
    j = m.end()
    while j < len(block) and block[j] in _OPENERS:
        j += 1
    if j >= len(block):
        return True
    nxt = block[j]
    if nxt.islower():
        return False
    if punct != ".":
        return True
    k = m.start()
    w0 = k
    while w0 > 0 and not block[w0 - 1].isspace() and block[w0 - 1] not in "([\"“'‘":
        w0 -= 1
    word = block[w0:k]
    if not word:
        return True
    low = word.lower().rstrip(".")
    if low in _NUMBERED:  # "No. 5", "Fig. 2", "p. 12", but "Just say no. Skip it."
        return not nxt.isdigit()
    if low in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return False
    if word.isdigit() and len(word) <= 3 and not block[:w0].strip(" \t").rpartition("\n")[2]:
        return False  # a list number at the start of a line: "1. Sleep well"
    return not ("." in word and all(len(part) <= 2 for part in word.split(".")) and word[0].isalpha())


def _split_block(block: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = len(block) - len(block.lstrip())
    for m in _BOUNDARY.finditer(block):
        if m.start() < start or not _is_boundary(block, m):
            continue
        end = m.start(3)
        if end > start:
            out.append((start, end))
        start = m.end()
    end = len(block.rstrip())
    if end > start:
        out.append((start, end))
    return out


def split_sentences(text: str, headings: Sequence[Span] = (), item_starts: Sequence[int] = ()) -> list[Span]:
    """Return sentence spans (stripped of surrounding whitespace) in document order."""
    spans: list[Span] = []
    for b_start, b_end in _blocks(text, headings, item_starts):
        for s0, s1 in _split_block(text[b_start:b_end]):
            spans.append(Span(b_start + s0, b_start + s1))
    return spans


class SentenceAnnotator:
    name = "sentences"
    version = "1"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("sentences",)

    def predict(self, docs: Sequence[Document]) -> list[list[Span]]:
        return [split_sentences(doc.text, doc.headings, doc.layers.get("list_item_starts", ())) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Span]]) -> None:
        for doc, spans in zip(docs, predictions, strict=True):
            doc.sentences = spans
            doc.annotated.add("sentences")
