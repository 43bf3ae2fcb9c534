"""Stopping a named medicine, found through the entity layer: "another has cut her prednisone in
half", "I also have patients throw out their meloxicam", "they were able to drop the daily aspirin".

SAF101's patterns (:mod:`healthlint.rules.safety`) name treatments by a word list (statins, insulin,
"blood pressure pills", generic-name stems).  Writers name the drug itself, and the vocabulary that
ships with healthlint knows thousands of drug names.  Here a verb of stopping, cutting or swapping
is joined to a drug entity that follows it within three words.  Told as a testimonial or a tip in
an article that addresses the reader or names no source, that is advice to stop treatment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healthlint.document import Document, Entity
from healthlint.finding import Span
from healthlint.rules.claims import sales_talk, speaks_to_reader, unsourced_document
from healthlint.rules.frames import trimmed_end

_VERB = re.compile(
    r"\b(?:stop(?:ped|s|ping)?|quit(?:s|ting)?|ditch(?:ed|es|ing)?|skip(?:ped|s|ping)?|drop(?:ped|s|ping)?|"
    r"toss(?:ed|es|ing)?|dump(?:ed|s|ing)?|bin(?:ned)?|(?:throw|threw|thrown|throwing|throws)\s+(?:out|away)|"
    r"(?:come|came|comes|coming|get|got|gets|getting)\s+(?:\w+\s+)?off(?:\s+of)?|"
    r"(?:take|took|taken|taking|takes)\s+(?:him|her|them|me|us|myself|himself|herself|themselves|my\s+\w+|our\s+\w+)\s+"
    r"off(?:\s+of)?|(?:haven'?t|hasn'?t|have\s+not|never|don'?t|didn'?t)\s+(?:even\s+)?touched?|"
    r"(?:wean|weaned|weaning|weans|taper|tapered|tapering|tapers|switch|switched|switching|switches)\s+"
    r"(?:\w+\s+){0,4}?off(?:\s+of)?|"
    r"(?:cut|cuts|cutting|halve[sd]?|halving)|(?:swap|swapped|swapping|swaps|trade|traded|trading|trades|replace|"
    r"replaced|replaces|replacing)|(?:give|gave|giving|gives)\s+up|(?:say|said|saying)\s+goodbye\s+to|"
    r"cancel(?:l?ed|l?ing|s)?|(?:hold|holding|held|holds)\s+off\s+on(?:\s+(?:starting|taking|using))?|"
    r"(?:keep|keeping|kept)|(?:threw|throw|throwing|tossed|dumped|flushed|binned)|"
    r"(?:don'?t|didn'?t|doesn'?t|no\s+longer|never)\s+need(?:ed|s)?)\s+",
    re.I,
)
# what may stand between the verb and the drug: "her", "the daily", "their long-term"
_BETWEEN = re.compile(
    r"^(?:(?:all|taking|using|her|his|their|my|your|the|our|those|these|a|an|any|daily|morning|evening|nightly|"
    r"bedtime|usual|regular|last|remaining|prescription|prescribed|monthly|weekly|two|three|\w+['’]s|\w+-\w+)\s+){0,3}$",
    re.I,
)
# a cut is a stop only when it halves or ends the dose; a swap only when something takes its place
_CUT_AFTER = re.compile(r"^\s*(?:dose\s+|dosage\s+)?(?:in\s+half|by\s+half|back|down|out)\b", re.I)
_SWAP_AFTER = re.compile(r"^[^.;!?]{0,40}?\b(?:for|with)\b", re.I)
_NEGATED = re.compile(
    r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not|never|shouldn'?t|should\s+not|must\s+not|mustn'?t|not|without)\s+"
    r"(?:\w+\s+){0,4}$",
    re.I,
)
# the sentence reports research or a doctor's advice, or sends the reader to a doctor
_EXCUSED = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|(?<!own\s)research|evidence|participants|researchers|patients\s+who|"
    r"guidelines?|(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:told|advised|asked)\s+to|slowly|gradually|"
    r"safe(?:st|ly)?\s+(?:way\s+)?to|"
    r"(?:talk|speak|consult|check|discuss|ask|call|see|contact|tell)\w*\s+(?:with\s+|to\s+)?(?:your\s+|a\s+)?(?:doctor|physician|gp|"
    r"pharmacist|prescriber)|(?:doctor|physician|gp)\s+(?:told|advised|recommended|suggested|lowered|reduced|"
    r"switched|took)|under\s+(?:medical\s+)?supervision|side\s+effects?|allerg\w+|reaction)\b",
    re.I,
)

# a report of what someone said: excuses the sentence in a news story, not in sales talk, where the
# speaker is a seller, a practitioner on the payroll or a fellow forum member ("like Dave said")
_REPORTED = re.compile(r"\b(?:said|says|according\s+to)\b", re.I)

_COUNTED = re.compile(r"\b(?:a|an|the|few|some|several|two|three|four|five|\d+)\s+$", re.I)
_REFERRAL = re.compile(r"\b(?:doctor|physician|gp|pharmacist|prescriber|nurse)\b", re.I)


def stopped_drugs(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (document offsets, from the verb to the end of the drug's name) of a named drug
    stopped, cut or swapped, in articles that address the reader or name no source."""
    drugs = [e for e in doc.entities if e.kind == "drug"]
    if not drugs or not (speaks_to_reader(doc) or unsourced_document(doc)):
        return
    selling = sales_talk(doc)
    for i, sent in enumerate(doc.sentences):
        inside = [e for e in drugs if sent.start <= e.start and e.end <= sent.end]
        if not inside:
            continue
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?") or _EXCUSED.search(text) or (not selling and _REPORTED.search(text)):
            continue
        nxt = doc.sentences[i + 1] if i + 1 < len(doc.sentences) else None
        if nxt is not None and _REFERRAL.search(doc.text, nxt.start, nxt.end):
            continue  # "... Do not stop taking it without speaking to your doctor first."
        span = _first_stop(text, [(e.start - sent.start, e.end - sent.start) for e in inside])
        if span is not None:
            yield sent.start + span[0], sent.start + span[1]


