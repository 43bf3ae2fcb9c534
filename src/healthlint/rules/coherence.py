"""COH: coherence -- does the article stay on its subject and agree with itself?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.util import find_spec

from healthlint.document import Claim, Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import RuleContext, rule
from healthlint.topics import (
    CONDITION_TYPES,
    GENERIC,
    body_vector,
    entities_in,
    main_topics,
    reference_fit,
    reference_regions,
    title_span,
)

_ENTITY_LAYER: tuple[str, ...] = ("entities",) if find_spec("healthlint.annotate.entities") else ()
_CLAIM_LAYER: tuple[str, ...] = ("claims",) if find_spec("healthlint.annotate.claims") else ()

DRIFT_MIN_MENTIONS = 3  # the body's main condition must be named at least this often
DRIFT_RATIO = 1 / 3  # ... and the title's conditions less than this share of it
RELATED_COSINE = 0.45  # condition names this close under the embedding model count as related


def _same(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _related(a: str, b: str) -> bool:
    """Same or related conditions: one name inside the other, or close vectors (epilepsy and
    seizure, bipolar disorder and depression)."""
    a, b = a.lower(), b.lower()
    if a in b or b in a:
        return True
    from healthlint.embed import embed

    return float(embed(a) @ embed(b)) >= RELATED_COSINE


def title_conditions(doc: Document) -> list[str]:
    title = doc.metadata.title or ""
    if not title:
        return []
    span = title_span(doc)
    if span is not None and doc.entities:
        ents = [e for e in doc.entities if span[0] <= e.start < span[1]]
    else:
        ents = entities_in(title)
    seen: list[str] = []
    for e in ents:
        c = e.canonical
        if e.type in CONDITION_TYPES and c.lower() not in GENERIC and c not in seen:
            seen.append(c)
    return seen


@rule("COH101", "topic-drift", category="coherence", severity=Severity.WARNING, scope="document",
      requires=("references", *_ENTITY_LAYER))
def topic_drift(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The title's main topic is not the body's main topic.

    The title names a condition, but the condition the body talks about most (named at least three
    times) is another one, and the title's conditions get less than a third as many mentions.
    Related conditions (one name inside the other, or close under the embedding model, such as
    epilepsy and seizure) do not count as drift.  The evidence gives the counts and the title-body similarity.

    ## Why it matters
    A reader who came for the condition in the title gets text about another one; in generated or
    spun content the title is often chosen for search traffic, and the body does not deliver.

    ## Example
    > # Zinc and Migraine
    > (then eight paragraphs about psoriasis, and migraine once)

    ## Better
    > Keep the body on the title's subject, or retitle the article after what it discusses.

    ## References
    - Charnock D, et al. DISCERN. J Epidemiol Community Health. 1999;53(2):105-11 (question 1: are the
      aims clear; question 2: does it achieve its aims).
    """
    conds = title_conditions(doc)
    if not conds:
        return
    topics = main_topics(doc)
    if not topics.conditions:
        return
    counts = dict(topics.conditions)
    main, n_main = topics.conditions[0]
    if n_main < DRIFT_MIN_MENTIONS:
        return
    if any(_related(c, main) for c in conds):
        return
    n_title = max(sum(n for name, n in counts.items() if _same(c, name)) for c in conds)
    if n_title >= DRIFT_RATIO * n_main:
        return
    fit = reference_fit(doc.metadata.title or "", topics, None, body_vector(doc, topics))
    span = title_span(doc)
    yield Hit(
        Span(*span) if span else None,
        f"title is about {', '.join(conds)} but the body is mostly about {main} ({n_main} mentions vs {n_title})",
        evidence={"title_conditions": conds, "body_main_condition": main, "body_mentions": n_main,
                  "title_condition_mentions": n_title, "title_body_similarity": round(fit.similarity, 3)},
    )


# ---- COH102 ---------------------------------------------------------------------------------


