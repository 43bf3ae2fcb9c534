"""Batch runner: JSON Lines or WARC in, JSON Lines out (see :mod:`healthlint.batch.runner`);
:mod:`healthlint.batch.spark` runs the same per-record functions on a Spark cluster.

Kept free of imports so that building the command-line parser stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BatchStats", "process_line", "process_record", "process_warc_item", "record_metadata", "run", "run_warc"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from healthlint.batch import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'healthlint.batch' has no attribute {name!r}")
