"""One pure function per output format: ``Report -> str``."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from healthlint.report import Report

FORMATS = {
    "text": "healthlint.reporters.text:render",
    "json": "healthlint.reporters.json:render",
    "sarif": "healthlint.reporters.sarif:render",
    "github": "healthlint.reporters.github:render",
    "html": "healthlint.reporters.html:render",
}


def get_reporter(fmt: str) -> Callable[..., str]:
    try:
        module, func = FORMATS[fmt].split(":")
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})") from None
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def render(report: Report, fmt: str, **options: Any) -> str:
    return get_reporter(fmt)(report, **options)
