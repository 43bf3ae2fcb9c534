"""The Rule type, the ``@rule`` decorator and the context a rule runs with.

A rule is a small function ``(doc, ctx) -> Iterable[Hit]`` wrapped with its metadata.  There is
no global registry: each family module holds its rules as module-level :class:`Rule` objects and
:mod:`healthlint.rules` collects them.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from healthlint.document import Document
from healthlint.finding import Hit, Severity

CATEGORIES = (
    "terminology", "claims", "mongering", "citations", "commercial", "transparency", "safety",
    "coherence", "readability",
)
PREFIX_CATEGORY = {
    "ABB": "terminology", "CLM": "claims", "MNG": "mongering", "CIT": "citations", "COM": "commercial",
    "TRN": "transparency", "SAF": "safety", "COH": "coherence", "RDB": "readability",
}
SCOPES = ("token", "sentence", "claim", "reference", "link", "document")
STATUSES = ("stable", "preview")
DOC_SECTIONS = ("Why it matters", "Example", "Better", "References")
_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# the layers that tell whether an article names a source (claims.unsourced_document): a rule that
# reads that test, directly or through sales_talk, declares them so that it sees the same document
# run alone (--select) as in a full run
SOURCE_LAYERS = ("references", "citations")


@dataclass(frozen=True)
class RuleContext:
    """What a rule may read besides the document: its options from the configuration."""

    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def option(self, code: str, key: str, default: Any) -> Any:
        return self.options.get(code, {}).get(key, default)


RuleFunc = Callable[[Document, RuleContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    scope: str
    status: str
    requires: tuple[str, ...]
    func: RuleFunc
    doc: str

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"rule code {self.code!r} must look like ABC123")
        if PREFIX_CATEGORY.get(self.code[:3]) != self.category:
            raise ValueError(f"{self.code}: category {self.category!r} does not match its prefix")
        if not _NAME.match(self.name):
            raise ValueError(f"{self.code}: name {self.name!r} must be kebab-case")
        if self.scope not in SCOPES:
            raise ValueError(f"{self.code}: unknown scope {self.scope!r}")
        if self.status not in STATUSES:
            raise ValueError(f"{self.code}: unknown status {self.status!r}")

    def __call__(self, doc: Document, ctx: RuleContext) -> Iterable[Hit]:
        return self.func(doc, ctx)

    @property
    def summary(self) -> str:
        return self.doc.strip().split("\n", 1)[0].strip()

    def sections(self) -> dict[str, str]:
        """The docstring's ``## Section`` blocks by title."""
        return parse_sections(self.doc)

    def missing_sections(self) -> list[str]:
        got = self.sections()
        return [s for s in DOC_SECTIONS if not got.get(s, "").strip()]


def parse_sections(doc: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in inspect.cleandoc(doc).splitlines():
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(lines).strip()
            current, lines = line[3:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = "\n".join(lines).strip()
    return sections


def rule(
    code: str,
    name: str,
    *,
    category: str,
    severity: Severity,
    scope: str,
    status: str = "stable",
    requires: tuple[str, ...] = ("sentences",),
) -> Callable[[RuleFunc], Rule]:
    """Wrap a rule function with its metadata; the docstring is the rule's documentation."""

    def wrap(func: RuleFunc) -> Rule:
        return Rule(code, name, category, severity, scope, status, requires, func, inspect.cleandoc(func.__doc__ or ""))

    return wrap


def noting_sentences(doc: Document, hits: Iterable[Hit], taken: set[int]) -> Iterator[Hit]:
    """Pass ``hits`` on, adding the index of each one's sentence to ``taken``: a rule's later
    wordings then skip the sentences its earlier ones already reported."""
    for hit in hits:
        if hit.span is not None:
            taken.add(doc.sentence_index(hit.span.start))
        yield hit
