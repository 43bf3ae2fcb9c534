"""GitHub Actions workflow commands: one ``::warning file=…,line=…::message`` per finding, so
findings show up as annotations on the pull request.

Values are escaped as the Actions runner expects: in the message ``%``, CR and LF; in
properties also ``:`` and ``,``.  Severity error/warning/info becomes ``error``/``warning``/
``notice``.  Findings in HTML documents (whose text offsets are not file offsets) and
document-level findings are file-level annotations, with the excerpt added to the message.
"""

from __future__ import annotations

from typing import Any

from healthlint.finding import Finding, Severity
from healthlint.report import DocumentResult, Report
from healthlint.reporters._location import region

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    """``::name k=v,k=v::message`` with everything escaped; ``None`` properties are left out."""
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + shown if shown else ''}::{escape_data(message)}"


def _file(result: DocumentResult) -> str | None:
    return None if result.source == "-" else result.source


def finding_command(result: DocumentResult, f: Finding) -> str:
    where = region(result, f)
    message = f.message
    if where is None and f.excerpt:
        message += f' ("{f.excerpt}")'
    props: dict[str, object] = {"file": _file(result)}
    if where is not None:
        props.update(line=where.start_line, col=where.start_column,
                     endLine=where.end_line, endColumn=where.end_column)
    props["title"] = f"{f.code} {f.name}"
    return command(COMMANDS[f.severity], message, **props)


def render(report: Report, **_: Any) -> str:
    lines: list[str] = []
    for result in report.documents:
        for err in result.errors:
            lines.append(command("error", err, file=_file(result), title="healthlint error"))
        lines.extend(finding_command(result, f) for f in result.findings)
        for warn in result.warnings:
            lines.append(command("warning", warn, file=_file(result), title="healthlint"))
    summary = report.summary()
    scores = ", ".join(
        f"{d.source}: {d.score.overall}/100" for d in report.documents
        if d.score is not None and d.score.overall is not None
    )
    lines.append(f"healthlint: {summary['findings']} finding(s) in {summary['documents']} document(s)"
                 + (f"; trust score {scores}" if scores else ""))
    return "\n".join(lines) + "\n"
