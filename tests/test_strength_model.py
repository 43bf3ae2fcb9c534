"""The claim-strength model (healthlint.annotate.strength_model): its batched numpy network
against a plain per-sentence reference, the shipped weights, the fast WordPiece split it relies
on, and how the claims layer and ``healthlint annotate`` use it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from healthlint.annotate import annotate
from healthlint.annotate.claims import apply_strength_model, find_cues, rule_strength, sentence_strength
from healthlint.annotate.strength_model import STRENGTHS, WIDTHS, StrengthModel, strength_model
from healthlint.api import check_text
from healthlint.cli import main
from healthlint.embed import _fast_words, load_embedder
from healthlint.ingest import read_text


def _random_weights(dim: int = 8, filters: int = 5, seed: int = 3) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    weights = {"proj": rng.normal(size=(load_embedder().dim, dim)).astype(np.float32)}
    for w in WIDTHS:
        weights[f"conv{w}"] = rng.normal(size=(w * dim, filters)).astype(np.float32)
        weights[f"conv{w}_b"] = rng.normal(size=filters).astype(np.float32)
    weights["out"] = rng.normal(size=(filters * len(WIDTHS) + len(STRENGTHS), len(STRENGTHS))).astype(np.float32)
    weights["out_b"] = rng.normal(size=len(STRENGTHS)).astype(np.float32)
    return weights


def _random_model(dim: int = 8, filters: int = 5, seed: int = 3) -> StrengthModel:
    return StrengthModel(load_embedder(), _random_weights(dim, filters, seed))


def _reference(model: StrengthModel, sentence: str, verdict: str) -> np.ndarray:
    """One sentence alone, written as directly as possible: zero rows before it, each window
    of each width, ReLU, maximum over positions; the mean over the ensemble's members."""
    onehot = np.zeros(len(STRENGTHS), np.float32)
    onehot[STRENGTHS.index(verdict)] = 1.0
    logits = []
    for member in model.members:
        x = member.table[model.token_rows(sentence)]
        pooled = []
        for w, b in member.convs:
            width = w.shape[0] // x.shape[1]
            padded = np.vstack([np.zeros((width - 1, x.shape[1]), np.float32), x])
            windows = np.stack([padded[t : t + width].reshape(-1) for t in range(len(x))])
            pooled.append(np.maximum(windows @ w + b, 0.0).max(axis=0))
        logits.append(np.concatenate([*pooled, onehot]) @ member.out_w + member.out_b)
    return np.mean(logits, axis=0)


# outcome rates of two groups side by side: no cue word names the relation
MODEL_ONLY = "Mortality was 12% in the treated group and 20% among controls."

SENTENCES = [
    "Vitamin D may reduce the risk of flu.",
    "",
    "x",
    "Aspirin cures.",
    "Coffee drinkers had a 20% lower risk of death (HR 0.80; 95% CI 0.7-0.9) than non-drinkers, "
    "according to a study of 500,000 adults followed for ten years in the UK Biobank cohort.",
    "“Naïve” café-goers — 37°C — reported ﬁne results…",
]


def test_batch_equals_one_sentence_at_a_time() -> None:
    """Laying a document's sentences end to end (padding between them) changes nothing."""
    model = _random_model()
    verdicts = ["none", "correlational", "direct_causal", "conditional_causal", "none", "none"]
    batch = model.scores_many(SENTENCES, verdicts)
    for i, (sentence, verdict) in enumerate(zip(SENTENCES, verdicts, strict=True)):
        assert np.allclose(batch[i], _reference(model, sentence, verdict), atol=1e-4), sentence
        assert np.allclose(model.scores_many([sentence], [verdict])[0], batch[i], atol=1e-4)
    assert model.scores_many([], []).shape == (0, len(STRENGTHS))


def test_an_ensemble_averages_its_members_logits() -> None:
    """Weights stacked on a first axis are an ensemble: its logits are the mean of its members'."""
    parts = [_random_weights(seed=seed) for seed in (3, 4, 5)]
    stacked = {k: np.stack([p[k] for p in parts]) for k in parts[0]}
    ensemble = StrengthModel(load_embedder(), stacked)
    assert len(ensemble.members) == 3
    verdicts = ["none", "correlational", "direct_causal", "conditional_causal", "none", "none"]
    alone = [StrengthModel(load_embedder(), p).scores_many(SENTENCES, verdicts) for p in parts]
    batch = ensemble.scores_many(SENTENCES, verdicts)
    assert np.allclose(batch, np.mean(alone, axis=0), atol=1e-4)
    for i, (sentence, verdict) in enumerate(zip(SENTENCES, verdicts, strict=True)):
        assert np.allclose(batch[i], _reference(ensemble, sentence, verdict), atol=1e-4), sentence
    assert not np.allclose(alone[0], alone[1])