def _first_stop(text: str, drugs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first verb of stopping in ``text`` joined to one of the ``drugs`` (offsets in ``text``),
    from the verb to the end of the drug's name."""
    for m in _VERB.finditer(text):
        if _NEGATED.search(text, 0, m.start()):
            continue
        verb = m.group(0).lower()
        if verb.startswith(("drop", "cut", "bin")) and _COUNTED.search(text, 0, m.start()):
            continue  # "three drops of oregano oil", "a cut of": nouns, not verbs
        for lo, hi in drugs:
            if lo < m.end() or not _BETWEEN.match(text[m.end() : lo]):
                continue
            if verb.startswith("cut") and not _CUT_AFTER.match(text[hi:]):
                continue
            if verb.startswith(("swap", "trad", "replac")) and not _SWAP_AFTER.match(text[hi:]):
                continue
            if verb.startswith("keep") and not re.match(r"\s+out\s+of\b", text[hi:], re.I):
                continue  # "keep Calpol out of the cupboard"
            if re.match(r"(?:threw|throw|tossed|dumped|flushed|binned)\s+$", verb, re.I) and not re.match(
                r"[^.;!?]{0,30}?\b(?:in|into|down|out|away)\b", text[hi:], re.I
            ):
                continue  # "threw my patches in the trash"
            return m.start(), hi
    return None


# --- Care put off or turned down, in sales talk (an article that addresses the reader and names no
# source or sells what it praises).  Added after a blind recall study of twelve articles (99-110).
#
# a medicine no longer needed, named in the sentence or the two before: "By week 4 most people don't
# need them at all", "you may find you don't need it once you eat this way"
_NO_NEED = re.compile(
    r"\b(?:don'?t|didn'?t|doesn'?t|do\s+not|does\s+not|no\s+longer|never)\s+(?:even\s+)?need(?:ed|s)?\s+"
    r"(?:it|them|those|that|these|this|their\s+\w+|the\s+\w+)(?:\s+(?:pills?|meds|medications?|prescriptions?))?\s+"
    r"(?:at\s+all|any\s*more|again)\b",
    re.I,
)
# a first-person story of stopping a treatment named in the sentence or the two before: "I tapered off it
# on my own", "I'm off both now", "So I canceled the deep cleaning", "I also ditched my fluoride toothpaste"
_I_STOPPED = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:stopped|quit|ditched|dropped|tapered\s+(?:myself\s+)?off|weaned\s+(?:myself\s+)?off|came\s+off|"
    r"got\s+off|cancell?ed|skipped|threw\s+(?:out|away)|tossed|binned)\s+(?:taking\s+|using\s+)?(?:it|them|both|all\s+of\s+them|"
    r"(?:my|the|that)\s+[\w-]+(?:\s+[\w-]+)?)\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?:now\s+)?(?:completely\s+)?off\s+(?:it|them|both|all\s+of\s+them|everything|my\s+[\w-]+)\b",
    re.I,
)
_MEDICINE_WORD = re.compile(
    r"\b(?:medications?|meds|medicines?|drugs|prescriptions?|pills|tablets|insulin|inhalers?|statins?|injections?|"
    r"infusions?|antibiotics|antidepressants|steroids|creams?|drops|sprays?|blockers|surgery|treatment|"
    r"appointments?|cleaning|procedure|operation|toothpaste|chemo\w*|scan|biopsy|levo|gabapentin|metformin)\b",
    re.I,
)
# care put off, refused or talked down: "Don't let them scare you into antibiotics", "There's no need
# to involve your cardiologist", "stop waiting around for a surgeon", "asked my rheumatologist to take
# me off it", "able to cut back on their metformin", "Before you fill that next antibiotic
# prescription, bring your child in"
_CARER = r"(?:doctors?|gps?|physicians?|surgeons?|specialists?|nurses?|pharmacists?|dentists?|[a-z]{3,}ologists?|them)"
_CARE_DELAY = re.compile(
    r"\b(?:don'?t|do\s+not|never)\s+let\s+(?:them|your\s+[\w-]+|the\s+[\w-]+|anyone|any\s+[\w-]+)\s+(?:scare|talk|push|"
    r"pressure|rush|bully|railroad|frighten)\s+you\s+into\b[^.;!?]{0,40}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+no\s+(?:need|reason)\s+to\s+(?:rush\s+(?:into|off\s+to)|involve|see|call|bother|"
    r"go\s+to)\b[^.;!?]{0,40}"
    r"|\byou\s+(?:don'?t|do\s+not)\s+(?:need|have)\s+to\s+(?:rush\s+(?:off\s+)?to|run\s+to|see\s+a|involve|let\s+"
    r"(?:them|anyone|a\s+surgeon|your\s+[\w-]+)\s+(?:cut|operate|put|talk))\b[^.;!?]{0,40}"
    r"|\b(?:stop|don'?t|quit)\s+(?:sit(?:ting)?\s+around\s+)?wait(?:ing)?\s+(?:around\s+)?(?:months\s+)?for\s+"
    r"(?:a|an|your|the)\s+(?:[\w-]+\s+)?(?:" + _CARER + r"|appointment|referral|operation|surgery)\b[^.;!?]{0,40}"
    r"|\b(?:ask(?:ed)?|get|got|told)\s+(?:my|your|his|her|their)\s+(?:doctor|gp|physician|[a-z]{3,}ologist|specialist)\s+"
    r"to\s+(?:take|switch|get)\s+(?:me|you|him|her|them)\s+off\b[^.;!?]{0,30}"
    r"|\b(?:able\s+to|can|could|managed\s+to)\s+(?:cut\s+(?:back|down)\s+on|wean\s+(?:themselves|yourself|himself|herself|"
    r"myself)\s+off|come\s+off|skip|drop|ditch)\s+(?:their|your|his|her|my|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:medications?|meds|medicines?|pills|tablets|insulin|metformin|inhalers?|infusions?|injections?|shots|"
    r"prescriptions?|statins?|drugs|antidepressants|steroids|treatment|appointments?)\b"
    r"|\bbefore\s+(?:you\s+)?(?:fill|start|agree\s+to|say\s+yes\s+to|let\s+anyone|deciding\s+on|decide\s+on|go\s+ahead\s+"
    r"with|book)\b[^.;!?]{0,50}?\b(?:prescription|surgery|chemo\w*|treatment|procedure|operation|medication|"
    r"antibiotics?|stent|bypass|injections?|[a-z]+ectomy)\b[^.;!?]{0,60}?\b(?:first|try|give|come\s+(?:see|in)|bring|"
    r"call\s+us|book)\b[^.;!?]{0,30}"
    # added after a sixth recall study: "surgery is no longer needed", "instead of her inhaler"
    r"|\b(?:surgery|medications?|meds|insulin|inhalers?|antibiotics|steroids?|injections?|an\s+operation|a\s+knee\s+"
    r"replacement|a\s+hip\s+replacement|(?:knee|hip)\s+replacements?|dialysis|chemo\w*|prescriptions?)\s+(?:is|are|was|were)\s+"
    r"(?:often\s+|usually\s+)?(?:no\s+longer|not|never|rarely)\s+(?:needed|necessary|required)\b"
    r"|\b(?:instead\s+of|in\s+place\s+of)\s+(?:reaching\s+for\s+|taking\s+|using\s+)?(?:her|his|their|your|my|the)\s+"
    r"(?:[\w-]+\s+)?(?:inhalers?|medications?|meds|pills|insulin|antibiotics|prescriptions?|steroids?|antidepressants|"
    r"painkillers|surgery|injections?|blood\s+thinners?|statins?)\b"
    # added after a fifth recall study: "give the natural route six full months before they say yes to anything
    # invasive"
    r"|\b(?:give|try)\s+(?:it|this|the\s+[\w\s-]{1,30}?)\s+(?:\w+\s+){0,2}(?:months?|weeks?|years?)\s+before\s+"
    r"(?:you|they|she|he|we)\s+(?:say\s+yes\s+to|agree\s+to|start|go\s+ahead\s+with|consider|try)\b[^.;!?]{0,30}?"
    r"\b(?:invasive|ivf|iui|surgery|treatment|medications?|drugs|chemo\w*|procedure|operation|injections?|insulin|"
    r"antibiotics|the\s+pill)\b",
    re.I,
)


