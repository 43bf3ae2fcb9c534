"""Where a finding sits in its *source file*, for reporters that point editors and CI at lines.

Plain text and Markdown readers keep the file's character offsets (markup is blanked, not
removed), so document offsets are file offsets and their lines/columns are the file's.  HTML
text is extracted from the markup, so its offsets and lines do not point into the file; those
findings get no region (``None``).
"""

from __future__ import annotations

from dataclasses import dataclass

from healthlint.finding import Finding
from healthlint.report import DocumentResult

SOURCE_MAPPED_FORMATS = ("text", "markdown")


@dataclass(frozen=True, slots=True)
class Region:
    """1-based lines and columns; ``end_column`` is exclusive (the column after the last char)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    char_offset: int
    char_length: int


def maps_to_source(result: DocumentResult) -> bool:
    doc = result.document
    return doc is not None and doc.metadata.format in SOURCE_MAPPED_FORMATS


def region(result: DocumentResult, f: Finding) -> Region | None:
    """The finding's region in the source file, or None (document-level or not source-mapped)."""
    doc = result.document
    if doc is None or f.span is None or not maps_to_source(result):
        return None
    start, end = f.span.start, f.span.end
    line, col = doc.line_col(start)
    if end > start:
        end_line, last_col = doc.line_col(end - 1)
        end_col = last_col + 1
    else:
        end_line, end_col = line, col
    return Region(line, col, end_line, end_col, start, end - start)


def source_name(source: str) -> str:
    """How a reporter names the source: ``-`` is standard input."""
    return "<stdin>" if source == "-" else source
