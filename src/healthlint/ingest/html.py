"""HTML reader: main text and metadata through trafilatura, links with exact spans.

trafilatura re-serialises what it extracts, so offsets are computed here by walking the element
tree it returns (its ``<ref target=...>`` elements are the links).  When it finds no main text
(short or broken pages) the page body itself is walked.
"""

from __future__ import annotations

import re
from typing import Any

from healthlint.document import Directive, Document, Link, Metadata
from healthlint.finding import Span
from healthlint.ingest.directives import parse_directive

_BLOCK = {
    "p", "head", "list", "item", "quote", "table", "row", "div", "li", "ul", "ol", "blockquote",
    "tr", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
    "figure", "figcaption", "dl", "dt", "dd", "pre", "code", "td", "th", "aside", "nav", "body",
}
_HEAD = {"head", "h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "form", "button"}
_CHROME = {"nav", "header", "footer", "aside"}  # left out when we walk a short page ourselves
MIN_EXTRACTED = 250  # below this trafilatura falls back to a flat text dump (its min_extracted_size)
_LINK_TAGS = {"ref", "a"}
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[Link] = []
        self.headings: list[Span] = []

    def write(self, s: str) -> None:
        s = _WS.sub(" ", s.replace("\n", " "))
        if not s:
            return
        if self.length == 0 or self.parts[-1].endswith("\n"):
            s = s.lstrip()
        elif self.parts[-1].endswith(" ") and s.startswith(" "):
            s = s[1:]
        if s:
            self.parts.append(s)
            self.length += len(s)

    def block_break(self) -> None:
        if not self.parts:
            return
        last = self.parts[-1]
        if last.endswith("\n\n"):
            return
        stripped = last.rstrip(" ")
        self.length -= len(last) - len(stripped)
        self.parts[-1] = stripped
        add = "\n" if stripped.endswith("\n") else "\n\n"
        self.parts.append(add)
        self.length += len(add)


_MARKER_TEXT = re.compile(r"^\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*$")


def _is_citation_marker(el: Any, tag: str) -> bool:
    """A superscript reference number (``<sup>1,2</sup>``, trafilatura's ``<hi rend="#sup">``) or a
    numeric link to an anchor on the page: written as ``[1,2]`` so citation markers survive."""
    if tag == "sup" or (tag == "hi" and "sup" in (el.get("rend") or "")):
        return bool(_MARKER_TEXT.match("".join(el.itertext())))
    if tag in _LINK_TAGS and (el.get("target") or el.get("href") or "").startswith("#"):
        parent = el.getparent()
        in_sup = parent is not None and (parent.tag == "sup" or "sup" in (parent.get("rend") or ""))
        return not in_sup and bool(_MARKER_TEXT.match("".join(el.itertext())))
    return False


def _walk(el: Any, out: _Writer, rel_of: dict[str, str], skip: frozenset[str] | set[str] = _SKIP) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower()
    if tag in skip or not isinstance(el.tag, str):
        if el.tail:
            out.write(el.tail)
        return
    block = tag in _BLOCK
    if block:
        out.block_break()
    if tag in ("lb", "br"):
        out.block_break()
    marker = _is_citation_marker(el, tag)
    if marker:
        out.write("[")
    start = out.length
    first_part = len(out.parts)
    if el.text:
        out.write(el.text)
    for child in el:
        _walk(child, out, rel_of, skip)
    end = out.length
    if marker:
        out.write("]")
    if tag in _LINK_TAGS:
        href = el.get("target") or el.get("href") or ""
        if href:
            text = "".join(out.parts[first_part:]) if end > start else ""
            if len(text) != end - start:  # a block break trimmed an earlier part: slice the whole
                text = "".join(out.parts)[start:end]
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            span = Span(start + lead, end - trail) if end - trail > start + lead else None
            rel = el.get("rel") or rel_of.get(href, "")
            out.links.append(Link(span, href, text.strip(), rel))
    if tag in _HEAD and end > start:
        out.headings.append(Span(start, end))
    if block:
        out.block_break()
    if el.tail:
        out.write(el.tail)


def _rel_map(tree: Any) -> tuple[dict[str, str], list[Link]]:
    rels: dict[str, str] = {}
    page_links: list[Link] = []
    for a in tree.iter("a"):
        href = a.get("href")
        if not href:
            continue
        rel = a.get("rel") or ""
        if rel:
            rels[href] = rel
        page_links.append(Link(None, href, (a.text_content() or "").strip(), rel))
    return rels, page_links


def _meta_content(tree: Any, *names: str) -> str | None:
    for name in names:
        for attr in ("name", "property", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            if found and found[0].strip():
                return str(found[0]).strip()
    return None


def read_html(html: str, source: str, url: str | None = None) -> Document:
    """Build a Document from an HTML page."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:
        tree = None
    rels, page_links = _rel_map(tree) if tree is not None else ({}, [])
    meta = Metadata(format="html", url=url)
    body = None
    try:
        import trafilatura

        extracted = trafilatura.bare_extraction(
            html, url=url, include_links=True, with_metadata=True, favor_recall=True,
            include_tables=True, include_comments=False, include_formatting=True,
        )
    except Exception:
        extracted = None
    if extracted is not None:
        body = getattr(extracted, "body", None)
        meta.title = getattr(extracted, "title", None)
        meta.author = getattr(extracted, "author", None)
        meta.date = getattr(extracted, "date", None)
        meta.site_name = getattr(extracted, "sitename", None)
        meta.description = getattr(extracted, "description", None)
        meta.url = url or getattr(extracted, "url", None)
    if tree is not None:
        meta.title = meta.title or _first_text(tree, "//title")
        meta.author = meta.author or _meta_content(tree, "author", "article:author", "byl")
        meta.date = meta.date or _meta_content(
            tree, "article:published_time", "date", "datePublished", "dc.date", "pubdate"
        )
    writer = _Writer()
    if body is not None and len(body):
        _walk(body, writer, rels)
    text = "".join(writer.parts).strip("\n")
    if len(text) < MIN_EXTRACTED and tree is not None:
        # a short page: walk its body ourselves, which keeps blocks and inline spacing
        raw = _Writer()
        main = tree.find(".//body")
        _walk(main if main is not None else tree, raw, rels, _SKIP | _CHROME)
        raw_text = "".join(raw.parts).strip("\n")
        if raw_text.strip():
            writer, text = raw, raw_text
    directives = _directives(html, text)
    body_hrefs = {link.href for link in writer.links}
    links = writer.links + [link for link in page_links if link.href not in body_hrefs]
    return Document(source=source, text=text, metadata=meta, links=links, directives=directives,
                    headings=writer.headings)


def _first_text(tree: Any, xpath: str) -> str | None:
    found = tree.xpath(xpath)
    if found:
        value = (found[0].text_content() or "").strip()
        return value or None
    return None


def _directives(html: str, text: str) -> list[Directive]:
    """Place each suppression comment before the first words that follow it in the page; its
    ``line`` is the comment's line in the HTML source (what a user edits)."""
    found: list[Directive] = []
    pos = 0
    for m in _COMMENT.finditer(html):
        parsed = parse_directive(m.group(1), 0, 0) if "healthlint" in m.group(1).lower() else None
        if parsed is None:
            continue
        offset = _offset_after(html, m.end(), text, pos)
        line = html.count("\n", 0, m.start()) + 1
        found.append(Directive(parsed.kind, parsed.codes, offset, line, parsed.text))
        pos = offset
    return found


def _offset_after(html: str, at: int, text: str, pos: int) -> int:
    """Where the words that follow ``html[at:]`` start in ``text`` (searching from ``pos``).

    Blocks become line breaks in the text, so words are matched across any whitespace."""
    import html as htmllib

    after = re.sub(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", " ", html[at : at + 2000], flags=re.S | re.I)
    words = htmllib.unescape(after).split()[:8]
    if not words:
        return len(text)
    for n in range(len(words), min(3, len(words)) - 1, -1):
        found = re.compile(r"\s+".join(re.escape(w) for w in words[:n])).search(text, pos)
        if found:
            return found.start()
    return pos
