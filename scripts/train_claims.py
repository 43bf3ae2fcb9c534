"""Train the claim-strength model shipped as ``src/healthlint/models/claims_strength.npz``.

The model (:mod:`healthlint.annotate.strength_model`) is an ensemble of small convolutional
networks over the shipped static WordPiece embedding, plus the cue rules' verdict.  It is trained
by distillation:

1. ``scripts/claims_transfer.py`` builds the transfer set: the unlabelled real sentences (the pool
   below and the corpus articles) and two rounds of edited copies of every source sentence
   (316,984 sentences).  ``scripts/claims_teacher.py`` (GPU) fine-tunes all-MiniLM-L6-v2 on the
   ``dev`` split several times and writes the averaged class probabilities of every transfer
   sentence to ``data/claims/teacher.npz``, keyed by a hash of the sentence (no bench text in the
   repo).
2. This script rebuilds the same transfer set from ``../shared/bench-data`` and the corpus, joins
   it to the teacher's probabilities, and trains the student on them (softened with temperature 2)
   together with the ``dev`` gold labels (weight 2), ``--members`` times from different seeds (8
   shipped: seeds 0-7), and stacks the networks into one file.

The pool is every sentence of the 1,614 news stories and the MED1250 abstracts, except those of
any document that a held-out sentence (``test``, ``fresh``, ``heldout``) comes from, and except
labelled sentences (batches 11-12 were drawn from the pool, so their 8,000 sentences train with
their gold labels).  The held-out splits are never read here beyond their source ids and texts
(to keep their copies out): ``bench/claims.py`` scores them.  Needs the ``build`` extra (CPU torch
is enough: about 5 minutes a network on 2 cores).

    .venv/bin/python scripts/train_claims.py  # 8 members
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from claims_data import TEACHER, load, macro_f1, sentence_key  # noqa: E402
from healthlint.annotate import claims as C  # noqa: E402
from healthlint.annotate import strength_model as M  # noqa: E402
from healthlint.annotate.sentences import split_sentences  # noqa: E402
from healthlint.embed import load_embedder  # noqa: E402

OUT = ROOT / "src" / "healthlint" / "models" / "claims_strength.npz"


def pool_sentences() -> list[str]:
    """The unlabelled pool, in a fixed order (see the module docstring)."""
    import claims as bench  # bench/claims.py: the story and abstract readers

    rows = load()
    held_sources = {r["source"] for r in rows if r["split"] != "dev"}
    labelled = {r["text"].strip() for r in rows}
    if not bench.NEWS.is_file():
        raise SystemExit(f"{bench.NEWS} not found: the pool is built from ../shared/bench-data")
    stories = [json.loads(line) for line in bench.NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [("news:" + s["id"], bench._with_title(s)) for s in stories]
    docs += [("med1250:" + a["id"][4:], a["text"]) for a in bench.abstracts()]
    out: list[str] = []
    seen: set[str] = set()
    for source, text in docs:
        for s in split_sentences(text):
            sent = text[s.start : s.end].strip()
            if len(sent) < 15 or len(sent) > 600 or sent in seen or sent in labelled:
                continue
            seen.add(sent)
            if source not in held_sources:
                out.append(sent)
    return out


def token_rows(texts: list[str]) -> list[list[int]]:
    e = load_embedder()
    return [[i + 1 for i in e.token_ids(t, M.MAX_TOKENS)] or [1] for t in texts]


def verdicts(texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), 4), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i, C.STRENGTHS.index(C.rule_strength(C.find_cues(t)))] = 1.0
    return out


def training_data(args: argparse.Namespace) -> tuple[list[list[int]], np.ndarray, np.ndarray, np.ndarray]:
    """Token rows, cue-rule verdicts, targets and weights: the ``dev`` gold, then the transfer
    set's softened teacher probabilities."""
    import claims_transfer

    dev = load("dev")
    transfer = claims_transfer.transfer_sentences(claims_transfer.real_sentences(pool_sentences()), args.rounds)
    teacher = np.load(TEACHER)
    probs = dict(zip(teacher["key"].tolist(), teacher["prob"].astype(np.float32), strict=True))
    keep = [(t, probs[k]) for t in transfer if (k := sentence_key(t)) in probs]
    print(f"transfer set: {len(transfer):,} sentences, {len(keep):,} with teacher probabilities")
    if len(keep) < 0.95 * len(transfer):
        # the copies are made at the cue rules' spans and from the corpus and gold: a change there
        # changes them, and the copies the teacher never saw are left out of training
        print("warning: the transfer set no longer matches data/claims/teacher.npz: run claims_teacher.py again")
    soft = np.array([p for _, p in keep], dtype=np.float32)
    soft = np.exp(np.log(soft + 1e-6) / args.temperature)
    soft /= soft.sum(axis=1, keepdims=True)
    texts = [r["text"] for r in dev] + [t for t, _ in keep]
    target = np.concatenate([np.eye(4, dtype=np.float32)[[C.STRENGTHS.index(r["strength"]) for r in dev]], soft])
    weight = np.array([args.gold_weight] * len(dev) + [1.0] * len(keep), dtype=np.float32)
    return token_rows(texts), verdicts(texts), target, weight


