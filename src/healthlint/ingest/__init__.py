"""Readers: every supported source becomes a :class:`~healthlint.document.Document`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from healthlint.document import Document, Metadata
from healthlint.ingest.decode import decode_bytes, normalize_newlines
from healthlint.ingest.errors import InputError
from healthlint.ingest.links import bare_links

__all__ = ["EXTENSIONS", "MAX_CHARS", "InputError", "expand_sources", "read_source", "read_text"]

EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
MAX_FILE_BYTES = 50_000_000
MAX_CHARS = 1_000_000  # text beyond this is not analysed (the report says so)


def detect_format(name: str, text: str) -> str:
    ext = os.path.splitext(name.lower())[1]
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    return "text"


# typographic apostrophes (right and left single quotation marks, modifier letter apostrophe, prime),
# no-break and other fixed-width spaces, and Unicode hyphens: read as their ASCII forms, one
# character for one, so that rule wordings written with ' , space and - match ("don’t",
# "click\u00a0here", "side\u2011effects") and every offset stays
_APOSTROPHES = "\u2019\u2018\u02bc\u2032"
_SPACES = "\u00a0\u2002\u2003\u2009\u202f\u2007\u2008\u200a\u205f"
_HYPHENS = "\u2010\u2011"
_NORMALISE = _APOSTROPHES + _SPACES + _HYPHENS
_NORMALISE_MAP = str.maketrans(_NORMALISE, "'" * len(_APOSTROPHES) + " " * len(_SPACES) + "-" * len(_HYPHENS))


def read_text(text: str, source: str = "<text>", fmt: str | None = None, url: str | None = None) -> Document:
    """Build a Document from already-decoded text.  ``fmt`` is text, markdown or html."""
    fmt = fmt or detect_format(source, text)
    text = normalize_newlines(text)
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    if fmt == "html":
        from healthlint.ingest.html import read_html

        doc = read_html(text, source, url=url)
    elif fmt == "markdown":
        from healthlint.ingest.markdown import read_markdown

        doc = read_markdown(text, source)
    elif fmt == "text":
        doc = Document(source=source, text=text, metadata=Metadata(format="text", url=url))
        doc.metadata.title = _plain_title(text)
    else:
        raise InputError(f"unknown format {fmt!r} (use text, markdown or html)")
    if fmt != "html":
        doc.links.extend(bare_links(doc.text, doc.links))
    if any(ch in doc.text for ch in _NORMALISE):
        doc.text = doc.text.translate(_NORMALISE_MAP)  # excerpts show the ASCII forms
    if truncated:
        doc.layers["truncated_at"] = MAX_CHARS
    return doc


def _plain_title(text: str) -> str | None:
    for line in text.split("\n", 20)[:20]:
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None


def read_bytes(data: bytes, source: str, fmt: str | None = None, charset: str | None = None,
               url: str | None = None) -> Document:
    text, _ = decode_bytes(data, charset)
    if not text.strip():
        raise InputError(f"{source}: empty document")
    return read_text(text, source, fmt, url)


def read_source(source: str, *, fmt: str | None = None, allow_private_urls: bool = False,
                timeout: float = 15.0) -> Document:
    """Read one path, URL or ``-`` (stdin)."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"<stdin>: larger than {MAX_FILE_BYTES} bytes")
        return read_bytes(data, "-", fmt)
    if source.startswith(("http://", "https://")):
        from healthlint.ingest.url import fetch

        got = fetch(source, timeout=timeout, allow_private=allow_private_urls)
        kind = fmt or ("text" if got.content_type == "text/plain" else
                       "markdown" if got.content_type == "text/markdown" else "html")
        return read_bytes(got.body, source, kind, got.charset, url=got.url)
    path = Path(source)
    if not path.exists():
        scheme = source.split("://", 1)[0] if "://" in source else ""
        if scheme.isalpha() and len(scheme) > 1:
            raise InputError(f"{source}: unsupported URL scheme {scheme!r} (use http or https)")
        raise InputError(f"{source}: no such file or directory")
    if path.is_dir():
        raise InputError(f"{source}: is a directory")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{source}: file larger than {MAX_FILE_BYTES // 1_000_000} MB")
        with path.open("rb") as fh:  # capped: a device or FIFO has no size to check first
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"{source}: file larger than {MAX_FILE_BYTES // 1_000_000} MB")
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})") from None
    try:
        return read_bytes(data, source, fmt)
    except InputError as exc:
        msg = str(exc)
        raise InputError(msg if msg.startswith(source) else f"{source}: {msg}") from None


def expand_sources(sources: list[str], extensions: set[str] | None = None) -> Iterator[str]:
    """Expand directories recursively into article files (by extension), sorted; others as given."""
    exts = extensions or set(EXTENSIONS)
    for source in sources:
        if source == "-" or source.startswith(("http://", "https://")) or not os.path.isdir(source):
            yield source
            continue
        found = sorted(
            str(p) for p in Path(source).rglob("*")
            if p.is_file() and p.suffix.lower() in exts
            and not any(part.startswith(".") for part in p.relative_to(source).parts)
        )
        if not found:
            raise InputError(f"{source}: no articles found (looked for {', '.join(sorted(exts))})")
        yield from found
