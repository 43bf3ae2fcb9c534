"""Canonical dump of every claim the claim layer finds, to check that a speed-up changes nothing.

    .venv/bin/python scripts/claims_snapshot.py [--out /tmp/claims_snapshot.json] [--limit 600]
    [--profile]

Runs :class:`~healthlint.annotate.claims.ClaimAnnotator` on the first ``--limit`` stories of
../shared/bench-data/news-healthstory.jsonl (pre-annotated with sentences, entities and
citations, as in the pipeline) and on every sentence of data/claims/strength.jsonl (one
document each), and writes every Claim (all fields, ``extra`` included) as sorted-key JSON.
Compare two runs with ``cmp``.  ``--profile`` prints the cProfile top 30 of the claim layer alone.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import pstats
import time
from pathlib import Path
from typing import Any

from healthlint.annotate import annotate
from healthlint.annotate.claims import ClaimAnnotator
from healthlint.document import Document
from healthlint.ingest import read_text

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "bench-data" / "news-healthstory.jsonl"
STRENGTH = ROOT / "data" / "claims" / "strength.jsonl"


def documents(limit: int) -> list[Document]:
    docs: list[Document] = []
    with NEWS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            story = json.loads(line)
            docs.append(read_text(story.get("text") or "", f"news:{i}", "text"))
    for row in STRENGTH.read_text(encoding="utf-8").splitlines():
        if row.strip():
            item = json.loads(row)
            docs.append(read_text(item["text"], f"strength:{item['id']}", "text"))
    annotate(docs, ["sentences", "entities", "citations"])
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/claims_snapshot.json")
    ap.add_argument("--limit", type=int, default=600)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    docs = documents(args.limit)
    annotator = ClaimAnnotator()
    annotator.predict(docs[:1])  # load lexicons and the model
    profiler = cProfile.Profile() if args.profile else None
    t0 = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    predictions = annotator.predict(docs)
    if profiler is not None:
        profiler.disable()
    elapsed = time.perf_counter() - t0
    dump: list[dict[str, Any]] = [
        {"source": doc.source, "claims": [dataclasses.asdict(c) for c in claims]}
        for doc, claims in zip(docs, predictions, strict=True)
    ]
    data = json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=0).encode("utf-8")
    Path(args.out).write_bytes(data)
    n = sum(len(c) for c in predictions)
    print(f"{len(docs)} documents, {n} claims, {elapsed * 1000:.0f} ms in the claim layer")
    print(f"sha256 {hashlib.sha256(data).hexdigest()}  -> {args.out}")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
