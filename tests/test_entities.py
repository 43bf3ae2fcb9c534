"""The entities layer: dictionary matching of conditions, symptoms, substances and treatments."""

from __future__ import annotations

from healthlint.annotate import annotate
from healthlint.annotate.entities import find_entities, vocabulary
from healthlint.document import Document


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.canonical) for e in find_entities(text)]


def test_conditions_symptoms_and_substances_with_canonical_names() -> None:
    text = "Restless leg syndrome and migraines improved with magnesium citrate, not with Tylenol."
    got = _found(text)
    assert ("Restless leg syndrome", "condition", "restless legs syndrome") in got
    assert ("migraines", "condition", "migraine") in got
    assert ("magnesium citrate", "substance", "magnesium citrate") in got
    assert ("Tylenol", "substance", "acetaminophen") in got


def test_offsets_point_at_the_text() -> None:
    text = "Vitamin D and fish oil were tested in people with type 2 diabetes."
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text
    assert [e.text for e in find_entities(text)] == ["Vitamin D", "fish oil", "type 2 diabetes"]


def test_longest_match_wins_and_kinds_are_set() -> None:
    ents = find_entities("She took magnesium supplements for leg cramps.")
    assert [(e.text, e.kind) for e in ents] == [("magnesium supplements", "mineral"), ("leg cramps", "symptom")]


def test_no_match_across_punctuation() -> None:
    # "breast. Cancer" must not be read as "breast cancer"
    assert [e.text for e in find_entities("It spread to the breast. Cancer cells were found.")] == ["Cancer"]


def test_acronyms_match_with_their_case_only() -> None:
    assert [e.canonical for e in find_entities("Adults with RA and COPD.")] == [
        "rheumatoid arthritis", "chronic obstructive pulmonary disease"]
    assert find_entities("ra ra, copd") == []


def test_apostrophe_and_hyphen_variants() -> None:
    got = [e.canonical for e in find_entities("Crohn’s disease, Crohn's disease and gastro-oesophageal reflux disease")]
    assert got == ["Crohn's disease", "Crohn's disease", "gastroesophageal reflux disease"]


def test_every_entity_has_a_source_id() -> None:
    ents = find_entities("Ibuprofen, turmeric and zinc for arthritis, fatigue and insomnia.")
    assert len(ents) == 6
    assert all(e.source_id for e in ents)


def test_vocabulary_is_large_and_loaded_once() -> None:
    assert vocabulary() is vocabulary()
    assert len(vocabulary()) > 20_000
    entry = vocabulary().lookup("Willis-Ekbom disease")
    assert entry is not None and entry.canonical == "restless legs syndrome"


def test_annotator_sets_the_layer() -> None:
    doc = Document("x.txt", "Melatonin may help insomnia.")
    annotate([doc], ["entities"])
    assert "entities" in doc.annotated
    assert [(e.text, e.type) for e in doc.entities] == [("Melatonin", "substance"), ("insomnia", "condition")]



# A small gold set of our own, with precision/recall floors: (text, {(surface, type)}).
GOLD = [
    ("Magnesium glycinate may ease leg cramps at night.",
     {("Magnesium glycinate", "substance"), ("leg cramps", "symptom")}),
    ("People with rheumatoid arthritis often take methotrexate.",
     {("rheumatoid arthritis", "condition"), ("methotrexate", "substance")}),
    ("Turmeric and ginger are sold as remedies for joint pain.",
     {("Turmeric", "substance"), ("ginger", "substance"), ("joint pain", "symptom")}),
    ("Her GP prescribed gabapentin for restless legs syndrome.",
     {("gabapentin", "substance"), ("restless legs syndrome", "condition")}),
    ("Acupuncture did not reduce migraines in the trial.", {("Acupuncture", "treatment"), ("migraines", "condition")}),
    ("Vitamin B12 deficiency can cause fatigue and numbness.",
     {("Vitamin B12 deficiency", "condition"), ("fatigue", "symptom"), ("numbness", "symptom")}),
    ("The company said the results were published on Monday.", set()),
    ("Patients with type 2 diabetes who took metformin lost weight.",
     {("type 2 diabetes", "condition"), ("metformin", "substance")}),
    ("Cognitive behavioural therapy helped with insomnia.",
     {("Cognitive behavioural therapy", "treatment"), ("insomnia", "condition")}),
    ("Too much zinc can cause nausea.", {("zinc", "substance"), ("nausea", "symptom")}),
    ("Fish oil did not prevent heart attacks or strokes.",
     {("Fish oil", "substance"), ("heart attacks", "condition"), ("strokes", "condition")}),
    ("The mayor visited the new hospital wing in March.", set()),
]


def test_small_gold_set_precision_and_recall() -> None:
    tp = fp = fn = 0
    for text, gold in GOLD:
        got = {(e.text, e.type) for e in find_entities(text)}
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    assert tp / (tp + fp) >= 0.9, (tp, fp)
    assert tp / (tp + fn) >= 0.9, (tp, fn)


def test_reviewed_names_that_start_with_a_common_word() -> None:
    """Reviewed rows may start with a word of the drug package's stop list ("holy", "back"), not with a
    function word; supplements added after a recall study are herbs, not drugs."""
    got = {(e.text, e.kind) for e in find_entities("Holy basil, calendula and Oregon grape eased my back pain.")}
    assert {("Holy basil", "herb"), ("calendula", "herb"), ("Oregon grape", "herb"), ("back pain", "symptom")} <= got
