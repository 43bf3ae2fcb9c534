"""Configuration: prefix selection (longest prefix wins), per-file ignores, severity overrides,
loading and validation with messages that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import assert_clean_error, run
from healthlint.config import Config, ConfigError, discover, from_mapping, load_file
from healthlint.finding import Severity


@pytest.mark.parametrize(("config", "code", "enabled"), [
    (Config(), "COM101", True),
    (Config(select=("COM",)), "COM101", True),
    (Config(select=("COM",)), "CIT101", False),
    (Config(select=("COM1",)), "COM201", False),
    (Config(select=("COM",), ignore=("COM1",)), "COM101", False),
    (Config(select=("COM",), ignore=("COM1",)), "COM201", True),
    (Config(select=("COM101",), ignore=("COM",)), "COM101", True),   # longer select wins
    (Config(select=("COM",), ignore=("COM",)), "COM101", False),     # equal length: ignore wins
    (Config(select=("ALL",), ignore=("CIT",)), "CIT101", False),
    (Config(select=("ALL",), ignore=("CIT",)), "TRN101", True),
    (Config(select=("COM",), extend_select=("CIT1",)), "CIT101", True),
    (Config(select=("COM",), extend_select=("CIT1",)), "CIT201", False),
    (Config(ignore=("ALL",)), "COM101", False),
    (Config(ignore=("ALL",), extend_select=("TRN",)), "TRN101", True),
])
def test_prefix_selection(config: Config, code: str, enabled: bool) -> None:
    assert config.is_enabled(code) is enabled


def test_preview_rules_need_preview_or_an_explicit_code() -> None:
    assert not Config().is_enabled("CLM201", "preview")
    assert Config(preview=True).is_enabled("CLM201", "preview")
    assert Config(select=("CLM201",)).is_enabled("CLM201", "preview")
    assert Config(extend_select=("CLM201",)).is_enabled("CLM201", "preview")
    assert not Config(select=("CLM",)).is_enabled("CLM201", "preview")


def test_per_file_ignores(tmp_path: Path) -> None:
    cfg = Config(per_file_ignores={"*.html": ("COM",), "docs/*.md": ("TRN1",)}, root=str(tmp_path))
    assert not cfg.is_enabled("COM101", source="site/page.html")
    assert cfg.is_enabled("COM101", source="site/page.md")
    assert not cfg.is_enabled("TRN101", source="docs/a.md")
    assert not cfg.is_enabled("TRN101", source=str(tmp_path / "docs" / "a.md"))  # relative to the config
    assert cfg.is_enabled("TRN101", source="/elsewhere/docs2/a.md")
    assert cfg.is_enabled("TRN201", source="docs/a.md")
    assert cfg.file_ignores("-") == () and cfg.file_ignores(None) == ()


def test_severity_overrides_longest_prefix() -> None:
    cfg = Config(severity={"COM": Severity.INFO, "COM101": Severity.ERROR})
    assert cfg.severity_of("COM101", Severity.WARNING) is Severity.ERROR
    assert cfg.severity_of("COM102", Severity.WARNING) is Severity.INFO
    assert cfg.severity_of("CIT101", Severity.WARNING) is Severity.WARNING
    assert Config(severity={"ALL": Severity.ERROR}).severity_of("X", Severity.INFO) is Severity.ERROR


def test_with_overrides_replaces_select_and_adds_ignores() -> None:
    base = Config(select=("COM",), extend_select=("CIT",), ignore=("COM9",), fail_on=Severity.ERROR)
    out = base.with_overrides({"select": ("TRN",), "extend_select": ("RDB",), "ignore": ("TRN2",)})
    assert out.select == ("TRN",) and out.extend_select == ("CIT", "RDB") and out.ignore == ("COM9", "TRN2")
    assert out.fail_on is Severity.ERROR
    assert base.with_overrides({}) is base


def test_from_mapping_reads_every_key() -> None:
    cfg = from_mapping({
        "select": ["com", "TRN"], "extend-select": "CIT", "ignore": ["COM9"],
        "per-file-ignores": {"*.html": ["COM1"]}, "severity": {"COM101": "error"},
        "min-severity": "warning", "fail-on": "ERROR", "preview": True, "readability-grade": 9,
        "options": {"rdb101": {"target": 8}},
    }, "x.toml")
    assert cfg.select == ("COM", "TRN") and cfg.extend_select == ("CIT",) and cfg.ignore == ("COM9",)
    assert cfg.per_file_ignores == {"*.html": ("COM1",)} and cfg.severity == {"COM101": Severity.ERROR}
    assert cfg.min_severity is Severity.WARNING and cfg.fail_on is Severity.ERROR and cfg.preview
    assert cfg.readability_grade == 9.0 and cfg.options == {"RDB101": {"target": 8}} and cfg.path == "x.toml"


@pytest.mark.parametrize(("data", "needle"), [
    ({"selct": ["COM"]}, "unknown key 'selct'"),
    ({"select": 5}, "select"),
    ({"select": ["C@M"]}, "select"),
    ({"select": [1, 2]}, "select"),
    ({"ignore": {"a": 1}}, "ignore"),
    ({"per-file-ignores": ["*.md"]}, "per-file-ignores"),
    ({"per-file-ignores": {"*.md": 3}}, "per-file-ignores.*.md"),
    ({"severity": "error"}, "severity"),
    ({"severity": {"COM101": "fatal"}}, "severity.COM101"),
    ({"severity": {"COM101": 3}}, "severity.COM101"),
    ({"min-severity": 3}, "min-severity"),
    ({"fail-on": "sometimes"}, "fail-on"),
    ({"preview": "yes"}, "preview"),
    ({"readability-grade": "eight"}, "readability-grade"),
    ({"readability-grade": 99}, "readability-grade"),
    ({"readability-grade": True}, "readability-grade"),
    ({"options": {"COM101": 1}}, "options"),
])
def test_bad_values_name_the_file_and_key(data: dict[str, object], needle: str) -> None:
    with pytest.raises(ConfigError) as err:
        from_mapping(data, "conf/healthlint.toml")
    msg = str(err.value)
    assert msg.startswith("conf/healthlint.toml") and needle in msg, msg
    assert "\n" not in msg


def test_load_file_kinds(tmp_path: Path) -> None:
    py = tmp_path / "pyproject.toml"
    py.write_text('[project]\nname = "x"\n')
    assert load_file(py) is None
    py.write_text('[tool.healthlint]\nselect = ["COM"]\n')
    cfg = load_file(py)
    assert cfg is not None and cfg.select == ("COM",) and cfg.root == str(tmp_path)
    assert cfg.path is not None and "[tool.healthlint]" in cfg.path
    hl = tmp_path / "healthlint.toml"
    hl.write_text('ignore = ["TRN"]\n')
    assert load_file(hl).ignore == ("TRN",)  # type: ignore[union-attr]
    hl.write_text('[tool.healthlint]\nignore = ["CIT"]\n')
    assert load_file(hl).ignore == ("CIT",)  # type: ignore[union-attr]
    hl.write_text("ignore = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_file(hl)
    hl.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ConfigError, match=r"healthlint\.toml"):
        load_file(hl)


def test_discover_walks_up_to_the_nearest(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.healthlint]\nselect = ["COM"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "no section"\n')
    assert discover(deep).select == ("COM",)
    (deep / "healthlint.toml").write_text('select = ["TRN"]\n')
    assert discover(deep).select == ("TRN",)
    assert discover(deep / "missing.md").select == ("TRN",)


# ---- through the command line ---------------------------------------------------------------


@pytest.mark.parametrize(("filename", "content", "needles"), [
    ("healthlint.toml", 'selct = ["COM"]\n', ("healthlint.toml", "unknown key 'selct'")),
    ("healthlint.toml", 'select = "C@M"\n', ("healthlint.toml", "select")),
    ("healthlint.toml", 'fail-on = 2\n', ("healthlint.toml", "fail-on")),
    ("pyproject.toml", '[tool.healthlint]\nreadability-grade = "x"\n', ("pyproject.toml", "readability-grade")),
    ("pyproject.toml", '[tool.healthlint]\nseverity = {COM101 = "loud"}\n', ("pyproject.toml", "severity.COM101")),
    ("healthlint.toml", "select = [\n", ("healthlint.toml", "invalid TOML")),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path: Path, filename: str, content: str,
                                           needles: tuple[str, ...]) -> None:
    (tmp_path / filename).write_text(content)
    (tmp_path / "a.txt").write_text("Buy now.\n")
    assert_clean_error(run("check", str(tmp_path / "a.txt")), *needles)
    assert_clean_error(run("check", "-", stdin=b"Buy now.", cwd=tmp_path), *needles)
    assert run("check", str(tmp_path / "a.txt"), "--isolated").returncode == 1


def test_explicit_config_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Buy now.\n")
    assert_clean_error(run("check", str(tmp_path / "a.txt"), "--config", str(tmp_path / "nope.toml")),
                       "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = true\n")
    assert_clean_error(run("check", str(tmp_path / "a.txt"), "--config", str(bad)), "bad.toml", "colour")
    good = tmp_path / "good.toml"
    good.write_text('ignore = ["COM"]\n')
    assert run("check", str(tmp_path / "a.txt"), "--config", str(good)).returncode == 0
