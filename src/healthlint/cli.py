"""Command line: ``healthlint check | rules | explain CODE | annotate | batch | serve``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from healthlint import __version__

if TYPE_CHECKING:
    from healthlint.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def _codes(value: str) -> list[str]:
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    for code in codes:
        if code != "ALL" and not (code[:1].isalpha() and code.isalnum() and code.isascii()):
            raise argparse.ArgumentTypeError(f"{code!r} is not a rule code or prefix (e.g. COM, COM101, ALL)")
    return codes


def _error(message: object) -> None:
    """One line on stderr, whatever the message holds."""
    print("healthlint: error: " + " ".join(str(message).split()), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line on stderr (and exit 2), like every other user error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def add_rule_options(p: argparse.ArgumentParser) -> None:
    """The configuration and rule-selection options shared by ``check`` and ``batch``."""
    p.add_argument("--config", help="configuration file (healthlint.toml or pyproject.toml)")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")
    p.add_argument("--select", type=_codes, help="rule codes or prefixes to enable (replaces config)")
    p.add_argument("--extend-select", type=_codes, help="rule codes or prefixes to add")
    p.add_argument("--ignore", type=_codes, help="rule codes or prefixes to disable")
    p.add_argument("--preview", action="store_true", default=None, help="enable preview rules")
    p.add_argument("--min-severity", choices=["info", "warning", "error"], help="leave out findings below this")
    p.add_argument("--readability-grade", type=float, help="target reading grade (default 12)")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="healthlint", description="Lint consumer health articles.")
    p.add_argument("--version", action="version", version=f"healthlint {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check files, directories, URLs or - (stdin)")
    c.add_argument("sources", nargs="+", metavar="FILE|DIR|URL|-")
    c.add_argument("--format", "-f", default="text", choices=["text", "json", "sarif", "github", "html"])
    c.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    c.add_argument("--input-format", choices=["text", "markdown", "html"], help="force the input format")
    add_rule_options(c)
    c.add_argument("--fail-on", choices=["info", "warning", "error"], help="exit 1 at or above (default warning)")
    c.add_argument("--no-color", action="store_true", help="never colour the output")
    c.add_argument("--no-context", action="store_true", help="do not show the underlined excerpt")
    c.add_argument("--allow-private-urls", action="store_true", help="allow URLs on private addresses")
    c.add_argument("--resolve", action="store_true",
                   help="look references up in Crossref/PubMed (online; cached on disk; off by default)")

    r = sub.add_parser("rules", help="list every rule")
    r.add_argument("--format", default="text", choices=["text", "json"])
    e = sub.add_parser("explain", help="show a rule's documentation")
    e.add_argument("code")
    a = sub.add_parser("annotate", help="print annotation layers")
    a.add_argument("sources", nargs="+", metavar="FILE|DIR|URL|-")
    a.add_argument("--format", default="json", choices=["json"])
    a.add_argument("--layers", type=lambda v: [x.strip() for x in v.split(",") if x.strip()],
                   default=["sentences"], help="comma-separated layers (default: sentences)")
    a.add_argument("--input-format", choices=["text", "markdown", "html"])
    a.add_argument("--allow-private-urls", action="store_true")
    a.add_argument("--resolve", action="store_true", help="look references up in Crossref/PubMed (online)")
    a.add_argument("--cue-strength", action="store_true",
                   help="claims: keep the cue rules' strengths (what rules judge by) instead of the model's")

    from healthlint.batch.command import add_parser as add_batch
    from healthlint.web.command import add_parser as add_serve

    add_batch(sub, add_rule_options)
    add_serve(sub)
    return p


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    from healthlint.finding import Severity

    out: dict[str, Any] = {}
    if args.select is not None:
        out["select"] = tuple(args.select)
    if args.extend_select is not None:
        out["extend_select"] = tuple(args.extend_select)
    if args.ignore is not None:
        out["ignore"] = tuple(args.ignore)
    if args.preview:
        out["preview"] = True
    if args.min_severity:
        out["min_severity"] = Severity.parse(args.min_severity)
    if args.fail_on:
        out["fail_on"] = Severity.parse(args.fail_on)
    if args.readability_grade is not None:
        if not 1 <= args.readability_grade <= 20:
            raise UsageError("--readability-grade must be between 1 and 20")
        out["readability_grade"] = args.readability_grade
    return out


def _use_color(args: argparse.Namespace) -> bool:
    if args.no_color or os.environ.get("NO_COLOR") or args.output:
        return False
    return sys.stdout.isatty()


def explicit_config(args: argparse.Namespace, overrides: dict[str, Any]) -> Config | None:
    """The configuration that ``--isolated`` or ``--config FILE`` asks for, with the command-line
    overrides applied; None when neither is given (each file then discovers its own)."""
    from healthlint.config import Config, load_file

    if args.isolated:
        return Config().with_overrides(overrides)
    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"{args.config}: no such configuration file")
        return (load_file(path) or Config(path=str(path))).with_overrides(overrides)
    return None


def cmd_check(args: argparse.Namespace) -> int:

    from healthlint.api import _config_for, check
    from healthlint.config import discover
    from healthlint.finding import Severity
    from healthlint.reporters import render

    overrides = _overrides(args)
    config = explicit_config(args, overrides)
    if config is None and args.sources == ["-"]:
        config = discover(Path.cwd()).with_overrides(overrides)
    report = check(args.sources, config, fmt=args.input_format, allow_private_urls=args.allow_private_urls,
                   overrides=overrides, resolve=args.resolve)
    for err in report.input_errors:
        _error(err)
    out = render(report, args.format, color=_use_color(args), show_context=not args.no_context)
    if args.output:
        try:
            Path(args.output).write_text(out, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.output}: cannot write the report ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(out)
    if config is not None or report.input_errors:
        return report.exit_code(config.fail_on if config is not None else Severity.WARNING)
    # each file was checked with the configuration found from its folder: so is its fail-on
    for result in report.documents:
        fail_on = _config_for(result.source, overrides).fail_on
        if any(f.severity >= fail_on for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from healthlint.rules import all_rules

    rules = all_rules()
    if args.format == "json":
        import json

        data = [{"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity),
                 "scope": r.scope, "status": r.status, "summary": r.summary} for r in rules]
        print(json.dumps(data, indent=2))
        return EXIT_OK
    width = max((len(r.name) for r in rules), default=4)
    for r in rules:
        print(f"{r.code}  {r.name:<{width}}  {r.category:<13} {r.severity!s:<8} {r.status:<8} {r.summary}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from healthlint.rules import rules_by_code

    code = args.code.strip().upper()
    found = rules_by_code().get(code)
    if found is None:
        raise UsageError(f"unknown rule {args.code!r} (see 'healthlint rules')")
    print(f"{found.code} ({found.name})")
    print(f"category: {found.category}  severity: {found.severity}  scope: {found.scope}  status: {found.status}")
    print()
    print(found.doc)
    return EXIT_OK


def cmd_annotate(args: argparse.Namespace) -> int:
    import json

    from healthlint.annotate import annotate
    from healthlint.ingest import InputError, expand_sources, read_source
    from healthlint.layers import layer_dict

    docs_out = []
    failed = False
    for source in expand_sources(args.sources):
        try:
            doc = read_source(source, fmt=args.input_format, allow_private_urls=args.allow_private_urls)
        except InputError as exc:
            _error(exc)
            failed = True
            continue
        annotate([doc], args.layers)
        if "claims" in args.layers and not args.cue_strength:
            from healthlint.annotate.claims import apply_strength_model

            apply_strength_model(doc)
        if args.resolve and "references" in args.layers:
            from healthlint.resolve import resolve_references

            for warning in resolve_references([doc]):
                _error(warning)
        docs_out.append({"source": source, "title": doc.metadata.title,
                         "layers": {layer: layer_dict(doc, layer) for layer in args.layers}})
    print(json.dumps({"healthlint": __version__, "documents": docs_out}, ensure_ascii=False, indent=2))
    return EXIT_ERROR if failed else EXIT_OK


def cmd_batch(args: argparse.Namespace) -> int:
    from healthlint.batch.command import run_command

    return run_command(args, _overrides(args))


def cmd_serve(args: argparse.Namespace) -> int:
    from healthlint.web.command import run_command

    return run_command(args)


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "explain": cmd_explain, "annotate": cmd_annotate,
            "batch": cmd_batch, "serve": cmd_serve}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed one line of usage error
        return EXIT_ERROR if exc.code else EXIT_OK
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    from healthlint.annotate import UnknownLayer
    from healthlint.config import ConfigError
    from healthlint.ingest import InputError

    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigError, InputError, UnknownLayer) as exc:
        _error(exc)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
