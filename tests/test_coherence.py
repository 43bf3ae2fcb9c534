"""Topics, the shipped static embedding model, and the COH rules with injected layers."""

from __future__ import annotations

import sys
from importlib import resources

import numpy as np

from healthlint.document import Claim, Document, Entity
from healthlint.embed import StaticEmbedder, cosine, load_embedder
from healthlint.rules.base import RuleContext
from healthlint.rules.coherence import condition_conflation, self_contradiction, topic_drift
from healthlint.topics import main_topics, reference_fit, title_fit, title_span

CTX = RuleContext()


def test_model_ships_small_and_loads_with_numpy_only() -> None:
    base = resources.files("healthlint") / "models" / "embed"
    size = sum((base / n).stat().st_size for n in ("vectors.npy", "vocab.txt"))  # type: ignore[attr-defined]
    assert size < 15 * 2**20
    emb = load_embedder()
    assert emb.vectors.shape[1] == emb.dim and emb.vectors.shape[0] == len(emb.index)
    assert "model2vec" not in sys.modules and "torch" not in sys.modules and "tokenizers" not in sys.modules


def test_wordpiece_lookup() -> None:
    emb = StaticEmbedder(["[UNK]", "mag", "##nes", "##ium", "cafe", ",", "zinc"], np.eye(7, dtype=np.float32))
    inv = {i: t for t, i in emb.index.items()}
    assert [inv[i] for i in emb.token_ids("Magnesium, CAFÉ zinc")] == ["mag", "##nes", "##ium", ",", "cafe", "zinc"]
    assert emb.token_ids("qqq") == []  # unknown words are skipped, like [UNK]
    assert float(np.linalg.norm(emb.embed("zinc"))) == 1.0
    assert not emb.embed("qqq").any()


def test_similarity_ranks_related_titles_higher() -> None:
    emb = load_embedder()
    a = emb.embed("Restless legs syndrome in pregnancy")
    near = emb.embed("Prevalence of restless legs syndrome in pregnant women")
    far = emb.embed("Photocatalytic degradation of textile dyes")
    assert cosine(a, near) > cosine(a, far) + 0.2


def _doc(text: str, title: str, ents: list[tuple[str, str, str]]) -> Document:
    """A document with an injected entity layer: (surface, type, canonical) at every occurrence."""
    doc = Document(source="t.txt", text=text)
    doc.metadata.title = title
    found = []
    for surface, etype, canon in ents:
        start = text.find(surface)
        while start != -1:
            found.append(Entity(start, start + len(surface), surface, etype, canon))
            start = text.find(surface, start + 1)
    doc.entities = sorted(found, key=lambda e: e.start)
    doc.annotated |= {"entities", "references", "sentences"}
    return doc


DRIFT = ("Zinc and Migraine\n\nPsoriasis is a skin disease. Psoriasis causes patches. Psoriasis flares in winter. "
         "Psoriasis creams help. One reader also had migraine.")
ENTS = [("Psoriasis", "condition", "psoriasis"), ("Migraine", "condition", "migraine"),
        ("migraine", "condition", "migraine"), ("Zinc", "substance", "zinc")]


def test_topics_skip_title_line() -> None:
    doc = _doc(DRIFT, "Zinc and Migraine", ENTS)
    assert title_span(doc) == (0, len("Zinc and Migraine"))
    topics = main_topics(doc)
    assert topics.conditions[0] == ("psoriasis", 4)
    assert dict(topics.conditions)["migraine"] == 1


def test_topic_drift_fires_on_injected_entities() -> None:
    hits = list(topic_drift(_doc(DRIFT, "Zinc and Migraine", ENTS), CTX))
    assert len(hits) == 1 and hits[0].span is not None and (hits[0].span.start, hits[0].span.end) == (0, 17)
    assert hits[0].evidence["body_main_condition"] == "psoriasis"


def test_topic_drift_quiet_when_title_matches() -> None:
    text = DRIFT.replace("Zinc and Migraine", "Zinc and Psoriasis")
    assert list(topic_drift(_doc(text, "Zinc and Psoriasis", ENTS), CTX)) == []


def test_title_fit_prefers_the_true_title() -> None:
    doc = _doc(DRIFT, "Zinc and Migraine", ENTS)
    true = title_fit(doc, "Psoriasis flares in winter and creams help")
    other = title_fit(doc, "New rules for airline pilots on long flights")
    assert true.score > other.score


def test_reference_fit_shared_condition_and_chemistry() -> None:
    doc = _doc(DRIFT, "Zinc and Migraine", ENTS)
    topics = main_topics(doc)
    assert reference_fit("Psoriasis and winter: a cohort", topics).score == 1.0
    chem = reference_fit("Zinc oxide nanoparticles for dye degradation under visible light", topics)
    assert not chem.health and chem.score < 0.45


def test_self_contradiction_on_injected_claims() -> None:
    text = "Magnesium relieves cramps. Many take it. Magnesium does not relieve cramps."
    doc = _doc(text, "", [])
    doc.claims = [
        Claim(0, 26, text[0:26], "direct_causal", "Magnesium", "cramps", "positive", "efficacy"),
        Claim(41, len(text), text[41:], "direct_causal", "Magnesium", "cramps", "negative", "efficacy"),
    ]
    doc.annotated.add("claims")
    hits = list(self_contradiction(doc, CTX))
    assert len(hits) == 1 and hits[0].span is not None and hits[0].span.start == 41


def test_conflation_needs_two_conditions() -> None:
    text = "Asthma, eczema and migraine are all caused by the same underlying problem."
    doc = _doc(text, "", [("Asthma", "condition", "asthma"), ("eczema", "condition", "eczema"),
                          ("migraine", "condition", "migraine")])
    from healthlint.document import Span

    doc.sentences = [Span(0, len(text))]
    assert len(list(condition_conflation(doc, CTX))) == 1
    doc.entities = doc.entities[:1]
    assert list(condition_conflation(doc, CTX)) == []
