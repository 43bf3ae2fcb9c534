"""The Document every stage works on: normalized text, a source map, metadata, links and
annotation layers.  Everything here is a plain picklable dataclass."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from healthlint.finding import Span


@dataclass(slots=True)
class SourceMap:
    """Maps character offsets of the document text to 1-based line/column.

    ``line_starts`` are the offsets at which each line of the *text* begins.  Readers whose text
    keeps the source's offsets (plain text, Markdown) so report source lines and columns.
    """

    line_starts: list[int]

    @classmethod
    def for_text(cls, text: str) -> SourceMap:
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return cls(starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink: its anchor text span in the document text (``None`` when the link is not
    in the analysed body), its target and its ``rel`` attribute."""

    span: Span | None
    href: str
    text: str
    rel: str = ""


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    description: str | None = None
    format: str = "text"


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline suppression comment: ``<!-- healthlint: disable=COM101 -->``.

    ``kind`` is ``disable``, ``enable`` or ``disable-next-line``; ``codes`` are code prefixes
    (empty = all); ``offset`` is where the comment stands in the document text and ``line`` its
    1-based line in the source file (the same as in the text for plain text and Markdown).
    """

    kind: str
    codes: tuple[str, ...]
    offset: int
    line: int
    text: str


# ---- annotation layers --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Abbreviation:
    """A short form defined in the text.  ``start``/``end`` cover the whole definition."""

    short: str
    long: str
    start: int
    end: int
    short_span: Span
    long_span: Span
    status: str = "unknown"  # ok | mismatch | unknown
    expected: list[str] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # condition | symptom | substance | treatment
    canonical: str
    source_id: str = ""
    # refines type: disease, symptom, drug, chemical, vitamin, mineral, supplement, herb, food,
    # procedure, therapy, lifestyle
    kind: str = ""


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    text: str
    strength: str  # none | correlational | conditional_causal | direct_causal
    exposure: str | None = None
    outcome: str | None = None
    polarity: str = "positive"  # positive | negative
    kind: str = "other"  # efficacy | harm | safety | other
    boosters: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    novelty: list[str] = field(default_factory=list)
    attribution: str = "none"  # specific | named | vague | none
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Reference:
    start: int
    end: int
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    label: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Citation:
    start: int
    end: int
    text: str
    kind: str  # marker | author_year | narrative | link
    reference: int | None = None  # index into Document.references
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """One article, as every later stage sees it."""

    source: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    source_map: SourceMap | None = None
    links: list[Link] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    # annotation layers, filled by annotate/
    annotated: set[str] = field(default_factory=set)
    sentences: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    layers: dict[str, Any] = field(default_factory=dict)  # further layers by name
    display_text: str | None = None  # source text with the same offsets (Markdown), for showing context

    def __post_init__(self) -> None:
        if self.source_map is None:
            self.source_map = SourceMap.for_text(self.text)

    @property
    def title(self) -> str | None:
        return self.metadata.title

    def line_col(self, offset: int) -> tuple[int, int]:
        assert self.source_map is not None
        return self.source_map.line_col(offset)

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before it); -1 if none."""
        starts = [s.start for s in self.sentences]
        return bisect.bisect_right(starts, offset) - 1

    def word_count(self) -> int:
        return len(self.text.split())