def _canon(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(e.canonical.lower() for e in entities_in(text) if e.canonical.lower() not in GENERIC)


def _claim_key(c: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    exp, out = _canon(c.exposure), _canon(c.outcome)
    if not exp or not out:
        return None
    return exp, out


@rule("COH102", "self-contradiction", category="coherence", severity=Severity.WARNING, scope="claim",
      requires=("sentences", "references", *_CLAIM_LAYER))
def self_contradiction(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Two sentences of the article say opposite things about the same pair.

    Claims about the same exposure and outcome (the same substances, treatments or conditions on
    both sides), one asserting the effect and the other denying it ("X relieves Y" ... "X does not
    relieve Y").  The finding marks the later claim and quotes the earlier one.  Abbreviations
    defined against the article's own sources are ABB102's business.

    ## Why it matters
    An article that contradicts itself cannot be right both times; it usually means parts were
    stitched together from different sources without being read.

    ## Example
    > Magnesium eases leg cramps. ... Magnesium does not ease leg cramps.

    ## Better
    > Magnesium eased cramps in one small trial, but a larger review found no effect.

    ## References
    - Charnock D, et al. DISCERN. J Epidemiol Community Health. 1999;53(2):105-11 (question 4/5: balance,
      reliability).
    """
    regions = reference_regions(doc)
    seen: dict[tuple[frozenset[str], frozenset[str]], Claim] = {}
    for c in doc.claims:
        if c.strength == "none" or c.attribution not in ("none", "vague") or any(a <= c.start < b for a, b in regions):
            continue  # reported findings of named studies may differ: that is balance, not contradiction
        key = _claim_key(c)
        if key is None:
            continue
        prev = seen.get(key)
        if prev is not None and prev.polarity != c.polarity:
            yield Hit(Span(c.start, c.end), "contradicts an earlier sentence of the article",
                      evidence={"earlier": " ".join(prev.text.split())[:200], "exposure": sorted(key[0]),
                                "outcome": sorted(key[1]), "polarity": [prev.polarity, c.polarity]})
            continue
        seen.setdefault(key, c)


# ---- COH103 ---------------------------------------------------------------------------------

_CONFLATE = re.compile(
    r"\b(?:are|is|were)\s+(?:all\s+)?(?:really\s+|actually\s+|basically\s+|essentially\s+|just\s+)?"
    r"(?:(?:similar|alike)\s+enough\s+that\s+they\s+(?:could|might|may|must)\s+(?:all\s+)?(?:be|have)\s+"
    r"(?:caused\s+by\s+|due\s+to\s+)?(?:the\s+)?(?:same|one|a\s+single|a\s+common)"
    r"|(?:all\s+)?(?:the\s+same|one\s+and\s+the\s+same)\s+(?:disease|condition|illness|disorder|thing|problem)"
    r"|(?:all\s+)?(?:caused\s+by|due\s+to|the\s+result\s+of)\s+(?:the\s+)?(?:same|one|a\s+single)\s+"
    r"(?:underlying\s+)?(?:cause|problem|root|condition|thing)"
    r"|(?:all\s+)?(?:just\s+)?(?:different\s+)?(?:names|forms|versions)\s+(?:for|of)\s+(?:the\s+)?same\s+"
    r"(?:disease|condition|illness|disorder|thing|problem))"
    # added after a fourth recall study: "are really the same oxygen-deficit problem", "it's all the same root
    # issue", "one disease at different stages", "all come down to the same thing", "three faces of one root
    # problem", "one condition wearing different masks", "different branches of the same tree"
    r"|\b(?:are|is|were|['’]re|['’]s)\s+(?:(?:all|really|actually|basically|essentially|just|simply|truly|"
    r"ultimately)\s+)*(?:the\s+(?:very\s+)?same|one(?!\s+of\b)|a\s+single)\s+(?:[\w'’-]+\s+){0,3}?(?:disease|condition|illness|"
    r"disorder|thing|problem|issue|imbalance|cause|deficiency|dysfunction|collapse)s?\b"
    r"|\b(?:all|both)\s+(?:\w+\s+)?(?:come|comes|boil|boils)\s+down\s+to\s+(?:the\s+)?same\b"
    r"|\b(?:faces|branches|symptoms|stages|sides|versions|expressions|forms|names|flavou?rs|masks)\s+of\s+(?:the\s+)?"
    r"(?:same|one)\b"
    r"|\b(?:one|the\s+same)\s+(?:[\w'’-]+\s+){0,3}?(?:disease|condition|illness|problem|thing|imbalance)\s+"
    r"(?:wearing|with|under|at|in)\s+(?:different|many|various)\b",
    re.I,
)
# a sentence whose subject stands for conditions named just before: "They're all one disease at the cellular level"
_PLURAL_SUBJECT = re.compile(r"\W*(?:they|these|those|all\s+of\s+(?:them|these)|it|that)\b", re.I)


@rule("COH103", "condition-conflation", category="coherence", severity=Severity.INFO, scope="sentence",
      status="preview", requires=("sentences", *_ENTITY_LAYER))
def condition_conflation(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Distinct conditions presented as one.

    A sentence that names two or more different conditions (or whose subject, "they", stands for
    conditions named in the sentence before) and says they are "the same disease", "all caused by
    the same underlying cause", "similar enough that they could be caused by the same" thing,
    "different names for the same condition", "one disease at different stages", "the same imbalance
    wearing different masks", or that they "all come down to the same thing".

    ## Why it matters
    Lumping distinct diseases together ("arthritis, lupus and IBS are all the same problem") sets
    up one remedy for all of them; each has its own causes, tests and treatments.

    ## Example
    > Asthma, eczema and migraine are all caused by the same underlying problem.

    ## Better
    > Asthma and eczema often occur together, but they are different conditions with their own
    > treatments.

    ## References
    - Moynihan R, Heath I, Henry D. Selling sickness: the pharmaceutical industry and disease
      mongering. BMJ. 2002;324(7342):886-91.
    """
    for i, s in enumerate(doc.sentences):
        m = _CONFLATE.search(doc.text, s.start, s.end)
        if not m:
            continue
        conds = _conditions(doc, s.start, s.end)
        if len(conds) < 2 and i > 0 and _PLURAL_SUBJECT.match(doc.text, s.start, s.end):
            conds |= _conditions(doc, doc.sentences[i - 1].start, s.start)
        if len(conds) < 2:
            continue
        yield Hit(Span(s.start, s.end), f"presents {len(conds)} distinct conditions as one",
                  evidence={"conditions": sorted(conds), "match": m.group(0)})


def _conditions(doc: Document, start: int, end: int) -> set[str]:
    """The distinct conditions named between ``start`` and ``end`` (canonical names)."""
    ents = [e for e in doc.entities if start <= e.start < end] if doc.entities else entities_in(doc.text[start:end])
    return {e.canonical.lower() for e in ents if e.type in CONDITION_TYPES and e.canonical.lower() not in GENERIC}
