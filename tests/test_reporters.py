"""Reporters: snapshot tests on one fixed, hand-built Report, plus shape checks of each format."""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from healthlint.document import Document, Metadata
from healthlint.finding import Finding, Severity, Span
from healthlint.report import DocumentResult, Report
from healthlint.reporters import FORMATS, render, sarif
from healthlint.reporters import github as gh
from healthlint.rules.base import Rule
from healthlint.scoring import score

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("HEALTHLINT_UPDATE_SNAPSHOTS") == "1"

MD_TEXT = (
    "# Magnesium & sleep\n"
    "\n"
    "Order now, save 20%! Studies show it works.\n"
    "A <script>alert('x')</script> tag, a tab\there and “curly” quotes.\n"
)
HTML_TEXT = "Buy the capsules here.\n\nExperts say it is safe."


def _rule(code: str, name: str, category: str, severity: Severity, doc: str) -> Rule:
    return Rule(code, name, category, severity, "sentence", "stable", ("sentences",), lambda d, c: [], doc)


RULES = (
    _rule("CIT101", "vague-attribution", "citations", Severity.WARNING,
          "Vague attribution.\n\nA claim credited to unnamed studies or experts.\n\n## Why it matters\nx\n"
          "## Example\n> Studies show it works.\n## Better\n> A 2020 trial [1] ...\n## References\n- JAMA 1997"),
    _rule("COM101", "call-to-buy", "commercial", Severity.WARNING,
          "Call to buy or click.\n\n## Why it matters\nSales pressure.\n## Example\n> Order now!\n"
          "## Better\n> (none)\n## References\n- HealthNewsReview"),
    _rule("COM102", "price-talk", "commercial", Severity.ERROR,
          "Price or discount talk.\n\n## Why it matters\nx\n## Example\n> save 20%\n## Better\n> -\n"
          "## References\n- x"),
    _rule("TRN101", "no-author", "transparency", Severity.WARNING,
          "No named author.\n\n## Why it matters\nx\n## Example\n> -\n## Better\n> By Ann Lee\n## References\n- JAMA"),
)


def _finding(code: str, sev: Severity, message: str, text: str, span: tuple[int, int] | None, **kw: object) -> Finding:
    r = next(r for r in RULES if r.code == code)
    s = Span(*span) if span else None
    return Finding(code, r.name, r.category, sev, message, s, text[s.start:s.end] if s else None, **kw)  # type: ignore[arg-type]


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


def fixed_report() -> Report:
    md = Document("notes/magnesium sleep.md", MD_TEXT, Metadata(title="Magnesium & sleep", author=None,
                                                                 format="markdown"))
    md_findings = [
        _finding("TRN101", Severity.WARNING, "no author is named", MD_TEXT, None, evidence={"checked": ["byline"]}),
        _finding("COM101", Severity.WARNING, "call to buy: 'Order now'", MD_TEXT, _span(MD_TEXT, "Order now"),
                 evidence={"pattern": "order now"}, suggestion="remove the call to buy"),
        _finding("COM102", Severity.ERROR, "price talk: 'save 20%'", MD_TEXT, _span(MD_TEXT, "now, save 20%"),
                 evidence={"match": "save 20%"}),
        _finding("CIT101", Severity.INFO, "vague attribution <studies>, no source named", MD_TEXT,
                 _span(MD_TEXT, "Studies show"), confidence=0.87654),
        _finding("CIT101", Severity.INFO, "odd \"chars\": a,b:c\r\nnext", MD_TEXT,
                 _span(MD_TEXT, "<script>alert('x')</script>")),
    ]
    md_result = DocumentResult(md.source, md.metadata.title, md_findings,
                               score(md, md_findings, [r.code for r in RULES]),
                               warnings=["line 9: unused suppression 'healthlint: disable=COM101' "
                                         "(it suppressed nothing)"],
                               document=md)
    page = Document("page.html", HTML_TEXT, Metadata(title="Capsules", author="Ann Lee", date="2024-05-01",
                                                      site_name="Example Health", format="html"))
    page_findings = [
        _finding("COM101", Severity.WARNING, "call to buy: 'Buy'", HTML_TEXT, _span(HTML_TEXT, "Buy the capsules")),
        _finding("CIT101", Severity.WARNING, "vague attribution", HTML_TEXT, _span(HTML_TEXT, "Experts say")),
    ]
    page_result = DocumentResult(page.source, "Capsules", page_findings,
                                 score(page, page_findings, [r.code for r in RULES]), document=page)
    missing = DocumentResult("missing.txt", None, errors=["missing.txt: no such file or directory"])
    return Report([md_result, page_result, missing], "0.0.0-test")


