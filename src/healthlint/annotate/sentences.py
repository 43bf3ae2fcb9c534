"""Sentences (and headings/list items as their own units) with exact character spans.

Text is first cut into blocks (blank lines, list items, headings, short title-like lines), then
syntok segments each block; syntok keeps "et al.", "e.g.", "Dr.", "vs." and decimals intact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from healthlint.document import Document
from healthlint.finding import Span

_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•·▪‣◦]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+")
_HEADINGISH = re.compile(r"^[ \t]*#")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", ")", "]")


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


def split_sentences(text: str, headings: Sequence[Span] = (), item_starts: Sequence[int] = ()) -> list[Span]:
    """Return sentence spans (stripped of surrounding whitespace) in document order."""
    from syntok import segmenter

    spans: list[Span] = []
    for b_start, b_end in _blocks(text, headings, item_starts):
        block = text[b_start:b_end]
        if len(block) < 3 or not any(ch in block[:-1] for ch in ".!?"):
            s = block.strip()
            if s:
                lead = len(block) - len(block.lstrip())
                spans.append(Span(b_start + lead, b_start + lead + len(s)))
            continue
        for para in segmenter.analyze(block):
            for sent in para:
                if not sent:
                    continue
                first, last = sent[0], sent[-1]
                s0 = b_start + first.offset
                s1 = b_start + last.offset + len(last.value)
                while s1 > s0 and text[s1 - 1].isspace():
                    s1 -= 1
                if s1 > s0:
                    spans.append(Span(s0, s1))
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
