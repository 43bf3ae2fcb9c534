"""Topic drift (COH101) on the news stories, plus how often the CIT/COH rules fire there and what
the default-tier layers cost.

1. AUC: for every story with a title, the pair (story body, its own title) is a positive and
   (story body, the title of a random other story) a negative.  The score is the title's fit to
   the body (``healthlint.topics.reference_fit``: 1 when the title names one of the body's
   conditions, or in a health context a substance or treatment the body discusses; else the mean
   embedding similarity of the title to the body's main topics and to the whole body).  AUC is
   the probability that a true title outscores a random one.  COH101 itself (binary, entity based)
   is run on the same bodies with the true and with the random title.
2. Firing rates of COH101 and CIT101-CIT106 over the stories (mainstream journalism: a high rate
   means false positives).
3. Time: the references + citations layers and the CIT/COH rules, per 1,000 words, one core
   (entities and claims are other layers and timed by their own benchmarks).

    .venv/bin/python bench/drift.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from healthlint.annotate import annotate
from healthlint.api import check_document
from healthlint.config import Config
from healthlint.ingest import read_text
from healthlint.rules import rules_by_code
from healthlint.rules.base import RuleContext
from healthlint.topics import main_topics, title_fit

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "news-healthstory.jsonl"


def auc(pos: list[float], neg: list[float]) -> float:
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if (r.get("title") or "").strip() and len((r.get("text") or "").split()) >= 50]
    if args.limit:
        rows = rows[: args.limit]

    def make(r: dict[str, str], title: str):  # type: ignore[no-untyped-def]
        d = read_text(f"{title}\n\n{r['text']}", r["id"] + ".txt", "text")
        d.metadata.title = title
        return d

    # 1. AUC: score each body against its own title and a random other one
    rng = random.Random(7)
    docs = [make(r, " ".join(r["title"].split())) for r in rows]
    annotate(docs, ["entities", "references"])
    pos, neg = [], []
    drift_true = drift_random = 0
    coh101 = rules_by_code()["COH101"]
    ctx = RuleContext()
    for i, d in enumerate(docs):
        topics = main_topics(d)
        j = rng.randrange(len(docs) - 1)
        j += j >= i
        true_title, other = d.metadata.title or "", docs[j].metadata.title or ""
        pos.append(title_fit(d, true_title, topics).score)
        neg.append(title_fit(d, other, topics).score)
        drift_true += bool(list(coh101(d, ctx)))
        d.metadata.title = other  # the same body under a random title: the rule's title is now the other one
        d.layers.pop("_body_vector", None)
        drift_random += bool(list(coh101(d, ctx)))
        d.metadata.title = true_title
    print(f"\ntopic drift: {len(pos)} true-title pairs vs {len(neg)} random-title pairs")
    print("\n| measure | value |\n|---|---|")
    print(f"| AUC of the title-fit score (true title vs random title) | {auc(pos, neg):.3f} |")
    print(f"| COH101 fires with the true title | {drift_true / len(docs):.3f} |")
    print(f"| COH101 fires with a random title | {drift_random / len(docs):.3f} |")

    # 2. firing rates on the stories as they are
    codes = ("CIT101", "CIT102", "CIT103", "CIT104", "CIT105", "CIT106", "COH101", "COH102", "COH103")
    config = replace(Config(), select=codes, preview=True)
    fired: Counter[str] = Counter()
    for r in rows:
        d = make(r, " ".join(r["title"].split()))
        res = check_document(d, config)
        for code in {f.code for f in res.findings}:
            fired[code] += 1
    print(f"\nshare of the {len(rows)} news stories with a finding (mostly mainstream journalism):\n")
    print("| rule | stories | share |\n|---|---|---|")
    for code in codes:
        print(f"| {code} | {fired[code]} | {fired[code] / len(rows):.3f} |")

    # 3. cost of the default tier added here: references + citations layers and the CIT/COH rules
    from healthlint.annotate import load_annotator

    docs = [make(r, " ".join(r["title"].split())) for r in rows]
    annotate(docs, ["sentences", "entities", "claims"])  # other helpers' layers, not timed here
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    for name in ("references", "citations"):
        ann = load_annotator(name)
        ann.set_annotations(docs, ann.predict(docs))
    t1 = time.perf_counter()
    rules = [rules_by_code()[c] for c in codes]
    ctx = RuleContext()
    for d in docs:
        for rl in rules:
            list(rl(d, ctx))
    t2 = time.perf_counter()
    per_k = 1000.0 / words
    print(f"\ncost over {len(docs)} stories, {words:,} words, one core:\n")
    print("| part | ms per 1,000 words |\n|---|---|")
    print(f"| references + citations layers | {1000 * (t1 - t0) * per_k:.2f} |")
    print(f"| CIT + COH rules (incl. embeddings) | {1000 * (t2 - t1) * per_k:.2f} |")
    print(f"| total | {1000 * (t2 - t0) * per_k:.2f} |")


if __name__ == "__main__":
    main()
