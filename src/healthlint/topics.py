"""What an article is about, for the citation and coherence rules.

The *body* is the text less the title line and the reference sections.  Its *main topics* are the
conditions (and symptoms) and substances the entity layer finds there, by frequency.  Titles and
reference titles are compared with the body through those entities first (same canonical name),
then through the shipped static embedding model (:mod:`healthlint.embed`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from healthlint.document import Document, Entity

CONDITION_TYPES = frozenset({"condition", "symptom"})
SUBSTANCE_TYPES = frozenset({"substance"})
TREATMENT_TYPES = frozenset({"treatment"})
# canonical names too general to stand for what an article is about
GENERIC = frozenset({
    "pain", "disease", "illness", "inflammation", "infection", "symptom", "symptoms", "dietary supplement",
    "supplement", "drug", "drugs", "medication", "medicine", "over-the-counter drugs", "vitamin", "vitamins",
    "mineral", "water", "food", "diet", "stress", "fatigue", "obesity", "death", "injury", "cancer",
    "side effects", "adverse effects", "chronic disease", "autoimmune disease", "syndrome",
})
# words that put a paper title in the health sciences even when it names no condition
# words of sciences other than health: a title with one is not about the article's substance as a remedy
OTHER_SCIENCE = re.compile(
    r"\b(?:nano\w*|photo\w*|catal\w*|degradation|dyes?|polymer\w*|alloys?|crystal\w*|spectr\w*|solvatochrom\w*|"
    r"electro\w*|adsorption|corrosion|semiconduct\w*|synthes\w*|soils?|crops?|fertili[sz]\w*|livestock|poultry|"
    r"cattle|wastewater|industrial|coatings?|films?|membranes?|sensors?|batter(?:y|ies)|fuel|combustion|mining|"
    r"geolog\w*|ocean\w*|marine|quantum|thermal|magnetic|optical|chromatograph\w*|extraction|solvents?)\b",
    re.I,
)
HEALTH_WORDS = re.compile(
    r"\b(?:patients?|clinical|trials?|health|healthy|disease|disorders?|syndrome|risk|therap\w*|treat\w*|"
    r"formular(?:y|ies)|pharmacopoeia|prescrib\w*|medicines|tablets?|capsules?|leaflets?|product\s+characteristics|"
    r"sunscreens?|spf|"
    r"supplement\w*|intake|deficien\w*|mortality|morbidity|prevalence|incidence|symptoms?|diet\w*|nutrition\w*|"
    r"adults?|children|women|men|infants?|pregnan\w*|elderly|cohort|randomi[sz]ed|placebo|epidemiolog\w*|"
    r"medic\w*|hospital\w*|care|diagnos\w*|prognos\w*|outcomes?|efficacy|safety|dose|doses|dosing|"
    r"pharmacolog\w*|physiolog\w*|patholog\w*|pathophysiolog\w*|genetics?|sleep|pain|exercise|surgery|"
    r"vaccin\w*|infection\w*|inflammat\w*|cancer|tumou?rs?|cardi\w*|neuro\w*|psychiatr\w*|mental|obesity|"
    r"weight|blood|serum|plasma|bone|muscle\w*|brain|heart|liver|kidney|renal|lung|skin|immun\w*|"
    r"prevention|screening|mice|rats?|human|humans|people|population|survey|doctors?|physicians?|nurses?|"
    r"stud(?:y|ies)|research\w*|drugs?|pills?|medications?|vitamins?|scans?|tests?|testing|wellbeing|"
    r"well-being|fitness|aging|ageing|longevity|life|lives|survival|recovery|relief|heal\w*|cure\w*|monitoring|"
    r"toxicity|adverse|side[\s-]effects?|"
    # clinical word endings: "retinopathy", "arthritis", "fibrosis", "anaemia", "neuralgia"
    r"\w{3,}(?:opathy|opathies|itis|osis|aemia|emia|algia))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Topics:
    conditions: list[tuple[str, int]]  # (canonical, mentions in the body), most frequent first
    substances: list[tuple[str, int]]
    others: frozenset[str]  # every substance and treatment named in the body, lower case
    body_start: int
    body_end: int


def title_span(doc: Document) -> tuple[int, int] | None:
    """Where the title stands in the text (its first line, or the first heading), if it does."""
    title = (doc.metadata.title or "").strip()
    if not title:
        return None
    head = doc.text[:600]
    i = head.find(title)
    if i != -1 and not head[:i].strip(" \t\n#*"):
        return i, i + len(title)
    return None


def reference_regions(doc: Document) -> list[tuple[int, int]]:
    regions = [(s.start, s.end) for s in doc.layers.get("reference_sections", [])]
    regions.extend((r.start, r.end) for r in doc.references)
    return regions


def body_entities(doc: Document) -> list[Entity]:
    """Entities of the body: not in the title line, not in the reference list."""
    skip = reference_regions(doc)
    t = title_span(doc)
    if t is not None:
        skip.append(t)
    return [e for e in doc.entities if not any(a <= e.start < b for a, b in skip)]


def main_topics(doc: Document) -> Topics:
    ents = body_entities(doc)
    cond = Counter(e.canonical for e in ents if e.type in CONDITION_TYPES and e.canonical.lower() not in GENERIC)
    subs = Counter(e.canonical for e in ents if e.type in SUBSTANCE_TYPES and e.canonical.lower() not in GENERIC)
    t = title_span(doc)
    others = frozenset(e.canonical.lower() for e in ents if e.type in SUBSTANCE_TYPES | TREATMENT_TYPES) - GENERIC
    return Topics(cond.most_common(), subs.most_common(), others, t[1] if t else 0, len(doc.text))


@cache
def _vocab_lookup() -> object | None:
    try:
        from healthlint.annotate import entities
    except ImportError:  # pragma: no cover - entity layer not installed
        return None
    return entities


def entities_in(text: str) -> list[Entity]:
    """Entities of a short text (a title), by the entity layer's own lookup; [] without one."""
    mod = _vocab_lookup()
    if mod is None:
        return []
    found: list[Entity] = mod.find_entities(text)  # type: ignore[attr-defined]
    return found


