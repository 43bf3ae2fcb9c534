"""Abbreviation-definition detection on the MED1250 gold standard (development half).

    .venv/bin/python bench/abbreviations.py [--errors]

Exact match of (short form, long form) per record, as in the Ab3P paper; each record's text is its
title line and abstract.  Reads ../shared/bench-data/abbreviations-med1250-dev.txt (not shipped).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from healthlint.annotate.abbreviations import find_definitions

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "abbreviations-med1250-dev.txt"


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


if __name__ == "__main__":
    main()
