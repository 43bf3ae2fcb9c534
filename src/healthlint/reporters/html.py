"""A self-contained HTML page: each article's text with its findings highlighted (``<mark>`` with
a tooltip and a numbered side note), the list of findings and the trust score with every
criterion.  No scripts, fonts or stylesheets are fetched; every piece of text is escaped.

:func:`render` gives the whole page; :func:`render_fragment` and :func:`document_html` give the
parts, for the ``serve`` web page.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from healthlint.finding import Finding, Severity
from healthlint.report import DocumentResult, Report
from healthlint.scoring import Score

STYLE = """
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ok:#2e7d32;--muted:#666;--line:#ddd}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header.page{padding:12px 24px;background:#263238;color:#fff}
header.page h1{font-size:20px;margin:0}
main{padding:16px 24px;max-width:1400px}
section.doc{background:#fff;border:1px solid var(--line);border-radius:6px;margin:0 0 24px;padding:16px}
section.doc h2{margin:0 0 4px;font-size:18px;overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:13px;margin:0 0 12px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 Georgia,serif;
  border-right:1px solid var(--line);padding-right:16px}
mark{background:#fff3c4;border-bottom:2px solid var(--warn);padding:0 1px;cursor:help}
mark.sev-error{background:#fde0dc;border-bottom-color:var(--err)}
mark.sev-info{background:#e3f0fd;border-bottom-color:var(--info)}
mark:target{outline:2px solid #000}
sup.note a{font:11px system-ui,sans-serif;text-decoration:none;color:#fff;background:#555;
  border-radius:8px;padding:0 4px;margin-left:1px}
ol.findings{padding-left:22px;margin:0}
ol.findings li{margin:0 0 10px}
ol.findings li:target{background:#fffbe6}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}
.sev{font-size:12px;border-radius:3px;padding:0 5px;color:#fff}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
.excerpt{display:block;color:#444;font-style:italic;overflow-wrap:anywhere}
.suggestion{display:block;color:var(--ok)}
details.evidence{font-size:12px;color:var(--muted)}
details.evidence pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:2px 0}
.score{display:flex;align-items:baseline;gap:10px;margin:0 0 8px}
.score .overall{font-size:30px;font-weight:700}
.score .overall.good{color:var(--ok)}.score .overall.fair{color:var(--warn)}.score .overall.poor{color:var(--err)}
table.criteria{border-collapse:collapse;width:100%;font-size:13px;margin:0 0 14px}
table.criteria td,table.criteria th{border-bottom:1px solid var(--line);padding:3px 6px;
  text-align:left;vertical-align:top}
.status-pass{color:var(--ok)}.status-fail{color:var(--err)}.status-unknown{color:var(--muted)}
.errors li{color:var(--err)}.warnings li{color:var(--warn)}
.summary{color:var(--muted)}
""".strip()

_SEV_ORDER = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _fid(doc_index: int, i: int) -> str:
    return f"d{doc_index}-f{i + 1}"


def highlight(text: str, findings: list[Finding], doc_index: int = 0) -> str:
    """``text`` escaped, with each finding's span wrapped in ``<mark>`` (overlaps are split into
    pieces, each carrying every finding that covers it) and a numbered note after its end."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}  # empty spans: a note only
    for i, f in enumerate(findings):
        if f.span is None or f.span.end > len(text):
            continue
        if f.span.end == f.span.start:
            points.setdefault(f.span.start, []).append(i)
        else:
            starts.setdefault(f.span.start, []).append(i)
            ends.setdefault(f.span.end, []).append(i)
    bounds = sorted({0, len(text), *starts, *ends, *points})
    active: list[int] = []
    out: list[str] = []

    def note(i: int) -> str:
        return f'<sup class="note"><a href="#{_fid(doc_index, i)}">{i + 1}</a></sup>'

    for k, a in enumerate(bounds):
        for i in ends.get(a, []):
            out.append(note(i))
            active.remove(i)
        out.extend(note(i) for i in points.get(a, []))
        if k + 1 == len(bounds):
            break
        opened = starts.get(a, [])
        active.extend(opened)
        piece = _e(text[a : bounds[k + 1]])
        if not active:
            out.append(piece)
            continue
        worst = max((findings[i] for i in active), key=lambda f: _SEV_ORDER[f.severity])
        tip = "\n".join(f"{findings[i].code} [{findings[i].severity}] {findings[i].message}" for i in active)
        anchor = f' id="m-{_fid(doc_index, opened[0])}"' if opened else ""
        codes = " ".join(findings[i].code for i in active)
        out.append(f'<mark{anchor} class="sev-{worst.severity}" data-codes="{_e(codes)}" '
                   f'title="{_e(tip)}">{piece}</mark>')
    return "".join(out)


def _finding_item(result: DocumentResult, f: Finding, doc_index: int, i: int) -> str:
    line, col = result.line_col(f.start)
    where = f"line {line}, col {col}" if line is not None else "whole document"
    back = (f' <a href="#m-{_fid(doc_index, i)}" title="show in the text">↑</a>'
            if f.span is not None and f.span.end > f.span.start else "")
    parts = [
        f'<li id="{_fid(doc_index, i)}"><span class="code">{_e(f.code)}</span> '
        f'<span class="name">{_e(f.name)}</span> <span class="sev {_e(f.severity)}">{_e(f.severity)}</span> '
        f'<span class="where">{_e(where)}</span>{back}<br>{_e(f.message)}'
    ]
    if f.excerpt:
        parts.append(f'<span class="excerpt">“{_e(f.excerpt)}”</span>')
    if f.suggestion:
        parts.append(f'<span class="suggestion">Suggestion: {_e(f.suggestion)}</span>')
    if f.evidence or f.confidence is not None:
        data = dict(f.evidence)
        if f.confidence is not None:
            data["confidence"] = round(f.confidence, 4)
        body = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
        parts.append(f'<details class="evidence"><summary>evidence</summary><pre>{_e(body)}</pre></details>')
    parts.append("</li>")
    return "".join(parts)


def score_html(score: Score | None) -> str:
    if score is None:
        return ""
    if score.overall is None:
        head = '<div class="score"><span class="overall">–</span><span>trust score unknown</span></div>'
    else:
        grade = "good" if score.overall >= 75 else "fair" if score.overall >= 50 else "poor"
        head = (f'<div class="score"><span class="overall {grade}">{score.overall}</span>'
                f"<span>/ 100 trust score</span></div>")
    rows = []
    for c in score.criteria.values():
        earned = "–" if c.status == "unknown" else f"{c.earned:g} / {c.weight:g}"
        rows.append(
            f'<tr><td>{_e(c.title)}</td><td class="status-{_e(c.status)}">{_e(c.status)}</td>'
            f"<td>{_e(earned)}</td><td>{_e(c.instrument)}</td>"
            f'<td class="code">{_e(", ".join(c.findings))}</td></tr>'
        )
    return (head + '<table class="criteria"><thead><tr><th>criterion</th><th>status</th><th>points</th>'
            "<th>source</th><th>findings</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def document_html(result: DocumentResult, doc_index: int = 0) -> str:
    """One document: heading, metadata, the highlighted article, the score and the findings."""
    doc = result.document
    heading = result.title or result.source
    out = [f'<section class="doc" id="d{doc_index}"><h2>{_e(heading)}</h2>']
    meta = [f"source: {result.source}"]
    if doc is not None:
        m = doc.metadata
        meta += [f"{k}: {v}" for k, v in (("author", m.author), ("date", m.date), ("site", m.site_name)) if v]
        meta.append(f"{len(doc.text.split()):,} words")
    out.append(f'<p class="meta">{_e(" · ".join(meta))}</p>')
    if result.errors:
        out.append('<ul class="errors">' + "".join(f"<li>{_e(e)}</li>" for e in result.errors) + "</ul>")
    if doc is not None:
        out.append('<div class="cols">')
        out.append(f'<div class="article">{highlight(doc.text, result.findings, doc_index)}</div>')
        out.append('<div class="side">')
        out.append(score_html(result.score))
        if result.findings:
            items = "".join(_finding_item(result, f, doc_index, i) for i, f in enumerate(result.findings))
            out.append(f'<h3>{len(result.findings)} finding(s)</h3><ol class="findings">{items}</ol>')
        else:
            out.append("<h3>No findings</h3>")
        if result.warnings:
            out.append('<ul class="warnings">' + "".join(f"<li>{_e(w)}</li>" for w in result.warnings) + "</ul>")
        out.append("</div></div>")
    out.append("</section>")
    return "".join(out)


def render_fragment(report: Report) -> str:
    """Every document's section plus a summary line (no ``<html>``/``<head>``)."""
    summary = report.summary()
    cats = ", ".join(f"{k}: {v}" for k, v in summary["by_category"].items())
    line = (f'<p class="summary">{summary["findings"]} finding(s) in {summary["documents"]} document(s)'
            + (f" — {_e(cats)}" if cats else "") + "</p>")
    return line + "\n" + "\n".join(document_html(d, i) for i, d in enumerate(report.documents))


def render(report: Report, *, title: str = "healthlint report", **_: Any) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="healthlint {_e(report.version)}">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>\n"
        f'<body><header class="page"><h1>{_e(title)}</h1></header><main>\n'
        f"{render_fragment(report)}\n</main></body></html>\n"
    )
