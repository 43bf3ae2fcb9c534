"""healthlint: a linter for consumer health articles.

>>> from healthlint import check_text
>>> report = check_text("Click here to buy now! Studies show it cures arthritis.")
>>> sorted({f.code for f in report.findings})  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from healthlint.api import check, check_path, check_text
    from healthlint.config import Config
    from healthlint.finding import Finding, Severity, Span
    from healthlint.report import DocumentResult, Report

_LAZY = {
    "check": "healthlint.api", "check_text": "healthlint.api", "check_path": "healthlint.api",
    "Config": "healthlint.config", "Finding": "healthlint.finding", "Severity": "healthlint.finding",
    "Span": "healthlint.finding", "Report": "healthlint.report", "DocumentResult": "healthlint.report",
}

__all__ = [
    "Config", "DocumentResult", "Finding", "Report", "Severity", "Span", "__version__", "check", "check_path",
    "check_text",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'healthlint' has no attribute {name!r}")
