"""The transfer set of the claim-strength distillation (``scripts/claims_transfer.py``): the edits
change the words that carry strength, and no held-out or validation sentence leaks into it."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import claims_transfer as T
from healthlint.annotate import claims as C


def _edits(sentence: str, seed: int = 0, subjects: list[str] | None = None) -> list[str]:
    found = C.find_cues(sentence)
    return T._cue_edits(sentence, found, random.Random(seed), C.cues()) + (
        T._more_edits(sentence, found, random.Random(seed), C.cues(), subjects) if subjects is not None else []
    )


def test_a_plain_causal_verb_is_hedged_and_turned_into_an_association() -> None:
    hedged, associated = _edits("Green tea lowers blood pressure in adults.")
    assert hedged.startswith("Green tea ") and hedged.endswith(" lower blood pressure in adults.")
    assert hedged.split()[2] in {"may", "might", "could", "can", "appears", "is"}
    assert associated.startswith("Green tea ") and associated.endswith(" blood pressure in adults.")
    assert C.sentence_strength(associated) == "correlational"


def test_a_hedged_verb_loses_its_modal() -> None:
    asserted = _edits("Green tea may lower blood pressure in adults.")[0]
    assert "may" not in asserted.split()
    assert C.sentence_strength(asserted) == "direct_causal"


def test_an_association_becomes_a_causal_verb() -> None:
    (caused,) = _edits("Coffee drinking was associated with fewer strokes.")
    assert caused.startswith("Coffee drinking ") and "was" not in caused.split()
    assert C.sentence_strength(caused) in {"direct_causal", "conditional_causal"}


def test_later_rounds_negate_transplant_and_attribute() -> None:
    edits = _edits("Green tea may lower blood pressure in adults.", subjects=["Beetroot juice"])
    assert any(" not lower " in e or "cannot lower" in e for e in edits)
    assert "Beetroot juice may lower blood pressure in adults." in edits
    assert any(e.endswith(" green tea may lower blood pressure in adults.") for e in edits)


def test_a_sentence_without_cues_gets_no_cue_edit() -> None:
    """Only an attribution in front, dropped words and a window: nothing to hedge or transplant."""
    sentence = "Patients were enrolled at four hospitals between 2001 and 2005 in Ohio."
    out = T.variants(sentence, random.Random(0), C.cues(), ["Beetroot juice"])
    lowered = "p" + sentence[1:]
    assert out and all(set(v.split()) <= set(sentence.split()) or v.endswith(" " + lowered) for v in out)
    assert sum(v.endswith(" " + lowered) for v in out) == 1


def test_subject_of_stops_before_the_verb_group() -> None:
    assert T.subject_of("Green tea may lower blood pressure.") == "Green tea"
    assert T.subject_of("In a trial of 4,000 adults over sixty in Japan, green tea lowered it.") is None
    assert T.subject_of("Patients were enrolled in 2001.") is None


def test_the_set_is_deterministic_and_keeps_held_out_and_validation_text_out(monkeypatch: Any) -> None:
    rows = [
        {"id": i, "text": t, "split": sp}
        for i, t, sp in (
            ("a1", "Green tea lowers blood pressure in adults.", "dev"),
            ("a2", "Coffee may reduce the risk of gout in men.", "dev"),
            ("h1", "Aspirin was linked to fewer colon cancers.", "heldout"),
            ("v1", "Zinc shortens colds in children by a day.", "dev"),
        )
    ]
    monkeypatch.setattr(T, "load", lambda split=None: [r for r in rows if split is None or r["split"] == split])
    monkeypatch.setattr(T, "validation_ids", lambda: {"v1"})
    real = ["Vitamin D supplements prevent falls in the elderly.", rows[2]["text"]]
    first, again = T.transfer_sentences(real, rounds=2), T.transfer_sentences(real, rounds=2)
    assert first == again
    assert real[0] in first and rows[2]["text"] not in first  # a held-out sentence is never taken, even as "real"
    assert not any(r["text"] in first for r in rows)
    assert not any("Aspirin" in s or "Zinc" in s for s in first)  # nor any copy of them
    assert len(first) == len(set(first))
    assert len(T.transfer_sentences(real, rounds=1)) < len(first)


@pytest.mark.parametrize(
    "word,third",
    [("lower", "lowers"), ("reduce", "reduces"), ("ease", "eases"), ("fix", "fixes"), ("carry", "carries"),
     ("delay", "delays")],
)
def test_third_person(word: str, third: str) -> None:
    assert T._third_person(word) == third


def test_the_frozen_article_list_names_corpus_articles() -> None:
    """The transfer set reads these articles; renaming or deleting one would change the set."""
    names = T.ARTICLES.read_text(encoding="utf-8").split()
    assert len(names) == len(set(names)) == 221
    assert all((T.CORPUS / n).is_file() for n in names)
