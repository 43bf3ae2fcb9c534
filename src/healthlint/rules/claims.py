"""CLM: what the article claims and how strongly (reads the ``claims`` layer)."""

from __future__ import annotations

import bisect
import re
import urllib.parse
from collections.abc import Iterator

from healthlint.annotate.claims import Cues, attribution_of, cues, find_cues, rule_strength
from healthlint.document import Claim, Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import SOURCE_LAYERS, RuleContext, noting_sentences, rule
from healthlint.rules.commercial import affiliate_network
from healthlint.rules.search import finditer, lowered, outermost
from healthlint.scholarly import authoritative_host, scholarly_host

_LEVEL = {"none": 0, "vague": 1, "named": 2, "specific": 3}
SUBSTANCE_TYPES = frozenset({"substance", "treatment", "drug", "food", "procedure", "device", "intervention"})
ILL_TYPES = frozenset({"condition", "symptom", "disease"})


def _sentence_text(doc: Document, i: int) -> str:
    if 0 <= i < len(doc.sentences):
        s = doc.sentences[i]
        return doc.text[s.start : s.end]
    return ""


def nearby_attribution(doc: Document, start: int, end: int, window: int = 1) -> str:
    """The strongest attribution in the sentence holding ``start`` and ``window`` sentences either
    side, counting citation markers from the ``citations`` layer as specific."""
    i = doc.sentence_index(start)
    best = 0
    lo = max(0, i - window)
    hi = min(len(doc.sentences) - 1, i + window)
    for j in range(lo, hi + 1):
        best = max(best, _LEVEL[attribution_of(_sentence_text(doc, j))[0]])
    if "citations" in doc.annotated and doc.sentences:
        s0 = doc.sentences[lo].start
        s1 = doc.sentences[hi].end
        if any(s0 <= c.start < s1 for c in doc.citations):
            best = 3
    return next(k for k, v in _LEVEL.items() if v == best)


def sentences_with(doc: Document, *patterns: re.Pattern[str]) -> list[tuple[int, Span]]:
    """Sentences holding a match of any pattern, found with one pass over the whole text per
    pattern: rules then look closely at these few sentences only (much faster than matching every
    sentence one by one)."""
    if not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    hits: set[int] = set()
    for pattern in patterns:
        for m in finditer(doc, pattern):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= doc.sentences[i].end:
                hits.add(i)
    return [(i, doc.sentences[i]) for i in sorted(hits)]


# bytes that are ASCII letters or digits stay, every other byte becomes a space
_WORD_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))

Gate = tuple[frozenset[bytes], ...]


def gate(*groups: str) -> Gate:
    """A cheap test that a pattern can match: each group (space-separated words) must have a word
    in the document.  The words must be ones the pattern cannot match without."""
    return tuple(frozenset(w.encode() for w in g.split()) for g in groups)


def inside_quotation(doc: Document, pos: int) -> bool:
    """Whether ``pos`` falls inside a quotation opened earlier in its paragraph (“... The best thing
    is ...”): someone's words reported, sentence after sentence."""
    para = doc.text.rfind("\n\n", 0, pos) + 1
    before = doc.text[para:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def doc_tokens(doc: Document) -> frozenset[bytes]:
    """The lower-case ASCII words of the document (letters and digits; "don't" gives "don" and
    "t"), computed once: testing a few words here is much cheaper than many substring searches."""
    key = "_tokens"
    if key not in doc.layers:
        low = lowered(doc)
        text = low if low is not None else doc.text.lower()
        doc.layers[key] = frozenset(text.encode("utf-8", "ignore").translate(_WORD_BYTES).split())
    tokens: frozenset[bytes] = doc.layers[key]
    return tokens


def lower_text(doc: Document) -> str:
    """The document text lower-cased, cached on the document where that keeps every offset."""
    low = lowered(doc)
    return low if low is not None else doc.text.lower()


def opens(tokens: frozenset[bytes], g: Gate) -> bool:
    return all(not tokens.isdisjoint(words) for words in g)


def _entities_in(doc: Document, start: int | None, end: int | None, types: frozenset[str]) -> list[str]:
    if start is None or end is None or "entities" not in doc.annotated:
        return []
    return [e.text for e in doc.entities if e.start < end and start < e.end and e.type in types]


def _health_outcome(doc: Document, claim: Claim) -> bool:
    x = claim.extra
    if _entities_in(doc, x.get("outcome_start"), x.get("outcome_end"), ILL_TYPES):
        return True
    return bool(claim.outcome and cues().outcome_words.search(claim.outcome))


_OPEN_QUOTES = frozenset("“\"‘'")
_CLOSE_QUOTES = frozenset("”\"’'")
_STRONG_BOOSTER = re.compile(
    r"(?:clinically|scientifically|medically)\s+(?:proven|proved|tested|shown)|guarantee|100\s?%|miracle|"
    r"(?:remarkable|amazing|incredible|astonishing|miraculous)\s|(?:completely|totally|entirely|permanently|fully)\s|"
    r"works\s+every|never\s+fails|prove[sd]?\s",
    re.I,
)
_CURE_CUE = re.compile(
    r"(?:cure|cures|cured|eliminat\w+|revers\w+|heal|heals|healed|eradicat\w+|get\s+rid|wipe[sd]?\s+out|"
    # verbs of complete, mechanical action: "kills cancer cells", "dissolves kidney stones", "melts belly fat"
    r"kills?|destroys?|dissolves?|melts?|flush(?:es)?|halts?|repairs?|rebuilds?|regenerates?|restores?|regrows?|shrinks?|unclogs?|"
    r"detoxif(?:y|ies)|stops|treats)$",
    re.I,
)
_SUCCESS_WORDS = ("success rate", "cure rate", "recovery rate", "remission rate", "response rate", "works for",
                  "works in", "% of our ", "% of my ", "percent of our ", "per cent of our ", "percent of my ")
_STUDY_CONTEXT = re.compile(
    r"\b(?:placebo|group|groups|trial|study|participants|patients\s+(?:who|in)|randomi[sz]ed|cohort)\b", re.I
)
_LAB_CONTEXT = re.compile(
    r"\bin\s+(?:the\s+)?(?:test\s+tubes?|lab|laboratory|petri\s+dish(?:es)?|mice|rats|animals|cell\s+cultures?|vitro)\b",
    re.I,
)
_PRONOUN = re.compile(r"(?:it|this|they|these|that)$", re.I)
# an unsourced success rate: "a 90% success rate", "works for 97% of people"
_SUCCESS_RATE = re.compile(
    r"\b(?:an?\s+)?\d{2,3}(?:\.\d)?\s?(?:%|per\s?cent)\s+(?:success|cure|recovery|remission|response)\s+rate"
    r"|\bworks\s+(?:for|in)\s+(?:\d{2,3}\s?(?:%|per\s?cent)|nine\s+out\s+of\s+ten)"
    r"(?:\s+of\s+(?:people|patients|users|cases))?"
    # a clinic's or seller's own tally: "94% of our patients report significant improvement"
    r"|\b\d{2,3}(?:\.\d)?\s?(?:%|per\s?cent)\s+of\s+(?:our|my)\s+(?:patients|clients|customers|users|members)\s+"
    r"(?:report(?:ed)?|see|saw|experience[sd]?|get|got|notice[sd]?|feel|felt|enjoy(?:ed)?)\s+(?:\w+\s+){0,2}?"
    r"(?:improvement|relief|results|benefits?|success|recovery|remission)",
    re.I,
)


# --- wordings the claim layer does not make into efficacy claims (added after a recall study on
# bad articles in genres the rules had not seen).  Each is tried only in a document that names no
# specific source anywhere and is not a sourced news report, and only where no source is named in
# or next to the sentence.
#
# a remedy doing something complete to a disease or a body part: "fixes the insulin resistance",
# "regrows cartilage", "knocks out colds", "flushes out worms"
_ACTION_VERBS = (
    r"fix(?:es)?|restores?|regrows?|regenerates?|repairs?|reverses?|rebuilds?|resets?|cures?|heals?|"
    r"kills?|eliminates?|eradicates?|destroys?|wipes?\s+out|knocks?\s+out|flush(?:es)?\s+out|melts?(?:\s+away)?|"
    r"dissolves?|ends|clears?(?:\s+(?:up|out))?|banish(?:es)?|stops?|halts?|unclogs?|detoxif(?:y|ies)|boosts?|"
    r"wakes?\s+up|shrinks?|removes?|works\s+(?:for|on|against)|"
    # added after a fifth recall study: "It closes up open cracks", "pulls toxins out of the gums",
    # "seals the gut lining", and the past of a testimonial: "it fixed my son's focus", "cured his ADHD"
    r"closes?\s+up|seals?|purif(?:y|ies)|pulls?\s+(?:out|toxins)|draws?\s+out|calms?\s+down|shuts?\s+(?:off|down)|"
    r"breaks?\s+up|"
    r"fixed|cured|healed|reversed|cleared(?:\s+up)?|eliminated|got\s+rid\s+of|wiped\s+out|knocked\s+out"
)
_ACTION_VERB = re.compile(r"(?<![\w-])(?:" + _ACTION_VERBS + r")(?![\w-])", re.I)
# what such a verb acts on, beyond the claim layer's outcome words
_BODY_OBJECT = re.compile(
    r"\b(?:hormon\w*|follicles?|tissues?|dna|ag(?:e)?ing|cells?|spirochetes?|worms?|eggs|larvae|immunity|"
    r"insulin\s+resistance|colds?|flu|cholesterol|blood\s+sugar|toxins?|heavy\s+metals|nerves?|cartilage|"
    r"conditions|illnesses|ailments|organisms|microbes|mitochondria|gut|colon|liver|arteries|thyroid|adrenals?|function)\b",
    re.I,
)
# a remedy named by what it is: "the cleanse", "our formula", "this treatment", "one treatment"
_REMEDY_NOUN = re.compile(
    r"\b(?:(?:the|this|that|our|my|its|one|a\s+single|each)\s+)?(?:[\w'’-]+\s+){0,3}?(?:cleanse|formula|blend|"
    r"protocol|remedy|tincture|oil|tea|supplement|pill|capsules?|drip|treatments?|therapy|diet|juice|extract|"
    r"powder|product|program|programme|method|injections?|infusion|shot|cocktail|binder)\b",
    re.I,
)
_SUBJECT_PRONOUN = re.compile(
    r"^\W*(?:together\s+|and\s+|also\s+)?(?:it|this|they|these|that)"
    r"(?:\s+(?:actually|really|truly|literally|also|even|just|simply|quickly))?\W*$",
    re.I,
)
# what between the remedy and the verb keeps the claim from being stated as fact
_CLAUSE_HEDGE = re.compile(
    r"\b(?:may|might|could|can|would|should|not|never|no|help|helps|helped|to|if|whether|claims?|said|says|"
    r"supposedly|allegedly|promises?|promised)\b|n't\b",
    re.I,
)
# the writer's or a client's own cure: "my joint pain was completely gone"
_TESTIMONIAL_CURE = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:[\w-]+\s+){0,2}?(?:pain|symptoms|\w+itis|migraines?|headaches?|anxiety|"
    r"depression|eczema|acne|psoriasis|neuropathy|diabetes|cravings|fatigue|insomnia|asthma|allergies|cancer|"
    r"tumou?rs?|blood\s+pressure)\s+(?:was|were|had|has|have|is|are)\s+(?:\w+\s+)?(?:(?:completely|totally|"
    r"entirely|simply|all|just)\s+(?:gone|disappeared|vanished|cured|reversed|healed)|disappeared|vanished|cured|"
    r"reversed|healed)\b",
    re.I,
)
# a remedy said to match a drug: "works as well as Prozac", "works just like metformin"
_AS_GOOD_AS_DRUG = re.compile(
    r"\b(?:works?|is|are)\s+(?:just\s+)?(?:as\s+well\s+as|as\s+effective(?:ly)?\s+as|as\s+good\s+as|"
    r"better\s+than|just\s+like|exactly\s+like)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:prescription\s+)?",
    re.I,
)
# a disease reduced to one cause: "Depression is really just inflammation in the gut"
_REDUCTIVE = re.compile(
    r"\s*(?:is|are)\s+(?:really|actually|simply|merely|just|nothing\s+(?:but|more\s+than))\s+(?:just\s+)?"
    r"(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+){0,5}",
    re.I,
)
# a disease said to be caused by one thing, or a drug to cause harms, stated as fact
_CAUSE_CUE = re.compile(r"^(?:cause[sd]?|trigger(?:s|ed)?)$", re.I)
_CAUSE_KINDS = frozenset({"drug", "food", "chemical", "supplement", "vitamin", "mineral", "herb"})
_CAUSE_STUFF = re.compile(
    r"\b(?:carbohydrates|carbs|sugar|gluten|seed\s+oils|dairy|food\s+dyes|additives|aluminum|aluminium|fluoride|"
    r"mercury|vaccines?|vaccinations?|chemicals|toxins|wheat|grains|fat|meat)\b",
    re.I,
)
# a drug doing damage: "SSRIs numb your emotions", "They stunt growth"
_HARM_VERB = re.compile(
    r"(?<![\w-])(?:stunts?\s+(?:growth|development)|(?:wrecks?|ruins?|destroys?|poisons?|starves?|fries|"
    r"shreds?|rewires?|numbs?|wipes?\s+out)\s+(?:your|the|their|a\s+child'?s|our|his|her)\b)",
    re.I,
)


# a research paper or abstract reporting its own study (stricter than _RESEARCH_REPORT, which a
# clinic's "our patients ... our results" also meets)
_OWN_STUDY = re.compile(
    r"\b(?i:we\s+(?:found|studied|report|examined|investigated|analy[sz]ed|evaluated|assessed|conducted|enrolled)|"
    r"(?:in|of)\s+this\s+(?:study|series|trial|cohort))\b"
    r"|\b(?:OBJECTIVES?|BACKGROUND|METHODS?|RESULTS?|CONCLUSIONS?|PURPOSE)\s*:"
)


# a one-word journal name standing alone ("Stem Cell Therapy") is no source
_BARE_JOURNAL_WORD = re.compile(r"Pediatrics|Circulation|Neurology|Cell")


# the words each wording cannot match without
_CURE_WORDING_GATES: tuple[tuple[re.Pattern[str], Gate], ...] = (
    (
        _ACTION_VERB,
        gate(
            "fix fixes restore restores regrow regrows regenerate regenerates repair repairs reverse reverses rebuild "
            "rebuilds reset resets cure cures heal heals kill kills eliminate eliminates eradicate eradicates destroy "
            "destroys wipe wipes knock knocks flush flushes melt melts dissolve dissolves ends clear clears banish "
            "banishes stop stops halt halts unclog unclogs detoxify detoxifies boost boosts wake wakes shrink shrinks "
            "remove removes works close closes seal seals purify purifies pull pulls draw draws calm calms fixed cured "
            "healed reversed cleared eliminated got wiped knocked shut shuts break breaks"
        ),
    ),
    (
        _TESTIMONIAL_CURE,
        gate("my his her their our", "gone disappeared vanished cured reversed healed"),
    ),
    (_AS_GOOD_AS_DRUG, gate("works work is are", "well effective effectively good better like")),
    (_HARM_VERB, gate("stunt stunts wreck wrecks ruin ruins destroy destroys poison poisons starve starves fries "
                      "shred shreds rewire rewires numb numbs wipe wipes")),
    (_REDUCTIVE, gate("is are", "really actually simply merely just nothing")),
)


