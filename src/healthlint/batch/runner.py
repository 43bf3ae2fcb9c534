"""Batch runner: JSON Lines in, JSON Lines out, one result or error record per input line, in
input order, nothing lost.  ``workers`` > 1 spreads the records over processes.

An input record is a JSON object with ``text`` (required) and optionally ``id``, ``format``
(text, markdown or html; guessed when absent), ``title``, ``author``/``authors``,
``date``/``publish_date`` (a string or a Unix time), ``url``, ``site_name``/``source`` and
``description``.  An output record is ``{"line": N, "id": ..., "ok": true, "document": {...}}``
(the JSON report's document object) or ``{"line": N, "id": ..., "ok": false, "error": "..."}``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any, TextIO

from healthlint.config import Config

FORMATS = ("text", "markdown", "html")
MAX_LINE_CHARS = 20_000_000


@dataclass(slots=True)
class BatchStats:
    records: int = 0
    ok: int = 0
    errors: int = 0
    findings: int = 0
    seconds: float = 0.0


def record_metadata(record: dict[str, Any]) -> dict[str, str | None]:
    """The metadata fields of an input record, normalised for :func:`healthlint.api.check_text`."""
    authors = record.get("author", record.get("authors"))
    if isinstance(authors, list):
        authors = ", ".join(str(a).strip() for a in authors if str(a).strip())
    date = record.get("date", record.get("publish_date"))
    if isinstance(date, int | float) and not isinstance(date, bool):
        try:
            date = datetime.fromtimestamp(date, UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            date = None
    out = {
        "title": record.get("title"),
        "author": authors,
        "date": date,
        "url": record.get("url"),
        "site_name": record.get("site_name", record.get("source")),
        "description": record.get("description"),
    }
    return {k: (str(v).strip() or None) if v is not None else None for k, v in out.items()}


def _error(line: int, rid: Any, message: str) -> dict[str, Any]:
    return {"line": line, "id": rid, "ok": False, "error": " ".join(message.split())}


def process_line(line_no: int, line: str, config: Config | None = None) -> dict[str, Any]:
    """One input line -> one output record.  Never raises."""
    rid: Any = None
    try:
        if not line.strip():
            return _error(line_no, None, "blank line")
        if len(line) > MAX_LINE_CHARS:
            return _error(line_no, None, f"record larger than {MAX_LINE_CHARS:,} characters")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            return _error(line_no, None, f"invalid JSON: {exc.msg} at column {exc.colno}")
        if not isinstance(record, dict):
            return _error(line_no, None, "record is not a JSON object")
        rid = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            return _error(line_no, rid, "record has no 'text' string")
        if not text.strip():
            return _error(line_no, rid, "empty text")
        fmt = record.get("format")
        if fmt is not None and fmt not in FORMATS:
            return _error(line_no, rid, f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
        from healthlint.api import check_text
        from healthlint.reporters.json import document_dict

        source = str(rid) if rid is not None else f"line {line_no}"
        report = check_text(text, source=source, fmt=fmt, config=config, metadata=record_metadata(record))
        return {"line": line_no, "id": rid, "ok": True, "document": document_dict(report.documents[0])}
    except Exception as exc:  # one bad record must not stop the run
        return _error(line_no, rid, f"{type(exc).__name__}: {exc}")


def _work(item: tuple[int, str, Config | None]) -> tuple[bool, int, str]:
    record = process_line(*item)
    findings = len(record["document"]["findings"]) if record["ok"] else 0
    return record["ok"], findings, json.dumps(record, ensure_ascii=False, default=str)


def run(lines: Iterable[str], out: TextIO, *, workers: int = 1, config: Config | None = None,
        window: int = 256) -> BatchStats:
    """Check every line of ``lines`` and write one JSON record per line to ``out``, in order."""
    stats = BatchStats()
    started = time.perf_counter()
    items = ((i, line, config) for i, line in enumerate(lines, start=1))
    for ok, findings, text in _results(items, workers, window):
        out.write(text + "\n")
        stats.records += 1
        stats.ok += ok
        stats.errors += not ok
        stats.findings += findings
    stats.seconds = time.perf_counter() - started
    return stats


def _results(items: Iterator[tuple[int, str, Config | None]], workers: int,
             window: int) -> Iterator[tuple[bool, int, str]]:
    if workers <= 1:
        yield from map(_work, items)
        return
    import multiprocessing

    # forkserver/spawn: workers start clean (no inherited locks or threads of the parent)
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        while True:
            chunk = list(islice(items, window * workers))  # bounded memory on any input size
            if not chunk:
                break
            yield from pool.imap(_work, chunk, chunksize=max(1, min(16, len(chunk) // (workers * 4))))
