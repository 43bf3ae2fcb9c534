"""ABB: terminology -- abbreviation definitions checked against the sense inventory, conflicting
definitions, undefined medical short forms, and supplements called drugs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from healthlint.document import Abbreviation, Document, Entity
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import SOURCE_LAYERS, RuleContext, rule

_NON_DRUG_KINDS = ("mineral", "vitamin", "supplement", "herb", "food")
_GENERIC_HEADS = frozenset({"syndrome", "disease", "disorder", "infection", "condition"})


def _senses_text(expected: list[str] | tuple[str, ...], limit: int = 3) -> str:
    items = list(expected[:limit])
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " or " + items[-1]


@rule("ABB101", "wrong-expansion", category="terminology", severity=Severity.WARNING, scope="sentence",
      requires=("abbreviations",))
def wrong_expansion(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """An abbreviation is defined with a long form that is none of its known meanings.

    The defined long form is compared with every sense the inventory knows for the short form,
    tolerating plurals, hyphens, word order, British/American spelling and synonyms (Willis-Ekbom
    disease = restless legs syndrome).  The rule only judges short forms the inventory knows well
    (a reviewed list of consumer-health short forms), two-letter ones only when the long form is
    another condition or a near miss, and long forms that cannot even be spelt from the letters.

    ## Why it matters
    A wrong expansion tells readers they are reading about a different condition than the sources
    discuss; it is a strong sign that the text was written without understanding the topic (or
    generated), and it sends readers who search the term to the wrong information.

    ## Example
    > IBS (inflammatory bowel syndrome) causes cramps, bloating and diarrhoea.

    ## Better
    > Irritable bowel syndrome (IBS) causes cramps, bloating and diarrhoea.

    ## References
    - Schwartz AS, Hearst MA. A simple algorithm for identifying abbreviation definitions in
      biomedical text. Pac Symp Biocomput 2003:451-62.
    - Sohn S, Comeau DC, Kim W, Wilbur WJ. Abbreviation definition identification based on
      automatic precision estimates. BMC Bioinformatics 2008;9:402 (Ab3P).
    """
    for ab in doc.abbreviations:
        if ab.status != "mismatch":
            continue
        senses = _senses_text(ab.expected)
        evidence = {"short": ab.short, "long": ab.long, "expected": list(ab.expected),
                    "score": ab.evidence.get("score", 0.0), "source": ab.evidence.get("source", "")}
        message = f"'{ab.short}' is defined as '{ab.long}', but {ab.short} stands for {senses}"
        # the document itself may name the real meaning elsewhere (often in its reference list)
        for sense in ab.expected[:3]:
            found = _find_mention(doc.text[ab.end :], sense)
            if found is not None:
                at = ab.end + found[0]
                line = doc.line_col(at)[0]
                message += f" (the document itself mentions {sense} on line {line})"
                evidence["mentioned_at"] = [at, ab.end + found[1]]
                break
        yield Hit(Span(ab.start, ab.end), message, evidence=evidence,
                  suggestion=f"{ab.expected[0]} ({ab.short})" if ab.expected else None)


# ---- ABB102 ------------------------------------------------------------------------------------


def _same_meaning(a: str, b: str) -> bool:
    from healthlint.lexicons.abbreviations import MATCH, best_match

    score, _ = best_match(a, [b])
    if score >= MATCH:
        return True
    from healthlint.annotate.entities import vocabulary

    vocab = vocabulary()
    ea, eb = vocab.lookup(a), vocab.lookup(b)
    return ea is not None and eb is not None and ea.canonical.lower() == eb.canonical.lower()


_WORD = re.compile(r"[^\W_]+")


@cache
def _sense_words(sense: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences (normalised) that count as a mention of ``sense``: the whole sense and,
    when it ends in a generic head word (syndrome, disease), the sense without it."""
    from healthlint.lexicons.abbreviations import stem

    words = tuple(stem(w) for w in _WORD.findall(sense.lower()))
    if not words or (len(words) == 1 and len(words[0]) < 6):
        return ()  # too short to tell a mention from another word
    out = [words]
    if len(words) >= 3 and words[-1] in _GENERIC_HEADS:
        out.append(words[:-1])
    return tuple(out)


