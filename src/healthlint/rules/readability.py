"""RDB: readability, measured with the Flesch-Kincaid grade and SMOG on the article's prose."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from healthlint.document import Document
from healthlint.finding import Hit, Severity
from healthlint.rules.base import RuleContext, rule
from healthlint.syllables import syllables

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_REFS_HEADING = re.compile(
    r"^[ \t#*_]*(?:sources?|references?|bibliography|citations?|further reading|works cited|"
    r"sources (?:&|and) references[^\n]*)\s*:?[ \t*_]*$", re.I | re.M)
MIN_WORDS = 100
MIN_SENTENCES = 5


_SYLLABLE_CACHE: dict[str, int] = {}


def _word_syllables(word: str) -> int:
    n = _SYLLABLE_CACHE.get(word)
    if n is None:
        n = sum(syllables(part) for part in word.split("-")) if "-" in word else syllables(word)
        if len(_SYLLABLE_CACHE) > 200_000:
            _SYLLABLE_CACHE.clear()
        _SYLLABLE_CACHE[word] = n
    return n


@dataclass(frozen=True, slots=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    polysyllables: int

    @property
    def flesch_kincaid(self) -> float:
        """Kincaid et al. (1975): 0.39 words/sentence + 11.8 syllables/word - 15.59."""
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def smog(self) -> float:
        """McLaughlin (1969), as a formula: 1.0430 sqrt(polysyllables * 30 / sentences) + 3.1291."""
        return 1.0430 * math.sqrt(self.polysyllables * 30 / self.sentences) + 3.1291

    @property
    def flesch_reading_ease(self) -> float:
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words


def prose_end(doc: Document) -> int:
    """Where the prose ends: the start of a trailing reference section, else the text's end."""
    floor = len(doc.text) * 3 // 10
    starts = [m.start() for m in _REFS_HEADING.finditer(doc.text) if m.start() >= floor]
    return starts[0] if starts else len(doc.text)


def measure(doc: Document) -> Readability | None:
    """Statistics over the article's prose sentences (headings, short list items and the
    reference section left out); None when there is too little prose to measure."""
    end = prose_end(doc)
    headings = {(h.start, h.end) for h in doc.headings}
    n_sent = 0
    words: list[str] = []
    for span in doc.sentences:
        if span.start >= end or (span.start, span.end) in headings:
            continue
        found = _WORD.findall(doc.text, span.start, span.end)
        if len(found) < 3:
            continue
        n_sent += 1
        words.extend(found)
    n_words = len(words)
    n_syll = n_poly = 0
    for word, count in Counter(words).items():
        syl = _word_syllables(word)
        n_syll += syl * count
        if syl >= 3:
            n_poly += count
    if n_words < MIN_WORDS or n_sent < MIN_SENTENCES:
        return None
    return Readability(n_sent, n_words, n_syll, n_poly)


@rule("RDB101", "reading-grade-too-high", category="readability", severity=Severity.INFO, scope="document")
def reading_grade_too_high(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The article's reading grade is above the target by both Flesch-Kincaid and SMOG.

    The target is ``readability-grade`` in the configuration (default 12; health-literacy
    guidance recommends grade 6 to 8 for patient material). The rule fires only when both
    formulas agree; the reported grade is their mean.

    ## Why it matters
    Health information that readers cannot understand is not information. About a third of US
    adults have basic or below-basic health literacy; agencies advise writing patient material
    at grade 6-8 and never above grade 12.

    ## Example
    > Supplementation with magnesium-containing compounds demonstrates considerable
    > physiological significance regarding neuromuscular excitability and inflammatory processes.

    ## Better
    > Magnesium helps nerves and muscles work. Some studies suggest it may ease cramps.

    ## References
    - Kincaid JP et al. Derivation of new readability formulas for Navy enlisted personnel. 1975.
    - McLaughlin GH. SMOG grading: a new readability formula. J Reading 1969;12:639-46.
    - Weiss BD. Health Literacy: A Manual for Clinicians. AMA Foundation, 2003.
    """
    target = float(ctx.option("RDB101", "grade", ctx.option("*", "readability-grade", 12.0)))
    stats = measure(doc)
    if stats is None:
        return
    fk, smog = stats.flesch_kincaid, stats.smog
    grade = (fk + smog) / 2
    if min(fk, smog) > target:
        yield Hit(
            None,
            f"reading grade {grade:.1f} is above the target {target:g} "
            f"(Flesch-Kincaid {fk:.1f}, SMOG {smog:.1f}; {stats.words / stats.sentences:.1f} words per sentence)",
            evidence={"grade": round(grade, 1), "flesch_kincaid": round(fk, 1), "smog": round(smog, 1),
                      "flesch_reading_ease": round(stats.flesch_reading_ease, 1), "target": target,
                      "sentences": stats.sentences, "words": stats.words, "syllables": stats.syllables,
                      "polysyllables": stats.polysyllables},
            suggestion="Use shorter sentences and everyday words; explain medical terms.",
        )