def _check_snapshot(name: str, got: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8", newline="\n")
        if not UPDATE:
            pytest.fail(f"snapshot {name} was missing and has been written; check it and re-run")
    assert got == path.read_bytes().decode("utf-8"), (
        f"{name} changed; if intended, re-run with HEALTHLINT_UPDATE_SNAPSHOTS=1 and review the diff"
    )


@pytest.mark.parametrize(("fmt", "name"), [("text", "report.txt"), ("json", "report.json"),
                                           ("sarif", "report.sarif"), ("github", "report.github.txt"),
                                           ("html", "report.html")])
def test_snapshot(fmt: str, name: str) -> None:
    _check_snapshot(name, render(fixed_report(), fmt, rules=RULES, color=False))


def test_every_format_has_a_snapshot() -> None:
    assert set(FORMATS) == {"text", "json", "sarif", "github", "html"}


# ---- JSON: the documented schema -----------------------------------------------------------


def assert_documented_json_shape(data: dict) -> None:  # type: ignore[type-arg]
    """The JSON block of the issue: these keys must be there (more are welcome)."""
    assert isinstance(data["healthlint"], str) and isinstance(data["summary"], dict)
    for doc in data["documents"]:
        assert {"source", "title", "score", "findings", "errors"} <= set(doc)
        assert isinstance(doc["source"], str)
        assert doc["title"] is None or isinstance(doc["title"], str)
        assert isinstance(doc["errors"], list)
        if doc["score"] is not None:
            assert 0 <= doc["score"]["overall"] <= 100
            assert isinstance(doc["score"]["criteria"], dict)
        for f in doc["findings"]:
            assert {"code", "name", "category", "severity", "message", "start", "end", "line", "column",
                    "excerpt", "evidence"} <= set(f)
            assert f["severity"] in ("error", "warning", "info")
            assert isinstance(f["evidence"], dict)
            for key in ("start", "end", "line", "column"):
                assert f[key] is None or (isinstance(f[key], int) and f[key] >= 0)
            assert (f["start"] is None) == (f["end"] is None) == (f["line"] is None)


def test_json_has_the_documented_shape() -> None:
    data = json.loads(render(fixed_report(), "json"))
    assert_documented_json_shape(data)
    assert data["healthlint"] == "0.0.0-test"
    assert len(data["documents"]) == 3
    md = data["documents"][0]
    located = [f for f in md["findings"] if f["start"] is not None]
    for f in located:
        assert MD_TEXT[f["start"]:f["end"]] == f["excerpt"]
    assert data["documents"][2]["score"] is None and data["documents"][2]["errors"]


# ---- SARIF ---------------------------------------------------------------------------------


def test_sarif_structure_and_regions() -> None:
    log = json.loads(render(fixed_report(), "sarif", rules=RULES))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "healthlint" and driver["version"] == "0.0.0-test"
    assert [r["id"] for r in driver["rules"]] == [r.code for r in RULES]
    for desc in driver["rules"]:
        assert desc["shortDescription"]["text"] and desc["fullDescription"]["text"]
        assert desc["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert driver["rules"][0]["fullDescription"]["text"] == "A claim credited to unnamed studies or experts."
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert len(results) == 7
    for res in results:
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]
    md_results = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                  == "notes/magnesium%20sleep.md"]
    assert len(md_results) == 5
    for res in md_results:
        region = res["locations"][0]["physicalLocation"].get("region")
        if res["ruleId"] == "TRN101":
            assert region is None
            continue
        start, length = region["charOffset"], region["charLength"]
        assert MD_TEXT[start:start + length] == res["properties"]["excerpt"]
        lines = MD_TEXT.split("\n")
        assert lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1] == \
            res["properties"]["excerpt"]
    # HTML offsets are not file offsets: no region there
    html_results = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "page.html"]
    assert html_results and all("region" not in r["locations"][0]["physicalLocation"] for r in html_results)
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any(n["level"] == "error" and "missing.txt" in n["message"]["text"] for n in notes)
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_uses_registered_rules_by_default() -> None:
    from healthlint.rules import all_rules

    log = json.loads(sarif.render(Report([], "x")))
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == [r.code for r in all_rules()]


