"""Sentence splitting: abbreviations stay inside sentences; list items and headings are units."""

from __future__ import annotations

import itertools

import pytest

from healthlint.annotate import annotate
from healthlint.annotate.sentences import split_sentences
from healthlint.ingest import read_text


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith et al. found a small effect. The trial was short.",
     ["Smith et al. found a small effect.", "The trial was short."]),
    ("Some foods, e.g. spinach and nuts, contain magnesium. Others do not.",
     ["Some foods, e.g. spinach and nuts, contain magnesium.", "Others do not."]),
    ("Dr. Jones said the dose was approx. 300 mg per day. She was cautious.",
     ["Dr. Jones said the dose was approx. 300 mg per day.", "She was cautious."]),
    ("Diet vs. exercise is a false choice. Both matter.", ["Diet vs. exercise is a false choice.", "Both matter."]),
    ("The effect was 2.5 times larger in adults. Children were not studied.",
     ["The effect was 2.5 times larger in adults.", "Children were not studied."]),
    ("The U.S. Food and Drug Administration approved it. It costs $5.",
     ["The U.S. Food and Drug Administration approved it.", "It costs $5."]),
    ("Results (see Fig. 2) were mixed. More work is needed.",
     ["Results (see Fig. 2) were mixed.", "More work is needed."]),
    ("Prof. Smith and Mr. Brown i.e. the authors agreed. Fine.",
     ["Prof. Smith and Mr. Brown i.e. the authors agreed.", "Fine."]),
    ("Is it safe? Yes! Ask your doctor.", ["Is it safe?", "Yes!", "Ask your doctor."]),
    ('He said "it works." Then he left.', ['He said "it works."', "Then he left."]),
    ("Vitamin D, approx. 1,000 IU, is common. Jan. 5 was the date.",
     ["Vitamin D, approx. 1,000 IU, is common.", "Jan. 5 was the date."]),
    ("Take these steps:\n1. Sleep well.\n2. Eat greens.\n3. Walk daily.",
     ["Take these steps:", "1. Sleep well.", "2. Eat greens.", "3. Walk daily."]),
    ("Steps to take\n\n1. Sleep well\n2. Eat greens", ["Steps to take", "1. Sleep well", "2. Eat greens"]),
    ("Why Magnesium Matters\nMagnesium is a mineral. It helps muscles.",
     ["Why Magnesium Matters", "Magnesium is a mineral.", "It helps muscles."]),
    ("- first bullet\n- second bullet point here.", ["- first bullet", "- second bullet point here."]),
    ("A sentence that wraps\nover two lines. Another one.", ["A sentence that wraps\nover two lines.", "Another one."]),
    ("", []),
    ("   \n\n  ", []),
    ("No final punctuation", ["No final punctuation"]),
])
def test_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_spans_are_exact_and_ordered() -> None:
    text = "  First one.  Second one?\n\nThird, e.g. with abbreviations!  "
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == ["First one.", "Second one?", "Third, e.g. with abbreviations!"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_markdown_headings_and_bullets() -> None:
    doc = read_text("# Heading One\nText under heading. Second sentence.\n\n## Sub\n- item a\n- item b\n"
                    "  continued here.\n\n1. numbered item. With two sentences.\n", "a.md")
    annotate([doc], ["sentences"])
    got = [" ".join(doc.text[s.start:s.end].split()) for s in doc.sentences]
    assert got == ["Heading One", "Text under heading.", "Second sentence.", "Sub", "item a",
                   "item b continued here.", "1. numbered item.", "With two sentences."]


def test_html_blocks_are_separate() -> None:
    doc = read_text("<html><body><h1>Title here</h1><p>One para. Two, e.g. this.</p><ul><li>Item one</li>"
                    "<li>Item two</li></ul></body></html>", "a.html")
    annotate([doc], ["sentences"])
    assert [doc.text[s.start:s.end] for s in doc.sentences] == ["Title here", "One para.", "Two, e.g. this.",
                                                                 "Item one", "Item two"]


def test_long_text_is_fast_enough() -> None:
    import time

    text = ("Dr. Smith et al. reported approx. 3.5 mg/dL vs. 2.1 mg/dL in controls. " * 40 + "\n\n") * 50
    started = time.perf_counter()
    spans = split_sentences(text)
    assert len(spans) == 2000
    assert time.perf_counter() - started < 10


def test_number_abbreviations_only_before_a_number() -> None:
    assert _split("Just say no. Skip the shots.") == ["Just say no.", "Skip the shots."]
    assert _split("See Fig. 2 and No. 5 for details. Then stop.") == ["See Fig. 2 and No. 5 for details.", "Then stop."]
