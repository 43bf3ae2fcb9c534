"""Inline suppression through comments in Markdown/HTML:

``<!-- healthlint: disable=COM101 -->`` ... ``<!-- healthlint: enable=COM101 -->`` (a range; no
codes means every rule), ``<!-- healthlint: disable-next-line=CLM101 -->`` (the next line with
text).  A ``disable`` never closed also silences the document-level findings it names.  A
suppression that silenced nothing is reported back as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from healthlint.document import Directive, Document
from healthlint.finding import Finding


@dataclass(slots=True)
class _Range:
    directive: Directive
    codes: tuple[str, ...]
    start: int
    end: int
    open_ended: bool
    used: bool = False

    def matches(self, code: str) -> bool:
        return not self.codes or any(code.startswith(c) for c in self.codes)


def _next_line_range(doc: Document, d: Directive) -> tuple[int, int]:
    text = doc.text
    end_of_comment = text.find("\n", d.offset) if doc.metadata.format == "markdown" else d.offset
    pos = d.offset if end_of_comment == -1 else end_of_comment
    pos = pos if doc.metadata.format != "markdown" else pos + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl == -1 else nl
        if text[pos:line_end].strip():
            return pos, line_end
        pos = line_end + 1
    return len(text), len(text)


def _ranges(doc: Document) -> list[_Range]:
    ranges: list[_Range] = []
    for d in sorted(doc.directives, key=lambda x: x.offset):
        if d.kind == "disable-next-line":
            s, e = _next_line_range(doc, d)
            ranges.append(_Range(d, d.codes, s, e, False))
        elif d.kind == "disable":
            ranges.append(_Range(d, d.codes, d.offset, len(doc.text), True))
        elif d.kind == "enable":
            for r in ranges:
                closes = not d.codes or not r.codes or set(r.codes) & set(d.codes)
                if r.open_ended and r.start <= d.offset and closes:
                    r.end = d.offset
                    r.open_ended = False
    return ranges


def apply_suppressions(doc: Document, findings: list[Finding]) -> tuple[list[Finding], list[str]]:
    """Drop suppressed findings; return the rest and warnings for unused suppressions."""
    if not doc.directives:
        return findings, []
    ranges = _ranges(doc)
    kept: list[Finding] = []
    for f in findings:
        hit = None
        for r in ranges:
            if not r.matches(f.code):
                continue
            if f.span is None:
                if r.open_ended:
                    hit = r
                    break
            elif r.start <= f.span.start < r.end:
                hit = r
                break
        if hit is None:
            kept.append(f)
        else:
            hit.used = True
    warnings = [
        f"line {r.directive.line}: unused suppression '{r.directive.text}' (it suppressed nothing)"
        for r in ranges if not r.used
    ]
    return kept, warnings
