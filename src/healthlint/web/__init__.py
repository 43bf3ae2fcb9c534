"""A small web page and JSON API over :mod:`healthlint.api` (see :mod:`healthlint.web.server`).

Kept free of imports so that building the command-line parser stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_BODY", "App", "Handler", "RequestError", "make_server", "page"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from healthlint.web import server

        return getattr(server, name)
    raise AttributeError(f"module 'healthlint.web' has no attribute {name!r}")
