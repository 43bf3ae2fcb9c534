"""Run the selected rules on an annotated document and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from healthlint.config import Config
from healthlint.document import Document
from healthlint.finding import Finding, Hit
from healthlint.rules.base import Rule, RuleContext

EXCERPT_MAX = 160


def select_rules(rules: Iterable[Rule], config: Config, source: str | None = None) -> list[Rule]:
    return [r for r in rules if config.is_enabled(r.code, r.status, source)]


def required_layers(rules: Iterable[Rule]) -> set[str]:
    return {layer for r in rules for layer in r.requires}


def excerpt(text: str, start: int, end: int) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= EXCERPT_MAX else piece[: EXCERPT_MAX - 1] + "…"


def to_finding(r: Rule, hit: Hit, doc: Document, config: Config) -> Finding:
    span = hit.span
    if span is not None and span.end > len(doc.text):
        raise ValueError(f"{r.code} returned span {span.start}..{span.end} beyond the text")
    return Finding(
        code=r.code, name=r.name, category=r.category,
        severity=config.severity_of(r.code, r.severity), message=hit.message, span=span,
        excerpt=excerpt(doc.text, span.start, span.end) if span is not None else None,
        evidence=dict(hit.evidence), suggestion=hit.suggestion, confidence=hit.confidence,
    )


def run_rules(doc: Document, rules: Sequence[Rule], config: Config) -> tuple[list[Finding], list[str]]:
    """Findings sorted by position (document-level ones first), and errors of rules that crashed."""
    ctx = RuleContext(options={**config.options, "*": {"readability-grade": config.readability_grade}})
    findings: list[Finding] = []
    errors: list[str] = []
    for r in rules:
        try:
            for hit in r(doc, ctx):
                findings.append(to_finding(r, hit, doc, config))
        except Exception as exc:
            errors.append(f"rule {r.code} failed: {type(exc).__name__}: {exc}")
    findings.sort(key=lambda f: (f.start if f.start is not None else -1, f.code))
    return findings, errors
