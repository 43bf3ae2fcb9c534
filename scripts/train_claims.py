"""Train the claim-strength model shipped as ``src/healthlint/models/claims_strength.npz``.

The model is a multinomial logistic regression over the hashed binary features of
:func:`healthlint.annotate.claims.strength_keys`: the cue rules' verdict and cues, every causal-verb
candidate with its context and the rules' verdict on it (rejected candidates too), hedge and
booster flags, and word uni- and bigrams.  At run time it needs numpy only; scikit-learn (the
``build`` extra) fits it here.

It is trained on the ``dev`` split of ``data/claims/strength.jsonl`` (sentences labelled by hand,
see ``data/claims/guidelines.md``); the held-out splits (``test``, ``fresh``, ``heldout``) are never
read here: ``bench/claims.py`` scores them.

    .venv/bin/python scripts/train_claims.py            # 5-fold CV report on dev, then train and save
    .venv/bin/python scripts/train_claims.py --cv-only  # report only
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from healthlint.annotate import claims as C  # noqa: E402

DATA = ROOT / "data" / "claims" / "strength.jsonl"
OUT = ROOT / "src" / "healthlint" / "models" / "claims_strength.npz"


def load(split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split]


def featurize(texts: list[str]) -> Any:
    from scipy import sparse

    indptr, indices = [0], []
    for text in texts:
        idx = C.strength_indices(C.strength_keys(text, C.find_cues(text)))
        indices += idx
        indptr.append(len(indices))
    n = np.diff(indptr)
    values = np.repeat(1.0 / np.sqrt(np.maximum(n, 1)), n)
    return sparse.csr_matrix((values, indices, indptr), shape=(len(texts), C.MODEL_DIM))


def fit(x: Any, y: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for c in range(len(C.STRENGTHS)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def folds(rows: list[dict[str, Any]], k: int = 5) -> list[np.ndarray]:
    """``k`` folds grouped by source document (sentences of one story stay together)."""
    fold = np.array([zlib.crc32(r["source"].encode()) % k for r in rows])
    return [np.flatnonzero(fold == i) for i in range(k)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("-C", type=float, default=1.0, help="inverse L2 strength")
    args = ap.parse_args()
    rows = load("dev")
    texts = [r["text"] for r in rows]
    y = np.array([C.STRENGTHS.index(r["strength"]) for r in rows])
    x = featurize(texts)
    rule = [C.STRENGTHS.index(C.rule_strength(C.find_cues(t))) for t in texts]
    pred = np.zeros(len(rows), dtype=int)
    for held in folds(rows):
        mask = np.ones(len(rows), dtype=bool)
        mask[held] = False
        pred[held] = fit(x[mask], y[mask], args.C).predict(x[held])
    print(
        f"dev ({len(rows)} sentences) 5-fold CV grouped by document, macro-F1: "
        f"cue rules {macro_f1(list(y), rule):.3f}  model {macro_f1(list(y), list(pred)):.3f}"
    )
    if args.cv_only:
        return
    model = fit(x, y, args.C)
    w = model.coef_.T.astype(np.float32)  # (MODEL_DIM, 4)
    used = np.flatnonzero(np.abs(w).max(axis=1) > 1e-6).astype(np.int32)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, index=used, weight=w[used], bias=model.intercept_.astype(np.float32))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes, {len(used):,} features)")


if __name__ == "__main__":
    main()