def canonical_set(ents: Iterable[Entity], types: frozenset[str]) -> set[str]:
    return {e.canonical.lower() for e in ents if e.type in types and e.canonical.lower() not in GENERIC}


def topic_terms(topics: Topics, k: int = 5) -> list[str]:
    """The names that stand for the article: its top conditions, then its top substances."""
    terms = [c for c, _ in topics.conditions[:k]]
    terms += [s for s, _ in topics.substances[:k]]
    return terms


def similarity_to_terms(text: str, terms: Sequence[str]) -> tuple[float, str | None]:
    """Highest cosine between ``text`` and any of ``terms`` (and which term)."""
    if not terms:
        return 0.0, None
    from healthlint.embed import load_embedder

    emb = load_embedder()
    v = emb.embed(text)
    mat = emb.embed_many(list(terms))
    sims = mat @ v
    i = int(sims.argmax())
    return float(sims[i]), terms[i]


@dataclass(frozen=True, slots=True)
class Fit:
    """How a reference title relates to an article: ``score`` in [0, 1] (1 = shares a condition)."""

    score: float
    shared: list[str]
    health: bool
    similarity: float
    nearest: str | None


def body_vector(doc: Document, topics: Topics) -> Any:
    """Embedding of the article body (cached on the document)."""
    vec = doc.layers.get("_body_vector")
    if vec is None:
        from healthlint.embed import load_embedder

        skip = sorted(reference_regions(doc))
        start = topics.body_start
        end = min([a for a, _ in skip if a >= start] or [len(doc.text)])
        vec = load_embedder().embed(doc.text[start:end], max_tokens=4096)
        doc.layers["_body_vector"] = vec
    return vec


def body_words(doc: Document, topics: Topics) -> set[str]:
    """Content words of the article body (cached on the document)."""
    words = doc.layers.get("_body_words")
    if words is None:
        skip = sorted(reference_regions(doc))
        end = min([a for a, _ in skip if a >= topics.body_start] or [len(doc.text)])
        words = content_words(doc.text[topics.body_start:end])
        doc.layers["_body_words"] = words
    return set(words)


