"""``healthlint batch``: the command-line face of :mod:`healthlint.batch`.

Input is JSON Lines, or WARC for ``.warc``/``.warc.gz`` files and ``--input-format warc``.
Exit codes: 0 every line (every WARC page) gave a result or skipped record, 1 some gave error
records, 2 usage or input error (unreadable input, unwritable output, bad configuration).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TextIO


def add_parser(sub: Any, add_rule_options: Callable[[Any], None]) -> None:
    b = sub.add_parser("batch", help="check JSON Lines records (one article per line) or WARC pages into JSON Lines")
    b.add_argument("input", metavar="INPUT.jsonl|INPUT.warc[.gz]|-")
    b.add_argument("--input-format", choices=INPUT_FORMATS, default=None,
                   help="jsonl or warc (default: warc for .warc and .warc.gz names, else jsonl)")
    b.add_argument("--output", "-o", help="write the records here instead of stdout")
    b.add_argument("--workers", "-j", type=int, default=1, help="processes (default 1; 0 = one per CPU)")
    add_rule_options(b)
    b.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    b.set_defaults(fail_on=None)


INPUT_FORMATS = ("jsonl", "warc")
WARC_SUFFIXES = (".warc", ".warc.gz")


def input_format(name: str, given: str | None) -> str:
    if given:
        return given
    return "warc" if name.lower().endswith(WARC_SUFFIXES) else "jsonl"


def _open_binary(name: str) -> BinaryIO:
    if name == "-":
        return sys.stdin.buffer
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(21, "is a directory")
    return path.open("rb")


def _open_input(name: str) -> TextIO:
    if name == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(21, "is a directory")
    return path.open(encoding="utf-8", errors="replace", newline="\n")


def run_command(args: argparse.Namespace, overrides: dict[str, Any]) -> int:
    from healthlint.batch.runner import run, run_warc
    from healthlint.cli import UsageError, explicit_config
    from healthlint.config import discover

    if args.workers < 0:
        raise UsageError("--workers must be 0 (one per CPU) or more")
    workers = args.workers or os.cpu_count() or 1
    config = explicit_config(args, overrides) or discover(Path.cwd()).with_overrides(overrides)
    warc = input_format(args.input, args.input_format) == "warc"
    with contextlib.ExitStack() as stack:
        try:
            binary = _open_binary(args.input) if warc else None
            if binary is not None and args.input != "-":
                stack.enter_context(binary)
            source = None if warc else stack.enter_context(_open_input(args.input))
        except OSError as exc:
            raise UsageError(f"{args.input}: cannot read ({exc.strerror or exc})") from None
        out: TextIO = sys.stdout
        if args.output:
            try:
                out = stack.enter_context(Path(args.output).open("w", encoding="utf-8"))
            except OSError as exc:
                raise UsageError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
        if binary is not None:
            stats = run_warc(binary, out, workers=workers, config=config)
        else:
            assert source is not None
            stats = run(source, out, workers=workers, config=config)
    if not args.quiet:
        rate = stats.records / stats.seconds if stats.seconds else 0.0
        skipped = f", {stats.skipped} skipped" if warc else ""
        print(f"healthlint batch: {stats.records} record(s), {stats.ok} checked, {stats.errors} error(s){skipped}, "
              f"{stats.findings} finding(s) in {stats.seconds:.1f} s ({rate:.1f} records/s, {workers} worker(s))",
              file=sys.stderr)
        if stats.other:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(stats.other.items()))
            print(f"healthlint batch: {stats.other.total()} other WARC record(s) hold no page, not written ({kinds})",
                  file=sys.stderr)
    return 1 if stats.errors else 0