def _sales_advice(doc: Document) -> Iterator[tuple[int, Span, str]]:
    """The sentences of sales talk (index, span, text) that neither ask a question nor report research
    or send the reader to a doctor."""
    if not sales_talk(doc):
        return
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end]
        if not (text.rstrip().endswith("?") or _EXCUSED.search(text)):
            yield i, sent, text


def care_delay_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of care put off, refused or talked down, and of a medicine said to be no longer needed,
    in sales talk; sentences that report research or send the reader to a doctor are left out."""
    drugs = [e for e in doc.entities if e.kind == "drug"]
    for i, sent, text in _sales_advice(doc):
        m = _CARE_DELAY.search(text)
        if m is None:
            m = _NO_NEED.search(text) or _I_STOPPED.search(text)
            lo = doc.sentences[max(0, i - 2)].start
            if m is None:
                continue
            hi = sent.start + m.end()
            if not (_MEDICINE_WORD.search(doc.text, lo, hi) or any(lo <= e.start < hi for e in drugs)):
                continue
        if _NEGATED.search(text, 0, m.start()) and not m.group(0).lower().startswith(("don", "do not", "never")):
            continue
        yield sent.start + m.start(), sent.start + trimmed_end(m)


# --- Any verb of stopping, cancelling or not needing joined to medical care, in sales talk only.  Added
# after a fourth recall study: "Many of my families have weaned off stimulants entirely", "Then I called
# his office and cancelled the operation", "she hasn't needed a scope since", "politely decline
# fluoride varnish", "I will never go back to antibiotics".
_STOP_CARE = re.compile(
    r"\b(?:stop(?:ped|s|ping)?|quit(?:s|ting)?|ditch(?:ed|es|ing)?|dropped|"
    r"(?:wean|weaned|weaning|weans|taper|tapered|tapering|tapers)\s+(?:\w+\s+){0,2}?off|"
    r"(?:get|got|gets|getting|come|came|coming|comes)\s+(?:\w+\s+)?off|cancel(?:l?ed|l?ing|s)?|postpone[sd]?|"
    r"skipped|skip\s+(?:the|your|my|their)|refused?\s+(?:the|your|my|their|all|any)|politely\s+decline|"
    r"(?:hold|held|holding)\s+off|(?:never|don'?t|didn'?t|doesn'?t|no\s+longer|hasn'?t|haven'?t|won'?t)\s+(?:even\s+)?"
    r"need(?:ed|s)?|no\s+(?:reason|need)\s+to\s+(?:keep|stay|start|take|go|fill|begin)|never\s+(?:go(?:ing)?\s+back|went\s+back)\s+to|"
    r"(?:have|has)\s+n(?:o|ot|'t)\s+(?:seen|needed|taken|used|touched)|say\s+no\s+to|turn(?:ed)?\s+down|"
    r"(?:begin|start|started|starting)\s+(?:to\s+)?taper\w*|(?:been|be|stay|stays|stayed|staying)\s+off|"
    r"cut(?:ting|s)?\s+back\s+(?:on\s+)?(?:their|your|his|her|my|the)\s+(?:daily\s+)?dose|"
    # added after a fifth recall study: "begin cutting back on your prescription", "put it aside"
    r"cut(?:ting|s)?\s+(?:back|down)\s+on|(?:put|putting|puts|set|setting|sets)\s+(?:it|them|that|those|(?:the|her|his|"
    r"your|my|their)\s+[\w-]+)\s+(?:aside|on\s+hold|back\s+(?:in|into|on)\s+(?:the|your|my|its)\s+(?:[\w-]+\s+)?"
    r"(?:cabinet|cupboard|drawer|shelf))|"
    # "I took him off it cold turkey", "space the scopes out"
    r"(?:took|take|taking|takes)\s+(?:him|her|them|me|myself|us)\s+off|"
    r"space\s+(?:the|your|his|her|their)\s+(?:[\w-]+\s+)?(?:scopes?|scans?|appointments?|check-?ups?|screenings?|"
    r"colonoscop(?:y|ies)|mammograms?|visits?|infusions?|injections?|doses?)\s+out|"
    # "put off the cortisone injection", "drop it entirely"
    r"put(?:ting|s)?\s+off|drop(?:s|ping)?\s+(?=(?:it|them)\b))\b",
    re.I,
)
_CARE = re.compile(
    r"\b(?:medications?|meds|medicines?|drugs?|prescriptions?|pills|tablets?|insulin|inhalers?|statins?|injections?|"
    r"infusions?|antibiotics?|antidepressants?|stimulants?|steroids?|blockers|surgery|surgeon|operation|procedure|"
    r"scope|scan|biopsy|appointment|check-?up|retrieval|chemo\w*|radiation|doctors?|gp|physician|pediatrician|"
    r"paediatrician|specialist|[a-z]{3,}ologist|hospital|a&e|er|pharmaceuticals?|hearing\s+aids?|cpap|vaccines?|"
    r"vaccinations?|jabs?|varnish|fillings?|root\s+canals?|levo|metformin|gabapentin|pregabalin|ppis?|blood\s+thinners?|"
    r"anticoagulants?|angioplast(?:y|ies)|stents?|bypass|dialysis|transfusions?|ivf|iui|clomid|letrozole|"
    r"evaluations?|assessments?|screenings?|referrals?|colonoscop(?:y|ies)|mammograms?|scopes|appointments|sprays?|"
    r"(?:knee|hip|joint)\s+replacements?|cortisone|orthotics|physio(?:therapy)?|physical\s+therapy)\b",
    re.I,
)
_OBJECT_PRONOUN = re.compile(r"\s*(?:\w+\s+){0,2}?(?:it|them|those|that|this|both)\b", re.I)
# "stops them ovulating", "stopped working", "stopped offering root canals": not a treatment given up
_NOT_GIVING_UP = re.compile(
    r"\s+(?:(?:them|him|her|it|you|people|us)\s+(?:from\s+|\w+ing\b)|(?!taking|using|seeing|going|filling|refilling|buying|"
    r"giving|getting)\w+ing\b|"
    r"(?:completely|entirely|altogether|immediately)?\s*[.,;:!)])",
    re.I,
)
# "rather than stopping", "a way to stop": not giving care up ("able to cancel" is)
_BEFORE_STOP = re.compile(
    r"\b(?:rather\s+than|instead\s+of|(?<!able\s)(?<!managed\s)(?<!going\s)(?<!decided\s)(?<!planning\s)to)\s+$", re.I
)


def _care_before(doc: Document, drugs: list[Entity], i: int, hi: int) -> bool:
    """Whether medical care (a word of :data:`_CARE` or a drug) is named from the start of the
    sentence two before sentence ``i`` up to ``hi``: what "it" or "them" stands for."""
    lo = doc.sentences[max(0, i - 2)].start
    return _CARE.search(doc.text, lo, hi) is not None or any(lo <= e.start < hi for e in drugs)


def stopped_care(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of medical care given up, cancelled or said to be unneeded, in sales talk: a verb of
    stopping with a medicine, procedure or carer within 60 characters after it, or with "it" or
    "them" after it and such a word in the sentence or the two before."""
    drugs = [e for e in doc.entities if e.kind == "drug"]
    for i, sent, text in _sales_advice(doc):
        for m in _STOP_CARE.finditer(text):
            negated = _NEGATED.search(text, 0, m.start()) is not None
            if negated and not re.match(r"(?:never|don|didn|doesn|no|hasn|haven|won|have|has)", m.group(0), re.I):
                continue
            if _NOT_GIVING_UP.match(text, m.end()) or _BEFORE_STOP.search(text, 0, m.start()):
                continue
            if re.search(r"\b(?:it|them|that|those)\s+(?:aside|on\s+hold)$", m.group(0), re.I):
                # "put it aside", "put that on hold": the object is the pronoun inside the match
                if _care_before(doc, drugs, i, sent.start + m.start()):
                    yield sent.start + m.start(), sent.start + m.end()
                    break
                continue
            if _CARE.search(m.group(0)):
                yield sent.start + m.start(), sent.start + m.end()  # "space the scopes out"
                break
            near = _CARE.search(text, m.end(), m.end() + 60)
            # a drug named inside the match ("put the acyclovir back in the cabinet") or after it
            drug = next((e for e in drugs if m.start() <= e.start - sent.start < m.end() + 60), None)
            end = near.end() if near else max(drug.end - sent.start, m.end()) if drug else None
            if end is None:
                pron = _OBJECT_PRONOUN.match(text, m.end())
                if pron is None or not _care_before(doc, drugs, i, sent.start + m.start()):
                    continue
                end = pron.end()
            yield sent.start + m.start(), sent.start + end
            break
