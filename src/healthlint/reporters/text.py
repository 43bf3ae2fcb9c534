"""Human-readable output: ``path:line:col: CODE [severity] message``, the excerpt underlined,
then a summary with counts per category and the trust score.  Colour only when asked."""

from __future__ import annotations

from typing import Any

from healthlint.finding import Finding, Severity
from healthlint.report import DocumentResult, Report

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _paint(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{_RESET}" if color else s


MAX_UNDERLINE = 100


def _context(result: DocumentResult, f: Finding, color: bool) -> list[str]:
    doc = result.document
    if doc is None or f.span is None:
        return []
    text = doc.display_text if doc.display_text is not None and len(doc.display_text) == len(doc.text) else doc.text
    line_start = text.rfind("\n", 0, f.span.start) + 1
    line_end = text.find("\n", f.span.start)
    line_end = len(text) if line_end == -1 else line_end
    lo = max(line_start, f.span.start - 60)
    shown_end = min(f.span.end, f.span.start + MAX_UNDERLINE)  # a long span: show its start only
    hi = min(line_end, max(shown_end, f.span.start + 1) + (60 if shown_end == f.span.end else 0))
    shown = text[lo:hi].replace("\t", " ")
    prefix = "…" if lo > line_start else ""
    suffix = "…" if hi < line_end else ""
    caret_start = len(prefix) + f.span.start - lo
    caret_len = max(1, min(shown_end, hi) - f.span.start)
    marks = " " * caret_start + "^" * caret_len
    return [f"    {prefix}{shown}{suffix}", "    " + _paint(marks, _COLORS[f.severity], color)]


def render_document(result: DocumentResult, color: bool = False, show_context: bool = True) -> list[str]:
    lines: list[str] = []
    for err in result.errors:  # input errors already start with the source's name
        err = err.removeprefix(f"{result.source}: ")
        lines.append(f"{result.source}: error: {err}")
    for f in result.findings:
        line, col = result.line_col(f.start)
        where = f"{result.source}:{line}:{col}" if line is not None else f"{result.source}"
        sev = _paint(f"[{f.severity}]", _COLORS[f.severity], color)
        code = _paint(f.code, _BOLD, color)
        lines.append(f"{where}: {code} {sev} {f.message}")
        if show_context:
            lines.extend(_context(result, f, color))
    for w in result.warnings:
        lines.append(f"{result.source}: warning: {w}")
    return lines


def render(report: Report, *, color: bool = False, show_context: bool = True, **_: Any) -> str:
    lines: list[str] = []
    for result in report.documents:
        lines.extend(render_document(result, color, show_context))
    lines.append("")
    summary = report.summary()
    lines.append(
        f"{summary['findings']} finding(s) in {summary['documents']} document(s)"
        + (f", {summary['errors']} error(s)" if summary["errors"] else "")
    )
    if summary["by_category"]:
        lines.append("  " + ", ".join(f"{cat}: {n}" for cat, n in summary["by_category"].items()))
    for result in report.documents:
        if result.score is None or result.score.overall is None:
            continue
        failed = [c.key for c in result.score.criteria.values() if c.status == "fail"]
        title = f" ({result.title})" if result.title else ""
        lines.append(
            f"trust score {result.score.overall}/100 for {result.source}{title}"
            + (f"; failed: {', '.join(failed)}" if failed else "")
        )
    return "\n".join(lines) + "\n"
