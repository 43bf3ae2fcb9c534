"""Draw a fresh batch of unlabelled sentences for the claim-strength set (data/claims/strength.jsonl).

Recipe (the one data/claims/guidelines.md describes for batches 2-5): stories and abstracts not
drawn before; for each of ``--news`` randomly drawn news stories one sentence, 70% of the time among
the sentences containing a broad keyword (*reduce*, *risk*, *link*, *effect*, *safe* ...), otherwise
any sentence of 40-320 characters; for each of ``--med`` randomly drawn MED1250 abstracts one
sentence: the conclusion sentence 60% of the time, otherwise the last or a random sentence.
Exact duplicates of sentences already in the set are skipped.

The output holds no label: the sentences are labelled by hand before any classifier sees them.

    .venv/bin/python scripts/sample_claims_batch.py --seed 2026 --prefix h --out /tmp/batch.jsonl

Larger training batches draw several sentences from each document (``--per-doc``), also from
documents already in the dev split (``--reuse-dev-sources``), never from a document that has a
sentence in a held-out split; ``--exclude`` names batches drawn but not yet merged.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from healthlint.annotate.sentences import split_sentences  # noqa: E402

DATA = ROOT / "data" / "claims" / "strength.jsonl"
NEWS = ROOT.parent / "shared" / "bench-data" / "news-healthstory.jsonl"
MED = ROOT.parent / "shared" / "bench-data" / "abbreviations-med1250-dev.txt"
KEYWORDS = re.compile(
    r"\b(reduc|lower|increas|risk|link|associat|effect|safe|caus|prevent|improv|help|benefit|"
    r"lead|result|cure|treat|protect|boost|harm|likely|higher|less|more)",
    re.IGNORECASE,
)
CONCLUSION = re.compile(r"\b(CONCLUSIONS?|INTERPRETATION|IMPLICATIONS)\s*:\s*", re.IGNORECASE)
SECTION = re.compile(r"^[A-Z][A-Z /]{2,40}:\s+")  # a structured-abstract heading ("METHODS: ")


def sentences(text: str) -> list[str]:
    return [" ".join(text[s.start : s.end].split()) for s in split_sentences(text)]


def ok(s: str) -> bool:
    return 40 <= len(s) <= 320


def abstracts() -> list[tuple[str, str]]:
    out = []
    for block in MED.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line and not line.startswith("  ")]
        if len(lines) >= 3 and lines[0].strip().isdigit():
            out.append((lines[0].strip(), lines[2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--news", type=int, default=90)
    ap.add_argument("--med", type=int, default=60)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--split", default="fresh", help="split written into each record")
    ap.add_argument("--per-doc", type=int, default=1, help="sentences drawn from each story or abstract")
    ap.add_argument(
        "--reuse-dev-sources",
        action="store_true",
        help="also draw (other sentences) from stories and abstracts already in the dev split; never from "
        "those with a sentence in a held-out split",
    )
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="JSONL batches drawn but not merged yet")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in args.exclude:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.reuse_dev_sources:
        used_sources = {r["source"] for r in rows if r["split"] != "dev"}
    else:
        used_sources = {r["source"] for r in rows}
    seen_texts = {r["text"] for r in rows}
    picked: list[tuple[str, str]] = []

    stories = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng.shuffle(stories)
    for story in stories:
        if sum(1 for s, _ in picked if s.startswith("news:")) >= args.news:
            break
        source = "news:" + story["id"]
        if source in used_sources:
            continue
        sents = [s for s in sentences(story["text"]) if ok(s) and s not in seen_texts]
        for _ in range(args.per_doc):
            keyed = [s for s in sents if KEYWORDS.search(s) and s not in seen_texts]
            left = [s for s in sents if s not in seen_texts]
            pool = keyed if keyed and rng.random() < 0.7 else left
            if not pool:
                break
            text = rng.choice(pool)
            seen_texts.add(text)
            picked.append((source, text))

    records = abstracts()
    rng.shuffle(records)
    n_med = 0
    for pmid, abstract in records:
        if n_med >= args.med:
            break
        source = "med1250:" + pmid
        if source in used_sources:
            continue
        drawn = 0
        for _ in range(args.per_doc):
            sents = [s for s in sentences(abstract) if ok(s) and SECTION.sub("", s, count=1) not in seen_texts]
            if not sents:
                break
            concl = [s for s in sents if CONCLUSION.match(s)]
            r = rng.random()
            if concl and r < 0.6:
                text = concl[0]
            elif r < 0.8:
                text = sents[-1]
            else:
                text = rng.choice(sents)
            text = SECTION.sub("", text, count=1)
            seen_texts.add(text)
            picked.append((source, text))
            drawn += 1
        n_med += drawn > 0

    with args.out.open("w", encoding="utf-8") as fh:
        for i, (source, text) in enumerate(picked):
            rec = {"id": f"{args.prefix}{i:03d}", "source": source, "text": text, "split": args.split}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(picked)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
