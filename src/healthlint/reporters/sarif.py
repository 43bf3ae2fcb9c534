"""SARIF 2.1.0 output (OASIS Static Analysis Results Interchange Format), for code-scanning
dashboards and editors.

One run; ``tool.driver.rules`` describes every rule (``rules=`` to pass another set); each
finding is a result with its rule id and index, level, message and, where the document's offsets
are the file's (plain text, Markdown), a region with lines, columns (Unicode code points) and
character offsets.  Input errors, rule failures and warnings become tool notifications.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from healthlint.finding import Finding, Severity
from healthlint.report import DocumentResult, Report
from healthlint.reporters._location import region, source_name
from healthlint.rules.base import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/healthlint/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(source: str) -> str:
    """A URI reference for a source: URLs as they are, paths with forward slashes, percent-encoded."""
    if source == "-":
        return "stdin"
    if "://" in source:
        return source
    path = source.replace("\\", "/")
    if PurePath(source).is_absolute():
        return "file://" + urllib.parse.quote(path if path.startswith("/") else "/" + path)
    return urllib.parse.quote(path)


def _description(rule: Rule) -> str:
    """The rule's documentation before its first ``##`` section, minus the summary line."""
    head = rule.doc.split("\n## ", 1)[0].strip()
    rest = head.split("\n", 1)[1].strip() if "\n" in head else ""
    return " ".join(rest.split()) or rule.summary


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": _description(rule)},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.status == "stable"},
        "properties": {"category": rule.category, "scope": rule.scope, "status": rule.status,
                       "tags": [rule.category, rule.status]},
    }


def _adhoc_descriptor(f: Finding) -> dict[str, Any]:
    """For a finding whose rule is not in the rule set (e.g. a rule from another version)."""
    return {
        "id": f.code,
        "name": f.name,
        "shortDescription": {"text": f.name},
        "defaultConfiguration": {"level": LEVELS[f.severity]},
        "properties": {"category": f.category},
    }


def _result(result: DocumentResult, f: Finding, index: int) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(result.source)}}
    where = region(result, f)
    if where is not None:
        physical["region"] = {
            "startLine": where.start_line, "startColumn": where.start_column,
            "endLine": where.end_line, "endColumn": where.end_column,
            "charOffset": where.char_offset, "charLength": where.char_length,
        }
        if f.excerpt:
            physical["region"]["snippet"] = {"text": f.excerpt}
    props: dict[str, Any] = {"category": f.category, "name": f.name}
    if f.span is not None:
        props["start"], props["end"] = f.span.start, f.span.end
    if f.excerpt is not None:
        props["excerpt"] = f.excerpt
    if f.evidence:
        props["evidence"] = f.evidence
    if f.suggestion is not None:
        props["suggestion"] = f.suggestion
    if f.confidence is not None:
        props["confidence"] = round(f.confidence, 4)
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": physical}],
        "properties": props,
    }
    if f.span is None:
        out["locations"][0]["message"] = {"text": "document-level finding"}
    return out


def _notifications(report: Report) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for d in report.documents:
        loc = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(d.source)}}}]
        name = source_name(d.source)
        for level, messages in (("error", d.errors), ("warning", d.warnings)):
            for msg in messages:
                text = msg if msg.startswith((d.source, name)) else f"{name}: {msg}"
                out.append({"level": level, "message": {"text": text}, "locations": loc})
    return out


def report_sarif(report: Report, rules: Iterable[Rule] | None = None) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    if rules is None:
        from healthlint.rules import all_rules

        rules = all_rules()
    descriptors = [rule_descriptor(r) for r in rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    for d in report.documents:
        for f in d.findings:
            if f.code not in index:
                index[f.code] = len(descriptors)
                descriptors.append(_adhoc_descriptor(f))
            results.append(_result(d, f, index[f.code]))
    artifacts = [{"location": {"uri": artifact_uri(d.source)}} for d in report.documents]
    scores = {artifact_uri(d.source): d.score.overall for d in report.documents
              if d.score is not None and d.score.overall is not None}
    input_errors = bool(report.input_errors)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "healthlint",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
            "invocations": [{
                "executionSuccessful": not input_errors,
                "toolExecutionNotifications": _notifications(report),
            }],
            "properties": {"trustScores": scores},
        }],
    }


def render(report: Report, *, rules: Iterable[Rule] | None = None, **_: Any) -> str:
    return json.dumps(report_sarif(report, rules), ensure_ascii=False, indent=2, default=str) + "\n"
