"""Benchmark of the claim layer and the CLM, MNG and SAF rules.

1. Claim strength (none | correlational | conditional_causal | direct_causal) on the held-out
   splits of ``data/claims/strength.jsonl`` (hand-labelled; see data/claims/guidelines.md):
   ``test`` (178 sentences of batch 1; gold = majority of three annotators, also scored against the
   first annotator's labels), ``fresh`` (batch 7, 200 sentences labelled blind by two annotators)
   and ``heldout`` (463 sentences of batches 8-9 from documents never used for tuning or training;
   gold = majority of three annotators, also scored against the first annotator's labels):
   per-class precision/recall/F1, macro-F1 and the confusion matrix, for the shipped pipeline
   (rules + model) and for the cue rules alone, then all three pooled.
2. Speed of the claim layer in sentences per second on one core (sentences pre-split).
3. On the 1,614 news stories of ../shared/bench-data/news-healthstory.jsonl: the share of stories
   with any CLM/MNG/SAF finding, findings per rule, and a random sample of 30 findings written to
   bench/out/claims_sample.jsonl for judging by hand.

    .venv/bin/python bench/claims.py [--sample 30] [--seed 4] [--limit N] [--split test,fresh]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from healthlint.annotate import claims as C  # noqa: E402
from healthlint.annotate.sentences import split_sentences  # noqa: E402
from healthlint.api import check_document  # noqa: E402
from healthlint.config import Config  # noqa: E402
from healthlint.ingest import read_text  # noqa: E402

DATA = ROOT / "data" / "claims" / "strength.jsonl"
NEWS = ROOT.parent / "shared" / "bench-data" / "news-healthstory.jsonl"
MED = ROOT.parent / "shared" / "bench-data" / "abbreviations-med1250-dev.txt"
POOL: list[dict[str, object]] = []
OUT = ROOT / "bench" / "out"


def scores(gold: list[str], pred: list[str]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    table = {}
    for s in C.STRENGTHS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == s and p == s)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != s and p == s)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == s and p != s)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        table[s] = (pr, rc, f1, tp + fn)
    return table, sum(v[2] for v in table.values()) / len(table)


def strength_section(split: str) -> tuple[list[str], list[str], list[str]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] == split]
    gold = [r["strength"] for r in rows]
    shipped = [C.sentence_strength(r["text"]) for r in rows]
    rules = [C.rule_strength(C.find_cues(r["text"])) for r in rows]
    print(f"## Claim strength on the '{split}' split ({len(rows)} sentences)\n")
    first = [r["first_label"] for r in rows if "first_label" in r]
    if len(first) == len(rows):
        print(
            f"against the first annotator's labels alone: shipped macro-F1 {scores(first, shipped)[1]:.3f}, "
            f"cue rules {scores(first, rules)[1]:.3f}\n"
        )
    for name, pred in (
        ("shipped (cue rules + model)" if C.strength_model() else "shipped (cue rules)", shipped),
        ("cue rules alone", rules),
    ):
        table, macro = scores(gold, pred)
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"### {name}: macro-F1 {macro:.3f}, accuracy {acc:.3f}\n")
        print("| class | precision | recall | F1 | n |\n| --- | --- | --- | --- | --- |")
        for s, (pr, rc, f1, n) in table.items():
            print(f"| {s} | {pr:.2f} | {rc:.2f} | {f1:.2f} | {n} |")
        print()
    print("confusion (rows gold, columns shipped):\n")
    print("| gold \\ pred | " + " | ".join(C.STRENGTHS) + " |")
    print("| --- |" + " --- |" * len(C.STRENGTHS))
    for g in C.STRENGTHS:
        cells = [sum(1 for a, b in zip(gold, shipped, strict=True) if a == g and b == p) for p in C.STRENGTHS]
        print(f"| {g} | " + " | ".join(map(str, cells)) + " |")
    print()
    return gold, shipped, rules


def speed_section(stories: list[dict[str, str]]) -> None:
    docs: list[list[str]] = []
    for story in stories[:300]:
        t = story["text"]
        docs.append([t[s.start : s.end] for s in split_sentences(t)])
    n = sum(map(len, docs))
    C.cues()
    model = C.strength_model()
    C.analyse_sentence("Warm-up: aspirin may reduce the risk of cancer.")
    t0 = time.perf_counter()
    for sentences in docs:
        for s in sentences:
            C.analyse_sentence(s)
    cue = time.perf_counter() - t0
    print("## Speed (one core, sentences already split, no entity layer)\n")
    print(f"cue rules (what `check` runs): {n:,} sentences in {cue:.2f} s = **{n / cue:,.0f} sentences/s**\n")
    if model is None:
        return
    t0 = time.perf_counter()
    for sentences in docs:
        verdicts = []
        for s in sentences:
            claim = C.analyse_sentence(s)
            verdicts.append(claim.strength if claim else "none")
        model.predict_many(sentences, verdicts)
    both = time.perf_counter() - t0
    print(
        f"cue rules + model, one batch per story (what `annotate --layers claims` runs): "
        f"{n / both:,.0f} sentences/s ({1000 * (both - cue) / len(docs):.2f} ms per story for the model)\n"
    )


def abstracts() -> list[dict[str, str]]:
    """MED1250 records as stories: title line and abstract."""
    out = []
    for block in MED.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line and not line.startswith("  ")]
        if len(lines) >= 3 and lines[0].strip().isdigit():
            out.append({"id": "pmid" + lines[0].strip(), "text": lines[1].strip() + "\n\n" + lines[2]})
    return out


def _with_title(story: dict[str, str]) -> str:
    """The story as a reader sees it: its headline, then the body (unless the body repeats it)."""
    title, text = story.get("title", "").strip(), story["text"]
    return text if not title or text.lstrip().startswith(title) else f"{title}\n\n{text}"


def news_section(stories: list[dict[str, str]], label: str = "News stories") -> None:
    config = replace(Config(), select=("CLM", "MNG", "SAF"), preview=True)
    findings: list[dict[str, object]] = []
    with_any = 0
    per_rule: Counter[str] = Counter()
    stories_per_rule: Counter[str] = Counter()
    t0 = time.perf_counter()
    for story in stories:
        doc = read_text(_with_title(story), story["id"] + ".txt", "text")
        result = check_document(doc, config)
        if result.errors:
            print("errors:", story["id"], result.errors[:2])
        if result.findings:
            with_any += 1
        for code in {f.code for f in result.findings}:
            stories_per_rule[code] += 1
        for f in result.findings:
            per_rule[f.code] += 1
            sent = ""
            if f.span is not None:
                i = doc.sentence_index(f.span.start)
                if 0 <= i < len(doc.sentences):
                    sent = doc.text[doc.sentences[i].start : doc.sentences[i].end]
            findings.append(
                {
                    "story": story["id"],
                    "code": f.code,
                    "excerpt": f.excerpt,
                    "message": f.message,
                    "sentence": " ".join(sent.split()),
                }
            )
    dt = time.perf_counter() - t0
    n = len(stories)
    print(f"## {label} ({n:,}; {dt:.1f} s for sentences + entities + claims + rules)\n")
    print(f"stories with any CLM/MNG/SAF finding: **{with_any:,} / {n:,} = {with_any / n:.1%}**\n")
    print("| rule | findings | stories |\n| --- | --- | --- |")
    for code in sorted(per_rule):
        print(f"| {code} | {per_rule[code]} | {stories_per_rule[code]} |")
    print()
    OUT.mkdir(exist_ok=True)
    slug = "news" if label.startswith("News") else "med1250"
    with (OUT / f"claims_all_{slug}.jsonl").open("w", encoding="utf-8") as fh:
        for item in findings:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    POOL.extend(findings)


def sample_section(sample: int, seed: int) -> None:
    OUT.mkdir(exist_ok=True)
    rng = random.Random(seed)
    picked = rng.sample(POOL, min(sample, len(POOL)))
    path = OUT / "claims_sample.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for item in picked:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(
        f"## Sample for judging\n\n{len(picked)} of {len(POOL)} findings (news + MED1250, seed {seed}), "
        f"written to {path.relative_to(ROOT)}; all findings in bench/out/claims_all_*.jsonl\n"
    )
    for item in picked:
        print(f"- {item['code']} [{item['story']}] {item['excerpt']!r}: {str(item['sentence'])[:160]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--limit", type=int, default=0, help="only the first N news stories")
    ap.add_argument(
        "--split", default="test,fresh,heldout", help="comma-separated splits to score (dev, test, fresh, heldout)"
    )
    args = ap.parse_args()
    pooled: tuple[list[str], list[str], list[str]] = ([], [], [])
    splits = [s.strip() for s in args.split.split(",")]
    for split in splits:
        for acc, part in zip(pooled, strength_section(split), strict=True):
            acc.extend(part)
    if len(splits) > 1:
        gold, shipped, rules = pooled
        print(
            f"## Pooled ({', '.join(splits)}; {len(gold)} sentences): shipped macro-F1 "
            f"**{scores(gold, shipped)[1]:.3f}**, cue rules {scores(gold, rules)[1]:.3f}\n"
        )
    if not NEWS.is_file():
        print(f"({NEWS} not found: speed and news sections skipped)")
        return
    stories = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        stories = stories[: args.limit]
    speed_section(stories)
    news_section(stories)
    if MED.is_file() and not args.limit:
        news_section(abstracts(), label="MED1250 abstracts")
    sample_section(args.sample, args.seed)


if __name__ == "__main__":
    main()
