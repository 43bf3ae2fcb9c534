"""The command line: selection flags, per-file ignores, severity overrides, --min-severity,
--fail-on exit codes, colour, output formats and files, and the rules/explain commands.

Most tests run ``cli.main`` in-process with a fixed set of fake rules (see cli_support.py);
the ones about processes (TTY, environment, stdin) run a subprocess.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cli_support import FAKE_RULES, HERE, assert_clean_error, env, install, run
from healthlint import cli
from test_reporters import assert_documented_json_shape

TEXT = "Please buy now. Studies show it works. Use coupon code SAVE10. Written by anonymous.\n"


@pytest.fixture(autouse=True)
def _fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT)
    return path


def main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def codes(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    code, out, err = main(capsys, *argv, "--format", "json", "--isolated")
    assert code in (0, 1), err
    return sorted(f["code"] for d in json.loads(out)["documents"] for f in d["findings"])


# ---- selection -----------------------------------------------------------------------------


@pytest.mark.parametrize(("flags", "expected"), [
    ((), ["CIT901", "COM901", "COM902", "TRN901"]),
    (("--select", "COM"), ["COM901", "COM902"]),
    (("--select", "com9,TRN"), ["COM901", "COM902", "TRN901"]),
    (("--select", "COM", "--ignore", "COM902"), ["COM901"]),
    (("--select", "COM901", "--ignore", "COM"), ["COM901"]),  # the longer prefix wins
    (("--select", "COM", "--ignore", "COM"), []),  # equal length: ignore wins
    (("--ignore", "COM,TRN"), ["CIT901"]),
    (("--select", "TRN", "--extend-select", "CIT"), ["CIT901", "TRN901"]),
    (("--ignore", "ALL", "--extend-select", "COM901"), ["COM901"]),
    (("--select", "XYZ"), []),
])
def test_select_ignore_extend_select(capsys: pytest.CaptureFixture[str], article: Path,
                                     flags: tuple[str, ...], expected: list[str]) -> None:
    assert codes(capsys, "check", str(article), *flags) == expected


def test_cli_flags_add_to_config_lists(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "healthlint.toml").write_text('ignore = ["COM902"]\nextend-select = []\n')
    (tmp_path / "a.txt").write_text(TEXT)
    _, out, _ = main(capsys, "check", str(tmp_path / "a.txt"), "--ignore", "TRN", "--format", "json")
    assert sorted(f["code"] for f in json.loads(out)["documents"][0]["findings"]) == ["CIT901", "COM901"]


def test_per_file_ignores_from_config(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.healthlint]\nper-file-ignores = {"*.md" = ["COM"], "sub/*.txt" = ["CIT", "TRN"]}\n')
    (tmp_path / "sub").mkdir()
    for name in ("a.md", "b.txt", "sub/c.txt"):
        (tmp_path / name).write_text(TEXT)
    _, out, _ = main(capsys, "check", str(tmp_path), "--format", "json")
    got = {Path(d["source"]).name: sorted(f["code"] for f in d["findings"]) for d in json.loads(out)["documents"]}
    assert got == {"a.md": ["CIT901", "TRN901"], "b.txt": ["CIT901", "COM901", "COM902", "TRN901"],
                   "c.txt": ["COM901", "COM902"]}


def test_severity_overrides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "healthlint.toml").write_text('[severity]\nCOM = "error"\nCOM902 = "info"\nCIT901 = "info"\n')
    (tmp_path / "a.txt").write_text(TEXT)
    _, out, _ = main(capsys, "check", str(tmp_path / "a.txt"), "--format", "json")
    sev = {f["code"]: f["severity"] for f in json.loads(out)["documents"][0]["findings"]}
    assert sev == {"CIT901": "info", "COM901": "error", "COM902": "info", "TRN901": "warning"}


@pytest.mark.parametrize(("level", "expected"), [
    ("info", ["CIT901", "COM901", "COM902", "TRN901"]),
    ("warning", ["CIT901", "COM901", "TRN901"]),
    ("error", ["CIT901"]),
])
def test_min_severity(capsys: pytest.CaptureFixture[str], article: Path, level: str, expected: list[str]) -> None:
    assert codes(capsys, "check", str(article), "--min-severity", level) == expected


@pytest.mark.parametrize(("text", "flags", "exit_code"), [
    (TEXT, (), 1),
    ("Nothing wrong here.\n", (), 0),
    ("Use coupon code X.\n", (), 0),  # info only: below the default fail-on (warning)
    ("Use coupon code X.\n", ("--fail-on", "info"), 1),
    ("Please buy now.\n", ("--fail-on", "error"), 0),
    ("Studies show it.\n", ("--fail-on", "error"), 1),
    ("Studies show it.\n", ("--fail-on", "error", "--min-severity", "error"), 1),
    ("Please buy now.\n", ("--ignore", "COM"), 0),
])
def test_fail_on_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str,
                            flags: tuple[str, ...], exit_code: int) -> None:
    (tmp_path / "a.txt").write_text(text)
    code, _, err = main(capsys, "check", str(tmp_path / "a.txt"), "--isolated", *flags)
    assert code == exit_code, err


def test_fail_on_from_config(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "strict").mkdir()
    (tmp_path / "lax").mkdir()
    (tmp_path / "strict" / "healthlint.toml").write_text('fail-on = "info"\n')
    (tmp_path / "lax" / "healthlint.toml").write_text('fail-on = "error"\n')
    (tmp_path / "strict" / "a.txt").write_text("Use coupon code X.\n")
    (tmp_path / "lax" / "a.txt").write_text("Please buy now.\n")
    assert main(capsys, "check", str(tmp_path / "lax" / "a.txt"))[0] == 0
    assert main(capsys, "check", str(tmp_path / "strict" / "a.txt"))[0] == 1
    assert main(capsys, "check", str(tmp_path / "lax" / "a.txt"), "--fail-on", "warning")[0] == 1


def test_input_error_wins_over_findings(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    code, out, err = main(capsys, "check", str(article), str(tmp_path / "missing.txt"))
    assert code == 2 and err.count("\n") == 1 and "missing.txt" in err
    assert "COM901" in out


# ---- output --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_every_format_renders(capsys: pytest.CaptureFixture[str], article: Path, fmt: str) -> None:
    code, out, err = main(capsys, "check", str(article), "--format", fmt, "--isolated")
    assert code == 1 and err == ""
    if fmt in ("json", "sarif"):
        data = json.loads(out)
        if fmt == "sarif":
            ids = [r["id"] for r in data["runs"][0]["tool"]["driver"]["rules"]]
            assert ids == [r.code for r in FAKE_RULES]
            assert len(data["runs"][0]["results"]) == 4
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and out.count("<mark") >= 3
    elif fmt == "github":
        assert "::error file=" in out and "title=CIT901 fake-studies-show" in out
    else:
        assert f"{article}:1:8: COM901 [warning]" in out


def test_output_file(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = main(capsys, "check", str(article), "--format", "json", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["documents"][0]["source"] == str(article)
    code, _, err = main(capsys, "check", str(article), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert code == 2 and err.count("\n") == 1 and "cannot write" in err


def test_no_context(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    _, out, _ = main(capsys, "check", str(article), "--no-context", "--isolated")
    assert "^^^" not in out
    _, out, _ = main(capsys, "check", str(article), "--isolated")
    assert "^^^^^^^" in out


def test_json_offsets_index_the_text(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    _, out, _ = main(capsys, "check", str(article), "--format", "json", "--isolated")
    for f in json.loads(out)["documents"][0]["findings"]:
        if f["start"] is not None:
            assert TEXT[f["start"]:f["end"]] == f["excerpt"]


# ---- colour ------------------------------------------------------------------------------------


def _run_on_tty(args: list[str], extra_env: dict[str, str]) -> str:
    """Run the fake-rule CLI with stdout on a pseudo-terminal; returns what it printed."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, str(HERE / "cli_support.py"), *args], stdout=follower,
                                stderr=subprocess.PIPE, env=env(**extra_env))
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=60)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_tty(article: Path) -> None:
    assert "\033[" in _run_on_tty(["check", str(article), "--isolated"], {})
    assert "\033[" not in _run_on_tty(["check", str(article), "--isolated", "--no-color"], {})
    assert "\033[" not in _run_on_tty(["check", str(article), "--isolated"], {"NO_COLOR": "1"})
    piped = run("check", str(article), "--isolated")
    assert piped.returncode == 1 and "\033[" not in piped.stdout


