"""HTML reader: main text and metadata, links with hrefs and spans over the anchor text,
rel kept, scripts dropped, broken pages still read."""

from __future__ import annotations

from healthlint.document import Document
from healthlint.ingest import read_text

PAGE = """<!DOCTYPE html><html><head><title>Magnesium and sleep | Example Health</title>
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-05-01T10:00:00Z">
<meta property="og:site_name" content="Example Health"><meta name="description" content="What the trials say.">
<script>var tracking = "buy now";</script></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Magnesium and sleep</h1>
<p>Magnesium is a mineral found in nuts, seeds and leafy greens, and many adults take it at night.</p>
<p>A <a href="https://pubmed.ncbi.nlm.nih.gov/123/">2021 trial</a> of 120 adults found small effects on sleep
onset, and the authors called for larger studies.</p>
<p>You can <a href="https://www.amazon.com/dp/B01?tag=example-20" rel="sponsored nofollow">buy  <b>the capsules</b>
here</a> if you want to try them &amp; see.</p>
<script>document.write("studies show");</script>
<p>Other reviews disagree, and <a href="https://example.org/review">one review</a> found no effect at all in older
adults.</p>
</article><footer>© Example Health</footer></body></html>"""


def _doc(html: str = PAGE) -> Document:
    return read_text(html, "page.html")


def test_metadata() -> None:
    meta = _doc().metadata
    assert meta.format == "html"
    assert meta.title == "Magnesium and sleep"
    assert meta.author == "Ann Lee"
    assert meta.date == "2024-05-01"
    assert meta.site_name == "Example Health"
    assert meta.description == "What the trials say."


def test_main_text_blocks_and_entities() -> None:
    text = _doc().text
    assert text.startswith("Magnesium and sleep\n\nMagnesium is a mineral")
    assert "\n\nA 2021 trial of 120 adults found small effects on sleep onset," in text
    assert "try them & see." in text
    assert "Home" not in text and "©" not in text  # boilerplate left out
    assert "tracking" not in text and "document.write" not in text and "studies show" not in text


def test_links_with_spans_over_the_anchor_text() -> None:
    doc = _doc()
    by_href = {link.href: link for link in doc.links}
    pubmed = by_href["https://pubmed.ncbi.nlm.nih.gov/123/"]
    assert pubmed.span is not None and doc.text[pubmed.span.start:pubmed.span.end] == "2021 trial"
    amazon = by_href["https://www.amazon.com/dp/B01?tag=example-20"]
    assert amazon.span is not None and doc.text[amazon.span.start:amazon.span.end] == "buy the capsules here"
    assert amazon.text == "buy the capsules here" and "sponsored" in amazon.rel.split()
    review = by_href["https://example.org/review"]
    assert review.span is not None and doc.text[review.span.start:review.span.end] == "one review"


def test_links_outside_the_article_are_kept_without_span() -> None:
    by_href = {link.href: link for link in _doc().links}
    assert by_href["/"].span is None and by_href["/"].text == "Home"
    assert by_href["/about"].span is None


def test_headings() -> None:
    doc = _doc()
    assert [doc.text[h.start:h.end] for h in doc.headings] == ["Magnesium and sleep"]


def test_fallback_for_pages_without_main_text() -> None:
    doc = read_text("<html><body><p>Short <a href='https://x.example/p' rel='sponsored'>offer</a>.</p></body></html>",
                    "tiny.html")
    assert "Short offer." in doc.text
    (link,) = [link for link in doc.links if link.href == "https://x.example/p"]
    assert link.span is not None and doc.text[link.span.start:link.span.end] == "offer" and link.rel == "sponsored"


def test_broken_and_empty_markup() -> None:
    broken = read_text("<html><body><p>Unclosed <b>bold <div>text <a href='x'>link", "b.html")
    assert broken.text == "Unclosed bold\n\ntext link"
    (link,) = broken.links
    assert link.span is not None and broken.text[link.span.start:link.span.end] == "link"
    assert read_text("<html></html>", "e.html").text == ""
    assert read_text("<<<>>>", "g.html", fmt="html") is not None


def test_title_from_title_tag_when_extractor_has_none() -> None:
    doc = read_text("<html><head><title>Only a title</title></head><body><p>Hi.</p></body></html>", "t.html")
    assert doc.metadata.title == "Only a title"


def test_html_detected_without_extension() -> None:
    doc = read_text("<!DOCTYPE html><html><body><p>Hello <i>there</i>.</p></body></html>", "-")
    assert doc.metadata.format == "html" and "Hello there." in doc.text
