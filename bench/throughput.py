"""Throughput of the default pipeline on real health news, in-process, on one core.

    .venv/bin/python bench/throughput.py [--limit N] [--profile] [--breakdown] [--data PATH] [--runs N]

Reads ../shared/bench-data/news-healthstory.jsonl (1,614 stories; not shipped).  Each story is
checked with ``healthlint.api.check_text`` as plain text, with the metadata a crawler has (title,
authors, publish date, site, URL), one after the other in this process.  Prints documents/s and
words/s (the first, cold document -- lazy loading of lexicons and models -- is timed apart), the
share of stories with any COM or TRN finding (mostly mainstream journalism: a high share means
false positives), counts per rule code, and the wall time of ``healthlint check`` on one file in
a fresh process (startup included).  ``--profile`` adds the cProfile top 20; ``--breakdown``
the milliseconds per document of each stage, annotator and rule.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from healthlint.api import check_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "news-healthstory.jsonl"
VENV_BIN = Path(sys.executable).parent


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    stories = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                stories.append(json.loads(line))
            if limit is not None and len(stories) >= limit:
                break
    return stories


def metadata(story: dict[str, Any]) -> dict[str, str | None]:
    authors = story.get("authors") or []
    stamp = story.get("publish_date")
    date = datetime.fromtimestamp(stamp, UTC).date().isoformat() if isinstance(stamp, int | float) else None
    return {
        "title": story.get("title") or None,
        "author": ", ".join(a for a in authors if a) or None,
        "date": date,
        "site_name": story.get("source") or None,
        "url": story.get("url") or None,
    }


def run(stories: list[dict[str, Any]]) -> tuple[float, float, Counter[str], Counter[str], int, int]:
    """Check every story; returns (cold seconds, warm seconds, codes, families per story, errors, words)."""
    codes: Counter[str] = Counter()
    families: Counter[str] = Counter()
    errors = words = 0
    cold = 0.0
    started = time.perf_counter()
    for i, story in enumerate(stories):
        text = story.get("text") or ""
        words += len(text.split())
        t0 = time.perf_counter()
        report = check_text(text, source=str(story.get("id", i)), fmt="text", metadata=metadata(story))
        if i == 0:
            cold = time.perf_counter() - t0
        doc = report.documents[0]
        errors += bool(doc.errors)
        found = {f.code for f in doc.findings}
        codes.update(f.code for f in doc.findings)
        families.update({c[:3] for c in found})
        com_trn = {c for c in found if c[:3] in ("COM", "TRN")}
        if com_trn:
            families["COM|TRN"] += 1
        # no author / no date are right when the record itself has none: count the rest apart
        meta = metadata(story)
        explained = {"TRN101"} if not meta["author"] else set()
        explained |= {"TRN102"} if not meta["date"] else set()
        if com_trn - explained:
            families["COM|TRN unexplained"] += 1
        families["no author"] += not meta["author"]
        families["no date"] += not meta["date"]
    total = time.perf_counter() - started
    return cold, total - cold, codes, families, errors, words


def startup(stories: list[dict[str, Any]], runs: int) -> list[float]:
    """Wall seconds of ``healthlint check FILE`` in a fresh process, for one median-sized story."""
    by_len = sorted(stories, key=lambda s: len(s.get("text") or ""))
    story = by_len[len(by_len) // 2]
    exe = VENV_BIN / "healthlint"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "healthlint"]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "story.txt"
        path.write_text(story.get("text") or "", encoding="utf-8")
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([*cmd, "check", str(path), "--no-color"], capture_output=True, cwd=tmp,
                           env={**os.environ, "NO_COLOR": "1"}, check=False)
            times.append(time.perf_counter() - t0)
    return times


STAGES: Counter[str] = Counter()


def _timed(key: str, fn: Any, consume: bool = False) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        if consume:
            out = list(out)
        STAGES[key] += time.perf_counter() - t0
        return out

    return wrapper


def install_breakdown() -> None:
    """Time every stage: reading, each annotator, each rule, suppression, scoring."""
    import dataclasses

    import healthlint.api as api
    from healthlint.annotate import ANNOTATORS, UnknownLayer, load_annotator
    from healthlint.rules import all_rules

    api.read_text = _timed("ingest", api.read_text)  # type: ignore[attr-defined]
    api.apply_suppressions = _timed("suppress", api.apply_suppressions)  # type: ignore[attr-defined]
    api.score = _timed("score", api.score)  # type: ignore[attr-defined]
    for layer in ANNOTATORS:
        try:
            ann = load_annotator(layer)
        except (ImportError, UnknownLayer):
            continue
        ann.predict = _timed(f"annotate {layer}", ann.predict)  # type: ignore[method-assign]
        ann.set_annotations = _timed(f"annotate {layer}", ann.set_annotations)  # type: ignore[method-assign]
    timed_rules = tuple(dataclasses.replace(r, func=_timed(f"rule {r.code}", r.func, consume=True))
                        for r in all_rules())
    api.all_rules = lambda: timed_rules  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N stories")
    parser.add_argument("--profile", action="store_true", help="print the cProfile top 20")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--runs", type=int, default=5, help="startup measurements (default 5)")
    parser.add_argument("--breakdown", action="store_true", help="time each stage, annotator and rule")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no data at {args.data} (see ../shared/bench-data/README.md)")
    stories = load(args.data, args.limit)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    if args.breakdown:
        install_breakdown()
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    cold, warm, codes, families, errors, words = run(stories)
    if profiler:
        profiler.disable()
    n = len(stories)
    total = cold + warm
    starts = startup(stories, args.runs)

    rows = [
        ("stories", f"{n:,}"),
        ("words", f"{words:,}"),
        ("first (cold) document", f"{cold * 1000:.0f} ms"),
        ("documents/s (all)", f"{n / total:.1f}"),
        ("documents/s (warm)", f"{(n - 1) / warm:.1f}" if n > 1 and warm > 0 else "-"),
        ("words/s (all)", f"{words / total:,.0f}"),
        ("mean ms/document (warm)", f"{warm / max(1, n - 1) * 1000:.2f}"),
        ("documents with errors", f"{errors}"),
        ("share with any COM or TRN finding", f"{families['COM|TRN'] / n:.1%}"),
        ("  same, leaving out TRN101/TRN102 on records", ""),
        ("  that have no author/date themselves", f"{families['COM|TRN unexplained'] / n:.1%}"),
        ("records without author / without date", f"{families['no author']} / {families['no date']}"),
        ("share with any COM finding", f"{families['COM'] / n:.1%}"),
        ("share with any TRN finding", f"{families['TRN'] / n:.1%}"),
        ("`healthlint check FILE` wall (median)", f"{statistics.median(starts) * 1000:.0f} ms"),
        ("`healthlint check FILE` wall (min/max)", f"{min(starts) * 1000:.0f} / {max(starts) * 1000:.0f} ms"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 12}")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    print()
    print(f"{'family':<8} {'stories':>8} {'share':>7}")
    for fam in sorted(k for k in families if len(k) == 3):
        print(f"{fam:<8} {families[fam]:>8} {families[fam] / n:>7.1%}")
    print()
    print(f"{'code':<8} {'findings':>8} {'per story':>9}")
    for code, count in sorted(codes.items()):
        print(f"{code:<8} {count:>8} {count / n:>9.3f}")
    if STAGES:
        print()
        print(f"{'stage (warm and cold)':<28} {'ms/doc':>7} {'share':>6}")
        for key, secs in STAGES.most_common():
            if secs * 1000 / n >= 0.05:
                print(f"{key:<28} {secs * 1000 / n:>7.2f} {secs / total:>6.1%}")
        print(f"{'(all stages)':<28} {sum(STAGES.values()) * 1000 / n:>7.2f}")
    if profiler:
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(20)
            print(f"\ncProfile top 20 by {order}:")
            print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


if __name__ == "__main__":
    main()
