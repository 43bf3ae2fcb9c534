"""Fast whole-text pattern search shared by rules.

Python's ``re`` is about twice as slow with IGNORECASE.  A case-insensitive pattern whose own
literals have no capitals finds exactly the same matches when run case-sensitively over the
lower-cased text, as long as lower-casing keeps every offset (it does for all but a few
characters, and then the original pattern is used).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healthlint.document import Document

_ESCAPE = re.compile(r"\\.")
_FOLDED: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, when that is equivalent on lower-cased text; else None."""
    if pattern not in _FOLDED:
        literal = _ESCAPE.sub("", pattern.pattern)
        same = bool(pattern.flags & re.IGNORECASE) and literal == literal.lower()
        _FOLDED[pattern] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if same else None
    return _FOLDED[pattern]


# characters that IGNORECASE matching treats unlike str.lower() (dotted/dotless i, long s, Kelvin sign)
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered(doc: Document) -> str | None:
    """The document text lower-cased (cached on the document), or None when that moves offsets or
    the text holds a character that case-insensitive matching folds differently."""
    if "_lower" not in doc.layers:
        low = doc.text.lower()
        same = len(low) == len(doc.text) and not any(ch in doc.text for ch in _UNFOLDABLE)
        doc.layers["_lower"] = low if same else None
    value: str | None = doc.layers["_lower"]
    return value


def finditer(doc: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(doc.text)``, faster; the matches' offsets index ``doc.text`` but their
    ``group()`` text may be lower-cased: slice ``doc.text`` for the original words."""
    low = lowered(doc)
    fast = folded(pattern) if low is not None else None
    if fast is not None and low is not None:
        return fast.finditer(low)
    return pattern.finditer(doc.text)
