"""Parse ``healthlint: disable=CODE,...`` comments into :class:`Directive`."""

from __future__ import annotations

import re

from healthlint.document import Directive

_DIRECTIVE = re.compile(
    r"^\s*healthlint\s*:\s*(disable-next-line|disable|enable)\s*(?:=\s*([A-Za-z0-9_,\s-]*))?\s*$", re.I
)


def parse_directive(comment: str, offset: int, line: int) -> Directive | None:
    """Return the directive in an HTML/Markdown comment body, or None for other comments."""
    m = _DIRECTIVE.match(comment)
    if not m:
        return None
    codes = tuple(c.strip().upper() for c in (m.group(2) or "").replace(" ", ",").split(",") if c.strip())
    if codes == ("ALL",):
        codes = ()
    return Directive(m.group(1).lower(), codes, offset, line, comment.strip())
