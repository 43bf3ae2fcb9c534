"""Reference parsing: field accuracy of the ``references`` layer on ``data/references/``.

``gold.jsonl`` (190 strings, composed by ``scripts/make_reference_gold.py``) was used while writing
the parser; ``heldout.jsonl`` (25 strings written afterwards, never tuned on) is reported apart,
and "all" counts both.

Each gold string is put under a "References" heading as a one-item list and read back through
the whole layer (section finding, entry splitting, parsing).  A field is right when the parsed
value equals the gold one after case folding and dropping punctuation and ellipses (a missing
value must be missing in both).  Prints a table per style and overall; ``-v`` lists the misses.

    .venv/bin/python bench/references.py [-v]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from healthlint.annotate.references import find_references
from healthlint.ingest import read_text

DATA = Path(__file__).resolve().parents[1] / "data" / "references"
FIELDS = ("title", "year", "venue")


def norm(value: object) -> str | None:
    if value is None:
        return None
    s = re.sub(r"(?:…|\.\.\.)", " ", str(value)).casefold()
    s = re.sub(r"[^\w]+", " ", s).strip()
    return s or None


def main() -> None:
    verbose = "-v" in sys.argv
    rows = [json.loads(line) for name in ("gold.jsonl", "heldout.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total: dict[str, int] = defaultdict(int)
    found = 0
    t0 = time.perf_counter()
    for row in rows:
        doc = read_text(f"Some article text.\n\nReferences\n\n1. {row['text']}\n", "gold.txt", "text")
        refs = find_references(doc)
        ref = refs[0] if refs else None
        found += ref is not None
        for key in (row["style"], "all"):
            total[key] += 1
        for f in FIELDS:
            got = getattr(ref, f) if ref is not None else None
            ok = norm(got) == norm(row[f])
            for key in (row["style"], "all"):
                right[key][f] += ok
            if not ok and verbose:
                print(f"MISS {f}: gold={row[f]!r} got={got!r}\n     {row['text']}")
    elapsed = time.perf_counter() - t0
    print(f"\nreference parsing on {len(rows)} strings ({found} found as references), "
          f"{1000 * elapsed / len(rows):.2f} ms per entry\n")
    print(f"| {'style':<10} | {'n':>4} | " + " | ".join(f"{f:>6}" for f in FIELDS) + " |")
    print(f"|{'-' * 12}|{'-' * 6}|" + "|".join("-" * 8 for _ in FIELDS) + "|")
    for key in sorted(total, key=lambda k: (k == "all", k == "heldout", k)):
        accs = " | ".join(f"{right[key][f] / total[key]:>6.3f}" for f in FIELDS)
        print(f"| {key:<10} | {total[key]:>4} | {accs} |")


if __name__ == "__main__":
    main()