def test_the_rules_verdict_is_an_input() -> None:
    model = _random_model()
    a = model.scores_many(["Aspirin cures headaches."], ["none"])
    b = model.scores_many(["Aspirin cures headaches."], ["direct_causal"])
    assert not np.allclose(a, b)


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Obesity is linked to a higher risk of colon cancer.", "correlational"),
        ("This supplement might help you sleep better.", "conditional_causal"),
        ("Magnesium citrate has been clinically proven to reduce the most painful symptoms.", "direct_causal"),
        ("The study enrolled 300 patients in Ohio.", "none"),
    ],
)
def test_shipped_model_on_clear_sentences(sentence: str, strength: str) -> None:
    assert strength_model() is not None, "the package should ship models/claims_strength.npz"
    assert sentence_strength(sentence) == strength


def test_shipped_model_reads_what_the_cue_rules_miss() -> None:
    """Outcome rates set side by side for two groups are a comparison (correlational by the
    guidelines, rule 4); no cue word names it, the model reads it."""
    assert rule_strength(find_cues(MODEL_ONLY)) == "none"
    assert sentence_strength(MODEL_ONLY) == "correlational"


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, with [1] {braces} | pipes ~ `ticks` ^ carets _ under\\scores.",
        "a\x01b\x7fc\x1fd",
        "“Curly” quotes — dashes – and… ellipses ‘here’",
        "Accents: naïve café, Ｆｕｌｌ width, ligature ﬁ, 37°C, ß",
        "tab\tand\nnewline\u00a0nbsp",
    ],
)
def test_fast_word_split_matches_bert_normalisation(text: str) -> None:
    e = load_embedder()
    slow: list[int] = []
    for word in e._words(e._normalise(text)):
        slow.extend(e._wordpiece(word))
    assert e.token_ids(text) == slow
    if _fast_words(text) is not None:
        assert all(w == w.lower() for w in _fast_words(text) or [])


def test_fast_split_is_taken_for_punctuation_and_left_for_accents() -> None:
    assert _fast_words("“Quoted” — fine") == ["“", "quoted", "”", "—", "fine"]
    assert _fast_words("naïve") is None


# the cue rules find no relation in the second sentence; the model reads a comparison
TEXT = f"Vitamin D may reduce the risk of flu. {MODEL_ONLY} The weather was nice."


def test_apply_strength_model_keeps_the_cue_verdict_and_adds_model_only_claims() -> None:
    doc = read_text(TEXT, "t.txt", "text")
    annotate([doc], ["claims"])
    before = {c.start: c.strength for c in doc.claims}
    assert apply_strength_model(doc)
    after = {c.start: c for c in doc.claims}
    for start, strength in before.items():
        assert after[start].extra["cue_strength"] == strength
    added = [c for c in doc.claims if c.start not in before]
    assert [c.text for c in added] == [MODEL_ONLY]
    assert added[0].strength == "correlational" and added[0].kind == "other"
    assert added[0].extra["cue_strength"] == "none"
    assert all(c.text != "The weather was nice." for c in doc.claims)


def test_rules_judge_by_the_cue_rules_strength() -> None:
    """check never runs the model: its claims carry the cue rules' strengths."""
    report = check_text(TEXT)
    assert report.documents[0].findings is not None
    doc = read_text(TEXT, "t.txt", "text")
    annotate([doc], ["claims"])
    assert all("cue_strength" not in c.extra for c in doc.claims)
    assert all(c.strength == rule_strength(find_cues(c.text)) for c in doc.claims if c.kind != "safety")


def _annotate(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["annotate", "--layers", "claims", *args]) == 0
    claims: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["documents"][0]["layers"]["claims"]
    return claims


def test_annotate_shows_the_model_strength_unless_asked_for_the_cues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    claims = _annotate(capsys, str(path))
    assert {c["text"]: c["strength"] for c in claims}[MODEL_ONLY] == "correlational"
    assert all("cue_strength" in c["extra"] for c in claims)
    claims = _annotate(capsys, "--cue-strength", str(path))
    assert MODEL_ONLY not in {c["text"] for c in claims}
