"""Inline suppression comments in Markdown and HTML, and the unused-suppression warning."""

from __future__ import annotations

import pytest

from cli_support import install
from healthlint.api import check_text
from healthlint.ingest.directives import parse_directive
from healthlint.report import DocumentResult


@pytest.fixture(autouse=True)
def _fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)


def _check(text: str, source: str) -> DocumentResult:
    return check_text(text, source=source).documents[0]


def _found(result: DocumentResult) -> list[tuple[str, int | None]]:
    return [(f.code, result.line_col(f.start)[0]) for f in result.findings]


@pytest.mark.parametrize(("comment", "kind", "codes"), [
    ("healthlint: disable=COM101", "disable", ("COM101",)),
    (" healthlint:disable = com101, TRN ", "disable", ("COM101", "TRN")),
    ("healthlint: disable-next-line=CIT", "disable-next-line", ("CIT",)),
    ("healthlint: enable", "enable", ()),
    ("healthlint: disable=ALL", "disable", ()),
    ("HEALTHLINT: Disable-Next-Line", "disable-next-line", ()),
])
def test_parse_directive(comment: str, kind: str, codes: tuple[str, ...]) -> None:
    d = parse_directive(comment, 5, 2)
    assert d is not None and (d.kind, d.codes, d.offset, d.line) == (kind, codes, 5, 2)


@pytest.mark.parametrize("comment", ["just a comment", "healthlint is great", "healthlint: ignore=COM101",
                                     "prettier-ignore"])
def test_other_comments_are_not_directives(comment: str) -> None:
    assert parse_directive(comment, 0, 1) is None


MD = """# Title

Please buy now. <!-- healthlint: disable-next-line=COM901 -->
You can buy now here.

<!-- healthlint: disable=COM -->
Buy now and use coupon code X.
<!-- healthlint: enable=COM -->
Buy now again.

<!-- healthlint: disable-next-line -->

Studies show, buy now.
Studies show it again.
"""


def test_markdown_ranges_and_next_line() -> None:
    result = _check(MD, "a.md")
    assert _found(result) == [("COM901", 3), ("COM901", 9), ("CIT901", 14)]
    assert result.warnings == []


def test_markdown_unused_suppression_warns_with_its_line() -> None:
    text = "Fine text.\n\n<!-- healthlint: disable=CIT901 -->\nNothing to hide.\n<!-- healthlint: enable -->\n" \
           "<!-- healthlint: disable-next-line=COM -->\nStill fine.\n"
    result = _check(text, "a.md")
    assert result.findings == []
    assert len(result.warnings) == 2
    assert result.warnings[0].startswith("line 3: unused suppression 'healthlint: disable=CIT901'")
    assert result.warnings[1].startswith("line 6: unused suppression")


def test_open_disable_silences_document_level_findings() -> None:
    text = "<!-- healthlint: disable=TRN -->\nWritten by anonymous.\n"
    assert _check(text, "a.md").findings == []
    assert [f.code for f in _check("Written by anonymous.\n", "a.md").findings] == ["TRN901"]
    closed = "<!-- healthlint: disable=TRN -->\nWritten by anonymous.\n<!-- healthlint: enable=TRN -->\nEnd.\n"
    result = _check(closed, "a.md")
    assert [f.code for f in result.findings] == ["TRN901"] and len(result.warnings) == 1


def test_disable_all_then_enable_all() -> None:
    text = "<!-- healthlint: disable -->\nBuy now. Studies show.\n<!-- healthlint: enable -->\nBuy now.\n"
    assert _found(_check(text, "a.md")) == [("COM901", 4)]


def test_comment_in_code_fence_is_not_a_directive() -> None:
    text = "```\n<!-- healthlint: disable -->\n```\nBuy now.\n"
    result = _check(text, "a.md")
    assert _found(result) == [("COM901", 4)] and result.warnings == []


HTML = """<html><body><article><p>Please buy now first.</p>
<!-- healthlint: disable-next-line=COM901 -->
<p>You can buy now here.</p>
<!-- healthlint: disable=COM902 -->
<p>Use coupon code X and buy now.</p>
<!-- healthlint: enable=COM902 -->
<p>Another coupon code Y.</p>
<!-- healthlint: disable=CIT -->
<p>Nothing &amp; more.</p>
</article></body></html>"""


def test_html_ranges_next_line_and_unused_warning() -> None:
    result = _check(HTML, "a.html")
    assert result.document is not None
    text = result.document.text
    got = [(f.code, text[f.start:f.end]) for f in result.findings]  # type: ignore[misc]
    assert got == [("COM901", "buy now"), ("COM901", "buy now"), ("COM902", "coupon code")]
    assert [text.count("\n", 0, f.start) for f in result.findings] == [0, 4, 6]  # type: ignore[arg-type]
    assert result.warnings == ["line 8: unused suppression 'healthlint: disable=CIT' (it suppressed nothing)"]


def test_html_directive_offsets_follow_the_comment() -> None:
    result = _check(HTML, "a.html")
    assert result.document is not None
    doc = result.document
    starts = [doc.text[d.offset:d.offset + 12] for d in doc.directives]
    assert starts == ["You can buy ", "Use coupon c", "Another coup", "Nothing & mo"]
    assert [d.line for d in doc.directives] == [2, 4, 6, 8]


def test_partial_enable_inside_a_disable_all_keeps_the_rest_disabled() -> None:
    text = ("<!-- healthlint: disable -->\nBuy now. Studies show.\n<!-- healthlint: enable=COM901 -->\n"
            "Buy now. Studies show.\n")
    assert _found(_check(text, "a.md")) == [("COM901", 4)]


def test_partial_enable_of_a_multi_code_disable() -> None:
    text = ("<!-- healthlint: disable=COM901,CIT901 -->\nBuy now. Studies show.\n"
            "<!-- healthlint: enable=CIT901 -->\nBuy now. Studies show.\n")
    result = _check(text, "a.md")
    assert _found(result) == [("CIT901", 4)]
    assert result.warnings == []


def test_suppressing_rules_that_did_not_run_is_not_unused() -> None:
    text = "<!-- healthlint: disable=ABB -->\nNothing to see.\n"
    assert _check(text, "a.md").warnings == []