def test_no_color_in_file_output(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    main(capsys, "check", str(article), "-o", str(target))
    assert "\033[" not in target.read_text()


# ---- other commands and usage errors -----------------------------------------------------------


def test_rules_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(capsys, "rules")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == [r.code for r in FAKE_RULES]
    code, out, _ = main(capsys, "rules", "--format", "json")
    data: list[dict[str, Any]] = json.loads(out)
    assert {"code", "name", "category", "severity", "scope", "status"} <= set(data[0])


def test_explain_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(capsys, "explain", "com901")
    assert code == 0 and out.startswith("COM901 (fake-buy-now)") and "## Why it matters" in out
    code, _, err = main(capsys, "explain", "XYZ999")
    assert code == 2 and "unknown rule" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ["check"], ["nope"], ["check", "a.txt", "--format", "xml"], ["check", "a.txt", "--select", "C@M"],
    ["check", "a.txt", "--readability-grade", "50"], ["check", "a.txt", "--fail-on", "never"],
    ["annotate", "a.txt", "--layers", "nonsense"],
])
def test_usage_errors_are_one_line(argv: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text here.\n")
    assert_clean_error(run(*argv, cwd=tmp_path))


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = main(capsys)
    assert code == 2 and "usage" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from healthlint import __version__

    assert cli.main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_real_rules_run_from_a_subprocess(tmp_path: Path) -> None:
    """The installed command with the real rules: no traceback, a sane exit code."""
    (tmp_path / "a.md").write_text("# Magnesium\n\nClick on the link here to buy now. Studies show it cures cramps.\n")
    proc = run("check", str(tmp_path / "a.md"), "--format", "json", fake=False)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    data = json.loads(proc.stdout)
    assert_documented_json_shape(data)
    assert data["documents"][0]["score"]["overall"] is not None
