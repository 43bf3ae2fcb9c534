"""What an annotator is: a named, versioned component that declares the layers it requires and
provides, predicts in batches and then sets its annotations on the documents (spaCy-style)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from healthlint.document import Document


class Annotator(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def predict(self, docs: Sequence[Document]) -> list[Any]:
        """Compute this layer for each document without touching them."""
        ...

    def set_annotations(self, docs: Sequence[Document], predictions: list[Any]) -> None:
        """Store the predictions on the documents."""
        ...
