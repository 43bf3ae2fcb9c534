"""A thin PySpark adapter: the batch checks of :mod:`healthlint.batch.runner` on a Spark cluster.

pyspark is not a dependency of healthlint and is never imported here: the functions below take
Spark objects (an RDD, a DataFrame, a SparkContext) and only call their methods, and the work
shipped to the executors is plain picklable functions (:func:`check_numbered`,
:func:`check_warc_file`) that call the same per-record functions as ``healthlint batch``
(:func:`~healthlint.batch.runner.process_line`, :func:`~healthlint.batch.runner.process_record`,
:func:`~healthlint.batch.runner.process_warc_item`, which call :mod:`healthlint.api`).  Output
records are the dictionaries ``healthlint batch`` writes as JSON lines.

Set-up: ``pip install 'healthlint[spark]'`` on the driver (pyspark, which needs Java 17+), and the
same healthlint version on every executor (a shared virtual environment, ``--archives`` with a
packed one, or ``spark.submit.pyFiles``); healthlint reads nothing at run time beyond its package.

Usage::

    from pyspark.sql import SparkSession
    from healthlint.batch.spark import check_records, check_warc_files, to_json
    from healthlint.config import Config

    spark = SparkSession.builder.appName("healthlint").getOrCreate()
    config = Config(select=("CLM", "COM"))           # optional; default: every stable rule

    # JSON Lines (one article per line, as for `healthlint batch`): "line" counts from 1 across
    # the files in order (zipWithIndex, which costs one extra pass to count the partitions)
    results = check_records(spark.sparkContext.textFile("s3a://bucket/articles/*.jsonl"), config)

    # a DataFrame with a `text` column and optionally id, format, title, author(s), date, url, ...
    # (spark.read.json, .parquet, ...; not spark.read.text, whose rows are lines, not records)
    results = check_records(spark.read.parquet("s3a://bucket/articles.parquet"), config)

    # WARC files, one task per file (Common Crawl style); `opener` reads a path as bytes on the
    # executor, e.g. with fsspec/boto3 for s3:// paths (default: local or shared-filesystem paths)
    paths = ["/data/crawl/CC-MAIN-00000.warc.gz", "/data/crawl/CC-MAIN-00001.warc.gz"]
    results = check_warc_files(spark.sparkContext, paths, config)

    results.map(to_json).saveAsTextFile("s3a://bucket/out")      # JSON Lines, as `healthlint batch`
    ok = results.filter(lambda r: r["ok"]).map(lambda r: (r["id"], r["document"]["score"]["overall"]))

WARC output records carry ``warc`` (the file) besides ``record``, ``offset``, ``id`` and ``url``;
the crawl's bookkeeping records (warcinfo, request, metadata, ...) give no output record here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import IO, Any

from healthlint.batch.runner import process_line, process_record, process_warc_item
from healthlint.config import Config

Opener = Callable[[str], IO[bytes]]


def open_local(path: str) -> IO[bytes]:
    """Open a local (or shared-filesystem) path, ``file://`` URLs included, for reading bytes."""
    return open(path.removeprefix("file://"), "rb")  # the caller closes it


def check_value(line_no: int, value: Any, config: Config | None = None) -> dict[str, Any]:
    """One input value -> one output record: a JSON line (str), a mapping, or a Spark ``Row``."""
    if isinstance(value, str):
        return process_line(line_no, value, config)
    if isinstance(value, bytes | bytearray):
        return process_line(line_no, bytes(value).decode("utf-8", "replace"), config)
    as_dict = getattr(value, "asDict", None)
    if callable(as_dict):  # pyspark.sql.Row
        value = as_dict(recursive=True)
    if isinstance(value, Mapping) and not isinstance(value, dict):
        value = dict(value)
    if isinstance(value, dict):  # Spark gives None for absent columns: drop them
        value = {k: v for k, v in value.items() if v is not None}
    return process_record(line_no, value, config)


def check_numbered(pairs: Iterable[tuple[Any, int]], config: Config | None = None) -> Iterator[dict[str, Any]]:
    """The per-partition function: ``(value, index)`` pairs (``RDD.zipWithIndex``, index from 0)
    -> output records with ``line`` = index + 1.  Pure Python; never raises for a bad value."""
    for value, index in pairs:
        yield check_value(index + 1, value, config)


def check_warc_file(path: str, config: Config | None = None, opener: Opener | None = None) -> Iterator[dict[str, Any]]:
    """The per-file function: every response/resource record of one WARC file -> output records
    (each with ``warc`` = ``path``).  An unreadable file gives one error record."""
    from healthlint.ingest.warc import read_warc

    try:
        stream = (opener or open_local)(path)
    except Exception as exc:
        yield {"warc": path, "record": None, "offset": None, "id": None, "url": None, "ok": False,
               "error": " ".join(f"cannot read {path}: {exc}".split())}
        return
    with stream:
        for item in read_warc(stream):
            if item.kind != "other":
                yield {"warc": path, **process_warc_item(item, config)}


def check_records(data: Any, config: Config | None = None) -> Any:
    """An RDD of JSON lines, dicts or Rows, or a DataFrame -> an RDD of output records."""
    rdd = data.rdd if hasattr(data, "rdd") else data  # a DataFrame
    return rdd.zipWithIndex().mapPartitions(partial(check_numbered, config=config))


def check_warc_files(sc: Any, paths: Sequence[str], config: Config | None = None,
                     opener: Opener | None = None) -> Any:
    """WARC paths -> an RDD of output records; one partition (task) per file."""
    paths = list(paths)
    return sc.parallelize(paths, max(1, len(paths))).flatMap(partial(check_warc_file, config=config, opener=opener))


def to_json(record: Mapping[str, Any]) -> str:
    """An output record as the JSON line ``healthlint batch`` writes."""
    return json.dumps(record, ensure_ascii=False, default=str)