def _find_mention(text: str, sense: str) -> tuple[int, int] | None:
    """Offsets of the first mention of ``sense`` in ``text``, tolerating case, plurals, hyphens
    and British spelling ("Transient ischaemic attacks" for transient ischemic attack)."""
    from healthlint.lexicons.abbreviations import stem

    variants = _sense_words(sense)
    if not variants:
        return None
    firsts = {v[0] for v in variants}
    tokens = list(_WORD.finditer(text))
    stems: list[str | None] = [None] * len(tokens)

    def at(i: int) -> str:
        got = stems[i]
        if got is None:
            got = stems[i] = stem(tokens[i].group().lower())
        return got

    for i in range(len(tokens)):
        if at(i) not in firsts:
            continue
        for v in variants:
            if i + len(v) <= len(tokens) and all(at(i + k) == v[k] for k in range(len(v))):
                return tokens[i].start(), tokens[i + len(v) - 1].end()
    return None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


@rule("ABB102", "conflicting-definitions", category="terminology", severity=Severity.WARNING,
      scope="document", requires=("abbreviations",))
def conflicting_definitions(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The same abbreviation is given two different meanings in one document.

    Fires when a short form is defined twice with long forms that do not match each other, or when
    it is defined one way while another line of the document -- often a reference title -- uses it
    next to a different known meaning ("Neurophysiology of RLS" next to "restless legs").  One
    finding per short form.

    ## Why it matters
    Readers cannot tell which meaning applies; when the sources use the short form differently
    from the text, the text probably misreports them.

    ## Example
    > MS (muscle spasms) can be eased by stretching. ... References: Vitamin D and relapse
    > risk in MS (multiple sclerosis). Neurology 2012.

    ## Better
    > Muscle spasms can be eased by stretching. ... (and keep "MS" for multiple sclerosis only)

    ## References
    - AMA Manual of Style, 11th ed., section 13.1 (abbreviations: define at first use, use one
      meaning throughout).
    """
    by_short: dict[str, list[Abbreviation]] = {}
    for ab in doc.abbreviations:
        by_short.setdefault(ab.short, []).append(ab)
    for short, defs in by_short.items():
        hit = _conflicting_pair(doc, short, defs) or _conflicting_usage(doc, short, defs)
        if hit is not None:
            yield hit


def _conflicting_pair(doc: Document, short: str, defs: list[Abbreviation]) -> Hit | None:
    for i, later in enumerate(defs[1:], start=1):
        for first in defs[:i]:
            if not _same_meaning(first.long, later.long):
                line = doc.line_col(first.start)[0]
                return Hit(
                    Span(later.start, later.end),
                    f"'{short}' is defined as '{later.long}' here but as '{first.long}' on line {line}",
                    evidence={"short": short, "meanings": [first.long, later.long],
                              "spans": [[first.start, first.end], [later.start, later.end]]},
                )
    return None


def _conflicting_usage(doc: Document, short: str, defs: list[Abbreviation]) -> Hit | None:
    from healthlint.lexicons.abbreviations import inventory

    entry = inventory().get(short)
    if entry is None or not entry.known_well:
        return None  # only the reviewed list has every usual sense of a short form
    others = [s for s in entry.preferred if not any(_same_meaning(d.long, s) for d in defs)]
    if not others:
        return None
    short_re = re.compile(r"(?<![\w/-])" + re.escape(short) + r"(?![\w/-])")
    text = doc.text
    def_spans = [Span(d.start, d.end) for d in defs]
    for l0, l1 in _lines(text):
        line = text[l0:l1]
        if short not in line:
            continue
        uses = [m for m in short_re.finditer(line)
                if not any(s.start <= l0 + m.start() < s.end for s in def_spans)]
        if not uses:
            continue
        for sense in others:
            found = _find_mention(line, sense)
            if found is None or any(s.start <= l0 + found[0] < s.end for s in def_spans):
                continue
            mention = line[found[0] : found[1]]
            use = uses[0]
            defined = defs[0]
            return Hit(
                Span(l0 + use.start(), l0 + use.end()),
                f"'{short}' is defined as '{defined.long}' (line {doc.line_col(defined.start)[0]}) but used here "
                f"for {sense} ('{mention}')",
                evidence={"short": short, "meanings": [defined.long, sense], "mention": mention,
                          "spans": [[defined.start, defined.end], [l0 + found[0], l0 + found[1]]]},
            )
    return None


# ---- ABB103 ------------------------------------------------------------------------------------

_ACRONYM = re.compile(r"(?<![\w/&.-])([A-Z][A-Za-z0-9]*[A-Z0-9](?:/[A-Z][A-Za-z0-9]*)?s?)(?![\w/&-])")
MAX_UNDEFINED = 5


@rule("ABB103", "undefined-abbreviation", category="terminology", severity=Severity.INFO, scope="token",
      requires=("abbreviations", "references"))
def undefined_abbreviation(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """A medical abbreviation is used without being spelt out.

    Only short forms of the reviewed consumer-health list with three or more letters are checked,
    and not those lay readers know (DNA, HIV, BMI, MRI, ADHD, FDA: tagged ``common`` in the list);
    the rule stays quiet when the document defines the short form anywhere or mentions one of its
    meanings in full, reports only the first use of each short form, ignores the reference list and
    gives at most five findings per document.

    ## Why it matters
    Lay readers do not know that CKD means chronic kidney disease; an undefined short form hides
    what the article is about and makes its claims hard to check.

    ## Example
    > Magnesium may ease PLMS at night.

    ## Better
    > Magnesium may ease periodic limb movements in sleep (PLMS) at night.

    ## References
    - AMA Manual of Style, 11th ed., section 13.1 (expand abbreviations at first mention).
    - Plain Language Action and Information Network, Federal Plain Language Guidelines (2011):
      minimize abbreviations.
    """
    from healthlint.lexicons.abbreviations import inventory

    inv = inventory()
    defined = {ab.short for ab in doc.abbreviations}
    defined |= {ab.short.rstrip("s") for ab in doc.abbreviations}
    ref_spans = [(r.start, r.end) for r in doc.references]
    lowered: str | None = None
    seen: set[str] = set()
    found = 0
    for m in _ACRONYM.finditer(doc.text):
        short = m.group(1)
        if short in seen or short in defined:
            continue
        seen.add(short)
        entry = inv.get(short)
        if entry is None or not entry.known_well or entry.common or entry.short in defined:
            continue
        if sum(ch.isalpha() for ch in entry.short) < 3:
            continue
        if any(a <= m.start() < b for a, b in ref_spans):
            continue
        if _shouting(doc.text, m.start()):
            continue
        if lowered is None:
            lowered = doc.text.lower()
        if any(_spelt_out(lowered, s) for s in entry.preferred + [s.long for s in entry.senses]):
            continue
        yield Hit(
            Span(m.start(), m.end()),
            f"'{short}' is not spelt out; lay readers may not know it means {_senses_text(entry.preferred, 2)}",
            evidence={"short": short, "senses": entry.preferred[:3]},
            suggestion=f"{entry.preferred[0]} ({short})" if entry.preferred else None,
        )
        found += 1
        if found >= MAX_UNDEFINED:
            return


def _spelt_out(lowered: str, sense: str) -> bool:
    """Does the text mention ``sense`` (or, for "A/B" senses, one of its parts) in full?"""
    for part in [sense, *sense.split("/")] if "/" in sense else [sense]:
        if _sense_words(part):
            if _find_mention(lowered, part) is not None:
                return True
        elif part.lower() in lowered:
            return True
    return False


def _shouting(text: str, pos: int) -> bool:
    """Is the line around ``pos`` mostly upper case (a headline in capitals)?"""
    l0 = text.rfind("\n", 0, pos) + 1
    l1 = text.find("\n", pos)
    line = text[l0 : l1 if l1 != -1 else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) > 12 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


# ---- ABB104 ------------------------------------------------------------------------------------

_DRUG_NOUN = r"(?:drug|medication|medicine|pharmaceutical)"
# what a supplement is likened to: a drug, or a class of drugs ("nature's antibiotic", "a natural sedative drug")
_DRUG_WORD = (
    r"(?:drugs?|medications?|medicines?|pharmaceuticals?|antibiotics?|antidepressants?|sedatives?|painkillers?|"
    r"tranquil+i[sz]ers?|antihistamines?|chemotherapy(?:\s+drugs?)?)(?!\s+(?:cabinets?|chests?|interactions?|stores?|"
    r"shelf|shelves|of\s+choice|resistance|use|users?|trials?|companies|makers|industry|prices?|costs?|test(?:s|ing)?)\b)"
)
# up to three describing words, not a preposition ("is a time-tested herbal drug", not "is a cofactor
# for the drug")
_DESCRIBED = r"(?:(?!(?:for|of|with|to|than|like|and|or|in|on|prescription|not|no|never|a|an|the)\b)[\w'’-]+\s+){0,3}?"
# "is honestly the most powerful", "'s basically", "becomes"
_COPULA = (
    r"(?:is|are|was|were|as|becomes?|['’]s)\s+(?:(?:honestly|basically|essentially|actually|really|simply|literally|"
    r"truly|just|also|now|still|arguably|probably|effectively|like|quite\s+literally)\s+)*"
    # "is one of the ...", "is the closest thing to a miracle drug"
    r"(?:one\s+of\s+|the\s+(?:closest|nearest)\s+thing\s+(?:we\s+have\s+)?to\s+)?"
)
_CALLED_DRUG = re.compile(
    r"\b(?:(?!as\b)" + _COPULA + r"(?:(?:a|an|the|nature['’]s)\s+)?|as\s+(?:one\s+of\s+)?(?:a|an|the|nature['’]s)\s+)"
    + r"(?:own\s+)?" + _DESCRIBED + _DRUG_WORD
    # "Saffron: the golden mood drug"; after a comma only "zinc, a new drug" (not a list: "honey, a
    # honey-flavoured cough medicine and no treatment")
    + r"\b|^\s*:\s+(?:a|an|the|nature['’]s)\s+(?:own\s+)?" + _DESCRIBED + _DRUG_WORD + r"\b"
    + r"|^,\s+(?:a|an)\s+(?:new\s+|natural\s+)?" + _DRUG_WORD + r"\b",
    re.I,
)
# "nature's penicillin", "nature's own Prozac": a drug's name or class after "nature's"
_NATURES = re.compile(r"\bnature['’]s\s+(?:own\s+)?(?:answer\s+to\s+)?", re.I)
_IF_BEFORE = re.compile(r"\b(?:if|as\s+if|suppose|imagine)\s+(?:[\w-]+\s+){0,3}$", re.I)
_DRUG_CLASS = re.compile(r"(?:[\w-]+\s+)?" + _DRUG_WORD, re.I)
# "nature's penicillin", "nature's most powerful immune drug"
_DRUG_CLASS_AFTER = re.compile(r"(?:[\w-]+\s+){0,3}?" + _DRUG_WORD + r"\b", re.I)
# "this little-known herbal drug", "three botanical drugs": herbs called drugs outright (only in
# articles that name no source: pharmacology papers speak of herbal drugs)
_HERBAL_DRUG = re.compile(
    r"\b(?:herbal|botanical|natural|all[\s-]natural|plant[\s-]based|nutritional)\s+(?:[\w-]+\s+)?drugs?\b", re.I
)
# the name's own words, then the copula: "Lutein and zeaxanthin are", "Saffron: the golden mood drug"
_AFTER_NAME = re.compile(
    r"(?:\s+(?:and|&)\s+[\w-]+)?\s*(?::|,)?\s*" + _COPULA + r"|\s*[:,]\s+(?:the|a|an|nature['’]s)\s", re.I
)
# "It's the cheapest heart drug on earth": a pronoun for the supplement of the sentence before
_IT_DRUG = re.compile(
    r"^\W*(?:(?:honestly|seriously|frankly|truly|really|basically|and|so|but|trust\s+me)\s*,?\s+)?(?:it|they|this|these)\s*"
    + _COPULA + r"(?:a|an|the|nature['’]s)\s+(?:own\s+)?" + _DESCRIBED + _DRUG_WORD
    + r"\b",
    re.I,
)
# "He calls vitamin C 'the best immune drug'": a naming verb before the supplement, the drug after it
_CALLS_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|considers?|considered)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_NAMED_DRUG = r"[\"“”'‘]?\s*(?:a|an|the|nature['’]s)\s+(?:own\s+)?" + _DESCRIBED + _DRUG_WORD + r"\b"
_NAMED_DRUG_AFTER = re.compile(r"\s*" + _NAMED_DRUG, re.I)
# "I call it the strongest lipid drug nature ever made": the supplement of the sentence before
_CALL_IT_DRUG = re.compile(
    r"^\W*(?:I|we|he|she|they|people|many|doctors|experts|some)\s+(?:[\w'’-]+\s+)?"
    r"(?:call(?:s|ed)?|dub(?:s|bed)?)\s+(?:it|them|this|these)\s+" + _NAMED_DRUG,
    re.I,
)
_THIS_DRUG = re.compile(r"^\W*(?:this|the)\s+(?:new\s+|wonder\s+|miracle\s+)?" + _DRUG_NOUN + r"\b", re.I)


@rule("ABB104", "supplement-called-drug", category="terminology", severity=Severity.WARNING, scope="sentence",
      requires=("sentences", "entities", *SOURCE_LAYERS))
def supplement_called_drug(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """A mineral, vitamin, herb or dietary supplement is called a drug.

    Fires on "magnesium is a drug", "zinc, a new drug, ...", "CoQ10 is honestly the most powerful
    fertility drug", "selenium is nature's penicillin", and on a sentence that opens with "This drug
    ..." or "It's the cheapest heart drug ..." right after a sentence whose only substances are
    minerals, vitamins, herbs, supplements or foods sold as remedies.  Denials ("is not a drug"),
    regulation ("not regulated as drugs") and suppositions ("if it were a medicine") are left alone.

    ## Why it matters
    Supplements are not approved as drugs: calling one a drug borrows the authority of drug
    approval (tested for safety and efficacy) that the product does not have.

    ## Example
    > Many readers swear by turmeric. This drug calms inflamed joints within days.

    ## Better
    > Turmeric is a spice sold as a dietary supplement; small trials in knee arthritis found at
    > most a modest effect on pain.

    ## References
    - US Dietary Supplement Health and Education Act of 1994 (supplements are regulated as foods,
      not drugs).
    - US FDA, "Dietary Supplements" (fda.gov/food/dietary-supplements).
    """
    ents = doc.entities
    text = doc.text
    spans: list[Span] = []
    for hit in _called_drug_hits(doc, ents, text):
        if hit.span is not None:
            spans.append(hit.span)
        yield hit
    if "drug" in text.lower() and _HERBAL_DRUG.search(text):
        from healthlint.rules.claims import unsourced_document

        if unsourced_document(doc):
            for m in _HERBAL_DRUG.finditer(text):
                if any(s.start < m.end() and m.start() < s.end for s in spans):
                    continue  # already reported as "X is a ... drug"
                yield Hit(Span(m.start(), m.end()), f"a herb or supplement called a drug ({m.group(0)!r})",
                          evidence={"match": m.group(0)},
                          suggestion="Call it a supplement, and say what the evidence for it is.")


def _called_drug_hits(doc: Document, ents: list[Entity], text: str) -> Iterator[Hit]:
    for i, sent in enumerate(doc.sentences):
        inside = [e for e in ents if sent.start <= e.start < sent.end and e.type == "substance"]
        herbs = [e for e in inside if e.kind in _NON_DRUG_KINDS]
        taken: list[Span] = []
        # "magnesium is a drug", "zinc, a new drug", "CoQ10 is honestly the most powerful fertility drug"
        for e in herbs:
            if _IF_BEFORE.search(text, sent.start, e.start):
                continue  # "If green coffee extract were a medication seeking approval": a supposition
            after = text[e.end : min(sent.end, e.end + 70)]
            m = _CALLED_DRUG.search(after)
            if m and (m.start() == 0 or _AFTER_NAME.match(after)):
                taken.append(Span(e.start, e.end + m.end()))
                yield _drug_hit(e, taken[-1])
                break
            called = _NAMED_DRUG_AFTER.match(after)
            if called and _CALLS_BEFORE.search(text, sent.start, e.start):
                taken.append(Span(e.start, e.end + called.end()))
                yield _drug_hit(e, taken[-1])
                break
        # "selenium is nature's penicillin", "nature's answer to metformin"
        for m in _NATURES.finditer(text, sent.start, sent.end):
            named = [e for e in herbs if e.end <= m.start()]
            if not named or any(t.start <= m.start() < t.end for t in taken):
                continue
            cls = _DRUG_CLASS_AFTER.match(text, m.end(), sent.end)
            drug = next((e for e in ents if e.start == m.end() and e.type == "substance" and e.kind == "drug"), None)
            if cls is not None or drug is not None:
                end = cls.end() if cls is not None else drug.end if drug is not None else m.end()
                taken.append(Span(m.start(), end))
                yield _drug_hit(named[-1], taken[-1])
        # "... magnesium citrate. This drug has been ..." / "It's the cheapest heart drug on earth."
        m = (
            _THIS_DRUG.match(text[sent.start : sent.end])
            or _IT_DRUG.match(text[sent.start : sent.end])
            or _CALL_IT_DRUG.match(text[sent.start : sent.end])
        )
        if m is None or i == 0 or taken:
            continue
        prev = doc.sentences[i - 1]
        before = [e for e in ents if prev.start <= e.start < prev.end and e.type == "substance"]
        own = [e for e in inside if e.start < sent.start + m.end() and not _DRUG_CLASS.fullmatch(e.text)]
        if before and not own and all(e.kind in _NON_DRUG_KINDS for e in before):
            yield _drug_hit(before[-1], Span(sent.start + m.start(), sent.start + m.end()))


def _drug_hit(e: Entity, span: Span) -> Hit:
    return Hit(span, f"{e.text} is a {e.kind} (dietary supplement), not a drug",
               evidence={"substance": e.text, "kind": e.kind, "canonical": e.canonical, "source_id": e.source_id},
               suggestion="Call it a supplement, and say what the evidence for it is.")
