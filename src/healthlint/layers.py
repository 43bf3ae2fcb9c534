"""Annotation layers as plain JSON-ready dicts (for ``healthlint annotate`` and the web API)."""

from __future__ import annotations

import dataclasses
from typing import Any

from healthlint.document import Document
from healthlint.finding import Span


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def layer_dict(doc: Document, layer: str) -> Any:
    """One layer of ``doc`` as JSON-ready data."""
    value = getattr(doc, layer) if hasattr(doc, layer) and layer != "layers" else doc.layers.get(layer)
    return _plain(value)
