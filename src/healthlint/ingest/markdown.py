"""Markdown reader.

Markup is *blanked* (replaced by spaces of the same length) instead of removed, so every offset
into the analysed text is the same offset into the source file and line/column come for free.
Links keep their anchor span and href; front matter gives title/author/date; HTML comments give
suppression directives.
"""

from __future__ import annotations

import re

from healthlint.document import Directive, Document, Link, Metadata
from healthlint.finding import Span
from healthlint.ingest.directives import parse_directive

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^([ \t]*)(```+|~~~+)[^\n]*\n.*?(?:^\1\2[ \t]*$|\Z)", re.S | re.M)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)")
_REFLINK = re.compile(r"\[([^\]\n]+)\]\[([^\]\n]*)\]")
_REFDEF = re.compile(r"^[ ]{0,3}\[([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+[\"'(].*)?$", re.M)
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HTML_A = re.compile(r"<a\s[^>]*?href=[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.S | re.I)
_REL = re.compile(r"rel=[\"']([^\"']+)[\"']", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_HEADING = re.compile(r"^([ ]{0,3}#{1,6})([ \t]+)(.*?)[ \t#]*$", re.M)
_SETEXT = re.compile(r"^(?P<title>[^\n]*\S[^\n]*)\n(?P<rule>[ ]{0,3}(?:=+|-+)[ \t]*)$", re.M)
_HRULE = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_QUOTE = re.compile(r"^[ ]{0,3}(>[ ]?)+", re.M)
_BULLET = re.compile(r"^([ \t]*)([-*+])([ \t]+)", re.M)
_EMPH = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"(`+)(.+?)\1")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)


class _Blanker:
    """A character buffer in which spans can be replaced by spaces (newlines are kept)."""

    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        chars = self.chars
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    def text(self) -> str:
        return "".join(self.chars)


def _front_matter(text: str, meta: Metadata) -> int:
    m = _FRONT.match(text)
    if not m:
        return 0
    try:
        import yaml

        data = yaml.safe_load(m.group(1))
    except Exception:
        data = None
    if isinstance(data, dict):
        for key in ("title", "author", "date", "description", "url"):
            value = data.get(key) or (data.get("authors") if key == "author" else None)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            if value:
                setattr(meta, key, str(value))
        if data.get("site") or data.get("site_name"):
            meta.site_name = str(data.get("site") or data.get("site_name"))
    return m.end()


def read_markdown(text: str, source: str) -> Document:
    """Build a Document from Markdown source (already decoded, newlines normalized)."""
    meta = Metadata(format="markdown")
    buf = _Blanker(text)
    fm_end = _front_matter(text, meta)
    buf.blank(0, fm_end)
    links: list[Link] = []
    directives: list[Directive] = []
    headings: list[Span] = []
    taken: list[tuple[int, int]] = [(0, fm_end)]

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _FENCE.finditer(text):
        if free(*m.span()):
            buf.blank(*m.span())
            taken.append(m.span())
    for m in _COMMENT.finditer(text):
        if not free(*m.span()):
            continue
        taken.append(m.span())
        buf.blank(*m.span())
        d = parse_directive(m.group(1), m.start(), text.count("\n", 0, m.start()) + 1)
        if d is not None:
            directives.append(d)
    for m in _IMAGE.finditer(text):
        if free(*m.span()):
            buf.blank(*m.span())
            taken.append(m.span())
    refdefs: dict[str, str] = {}
    for m in _REFDEF.finditer(text):
        if free(*m.span()):
            refdefs[m.group(1).strip().lower()] = m.group(2)
            buf.blank(*m.span())
            taken.append(m.span())
    for m in _LINK.finditer(text):
        if not free(*m.span()):
            continue
        buf.blank(m.start(), m.start(1))
        buf.blank(m.end(1), m.end())
        links.append(Link(Span(m.start(1), m.end(1)), m.group(2), m.group(1)))
        taken.append((m.end(1), m.end()))
    for m in _REFLINK.finditer(text):
        if not free(*m.span()):
            continue
        key = (m.group(2) or m.group(1)).strip().lower()
        href = refdefs.get(key)
        if href is None:
            continue
        buf.blank(m.start(), m.start(1))
        buf.blank(m.end(1), m.end())
        links.append(Link(Span(m.start(1), m.end(1)), href, m.group(1)))
    for m in _AUTOLINK.finditer(text):
        if free(*m.span()):
            buf.blank(m.start(), m.start() + 1)
            buf.blank(m.end() - 1, m.end())
            links.append(Link(Span(m.start(1), m.end(1)), m.group(1), m.group(1)))
    for m in _HTML_A.finditer(text):
        if not free(*m.span()):
            continue
        rel = _REL.search(m.group(0)[: m.start(2) - m.start()])
        links.append(Link(Span(m.start(2), m.end(2)), m.group(1), m.group(2), rel.group(1) if rel else ""))
    for m in _TAG.finditer(text):
        if free(*m.span()):
            buf.blank(*m.span())
    for m in _HEADING.finditer(text):
        if free(*m.span()):
            buf.blank(m.start(1), m.end(2))
            if m.group(3):
                headings.append(Span(m.start(3), m.end(3)))
    for m in _SETEXT.finditer(text):
        if free(*m.span()) and not _BULLET.match(m.group("title")) and m.group("title").strip():
            title_start = m.start("title") + len(m.group("title")) - len(m.group("title").lstrip())
            headings.append(Span(title_start, m.end("title")))
            buf.blank(*m.span("rule"))
    for m in _HRULE.finditer(text):
        if free(*m.span()):
            buf.blank(*m.span())
    for m in _TABLE_SEP.finditer(text):
        buf.blank(*m.span())
    for m in _QUOTE.finditer(text):
        buf.blank(*m.span())
    item_starts: list[int] = []
    for m in _BULLET.finditer(text):
        if free(*m.span()):
            buf.blank(*m.span(2))
            item_starts.append(m.end())
    partial = buf.text()
    for m in _CODE.finditer(partial):
        buf.blank(m.start(), m.start(2))
        buf.blank(m.end(2), m.end())
    for m in _EMPH.finditer(partial):
        inner_start, inner_end = m.start(2), m.end(2)
        if m.group(1) == "_" and (_wordchar(partial, m.start() - 1) or _wordchar(partial, m.end())):
            continue
        buf.blank(m.start(), inner_start)
        buf.blank(inner_end, m.end())
    out = buf.text().replace("|", " ")
    headings.sort(key=lambda s: s.start)
    if meta.title is None and headings:
        meta.title = out[headings[0].start : headings[0].end].strip() or None
    doc = Document(source=source, text=out, metadata=meta, links=links, directives=directives, headings=headings,
                   display_text=text)
    if item_starts:
        doc.layers["list_item_starts"] = item_starts  # bullets are blanked: sentences need them
    return doc


def _wordchar(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum())
