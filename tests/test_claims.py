"""The claim layer: strength, polarity, sides, boosters, hedges, novelty, attribution; and its
floor on the hand-labelled strength set shipped in data/claims/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from healthlint.annotate import annotate
from healthlint.annotate.claims import (
    STRENGTHS,
    ClaimAnnotator,
    analyse_sentence,
    attribution_of,
    find_cues,
    rule_strength,
    sentence_strength,
)
from healthlint.document import Claim
from healthlint.ingest import read_text
from healthlint.layers import layer_dict

DATA = Path(__file__).resolve().parents[1] / "data" / "claims" / "strength.jsonl"


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Vitamin D reduces the risk of fractures in older women.", "direct_causal"),
        ("Smoking causes lung cancer.", "direct_causal"),
        ("The drug was effective in lowering blood pressure.", "direct_causal"),
        ("Obesity is a leading cause of type 2 diabetes.", "direct_causal"),
        ("Green tea may help prevent some cancers.", "conditional_causal"),
        ("Eating nuts could lower cholesterol, the authors said.", "conditional_causal"),
        ("The findings suggest that exercise improves memory.", "conditional_causal"),
        ("Poor sleep might trigger migraines in some people.", "conditional_causal"),
        ("Red meat intake was associated with a higher risk of colon cancer.", "correlational"),
        ("People who walked daily were less likely to develop dementia.", "correlational"),
        ("Loneliness has been linked to heart disease.", "correlational"),
        ("The study enrolled 300 adults in Ohio.", "none"),
        ("Researchers used the drug to treat 40 patients.", "none"),
        ("The American Heart Association provides more information on strokes.", "none"),
        ("The team set out to determine whether zinc reduces cold symptoms.", "none"),
    ],
)
def test_strength_of_constructed_sentences(sentence: str, strength: str) -> None:
    assert sentence_strength(sentence) == strength


def test_rules_alone_agree_on_clear_cases() -> None:
    assert rule_strength(find_cues("Aspirin lowers the risk of stroke.")) == "direct_causal"
    assert rule_strength(find_cues("Aspirin may lower the risk of stroke.")) == "conditional_causal"
    assert rule_strength(find_cues("Aspirin use was linked to fewer strokes.")) == "correlational"
    assert rule_strength(find_cues("Aspirin is sold in most pharmacies.")) == "none"


def test_nouns_and_modifiers_are_not_causal_cues() -> None:
    assert find_cues("He needed help to get home.") == []
    assert find_cues("She took cholesterol-lowering drugs.") == []
    assert sentence_strength("Patients treated with chemotherapy were followed for a year.") == "none"


def test_negation_sets_polarity() -> None:
    claim = analyse_sentence("Vitamin C does not prevent colds.")
    assert claim is not None
    assert claim.strength == "direct_causal"
    assert claim.polarity == "negative"
    positive = analyse_sentence("Vitamin C prevents colds.")
    assert positive is not None and positive.polarity == "positive"


def test_boosters_hedges_novelty_and_kind() -> None:
    text = "This new supplement is clinically proven to reduce joint pain."
    claim = analyse_sentence(text)
    assert claim is not None
    assert [text[a:b] for a, b in claim.boosters] == ["clinically proven"]
    assert [text[a:b] for a, b in claim.novelty] == ["new"]
    assert claim.kind == "efficacy"
    hedged = "Ginger might ease nausea."
    h = analyse_sentence(hedged)
    assert h is not None and [hedged[a:b] for a, b in h.hedges] == ["might"]
    harm = analyse_sentence("Smoking causes lung damage.")
    assert harm is not None and harm.kind == "harm"
    safety = analyse_sentence("The vaccine is safe for children.")
    assert safety is not None and safety.kind == "safety"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Coffee lowers the risk, according to a 2019 study in Neurology.", "specific"),
        ("Coffee lowers the risk [3].", "specific"),
        ("Coffee lowers the risk (Smith et al., 2020).", "specific"),
        ("The results were published in the journal Circulation.", "specific"),
        ("Coffee lowers the risk, said Dr. Jane Doe.", "named"),
        ("Coffee lowers the risk, according to the FDA.", "named"),
        ("Studies show that coffee lowers the risk.", "vague"),
        ("Experts agree that coffee lowers the risk.", "vague"),
        ("Coffee lowers the risk.", "none"),
    ],
)
def test_attribution_levels(sentence: str, level: str) -> None:
    assert attribution_of(sentence)[0] == level


def test_claim_layer_on_a_document_uses_entities_for_sides() -> None:
    text = "Magnesium relieves muscle cramps. The sky is blue.\n\nCoffee drinkers were less likely to get gout."
    doc = read_text(text, "t.txt", "text")
    annotate([doc], ["claims"])
    assert "entities" in doc.annotated and "claims" in doc.annotated
    assert len(doc.claims) == 2
    first = doc.claims[0]
    assert isinstance(first, Claim)
    assert (first.start, first.end) == (0, len("Magnesium relieves muscle cramps."))
    assert first.strength == "direct_causal"
    assert first.exposure == "Magnesium"
    assert first.outcome is not None and "cramps" in first.outcome
    assert doc.claims[1].strength == "correlational"
    data = layer_dict(doc, "claims")
    assert {"start", "end", "text", "strength", "polarity", "attribution", "boosters"} <= set(data[0])


def test_annotator_declares_its_layers() -> None:
    ann = ClaimAnnotator()
    assert ann.provides == ("claims",)
    assert "sentences" in ann.requires


def _labelled() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labelled_set_is_well_formed() -> None:
    rows = _labelled()
    assert len(rows) >= 5000
    assert {r["strength"] for r in rows} == set(STRENGTHS)
    assert {r["split"] for r in rows} == {"dev", "test", "fresh", "heldout"}
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        votes = list(r["labels"].values())
        assert votes and set(votes) <= set(STRENGTHS), r["id"]
        if r["gold"] == "single":
            assert votes[0] == r["strength"], r["id"]
        if r["gold"] == "majority of 3":
            # the check annotator X read a sample of batch 9 and has no vote in its gold
            voters = [v for k, v in r["labels"].items() if k != "X"]
            assert len(voters) == 3, r["id"]
            # a three-way split keeps the first annotator's label
            split_three = len(set(voters)) == 3 and r["strength"] == r.get("first_label")
            assert voters.count(r["strength"]) >= 2 or split_three, r["id"]
        if r["gold"] == "agreed":
            assert len(set(votes)) == 1 and votes[0] == r["strength"], r["id"]


def test_new_held_out_splits_share_no_document_with_dev() -> None:
    """Sentences of one story or abstract never straddle dev and the fresh or heldout splits."""
    rows = _labelled()
    dev = {r["source"] for r in rows if r["split"] == "dev"}
    for split in ("fresh", "heldout"):
        assert not dev & {r["source"] for r in rows if r["split"] == split}, split


def test_strength_floor_on_the_labelled_set() -> None:
    """Macro-F1 floor on the dev split of batches 1-10 (the bench reports the held-out splits).
    Batches 11-12 (ids ``o``/``p``) were drawn where the teacher and the model disagree, so the model
    fits them far less well; they are left out of this floor."""
    rows = [r for r in _labelled() if r["split"] == "dev" and r["id"][0] not in "op"]
    gold = [r["strength"] for r in rows]
    pred = [sentence_strength(r["text"]) for r in rows]
    f1s = []
    for s in STRENGTHS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == s and p == s)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != s and p == s)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == s and p != s)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    # 0.869 on 26 November 2026: the shipped model on the 7,271 dev sentences of batches 1-10 it was
    # trained on (0.808 before the transfer set of edited copies, which holds copies of them too)
    assert sum(f1s) / len(f1s) >= 0.84


def test_trigger_prefilters_change_nothing() -> None:
    """The word prefilters only skip work: the exhaustive search finds the same cues."""
    for text in (r["text"] for r in _labelled()):
        fast = [(c.start, c.end, c.strength) for c in find_cues(text)]
        slow = [(c.start, c.end, c.strength) for c in find_cues(text, exhaustive=True)]
        assert fast == slow, text


def test_specific_attribution_prefilter_matches_the_lexicon() -> None:
    """The literal prefilter of the "specific" attribution patterns is written for one version of
    those patterns: a change to them must update _SPECIFIC_CRC (and the literals), or the
    prefilter silently switches off."""
    from healthlint.annotate.claims import _specific_needs_apply, cues

    assert _specific_needs_apply(cues().specific.pattern)


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Our clients report that their pain melts away.", "none"),
        ("The results appeared in the journal Cell in May.", "specific"),
        ("Stem Cell therapy repairs joints.", "none"),
    ],
)
def test_attribution_of_sellers_and_one_word_journals(sentence: str, level: str) -> None:
    assert attribution_of(sentence)[0] == level
