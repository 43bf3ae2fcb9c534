"""Inline suppression through comments in Markdown/HTML:

``<!-- healthlint: disable=COM101 -->`` ... ``<!-- healthlint: enable=COM101 -->`` (a range; no
codes means every rule), ``<!-- healthlint: disable-next-line=CLM101 -->`` (the next line with
text).  A ``disable`` never closed also silences the document-level findings it names.  A
suppression that silenced nothing is reported back as a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    excluded: tuple[str, ...] = ()  # codes re-enabled inside a wider disable
    used: bool = False

    def matches(self, code: str) -> bool:
        if any(code.startswith(c) for c in self.excluded):
            return False
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
            for r in list(ranges):
                if not r.open_ended or r.start > d.offset:
                    continue
                if d.codes and r.codes and not set(r.codes) & set(d.codes):
                    continue
                r.end = d.offset
                r.open_ended = False
                if not d.codes:
                    continue
                # a partial enable: the rest of the disable goes on after this point
                if r.codes:
                    rest = tuple(c for c in r.codes if c not in d.codes)
                    if rest:
                        ranges.append(_Range(r.directive, rest, d.offset, len(doc.text), True, r.excluded))
                else:
                    ranges.append(_Range(r.directive, (), d.offset, len(doc.text), True, r.excluded + d.codes))
    return ranges


def apply_suppressions(
    doc: Document, findings: list[Finding], selected: Iterable[str] | None = None
) -> tuple[list[Finding], list[str]]:
    """Drop suppressed findings; return the rest and warnings for unused suppressions.

    ``selected`` are the codes of the rules that ran: a suppression naming only rules that did
    not run is not reported as unused."""
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
    ran = tuple(selected) if selected is not None else None
    used = {id(r.directive) for r in ranges if r.used}
    warnings: list[str] = []
    for d in dict.fromkeys(r.directive for r in ranges):
        if id(d) in used:
            continue
        if ran is not None and d.codes and not any(code.startswith(c) for code in ran for c in d.codes):
            continue
        warnings.append(f"line {d.line}: unused suppression '{d.text}' (it suppressed nothing)")
    return kept, warnings
