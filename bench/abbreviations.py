"""Abbreviation-definition detection on the MED1250 gold standard (development half), and the
speed of the abbreviations and entities layers on real news text.

    .venv/bin/python bench/abbreviations.py [--errors] [--data FILE]

Exact match of (short form, long form) per record, as in the Ab3P paper; each record's text is its
title line and abstract.  Speed: both layers over ../shared/bench-data/news-healthstory.jsonl on
one core, lexicons loaded beforehand (their load time is printed apart).  Reads ../shared/bench-data
(not shipped).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from healthlint.annotate.abbreviations import annotate_text, find_definitions
from healthlint.annotate.entities import find_entities, vocabulary
from healthlint.lexicons.abbreviations import inventory

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench-data"
DATA = BENCH / "abbreviations-med1250-dev.txt"
NEWS = BENCH / "news-healthstory.jsonl"


def load(path: Path) -> list[tuple[str, str, set[tuple[str, str]]]]:
    records = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.split("\n")
        pmid = lines[0].strip()
        text_lines = [ln for ln in lines[1:] if not ln.startswith("  ")]
        gold = {tuple(ln.strip().split("|", 1)) for ln in lines[1:] if ln.startswith("  ")}
        records.append((pmid, "\n".join(text_lines), {(s.strip(), lf.strip()) for s, lf in gold}))
    return records


def main() -> None:
    t0 = time.perf_counter()
    vocabulary()
    t1 = time.perf_counter()
    inventory()
    t2 = time.perf_counter()
    load_time = f"vocabulary {(t1 - t0) * 1000:.0f} ms, inventory {(t2 - t1) * 1000:.0f} ms"
    path = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else DATA
    show = "--errors" in sys.argv
    records = load(path)
    tp = fp = fn = 0
    t0 = time.perf_counter()
    for pmid, text, gold in records:
        got = {(d.short, d.long) for d in find_definitions(text)}
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        if show:
            for s, lf in sorted(got - gold):
                print(f"FP {pmid}\t{s}\t{lf}")
            for s, lf in sorted(gold - got):
                print(f"FN {pmid}\t{s}\t{lf}")
    dt = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"\nMED1250 dev ({path.name}): {len(records)} records, {tp + fn} gold definitions, {dt * 1000:.0f} ms")
    print("| system | precision | recall | F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|")
    print(f"| healthlint | {p:.3f} | {r:.3f} | {f:.3f} | {tp} | {fp} | {fn} |")
    print("| Ab3P (published, full MED1250) | 0.965 | 0.832 | 0.894 | | | |")
    if NEWS.is_file():
        speed(load_time)


def speed(load: str, rounds: int = 3) -> None:
    texts = [json.loads(line)["text"] for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = sum(len(t.split()) for t in texts)
    print(f"\nspeed on {NEWS.name}: {len(texts)} articles, {words} words, one core; lexicon load (once per "
          f"process): {load}")
    print("| layer | ms per 1,000 words | articles/s |")
    print("|---|---|---|")
    total = 0.0
    for name, fn in (("abbreviations", annotate_text), ("entities", find_entities)):
        best = float("inf")
        for _ in range(rounds):
            t = time.perf_counter()
            for text in texts:
                fn(text)
            best = min(best, time.perf_counter() - t)
        total += best
        print(f"| {name} | {best * 1000 / (words / 1000):.2f} | {len(texts) / best:.0f} |")
    print(f"| both | {total * 1000 / (words / 1000):.2f} | {len(texts) / total:.0f} |")


if __name__ == "__main__":
    main()
