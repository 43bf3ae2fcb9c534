"""The shipped claim-strength model: eight small convolutional networks run with numpy alone.

What it is.  Each sentence becomes WordPiece tokens of the static embedding that ships with
healthlint (``models/embed``, see :mod:`healthlint.embed`); their 128-dimensional vectors,
scaled to unit length, are projected to ``dim`` dimensions, and convolutions of width 1, 2 and 3
(``filters`` each, ReLU) slide over them.  The maximum of each filter over the sentence, with
the cue rules' verdict as four more inputs, goes through one linear layer to the four
strengths.  Eight such networks, trained alike from different seeds, form an ensemble whose
logits are averaged.  The embedding table is the shipped one and is not trained; the file
``models/claims_strength.npz`` holds only the projections, the filters and the output layers,
stacked on a first axis.

How it was trained (``scripts/train_claims.py``, needs the ``build`` extra): by distillation.
A teacher (all-MiniLM-L6-v2 fine-tuned on the hand-labelled ``dev`` split, several runs
averaged; ``scripts/claims_teacher.py``) labelled a transfer set of 316,984 sentences with class
probabilities: unlabelled sentences of health news, abstracts and the test corpus, and copies of
every source sentence edited where strength is decided (a modal added or removed, a causal verb
turned into an association, a negation; ``scripts/claims_transfer.py``).  Each student learns
those soft labels and the ``dev`` gold (15,271 sentences).  None of the held-out splits, nor any
sentence of their source documents, is used.

Speed: the sentences of a document are scored in one batch (:func:`StrengthModel.predict_many`);
the claim layer keeps well above 2,000 sentences/s on one core.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from healthlint.embed import StaticEmbedder, load_embedder

STRENGTHS = ("none", "correlational", "conditional_causal", "direct_causal")
MAX_TOKENS = 100
WIDTHS = (1, 2, 3)

Array = npt.NDArray[np.float32]


class _Member:
    """One network of the ensemble: its projected embedding table, filters and output layer."""

    def __init__(self, unit: Array, weights: dict[str, Any], k: int | None) -> None:
        def get(name: str) -> Array:
            value = np.asarray(weights[name])
            return np.asarray(value if k is None else value[k], dtype=np.float32)

        proj = get("proj")  # (128, dim)
        # token id i is row i; the last row, all zeros, is the padding between sentences
        self.table: Array = np.vstack([unit @ proj, np.zeros((1, proj.shape[1]), np.float32)]).astype(np.float32)
        # conv{w}: (w * dim, filters), taps oldest first
        self.convs: list[tuple[Array, Array]] = [(get(f"conv{w}"), get(f"conv{w}_b")) for w in WIDTHS]
        self.out_w = get("out")  # (filters * 3 + 4, 4)
        self.out_b = get("out_b")


class StrengthModel:
    """Weights of the networks; :meth:`predict_many` scores sentences.

    ``weights`` holds one network (2-d ``proj``) or an ensemble of them stacked on a first axis
    (3-d ``proj``); an ensemble's logits are the mean of its members'."""

    def __init__(self, embedder: StaticEmbedder, weights: dict[str, Any]) -> None:
        vectors = embedder.vectors
        unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
        self.pad_row = int(vectors.shape[0])
        proj = np.asarray(weights["proj"])
        ks: list[int | None] = [None] if proj.ndim == 2 else list(range(proj.shape[0]))
        self.members = [_Member(unit.astype(np.float32), weights, k) for k in ks]
        self.embedder = embedder

    def token_rows(self, sentence: str) -> list[int]:
        """Rows of ``sentence``'s tokens (row 0, [PAD]'s vector, for a sentence with none)."""
        return self.embedder.token_ids(sentence, MAX_TOKENS) or [0]

    def scores_many(self, sentences: Sequence[str], rule_verdicts: Sequence[str]) -> Array:
        """Logits, one row per sentence, in the order of :data:`STRENGTHS`.

        The sentences' tokens are laid end to end, each after ``max(WIDTHS) - 1`` padding rows, so
        that one matrix product per filter tap covers them all with no padding to the longest."""
        n = len(sentences)
        if n == 0:
            return np.zeros((0, len(STRENGTHS)), np.float32)
        pad = max(WIDTHS) - 1
        ids: list[int] = []
        bounds: list[int] = []  # each sentence's first and one-past-last output position
        gap = [self.pad_row] * pad
        for s in sentences:
            ids += gap
            bounds.append(len(ids) - pad)
            ids += self.token_rows(s)
            bounds.append(len(ids) - pad)
        rows = np.asarray(ids, dtype=np.intp)
        starts = np.asarray(bounds[:-1], dtype=np.intp)  # start, end, start, ...: ends < next starts
        verdict = np.zeros((n, len(STRENGTHS)), np.float32)
        for i, v in enumerate(rule_verdicts):
            verdict[i, STRENGTHS.index(v)] = 1.0
        logits = self._member_logits(self.members[0], rows, starts, verdict)
        for m in self.members[1:]:
            logits += self._member_logits(m, rows, starts, verdict)
        if len(self.members) > 1:
            logits /= np.float32(len(self.members))
        return logits

    @staticmethod
    def _member_logits(m: _Member, rows: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], verdict: Array) -> Array:
        pad = max(WIDTHS) - 1
        # output t is the window that ends at input t + pad: a sentence's outputs are those that
        # end on its tokens, and its first window reaches back into the padding before it only
        x = m.table[rows]
        out = len(rows) - pad
        dim = x.shape[1]
        pooled = []
        for w, b in m.convs:
            width = w.shape[0] // dim
            lo = pad - width + 1
            h = x[lo : lo + out] @ w[:dim]  # one product per tap, summed
            for k in range(1, width):
                h += x[lo + k : lo + k + out] @ w[k * dim : (k + 1) * dim]
            # max over a sentence's positions, then bias and ReLU (both monotonic, so the same)
            pooled.append(np.maximum(np.maximum.reduceat(h, starts, axis=0)[::2] + b, 0.0))
        logits: Array = np.concatenate([*pooled, verdict], axis=1) @ m.out_w + m.out_b
        return logits

    def predict_many(self, sentences: Sequence[str], rule_verdicts: Sequence[str]) -> list[str]:
        return [STRENGTHS[int(i)] for i in self.scores_many(sentences, rule_verdicts).argmax(axis=1)]

    def predict(self, sentence: str, rule_verdict: str) -> str:
        return self.predict_many([sentence], [rule_verdict])[0]


@cache
def strength_model() -> StrengthModel | None:
    """The shipped model, or ``None`` when the package holds no ``claims_strength.npz``."""
    ref = resources.files("healthlint") / "models" / "claims_strength.npz"
    if not ref.is_file():
        return None
    with ref.open("rb") as fh:
        data = np.load(fh)
        weights = {k: data[k] for k in data.files}
    return StrengthModel(load_embedder(), weights)
