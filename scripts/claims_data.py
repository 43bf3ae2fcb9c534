"""What the claim-strength scripts share and that needs nothing beyond the standard library:
the labelled set, the class names, macro-F1 and the key a pool sentence is stored under.

``scripts/claims_teacher.py`` runs on a GPU machine that has torch and transformers but not
healthlint's dependencies, so it imports only this module."""

from __future__ import annotations

import gzip
import hashlib
import json
import lzma
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "claims" / "strength.jsonl"
TEACHER = ROOT / "data" / "claims" / "teacher.npz"
STRENGTHS = ("none", "correlational", "conditional_causal", "direct_causal")


def load(split: str | None = None) -> list[dict[str, Any]]:
    """The labelled sentences of ``split`` (all of them for ``None``)."""
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for c in range(len(STRENGTHS)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def sentence_key(text: str) -> int:
    """64-bit key of a pool sentence (the first 8 bytes of its SHA-1)."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little")


def read_sentences(path: Path) -> list[str]:
    """The ``text`` of each line of a JSONL file (``.gz`` and ``.xz`` read compressed)."""
    opener = {".gz": gzip.open, ".xz": lzma.open}.get(path.suffix, open)
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def validation_ids(size: int = 1500, seed: int = 123) -> set[str]:
    """Ids of the ``dev`` sentences held back to choose between student recipes: a random
    ``size`` of batches 1-10 (not the model-disagreement batches 11-12, ids ``o``/``p``).  The
    teacher is not trained on them and the transfer set has no copies of them, so they score a
    student as unseen text; the shipped student then trains on them too."""
    ids = sorted(r["id"] for r in load("dev") if r["id"][0] not in "op")
    return set(random.Random(seed).sample(ids, size))
