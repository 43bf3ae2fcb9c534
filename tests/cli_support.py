"""Helpers for the CLI and input tests: a fixed set of fake rules (so exit codes and selection
do not depend on the real rule families, which keep changing) and ways to run the CLI.

Run as a script (``python tests/cli_support.py check ...``) it is the ``healthlint`` command
with the fake rules installed, for tests that need a real process (stdin, TTY, environment).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from healthlint.document import Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import Rule, RuleContext, rule

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


def _phrase_rule(code: str, name: str, category: str, severity: Severity, phrase: str,
                 requires: tuple[str, ...] = ()) -> Rule:
    pattern = re.compile(phrase, re.I)

    def find(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
        for m in pattern.finditer(doc.text):
            yield Hit(Span(m.start(), m.end()), f"{name}: {m.group(0)!r}", evidence={"match": m.group(0)})

    find.__doc__ = (f"Fake rule for tests: {phrase}.\n\n## Why it matters\nx\n## Example\n> x\n## Better\n> y\n"
                    "## References\n- none")
    return rule(code, name, category=category, severity=severity, scope="sentence", requires=requires)(find)


def _anonymous(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Fake document-level rule: the word "anonymous" anywhere.

    ## Why it matters
    x
    ## Example
    > anonymous
    ## Better
    > By Ann Lee
    ## References
    - none
    """
    if "anonymous" in doc.text.lower():
        yield Hit(None, "written anonymously")


FAKE_RULES: tuple[Rule, ...] = (
    _phrase_rule("CIT901", "fake-studies-show", "citations", Severity.ERROR, r"studies show", ("sentences",)),
    _phrase_rule("COM901", "fake-buy-now", "commercial", Severity.WARNING, r"buy now"),
    _phrase_rule("COM902", "fake-coupon", "commercial", Severity.INFO, r"coupon code"),
    rule("TRN901", "fake-anonymous", category="transparency", severity=Severity.WARNING, scope="document",
         requires=())(_anonymous),
)


def install(monkeypatch: Any) -> None:
    """Make the checker and the rule listing see only :data:`FAKE_RULES`."""
    import healthlint.api
    import healthlint.rules

    monkeypatch.setattr(healthlint.api, "all_rules", lambda: FAKE_RULES)
    monkeypatch.setattr(healthlint.rules, "all_rules", lambda: FAKE_RULES)
    monkeypatch.setattr(healthlint.api, "_CONFIG_CACHE", {})


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    out["PYTHONPATH"] = os.pathsep.join([str(SRC), str(HERE)])
    out.update(extra)
    return out


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, fake: bool = True,
        timeout: float = 120, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run ``healthlint ARGS`` in a new process (with the fake rules unless ``fake=False``)."""
    cmd = [sys.executable, str(HERE / "cli_support.py"), *args] if fake else \
        [sys.executable, "-m", "healthlint", *args]
    proc = subprocess.run(cmd, input=stdin, capture_output=True, cwd=cwd, env=env(**extra_env), timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def assert_clean_error(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    """Exit 2, one line on stderr naming what went wrong, no traceback; returns that line."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def _main() -> int:
    import healthlint.api
    import healthlint.rules
    from healthlint.cli import main

    healthlint.api.all_rules = lambda: FAKE_RULES  # type: ignore[assignment]
    healthlint.rules.all_rules = lambda: FAKE_RULES  # type: ignore[assignment]
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
