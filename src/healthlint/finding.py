"""Severity, Span and Finding: what a rule reports."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function yields; the engine turns it into a :class:`Finding`.

    ``span`` is ``None`` for a document-level finding.
    """

    span: Span | None
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one document, pinned to a span of its text."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    span: Span | None
    excerpt: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    confidence: float | None = None

    @property
    def start(self) -> int | None:
        return self.span.start if self.span else None

    @property
    def end(self) -> int | None:
        return self.span.end if self.span else None
