"""The wheel carries everything healthlint needs and runs on its own, offline.

Builds the wheel (``python -m build --wheel --no-isolation``: the build backend comes from the
dev extra, so no download), installs it with ``pip install --no-deps`` into a fresh venv made with
``--system-site-packages``, and runs ``healthlint`` from there with the working directory outside
the repository, so the source tree cannot be imported by accident.

The dependencies come from the environment running the tests: a venv's "system" site-packages
are the base interpreter's, so the current environment's site-packages are added behind the
new venv's own through a ``.pth`` line (which adds the folder but runs none of its ``.pth``
files, so the editable install of the source tree stays out).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "healthlint"
ARTICLE = """---
title: Magnesium for cramps
---
# Magnesium for cramps

Studies show magnesium cures leg cramps overnight. Click on the link here to buy now and get
a discount with coupon code SAVE20. Source: EzineArticles.com
"""


def _package_files() -> set[str]:
    out = set()
    for path in PACKAGE.rglob("*"):
        rel = path.relative_to(PACKAGE.parent)
        if path.is_file() and "__pycache__" not in rel.parts and path.suffix not in (".pyc", ".pyo"):
            out.add(rel.as_posix())
    return out


def _offline_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    dead = "http://127.0.0.1:9"  # any attempt to reach the network fails at once
    env.update(http_proxy=dead, https_proxy=dead, HTTP_PROXY=dead, HTTPS_PROXY=dead, no_proxy="", NO_PROXY="",
               PIP_NO_INDEX="1", PYTHONNOUSERSITE="1", NO_COLOR="1")
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
                           str(REPO)], capture_output=True, text=True, env=_offline_env(), timeout=180)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (found,) = out.glob("healthlint-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(root)],
                   check=True, timeout=120)
    python = root / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                           "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
                          capture_output=True, text=True, env=_offline_env(), timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return root


def test_wheel_contains_every_package_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = {n for n in zf.namelist() if n.startswith("healthlint/")}
    expected = _package_files()
    assert sorted(expected - names) == [], "files missing from the wheel"
    assert sorted(names - expected) == [], "unexpected files in the wheel"


def test_installed_wheel_runs_offline(venv: Path, tmp_path: Path) -> None:
    article = tmp_path / "cramps.md"
    article.write_text(ARTICLE)
    env = _offline_env()
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import healthlint; print(healthlint.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True).stdout.strip()
    assert Path(where).resolve().is_relative_to(venv.resolve()), where
    assert not Path(where).resolve().is_relative_to(REPO)

    started = time.monotonic()
    proc = subprocess.run([str(venv / "bin" / "healthlint"), "check", str(article), "--format", "json"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    (doc,) = report["documents"]
    assert doc["errors"] == [] and doc["title"] == "Magnesium for cramps"
    assert doc["score"]["overall"] is not None
    assert time.monotonic() - started < 60

    rules = subprocess.run([str(venv / "bin" / "healthlint"), "rules", "--format", "json"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert rules.returncode == 0, rules.stderr
    listed = json.loads(rules.stdout)
    from healthlint.rules import all_rules

    assert [r["code"] for r in listed] == [r.code for r in all_rules()]  # data rules came along too