def train(
    args: argparse.Namespace, data: tuple[list[list[int]], np.ndarray, np.ndarray, np.ndarray], seed: int
) -> dict[str, np.ndarray]:
    import torch
    import torch.nn.functional as F
    from torch import nn

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    rows, rule, target, weight = data
    vectors = load_embedder().vectors
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    table = torch.tensor(np.vstack([np.zeros((1, unit.shape[1]), np.float32), unit]))

    class Student(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.proj = nn.Linear(table.shape[1], args.dim, bias=False)
            self.convs = nn.ModuleList([nn.Conv1d(args.dim, args.filters, w, padding=w - 1) for w in M.WIDTHS])
            self.drop = nn.Dropout(0.3)
            self.out = nn.Linear(args.filters * len(M.WIDTHS) + 4, 4)

        def forward(self, ids: torch.Tensor, verdict: torch.Tensor) -> torch.Tensor:
            x = self.proj(table[ids]).transpose(1, 2)
            mask = (ids != 0).unsqueeze(1)
            pooled = [F.relu(c(x))[:, :, : ids.shape[1]].masked_fill(~mask, -1e4).max(2).values for c in self.convs]
            return self.out(torch.cat([self.drop(torch.cat(pooled, 1)), verdict], 1))

    def batch(idx: np.ndarray) -> torch.Tensor:
        a = np.zeros((len(idx), max(3, max(len(rows[i]) for i in idx))), dtype=np.int64)
        for j, i in enumerate(idx):
            a[j, : len(rows[i])] = rows[i]
        return torch.tensor(a)

    net = Student()
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1 - e / args.epochs)
    order = np.argsort([len(r) for r in rows], kind="stable")
    for epoch in range(args.epochs):
        net.train()
        batches = [order[i : i + 64] for i in range(0, len(order), 64)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            logp = F.log_softmax(net(batch(b), torch.tensor(rule[b])), 1)
            w = torch.tensor(weight[b])
            loss = (-(torch.tensor(target[b]) * logp).sum(1) * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(b)
        sched.step()
        print(f"epoch {epoch + 1}/{args.epochs}: loss {total / len(order):.4f}")
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    out = {"proj": sd["proj.weight"].T.copy(), "out": sd["out.weight"].T.copy(), "out_b": sd["out.bias"]}
    for i, w in enumerate(M.WIDTHS):
        kernel = sd[f"convs.{i}.weight"]  # (filters, dim, width)
        out[f"conv{w}"] = kernel.transpose(2, 1, 0).reshape(w * args.dim, args.filters).copy()
        out[f"conv{w}_b"] = sd[f"convs.{i}.bias"]
    return {k: v.astype(np.float32) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--filters", type=int, default=96)
    ap.add_argument("--temperature", type=float, default=2.0)
    ap.add_argument("--gold-weight", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--rounds", type=int, default=2, help="rounds of edited copies in the transfer set")
    ap.add_argument("--members", type=int, default=8, help="networks in the ensemble (seeds seed, seed + 1, ...)")
    args = ap.parse_args()
    data = training_data(args)
    parts = [train(args, data, args.seed + k) for k in range(args.members)]
    weights = {k: np.stack([p[k] for p in parts]) for k in parts[0]}
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **{k: v.astype(np.float16) for k, v in weights.items()})
    model = M.StrengthModel(load_embedder(), {k: v.astype(np.float16) for k, v in weights.items()})
    dev = load("dev")
    texts = [r["text"] for r in dev]
    pred = model.predict_many(texts, [C.rule_strength(C.find_cues(t)) for t in texts])
    gold = [C.STRENGTHS.index(r["strength"]) for r in dev]
    print(
        f"wrote {out} ({out.stat().st_size:,} bytes); "
        f"dev macro-F1 (training data) {macro_f1(gold, [C.STRENGTHS.index(p) for p in pred]):.3f}"
    )


if __name__ == "__main__":
    main()
