"""The PySpark adapter: its per-partition and per-file functions on plain Python iterables, and
(only where pyspark is installed) one real local-mode run."""

from __future__ import annotations

import io
import json
import pickle
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from cli_support import install
from healthlint.batch import runner as batch
from healthlint.batch import spark as adapter
from healthlint.config import Config
from test_warc import build_warc

RECORDS: list[Any] = [
    json.dumps({"id": "a", "text": "Studies show zinc works. Buy now.", "format": "text"}),
    {"id": "b", "text": "Nothing to see.", "format": "text", "title": None, "url": "https://b.example/"},
    "{not json",
    b'{"id": "c", "text": "Use coupon code Z.", "format": "markdown"}',
    {"id": "d"},
]


class FakeRow:
    """Stands in for pyspark.sql.Row: a tuple with asDict()."""

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def asDict(self, recursive: bool = False) -> dict[str, Any]:  # pyspark.sql.Row spells it so
        return dict(self.fields)


def test_partition_function_matches_the_local_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    got = list(adapter.check_numbered(((r, i) for i, r in enumerate(RECORDS)), Config()))
    lines = [r if isinstance(r, str) else r.decode() if isinstance(r, bytes) else json.dumps(r) for r in RECORDS]
    out = io.StringIO()
    batch.run(lines, out, config=Config())
    assert [adapter.to_json(r) for r in got] == out.getvalue().splitlines()
    assert [r["line"] for r in got] == [1, 2, 3, 4, 5] and [r["ok"] for r in got] == [True, True, False, True, False]
    assert got[1]["document"]["source"] == "b"


def test_rows_and_mappings(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    row = FakeRow(id=7, text="Buy now, studies show.", format="text", author=None, authors=["Ann Lee"])
    [record] = adapter.check_numbered([(row, 41)])
    assert record["line"] == 42 and record["id"] == 7 and record["ok"]
    assert {f["code"] for f in record["document"]["findings"]} == {"CIT901", "COM901"}
    assert adapter.check_value(1, 3.5) == {"line": 1, "id": None, "ok": False, "error": "record is not a JSON object"}


def test_warc_file_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    got = list(adapter.check_warc_file(f"file://{path}"))
    out = io.StringIO()
    with path.open("rb") as fh:
        batch.run_warc(fh, out, config=Config())
    local = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [{k: v for k, v in r.items() if k != "warc"} for r in got] == local
    assert len(got) == 7 and {r["warc"] for r in got} == {f"file://{path}"}
    missing = list(adapter.check_warc_file(str(tmp_path / "nope.warc.gz")))
    assert len(missing) == 1 and not missing[0]["ok"] and "cannot read" in missing[0]["error"]
    opened: list[str] = []

    def opener(p: str) -> io.BytesIO:
        opened.append(p)
        return io.BytesIO(path.read_bytes())

    assert len(list(adapter.check_warc_file("s3://bucket/x.warc.gz", opener=opener))) == 7
    assert opened == ["s3://bucket/x.warc.gz"]


def test_the_shipped_functions_pickle() -> None:
    config = Config(select=("COM",))
    for fn in (partial(adapter.check_numbered, config=config), partial(adapter.check_warc_file, config=config)):
        again = pickle.loads(pickle.dumps(fn))
        assert again.func is fn.func and again.keywords == {"config": config}


def test_importing_the_adapter_imports_no_pyspark_or_warcio() -> None:
    code = "import sys, healthlint.batch.spark; print(sorted(m for m in ('pyspark', 'warcio') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_real_local_spark(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One real local-mode run with the real rules (executors import healthlint afresh).
    pyspark is in the dev extra and .ci/run makes sure Java is there: this test always runs."""
    from pyspark import SparkConf, SparkContext

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(build_warc(False))
    jsonl = tmp_path / "in.jsonl"
    lines = [r if isinstance(r, str) else r.decode() if isinstance(r, bytes) else json.dumps(r) for r in RECORDS]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    conf = (SparkConf().setMaster("local[2]").setAppName("healthlint-test").set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    try:
        records = adapter.check_records(sc.textFile(str(jsonl), minPartitions=2)).collect()
        pages = adapter.check_warc_files(sc, [str(warc), str(tmp_path / "missing.warc")]).collect()
    finally:
        sc.stop()
    out = io.StringIO()
    batch.run(lines, out, config=Config())
    assert [adapter.to_json(r) for r in records] == out.getvalue().splitlines()
    warc_out = io.StringIO()
    with warc.open("rb") as fh:
        batch.run_warc(fh, warc_out, config=Config())
    assert [{k: v for k, v in r.items() if k != "warc"} for r in pages[:7]] == [
        json.loads(line) for line in warc_out.getvalue().splitlines()]
    assert len(pages) == 8 and "cannot read" in pages[7]["error"]
