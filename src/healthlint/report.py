"""What a check returns: a Report of DocumentResults."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from healthlint.document import Document
from healthlint.finding import Finding, Severity
from healthlint.scoring import Score


@dataclass(slots=True)
class DocumentResult:
    source: str
    title: str | None
    findings: list[Finding] = field(default_factory=list)
    score: Score | None = None
    errors: list[str] = field(default_factory=list)  # input errors and rule failures
    warnings: list[str] = field(default_factory=list)  # unused suppressions, truncation
    document: Document | None = None

    def line_col(self, offset: int | None) -> tuple[int | None, int | None]:
        if offset is None or self.document is None:
            return None, None
        return self.document.line_col(offset)


@dataclass(slots=True)
class Report:
    documents: list[DocumentResult] = field(default_factory=list)
    version: str = ""

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    @property
    def input_errors(self) -> list[str]:
        return [e for d in self.documents if d.document is None for e in d.errors]

    def summary(self) -> dict[str, Any]:
        by_cat = Counter(f.category for f in self.findings)
        by_sev = Counter(str(f.severity) for f in self.findings)
        by_code = Counter(f.code for f in self.findings)
        scores = [d.score.overall for d in self.documents if d.score and d.score.overall is not None]
        return {
            "documents": len(self.documents),
            "findings": len(self.findings),
            "errors": sum(len(d.errors) for d in self.documents),
            "by_severity": dict(sorted(by_sev.items())),
            "by_category": dict(sorted(by_cat.items())),
            "by_code": dict(sorted(by_code.items())),
            "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
        }

    def exit_code(self, fail_on: Severity) -> int:
        if self.input_errors:
            return 2
        return 1 if any(f.severity >= fail_on for f in self.findings) else 0
