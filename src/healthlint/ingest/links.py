"""Bare URLs written in the text (``https://...``, ``www.example.com/...``) become links."""

from __future__ import annotations

import re

from healthlint.document import Link
from healthlint.finding import Span

_URL = re.compile(r"(?<![\w/@.])(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.I)
_TRAIL = ".,;:!?'\")]}>*"


def bare_links(text: str, existing: list[Link]) -> list[Link]:
    """Links for URLs in ``text`` that no existing link span already covers."""
    taken = [link.span for link in existing if link.span is not None]
    found: list[Link] = []
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(_TRAIL)
        span = Span(m.start(), m.start() + len(url))
        if any(t.overlaps(span) for t in taken):
            continue
        href = url if url.lower().startswith("http") else "http://" + url
        found.append(Link(span, href, url))
    return found