def reference_fit(title: str, topics: Topics, article_title: str | None = None, body: Any = None,
                  words: set[str] | None = None) -> Fit:
    """Score a reference title against the article's main topics.

    A title that names one of the article's conditions, or in a health context one of the
    substances or treatments the article discusses, fits (score 1).  Otherwise the score is the
    embedding similarity -- the mean of the similarity to the nearest topic term (or the article
    title) and, when ``body`` is given, to the article body; blended 4:1 with the share of the
    title's content words the article uses when ``words`` is given -- halved when the title has
    no health-science context at all (chemistry, physics, engineering ...).
    """
    ents = entities_in(title)
    article_conditions = {c.lower() for c, _ in topics.conditions}
    if article_title:
        article_conditions |= canonical_set(entities_in(article_title), CONDITION_TYPES)
    health = bool(HEALTH_WORDS.search(title)) or any(e.type in CONDITION_TYPES | {"treatment"} for e in ents)
    shared = sorted(canonical_set(ents, CONDITION_TYPES) & article_conditions)
    if health:  # a substance or treatment counts only in a health context (not "magnesium" in a chemistry paper)
        shared += sorted(canonical_set(ents, SUBSTANCE_TYPES | TREATMENT_TYPES) & topics.others)
    elif topics.substances and topics.substances[0][1] >= 3 and not OTHER_SCIENCE.search(title):
        # the article's main substance, in a title with no word of another science ("Quantity of
        # melatonin in melatonin gummies sold in the US" under an article on melatonin)
        main = topics.substances[0][0].lower()
        shared += sorted(c for c in canonical_set(ents, SUBSTANCE_TYPES) if c == main)
    terms = topic_terms(topics)
    if article_title:
        terms = [*terms, article_title]
    sim, nearest = similarity_to_terms(title, terms)
    if body is not None:
        from healthlint.embed import embed

        sim = 0.5 * sim + 0.5 * float(embed(title) @ body)
    if words is not None:  # the share of the title's content words that the article uses
        tw = content_words(title)
        sim = (sim + 0.25 * (len(tw & words) / len(tw) if tw else 0.0)) / 1.25
    if shared:
        return Fit(1.0, shared, health, sim, nearest)
    return Fit(sim if health else sim * 0.5, shared, health, sim, nearest)


_STOP = frozenset((
    "this", "that", "with", "from", "have", "will", "your", "about", "what", "when", "more", "than", "they",
    "their", "them", "into", "after", "over", "could", "would", "should", "says", "said", "study", "studies",
    "new", "news", "health", "just", "like", "make", "makes", "how", "why", "can", "may", "might", "does",
    "doctor", "doctors", "here", "there", "these", "those", "some", "most", "much", "many", "very", "also",
    "only", "even", "each", "been", "being", "were", "which", "while", "where",
))
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


@dataclass(frozen=True, slots=True)
class TitleFit:
    """How well a title matches an article body; ``score`` in [0, 1], higher = better match."""

    score: float
    word_overlap: float  # share of the title's content words found in the body
    body_similarity: float
    lede_similarity: float
    shared: list[str]


def title_fit(doc: Document, title: str, topics: Topics | None = None) -> TitleFit:
    """Score ``title`` against the body of ``doc``: shared conditions (0.2), embedding similarity
    to the body (1) and to its first 80 words (0.5), and the share of the title's content words
    that the body uses (1), normalised to [0, 1].  Weights fitted on the news stories
    (``bench/drift.py``)."""
    from healthlint.embed import embed

    topics = topics or main_topics(doc)
    skip = sorted(reference_regions(doc))
    end = min([a for a, _ in skip if a >= topics.body_start] or [len(doc.text)])
    body = doc.text[topics.body_start:end]
    bv = body_vector(doc, topics)
    tv = embed(title)
    tw = content_words(title)
    overlap = len(tw & content_words(body)) / len(tw) if tw else 0.0
    lede = float(tv @ embed(" ".join(body.split()[:80])))
    body_sim = float(tv @ bv)
    shared = sorted(canonical_set(entities_in(title), CONDITION_TYPES) & {c.lower() for c, _ in topics.conditions})
    score = (0.2 * bool(shared) + body_sim + overlap + 0.5 * lede) / 2.7
    return TitleFit(max(0.0, min(1.0, score)), overlap, body_sim, lede, shared)
