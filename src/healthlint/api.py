"""The one entry point: CLI, web page and batch runner all call :func:`check`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from healthlint import __version__
from healthlint.annotate import annotate
from healthlint.config import Config, discover
from healthlint.document import Document
from healthlint.finding import Severity
from healthlint.ingest import InputError, expand_sources, read_source, read_text
from healthlint.report import DocumentResult, Report
from healthlint.rules import all_rules
from healthlint.rules.engine import required_layers, run_rules, select_rules
from healthlint.scoring import score
from healthlint.suppress import apply_suppressions


def check_document(doc: Document, config: Config | None = None, *, resolve: bool = False) -> DocumentResult:
    """Annotate ``doc`` with what the enabled rules need, run them and score the result.

    ``resolve`` looks references up online (Crossref, PubMed) before the rules run."""
    config = config or Config()
    rules = select_rules(all_rules(), config, doc.source)
    result = DocumentResult(source=doc.source, title=doc.metadata.title, document=doc)
    try:
        if resolve:
            from healthlint.resolve import resolve_references

            annotate([doc], ["references"])
            result.warnings.extend(resolve_references([doc]))
        annotate([doc], required_layers(rules))
    except Exception as exc:
        result.errors.append(f"annotation failed: {type(exc).__name__}: {exc}")
        rules = [r for r in rules if all(layer in doc.annotated for layer in r.requires)]
    findings, errors = run_rules(doc, rules, config)
    findings, warnings = apply_suppressions(doc, findings, [r.code for r in rules])
    result.score = score(doc, findings, [r.code for r in rules])
    result.findings = [f for f in findings if f.severity >= config.min_severity]
    result.errors.extend(errors)
    result.warnings.extend(warnings)
    if "truncated_at" in doc.layers:
        result.warnings.append(f"only the first {doc.layers['truncated_at']:,} characters were analysed")
    return result


def check_text(text: str, *, source: str = "<text>", fmt: str | None = None,
               config: Config | None = None, metadata: Mapping[str, str | None] | None = None) -> Report:
    """Check a string (``fmt`` text, markdown or html; guessed when omitted).

    ``metadata`` (title, author, date, site_name, url, description) fills in what the text
    itself does not say, e.g. the fields of a crawled JSONL record.
    """
    doc = read_text(text, source, fmt)
    for key, value in (metadata or {}).items():
        if not hasattr(doc.metadata, key) or key == "format":
            raise ValueError(f"unknown metadata field {key!r}")
        if value:
            setattr(doc.metadata, key, value)
    return Report([check_document(doc, config)], __version__)


def check_path(path: str | Path, config: Config | None = None) -> Report:
    """Check one file or directory; the configuration is discovered from the file when omitted."""
    return check([str(path)], config)


def check(
    sources: Sequence[str],
    config: Config | None = None,
    *,
    fmt: str | None = None,
    allow_private_urls: bool = False,
    overrides: dict[str, object] | None = None,
    resolve: bool = False,
) -> Report:
    """Check every source (paths, directories, URLs, ``-``); input errors become error records.

    Without ``config`` each file uses the configuration discovered from its own folder, with
    ``overrides`` (command-line options) applied on top.
    """
    report = Report([], __version__)
    for source in _expand(sources, report):
        cfg = config or _config_for(source, overrides)
        try:
            doc = read_source(source, fmt=fmt, allow_private_urls=allow_private_urls)
        except InputError as exc:
            report.documents.append(DocumentResult(source=source, title=None, errors=[str(exc)]))
            continue
        report.documents.append(check_document(doc, cfg, resolve=resolve))
    return report


def _expand(sources: Iterable[str], report: Report) -> Iterable[str]:
    for source in sources:
        try:
            yield from expand_sources([source])
        except InputError as exc:
            report.documents.append(DocumentResult(source=source, title=None, errors=[str(exc)]))


_CONFIG_CACHE: dict[tuple[str, str], Config] = {}


def _config_for(source: str, overrides: dict[str, object] | None) -> Config:

    folder = "." if source == "-" or "://" in source else str(Path(source).resolve().parent)
    key = (folder, repr(sorted((overrides or {}).items())))
    if key not in _CONFIG_CACHE:
        base = discover(Path(folder))
        _CONFIG_CACHE[key] = base.with_overrides(overrides)
    return _CONFIG_CACHE[key]


__all__ = ["Report", "Severity", "check", "check_document", "check_path", "check_text"]
