"""Markdown reader: markup is blanked so offsets are file offsets; front matter, links, headings
and comments are read."""

from __future__ import annotations

from healthlint.document import Document
from healthlint.ingest import read_text

MD = """---
title: "Magnesium: what we know"
author: [Ann Lee, Bo Chen]
date: 2024-05-01
---
# Magnesium *basics*

Magnesium is **important** for [bone health](https://ods.od.nih.gov/x "NIH") and _nerves_.
See <https://example.org/a> or [the review][r1]. <!-- healthlint: disable-next-line=COM101 -->
Buy it <a href="https://amzn.to/x" rel="sponsored">here</a> now.

![a chart](chart.png)

* item one with `code`
1. numbered item

```python
print("buy now")
```

| a | b |
|---|---|
| snake_case_name | 2 |

[r1]: https://pubmed.ncbi.nlm.nih.gov/123/
"""


def _doc(text: str = MD) -> Document:
    return read_text(text, "a.md")


def _at(doc: Document, phrase: str) -> tuple[int, int]:
    i = doc.text.index(phrase)
    return doc.line_col(i)


def test_offsets_are_source_offsets() -> None:
    doc = _doc()
    assert len(doc.text) == len(MD)
    assert doc.text.count("\n") == MD.count("\n")
    for phrase in ("important", "bone health", "nerves", "the review", "here", "numbered item", "snake_case_name"):
        i = doc.text.index(phrase)
        assert MD[i:i + len(phrase)] == phrase
    assert _at(doc, "important") == (8, 16)
    assert _at(doc, "numbered item") == (15, 4)


def test_front_matter() -> None:
    meta = _doc().metadata
    assert (meta.title, meta.author, meta.date, meta.format) == ("Magnesium: what we know", "Ann Lee, Bo Chen",
                                                                "2024-05-01", "markdown")
    assert "title:" not in _doc().text


def test_title_from_first_heading_without_front_matter() -> None:
    assert read_text("Intro line\n\n# The *Real* Title\n\nText.\n", "a.md").metadata.title == "The  Real  Title"
    assert read_text("Just text.\n", "a.md").metadata.title is None


def test_broken_front_matter_is_ignored() -> None:
    doc = read_text("---\ntitle: [unclosed\n---\nBody text.\n", "a.md")
    assert doc.metadata.title is None and "Body text." in doc.text


def test_links_with_spans() -> None:
    doc = _doc()
    links = {link.href: link for link in doc.links}
    for href, text, rel in [
        ("https://ods.od.nih.gov/x", "bone health", ""),
        ("https://pubmed.ncbi.nlm.nih.gov/123/", "the review", ""),
        ("https://example.org/a", "https://example.org/a", ""),
        ("https://amzn.to/x", "here", "sponsored"),
    ]:
        link = links[href]
        assert link.span is not None and doc.text[link.span.start:link.span.end] == text
        assert MD[link.span.start:link.span.end] == text and link.rel == rel


def test_markup_is_blanked() -> None:
    doc = _doc()
    for markup in ("**", "](", "<a ", "</a>", "chart.png", "[r1]:", "print(", "|---|", "<!--", "`"):
        assert markup not in doc.text, markup
    assert "snake_case_name" in doc.text  # intraword underscores are not emphasis


def test_comment_directive_position() -> None:
    doc = _doc()
    (d,) = doc.directives
    assert (d.kind, d.codes, d.line) == ("disable-next-line", ("COM101",), 9)
    assert MD[d.offset:].startswith("<!-- healthlint")


def test_headings() -> None:
    doc = read_text("# One\n\nText.\n\nTwo\n===\n\n## Three ##\n\n- a\n---\n", "a.md")
    assert [doc.text[h.start:h.end].strip() for h in doc.headings] == ["One", "Two", "Three"]


def test_bullets_are_recorded_for_sentence_splitting() -> None:
    doc = read_text("Intro.\n\n- first item\n- second item\n  * nested\n", "a.md")
    starts = doc.layers["list_item_starts"]
    assert [doc.text[s:s + 5] for s in starts] == ["first", "secon", "neste"]


def test_crlf_markdown_keeps_offsets() -> None:
    src = "# Title\r\n\r\nSome **bold** text.\r\n"
    doc = read_text(src, "a.md")
    assert len(doc.text) == len(src) and doc.text.index("bold") == src.index("bold")
    assert doc.line_col(src.index("bold")) == (3, 8)
