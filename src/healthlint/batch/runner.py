"""Batch runner: JSON Lines in, JSON Lines out, one result or error record per input line, in
input order, nothing lost.  ``workers`` > 1 spreads the records over processes.

An input record is a JSON object with ``text`` (required) and optionally ``id``, ``format``
(text, markdown or html; guessed when absent), ``title``, ``author``/``authors``,
``date``/``publish_date`` (a string or a Unix time), ``url``, ``site_name``/``source`` and
``description``.  An output record is ``{"line": N, "id": ..., "ok": true, "document": {...}}``
(the JSON report's document object) or ``{"line": N, "id": ..., "ok": false, "error": "..."}``.

:func:`run_warc` does the same for a WARC stream (see :mod:`healthlint.ingest.warc`): one record
per ``response``/``resource`` record, keyed by ``record`` (its number in the file, from 1),
``offset`` (its byte offset), ``id`` (WARC-Record-ID) and ``url`` (WARC-Target-URI, also the
checked document's source and url); a page that is not checked has ``"ok": false`` and a
``skipped`` reason instead of an ``error``.  The crawl's other records (warcinfo, request,
metadata, revisit, ...) are counted in :class:`BatchStats` ``other``, not written.

:func:`process_line`, :func:`process_record` and :func:`process_warc_item` are the per-record
functions; the local runner and the Spark adapter (:mod:`healthlint.batch.spark`) both call them.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import IO, TYPE_CHECKING, Any, TextIO

from healthlint.config import Config

if TYPE_CHECKING:
    from healthlint.ingest.warc import WarcItem

FORMATS = ("text", "markdown", "html")
MAX_LINE_CHARS = 20_000_000


@dataclass(slots=True)
class BatchStats:
    records: int = 0
    ok: int = 0
    errors: int = 0
    findings: int = 0
    seconds: float = 0.0
    skipped: int = 0
    other: Counter[str] = field(default_factory=Counter)  # WARC records that hold no page, by type


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
    if not line.strip():
        return _error(line_no, None, "blank line")
    if len(line) > MAX_LINE_CHARS:
        return _error(line_no, None, f"record larger than {MAX_LINE_CHARS:,} characters")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(line_no, None, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except Exception as exc:  # e.g. RecursionError on absurd nesting
        return _error(line_no, None, f"invalid JSON: {type(exc).__name__}")
    return process_record(line_no, record, config)


def process_record(line_no: int, record: Any, config: Config | None = None) -> dict[str, Any]:
    """One parsed input record (a JSON object) -> one output record.  Never raises."""
    rid: Any = None
    try:
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


def process_warc_item(item: WarcItem, config: Config | None = None) -> dict[str, Any]:
    """One ``page``, ``skipped`` or ``error`` WARC item -> one output record.  Never raises."""
    head: dict[str, Any] = {"record": item.record, "offset": item.offset, "id": item.record_id, "url": item.url}
    if item.kind == "skipped":
        return {**head, "ok": False, "skipped": item.reason}
    if item.kind != "page":
        return {**head, "ok": False, "error": " ".join((item.reason or f"{item.kind} record").split())}
    try:
        from healthlint.api import check_text
        from healthlint.ingest import InputError
        from healthlint.ingest.warc import page_text
        from healthlint.reporters.json import document_dict

        try:
            text = page_text(item)
        except InputError as exc:
            return {**head, "ok": False, "error": " ".join(str(exc).split())}
        source = item.url or f"record {item.record}"
        report = check_text(text, source=source, fmt=item.fmt, config=config, metadata={"url": item.url})
        return {**head, "ok": True, "document": document_dict(report.documents[0])}
    except Exception as exc:  # one bad record must not stop the run
        return {**head, "ok": False, "error": " ".join(f"{type(exc).__name__}: {exc}".split())}


def outcome(record: dict[str, Any]) -> str:
    """``ok``, ``skipped`` or ``error`` for an output record."""
    return "ok" if record["ok"] else "skipped" if "skipped" in record else "error"


Item = Any
Outcome = tuple[str, int, str]


def _encode(record: dict[str, Any]) -> Outcome:
    findings = len(record["document"]["findings"]) if record["ok"] else 0
    return outcome(record), findings, json.dumps(record, ensure_ascii=False, default=str)


def _work_line(item: tuple[int, str, Config | None]) -> Outcome:
    return _encode(process_line(*item))


def _work_warc(item: tuple[WarcItem, Config | None]) -> Outcome:
    return _encode(process_warc_item(*item))


def run(lines: Iterable[str], out: TextIO, *, workers: int = 1, config: Config | None = None,
        window: int = 256) -> BatchStats:
    """Check every line of ``lines`` and write one JSON record per line to ``out``, in order."""
    items = ((i, line, config) for i, line in enumerate(lines, start=1))
    return _drive(items, _work_line, out, BatchStats(), workers, window)


def run_warc(stream: IO[bytes], out: TextIO, *, workers: int = 1, config: Config | None = None,
             window: int = 64) -> BatchStats:
    """Check every page of the WARC ``stream``; one JSON record per response/resource record."""
    from healthlint.ingest.warc import read_warc

    stats = BatchStats()

    def items() -> Iterator[tuple[WarcItem, Config | None]]:
        for item in read_warc(stream):
            if item.kind == "other":
                stats.other[item.rec_type or "unknown"] += 1
            else:
                yield item, config

    return _drive(items(), _work_warc, out, stats, workers, window)


def _drive(items: Iterator[Item], work: Callable[[Item], Outcome], out: TextIO, stats: BatchStats,
           workers: int, window: int) -> BatchStats:
    started = time.perf_counter()
    for kind, findings, text in _results(items, work, workers, window):
        out.write(text + "\n")
        stats.records += 1
        stats.ok += kind == "ok"
        stats.errors += kind == "error"
        stats.skipped += kind == "skipped"
        stats.findings += findings
    stats.seconds = time.perf_counter() - started
    return stats


def _results(items: Iterator[Item], work: Callable[[Item], Outcome], workers: int,
             window: int) -> Iterator[Outcome]:
    if workers <= 1:
        yield from map(work, items)
        return
    import multiprocessing

    # forkserver/spawn: workers start clean (no inherited locks or threads of the parent)
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        while True:
            chunk = list(islice(items, window * workers))  # bounded memory on any input size
            if not chunk:
                break
            yield from pool.imap(work, chunk, chunksize=max(1, min(16, len(chunk) // (workers * 4))))
