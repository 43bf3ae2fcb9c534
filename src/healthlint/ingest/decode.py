"""Bytes -> text: encoding detection, binary refusal and offset-preserving newline handling."""

from __future__ import annotations

import codecs
import unicodedata

from healthlint.ingest.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters in the head."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Order: byte-order mark, the declared charset (HTTP header or meta tag), strict UTF-8,
    UTF-8 with a few bad bytes replaced, cp1252 unless charset-normalizer reads the bytes as
    another script, charset-normalizer's guess, cp1252 with replacement characters.  Binary data
    raises :class:`InputError`.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {enc} despite its byte-order mark: {exc.reason}") from None
    if looks_binary(data):
        raise InputError("binary file, not text")
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    # Western pages first: on short text charset-normalizer often names a sibling code page
    # (cp1250, mac_latin2) for cp1252 bytes.  Unless its guess reads as another script
    # (Cyrillic, Greek, ...), cp1252 it is, when every byte is defined there.
    if best is None or latin_share(str(best)) >= 0.5:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def latin_share(text: str) -> float:
    """Share of the non-ASCII letters in ``text`` that are Latin (1.0 when there are none)."""
    letters = [ch for ch in text if ch > "\x7f" and ch.isalpha()]
    if not letters:
        return 1.0
    return sum("LATIN" in unicodedata.name(ch, "") for ch in letters) / len(letters)


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (a truncated or mis-pasted character): at least as many
    well-formed multi-byte characters as bad bytes (single-byte code pages rarely form them)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    return good > 0 and good >= bad


def normalize_newlines(text: str) -> str:
    """Make every line end in ``\\n`` without moving any offset: ``\\r\\n`` becomes ``" \\n"``
    and a lone ``\\r`` becomes ``\\n``, so offsets into the result are offsets into the input."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")