def unsourced_document(doc: Document) -> bool:
    """True for a document that names no specific source anywhere (no citation, reference,
    journal, link or dated study) and is not a news report quoting people throughout.  On a page
    that sells (:func:`healthlint.rules.selling.selling_document`) and cites nothing in its text,
    people quoted throughout and an uncited reference list do not count as sources."""
    key = "_clm_unsourced"
    if key not in doc.layers:
        specific = "citations" in doc.annotated and bool(doc.citations)
        # on a page that sells, people quoted throughout are the seller's testimonials and experts,
        # and a reference list the text never cites backs none of its claims
        selling = not specific and _selling(doc)
        listed = [(r.start, r.end) for r in doc.references] if selling else []
        doc.layers[key] = not (
            specific
            or (_sourced_document(doc) and not selling)
            or any(
                _names_a_source(m.group(0)) and not any(a <= m.start() < b for a, b in listed)
                for m in cues().specific.finditer(doc.text)
            )
            or _OWN_STUDY.search(doc.text)
        )
    return bool(doc.layers[key])


# "Nature doesn't make mistakes" names no journal; "Nature Medicine" does
_NATURE_WORD = re.compile(r"Nature\s+(?:[a-z]\w*|[A-Z]\w*n't)\b")


def _names_a_source(match: str) -> bool:
    """Whether a match of the "specific" attribution patterns names a source a reader could look up:
    not a one-word journal name standing alone, not "Nature" at the head of a sentence, and a web
    address only when it is a scholarly or authoritative site (a shop, an affiliate link or an
    article directory is no source)."""
    if _BARE_JOURNAL_WORD.fullmatch(match) or _NATURE_WORD.fullmatch(match):
        return False
    if match.startswith(("http://", "https://")):
        host = (urllib.parse.urlsplit(match.rstrip(").,;]")).hostname or "").lower()
        return scholarly_host(host) or authoritative_host(host)
    return True


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` starts: after the last colon, semicolon, dash or
    sentence-internal stop before it."""
    cut = max(text.rfind(ch, 0, end) for ch in (":", ";", "—", "–", "(", "!", "?"))
    return cut + 1


def _substance_before(doc: Document, start: int, end: int) -> bool:
    return bool(_entities_in(doc, start, end, SUBSTANCE_TYPES))


def _refers_to_remedy(doc: Document, at: int) -> bool:
    """A pronoun at ``at`` stands for a remedy named in the three sentences before, or in the title."""
    i = doc.sentence_index(at)
    if i < 0 or not doc.sentences:
        return False
    lo = doc.sentences[max(0, i - 3)].start
    if _substance_before(doc, lo, at) or _REMEDY_NOUN.search(doc.text, lo, at):
        return True
    first = doc.sentences[0]
    return first.end <= at and (
        _substance_before(doc, first.start, first.end) or bool(_REMEDY_NOUN.search(doc.text, first.start, first.end))
    )


def _plain_statement(doc: Document, sent: Span) -> bool:
    text = doc.text[sent.start : sent.end]
    return not (
        text.rstrip().endswith("?")
        or text.lstrip().startswith(("“", '"'))
        or _REPORTING.search(text)
        or _LAB_CONTEXT.search(text)
        or nearby_attribution(doc, sent.start, sent.end, window=2) not in ("none", "vague")
    )


def _unsourced_cure_wordings(doc: Document) -> Iterator[Hit]:
    """The CLM101 wordings the claim layer leaves out, in documents with no specific source."""
    if not doc.sentences or not unsourced_document(doc):
        return
    entities = "entities" in doc.annotated
    tokens = doc_tokens(doc)
    patterns = [p for p, g in _CURE_WORDING_GATES if opens(tokens, g)]
    if not patterns:
        return
    for _, sent in sentences_with(doc, *patterns):
        if not _plain_statement(doc, sent):
            continue
        text = doc.text[sent.start : sent.end]
        m: re.Match[str] | None
        for m in _ACTION_VERB.finditer(text):
            cs = _clause_start(text, m.start())
            subject = text[cs : m.start()]
            last = subject.split(",")[-1]
            # "vitamin C to knock out colds": a remedy and what it is for, in a product list
            purpose = re.search(r"\bto\s*$", last) is not None and _substance_before(
                doc, sent.start + cs + len(subject) - len(last), sent.start + m.start()
            ) and not _CLAUSE_HEDGE.search(last[: last.rfind("to")])
            if (_CLAUSE_HEDGE.search(last) and not purpose) or len(subject) > 120:
                continue
            obj_end = len(text)
            for stop in (";", ":", ".", " because ", " so that ", " but "):
                k = text.find(stop, m.end())
                if k != -1:
                    obj_end = min(obj_end, k)
            obj = text[m.end() : obj_end]
            a, b = sent.start + m.end(), sent.start + obj_end
            if not (
                _entities_in(doc, a, b, ILL_TYPES)
                or _BODY_OBJECT.search(obj)
                or cues().outcome_words.search(obj)
            ):
                continue
            s0 = sent.start + cs
            pronoun = _SUBJECT_PRONOUN.match(subject.split(",")[-1]) or _SUBJECT_PRONOUN.match(subject)
            bullet = (
                _BULLET_HEAD.match(subject) is not None
                and m.group(0).lower().endswith("s")
                and (sales_talk(doc) or _selling(doc))
            )
            if not (
                _substance_before(doc, s0, sent.start + m.start())
                or _REMEDY_NOUN.search(subject)
                or (pronoun and _refers_to_remedy(doc, s0))
                or bullet  # a product bullet on a sales page: "Clears even thick psoriasis plaques"
            ):
                continue
            end = sent.start + obj_end
            yield Hit(
                Span(sent.start + m.start(), end),
                "cure claim stated as fact with no source anywhere in the article",
                evidence={"claim": text[:200]},
                suggestion="cite the study that supports the claim",
                confidence=0.6,
            )
            break
        m = _TESTIMONIAL_CURE.search(text)
        if m is not None:
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.end()),
                "a personal cure story told as proof that the remedy works",
                evidence={"claim": m.group(0)},
                suggestion="report what trials found, not one person's experience",
                confidence=0.6,
            )
        m = _AS_GOOD_AS_DRUG.search(text)
        if m is not None and entities:
            drug = [e for e in doc.entities if sent.start + m.end() <= e.start < sent.start + m.end() + 25
                    and e.kind == "drug"]
            subj = [e for e in doc.entities if sent.start <= e.start < sent.start + m.start() and
                    e.type in SUBSTANCE_TYPES and e.kind != "drug"]
            short_subject = len(text[: m.start()].split()) <= 3 and not _CLAUSE_HEDGE.search(text[: m.start()])
            if drug and (subj or short_subject):
                yield Hit(
                    Span(sent.start + (subj[0].start - sent.start if subj else 0), drug[0].end),
                    f"remedy said to work as well as a drug ({drug[0].text!r}) with no source",
                    evidence={"claim": text[:200]},
                    suggestion="name the head-to-head trial, its size and its result",
                    confidence=0.6,
                )
        if entities:
            first = [e for e in doc.entities if sent.start <= e.start < sent.start + 3 and e.type in ILL_TYPES]
            if first:
                r = _REDUCTIVE.match(doc.text, first[0].end, sent.end)
                if r is not None:
                    yield Hit(
                        Span(first[0].start, r.end()),
                        f"a disease ({first[0].text!r}) reduced to one cause, stated as fact with no source",
                        evidence={"claim": text[:200]},
                        suggestion="say what is known about its causes, and who says so",
                        confidence=0.6,
                    )
            h = _HARM_VERB.search(text)
            if h is not None:
                subject = text[_clause_start(text, h.start()) : h.start()]
                s0 = sent.start + _clause_start(text, h.start())
                drugs = [e for e in doc.entities if s0 <= e.start < sent.start + h.start() and e.kind == "drug"]
                pronoun = _SUBJECT_PRONOUN.match(subject)
                if (drugs or (pronoun and _drug_before(doc, s0))) and not _CLAUSE_HEDGE.search(subject):
                    yield Hit(
                        Span(sent.start + h.start(), sent.end - (len(text) - len(text.rstrip(" .!"))) ),
                        "harm of a medicine stated as fact with no source",
                        evidence={"claim": text[:200]},
                        suggestion="give the size of the risk and the study that measured it",
                        confidence=0.6,
                    )


def _drug_before(doc: Document, at: int) -> bool:
    i = doc.sentence_index(at)
    lo = doc.sentences[max(0, i - 2)].start if doc.sentences else 0
    return any(lo <= e.start < at and e.kind == "drug" for e in doc.entities)


def _unsourced_cause_claim(doc: Document, claim: Claim) -> bool:
    """A disease said to be caused by one thing, or a drug to cause diseases ("Statins cause muscle
    wasting", "Diabetes is caused by eating carbohydrates"), stated as fact in an unsourced article."""
    if claim.kind != "harm" or claim.strength != "direct_causal" or claim.polarity != "positive" or claim.hedges:
        return False
    if not _CAUSE_CUE.match(str(claim.extra.get("cue") or "")) or not unsourced_document(doc):
        return False
    i = doc.sentence_index(claim.start)
    if i < 0 or not _plain_statement(doc, doc.sentences[i]):
        return False
    lo = doc.sentences[max(0, i - 1)].start
    if not any(lo <= e.start < claim.end and e.kind == "disease" for e in doc.entities):
        return False
    # the cause is a medicine, a food or an additive ("Statins cause ...", "... caused by sugar"),
    # not a virus, a condition or a mechanism that textbooks name as the cause
    sent = doc.sentences[i]
    cue_start = int(claim.extra.get("cue_start") or claim.start)
    passive = str(claim.extra.get("cue") or "").lower().endswith("ed")
    lo, hi = (cue_start, sent.end) if passive else (sent.start, cue_start)
    return any(lo <= e.start < hi and e.kind in _CAUSE_KINDS for e in doc.entities) or bool(
        _CAUSE_STUFF.search(doc.text, lo, hi)
    )


def _exposure_is_substance(doc: Document, claim: Claim) -> bool:
    """Whether the claim's exposure is a substance or treatment, looking through a pronoun ("It
    kills cancer cells") to the substances named in the three sentences before."""
    x = claim.extra
    start, end = x.get("exposure_start"), x.get("exposure_end")
    if _entities_in(doc, start, end, SUBSTANCE_TYPES):
        return True
    if start is None or end is None or not _PRONOUN.search(doc.text[start:end].strip()):
        return False
    i = doc.sentence_index(start)
    lo = doc.sentences[max(0, i - 3)].start if doc.sentences else 0
    if _entities_in(doc, lo, start, SUBSTANCE_TYPES):
        return True
    # a list of benefits ("1. It melts fat. 2. It ...") under a title naming the remedy
    first = doc.sentences[0] if doc.sentences else None
    return first is not None and first.end <= start and bool(
        _entities_in(doc, first.start, first.end, SUBSTANCE_TYPES)
    )


def _core_span(claim: Claim) -> Span:
    """From the causal cue to the end of the outcome (or the whole claim)."""
    x = claim.extra
    start = x.get("cue_start")
    end = x.get("outcome_end") or x.get("cue_end")
    if start is None or end is None or end <= start:
        return Span(claim.start, claim.end)
    return Span(start, end)


@rule(
    "CLM101",
    "unsupported-efficacy-claim",
    category="claims",
    severity=Severity.WARNING,
    scope="claim",
    # whether the article names a source reads the citations and the reference list
    requires=("sentences", "claims", *SOURCE_LAYERS),
)
def unsupported_efficacy_claim(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Efficacy or cure claim stated with certainty and no specific supporting citation.

    Fires on a claim that a treatment works ("clinically proven to reduce", "cures", "eliminates")
    stated as a direct cause, either with a certainty booster ("clinically proven", "guaranteed",
    "100%") and no specific citation in or next to the sentence, or with no source at all nearby
    (no citation, no named study, expert or institution in the sentence or either neighbour).  In
    articles that name no source, a cure told as an illness that is simply gone also counts ("her
    eczema was completely gone", "migraine-free", "never needed their inhalers again", "I haven't
    had a flare since"), and in those that also address the reader, an illness told as resolving
    once a remedy is used ("the brain fog lifts within a few weeks").  In sales talk (an article
    that addresses the reader and names no source or sells what it praises) a cure verb's subject may
    be a remedy the vocabulary does not know ("This system reverses psoriasis") or a product bullet
    with no subject ("Restores lost hearing"), and a remedy said to act on the body in a product
    claim's present tense counts even where the outcome is no illness ("The tonic lowers LDL to
    normal", "resets your hormones").  On a page that sells and names no source, a claim put in the
    seller's mouth ("The company says ...") is no better sourced, and people quoted throughout or a
    reference list the text never cites do not make the page a sourced one.  A second claim joined
    to the first in the same sentence ("It stops a cold in its tracks, and it even knocks out RSV")
    is taken into the finding's span.

    ## Why it matters
    Readers act on efficacy claims.  "Clinically proven" is a claim about evidence; without the
    study (authors, journal, year) nobody can check what was proven, in whom and how much.
    Sumner et al. (2014) found that exaggerated certainty in health news usually starts where the
    source is not shown.

    ## Example
    > Our turmeric blend has been clinically proven to eliminate joint stiffness.

    ## Better
    > In a 2021 trial of 120 adults with knee osteoarthritis, a turmeric extract reduced stiffness
    > scores by 15% more than placebo after 8 weeks (Lee et al., Nutrients, 2021).

    ## References
    - Sumner P. et al. The association between exaggeration in health related science news and
      academic press releases. BMJ 2014;349:g7015.
    - HealthNewsReview.org criteria 5 ("Does the story use independent sources?") and 3 ("quality
      of the evidence").
    """
    yield from efficacy_hits(doc)


def efficacy_hits(doc: Document) -> list[Hit]:
    """CLM101's findings, worked out once a document (SAF103 reads them too)."""
    key = "_clm101_hits"
    if key not in doc.layers:
        doc.layers[key] = list(_efficacy_hits(doc))
    hits: list[Hit] = doc.layers[key]
    return hits


# a second claim joined to the first in the same sentence: "It stops a cold dead in its tracks, and it
# even knocks out RSV", "eliminates sugar cravings ... and helps regenerate the beta cells"
_JOINED_CLAIM = re.compile(
    r"[^.;!?]{0,80}?(?:,\s*|\s)(?:and|plus)\s+(?:it\s+|they\s+|this\s+|that\s+)?(?:even\s+|also\s+|actually\s+|"
    r"then\s+|permanently\s+|completely\s+)?(?:helps?\s+(?:to\s+)?)?(?:" + _ACTION_VERBS
    + r"|(?:regenerate|rebuild|restore|reverse|repair|heal|lower|reset|clear|eliminate|dissolve|flush)s?)\b[^.;!?]*",
    re.I,
)


def _with_joined_claim(doc: Document, hit: Hit) -> Hit:
    """The hit, its span stretched over a second claim joined to it in the same sentence."""
    if hit.span is None:
        return hit
    i = doc.sentence_index(hit.span.start)
    if i < 0:
        return hit
    end = doc.sentences[i].end
    m = _JOINED_CLAIM.match(doc.text, hit.span.end, end)
    if m is None:
        return hit
    stop = m.end()
    while stop > hit.span.end and not doc.text[stop - 1].isalnum():
        stop -= 1
    return Hit(Span(hit.span.start, stop), hit.message, hit.evidence, hit.suggestion, hit.confidence)


def _efficacy_hits(doc: Document) -> Iterator[Hit]:
    hits = [_with_joined_claim(doc, h) for h in [*_claim_hits(doc), *_success_rates(doc)]]
    yield from hits
    # one finding a sentence: the other wordings only where the claim layer found nothing
    taken = {doc.sentence_index(h.span.start) for h in hits if h.span is not None}
    for hit in [*_sales_claims(doc), *_unsourced_cure_wordings(doc)]:
        if hit.span is not None and doc.sentence_index(hit.span.start) not in taken:
            taken.add(doc.sentence_index(hit.span.start))
            yield _with_joined_claim(doc, hit)
    from healthlint.rules.frames import cure_frames, frame_hits, resolution_frames  # frames builds on this module

    for hit in frame_hits(
        doc,
        [*cure_frames(doc), *resolution_frames(doc)],
        taken,
        "cure told as an illness that is simply gone, with no source",
        "say what was measured, in how many people, and cite the study",
    ):
        yield _with_joined_claim(doc, hit)


# "five studies that looked at sucrose found ...": a finding reported from research, however vaguely
_REPORTED_FINDING = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research(?:ers)?|scientists|reviews?|analys[ie]s|experiments?)\b[^.;]{0,80}?\b(?:found|find|"
    r"finds|showed|shows|show|reported|suggests?|concluded)\b",
    re.I,
)
# exercise, diet, sleep: everyday habits whose broad benefits are textbook, not a remedy being sold
_LIFESTYLE = re.compile(
    r"(?:(?:some|regular|more|a|any|daily|moderate|the)\s+)?(?:[\w-]+\s+)?(?:exercise|physical\s+activity|walking|"
    r"diet|sleep|weight\s+loss|losing\s+weight)$",
    re.I,
)
# the head of a remedy the entity vocabulary cannot know by name: "this protocol", "ionic cleansing",
# "raw milk", "the red light panel"
_PRODUCT_HEAD = re.compile(
    r"\b(?:protocol|cleanse|cleansing|detox|therapy|treatment|formula|remedy|supplement|capsules?|pills?|gummies|"
    r"drops|tea|oil|juice|tonic|elixir|milk|water|light|panel|device|patch|cream|balm|spray|drink|shots?|bath|"
    r"sessions?|adjustments?|program(?:me)?|kit|blend|powder|extract|peptide)s?\b",
    re.I,
)


def _named_product(doc: Document, claim: Claim) -> bool:
    """Whether the exposure is a particular remedy named by its head noun ("this protocol",
    "regular ionic cleansing"), not a kind of thing in general ("any rational treatment")."""
    exposure = str(claim.exposure or "")
    start = claim.extra.get("exposure_start")
    before = doc.text[max(0, start - 25) : start] if isinstance(start, int) else ""
    general = r"(?:any|every|no|all|some|each|other|such|most|many|few)"
    return (
        _PRODUCT_HEAD.search(exposure) is not None
        and re.match(r"\W*" + general + r"\b", exposure, re.I) is None
        and re.search(r"\b" + general + r"\s+(?:[\w-]+\s+)?$", before, re.I) is None
    )


_STOP_TITLE_TEXT = (
    "what when where which while with without your you the this that these those they their there here from into "
    "about after before over under more most best better really truth secret secrets guide natural naturally "
    "simple daily every inside real health healthy healing heal body help helps review reviews does will could "
    "should would just only ways things facts know need needs make makes made how why who new"
)
_STOP_TITLE_WORDS = frozenset(_STOP_TITLE_TEXT.split())


def _title_remedy_words(doc: Document) -> frozenset[str]:
    """Content words of the title (the first sentence when there is none), less outcome words: in
    a sales page or advertorial the remedy on offer is named there ("Hyperbaric Oxygen for Long
    COVID", "Why I Brew Kombucha")."""
    key = "_clm_title_words"
    if key not in doc.layers:
        title = doc.metadata.title or (doc.text[doc.sentences[0].start : doc.sentences[0].end] if doc.sentences else "")
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w+-]{3,}", title)}
        doc.layers[key] = frozenset(
            w for w in words if w not in _STOP_TITLE_WORDS and not cues().outcome_words.fullmatch(w)
        )
    return doc.layers[key]  # type: ignore[no-any-return]


def _remedy_exposure(doc: Document, claim: Claim) -> bool:
    """Whether the claim is about a remedy: its exposure is a substance or treatment (entity layer),
    a remedy named by its head noun, or -- in an article that addresses the reader and names no
    source, when the exposure is unknown or not an entity -- the claim names, before its cue, the
    remedy the title names."""
    if _exposure_is_substance(doc, claim) or _named_product(doc, claim):
        return True
    if not (unsourced_document(doc) and speaks_to_reader(doc)):
        return False  # the title of a news story names its topic, not a remedy on offer
    words = _title_remedy_words(doc)
    cue = claim.extra.get("cue_start")
    if not words or not isinstance(cue, int):
        return False
    i = doc.sentence_index(claim.start)
    lo = doc.sentences[i].start if 0 <= i < len(doc.sentences) else claim.start
    return any(w in words for w in re.findall(r"[\w+-]+", doc.text[lo:cue].lower()))


_NO_EFFECT = re.compile(r"\bno\s+(?:\w+\s+)?(?:effect|benefit|difference|impact)\b", re.I)
_YOU = re.compile(r"\byou(?:r|rs|rself|'re|'ll|'ve)?\b", re.I)



_SELLING = (
    r"try\s+(?:it|this|them|these)\s+(?:today|now|yourself|for\s+yourself)|buy\s+(?:it|now|here|online|today)|"
    r"order\s+(?:now|today|yours|here|online)|get\s+yours|click\s+(?:here|on\s+the\s+link|this\s+link|the\s+link)"
    r"(?:\s+here)?(?!\s+to\s+(?:confirm|subscribe|sign|register|read|view|share|unsubscribe|continue|download))|"
    r"available\s+(?:on|at)\s+amazon|"
    r"(?:order|buy|grab|get|claim|book|reserve|try)\s+(?:your|a|my|the)\s+(?:first\s+|free\s+|trial\s+)?(?:\w+\s+)?"
    r"(?:bottle|pack|supply|jar|kit|visit|appointment|consultation|session|sample)s?|"
    r"add\s+to\s+cart|shop\s+now|book\s+now|(?:check|see)\s+(?:the\s+)?(?:price|deal)|"
    r"money[\s-]back|risk[\s-]free\s+trial|(?:special|exclusive|limited)\s+(?:offer|price|discount)|"
    r"(?:use|enter|apply)\s+(?:the\s+|my\s+|our\s+)?(?:code|coupon)|(?:promo|coupon|discount)\s+code|\d+\s?%\s+off"
)
# a page selling what it praises: "order now", "get yours", "money-back", "use code"
SELLING = re.compile(r"\b(?:" + _SELLING + r")\b", re.I)
# the same, a push to start a treatment ("you should try", "start taking") or a sales claim
# ("clinically proven", "works wonders"): SAF103's test of promotion
PROMO = re.compile(
    r"\b(?:" + _SELLING + r"|you\s+should\s+(?:take|try|use|start)|start\s+taking|clinically\s+proven|guaranteed|"
    r"(?<!not\s)(?<!no\s)(?<!a\s)miracle\s+(?:cure|pill|remedy|formula|product)|"
    r"works\s+(?:for\s+everyone|every\s+time|wonders)|backed\s+by\s+science|science[\s-]backed)\b",
    re.I,
)


def sales_talk(doc: Document) -> bool:
    """Whether the article addresses its reader and either names no source anywhere or sells what it
    praises (:data:`SELLING`, or a link through an affiliate network)."""
    key = "_clm_sales"
    if key not in doc.layers:
        doc.layers[key] = speaks_to_reader(doc) and (
            unsourced_document(doc)
            or SELLING.search(doc.text) is not None
            or any(affiliate_network(link.href, link.rel) for link in doc.links)
        )
    return bool(doc.layers[key])


def speaks_to_reader(doc: Document) -> bool:
    """Whether the article addresses its reader ("you", "your") at least five times, as advice and
    sales pages do; news reports and abstracts describe third parties."""
    key = "_clm_you"
    if key not in doc.layers:
        n = 0
        for _ in _YOU.finditer(doc.text):
            n += 1
            if n >= 5:
                break
        doc.layers[key] = n >= 5
    return bool(doc.layers[key])


_OBJECT_PRONOUN = frozenset(["them", "it", "this", "these", "those", "that", "everything", "anything"])
_COMMERCE_NOUNS = frozenset(
    ["kit", "kits", "consultation", "consultations", "appointment", "appointments", "session", "sessions", "package",
     "packages", "bundle", "bundles", "bottle", "bottles", "pack", "packs", "course", "courses", "class", "classes",
     "sheet", "sheets", "instructions", "products", "product", "program", "programs", "programme", "day", "days"]
)
_PARTICLE = frozenset(["down", "up", "over", "off", "around", "back", "through", "in", "on", "easily", "quickly"])


def _verb_with_object(doc: Document, claim: Claim, *, subject_before: bool = False) -> bool:
    """Whether the claim's cue is a verb acting on an object ("lemon melts them", "reverses small
    cavities"), not a noun ("hot flushes", "the body's repair kit") or a verb of another sense
    ("dissolves easily", "melts down over the tags").  ``subject_before``: the cue is a verb that is
    no noun, so "the tonic lowers ..." is a subject and its verb."""
    words = str(claim.outcome or "").lower().split()
    cue = claim.extra.get("cue_start")
    if not words or not isinstance(cue, int):
        return False
    if words[0] in _PARTICLE or words[0].endswith("ly") or words[0] in _COMMERCE_NOUNS:
        return False  # "dissolves easily"; "flush kits", "a follow-up flush consultation": a noun compound
    if len(words) == 1 and not (words[0] in _OBJECT_PRONOUN or words[0].endswith("s")):
        return False
    if subject_before:
        return True
    return re.search(r"\b(?:for|hot|the|a|an)\s+(?:[\w-]+\s+)?$", doc.text[max(0, cue - 30) : cue], re.I) is None


# subjects that are people or the body, not a remedy: "Your body rewires itself", "I stopped it"
_NOT_REMEDY_TEXT = (
    "i me we us you he she they people person patients patient clients client customers users doctors doctor "
    "body bodies kids children child husband wife mom dad mother father friend friends family everyone nobody "
    "someone anyone who which what why how when where there here is was are were be been am"
)
_NOT_REMEDY_WORDS = frozenset(_NOT_REMEDY_TEXT.split())
_BULLET_HEAD = re.compile(r"^[\s\-–•*✅✔️☑➤►▶·\d.)]*$")


# a second main clause joined by a comma and a conjunction: its subject starts after it
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|so)\s+(?!.*,\s+(?:and|but|so)\s)", re.I | re.S)


def _promoted_subject(doc: Document, claim: Claim) -> bool:
    """In sales talk, whether the claim's subject can be the remedy on offer though the entity layer
    does not know it ("This system reverses psoriasis", "DGL heals the lining", "Lysine starves the
    virus"), or the claim is a product bullet with no subject ("Restores lost hearing"): a short noun
    phrase naming no person, no body and no illness."""
    cue = claim.extra.get("cue_start")
    if not isinstance(cue, int) or not _CURE_CUE.match(str(claim.extra.get("cue") or "")):
        return False
    i = doc.sentence_index(cue)
    if i < 0:
        return False
    sent = doc.sentences[i]
    head = doc.text[_clause_start(doc.text[sent.start : cue], cue - sent.start) + sent.start : cue]
    joined = _NEW_CLAUSE.search(head)
    if joined is not None:
        head = head[joined.end() :]  # "Athletes use it to recover faster, and it wipes out DOMS": the last clause
    if _BULLET_HEAD.match(head):
        return str(claim.extra.get("cue") or "").lower().endswith("s")  # "Restores ...", "Dissolves ..."
    words = re.findall(r"[\w'’+-]+", head.lower())
    if not 1 <= len(words) <= 5 or any(w in _NOT_REMEDY_WORDS for w in words):
        return False
    if _CLAUSE_HEDGE.search(head) or cues().outcome_words.search(head):
        return False
    return not _entities_in(doc, cue - len(head), cue, ILL_TYPES)


def _selling(doc: Document) -> bool:
    """:func:`healthlint.rules.selling.selling_document`, which builds on this module."""
    from healthlint.rules.selling import selling_document

    return selling_document(doc)


def _seller_attribution(doc: Document, claim: Claim) -> bool:
    """A claim put in someone's mouth ("said the company's founder", "The company says") on a page
    that sells and names no source anywhere: the seller's word, not a source."""
    return claim.attribution in ("named", "vague") and unsourced_document(doc) and _selling(doc)


# verbs of a remedy acting on the body, in the present tense of a product claim ("lowers", "resets")
_SALES_BENEFIT_VERB = re.compile(
    r"(?:lowers|resets|corrects|recharges|rebalances|balances|normali[sz]es|boosts|clears|regenerates|rebuilds|"
    r"restores|reverses|heals|fixes|strengthens|improves|reduces|eases|relieves|calms|soothes|unblocks|detoxifies|"
    r"purifies|torches|shrinks|dissolves|eliminates|regrows|reawakens|revives|rejuvenates|revitali[sz]es)$",
    re.I,
)


def _sales_benefit(doc: Document, claim: Claim) -> bool:
    """In unsourced sales talk, a benefit verb whose object the claim layer does not know as a health
    outcome ("lowers LDL to normal", "resets your hormones"): the remedy on offer said to act on the
    body."""
    return (
        claim.extra.get("cue_category") == "benefit"
        and _SALES_BENEFIT_VERB.match(str(claim.extra.get("cue") or "")) is not None
        and sales_talk(doc)
        and unsourced_document(doc)
        and _remedy_exposure(doc, claim)
    )


def _claim_hits(doc: Document) -> Iterator[Hit]:
    for claim in doc.claims:
        if _unsourced_cause_claim(doc, claim):
            yield Hit(
                _core_span(claim),
                "cause of a disease stated as fact with no source anywhere in the article",
                evidence={"claim": claim.text[:200]},
                suggestion="say what is known about the causes, and cite who found it",
                confidence=0.6,
            )
            continue
        # a benefit verb of cure or repair whose object the claim layer cannot tell is about health
        # ("reverses small cavities", "heals those gaps"): judged only in unsourced sales talk below
        cure_verb = claim.extra.get("cue_category") == "benefit" and bool(
            _CURE_CUE.match(str(claim.extra.get("cue") or ""))
        )
        if claim.strength != "direct_causal" or claim.polarity != "positive":
            continue
        if claim.kind != "efficacy" and not (
            claim.kind == "other"
            and (
                (cure_verb and _verb_with_object(doc, claim))
                or (_sales_benefit(doc, claim) and _verb_with_object(doc, claim, subject_before=True))
            )
        ):
            continue
        if claim.text.rstrip().endswith("?") or claim.extra.get("quoted"):
            continue
        boosters = [(a, b) for a, b in claim.extra.get("booster_spans", []) if _STRONG_BOOSTER.match(doc.text[a:b])]
        nearby = nearby_attribution(doc, claim.start, claim.end)
        if claim.kind == "other":
            boosters = []
        if boosters:
            if nearby == "specific" or claim.attribution in ("named", "specific"):
                continue
            a, b = boosters[0]
            if doc.text[a - 1 : a] in _OPEN_QUOTES and doc.text[b : b + 1] in _CLOSE_QUOTES:
                continue  # a seller's “clinically proven” quoted at a distance: the writer reports it
            yield Hit(
                Span(a, b),
                f"efficacy claim stated with certainty ({doc.text[a:b]!r}) and no specific "
                "source: name the study (authors, journal, year) or soften the claim",
                evidence={"booster": doc.text[a:b], "attribution": nearby, "claim": claim.text[:200]},
                suggestion="cite the study that supports the claim",
                confidence=0.8,
            )
        elif (
            claim.kind == "efficacy"
            and _CURE_CUE.match(str(claim.extra.get("cue") or ""))
            and claim.attribution in ("none", "vague")
            and not claim.hedges
            and nearby_attribution(doc, claim.start, claim.end, window=2) in ("none", "vague")
            and _health_outcome(doc, claim)
        ):
            if (
                "entities" in doc.annotated
                and not _exposure_is_substance(doc, claim)
                and not (sales_talk(doc) and _promoted_subject(doc, claim))
            ):
                continue
            if _LAB_CONTEXT.search(claim.text):
                continue  # a laboratory or animal finding, not a claim about people
            span = _core_span(claim)
            yield Hit(
                span,
                "cure claim stated as fact with no source nearby",
                evidence={"attribution": nearby, "claim": claim.text[:200]},
                suggestion="cite the study that supports the claim",
                confidence=0.6,
            )
        elif (
            (claim.attribution == "none" or _seller_attribution(doc, claim))
            and not claim.hedges
            and not _NO_EFFECT.search(claim.text)
            and not _REPORTED_FINDING.search(claim.text)
            and unsourced_document(doc)
            and speaks_to_reader(doc)
            and (_health_outcome(doc, claim) or claim.kind == "other")
            and ("entities" not in doc.annotated or _remedy_exposure(doc, claim) or _promoted_subject(doc, claim))
            and not _LIFESTYLE.match(str(claim.exposure or "").strip())
            and not _LAB_CONTEXT.search(claim.text)
        ):
            # an article that names no source anywhere: any flat claim that a remedy works is unsupported
            yield Hit(
                _core_span(claim),
                "efficacy claim stated as fact in an article that names no source",
                evidence={"attribution": nearby, "claim": claim.text[:200]},
                suggestion="cite the study that supports the claim, or say how uncertain it is",
                confidence=0.5,
            )


# efficacy wordings of sales pages, added after a third recall study (ten articles in new genres,
# written blind); looked for only in articles that name no source anywhere
_DRUGS = (
    r"(?:antibiotics|drugs|medications?|medicines|prescriptions?|pills|tablets|pharmaceuticals|statins|anticoagulants|"
    r"blood\s+thinners|painkillers|antidepressants|steroids|chemo(?:therapy)?|brand[\s-]name\s+\w+|(?:anything|whatever)\s+(?:from|at)\s+"
    r"(?:a|the|your)\s+pharmacy|the\s+pharmacy)"
)
# the same and more (singulars, procedures, common drugs by name), for the comparisons of sales talk
_DRUGS_MORE = (
    r"(?:antibiotics?|drugs?|medications?|medicines?|prescriptions?|pills?|tablets?|pharmaceuticals|statins?|anticoagulants|"
    r"blood\s+thinners?|painkillers?|antidepressants?|steroids?|chemo(?:therapy)?|surgery|(?:knee|hip|joint)\s+"
    r"replacements?|operations?|injections?|metformin|ibuprofen|aspirin|insulin|inhalers?|levothyroxine|omeprazole|"
    r"finasteride|minoxidil|ozempic|prozac|(?:hair\s+)?transplants?|implants?|procedures?)"
)
_SALES_CLAIM = re.compile(
    # "works just as well as antibiotics", "better than the pills from pharmacy"
    r"\b(?:works?|is|are|does|do)\s+(?:just\s+|every\s+bit\s+|at\s+least\s+)?as\s+(?:well|effective|good|powerful|strong)\s+"
    r"as\s+(?:\w+\s+){0,3}?" + _DRUGS + r"\b"
    r"|\b(?:better|safer|stronger|more\s+effective|more\s+powerful)(?:\s+and\s+(?:more\s+effective|safer|stronger))?\s+"
    r"than\s+(?:any\s+|all\s+)?(?:[\w-]+\s+){0,4}?" + _DRUGS + r"\b"
    r"|\bcan\s+do\s+what\s+(?:\w+\s+){0,3}?" + _DRUGS + r"\s+(?:cannot|can'?t|could\s+not|never\s+could)\b"
    r"|\b(?:exactly|just)\s+like\s+(?:the\s+|your\s+)?(?:expensive\s+|prescription\s+)?" + _DRUGS + r"\s+(?:do|does)\b"
    # "works for everyone", "backed by science", "works every time", "works wonders"
    r"|\bworks\s+for\s+(?:everyone|everybody|anyone|all)\b|\b(?:backed|proven|supported)\s+by\s+(?:real\s+)?science\b"
    r"|\bworks?\s+(?:every\s+(?:single\s+)?time|wonders|like\s+(?:magic|a\s+charm))\b"
    # a score that fell: "her pain went from an 8/10 to a 2/10", "my A1C dropped from 9.1 to 5.8"
    r"|\b(?:went|dropped|came\s+down|fell)\s+from\s+(?:an?\s+)?\d+(?:\.\d+)?(?:/10)?\s+(?:down\s+)?to\s+(?:an?\s+)?"
    r"\d+(?:\.\d+)?(?:/10)?"
    r"|\bscience[\s-]backed\b"
    # "most of my patients are off it within three months", "most users are out cold within 20 minutes"
    r"|\bmost\s+(?:of\s+(?:my|our|the)\s+)?(?:\w+\s+)?(?:patients|users|customers|clients|women|men|people|babies|kids|"
    r"children|readers|buyers)\b[^.;!?]{0,60}?\b(?:within|after)\s+(?:just\s+|only\s+)?(?:\d+|a\s+few|one|two|three|four|"
    r"five|six|a\s+handful\s+of)\s+(?:\w+\s+)?(?:minutes|hours|days|weeks|months|visits|sessions|treatments|bottles)\b"
    # "reduce attacks by up to 75 percent", "levels jump by up to 52% in 30 days"
    r"|\b(?:reduces?|cuts?|lowers?|boosts?|increases?|raises?|jumps?|drops?|improves?|slashes?|shrinks?)\s+(?:\w+\s+){0,4}?"
    r"by\s+(?:up\s+to|as\s+much\s+as|over|more\s+than)\s+\d+\s?(?:%|percent)"
    # "87% of our stage IV patients", "members will lose 20% of their body weight", "put on 9 pounds in two months"
    r"|\b\d{2,3}\s?(?:%|percent)\s+of\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:patients|clients|customers|users|members)\b"
    r"|\bwill\s+(?:lose|drop|shed|gain|see)\s+(?:up\s+to\s+|at\s+least\s+)?\d+\s?(?:%|percent|pounds|lbs|kg|kilos)"
    r"|\b(?:put\s+on|gain(?:ed)?|lose|lost|drop(?:ped)?|shed)\s+\d+\s+(?:pounds|lbs|kg|kilos)\b[^.;!?]{0,30}?\bin\s+(?:just\s+|only\s+)?"
    r"(?:\d+|one|two|three|four|a)\s+(?:days?|weeks?|months?)"
    # "shown to reverse memory loss", "the body can heal itself", "kills any germ on contact",
    # "cancer cannot survive in an alkaline body", "targets cancer cells while sparing healthy ones"
    r"|\b(?:shown|proven|proved)\s+to\s+(?:reverse|cure|restore|eliminate|heal|regrow|repair|halt)\b"
    r"|\b(?:the|your)\s+body\s+(?:can|will)\s+(?:heal|cure|repair|fix)\s+itself\b"
    r"|\bkills?\s+(?:any|all|every|99(?:\.9)?\s?%\s+of)\s+(?:\w+\s+)?(?:germs?|bacteria|viruses|infections?|pathogens|fungus|"
    r"fungi)\b"
    r"|\b(?:diseases?|cancer|germs?|bacteria|viruses|parasites|tumou?rs)\s+(?:cannot|can'?t)\s+(?:survive|live|grow|thrive)\s+in\s+"
    r"(?:an?\s+)?(?:alkaline|oxygen[\s-]rich|oxygenated)"
    r"|\b(?:targets?|kills?|destroys?|attacks?)\s+(?:only\s+)?cancer\s+cells\s+(?:while|and)\s+(?:leaving|sparing)\s+"
    r"(?:healthy|normal)",
    re.I,
)
# efficacy wordings of sales talk only (not of articles that merely name no source)
_SALES_CLAIM_MORE = re.compile(
    # added after a fourth recall study: "As effective as a total knee replacement", "calms joint
    # inflammation as well as any over-the-counter painkiller", "does the job of the drug"
    r"\bas\s+(?:effective|good|powerful|strong)\s+as\s+(?:a|an|the|any|your)\s+"
    r"(?:[\w-]+\s+){0,3}?" + _DRUGS_MORE + r"\b"
    r"|\b(?:works?|calms?|relieves?|lowers?|reduces?|eases?|controls?|treats?|heals?|clears?|stops?|fights?|soothes?)\b"
    r"[^.;!?]{0,40}?\bas\s+well\s+as\s+(?:any|most|all|the|a|your)\s+(?:[\w-]+\s+){0,3}?" + _DRUGS_MORE + r"\b"
    # "lowers blood sugar every bit as well as metformin"
    r"|\bevery\s+bit\s+as\s+(?:well|effective(?:ly)?|good|powerful|strong)\s+as\s+(?:[\w-]+\s+){0,3}?"
    + _DRUGS_MORE
    + r"\b"
    r"|\b(?:does|do|did)\s+the\s+(?:same\s+)?job\s+of\s+(?:the|a|your|any)\s+(?:[\w-]+\s+)?" + _DRUGS_MORE + r"\b"
    r"|\b(?:works?|is|are)\s+(?:far\s+|much\s+)?(?:better|safer)\s+than\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?"
    + _DRUGS_MORE + r"\b"
    # added after a sixth recall study: "beats any cough medicine on the shelf", "reduced knee swelling by
    # 78%", "will permanently fix early finishing", "works for every body and every age"
    r"|\bbeats?\s+(?:any|every|all|the)\s+(?:[\w-]+\s+){0,3}?(?:drugs?|medicines?|pills?|prescriptions?|syrups?|"
    r"antibiotics?|painkillers?|treatments?)\b[^.;!?]{0,30}"
    r"|\b(?:reduced|cut|lowered|improved|slashed|shrank|dropped|boosted|increased)\s+(?:[\w-]+\s+){0,3}?by\s+\d{2,3}\s?"
    r"(?:%|percent)"
    r"|\b(?:will\s+)?permanently\s+(?:fix|fixes|cure|cures|reverse|reverses|stop|stops|end|ends|heal|heals|eliminate|"
    r"eliminates|reset|resets|realign|realigns|repair|repairs|restore|restores)\b[^.;!?]{0,40}"
    r"|\bworks\s+for\s+every\s+(?:body|age|person|kind|type)\b"
        # "is guaranteed to clear your skin"
    r"|\bguaranteed\s+to\s+(?:clear|cure|heal|fix|stop|end|eliminate|reverse|work|relieve|remove|regrow|restore|"
    r"shrink|lower|melt|dissolve)\b[^.;!?]{0,40}"
        # "Lowers A1c by a full point", "cut flare-ups by half"
    r"|\b(?:reduces?|cuts?|lowers?|drops?|slashes?|brings?)\s+(?:[\w-]+\s+){0,3}?(?:down\s+)?by\s+(?:a\s+full\s+point|"
    r"\d+\s+points?|half|a\s+third|two[\s-]thirds|three[\s-]quarters)\b"
    # "A1c typically drops a full point"
    r"|\b(?:drops?|falls?|comes?\s+down)\s+(?:a\s+full\s+point|(?:\d+(?:\.\d)?|one|two|three)\s+(?:full\s+)?points?)\b"
    # "85% of patients are in remission by their six-month follow-up"
    r"|\b\d{2,3}\s?(?:%|percent)\s+of\s+(?:(?:our|my|the|all)\s+)?(?:patients|clients|users|customers|members|people|"
    r"women|men|children)\b[^.;!?]{0,40}?\b(?:remission|cured|healed|symptom[\s-]free|pain[\s-]free|recover\w*|off\s+"
    r"(?:their|all)|better|improve\w*)\b",
    re.I,
)
_SALES_CLAIM_GATE = gate(
    "well effective good powerful strong better safer stronger cannot can could like everyone everybody anyone all "
    "science backed most percent our my will pounds lbs kg kilos shown proven proved itself kills kill survive live "
    "bit grow thrive cancer time wonders magic charm from many report after job point points half third thirds "
    "quarters effective guaranteed beats beat reduced lowered improved slashed shrank dropped boosted increased "
    "permanently every"
)


# results promised from what buyers report, in sales talk only: "Most people feel a difference the very
# first night", "Many families see dramatic gains", "Women who try it report flatter tummies within the
# first 21 days", "After 2 bottles of HepaVita my blood test is normal"
_RESULTS_CLAIM = re.compile(
    r"\b(?:most|many|nearly\s+all|almost\s+all|the\s+majority\s+of)\s+(?:of\s+(?:my|our|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:people|users|customers|clients|patients|women|men|families|folks|parents|kids|children|readers|members|moms|mums)\s+"
    r"(?:\w+\s+)?(?:feel|see|notice|report|experience|get)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:difference|results?|"
    r"relief|improvements?|gains|changes?|benefits?|it)\b[^.;!?]{0,40}"
    r"|\b(?:customers|users|clients|patients|women|men|people|buyers)\s+(?:who\s+(?:try|use|take|follow)\s+(?:it|this|them)\s+)?"
    r"(?:routinely\s+|typically\s+|often\s+|usually\s+|regularly\s+)?(?:report|see|notice|lose|drop|shed)\b[^.;!?]{0,60}?"
    r"\b(?:within|in|after|by)\s+(?:the\s+|their\s+)?(?:very\s+)?(?:first\s+)?(?:\d+|a|one|two|three|few)?\s*"
    r"(?:days?|weeks?|months?|nights?|sessions?|bottles?)\b"
    r"|\bafter\s+(?:just\s+|only\s+)?(?:\d+|one|two|three|four|a\s+few|a\s+couple\s+of)\s+(?:bottles?|rounds?|sessions?|"
    r"treatments?|injections?|doses?|jars?|packs?|courses?)\s+(?:of\s+[\w-]+(?:\s+[\w-]+)?\s*)?,?\s*(?:my|her|his|their|"
    r"I|we|she|he)\b[^.;!?]{0,40}?\b(?:normal|gone|better|cleared|healed|back|walked|ran|pregnant|free|disappeared|"
    r"stopped|improved)\b",
    re.I,
)


_DENIED_BEFORE = re.compile(r"\b(?:not|never|no|isn'?t|aren'?t|doesn'?t|don'?t)\s+(?:\w+\s+){0,3}$", re.I)


def _sales_claims(doc: Document) -> Iterator[Hit]:
    """Efficacy claims in the wordings of sales pages, in articles that name no source or in sales
    talk (there, only where no source is named in or next to the sentence)."""
    if not opens(doc_tokens(doc), _SALES_CLAIM_GATE) or not (unsourced_document(doc) or sales_talk(doc)):
        return
    sourced = not unsourced_document(doc)
    patterns = [_SALES_CLAIM, *([_RESULTS_CLAIM, _SALES_CLAIM_MORE] if sales_talk(doc) else [])]
    for _, sent in sentences_with(doc, *patterns):
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?") or text.lstrip().startswith(("“", '"')):
            continue
        if sourced and nearby_attribution(doc, sent.start, sent.end) == "specific":
            continue
        m = next((m for p in patterns for m in p.finditer(text)), None)
        if m is None or _DENIED_BEFORE.search(text[: m.start()]):
            continue
        if re.search(r"\b(?:whether|if)\b[^.;!?]*$", text[: m.start()], re.I):
            continue  # "ask your doctor whether it is as effective as your prescription cream": a question put
        if re.search(r"\b(?:may|might|could)\s+prove\s+(?:to\s+be\s+)?$", text[: m.start()], re.I):
            continue  # "might prove to be more effective than medications": a hypothesis
        if re.match(r"(?:went|dropped|came|fell)\b", m.group(0), re.I) and not sales_talk(doc):
            continue  # a score that fell is a testimonial's proof only in sales talk, not in a report
        yield Hit(
            Span(sent.start + m.start(), sent.start + m.end()),
            f"efficacy claim stated as fact with no source ({' '.join(m.group(0).split())!r})",
            evidence={"claim": text[:200]},
            suggestion="cite the study that supports the claim, or say how uncertain it is",
            confidence=0.6,
        )


def _success_rates(doc: Document) -> Iterator[Hit]:
    lowered = lower_text(doc)
    if not any(map(lowered.__contains__, _SUCCESS_WORDS)) or _research_report(doc):
        return  # a study's own abstract is the source of the rates it reports
    for _, sent in sentences_with(doc, _SUCCESS_RATE):
        m = _SUCCESS_RATE.search(doc.text, sent.start, sent.end)
        if m is None:
            continue
        own = re.search(r"\bof\s+(?:our|my)\s", m.group(0), re.I) is not None  # the seller's own tally
        if nearby_attribution(doc, sent.start, sent.end) in (("specific",) if own else ("named", "specific")):
            continue
        if _STUDY_CONTEXT.search(doc.text, sent.start, sent.end):
            continue  # a result reported from a trial ("a 27% remission rate in the placebo group")
        yield Hit(
            Span(m.start(), m.end()),
            f"success rate stated with no source ({' '.join(m.group(0).split())!r})",
            evidence={"rate": m.group(0)},
            suggestion="name the study, how many people it included and what counted as success",
            confidence=0.7,
        )


# "a cohort of 24 patients who received the transplant" is the treated group of a trial
_COHORT = (
    r"cohort(?!\s+of\s+(?:[\w,-]+\s+){0,8}?(?:who|that)\s+(?:all\s+)?"
    r"(?:received|were\s+(?:given|treated)|underwent|got|took))"
)
_OBSERVATIONAL = re.compile(
    r"\b(?:observational|" + _COHORT + r"|case[\s-]control|cross[\s-]sectional|"
    r"(?:a|the|national|large|from\s+a)\s+(?:\w+\s+)?survey\s+of|"
    r"surveyed|"
    r"self[\s-]reported|population[\s-]based|registry|(?:medical|health)\s+records|tracked|followed\s+(?:more\s+than\s+|"
    r"about\s+|nearly\s+|some\s+)?[\d,]+\s+(?:\w+\s+)?(?:people|adults|men|women|children|patients|participants|nurses)|"
    r"people\s+who\s+(?:ate|drank|consumed|reported))\b",
    re.I,
)
# the designs named plainly enough to judge a headline or lede by, wherever they sit in the article:
# "tracked", "followed 2,800 adults" and "health records" describe trial follow-up, diagnostic
# studies and record systems as often as cohorts
_OBSERVATIONAL_NAMED = re.compile(
    r"\b(?:observational|" + _COHORT + r"|case[\s-]control|cross[\s-]sectional|"
    r"(?:a|the|national|large|from\s+a)\s+(?:\w+\s+)?survey\s+of|self[\s-]reported|population[\s-]based|registry|people\s+who\s+(?:ate|drank|consumed|reported)|"
    r"(?:food|diet|dietary|lifestyle)\s+(?:frequency\s+)?questionnaires?|"
    r"tracked\s+(?:more\s+than\s+|about\s+|nearly\s+|some\s+)?[\d,]+\s+(?:\w+\s+)?"
    r"(?:people|adults|men|women|children|nurses|participants|volunteers|residents))\b",
    re.I,
)
# a causal claim that the sentence gives as someone's belief: "patients who claim marijuana has
# helped them"; "it is already known to help": background, not this study's finding
_CLAIM_HELD_BY_OTHERS = re.compile(
    r"\b(?:claim|claims|claimed|believe|believes|believed|insist|insists|swear|swears|already\s+known\s+to|"
    r"long\s+been\s+known\s+to|well[\s-]known\s+to)\b[^,;:]*$",
    re.I,
)
_NO_PROOF = re.compile(
    r"\b(?:can(?:no|')t|could\s+not|couldn't|does\s+not|doesn't|did\s+not|didn't|not)\s+(?:\w+\s+)?"
    r"(?:prove|show|establish|determine)|cause[\s-]and[\s-]effect|causal",
    re.I,
)
_TRIAL = re.compile(
    r"\b(?:randomi[sz]ed|placebo|controlled\s+trial|clinical\s+trial|RCT|double[\s-]blind|sham|control\s+group|"
    r"(?:than|versus|compared\s+(?:with|to))\s+(?:a\s+)?(?:placebo|control|resting|sham|usual\s+care)|"
    r"randomly\s+assigned|meta-analysis\s+of\s+(?:randomi[sz]ed\s+)?trials|"
    r"phase\s+(?:[123]|I{1,3}|one|two|three)(?:/(?:[123]|I{1,3}))?\s+(?:clinical\s+)?(?:trial|study))\b",
    re.I,
)


@rule(
    "CLM102",
    "causal-claim-from-observational-evidence",
    category="claims",
    severity=Severity.WARNING,
    scope="claim",
    status="preview",
    requires=("sentences", "claims", *SOURCE_LAYERS),
)
def causal_claim_from_observational_evidence(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Direct causal claim drawn from observational evidence.

    Fires on a claim stated as a direct cause ("coffee lowers the risk of diabetes") when the same
    or the previous sentence describes the evidence as observational (a cohort, a survey,
    records, "people who drank ...") and no trial (randomised, placebo-controlled) is mentioned
    around it; and, in an article that names no source or in sales talk, on a cause concluded from
    an observation in the same or the previous sentence ("sales of bread rose, which proves that
    grains cause diabetes", "That's proof that running low on CoQ10 is what's weakening their
    hearts") or asserted by a cleft ("it's the sunscreen, not the sun, that is driving the
    epidemic").

    ## Why it matters
    Observational studies show associations; confounding (healthier people drink more coffee)
    can explain them.  Reporting an association as cause and effect is the most common
    exaggeration in health news and press releases (Sumner et al. 2014; Yu et al. 2019).

    ## Example
    > In a survey of 40,000 nurses, drinking coffee lowers the risk of diabetes.

    ## Better
    > In a survey of 40,000 nurses, those who drank coffee were less likely to develop diabetes;
    > the study cannot show that coffee was the cause.

    ## References
    - Sumner P. et al. BMJ 2014;349:g7015.
    - Yu B., Li Y., Wang J. Detecting causal language use in science findings. EMNLP-IJCNLP 2019.
    """
    for claim in doc.claims:
        if claim.strength != "direct_causal" or claim.kind not in ("efficacy", "harm"):
            continue
        if claim.extra.get("cue_category") not in ("benefit", "harm"):
            continue
        if claim.extra.get("quoted") or claim.polarity != "positive" or _NO_PROOF.search(claim.text):
            continue
        i = doc.sentence_index(claim.start)
        core = _core_span(claim)
        left = doc.sentences[i].start if 0 <= i < len(doc.sentences) else claim.start
        if _CLAIM_HELD_BY_OTHERS.search(doc.text[left : core.start]):
            continue
        wide = " ".join(_sentence_text(doc, j) for j in range(i - 2, i + 3))
        # the design in the claim's own sentence; for a headline or lede, anywhere in the article
        m = _OBSERVATIONAL.search(claim.text)
        if (
            m is None
            and i < 2
            and claim.extra.get("cue_category") == "benefit"
            and not claim.text.rstrip().endswith("?")
            and not _TRIAL.search(doc.text)
        ):
            m = _OBSERVATIONAL_NAMED.search(doc.text)  # a headline or lede promising a benefit from a cohort study
        if m is None or _TRIAL.search(wide):
            continue
        yield Hit(
            core,
            f"causal claim, but the evidence described is observational ({m.group(0)!r}): "
            "say 'linked to' or 'associated with'",
            evidence={"design": m.group(0), "cue": claim.extra.get("cue")},
            suggestion="describe an association, not a cause",
            confidence=0.6,
        )
    yield from _causal_leaps(doc)


# an observation turned into proof of a cause: "..., which proves that grains cause diabetes",
# "..., which is why so many adults now struggle with insomnia"
_LEAP = re.compile(
    r"\b(?:(?:which|this|that|it)\s+(?:(?:clearly|just|simply)\s+)?(?:proves?|shows?|tells\s+(?:you|us)(?:\s+"
    r"(?:plainly|clearly|all\s+we\s+need\s+to\s+know))?|is\s+(?:why|proof|clear\s+proof|the\s+reason))"
    r"|(?:that|this|it)(?:'s|’s|\s+is)\s+(?:all\s+the\s+|clear\s+)?proof|proving|"
    # "..., clear proof that a shortfall is what's dragging your T down"
    r"(?<=[,—–:-]\s)(?:clear|undeniable|solid|absolute)\s+proof|"
    r"(?:that|this)\s+settles\s+it|(?:that|this|it)(?:'s|’s|\s+is)\s+(?:not|no)\s+(?:a\s+)?(?:coincidence|accident)|"
    r"the\s+(?:findings|results|numbers|data)\s+prove)\b(?:\s+(?:that|just|how|everything\s+you\s+need\s+to\s+know))?",
    re.I,
)
# one thing named as the cause of a disease: "is the real reason gout has exploded", "is the single
# biggest cause of Hashimoto's", "Osteoarthritis is caused by this decline", "is, at its root, caused by"
_SOLE_CAUSE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:really\s+|actually\s+|clearly\s+)?(?:the|a|one)\s+(?:real|hidden|true|root|main|"
    r"number[\s-]one|#1|single\s+biggest|biggest|primary|underlying|secret|overlooked)\s+(?:cause|reason|culprit|driver|"
    r"trigger)s?\s+(?:of|for|behind|why|that)\b[^.;!?]{0,60}"
    r"|\b(?:is|are)\s+(?:really\s+|actually\s+|mostly\s+|almost\s+always\s+|(?:,\s*)?at\s+(?:its|their)\s+root\s*,?\s+)?"
    r"caused\s+by\s+(?:a|an|the|this|too\s+(?:little|much))\b[^.;!?]{0,60}",
    re.I,
)
# what a "proof" is said to show: a link, a cause, a protection, where a problem starts
_PROVED_WHAT = re.compile(
    r"\b(?:link|links|connection|cause[sd]?|protect\w*|problem|starts?|comes?\s+from|behind)\b", re.I
)
# "X is what's weakening their hearts", "the real cause": a single cause asserted
_CLEFT_CAUSE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:clearly\s+|really\s+|actually\s+)?(?:what(?:'s|’s|\s+is|\s+was)?\s+"
    r"(?:caus|driv|mak|protect|keep|sav|weaken|destroy|wreck|crush|trigger|set)\w*|the\s+(?:real\s+|true\s+|root\s+)?"
    r"cause)\b|\b(?:real|root|true)\s+cause\b"
    # "the bergamot is what's bringing them down": any verb of the cleft with an object
    r"|\b(?:is|are|was|were)\s+what(?:'s|’s|\s+is|\s+was)\s+\w+ing\s+(?:them|it|you|your|their|his|her|the)\b",
    re.I,
)
# a cleft that names one thing as the cause: "it's the sunscreen, not the sun, that is driving the
# epidemic", "The tea was what protected them", "the injections are clearly what's saving those knees"
_CLEFT = re.compile(
    r"\b(?:it(?:'s|’s|\s+is|\s+was)\s+the\s+[^.;!?]{1,50}?\s+(?:itself\s+)?that\s+(?:is\s+|was\s+|'s\s+)?"
    r"(?:caus|driv|protect|sav|keep|destroy|wreck|trigger|fuel|prevent|cur|heal)\w*"
    r"|(?:was|were|is|are)\s+(?:clearly\s+|obviously\s+|really\s+)?what(?:'s|’s|\s+is|\s+was)?\s+"
    r"(?:protect|sav|caus|driv|keep|cur|heal|prevent|destroy|wreck|fix)\w*)\b[^.;!?]{0,60}",
    re.I,
)


_STUDY_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies)|research|trials?|data|evidence|analys[ie]s|review|paper|report|experiment|survey)\s*,?\s*$",
    re.I,
)


def _causal_leaps(doc: Document) -> Iterator[Hit]:
    """In articles that name no source, or in sales talk: a causal conclusion drawn from an observation
    in the same sentence or, for a leap that opens its sentence ("That's proof that ..."), the one
    before; and a cause asserted by a cleft ("it's the sunscreen, not the sun, that is driving the
    epidemic", "the salt air was clearly what protected them")."""
    low = lower_text(doc)
    if not any(w in low for w in ("prove", "shows", "tells you", "is why", "proof", "the reason", "settles",
                                  "coincidence", "accident", "what", " that ", "cause", "reason", "culprit", "driver",
                                  "trigger")):
        return
    if not (unsourced_document(doc) or sales_talk(doc)):
        return
    for i, sent in sentences_with(doc, _LEAP, _CLEFT, _SOLE_CAUSE):
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?"):
            continue
        if re.search(r"\b(?:said|says|according\s+to)\b", text) and not sales_talk(doc):
            continue  # someone's words reported (in sales talk the speaker is the seller's side)
        m = _LEAP.search(text)
        if m is None:
            c = _CLEFT.search(text) or (_SOLE_CAUSE.search(text) if sales_talk(doc) else None)
            if c is not None and not _CLAUSE_HEDGE.search(text, 0, c.start()):
                yield Hit(
                    Span(sent.start + c.start(), sent.start + len(text.rstrip(" .!\n"))),
                    f"one thing named as the cause ({' '.join(c.group(0).split()[:8])!r}...) with nothing to show it",
                    evidence={"leap": c.group(0)},
                    suggestion="say what was observed, and that an observation cannot show the cause",
                    confidence=0.5,
                )
            continue
        if m.start() == 0 and i == 0:
            continue  # the leap follows an observation: in the same sentence, or the one before
        clause = text[m.end() :]
        if _STUDY_BEFORE.search(text, 0, m.start()):
            continue  # "a study that shows ...": what a study found, not the writer's leap
        why = "why" in m.group(0).lower() or "reason" in m.group(0).lower()
        if why and (m.start() == 0 or not cues().outcome_words.search(clause)):
            continue  # "which is why it is called ...": no health outcome; "This is why ...": an explanation
        proof = re.search(r"prov|proof", m.group(0), re.I) is not None
        strength = rule_strength(find_cues(clause))
        if proof and (strength != "none" or _PROVED_WHAT.search(clause) or cues().outcome_words.search(clause)):
            pass  # "which proves the link", "proving that ... is what adds years": proof claimed of a relation
        elif not why and strength != "direct_causal" and not _CLEFT_CAUSE.search(clause):
            continue
        end = len(text.rstrip(" .!\n"))
        closing = re.search(r"[,.!]?[\"”]", text[m.end() :])
        if closing is not None and inside_quotation(doc, sent.start + m.start()):
            end = m.end() + closing.start()  # the quotation's end, not "... ," the founder said"
        yield Hit(
            Span(sent.start + m.start(), sent.start + end),
            f"cause concluded from an observation ({' '.join(m.group(0).split())!r}): an association does not prove it",
            evidence={"leap": m.group(0)},
            suggestion="describe the observation and say that it cannot show the cause",
            confidence=0.5,
        )


_NOVELTY_UNLESS_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:needed|lacking|under\s+development|being\s+developed|in\s+development|in\s+the\s+pipeline|"
    r"application|applications|are\s+scarce)\b",
    re.I,
)


_REPORTING = re.compile(
    r"\b(?<!nobody\s)(?<!no\sone\s)(?<!never\s)"
    r"(?:said|says|told(?!\s+(?:me|you)\b)|tells(?!\s+(?:me|you)\b)|according\s+to|reported|reports|wrote|"
    r"writes|write|explained|noted|added)\b"
)
# reporting verbs that quote nobody: "were told", "his doctor told him", "it tells your body", "if you
# said yes", "the report says normal"
_NOT_SOURCING = re.compile(
    r"(?:\b(?:was|were|been|being|get|got|is|are|am|be|you|I|we)\s+(?:\w+\s+)?)$"
)
_TOLD_WHOM = re.compile(r"\s+(?:him|her|them|us|your|his|their)\b", re.I)
_SAID_WHAT = re.compile(r"\s+(?:yes|no|normal|fine)\b", re.I)


def _sourcing(text: str, m: re.Match[str]) -> bool:
    """Whether a reporting verb attributes words to someone, as news does."""
    word = m.group(0)
    if word not in ("told", "tells", "said", "says"):
        return True
    if _NOT_SOURCING.search(text, max(0, m.start() - 20), m.start()):
        return False
    return (_TOLD_WHOM if word in ("told", "tells") else _SAID_WHAT).match(text, m.end()) is None


_HYPE_WORD = re.compile(
    r"break[\s-]?through|revolutionary|groundbreaking|game[\s-]chang|paradigm|first[\s-]in|transformational|miracle|"
    r"brand[\s-]new|first[\s-]of[\s-]its[\s-]kind|cutting[\s-]edge|next[\s-]generation|pioneering|"
    r"(?:genuinely|completely|entirely|totally|radically)\s+new|(?:amazing|incredible|remarkable|stunning|astonishing)\s+"
    r"discovery|discovery\s+of\s+the|first\s+(?:[\w-]+\s+){1,3}of\s+its\s+kind|secret\s+weapon",
    re.I,
)
_HYPE_ADJ = (
    r"(?:major|real|huge|big|true|medical|scientific|potential|important|significant|remarkable|amazing|"
    r"incredible|genuine|new|possible|exciting|newest|latest|biggest|greatest|revolutionary|stunning|historic)"
)
_HYPE_BEFORE = re.compile(
    r"\b(?:(?:a|an|the|this|that|what|my|our|their)\s+(?:" + _HYPE_ADJ + r"\s+)?|" + _HYPE_ADJ + r"\s+)$",
    re.I,
)
_HYPE_AFTER = re.compile(
    r"^\s+(?:[\w'’-]+\s+)?(?:treatments?|drugs?|therap(?:y|ies)|cures?|discover(?:y|ies)|in|for|remed(?:y|ies)|pills?|"
    r"supplements?|medicines?|formula|approach|product|results|data|findings|advances?|protocol|program(?:me)?|method|"
    r"technique|technology|system|sequence|gel|cream|device|blend|gummy|gummies|compound|delivery)\b",
    re.I,
)
_GENERIC_BEFORE = re.compile(
    r"\b(?:for|of|develop\w*|accelerat\w*|discover\w*|test\w*|toward|towards|into|on|need|needs|needed|pipeline|"
    r"find|finding|search|identify|identifying)\s+$",
    re.I,
)
_TREATMENT_WORDS = re.compile(
    r"\b(?:treatments?|drugs?|therap(?:y|ies)|cures?|remed(?:y|ies)|medicines?|medications?|pills?|supplements?|"
    r"vaccines?|patients|surgery|doctors|disease|diseases|cancer|pain|health|symptoms?|illness|disorders?|infections?|"
    r"diabetes|dementia|obesity|arthritis|migraines?|heart|stroke|depression|alzheimer\W?s|weight(?:[\s-]loss)?|fat|"
    r"memory|brain|skin|joints?|immune|sleep|anxiety|inflammation|oncology|medicine|healing|hormones?|thyroid|"
    r"adrenals?|gut|liver|kidneys?|hair|cognitive|clinic|formulas?|protocols?|gummies|gummy|capsules?|gels?|creams?|"
    r"(?!techn|method|termin|ideo|chron|typ|analog|ontolog)[a-z]+ology|"
    r"blend|tonic|program(?:me)?|nerves?|veins?|bones?|vision|eyes?|hearing|blood|sugar|testosterone|prostate|"
    r"psoriasis|eczema|gout|neuropathy|sciatica|reflux|tinnitus|asthma|autism|wellness)\b",
    re.I,
)
_NAMED_AFTER = re.compile(
    r"^\s*,?\s*(?:called|named|dubbed|known\s+as)\b"
    # "the new drug 4003/2", not "our breakthrough 90-day program"
    r"|^\s+(?![\d,]+[\s-](?:day|week|month|year|step|minute|hour|point|stage|part)s?\b)[A-Za-z-]*\d[\w/-]*",
    re.I,
)


def _novelty_is_claim(text: str, m: re.Match[str], selling: bool = False) -> bool:
    """Whether a novelty phrase is a claim about a remedy: "breakthrough" as hype, not a technical
    term ("NAPL breakthrough curves"); not a generic plural ("the pipeline for new therapies");
    not a named new compound ("the new drug 4003/2").  In sales talk (``selling``) hype needs no
    word of treatment in its sentence: what the page sells is the remedy."""
    before, after = text[: m.start()], text[m.end() :]
    if re.match(r"break[\s-]?through\s+(?:pain|bleeding|infections?|cases|seizures?|symptoms|nausea|vomiting|"
                r"migraines?|headaches?|COVID|disease)\b", text[m.start() :], re.I):
        return False  # medical terms: "breakthrough pain", "a breakthrough infection"
    if _HYPE_WORD.match(m.group(0)):
        if not (_HYPE_BEFORE.search(before) or _HYPE_AFTER.match(after)):
            return False
        if not (_TREATMENT_WORDS.search(text) or selling):
            return False  # "a major breakthrough for imprinting technology": not about a remedy
    if m.group(0).lower().endswith("s") and _GENERIC_BEFORE.search(before):
        return False
    return not _NAMED_AFTER.match(after)


_RESEARCH_REPORT = re.compile(
    r"\b(?i:(?:we|our)\s+(?:found|studied|report|examined|investigated|analy[sz]ed|evaluated|describe|present|"
    r"assessed|results?|study|data|patients|findings)|(?:in|of)\s+this\s+(?:study|series|trial|report|cohort))\b"
    r"|\b(?:OBJECTIVES?|OBJECT|BACKGROUND|METHODS?|RESULTS?|CONCLUSIONS?|PURPOSE)\s*:"
)


def _research_report(doc: Document) -> bool:
    """True for a research paper or abstract reporting its own study (two or more such markers)."""
    key = "_clm_research"
    if key not in doc.layers:
        doc.layers[key] = sum(1 for _ in zip(range(2), _RESEARCH_REPORT.finditer(doc.text), strict=False)) >= 2
    return bool(doc.layers[key])


def _sourced_document(doc: Document) -> bool:
    """True when the document quotes or reports sources throughout (three or more sentences with a
    reporting verb), as news stories do; a novelty claim there is usually the story's sourced news."""
    key = "_clm_sourced"
    if key not in doc.layers:
        # one pass over the text; stop at the third sentence with a reporting verb
        starts = [s.start for s in doc.sentences]
        seen: set[int] = set()
        for m in _REPORTING.finditer(doc.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= doc.sentences[i].end and _sourcing(doc.text, m):
                seen.add(i)
                if len(seen) >= 3:
                    break
        doc.layers[key] = len(seen) >= 3
    return bool(doc.layers[key])


@rule(
    "CLM103",
    "unsupported-novelty-claim",
    category="claims",
    severity=Severity.WARNING,
    scope="sentence",
    requires=("sentences", *SOURCE_LAYERS),
)
def unsupported_novelty_claim(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Novelty claim ("new treatment", "breakthrough") for an established substance or with no source.

    Fires on "new treatment", "new drug", "novel therapy", "breakthrough", "revolutionary" and the
    like when the sentence names a long-established substance (magnesium, vitamin D, turmeric,
    aspirin ...) other than as a comparison, or when no sentence within three either side names a
    source for the novelty (a study, a regulator, researchers, a journal) in a document that does
    not report sources elsewhere either.  Superlative hype with a time frame ("the most important
    heart discovery of the decade") needs a specific source in its own sentence.

    ## Why it matters
    "New" sells: it suggests a recent scientific advance.  Calling an old supplement a "new
    treatment" misleads readers about the state of evidence; a novelty claim with no source cannot
    be checked.  HealthNewsReview.org asked of every story whether it established the true
    novelty of the approach.

    ## Example
    > A new treatment for migraines is now available: zinc lozenges.

    ## Better
    > Zinc lozenges, sold for decades as a cold remedy, are being tested for migraine in a small
    > 2023 trial at the University of Oslo.

    ## References
    - HealthNewsReview.org criterion 6: "Does the story establish the true novelty of the approach?"
    - Schwitzer G. How do US journalists cover treatments, tests, products, and procedures?
      PLoS Med 2008;5(5):e95.
    """
    c = cues()
    reported: set[int] = set()
    yield from noting_sentences(doc, _novelty_hits(doc, c), reported)
    # hype with a time frame ("the biggest breakthrough in heart health in fifty years") cannot be
    # sourced by a name elsewhere in the article: only a source in the sentence itself, or a report
    # of someone else's words, answers it
    for i, sent in sentences_with(doc, _SUPERLATIVE_NOVELTY):
        text = doc.text[sent.start : sent.end]
        if i in reported or _HYPE_REPORTED.search(text) or text.lstrip().startswith(("“", '"')):
            continue
        if attribution_of(text, c)[0] == "specific":
            continue
        m = _SUPERLATIVE_NOVELTY.search(text)
        if m is not None:
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.end()),
                f"novelty claim ({' '.join(m.group(0).split())!r}) that no source could back",
                evidence={"novelty": m.group(0)},
                suggestion="say what is new, who found it and when, and how it compares with what exists",
                confidence=0.6,
            )


_SUPERLATIVE_NOVELTY = re.compile(
    r"\b(?:the\s+)?(?:single\s+)?(?:biggest|greatest|most\s+(?:important|exciting|significant|promising|revolutionary))\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:breakthrough|discovery|advance|innovation)\s+(?:in|of|for)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:decades?|years|a\s+generation|the\s+(?:decade|century|generation|year)|our\s+lifetime|history|a\s+century)\b",
    re.I,
)
# someone else's hype reported: "hailed as", "called it", "the company says"
_HYPE_REPORTED = re.compile(
    r"\b(?:said|says|say|according\s+to|hailed|called|calls|dubbed|touted|billed|claims?|claimed|promoters?|"
    r"marketed|advertised)\b",
    re.I,
)


def _novelty_hits(doc: Document, c: Cues) -> Iterator[Hit]:
    """CLM103's findings on the novelty wordings of the cue lexicon (see
    :func:`unsupported_novelty_claim`)."""
    patterns = [c.novelty_claim, *([c.novelty_claim_sales] if sales_talk(doc) else [])]
    for _, sent in sentences_with(doc, *patterns):
        text = doc.text[sent.start : sent.end]
        reported_until = -1
        for m in sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start()):
            if m.start() <= reported_until + 2:
                continue  # "revolutionary breakthrough": one claim
            if _NOVELTY_UNLESS_AFTER.match(text[m.end() :]) or re.search(
                r"\b(?:no|not|any)\s+$", text[: m.start()], re.I
            ):
                continue
            if not _novelty_is_claim(text, m, sales_talk(doc)):
                continue
            est = c.established.search(text)
            if est is not None and m.start() <= est.start() < m.end():
                est = None  # "a new prescription CBD drug": a new product of an old substance
            if est is not None and re.search(
                r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|like|including)\s+(?:\w+\s+)?$",
                text[: est.start()],
                re.I,
            ):
                est = None  # "a new drug ... compared with aspirin": the old substance is the comparison
            span = Span(sent.start + m.start(), sent.start + m.end())
            if est is not None:
                reported_until = m.end()
                yield Hit(
                    span,
                    f"novelty claim ({m.group(0)!r}) for an established substance ({est.group(0)!r})",
                    evidence={"novelty": m.group(0), "substance": est.group(0)},
                    suggestion="say how long the substance has been in use and what is actually new",
                    confidence=0.8,
                )
                continue
            level = nearby_attribution(doc, sent.start, sent.end, window=3)
            unsupported = level in ("none", "vague") and not _sourced_document(doc)
            if unsupported and doc.sentence_index(sent.start) == 0:
                # a headline's news is sourced by its article: the study may be named paragraphs below
                unsupported = unsourced_document(doc)
            quoted = text.lstrip().startswith(("“", '"'))
            if not unsupported and level != "specific" and not quoted and _HYPE_WORD.match(m.group(0)):
                # hype ("breakthrough", "revolutionary") in an article that names no specific source
                # anywhere, or in sales talk: a name nearby (the clinic, the company, the FDA) does not
                # source it
                unsupported = unsourced_document(doc) or sales_talk(doc)
            if unsupported:
                reported_until = m.end()
                yield Hit(
                    span,
                    f"novelty claim ({m.group(0)!r}) with no source for what is new",
                    evidence={"novelty": m.group(0)},
                    suggestion="name who developed or approved it and when",
                    confidence=0.6,
                )


_ABSOLUTE_SAFETY = re.compile(
    r"(?<![\w-])(?:"
    r"(?:completely|totally|perfectly|absolutely|entirely|100\s?%|one\s+hundred\s+percent)\s+(?:safe|harmless|"
    r"risk[\s-]free|non-?toxic)"
    r"|(?:no|zero)\s+(?:known\s+)?(?:side[\s-]effects|adverse\s+effects|risks?\s+(?:at\s+all|whatsoever))"
    r"|free\s+(?:of|from)\s+(?:all\s+)?side[\s-]effects|side[\s-]effect[\s-]free|risk[\s-]free"
    r"|(?:natural|all[\s-]natural|herbal|plant[\s-]based)\s*,?\s+(?:and\s+)?(?:so|therefore|thus|hence)\s+(?:it'?s\s+|it\s+is\s+|"
    r"they'?re\s+|they\s+are\s+)?(?:safe|harmless)"
    r"|(?:can'?t|cannot|won'?t|will\s+not)\s+(?:possibly\s+)?(?:hurt|harm)\s+(?:you|anyone)"
    r"|(?:no|zero)\s+(?:dangerous|harmful|negative|bad|nasty|unpleasant)\s+side[\s-]effects"
    r"|there\s+(?:are|is)\s+no\s+risks?(?:\s+(?:at\s+all|whatsoever|involved))?(?!\s+(?:of|to|for|from|that|in|with))"
    r"|(?:can'?t|cannot|can\s+not)\s+(?:possibly\s+)?(?:take\s+too\s+much|overdose(?:\s+on\s+it)?)"
    r"|no\s+(?:risk|danger|chance)\s+of\s+(?:an?\s+)?overdos(?:e|ing)"
    r"|(?:safe|suitable)\s+(?:for\s+(?:everyone|everybody|anyone|all\s+ages|the\s+whole\s+family)|even\s+(?:for|if|during|in)\s+"
    r"(?:babies|infants|newborns|children|kids|toddlers|pregnan\w+|you\s+are\s+pregnant|pregnancy))"
    r"|(?:take|use|combine)\s+(?:it|them|this)\s+(?:safely\s+)?(?:alongside|with)\s+any\s+(?:other\s+)?(?:medications?|medicines?|drugs)"
    r"|no\s+(?:known\s+)?(?:drug\s+)?interactions"
    r"|(?:is|are)\s+(?:completely\s+|totally\s+|entirely\s+)?non-?toxic"
    r")(?![\w-])",
    re.I,
)
ABSOLUTE_SAFETY = _ABSOLUTE_SAFETY  # shared with SAF103 (a safety claim is not a word on harms)
# wordings added after a recall study on bad articles in genres the rule had not seen; tried only
# on texts holding one of _SAFETY_MORE_WORDS
ABSOLUTE_SAFETY_MORE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:carr(?:y|ies)|pose[sd]?|poses|has|have|with)\s+(?:absolutely\s+)?(?:no|zero)\s+risks?(?:\s+(?:at\s+all|whatsoever))?"
    r"(?!\s+(?:of|to|for|from|factors?|that|in|with))"
    r"|no\s+(?:risk|chance|danger)\s+of\s+(?:any\s+)?(?:side[\s-]effects|harm|adverse\s+(?:effects|reactions)|complications)"
    r"|without\s+(?:a\s+single|any|one)\s+(?:\w+\s+)?side[\s-]effects?"
    r"|(?:completely\s+|totally\s+|entirely\s+)?free\s+(?:of|from)\s+(?:all\s+|any\s+|the\s+)?(?:\w+\s+)?"
    r"(?:toxic\s+effects|adverse\s+effects|risks|dangers|toxicity)"
    r"|safe\s+(?:for\s+)?(?:every|any|all)\s+(?:child|children|kids?|ages?|person|body|one)\s+at\s+any\s+dose"
    r"|safe\s+at\s+any\s+dose"
    r"|(?:safe|gentle\s+enough)\s+to\s+(?:use|take|give|combine)\s+(?:\w+\s+)?(?:alongside|with|during)\s+"
    r"(?:(?:any|all|other|your|prescription)\s+(?:\w+\s+)?(?:medic\w+|drugs|prescriptions)|pregnancy|breastfeeding|"
    r"(?-i:[A-Z][a-z]+)(?:\s+or\s+during\s+[\w\s]{1,20})?)"
    r"|(?:can\s+be\s+(?:used|taken)|use\s+(?:it|them)|take\s+(?:it|them))\s+safely\s+(?:for\s+(?:years|life|months|"
    r"decades|as\s+long\s+as\s+you\s+(?:like|want))|indefinitely|forever|every\s+day|long[\s-]term)"
    r"|there\s+is\s+no\s+(?:upper\s+limit|maximum\s+(?:dose|amount)|such\s+thing\s+as\s+too\s+much)"
    r"|(?:none|not\s+(?:a\s+single\s+)?one)\s+of\s+(?:them|my\s+\w+|our\s+\w+)\s+(?:has|have)\s+(?:ever\s+)?"
    r"(?:had|experienced|reported|suffered)\s+(?:a|any|one)\s+(?:single\s+)?(?:problem|reaction|side[\s-]effect|issue|"
    r"complication)s?(?:\s+to\s+(?:the|our|my)\s+\w+)?"
    r"|(?:a|the)\s+(?:completely\s+|totally\s+|perfectly\s+)?safe\s+alternative\s+to"
    # side effects recast as healing: "that's just your body detoxing", "feeling worse is a good sign"
    r"|(?:that'?s|this\s+is|it'?s|it\s+is)\s+(?:just|simply|only)\s+(?:your\s+body|the\s+body|the\s+toxins?)\s+"
    r"(?:detox\w*|healing|cleansing|releasing|adjusting|purging)(?:\s+(?:from\s+)?(?:the\s+)?\w+)?"
    r"|(?:feeling\s+worse|(?:getting|feel)\s+worse\s+(?:at\s+first|before\s+you\s+get\s+better))[^.;:]{0,60}?"
    r"\s(?:is|are)\s+(?:also\s+|actually\s+)?a\s+good\s+sign"
    r")(?![\w-])",
    re.I,
)
# the same wordings one by one, each with the words it cannot match without: CLM104 tries only
# the wordings whose gate opens on the document's word set
_SAFETY_MORE_PARTS: tuple[tuple[re.Pattern[str], Gate], ...] = (
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:carr(?:y|ies)|pose[sd]?|poses|has|have|with)\s+(?:absolutely\s+)?(?:no|zero)\s+risks?(?:\s+(?:at\s+all|whatsoever))?"
            r"(?!\s+(?:of|to|for|from|factors?|that|in|with))"
            r")(?![\w-])",
            re.I,
        ),
        gate("risk risks", "no zero"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"no\s+(?:risk|chance|danger)\s+of\s+(?:any\s+)?(?:side[\s-]effects|harm|adverse\s+(?:effects|reactions)|complications)"
            r")(?![\w-])",
            re.I,
        ),
        gate("risk chance danger", "side harm adverse complications"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"without\s+(?:a\s+single|any|one)\s+(?:\w+\s+)?side[\s-]effects?"
            r")(?![\w-])",
            re.I,
        ),
        gate("without", "side"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:completely\s+|totally\s+|entirely\s+)?free\s+(?:of|from)\s+(?:all\s+|any\s+|the\s+)?(?:\w+\s+)?"
            r"(?:toxic\s+effects|adverse\s+effects|risks|dangers|toxicity)"
            r")(?![\w-])",
            re.I,
        ),
        gate("free", "toxic adverse risks dangers toxicity"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"safe\s+(?:for\s+)?(?:every|any|all)\s+(?:child|children|kids?|ages?|person|body|one)\s+at\s+any\s+dose"
            r")(?![\w-])",
            re.I,
        ),
        gate("safe", "dose"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"safe\s+at\s+any\s+dose"
            r")(?![\w-])",
            re.I,
        ),
        gate("safe", "dose"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:safe|gentle\s+enough)\s+to\s+(?:use|take|give|combine)\s+(?:\w+\s+)?(?:alongside|with|during)\s+"
            r"(?:(?:any|all|other|your|prescription)\s+(?:\w+\s+)?(?:medic\w+|drugs|prescriptions)|pregnancy|breastfeeding|"
            r"(?-i:[A-Z][a-z]+)(?:\s+or\s+during\s+[\w\s]{1,20})?)"
            r")(?![\w-])",
            re.I,
        ),
        gate("safe gentle", "use take give combine", "alongside with during"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:can\s+be\s+(?:used|taken)|use\s+(?:it|them)|take\s+(?:it|them))\s+safely\s+(?:for\s+(?:years|life|months|"
            r"decades|as\s+long\s+as\s+you\s+(?:like|want))|indefinitely|forever|every\s+day|long[\s-]term)"
            r")(?![\w-])",
            re.I,
        ),
        gate("safely"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"there\s+is\s+no\s+(?:upper\s+limit|maximum\s+(?:dose|amount)|such\s+thing\s+as\s+too\s+much)"
            r")(?![\w-])",
            re.I,
        ),
        gate("there", "no", "upper maximum such", "limit dose amount thing"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:none|not\s+(?:a\s+single\s+)?one)\s+of\s+(?:them|my\s+\w+|our\s+\w+)\s+(?:has|have)\s+(?:ever\s+)?"
            r"(?:had|experienced|reported|suffered)\s+(?:a|any|one)\s+(?:single\s+)?(?:problem|reaction|side[\s-]effect|issue|"
            r"complication)s?(?:\s+to\s+(?:the|our|my)\s+\w+)?"
            r")(?![\w-])",
            re.I,
        ),
        gate("none one", "had experienced reported suffered",
             "problem problems reaction reactions side issue issues complication complications"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:a|the)\s+(?:completely\s+|totally\s+|perfectly\s+)?safe\s+alternative\s+to"
            r")(?![\w-])",
            re.I,
        ),
        gate("alternative", "safe"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:that'?s|this\s+is|it'?s|it\s+is)\s+(?:just|simply|only)\s+(?:your\s+body|the\s+body|the\s+toxins?)\s+"
            r"(?:detox\w*|healing|cleansing|releasing|adjusting|purging)(?:\s+(?:from\s+)?(?:the\s+)?\w+)?"
            r")(?![\w-])",
            re.I,
        ),
        gate("body toxin toxins", "just simply only",
             "detox detoxing detoxes detoxifying healing cleansing releasing adjusting purging"),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            r"(?:feeling\s+worse|(?:getting|feel)\s+worse\s+(?:at\s+first|before\s+you\s+get\s+better))[^.;:]{0,60}?"
            r"\s(?:is|are)\s+(?:also\s+|actually\s+)?a\s+good\s+sign"
            r")(?![\w-])",
            re.I,
        ),
        gate("worse", "sign"),
    ),
)
# wordings added after a third recall study (ten articles in new genres, written blind); also
# excluded from SAF103's "mentions harms" (ABSOLUTE_SAFETY_EXTRA)
_SAFETY_EXTRA_PARTS: tuple[tuple[str, Gate], ...] = (
    # "you can combine them freely", "also together with other medication"
    (r"(?:combine|mix|take|use)\s+(?:it|them|this|these)\s+(?:all\s+)?freely"
     r"|(?:safe|fine|ok|okay)\b[^.;]{0,40}?\btogether\s+with\s+(?:any\s+|all\s+)?(?:other\s+)?(?:medications?|medicines?|"
     r"drugs|pills|prescriptions)",
     gate("freely together")),
    # "even pregnant women and kids can drink it"
    (r"even\s+(?:pregnant\s+women|pregnant\s+mums|pregnant\s+moms|babies|infants|newborns|children|kids|toddlers|"
     r"the\s+elderly)(?:\s+and\s+(?:\w+\s+){0,2}?(?:women|babies|infants|children|kids|toddlers|elderly))?\s+can\s+"
     r"(?:safely\s+)?(?:take|use|drink|have|eat)",
     gate("even", "pregnant babies infants newborns children kids toddlers elderly")),
    # "mild enough that I used it on my newborn", "gentle enough for babies"
    (r"(?:mild|gentle|safe)\s+enough\s+(?:for|to\s+(?:use\s+on|give\s+to)|that\s+(?:I|we|you)\s+(?:\w+\s+)?(?:use|used|gave|"
     r"give)\s+(?:it\s+)?(?:on|to))\s+(?:my\s+|your\s+|a\s+|even\s+|the\s+)?(?:newborns?|babies|baby|infants?|children|"
     r"kids|toddlers?|pregnant\s+women|the\s+whole\s+family)",
     gate("enough", "mild gentle safe")),
    # "you can keep using it for as long as you need", "take it for as long as you like without worrying"
    (r"(?:take|use|keep\s+using|keep\s+taking|stay\s+on)\s+(?:it|them|this|these)\s+(?:for\s+)?as\s+long\s+as\s+you\s+"
     r"(?:like|want|need|wish)(?:\s+without\s+(?:worry|worrying|any\s+worries))?",
     gate("long", "like want need wish")),
    # "it's perfectly natural, so there's nothing to worry about"
    (r"(?:natural|herbal|plant[\s-]based|organic|a\s+food)\b,?\s+(?:so|and\s+so|which\s+means)\s+(?:there'?s|there\s+is|"
     r"you\s+have)\s+nothing\s+to\s+(?:worry|fear)(?:\s+about)?",
     gate("nothing", "worry fear")),
    # "without any tummy trouble", "not any side effect", "carry none of the risks"
    (r"without\s+(?:any|the|a\s+single)\s+(?:tummy|stomach|digestive|morning)\s+(?:trouble|upset|issues|problems|"
     r"grogginess|hangover)"
     r"|not\s+(?:any|a\s+single|one)\s+side[\s-]effects?"
     r"|(?:carr(?:y|ies)|has|have|with)\s+none\s+of\s+the\s+(?:\w+\s+)?(?:risks|dangers|side[\s-]effects)",
     gate("without not none", "tummy stomach digestive morning side risks dangers")),
    # "gentle on the body at any age", "safe at every age"
    (r"(?:gentle|safe|mild)\s+(?:on\s+the\s+body\s+|for\s+the\s+body\s+)?(?:at|for)\s+(?:any|every|all)\s+ages?",
     gate("any every all", "age ages")),
    # "unlike warfarin it will never cause a dangerous bleed"
    (r"(?:will|can|does|would)\s+never\s+(?:cause|give\s+you|lead\s+to|trigger)\s+(?:a\s+|any\s+)?(?:dangerous|serious|"
     r"harmful|bad|nasty|side|adverse|single)\b(?:\s+\w+)?"
     r"|safe\s+for\s+(?:long[\s-](?:time|term)\s+use|life|a\s+lifetime|years)",
     gate("never safe", "cause give lead trigger long life lifetime years")),
    # "impossible to take too much", "you literally cannot overdo it", "there's zero risk"
    (r"impossible\s+to\s+(?:take\s+too\s+much|overdo\s+it|overdose)|(?:can'?t|cannot|can\s+not)\s+(?:literally\s+)?overdo\s+"
     r"(?:it|this)|(?:there'?s|there\s+is|with)\s+(?:(?:absolutely|truly|really|literally|honestly|just)\s+)?zero\s+risk"
     # "zero risk in trying it" is the product's; "zero risk of a relapse" may be a trial's finding
     r"(?:\s+in\s+(?:trying|taking|using|giving)\b|(?!\s+(?:of|to|for|from|that)\b))"
     r"|(?:harmless|safe|gentle)\s+(?:enough\s+)?for\s+the\s+whole\s+family"
     r"|(?:pure|gentle|mild|safe|clean)\s+enough\s+to\s+(?:give|feed|use)\s+(?:to\s+|on\s+)?(?:a|your|even\s+a|any)\s+"
     r"(?:newborn|baby|infant|toddler|child)",
     gate("impossible overdo zero family enough", "much overdose it this risk whole give feed use")),
    # "one of the most well-tolerated medicines ever developed", "side effects are practically nonexistent",
    # "there's nothing in it that can hurt you"
    (r"(?:one\s+of\s+)?the\s+(?:most\s+well[\s-]tolerated|safest)\s+(?:\w+\s+){0,2}?(?:ever|in\s+the\s+world|known\s+to\s+"
     r"(?:man|science))"
     r"|side[\s-]effects\s+are\s+(?:practically|virtually|basically|almost|essentially)\s+(?:non-?existent|zero|none|unheard\s+of)"
     r"|nothing\s+in\s+(?:it|this|them|here|our\s+\w+)\s+(?:that\s+)?(?:can|could|will|would)\s+(?:possibly\s+)?(?:hurt|harm)",
     gate("tolerated safest side nothing", "ever world known practically virtually basically almost essentially hurt "
          "harm")),
)
# constructions added after a fifth recall study (twelve articles written blind): risk said to be nil
# ("the risk is basically zero", "nothing to be scared of", "you can't really overdose on it"), the
# safest thing "on the planet", safe "even if you're pregnant", use "as often as you like", and the
# joke downside ("the only downside is wishing they'd come in sooner")
_SAFETY_FIFTH: tuple[tuple[str, Gate], ...] = (
    (r"(?:the\s+)?risks?\s+(?:is|are)\s+(?:basically|practically|virtually|essentially|pretty\s+much|effectively)\s+"
     r"(?:zero|nil|non-?existent|none)"
     r"|(?:there'?s|there\s+is|you\s+have)\s+(?:really\s+|absolutely\s+|honestly\s+)?nothing\s+(?:here\s+)?to\s+"
     r"(?:worry\s+about|be\s+(?:scared|afraid|worried|nervous)\s+(?:of|about)|fear)(?:\s+here)?"
     r"(?!\s*,?\s*(?:if|when|unless|as\s+long\s+as|in\s+most)\b)"
     r"|nothing\s+(?:\w+\s+){0,3}?for\s+(?:your|the)\s+body\s+to\s+(?:reject|react\s+to|fight)",
     gate("nothing risk risks", "worry scared afraid worried nervous fear reject react zero nil nonexistent "
          "non-existent none")),
    (r"(?:can'?t|cannot|can\s+not|won'?t)\s+(?:really|possibly|actually|ever)\s+(?:overdose|overdo\s+it|take\s+too\s+much)"
     r"|(?:there'?s|there\s+is)\s+(?:really|honestly|simply|just)\s+no\s+such\s+thing\s+as\s+too\s+much",
     gate("overdose overdo much")),
    (r"(?:the\s+)?safest\s+(?:[\w-]+\s+){0,2}?(?:on\s+(?:the\s+)?(?:planet|earth)|there\s+is|you\s+can\s+(?:take|use|buy))"
     r"|(?:even|perfectly|totally|completely)\s+safe\s+(?:if|when|while|for|during)\s+(?:you'?re\s+|you\s+are\s+)?"
     r"(?:pregnant|pregnancy|breastfeeding|nursing|trying\s+to\s+conceive|babies|infants|toddlers|newborns|kids)"
     r"|gentle\s+enough\s+for\s+(?:pregnant\s+)?(?:mamas|moms|mums|mothers|women)\s+and\s+(?:toddlers|babies|kids|"
     r"children|infants)"
     r"|(?:use|take|do|drink|apply)\s+(?:it|them|this)\s+as\s+(?:often|much)\s+as\s+you\s+(?:like|want|need|wish)",
     gate("safest safe gentle often much", "planet earth there take use buy pregnant pregnancy breastfeeding nursing "
          "conceive babies infants toddlers newborns kids mamas moms mums mothers women like want need wish")),
    (r"the\s+only\s+(?:downside|side[\s-]effect|risk|catch|problem|complaint)\s+(?:[\w'’]+\s+){0,5}?(?:is|was)\s+"
     r"(?:that\s+)?(?:you|wishing|they|people|your|having|a\s+(?:smile|happier|better))\b"
     r"|the\s+worst\s+(?:thing\s+)?(?:it|(?:this|that|my|our|the)(?:\s+[\w-]+)?)\s+(?:will|can|could|would)\s+(?:ever\s+)?"
     r"do\b",
     gate("only worst", "downside side risk catch problem complaint do")),
    # "your body can't be harmed by it", "I've never had a single patient have a problem", "safe for kids too"
    (r"(?:can'?t|cannot|can\s+not|won'?t|will\s+not)\s+(?:possibly\s+|ever\s+)?be\s+(?:harmed|hurt|damaged)\s+by\s+(?:it|this|them)"
     r"|(?:I'?ve|I\s+have|we'?ve|we\s+have)\s+never\s+(?:once\s+)?had\s+(?:a\s+)?(?:single\s+)?(?:patient|client|customer|"
     r"person|child|kid)\s+(?:have|get|with|report)\s+(?:a\s+|any\s+)?(?:single\s+)?(?:problem|reaction|side[\s-]effect|issue|"
     r"complication)"
     r"|safe\s+for\s+(?:kids|children|babies|toddlers|pregnant\s+women)\s+(?:too|as\s+well)",
     gate("harmed hurt damaged never safe", "it this them patient client customer person child kid kids children "
          "babies toddlers pregnant")),
)
_SAFETY_EXTRA_PARTS = (*_SAFETY_EXTRA_PARTS, *_SAFETY_FIFTH)
_SAFETY_MORE_PARTS = _SAFETY_MORE_PARTS + tuple(
    (re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.I), g) for pattern, g in _SAFETY_EXTRA_PARTS
)
ABSOLUTE_SAFETY_EXTRA = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{pattern})" for pattern, _ in _SAFETY_EXTRA_PARTS) + r")(?![\w-])", re.I
)
# for the commonest gates, a phrase the wording cannot match without (by part index)
_SAFETY_MORE_WORDS: dict[int, tuple[str, ...]] = {
    0: ("no risk", "zero risk"),
    1: ("no risk of", "no chance of", "no danger of"),
    2: ("without a single", "without any", "without one"),
    6: ("safe to", "enough to"),
}
_SAFETY_UNLESS = re.compile(
    r"\b(?:(?:were|was)\s+(?:reported|observed|seen|found|noted)|reported\s+no|participants|subjects|in\s+the\s+(?:study|trial)|"
    r"(?:no|not)\s+(?:drug|treatment|medicine|supplement|procedure|surgery|vaccine)\s+is|myth|mistake|wrong|"
    r"doesn'?t\s+mean|does\s+not\s+mean|isn'?t\s+(?:necessarily|always)|not\s+necessarily|claims?|claimed|"
    r"marketed\s+as|advertis\w+|so-called|so\s+far|thus\s+far|to\s+date|yet|expected|in\s+(?:mice|rats|animals)|"
    r"(?:were|was|had|found|shown?|saw|seen|reported|observed)\s+(?:\w+\s+)?(?:little\s+or\s+)?no|without\s+prov\w+|"
    r"dream|still|groups?|make\s+sure|ensure|whether|randomi[sz]ed|think|thinks|thinking|believ\w*|assum\w*|"
    r"according\s+to\s+(?:the\s+|a\s+)?(?:\w+\s+){0,5}?(?:study|trial|review|analysis)|"
    # a particular study's finding reported: "a Cochrane review of 63 studies found that ... with no side effects"
    r"(?:a|an|the|this|that|one|their|its)\s+(?:[\w-]+\s+){0,4}?(?:study|trial|review|analysis|meta-analysis)\s+"
    r"(?:[\w(),-]+\s+){0,6}?(?:found|showed|concluded|reported|observed))\b",
    re.I,
)


# Looser safety wordings, tried only in articles that name no source or in sales talk: "there's nothing
# in there that can hurt you", "There are zero reported side effects", "no downside whatsoever", "safe to
# take right through your first trimester", "gentle enough to take alongside anything", "it doesn't
# interact with anything", "You really can't overdo CBD", "the safest thing in our medicine cabinet"
SALES_SAFETY = re.compile(
    r"(?<![\w-])(?:"
    r"nothing\s+(?:in\s+(?:[\w'’-]+\s+){0,2})?(?:that\s+)?(?:can|could|will)\s+(?:ever\s+|possibly\s+)?(?:hurt|harm)\b"
    r"(?:\s+(?:you|a\s+baby|your\s+[\w-]+))?"
    r"|(?:can'?t|cannot|won'?t|will\s+not)\s+(?:possibly\s+|ever\s+)?(?:hurt|harm)\s+(?:yourself|your\s+[\w-]+|a\s+baby|babies|"
    r"children|kids|healthy\s+[\w-]+)"
    r"|(?:no|zero)\s+reported\s+(?:side[\s-]effects|adverse\s+effects|problems)"
    r"|zero\s+risks?\b(?!\s+(?:of|to|for|from|that|in|with))"
    r"|no\s+(?:real\s+)?(?:downside|danger|risk)s?\s+(?:whatsoever|at\s+all|to\s+(?:it|trying(?:\s+it)?|this))"
    r"|safe\s+(?:to\s+(?:take|use)\s+)?(?:right\s+)?(?:through|during|in)\s+(?:your\s+|the\s+)?(?:first\s+|whole\s+|entire\s+)?"
    r"(?:trimester|pregnancy)"
    r"|(?:is|are|'s|’s)\s+(?:perfectly\s+|totally\s+|completely\s+|100%\s+)?safe\s+for\s+(?:newborns|babies|infants|toddlers|"
    r"pregnant\s+[\w-]+)"
    r"|gentle\s+enough\s+(?:for\s+(?:anyone|everyone|any\s+[\w-]+)|to\s+take\s+(?:alongside|with)\s+(?:anything|any\s+[\w-]+|"
    r"whatever))"
    r"|(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+interact\s+with\s+(?:anything|any\s+(?:medications?|medicines?|drugs))"
    r"|safe\s+to\s+take\s+(?:right\s+)?(?:alongside|with)\s+(?:whatever|anything|any\s+[\w-]+)"
    r"|harmless\s+to\s+take"
    r"|every\s+bit\s+as\s+safe\s+as"
    r"|the\s+safest\s+thing\b"
    r"|(?:can'?t|cannot)\s+(?:really\s+)?overdo\s+(?:it|[\w-]+)"
    # added after a fourth recall study: "so there's really no downside", "because it's a food, there's no
    # risk", "fine to take alongside your other medications", "It's 100% natural."
    r"|(?:there'?s|there’s|there\s+is)\s+(?:really\s+|simply\s+|just\s+|absolutely\s+)?no\s+(?:real\s+)?(?:downside|risk|danger|"
    r"harm)(?=\s*[.,;!)]|\s+(?:here|involved|whatsoever|at\s+all))"
    r"|(?:fine|okay|ok|safe)\s+to\s+(?:take|use|combine)\s+(?:right\s+)?(?:alongside|with)\s+(?:your|all|any)\s+(?:other\s+)?"
    r"(?:medications?|medicines?|meds|drugs|prescriptions?)(?![^.;!?]{0,30}\b(?:only\s+if|unless|as\s+long\s+as|provided|if\s+your))"
    r"|(?:it'?s|it’s|it\s+is|they'?re|they\s+are)\s+(?:100\s?%|all|completely|totally|purely)\s+natural(?=\s*[.!])"
    r")",
    re.I,
)


# the claim denied by the clause it sits in: "It doesn't prove there is zero risk", "None of this means
# PPIs are free of risks"
_SAFETY_DENIED = re.compile(
    r"\b(?:does\s+not|doesn'?t|do\s+not|don'?t|did\s+not|didn'?t|cannot|can'?t|none\s+of\s+(?:this|these|that|it)|"
    r"nothing\s+(?:here|in\s+this))\s+(?:\w+\s+){0,2}?(?:mean|means|prove|proves|show|shows|guarantee|guarantees|"
    r"make|makes|suggest|suggests|imply|implies|say|says)\b[^.;:!?]*$",
    re.I,
)


@rule(
    "CLM104",
    "absolute-safety-claim",
    category="claims",
    severity=Severity.WARNING,
    scope="sentence",
    requires=("sentences", *SOURCE_LAYERS),
)
def absolute_safety_claim(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Absolute safety claim: "completely safe", "no side effects", "natural, so harmless".

    Fires on claims that a product or treatment carries no risk at all.  Reports of trial results
    ("no side effects were reported in the trial"), sentences that debunk the claim ("natural
    doesn't mean safe") and questions are left alone.  In articles that name no source, and in
    sales talk, looser wordings count too ("there's nothing in there that can hurt you", "safe to
    take right through your first trimester", "you can't overdo it").

    ## Why it matters
    Every active treatment has side effects, interactions or doses at which it harms; "natural"
    products included (St John's wort, kava, high-dose vitamin A).  An absolute safety claim
    discourages readers from checking interactions or asking a pharmacist.

    ## Example
    > Because it is all natural, this tea is completely safe for everyone.

    ## Better
    > Most people tolerate the tea well; it can interact with blood thinners, so ask a pharmacist
    > if you take other medicines.

    ## References
    - US FDA. Tainted, mislabeled "natural" products (consumer updates on dietary supplements).
    - NCCIH. "Natural" doesn't necessarily mean "safe" (Using Dietary Supplements Wisely).
    """
    patterns = [_ABSOLUTE_SAFETY]
    if unsourced_document(doc) or sales_talk(doc):
        patterns.append(SALES_SAFETY)
    tokens = doc_tokens(doc)
    low = lower_text(doc)
    patterns.extend(
        p
        for i, (p, g) in enumerate(_SAFETY_MORE_PARTS)
        if opens(tokens, g) and (i not in _SAFETY_MORE_WORDS or any(map(low.__contains__, _SAFETY_MORE_WORDS[i])))
    )
    for _, sent in sentences_with(doc, *patterns):
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?") or _SAFETY_UNLESS.search(text):
            continue
        for m in outermost(m for p in patterns for m in p.finditer(text)):
            before = text[max(0, m.start() - 30) : m.start()]
            if re.search(
                r"\b(?:not|never|isn'?t|aren'?t|nothing\s+is|none\s+(?:is|are)|rarely|hardly|little|almost|"
                r"virtually|essentially|nearly|practically|few|relatively|or)\s+(?:\w+\s+)?$",
                before,
                re.I,
            ) or _SAFETY_DENIED.search(text, max(0, m.start() - 80), m.start()):
                continue
            if m.group(0).lower().startswith("suitable") and not (unsourced_document(doc) or sales_talk(doc)):
                continue  # "wet combing is suitable for everyone, including babies": a careful page's advice
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.end()),
                f"absolute safety claim ({' '.join(m.group(0).split())!r}): no treatment is free of risk",
                evidence={"match": m.group(0)},
                suggestion="say who should not use it, its known side effects and interactions",
            )
