"""Offline sentence embeddings from the static model shipped in ``healthlint/models/embed``.

The model is a model2vec distillation of all-MiniLM-L6-v2 (see ``models/embed/MODEL.md`` and
``scripts/build_embeddings.py``): one 128-dimensional vector per WordPiece token.  A text's vector
is the mean of its tokens' vectors, L2-normalised.  Only numpy is needed at run time: the
BERT-style normalisation (lower case, accents stripped, punctuation split) and the greedy
longest-match WordPiece lookup are written here, so neither ``tokenizers`` nor ``model2vec`` is a
run-time dependency.

Why not depend on model2vec at run time: its inference path pulls in ``tokenizers`` (a compiled
Rust wheel) and ``huggingface_hub``; our lookup is ~60 lines, matches its token ids on the texts we
tried, and keeps ``import healthlint`` light.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]
MAX_TOKENS = 512
_FAST_WORDS = re.compile(r"[a-z0-9]+|[^a-z0-9\s]")
_MAX_WORD = 100


class StaticEmbedder:
    """Token vectors plus the WordPiece lookup that maps text to their rows."""

    def __init__(self, vocab: Sequence[str], vectors: npt.NDArray[np.floating]) -> None:
        if len(vocab) != vectors.shape[0]:
            raise ValueError("vocabulary and vector matrix disagree in length")
        self.index = {tok: i for i, tok in enumerate(vocab)}
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = int(self.vectors.shape[1])
        self._word_cache: dict[str, tuple[int, ...]] = {}

    # -- tokenisation --------------------------------------------------------------------------

    @staticmethod
    def _normalise(text: str) -> str:
        text = unicodedata.normalize("NFD", text.lower())
        return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")

    @staticmethod
    def _words(text: str) -> list[str]:
        """BERT pre-tokenisation: split on whitespace, and every punctuation mark is a word."""
        words: list[str] = []
        cur: list[str] = []
        for ch in text:
            if ch.isspace() or unicodedata.category(ch).startswith("C"):
                if cur:
                    words.append("".join(cur))
                    cur = []
            elif _is_punct(ch):
                if cur:
                    words.append("".join(cur))
                    cur = []
                words.append(ch)
            else:
                cur.append(ch)
        if cur:
            words.append("".join(cur))
        return words

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        hit = self._word_cache.get(word)
        if hit is not None:
            return hit
        ids: list[int] = []
        if len(word) <= _MAX_WORD:
            start = 0
            while start < len(word):
                end = len(word)
                found = -1
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    idx = self.index.get(piece)
                    if idx is not None:
                        found = idx
                        break
                    end -= 1
                if found < 0:
                    ids = []  # the whole word is unknown: BERT maps it to [UNK], which is skipped
                    break
                ids.append(found)
                start = end
        out = tuple(ids)
        if len(self._word_cache) < 200_000:
            self._word_cache[word] = out
        return out

    def token_ids(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids: list[int] = []
        words = _fast_words(text)
        if words is None:
            words = self._words(self._normalise(text))
        cached = self._word_cache.get
        for word in words:
            hit = cached(word)
            ids.extend(hit if hit is not None else self._wordpiece(word))
            if len(ids) >= max_tokens:
                return ids[:max_tokens]
        return ids

    # -- vectors -------------------------------------------------------------------------------

    def embed(self, text: str, max_tokens: int = MAX_TOKENS) -> Vector:
        """The normalised mean vector of ``text`` (zeros when no token is known); a long text
        (a whole article body) may pass a larger ``max_tokens``."""
        ids = self.token_ids(text, max_tokens)
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        v: Vector = self.vectors[ids].mean(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v

    def embed_many(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = self.embed(t)
        return out


def _fast_words(text: str) -> list[str] | None:
    """The words of ``text`` as :meth:`StaticEmbedder._words` splits its normalised form, by one
    regular expression, for text whose only characters beyond ASCII are punctuation or spaces
    (curly quotes, dashes): it needs no accent stripping, every mark is a word of its own, and
    runs of ASCII letters and digits are words.  ASCII control characters come out as words of
    their own, which the vocabulary does not hold, so they are dropped as _words drops them.
    ``None`` for other text."""
    low = text.lower()
    if not low.isascii() and not all(_plain_mark(ch) for ch in set(low) if ord(ch) > 127):
        return None
    return _FAST_WORDS.findall(low)


@cache
def _plain_mark(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two vectors (0 when either is zero)."""
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return 0.0
    return float(np.dot(a, b) / (na * nb))


@cache
def load_embedder() -> StaticEmbedder:
    """The shipped model, loaded once per process."""
    base = resources.files("healthlint") / "models" / "embed"
    vocab = (base / "vocab.txt").read_text(encoding="utf-8").splitlines()
    with (base / "vectors.npy").open("rb") as fh:
        vectors = np.load(fh)
    return StaticEmbedder(vocab, vectors)


def embed(text: str) -> Vector:
    return load_embedder().embed(text)
