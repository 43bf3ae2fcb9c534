"""WARC reader: crawled pages as bytes with their URL, content type and charset.

:func:`read_warc` turns a WARC stream (gzipped per record or not; not ARC) into one
:class:`WarcItem` per record, in file order, and never stops silently:

- ``page``: a ``response`` record with a 2xx HTTP status and a ``text/html``,
  ``application/xhtml+xml`` or ``text/plain`` payload (chunked and gzip transfer/content encodings
  undone), or a ``resource`` record with such a content type.  No content type: HTML when the body
  starts like HTML.
- ``skipped``: a ``response``/``resource`` record that is not a page to check (another media type,
  an HTTP status other than 2xx, an empty body), with the reason.
- ``error``: a record that cannot be read (truncated, too large, a broken encoding), or the data
  after the last good record when the stream is truncated or not WARC at all.  Reading stops at
  such stream errors: the record boundaries after them are unknown.
- ``other``: the crawl's bookkeeping records (``warcinfo``, ``request``, ``metadata``,
  ``revisit``, ...), which hold no page; callers count them.

Items are plain picklable dataclasses, so they can be shipped to worker processes, where
:func:`page_text` decodes the body (HTTP charset, then the byte-order mark, then a ``<meta>``
charset, then the detection of :func:`healthlint.ingest.decode.decode_bytes`).

warcio is imported when a stream is read, so that nothing else pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import IO, Any, Literal

from healthlint.ingest.decode import decode_bytes
from healthlint.ingest.errors import InputError

MAX_PAGE_BYTES = 50_000_000
Kind = Literal["page", "skipped", "error", "other"]
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_META = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# WHATWG encoding labels: browsers read these as windows-1252 (smart quotes in 0x80-0x9F)
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252"}
_SLACK = 64  # bytes kept from the end of the stream: record separators after the last record


@dataclass(frozen=True, slots=True)
class WarcItem:
    """One WARC record.  ``record`` counts every record from 1; ``offset`` is the byte offset of
    the record in the (compressed) stream, as a CDX index gives it."""

    kind: Kind
    record: int
    offset: int
    rec_type: str = ""
    record_id: str | None = None
    url: str | None = None
    date: str | None = None
    fmt: str | None = None
    charset: str | None = None
    body: bytes = b""
    reason: str | None = None


class _Counting:
    """A read-only stream that counts what was read and keeps its last bytes."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0
        self.tail = b""
        self.gzipped = False

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        if not self.count:
            self.gzipped = data.startswith(b"\x1f\x8b")
        self.count += len(data)
        self.tail = (self.tail + data[-_SLACK:])[-_SLACK:]
        return data

    def tell(self) -> int:
        return self.count

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


