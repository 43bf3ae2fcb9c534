"""Annotation pipeline: runs the annotators that the requested layers need, in dependency order.

Annotators are named here by ``module:Class`` and imported only when a layer is asked for, so a
command that needs no model never loads one.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Sequence
from functools import cache

from healthlint.annotate.base import Annotator
from healthlint.document import Document

# layer name -> annotator that provides it
ANNOTATORS: dict[str, str] = {
    "sentences": "healthlint.annotate.sentences:SentenceAnnotator",
    "abbreviations": "healthlint.annotate.abbreviations:AbbreviationAnnotator",
    "entities": "healthlint.annotate.entities:EntityAnnotator",
    "claims": "healthlint.annotate.claims:ClaimAnnotator",
    "references": "healthlint.annotate.references:ReferenceAnnotator",
    "citations": "healthlint.annotate.citations:CitationAnnotator",
}


class UnknownLayer(ValueError):
    pass


@cache
def load_annotator(layer: str) -> Annotator:
    """The (cached, stateless once built) annotator providing ``layer``."""
    try:
        target = ANNOTATORS[layer]
    except KeyError:
        raise UnknownLayer(f"unknown layer {layer!r} (known: {', '.join(ANNOTATORS)})") from None
    module_name, cls_name = target.split(":")
    module = importlib.import_module(module_name)
    annotator: Annotator = getattr(module, cls_name)()
    return annotator


def available_layers() -> list[str]:
    """Layers whose annotator module exists in this install."""
    out = []
    for layer, target in ANNOTATORS.items():
        if importlib.util.find_spec(target.split(":")[0]) is not None:
            out.append(layer)
    return out


def plan(layers: Iterable[str]) -> list[str]:
    """Layers to run, dependencies first."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(layer: str) -> None:
        if layer in order:
            return
        if layer in visiting:
            raise UnknownLayer(f"layer dependency cycle at {layer!r}")
        visiting.add(layer)
        for dep in load_annotator(layer).requires:
            visit(dep)
        visiting.discard(layer)
        order.append(layer)

    for layer in layers:
        visit(layer)
    return order


def annotate(docs: Sequence[Document], layers: Iterable[str]) -> None:
    """Make sure every document carries ``layers`` (and what they require)."""
    for layer in plan(layers):
        todo = [d for d in docs if layer not in d.annotated]
        if not todo:
            continue
        annotator = load_annotator(layer)
        annotator.set_annotations(todo, annotator.predict(todo))
        for d in todo:
            d.annotated.update(annotator.provides)
