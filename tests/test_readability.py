"""The syllable counter and the readability figures behind RDB101."""

from __future__ import annotations

import pytest

from healthlint.annotate import annotate
from healthlint.ingest import read_text
from healthlint.rules.readability import measure
from healthlint.syllables import syllables

# Dictionary syllabification (Merriam-Webster), medical words first: naive vowel-group counters
# get most of these wrong ("anaemia" = 1 in textstat 0.7.13).
GOLD = {
    "anaemia": 4, "anemia": 4, "diabetes": 4, "arthritis": 3, "osteoporosis": 6, "rheumatoid": 3,
    "syndrome": 2, "fibromyalgia": 5, "magnesium": 4, "cardiovascular": 6, "hypertension": 4,
    "inflammatory": 5, "cholesterol": 4, "bacteria": 4, "autoimmune": 4, "antibiotics": 5,
    "biopsy": 3, "psoriasis": 4, "radiation": 4, "gastroenteritis": 6, "neurological": 5,
    "pediatrician": 5, "pharmaceutical": 5, "idiopathic": 5, "peritoneum": 5, "ileum": 3,
    "calcium": 3, "sodium": 3, "potassium": 4, "nausea": 3, "diarrhea": 4, "anxiety": 4,
    "experienced": 4, "table": 2, "struggled": 2, "guidelines": 2, "carefully": 3, "likely": 2,
    "technique": 2, "everything": 3, "treated": 2, "treatment": 2, "cases": 2, "made": 1,
    "region": 2, "surgeon": 2, "various": 3, "obesity": 4, "studies": 2, "lying": 2,
}


@pytest.mark.parametrize(("word", "count"), sorted(GOLD.items()))
def test_syllables_of_medical_and_common_words(word: str, count: int) -> None:
    assert syllables(word) == count


def test_syllables_handles_case_punctuation_and_empty() -> None:
    assert syllables("Anaemia,") == 4
    assert syllables("—") == 0
    assert syllables("a") == 1


def _measure(text: str):  # type: ignore[no-untyped-def]
    doc = read_text(text, "t.txt")
    annotate([doc], ["sentences"])
    return measure(doc)


def test_measure_counts_prose_and_skips_the_reference_section() -> None:
    prose = "The cat sat on the mat. It was a sunny day. " * 12
    refs = "\n\nReferences\n\n" + "Antidisestablishmentarianism considerations notwithstanding extraordinarily.\n" * 3
    plain = _measure(prose)
    with_refs = _measure(prose + refs)
    assert plain is not None and with_refs is not None
    assert plain.sentences == 24
    assert plain.words == 132
    assert (with_refs.words, with_refs.syllables) == (plain.words, plain.syllables)
    # Flesch-Kincaid: 0.39 * words/sentence + 11.8 * syllables/word - 15.59
    assert plain.flesch_kincaid == pytest.approx(0.39 * 5.5 + 11.8 * plain.syllables / 132 - 15.59)
    assert plain.flesch_kincaid < 2


def test_measure_needs_enough_prose() -> None:
    assert _measure("Short text. Only two sentences.") is None