def test_sarif_artifact_uris() -> None:
    assert sarif.artifact_uri("a b/c.md") == "a%20b/c.md"
    assert sarif.artifact_uri("https://example.org/x?y=1") == "https://example.org/x?y=1"
    assert sarif.artifact_uri("-") == "stdin"
    assert sarif.artifact_uri("/tmp/x y.md") == "file:///tmp/x%20y.md"


# ---- GitHub --------------------------------------------------------------------------------


def test_github_escaping() -> None:
    assert gh.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert gh.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert gh.command("warning", "m:1,2", file="x,y.md", line=3, col=None) == "::warning file=x%2Cy.md,line=3::m:1,2"


def test_github_lines() -> None:
    out = render(fixed_report(), "github").splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ", "healthlint:")) for line in out)
    com = next(line for line in out if "title=COM101" in line and "magnesium" in line)
    assert com == ("::warning file=notes/magnesium sleep.md,line=3,col=1,endLine=3,endColumn=10,"
                   "title=COM101 call-to-buy::call to buy: 'Order now'")
    odd = next(line for line in out if "odd" in line)
    assert odd.endswith('::odd "chars": a,b:c%0D%0Anext') and "\n" not in odd
    # HTML findings are file-level, with the excerpt in the message
    html_line = next(line for line in out if "page.html" in line and "COM101" in line)
    assert "line=" not in html_line and '("Buy the capsules")' in html_line
    assert "::error file=missing.txt,title=healthlint error::missing.txt: no such file or directory" in out


# ---- HTML ----------------------------------------------------------------------------------


class _Balance(HTMLParser):
    VOID = frozenset({"meta", "br", "link", "img", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


def test_html_is_balanced_escaped_and_self_contained() -> None:
    page = render(fixed_report(), "html")
    parser = _Balance()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags  # the article's <script> text was escaped
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    for tag, attrs in parser.tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or value.startswith("#"), (tag, attrs)  # no external assets
    assert "<link" not in page and "@import" not in page and "url(" not in page
    ids = {a["id"] for _, a in parser.tags if a.get("id")}
    for d, n in ((0, 5), (1, 2)):
        for i in range(1, n + 1):
            assert f"d{d}-f{i}" in ids  # one side note per finding
    marks = [a for t, a in parser.tags if t == "mark"]
    assert any("COM101 COM102" in (a.get("data-codes") or "") for a in marks)  # overlap carried both
    assert all(a.get("title") for a in marks)
    assert "trust score" in page and "Names its author" in page


def test_html_highlight_text_round_trips() -> None:
    from html import unescape

    from healthlint.reporters.html import highlight

    report = fixed_report()
    res = report.documents[0]
    assert res.document is not None
    out = highlight(res.document.text, res.findings)
    parser = _Balance()
    parser.feed(out)
    assert parser.errors == [] and parser.stack == []

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.skip += tag == "sup"

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag == "sup"

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    t = _Text()
    t.feed(out)
    t.close()
    assert unescape("".join(t.parts)) == MD_TEXT


def test_text_context_of_a_long_span_shows_only_its_start() -> None:
    from healthlint.api import check_text
    from healthlint.config import Config
    from healthlint.reporters.text import MAX_UNDERLINE

    line = "Reference: " + "word " * 80 + "… – Journal of …, 2009 –"
    text = "Some article text here. Studies show it works.\n\nReferences\n\n" + line + "\n"
    report = check_text(text, source="a.txt", config=Config(select=("CIT103",)))
    out = render(report, "text", color=False)
    carets = [row for row in out.splitlines() if row.strip() and set(row.strip()) == {"^"}]
    assert carets and all(len(row.strip()) <= MAX_UNDERLINE for row in carets)
    assert all(len(row) <= MAX_UNDERLINE + 80 for row in out.splitlines() if row.startswith("    "))
