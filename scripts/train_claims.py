"""Train the claim-strength model shipped as ``src/healthlint/models/claims_strength.npz``.

The model is a multinomial logistic regression (numpy only) over the cue features of
:func:`healthlint.annotate.claims.strength_features`: the rule verdict, cue and hedge flags, and
hashed word uni- and bigrams.  It is trained on the ``dev`` split of ``data/claims/strength.jsonl``
(sentences labelled by hand, see ``data/claims/guidelines.md``); the ``test`` split is never read
here.

Status: no model is shipped.  On the dev split, 5-fold cross-validation gives the same macro-F1
for the model as for the cue rules alone (0.868 vs 0.868 on 878 sentences, November 2026; 0.82 vs
0.82 on 578 earlier), and adding the shipped static sentence embeddings (healthlint.embed) as
features did not help on a fresh batch either, so the simpler rules stay.  (The comparison favours
the rules, which were written on these sentences, while the model is scored out of fold; the
held-out ``test`` and ``fresh`` splits are not read here.)
``healthlint.annotate.claims.strength_model`` loads the file if it exists,
so running this script without ``--cv-only`` switches the layer to the model.

    .venv/bin/python scripts/train_claims.py            # 5-fold CV report on dev, then train and save
    .venv/bin/python scripts/train_claims.py --cv-only  # report only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from healthlint.annotate import claims as C  # noqa: E402

DATA = ROOT / "data" / "claims" / "strength.jsonl"
OUT = ROOT / "src" / "healthlint" / "models" / "claims_strength.npz"


def load(split: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split]


def featurize(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    n = len(texts)
    dense = np.zeros((n, C._DENSE))
    hashed = np.zeros((n, C.HASH_DIM))
    for i, text in enumerate(texts):
        d, idx = C.strength_features(text, C.find_cues(text))
        dense[i] = d
        for j in idx:
            hashed[i, j] += 1.0
        if idx:
            hashed[i] /= max(1.0, len(idx) ** 0.5)
    return dense, hashed


def train(
    dense: np.ndarray,
    hashed: np.ndarray,
    y: np.ndarray,
    *,
    l2_dense: float,
    l2_hash: float,
    steps: int = 600,
    lr: float = 0.5,
) -> tuple[np.ndarray, np.ndarray]:
    k = len(C.STRENGTHS)
    x = np.hstack([dense, hashed])
    w = np.zeros((x.shape[1], k))
    counts = np.bincount(y, minlength=k).astype(float)
    sample_w = (len(y) / (k * np.maximum(counts, 1.0)))[y]
    onehot = np.eye(k)[y]
    reg = np.concatenate([np.full(dense.shape[1], l2_dense), np.full(hashed.shape[1], l2_hash)])[:, None]
    reg[dense.shape[1] - 1] = 0.0  # bias
    for _ in range(steps):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - onehot) * sample_w[:, None]) / len(y) + reg * w
        w -= lr * grad
    return w[: dense.shape[1]], w[dense.shape[1] :]


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for c in range(len(C.STRENGTHS)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--l2-dense", type=float, default=1e-3)
    ap.add_argument("--l2-hash", type=float, default=3e-2)
    args = ap.parse_args()
    rows = load("dev")
    texts = [r["text"] for r in rows]
    y = np.array([C.STRENGTHS.index(r["strength"]) for r in rows])
    dense, hashed = featurize(texts)
    rng = np.random.default_rng(0)
    order = rng.permutation(len(rows))
    folds = np.array_split(order, 5)
    rule_pred = [C.STRENGTHS.index(C.rule_strength(C.find_cues(t))) for t in texts]
    pred = np.zeros(len(rows), dtype=int)
    for f in folds:
        mask = np.ones(len(rows), dtype=bool)
        mask[f] = False
        wd, wh = train(dense[mask], hashed[mask], y[mask], l2_dense=args.l2_dense, l2_hash=args.l2_hash)
        pred[f] = (dense[f] @ wd + hashed[f] @ wh).argmax(axis=1)
    print(
        f"dev 5-fold CV macro-F1: rules {macro_f1(list(y), rule_pred):.3f}  model {macro_f1(list(y), list(pred)):.3f}"
    )
    if args.cv_only:
        return
    wd, wh = train(dense, hashed, y, l2_dense=args.l2_dense, l2_hash=args.l2_hash)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, dense=wd.astype(np.float32), hashed=wh.astype(np.float32))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
