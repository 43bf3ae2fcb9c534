"""JSON output: the documented shape (see README), stable keys, offsets into the document text."""

from __future__ import annotations

import json
from typing import Any

from healthlint.finding import Finding
from healthlint.report import DocumentResult, Report
from healthlint.scoring import Score


def finding_dict(result: DocumentResult, f: Finding) -> dict[str, Any]:
    line, col = result.line_col(f.start)
    end_line, end_col = result.line_col(f.end)
    out: dict[str, Any] = {
        "code": f.code, "name": f.name, "category": f.category, "severity": str(f.severity),
        "message": f.message, "start": f.start, "end": f.end, "line": line, "column": col,
        "end_line": end_line, "end_column": end_col, "excerpt": f.excerpt, "evidence": f.evidence,
    }
    if f.suggestion is not None:
        out["suggestion"] = f.suggestion
    if f.confidence is not None:
        out["confidence"] = round(f.confidence, 4)
    return out


def score_dict(score: Score | None) -> dict[str, Any] | None:
    if score is None:
        return None
    return {
        "overall": score.overall,
        "criteria": {
            key: {"title": c.title, "instrument": c.instrument, "status": c.status,
                  "weight": c.weight, "earned": c.earned, "findings": list(c.findings)}
            for key, c in score.criteria.items()
        },
    }


def document_dict(result: DocumentResult) -> dict[str, Any]:
    return {
        "source": result.source,
        "title": result.title,
        "score": score_dict(result.score),
        "findings": [finding_dict(result, f) for f in result.findings],
        "errors": list(result.errors),
        "warnings": list(result.warnings),
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "healthlint": report.version,
        "documents": [document_dict(d) for d in report.documents],
        "summary": report.summary(),
    }


def render(report: Report, **_: Any) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2, default=str) + "\n"