def read_warc(stream: IO[bytes], *, max_bytes: int = MAX_PAGE_BYTES) -> Iterator[WarcItem]:
    """Yield one :class:`WarcItem` per record of ``stream`` (see the module docstring)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a dependency
        raise InputError("reading WARC needs the warcio package (pip install warcio)") from None
    counting = _Counting(stream)
    archive = ArchiveIterator(counting)
    records = iter(archive)
    number = end = after = 0  # end: where the last record's data ends; after: where the next one starts
    pending: WarcItem | None = None  # held back until the stream shows the record is complete
    while True:
        try:
            rec = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio: ArchiveLoadFailed, zlib errors, ...
            if pending:
                yield pending
            yield WarcItem("error", number + 1, after, reason=f"unreadable WARC data at byte {after}: {_text(exc)}")
            return
        if pending:
            yield pending
            pending = None
        if rec.format != "warc":  # warcio reads almost any line as an ARC header
            yield WarcItem("error", number + 1, after, reason=f"not WARC data at byte {after} (ARC is not supported)")
            return
        number += 1
        try:
            item = _item(number, rec, max_bytes)
        except Exception as exc:  # a broken payload (bad chunking or content encoding)
            item = _about(rec, number, "error", reason=f"cannot read the record: {_text(exc)}")
        try:
            offset = max(0, archive.get_record_offset())  # negative in a whole-file gzip (an error below)
            end = max(offset, offset + archive.get_record_length())
            after = max(end, getattr(archive, "offset", end))  # past the blank lines after the record
        except Exception as exc:
            yield WarcItem("error", number, after, reason=f"unreadable WARC data at byte {after}: {_text(exc)}")
            return
        declared = rec.rec_headers.get_header("Content-Length")
        missing = getattr(rec.raw_stream, "limit", 0)
        if missing > 0:  # the stream ended inside this record
            item = _about(rec, number, "error", reason=f"truncated record: {missing:,} of {declared} bytes missing")
        elif declared is None:  # mandatory: the headers were cut short
            item = _about(rec, number, "error", reason="truncated record: no Content-Length header")
        elif not getattr(getattr(archive.reader, "decompressor", None), "eof", True):
            item = _about(rec, number, "error", reason="truncated record: its gzip member is cut short")
        pending = replace(item, offset=offset)
    counting.drain()
    leftover = counting.count - end
    if pending:
        # uncompressed WARC: every record ends with a blank line (CRLF CRLF); without it the stream
        # was cut inside the last record (in its headers, where warcio cannot tell)
        if leftover < 2 and pending.kind != "error" and not counting.gzipped:
            pending = replace(pending, kind="error", fmt=None, body=b"",
                              reason="truncated record: the stream ends inside the record")
        yield pending
    if leftover > 0 and not (leftover <= _SLACK and not counting.tail[-leftover:].strip()):
        yield WarcItem("error", number + 1, after,
                       reason=f"truncated or unreadable WARC data: {counting.count - after:,} byte(s) after byte "
                              f"{after} hold no complete record")


def _about(rec: Any, number: int, kind: Kind, **fields: Any) -> WarcItem:
    headers = rec.rec_headers
    return WarcItem(kind, number, 0, rec_type=rec.rec_type or "", record_id=headers.get_header("WARC-Record-ID"),
                    url=headers.get_header("WARC-Target-URI"), date=headers.get_header("WARC-Date"), **fields)


def _item(number: int, rec: Any, max_bytes: int) -> WarcItem:
    if rec.rec_type not in ("response", "resource"):
        return _about(rec, number, "other")
    http = rec.http_headers
    if rec.rec_type == "response":
        if http is None:
            ctype = rec.rec_headers.get_header("Content-Type") or "no content type"
            return _about(rec, number, "skipped", reason=f"not an HTTP response ({ctype})")
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return _about(rec, number, "skipped", reason=f"HTTP status {status or 'missing'}")
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()
    fmt = PAGE_TYPES.get(mime)
    if mime and fmt is None:
        return _about(rec, number, "skipped", reason=f"not HTML or plain text ({mime})")
    body = rec.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return _about(rec, number, "error", reason=f"page larger than {max_bytes:,} bytes")
    if not body.strip():
        return _about(rec, number, "skipped", reason="empty body")
    if fmt is None:
        head = body[:2048].lstrip().lower()
        if not head.startswith((b"<!doctype html", b"<html")):
            return _about(rec, number, "skipped", reason="no content type and not HTML")
        fmt = "html"
    found = _CHARSET.search(ctype.encode("latin-1", "replace"))
    charset = found.group(1).decode("ascii").lower() if found else None
    return _about(rec, number, "page", fmt=fmt, charset=charset, body=body)


def page_text(item: WarcItem) -> str:
    """The decoded text of a ``page`` item; :class:`InputError` for binary or empty bodies."""
    charset = item.charset
    if charset is None and item.fmt == "html":
        found = _META.search(item.body[:4096])
        charset = found.group(1).decode("ascii").lower() if found else None
    if charset in _AS_CP1252:
        charset = "cp1252"
    text, _ = decode_bytes(item.body, charset)
    if not text.strip():
        raise InputError("empty page")
    return text


def _text(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
