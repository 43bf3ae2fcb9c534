"""``healthlint batch``: one output record per input line, in order, errors as records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cli_support import assert_clean_error, install, run
from healthlint.batch import runner as batch
from healthlint.config import Config

GOOD = {"id": "a1", "title": "Magnesium", "authors": ["Ann Lee", ""], "publish_date": 1544936400.0,
        "source": "https://news.example", "url": "https://news.example/a1",
        "text": "Please buy now. Studies show magnesium helps.\n"}
LINES = [
    json.dumps(GOOD),
    json.dumps({"id": 2, "text": "Nothing to report here.", "format": "text"}),
    "",
    "{not json",
    "[1, 2, 3]",
    json.dumps({"id": "no-text"}),
    json.dumps({"id": "empty", "text": "   "}),
    json.dumps({"id": "fmt", "text": "x", "format": "pdf"}),
    json.dumps({"id": "html", "format": "html", "text": "<p>Click to <b>buy now</b>.</p>"}),
    json.dumps({"id": "md", "format": "markdown", "text": "# T\n\n**Buy now** with coupon code X.\n"}),
]


@pytest.fixture(autouse=True)
def _fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)


def test_record_metadata() -> None:
    meta = batch.record_metadata(GOOD)
    assert meta == {"title": "Magnesium", "author": "Ann Lee", "date": "2018-12-16", "url": "https://news.example/a1",
                    "site_name": "https://news.example", "description": None}
    assert batch.record_metadata({"date": "2020-01-02", "author": "X"})["date"] == "2020-01-02"
    assert batch.record_metadata({"publish_date": 1e20})["date"] is None
    assert batch.record_metadata({"publish_date": True})["date"] == "True"


def test_every_line_gives_one_record_in_order() -> None:
    out = io.StringIO()
    stats = batch.run(LINES, out, config=Config())
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["line"] for r in records] == list(range(1, len(LINES) + 1))
    assert [r["ok"] for r in records] == [True, True, False, False, False, False, False, False, True, True]
    assert (stats.records, stats.ok, stats.errors) == (10, 4, 6)
    first = records[0]["document"]
    assert first["source"] == "a1" and first["title"] == "Magnesium"
    assert sorted(f["code"] for f in first["findings"]) == ["CIT901", "COM901"]
    assert stats.findings == sum(len(r["document"]["findings"]) for r in records if r["ok"])
    errors = {r["line"]: r["error"] for r in records if not r["ok"]}
    assert errors[3] == "blank line" and errors[4].startswith("invalid JSON")
    assert "not a JSON object" in errors[5] and "no 'text'" in errors[6] and errors[7] == "empty text"
    assert "unknown format 'pdf'" in errors[8]
    assert records[5]["id"] == "no-text" and records[3]["id"] is None
    assert records[8]["document"]["findings"][0]["excerpt"] == "buy now"
    md = records[9]["document"]
    assert {f["code"] for f in md["findings"]} == {"COM901", "COM902"}


def test_a_crashing_record_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import healthlint.api

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaput\nsecond line")

    monkeypatch.setattr(healthlint.api, "check_text", boom)
    record = batch.process_line(7, json.dumps({"id": "z", "text": "hello"}))
    assert record == {"line": 7, "id": "z", "ok": False, "error": "RuntimeError: kaput second line"}


def test_cli_with_workers_matches_one_process(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(LINES * 3) + "\n", encoding="utf-8")
    # worker processes import healthlint afresh: the real rules on both sides
    one = run("batch", str(src), "-o", str(tmp_path / "one.jsonl"), "--isolated", fake=False)
    two = run("batch", str(src), "-o", str(tmp_path / "two.jsonl"), "--isolated", "--workers", "2", fake=False)
    assert one.returncode == two.returncode == 1  # some lines are error records
    assert "30 record(s), 12 checked, 18 error(s)" in two.stderr
    a = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    b = (tmp_path / "two.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(a) == 30 and a == b


def test_cli_stdin_stdout_selection_and_bad_bytes() -> None:
    data = (json.dumps(GOOD) + "\n").encode() + b'{"id": "bad", "text": "caf\xff buy now"}\n'
    proc = run("batch", "-", "--select", "COM", "--isolated", "-q", stdin=data)
    assert proc.returncode == 0 and proc.stderr == ""
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [[f["code"] for f in r["document"]["findings"]] for r in records] == [["COM901"], ["COM901"]]


def test_cli_errors(tmp_path: Path) -> None:
    assert_clean_error(run("batch", str(tmp_path / "missing.jsonl")), "missing.jsonl", "cannot read")
    assert_clean_error(run("batch", str(tmp_path)), "cannot read")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n")
    assert_clean_error(run("batch", str(src), "-o", str(tmp_path / "no" / "out.jsonl")), "cannot write")
    assert_clean_error(run("batch", str(src), "--workers", "-1"), "--workers")
    (tmp_path / "healthlint.toml").write_text("bogus = 1\n")
    assert_clean_error(run("batch", str(src), cwd=tmp_path), "bogus")
