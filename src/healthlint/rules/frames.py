"""Suppression framing found by its construction, whatever the words: an actor of medicine or of
the drug trade joined to a frame of silence or motive.

MNG103's phrase lists (:mod:`healthlint.rules.mongering`) know wordings one by one.  A blind recall
study on twelve new articles found that writers rarely reuse them: "your gynecologist is never
going to tell you about this", "Big Pharma has no interest in a gummy it can't patent", "you
won't hear any of this from your oncologist".  What they share is a construction: someone in
medicine (a doctor, any "-ologist", the medical system) or in the drug trade (drug or insurance
companies, "the industry") who will not tell, has no interest, cannot patent, profits, or is
invested elsewhere.  The patterns here combine an actor class with a frame class, so new pairings
match too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from healthlint.annotate.claims import cues
from healthlint.document import Document, Entity
from healthlint.finding import Hit, Span
from healthlint.rules.claims import (
    ILL_TYPES,
    SUBSTANCE_TYPES,
    lower_text,
    sales_talk,
    speaks_to_reader,
    unsourced_document,
)

# people and institutions of medicine
_PROFESSION = (
    r"(?:doctors?|physicians?|gps?|surgeons?|dentists?|pharmacists?|pediatricians?|paediatricians?|psychiatrists?|"
    r"[a-z]{2,}ologists?|specialists?|dietitians?|nutritionists?|nurses?|medical\s+(?:profession|establishment|community|system|schools?)|"
    r"(?:health\s*care|medical)\s+system|(?:mainstream|conventional|modern|western)\s+(?:medicine|doctors|physicians))"
)
# the drug and insurance trade
_TRADE = (
    r"(?:big\s+pharma|pharma|pharmaceutical\s+(?:companies|industry|giants|firms)|drug\s*(?:companies|makers|"
    r"industry|giants|firms)|drugmakers|insurance\s+companies|insurers|(?:the\s+)?(?:[\w-]+\s+)?industry|"
    r"the\s+fda|regulators)"
)
_DET = r"(?:(?:your|most|many|the|a|their|our|every|all\s+the|all|some)\s+)?(?:[\w-]+\s+){0,2}?"
_ACTOR = _DET + r"(?:" + _PROFESSION + r"|" + _TRADE + r")"

_FRAMES = re.compile(
    # silence: "your gynecologist is never going to tell you about this", "dentists don't exactly advertise this"
    r"\b" + _ACTOR + r"\s+(?:(?:is|are)\s+)?(?:probably\s+|likely\s+|still\s+|simply\s+|just\s+|certainly\s+)?"
    r"(?:won'?t|will\s+never|will\s+not|never|(?:is|are)(?:n'?t|\s+not|\s+never)\s+going\s+to|don'?t|doesn'?t|"
    r"do\s+not|does\s+not|rarely|hardly\s+ever)\s+(?:exactly\s+|even\s+|ever\s+|actually\s+|want\s+to\s+)?"
    r"(?:tell\s+you|mention|bring\s+(?:(?:it|this|that|these|them|any\s+of\s+this)\s+)?up|talk\s+about|advertise|"
    r"breathe\s+a\s+word)\b[^.;!?,\"“”]{0,30}"
    # "you won't hear any of this from your oncologist"
    r"|\byou\s+(?:won'?t|will\s+never|will\s+not|never|aren'?t\s+going\s+to|probably\s+won'?t)\s+(?:ever\s+)?"
    r"(?:hear|learn|find\s+out)\b[^.;!?]{0,80}?\b(?:from|with|at|by)\s+" + _DET + _PROFESSION + r"\b"
    # "nobody's telling you there's another option"
    r"|\b(?:nobody|no\s+one|no\s+doctor)(?:'s|’s|\s+is|\s+will|\s+ever)?\s+(?:going\s+to\s+|ever\s+)?"
    r"(?:tell(?:ing|s)?|mention(?:ing|s)?|talk(?:ing|s)?\s+about)\s+(?:you|this|it|about)\b[^.;!?,\"“”]{0,30}"
    # motive: "Big Pharma has no interest in a gummy it can't patent", "insurers are heavily invested in surgery"
    r"|\b" + _ACTOR + r"\s+(?:(?:has|have)\s+(?:absolutely\s+)?no\s+(?:interest|incentive|reason)\s+(?:in|to)|"
    r"(?:can'?t|cannot|can\s+not)\s+patent|(?:won'?t|will\s+never|would\s+never|(?:is|are)\s+never\s+going\s+to)\s+"
    r"(?:fund|study|research)|(?:is|are)\s+(?:heavily\s+|deeply\s+|financially\s+)?invested\s+in|"
    r"(?:is|are)\s+built\s+(?:around|on)\s+(?:procedures|pills|drugs|surgery|surgeries|prescriptions|selling)|"
    r"(?:fight|fights|work|works)\s+(?:hard\s+)?to\s+keep\s+(?:it|this|them)\s+(?:from|away)|"
    r"(?:have|has)\s+made\s+sure|(?:is|are)\s+perfectly\s+happy\s+(?:for|to)|"
    r"(?:is|are)\s+(?:still\s+)?(?:terrified|scared|afraid)\s+of|(?:have|has)\s+been\s+parroting|parrot)\b[^.;!?,\"“”]{0,30}"
    # "nobody can patent dirt", "there's no drug company on earth that's going to fund trials"
    r"|\b(?:nobody|no\s+one|no\s+company)\s+can\s+patent\b[^.;!?]{0,20}|\bcan(?:'?t|not)\s+be\s+patented\b"
    r"|\b(?:there'?s|there\s+is)\s+no\s+(?:drug\s+|pharmaceutical\s+|pharma\s+)?company\s+(?:[\w-]+\s+){0,3}?"
    r"(?:that'?s\s+|that\s+is\s+|is\s+)?(?:going\s+to|willing\s+to|gonna|about\s+to)\s+(?:fund|pay\s+for|study)\b"
    r"[^.;!?]{0,30}"
    # "the surgery they don't want you to skip"
    r"|\bthey\s+(?:don'?t|do\s+not|really\s+don'?t)\s+want\s+you\s+to\s+(?:know|skip|try|hear|learn|find\s+out|"
    r"discover|see)\b[^.;!?]{0,30}"
    # "the renal establishment would rather you never hear", "there's no money in telling patients"
    r"|\bwould\s+rather\s+you\s+(?:never|not|didn'?t)\s+(?:hear|know|find\s+out|learn|ask)\b[^.;!?,\"“”]{0,30}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+(?:no|little|not\s+(?:a\s+lot\s+of|much))\s+(?:money|profit)\s+"
    r"(?:to\s+be\s+made\s+)?in\b[^.;!?,\"“”]{0,30}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+no\s+(?:pill|drug|patent|product)\s+to\s+(?:sell|patent|push)\b"
    # "what the drug companies buried", "the dermatologists get perks from the pharma reps", "a huge stake in"
    r"|\b" + _ACTOR + r"\s+(?:(?:have|has)\s+)?(?:buried|hid|hidden|covered\s+up|swept\s+\w+\s+under\s+the\s+rug|"
    r"suppressed|shelved)\b[^.;!?,\"“”]{0,30}"
    r"|\b" + _ACTOR + r"\s+(?:get|gets|got|receive|receives)\s+(?:perks|kickbacks|bonuses|paid|money|commissions)\s+"
    r"(?:from|for)\b[^.;!?,\"“”]{0,30}"
    r"|\b" + _ACTOR + r"\s+(?:have|has)\s+(?:a\s+)?(?:huge\s+|big\s+|vested\s+|massive\s+|financial\s+)*stake\s+in\b"
    r"[^.;!?,\"“”]{0,30}"
    r"|\b" + _ACTOR + r"\s+(?:are|were)\s+(?:all\s+)?trained\s+to\s+(?:reach\s+for|prescribe|push|write|sell)\b"
    r"[^.;!?,\"“”]{0,30}"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:quietly|conveniently|deliberately)\s+(?:shelved|buried|dropped|"
    r"suppressed|hidden|ignored)\b"
    r"|\bnobody\s+(?:[\w-]+\s+){1,5}?(?:mentions|tells\s+you|talks\s+about)\b"
    # "you can't patent a plant", "pharma money decides what gets published", "nobody's getting rich telling you"
    r"|\b(?:you|they|nobody|no\s+one)\s+(?:can'?t|cannot|can\s+not)\s+patent\b[^.;!?,\"“”]{0,20}"
    r"|\b(?:pharma|drug[\s-]company|industry|big\s+pharma)\s+money\s+(?:decides|controls|buys|funds|pays|runs)\b"
    r"[^.;!?,\"“”]{0,30}"
    r"|\b(?:nobody|no\s+one)(?:'s|’s|\s+is)\s+(?:getting|going\s+to\s+get)\s+rich\b[^.;!?,\"“”]{0,30}"
    r"|\b" + _ACTOR + r"\s+(?:earn|earns|make|makes|rake\s+in|rakes\s+in|pocket|pockets)\s+(?:\w+\s+)?"
    r"(?:billions|millions|a\s+fortune)\b[^.;!?,\"“”]{0,30}"
    r"|\b(?:have|has|had)\s+(?:very\s+)?(?:little|no)\s+(?:financial\s+)?incentive\s+to\s+(?:see|get|make|keep|cure|"
    r"heal|help|tell|let)\s+(?:you|patients|people|them)\b[^.;!?,\"“”]{0,30}"
    r"|\b(?:not|never)\s+(?:taught|mentioned)\s+in\s+medical\s+(?:school|college|training)\b"
    r"|\bwould\s+rather\s+(?:parents|patients|people|women|men|families|mothers)\s+(?:never|not|didn'?t)\s+"
    r"(?:hear|know|find\s+out|learn)\b[^.;!?,\"“”]{0,30}"
    r"|\b" + _ACTOR + r"\s+(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+want\s+you\s+to\s+"
    r"(?:know|hear|try|see|learn|find\s+out)\b[^.;!?,\"“”]{0,30}"
    # "most neurologists still aren't trained in it"
    r"|\b" + _ACTOR + r"\s+(?:still\s+)?(?:aren'?t|are\s+not|weren'?t|were\s+not|were\s+never|are\s+never)\s+"
    r"(?:even\s+)?(?:trained|taught)\s+(?:in|about|on)\s+(?:it|this|them|nutrition|natural|the\s+(?:science|"
    r"benefits))\b",
    re.I,
)
# the subject of the silence is a harm, a cost or a limit: criticism a careful article makes
_CANDID = re.compile(r"\b(?:risks?|side[\s-]effects?|harms?|costs?|prices?|downsides?|limits?|limitations?)\b", re.I)
# reporting or debunking the framing, or a reason given for the silence
_NOT_FRAMING = re.compile(
    r"\b(?:myth|claim|claims|claimed|conspiracy|falsely|allege\w*|said|says|according\s+to|because\s+(?:the\s+)?"
    r"(?:trials?|studies|evidence|research))\b",
    re.I,
)
# the words one of which a sentence must hold for the frames to be tried
_WORDS = ("tell you", "telling you", "tells you", "mention", "bring", "talk about", "talking about", "advertise",
          "breathe a word", "hear", "learn", "find out", "nobody", "no one", "no doctor", "no interest", "no reason",
          "incentive", "patent", "fund", "t study", "never study", "going to study", "t research", "never research",
          "invested", "built around", "built on", "keep it", "keep this", "keep them", "made sure", "happy",
          "terrified", "scared", "afraid", "parrot", "want you to", "trained", "taught", "no drug", "no pharma",
          "no company", "money", "profit", "to sell", "to push", "buried", "hid", "covered up", "suppressed",
          "shelved", "swept", "perks", "kickbacks", "bonuses", "commissions", "paid", "stake", "rather", "rich",
          "billions", "millions", "fortune", "pocket")


def suppression_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (document offsets) of suppression frames; sentences that report or debunk the
    framing, or whose silence is about harms or costs, are left out.  Only in articles that address
    the reader or name no source: news reports that a gas "can't be patented" or that insurers
    won't cover a test as plain facts."""
    if not (speaks_to_reader(doc) or unsourced_document(doc)):
        return
    low = lower_text(doc)
    candidates: set[int] = set()
    for w in _WORDS:  # a few scans of the whole text find the sentences worth a regex
        at = low.find(w)
        while at >= 0:
            candidates.add(doc.sentence_index(at))
            at = low.find(w, at + len(w))
    for i in sorted(candidates):
        if not 0 <= i < len(doc.sentences):
            continue
        sent = doc.sentences[i]
        text = doc.text[sent.start : sent.end]
        if _NOT_FRAMING.search(text):
            continue
        for m in _FRAMES.finditer(text):
            if _CANDID.search(m.group(0)):
                continue
            end = trimmed_end(m, " ,:-\"'")
            yield sent.start + m.start(), sent.start + end


# Fear of delay and of the irreversible, by construction: "by the time your dentist notices, the
# bone loss is already permanent", "every week you put off treatment makes healing harder", "once
# those neurons are gone, they're gone", "you lose muscle you'll never get back".
_FEAR = re.compile(
    r"\b(?:by\s+the\s+time|once|until)\s+(?:you|your\s+[\w-]+|they|she|he|it|symptoms?|anyone)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:notice[sd]?|feel|feels|see|sees|spots?|catch(?:es)?|finds?|detects?|realize[sd]?|realise[sd]?|find\s+out|"
    r"shows?\s+up|get\s+diagnosed|"
    r"(?:is|are)\s+diagnosed)\b[^.;!?]{0,80}?\b(?:too\s+late|already\s+(?:permanent|gone|irreversible|advanced)|"
    r"permanent|irreversible|for\s+good)\b"
    r"|\b(?:waited|wait|waiting|delayed|delaying|put\s+(?:it|this|treatment)\s+off)\s+(?:far\s+)?too\s+long\b"
    r"|\bevery\s+(?:single\s+)?(?:day|week|month|year)\s+(?:that\s+)?you\s+(?:wait|delay|put\s+off|hold\s+off|ignore)\b"
    r"[^.;!?]{0,60}"
    r"|\b(?:can'?t|cannot|can\s+not)\s+afford\s+to\s+(?:wait|ignore|delay|put\s+(?:it|this)\s+off)\b"
    r"|\bonce\s+(?:those\s+|the\s+|your\s+|these\s+)?(?:[\w-]+\s+){0,3}?(?:are|is)\s+(?:gone|dead|destroyed|lost)\s*,\s*"
    r"(?:they'?re|they\s+are|it'?s|it\s+is)\s+(?:gone|dead|lost)\b(?:\s+for\s+good)?"
    r"|\b(?:you'?ll|you\s+will|you\s+may|you\s+might|you\s+can)\s+never\s+(?:get|win|grow|earn)\s+(?:[\w-]+\s+){0,2}back\b"
    r"|\b(?:stop|stops|stopped|quit|quits)\s+working\s+(?:for\s+good|permanently|forever)\b"
    r"|\b(?:snowball|snowballs|spiral|spirals|escalate|escalates)\s+into\s+(?:lasting|permanent|irreversible|"
    r"full-blown|lifelong)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\b(?:it\s+(?:can|may|might|will|could)\s+(?:already\s+)?be|it'?s\s+already|it\s+is\s+already)\s+too\s+late\b"
    r"|\bthe\s+more\s+(?:permanent|irreversible|lasting)\s+(?:the\s+)?(?:damage|harm|loss)\b"
    # "can set kids up for lifelong anxiety", "it can turn into lifelong asthma", "end up with permanent damage"
    r"|\b(?:set|sets|setting)\s+(?:\w+\s+){1,2}?up\s+for\s+(?:a\s+)?(?:lifelong|life-long|permanent|chronic|"
    r"irreversible)\s+[\w-]+"
    r"|\b(?:turn|turns|develop|develops|grow|grows)\s+into\s+(?:a\s+)?(?:lifelong|life-long|permanent|irreversible|"
    r"full-blown)\s+[\w-]+"
    r"|\bend\s+up\s+with\s+(?:[\w-]+\s+)?(?:lifelong|life-long|permanent|irreversible)\s+[\w-]+"
    # "once you start dialysis, you are on it for life"; "once the damage sets in, it's permanent"
    r"|\bonce\s+[^.;!?]{1,40}?,\s*(?:you'?re|you\s+are|you'?ll\s+be|it'?s|it\s+is)\s+(?:on\s+(?:it|them)\s+)?"
    r"(?:for\s+life|permanent|irreversible|for\s+good|forever)\b"
    # "amputation and dialysis are only a few bad years away"; "the window to reverse it closes fast"
    r"|\b(?:is|are)\s+(?:only|just)\s+(?:a\s+few\s+|a\s+couple\s+of\s+)?(?:[\w-]+\s+)?(?:years|months|weeks|steps)\s+away\b"
    r"|\bwindow\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:closes|is\s+closing|shuts|is\s+shutting)\b"
    # "many people don't find out until the day they have a stroke"
    r"|\buntil\s+the\s+day\s+(?:they|you|he|she)\s+(?:have|has|suffer|suffers|get|gets)\s+(?:a|an|their|your)\s+"
    r"(?:stroke|heart\s+attack|seizure|amputation|diagnosis)\b"
    # "quietly rot your memory", "wreck your muscles", "a year of your bones quietly thinning"
    r"|\b(?:quietly|slowly|silently)\s+(?:rot|rots|rotting|wreck|wrecks|wrecking|ruin|ruins|ruining|erode|erodes|"
    r"eroding)\s+your\s+[\w-]+"
    r"|\byour\s+(?:[\w-]+\s+){1,2}?(?:quietly|slowly|silently)\s+(?:thinning|failing|dying|hardening|clogging|rotting|"
    r"wasting|shrinking|crumbling)\b"
    # "can scar a child's lungs for life", "the rewiring becomes permanent", "push the illness deeper"
    r"|\b(?:scar|scars|damage|damages|ruin|ruins|harm|harms|weaken|weakens)\s+(?:[\w'’-]+\s+){1,4}?for\s+life\b"
    r"|\b(?:becomes|become|will\s+become|can\s+become)\s+(?:permanent|irreversible)\b"
    r"|\b(?:push|pushes|pushing|drive|drives|driving)\s+(?:the\s+)?(?:illness|disease|infection|toxins|sickness)\s+"
    r"(?:deeper|further)\b",
    re.I,
)
# the sentence reports research or someone's words
_REPORTS = re.compile(r"\b(?:study|studies|trial|researchers|said|says)\b", re.I)
# the sentence sends the reader to medical care: urgency a careful article also uses
CARE = re.compile(
    r"\b(?:see|call|contact|ring|visit|tell|ask)\s+(?:a|your)\s+(?:doctor|gp|physician|nurse|pharmacist|midwife)|"
    r"\bcall\s+(?:999|911|112|111|an\s+ambulance|emergency)|emergency\s+(?:department|room|services)|"
    r"\bseek\s+(?:urgent\s+|immediate\s+|medical\s+)?(?:help|care|attention)|\bA&E\b",
    re.I,
)


def _reader_sentences(doc: Document) -> Iterator[tuple[int, str]]:
    """(start, text) of each sentence that may hold a fear or diagnosis frame: none in articles that
    neither address the reader nor lack sources.  The caller leaves out, with :func:`_excused`,
    those that send the reader to medical care or report research."""
    if not (speaks_to_reader(doc) or unsourced_document(doc)):
        return
    for sent in doc.sentences:
        yield sent.start, doc.text[sent.start : sent.end]


def _excused(text: str) -> bool:
    return bool(CARE.search(text) or _REPORTS.search(text))


def trimmed_end(m: re.Match[str], chars: str = " ,:-") -> int:
    """Where a frame's match ends, less trailing spaces and punctuation; a bounded tail
    ("[^.;!?]{0,30}") that stopped inside a word is carried to the word's end."""
    end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip(chars)))
    text = m.string
    if end == m.end() and end > 0 and text[end - 1].isalnum():
        while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
            end += 1
    return end


def fear_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (document offsets) of fear-of-delay and beyond-repair frames (see
    :func:`_reader_sentences` for where they are looked for)."""
    for start, text in _reader_sentences(doc):
        matches = list(_FEAR.finditer(text))
        if matches and not _excused(text):
            for m in matches:
                yield start + m.start(), start + trimmed_end(m)


# Self-diagnosis handed to the reader, by construction: "those are the classic signs your adrenals
# are burning out", "babe, that's probably a fibroid", "you're already losing cartilage", "I would
# bet money you're iodine deficient", "your body is starving for it", "may be your arteries sending
# an SOS", "you may be living with long COVID and not even realize it".
_DIAGNOSIS = re.compile(
    r"\b(?:these|those|they|this|that|it)(?:'re|’re|\s+are|\s+is|'s|’s)\s+(?:all\s+|often\s+|usually\s+|probably\s+|"
    r"likely\s+)?(?:the\s+)?(?:[\w-]+\s+)?signs?\s+"
    r"(?:that\s+)?(?:your?\b|of\s+(?:an?\s+)?(?:undiagnosed|hidden|silent|sluggish|failing|struggling|low|toxic|"
    r"chronic|early)\b)[^.;!?]{0,60}"
    r"|\byou(?:'re|’re|\s+are)\s+(?:probably\s+|likely\s+|most\s+likely\s+)?already\s+(?:losing|developing|getting|"
    r"showing|in\s+the\s+(?:early|first)|on\s+(?:the|your)\s+way|heading)\b[^.;!?]{0,40}"
    r"|\b(?:I'?d|I’d|I\s+would|I'?ll|I’ll)\s+(?:\w+\s+)?bet\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:you|they|he|she|your\s+\w+)"
    r"(?:'re|’re|'s|’s|\s+are|\s+is|\s+have|\s+has|'ve|’ve)\b[^.;!?]{0,40}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+a\s+(?:very\s+|pretty\s+|really\s+)?(?:good|high|strong|real|big)\s+chance\s+"
    r"(?:that\s+)?(?:you|your)\b[^.;!?]{0,50}"
    r"|\byour\s+(?:[\w-]+\s+)?(?:body|cells|thyroid|liver|gut|brain|adrenals|hormones|heart|arteries|kidneys|skin|joints)\s+"
    r"(?:is|are)\s+(?:already\s+)?(?:crying|screaming|begging|calling)\s+(?:out\s+)?for\s+help"
    r"|\b(?:these|those|they|this|that)(?:'re|’re|\s+are|\s+is|'s|’s)\s+(?:the\s+)?(?:early\s+)?warning\s+signs?\s+of\b"
    r"[^.;!?]{0,40}"
    r"|\bthat(?:'s|’s|\s+is)\s+(?:the\s+)?(?:start|beginning|first\s+sign|first\s+stage)\s+of\b[^.;!?]{0,40}"
    r"|\bthat(?:'s|’s|\s+is)\s+(?:almost\s+certainly|probably|most\s+likely|definitely|clearly)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toxicity|deficiency|deficient|syndrome|disease|disorder|imbalance|allergy|intolerance|overload|infection|"
    r"inflammation|candida|fatigue|dysfunction|resistance)\b"
    r"|\byour\s+(?:body|cells|thyroid|liver|gut|brain|adrenals|hormones|heart|arteries|skin)\s+(?:is|are)\s+"
    r"(?:literally\s+|actually\s+)?(?:starving|crying(?:\s+out)?|begging|screaming|desperate)\s+for\b[^.;!?]{0,30}"
    r"|\b(?:may|might|could)\s+(?:well\s+)?be\s+your\s+(?:[\w-]+\s+){1,2}?(?:sending\s+(?:an?\s+)?(?:SOS|signal|"
    r"warning|message|distress)|trying\s+to\s+tell\s+you|warning\s+you|crying\s+(?:out\s+)?for\s+help|asking\s+for\s+help)"
    r"|\byou(?:'re|’re|\s+are)\s+(?:almost\s+certainly|probably|most\s+likely|very\s+likely)\s+(?:already\s+)?"
    r"(?:running\s+low|deficient|low\s+in|lacking|short\s+(?:of|on)|in\s+the\s+early\s+stages)\b[^.;!?]{0,40}"
    r"|\bthat(?:'s|’s|\s+is)\s+your\s+[\w-]+\s+telling\s+you\b[^.;!?]{0,40}"
    r"|\byou\s+(?:may|might|could)\s+already\s+have\b[^.;!?]{0,50}"
    r"|\byour\s+(?:[\w-]+\s+)?(?:body|cells|thyroid|liver|gut|brain|adrenals|hormones|heart|arteries|kidneys|pancreas|"
    r"metabolism|immune\s+system)\s+(?:is|are)\s+already\s+(?:failing|struggling|damaged|under\s+attack|shutting\s+down|"
    r"giving\s+up)\b"
    r"|\b(?:they|these|this|it)\s+(?:usually\s+|often\s+|probably\s+)?means?\s+(?:that\s+)?[\w\s'-]{1,30}?\s+"
    r"(?:has|have)\s+already\s+(?:started|begun|set\s+in|spread)\b"
    r"|\bchances\s+are\s+(?:that\s+)?you(?:'re|’re|\s+are|\s+have|'ve)\s+already\b[^.;!?]{0,40}"
    # "a magnesium deficiency could be causing your joint pain": a named cause for the reader's symptom
    r"|\b(?:could|may|might|can)\s+(?:well\s+|easily\s+|actually\s+)?be\s+(?:what'?s\s+)?(?:causing|behind|driving|"
    r"the\s+(?:real\s+|hidden\s+|root\s+|true\s+)?(?:cause|reason|culprit)\s+(?:of|for|behind))\s+(?:all\s+)?(?:of\s+)?"
    r"your\s+(?:[\w-]+\s+){0,2}?(?:pain|aches?|fatigue|tiredness|exhaustion|headaches?|migraines?|bloating|brain\s+fog|"
    r"insomnia|anxiety|cramps?|stiffness|weight\s+gain|symptoms|joint\s+pain|mood\s+swings|hair\s+loss|acne|cravings)\b"
    r"|\byou\s+(?:may|might|could)\s+(?:already\s+)?be\s+(?:living|walking\s+around)\s+with\s+[^.;!?]{1,60}?\s+"
    r"(?:and|but)\s+(?:not|never)\s+(?:even\s+)?(?:know|realize|realise)\s+it",
    re.I,
)
_THATS = re.compile(
    r"\bthat(?:'s|’s|\s+is)\s+(?:probably\s+|likely\s+|almost\s+certainly\s+|definitely\s+|most\s+likely\s+|"
    r"classic\s+|textbook\s+)?(?:an?\s+|your\s+)?$",
    re.I,
)


def diagnosis_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (document offsets) of a diagnosis handed to the reader (see :func:`_reader_sentences`
    for where they are looked for); "that's probably a fibroid" counts when the words after
    "that's" name a condition (entity layer)."""
    conditions = [e for e in doc.entities if e.type == "condition"]
    for start, text in _reader_sentences(doc):
        m = _DIAGNOSIS.search(text)
        if m is not None:
            if not _excused(text):
                yield start + m.start(), start + trimmed_end(m)
            continue
        end = start + len(text)
        for e in conditions:
            if start <= e.start < end:
                lead = _THATS.search(doc.text, start, e.start)
                if lead is not None and not _excused(text):
                    yield lead.start(), e.end
                    break


def frame_hits(
    doc: Document, spans: Iterable[tuple[int, int]], taken: set[int], message: str, suggestion: str, key: str = "match"
) -> Iterator[Hit]:
    """A finding for each span whose sentence has none yet (``taken``, which this extends)."""
    for start, end in spans:
        i = doc.sentence_index(start)
        if i in taken:
            continue
        taken.add(i)
        piece = doc.text[start:end]
        yield Hit(
            Span(start, end),
            f"{message} ({' '.join(piece.split())!r})",
            evidence={key: piece},
            suggestion=suggestion,
        )


# A cure told as an outcome that is simply gone, whatever the remedy's verb: "my cancer was gone",
# "when the antibodies go, Hashimoto's is gone", "she was completely migraine-free", "most of my
# patients never needed it again".
_GONE = re.compile(
    r"\b(?:is|was|are|were|'s|’s)\s+(?:now\s+)?(?:(?:completely|totally|simply|just|all|finally|entirely|basically|"
    r"pretty\s+much)(?:\s+|\s*(?:\.{3}|…)\s*))?"
    r"(?:gone|cured|healed|reversed|vanished|history|a\s+thing\s+of\s+the\s+past)\b"
    # "his skin is completely clear" (the subject must be an illness or a body part, see cure_frames)
    r"|\b(?:is|was|are|were|'s|’s)\s+(?:now\s+)?(?:completely|totally|perfectly|100\s?%)\s+clear\b(?!\s+(?:that|whether|how|why|what))"
    r"|\b(?:has|have|had)\s+(?:completely\s+|totally\s+|simply\s+|just\s+|all\s+|finally\s+)?(?:disappeared|vanished|"
    r"cleared\s+up|gone\s+away|melted\s+away)\b"
    # "Twelve years of pain gone in six weeks"
    r"|\bgone\s+(?:in|within|after)\s+(?:just\s+|only\s+|under\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?|sessions?|treatments?)\b",
    re.I,
)
_FREE = re.compile(
    r"\b(?:completely|totally|entirely|now|finally|been|was|were|is|are|stayed|remained)\s+([a-z]+)-free\b", re.I
)
_NEVER_AGAIN = re.compile(
    r"\bnever\s+(?:needed|took|used|had\s+to\s+(?:take|use))\s+(?:it|them|(?:their|her|his|my|the)\s+(?:[\w-]+\s+)?"
    r"(?:medication|medicine|pills|drugs|inhalers?|insulin|surgery|tablets))\s+again\b"
    # "you will never need a laxative again", "you'll never need a migraine pill again"
    r"|\bnever\s+(?:need|have\s+to\s+(?:take|use))\s+(?:a|an|another|any|your)\s+(?:[\w-]+\s+)?(?:laxatives?|pills?|"
    r"painkillers?|inhalers?|medications?|medicines?|drugs?|tablets?|antacids?|surgery|injections?|shots?|"
    r"prescriptions?|creams?)\s+again\b"
    # "I haven't had a flare since", "she hasn't had a single migraine in a year"
    r"|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|hadn'?t)\s+had\s+(?:a|an|one|another|any|a\s+single)\s+(?:[\w-]+\s+)?"
    r"(?:flare|flare-up|attack|migraine|episode|seizure|infection|outbreak|cold|headache|breakout|relapse|"
    r"bout|crisis)s?(?:\s+(?:since|in\s+(?:over\s+)?(?:a|\w+)\s+(?:weeks?|months?|years?))|(?=\s*[.!]))"
    # "I haven't had heartburn once"
    r"|\b(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+had\s+(?:any\s+)?(?:heartburn|reflux|pain|symptoms|itching|"
    r"bloating|cramps|nausea|brain\s+fog|insomnia|a\s+single\s+symptom)\s+(?:once|since|again)\b"
    # "Today I'd say I'm 95% cured", "I am completely healed"
    r"|\bI(?:'m|’m|\s+am)\s+(?:now\s+)?(?:\d{2,3}\s?%\s+|completely\s+|totally\s+|basically\s+|fully\s+|"
    r"pretty\s+much\s+)?(?:cured|healed|symptom-free|pain-free|in\s+full\s+remission)\b",
    re.I,
)
_FOR_A_WHILE = re.compile(
    r"[^.;!?]{0,40}?\b(?:for\s+(?:a|an|one|two|three|a\s+few|several)\s+(?:day|days|week|weeks|month|months|while|"
    r"hours?)|came\s+back|comes\s+back|returned|until)\b",
    re.I,
)
_LAB = re.compile(r"\b(?:cells?|mice|rats|animals?|petri|test\s+tubes?|in\s+vitro|lab(?:oratory)?)\b", re.I)
_DENIED = re.compile(r"\b(?:not|never|no|n't|nor|isn't|wasn't|doesn't|don't)\b[^.;,]*$", re.I)
# outcomes counted in a group ("32% were pain-free", "in 4 of 10 patients"), not a day or week number
_COUNTED_OUTCOME = re.compile(
    r"\d\s?(?:%|percent|per\s+cent)|\b\d+\s+(?:of|out\s+of|in)\s+(?:the\s+|every\s+)?\d+|\b\d+\s+(?:patients|people|"
    r"participants|children|adults|women|men)\b|\b(?:percent|per\s+cent|participants|trial|study|studies|researchers|"
    r"placebo)\b",
    re.I,
)


def _ill_subject(doc: Document, ills: list[Entity], base: int, lo: int, hi: int) -> int | None:
    """Where the ill named between ``lo`` and ``hi`` (offsets in the sentence that starts at
    ``base``) starts: an entity of the condition kind, or else an outcome word; ``None`` if neither."""
    start = next((e.start for e in ills if base + lo <= e.start < base + hi), None)
    if start is None:
        word = cues().outcome_words.search(doc.text, base + lo, base + hi)
        start = word.start() if word is not None else None
    return start


def cure_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans (document offsets) of a cure told as a disease or symptom that is gone (named by the
    entity layer or the claim layer's outcome words), in articles that name no source.  Sentences
    that count outcomes or report research ("32% were pain-free at two hours"), laboratory findings
    and denials ("remission does not mean diabetes is cured") are left out."""
    if not unsourced_document(doc):
        return  # news reports patients' stories ("and his snoring is gone") beside their sources
    outcome_words = cues().outcome_words
    ills = [e for e in doc.entities if e.type in ("condition", "symptom")]
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?"):
            continue
        m = _NEVER_AGAIN.search(text)
        if m is not None and not _DENIED.search(text, 0, m.start()):
            yield sent.start + m.start(), sent.start + m.end()
            continue
        if _COUNTED_OUTCOME.search(text) or _LAB.search(text):
            continue
        f = _FREE.search(text)
        if f is not None and (outcome_words.fullmatch(f.group(1)) or f.group(1).lower() in ("symptom", "migraine")):
            yield sent.start + f.start(1), sent.start + f.end()
            continue
        for g in _GONE.finditer(text):
            if _DENIED.search(text, max(0, g.start() - 30), g.start()):
                continue
            clause = text[max(text.rfind(c, 0, g.start()) for c in ",;:—(") + 1 : g.start()]
            if re.search(r"\b(?:once|if|until|unless|before|when|whether)\b", clause, re.I):
                continue  # "once those neurons are gone": a condition, not a cure
            if _FOR_A_WHILE.match(text, g.end()):
                continue  # "gone for a week, then it came back": relief, not a cure
            # the ill is the subject: an entity or outcome word in the five words before the verb
            start = _ill_subject(doc, ills, sent.start, max(0, g.start() - 40), g.start())
            if start is not None:
                yield start, sent.start + g.end()
                break


# An illness told as resolving once the remedy is used, whatever the remedy's verb: "the brain fog
# lifts within a few weeks", "floaters fade and then disappear", "the tremor just settles right down",
# "after a few corrections the infections stop".
_RESOLVES = re.compile(
    r"\b(?:(?:just|simply|soon|quickly|finally|then|all|completely|literally)\s+)?"
    r"(?:disappear(?:s|ed)?|vanish(?:es|ed)?|fade(?:s|d)?(?:\s+away)?|lift(?:s|ed)?|go(?:es)?\s+away|went\s+away|"
    r"clear(?:s|ed)?\s+up|settle(?:s|d)?\s+(?:right\s+)?down|melt(?:s|ed)?\s+away|subside(?:s|d)?|dr(?:y|ies|ied)\s+up|"
    r"(?:stop(?:s|ped)?|cease(?:s|d)?)(?=\s*(?:[.;!,]|$|\s+(?:for\s+good|completely|entirely|altogether|within|in\s+|after|overnight)))|"
    r"(?:is|are|was|were)\s+gone(?=\s+(?:in|within|after|by|overnight)\b))",
    re.I,
)
# the course an illness takes without any remedy, and side effects that pass: not a cure claim
_NATURAL_COURSE = re.compile(
    r"\b(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|without\s+(?:any\s+)?treatment|usually|typically|"
    r"normally|often|tends?\s+to|side[\s-]effects?|die[\s-]off|withdrawal|flare|healing\s+crisis|may|might|can|could)\b",
    re.I,
)
_REMEDY_WORD = re.compile(
    r"\b(?:cleanse|formula|blend|protocol|remedy|tincture|oil|tea|supplements?|pills?|capsules?|drops|drip|"
    r"treatments?|therapy|sessions?|adjustments?|corrections?|juice|extract|powder|program(?:me)?|exercises?|"
    r"routine|drink|gummies|cream|patch|device|machine|mat|spray|bath|soak|plan|shots?|injections?|infusions?)\b",
    re.I,
)


def resolution_frames(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of an illness (an entity of the condition or symptom kind, or an outcome word, just
    before the verb) told as resolving, in an unsourced article that addresses the reader and names a
    remedy in the sentence or the one before.  The natural course of an illness ("usually clears up
    on its own"), side effects that pass, hedged, denied, conditional and counted outcomes are left
    out."""
    if not (unsourced_document(doc) and speaks_to_reader(doc)):
        return
    low = lower_text(doc)
    if not any(w in low for w in ("disappear", "vanish", "fade", "lift", "away", "clear", "settle", "subside",
                                  "dr", "stop", "cease", "gone")):
        return
    ills = [e for e in doc.entities if e.type in ILL_TYPES]
    substances = [e for e in doc.entities if e.type in SUBSTANCE_TYPES]
    for i, sent in enumerate(doc.sentences):
        text = doc.text[sent.start : sent.end]
        if text.rstrip().endswith("?") or _NATURAL_COURSE.search(text) or _LAB.search(text) or "%" in text:
            continue
        for m in _RESOLVES.finditer(text):
            clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:—(") + 1
            clause = text[clause_start : m.start()]
            if re.search(r"\b(?:once|if|until|unless|before|whether|not|never|no|n't|nor)\b", clause, re.I):
                continue
            start = _ill_subject(doc, ills, sent.start, max(clause_start, m.start() - 40), m.start())
            if start is None:
                continue
            before = doc.sentences[i - 1].start if i else sent.start
            if not (
                any(before <= e.start < sent.end for e in substances)
                or _REMEDY_WORD.search(doc.text, before, sent.end)
            ):
                continue
            yield start, sent.start + m.end()
            break


# --- Looser frames, tried only in sales talk (an article that addresses the reader and names no
# source or sells what it praises; no careful article in the corpus and 16 of 1,614 news stories
# are sales talk).  Added after a blind recall study of twelve articles in new genres (99-110).
#
# fear: "Don't wait until it spreads to your joints", "there's no going back", "a limp you will never
# lose", "how diabetics end up losing feet", "every day you sit with sciatica ..."
SALES_FEAR = re.compile(
    r"\b(?:don'?t|do\s+not|never)\s+wait\s+(?:until|till|for)\s+(?!(?:your\s+|the\s+|a\s+)?(?:next\s+)?"
    r"(?:appointment|check-?up|screening|test|doctor|gp|results?)\b)[^.;!?]{3,60}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+no\s+(?:going|turning|coming)\s+back\b"
    r"|\btoo\s+late\s+to\s+(?:turn\s+(?:it\s+)?back|reverse\s+(?:it|the\s+damage)|undo|save\s+(?:it|them|your\s+[\w-]+))\b"
    r"|\b(?:is|are|be)\s+(?:often\s+|basically\s+|essentially\s+)?a\s+death\s+sentence\b"
    r"|\bonce\s+[^.;!?]{1,40}?\b(?:die|dies|died|are\s+gone|is\s+gone|are\s+destroyed|is\s+destroyed|are\s+damaged|"
    r"is\s+damaged)\b(?:\s+off)?,?\s*(?:they|it)\s+(?:don'?t|doesn'?t|won'?t|will\s+never|never|can'?t)\s+(?:come|grow)\s+back\b"
    r"|\b(?:[\w-]+\s+){1,2}you(?:'ll|’ll|\s+will)\s+never\s+(?:lose|shake|get\s+rid\s+of|be\s+rid\s+of)\b"
    r"|\bend\s+up\s+(?:losing\s+(?:a\s+|their\s+|your\s+)?(?:feet|foot|legs?|limbs?|toes|eyesight|sight|hearing|"
    r"kidneys?|teeth)|with\s+an?\s+amputation|on\s+dialysis|blind|in\s+a\s+wheelchair)\b"
    r"|\bevery\s+(?:single\s+)?(?:day|week|month|year)\s+(?:that\s+)?you\s+(?:sit|live|go|struggle|put\s+up)\s+with\b"
    r"[^.;!?]{0,60}"
    r"|\bif\s+you\s+(?:don'?t|do\s+not)\s+act\s+(?:fast|quickly|now|soon|immediately|right\s+away)\b"
    # harm that accrues with each day or each dose: "Every hour that thing sits there it's scarring your
    # kidney", "every course weakens the gut", "Every round actually leaves you sicker"
    r"|\bevery\s+(?:single\s+)?(?:hour|day|week|month|year|course|round|dose|layer|time|pill|shot|injection)\b"
    r"[^.;!?]{0,50}?\b(?:scarring|scars|weakens|weakening|damages|damaging|destroys|destroying|leaves\s+(?:you|them|"
    r"your\s+[\w-]+)\s+(?:sicker|weaker|worse)|makes\s+(?:\w+\s+){0,2}?(?:harder|worse)|is\s+another\s+dose\s+of)\b"
    r"[^.;!?]{0,40}"
    # harm already done or beyond undoing: "a lot of the damage is already baked in", "years of brain
    # cells have already been lost", "really hard to undo", "the harder the damage is to reverse"
    r"|\b(?:damage|harm)\s+(?:may\s+|might\s+|could\s+)?(?:already\s+)?(?:be|is)\s+(?:already\s+)?(?:done|baked\s+in|"
    r"set)\b"
    r"|\bhave\s+already\s+been\s+(?:lost|destroyed|damaged|killed)\b"
    r"|\b(?:hard|impossible|harder)\s+to\s+(?:undo|reverse|repair|fix)\b"
    r"|\bwindow\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,4}?(?:starts?|begins?)\s+(?:closing|to\s+close|shutting)\b"
    r"|\b(?:could|can|will|may)\s+cost\s+you\s+your\s+(?:toes|feet|foot|legs?|kidneys?|eyesight|sight|hearing|life|"
    r"memory|teeth|fertility)\b[^.;!?]{0,40}"
    r"|\buntil\s+the\s+(?:day|morning|night)\s+(?:it|they|that)\s+(?:kills?|cuts?\s+off|stops?)\b[^.;!?]{0,40}"
    r"|\byou(?:'re|’re|\s+are)\s+(?:headed|heading)\s+(?:for|toward|towards)\s+(?:[\w-]+\s+){1,4}"
    r"|\b(?:drops?|falls?)\s+off\s+a\s+cliff\b"
    # added after a fourth recall study: "the clock is already ticking", "on the fast track to a second one",
    # "damage that you can't undo later", "I wouldn't wait for another refill"
    r"|\b(?:the\s+)?clock\s+is\s+(?:already\s+)?ticking\b"
    r"|\bon\s+the\s+fast\s+track\s+to\b[^.;!?]{0,30}"
    r"|\b(?:can'?t|cannot|won'?t\s+be\s+able\s+to)\s+undo\b[^.;!?]{0,20}"
    r"|\bI\s+(?:wouldn'?t|would\s+not)\s+wait\b[^.;!?]{0,30}"
    # added after a fifth recall study: "can leave you with permanent numbness", "turn into a lifetime of
    # pain", "you don't get that back", "every month you put it off", "a time bomb inside you", "does
    # its damage silently", "lasting scars on the nerves"
    r"|\b(?:leave|leaves|leaving|left)\s+(?:you|them|your\s+[\w-]+)\s+with\s+(?:a\s+)?(?:permanent|lasting|lifelong|"
    r"life-long|irreversible)\s+[\w-]+"
    r"|\b(?:turn|turns|turning|grow|grows)\s+into\s+a\s+lifetime\s+of\s+[\w-]+"
    r"|\byou\s+(?:don'?t|do\s+not|won'?t|will\s+not|never|can'?t|cannot)\s+get\s+(?:that|it|them|those|this)\s+back\b"
    r"|\b(?:damage|harm|loss)\s+is\s+(?:already\s+)?locked\s+in\b"
    r"|\bevery\s+(?:single\s+)?(?:day|week|month|year)\s+(?:that\s+)?you\s+put\s+(?:it|this|them|treatment)\s+off\b"
    r"[^.;!?]{0,60}"
    r"|\b(?:a\s+)?(?:ticking\s+)?time\s+bomb\b[^.;!?]{0,30}"
    r"|\b(?:does|do|doing|did)\s+(?:its|their)\s+damage\s+(?:silently|quietly|slowly)\b"
    r"|\b(?:lasting|permanent)\s+(?:scars?|scarring|damage)\s+(?:on|to|in)\s+(?:the|your)\s+[\w-]+"
    # "It's a silent emergency", "the last stop before esophageal cancer"
    r"|\b(?:a|the)\s+silent\s+(?:emergency|epidemic|crisis|threat|danger)\b"
    r"|\b(?:the\s+)?last\s+stop\s+before\s+(?:[\w-]+\s+){0,2}?(?:cancer|surgery|dialysis|amputation|diabetes|"
    r"failure|a\s+transplant|blindness)\b"
    # added after a sixth recall study: "leads to permanent airway damage", "the damage is permanent", "can
    # leave permanent scarring", "gets worse with every passing year"
    r"|\b(?:leads?|led|leading)\s+to\s+(?:[\w-]+\s+){0,2}?(?:permanent|irreversible|lifelong|life-long)\s+[\w-]+"
    r"|\b(?:damage|harm|loss|scarring)\s+(?:is|becomes|will\s+be)\s+(?:already\s+)?(?:permanent|irreversible)\b"
    r"|\b(?:leave|leaves|leaving|left)\s+(?:behind\s+)?(?:permanent|lasting|lifelong|irreversible)\s+[\w-]+"
    r"|\b(?:gets?|getting|grows?)\s+worse\s+with\s+every\s+(?:passing\s+)?(?:year|month|week|day)\b",
    re.I,
)
# self-diagnosis: "chances are you have it", "you likely already have early neuropathy", "if your feet
# tingle at night at all, you already have neuropathy", "If you have any of these, ...", "you don't
# even need a test", "those are the classic signs of hypochlorhydria"
SALES_DIAGNOSIS = re.compile(
    r"\b(?:chances|odds)\s+are\s+(?:good\s+|high\s+)?(?:that\s+)?(?:you|your\s+[\w-]+)\s+(?:already\s+)?"
    r"(?:have|has|are|is)\b"
    r"[^.;!?]{0,40}"
    r"|\byou\s+(?:likely|probably|most\s+likely|almost\s+certainly|very\s+likely)\s+(?:already\s+)?(?:have|suffer\s+from)\b"
    r"[^.;!?]{0,40}"
    r"|\bif\s+(?:you\s+have|your\s+)[^.;!?]{3,60}?,\s*(?:you|it'?s|that'?s|your\s+[\w-]+)\s+(?:already|almost\s+certainly|"
    r"probably|most\s+likely|definitely)\b[^.;!?]{0,40}"
    r"|\bif\s+you\s+(?:have|notice|feel|experience|recogni[sz]e|said\s+yes\s+to)\s+(?:any|one|two|even\s+one|more\s+than\s+"
    r"one)\s+(?:or\s+more\s+)?(?:of\s+)?(?:these|this|them|those)\b[^.;!?]{0,60}"
    r"|\byou\s+(?:don'?t|do\s+not)\s+(?:even\s+)?need\s+(?:a|any)\s+(?:test|scan|diagnosis|blood\s+test|lab\s+work)\b"
    r"|\b(?:these|those|that|this)\s+(?:are|is)\s+(?:the\s+)?(?:classic|textbook|tell-?tale|typical)\s+(?:[\w-]+\s+)?"
    r"(?:signs?|symptoms?)\b[^.;!?]{0,40}"
    r"|\b(?:it'?s|that'?s|it\s+is|that\s+is)\s+almost\s+certainly\s+[^.;!?]{3,40}"
    r"|\byour\s+(?:[\w-]+\s+){1,2}?(?:may|might|could|can)\s+already\s+be\s+[\w-]+ing\b[^.;!?]{0,30}"
    # "If you have even 2 of these, ...", "If you ticked even two of these, ..."
    r"|\bif\s+you\s+(?:have|ticked|checked|answered\s+yes\s+to|said\s+yes\s+to|recogni[sz]ed?)\s+(?:even\s+)?"
    r"(?:one|two|three|four|\d)\s+(?:or\s+more\s+)?of\s+(?:these|them|those)\b[^.;!?]{0,60}"
    # "They are textbook signs of leaky gut", "These are the quiet signs that your blood sugar is
    # creeping up", "These are your body's cries for help"
    r"|\b(?:these|those|they)(?:'re|’re|\s+are)\s+(?!not\b|never\b|rarely\b|seldom\b|no\b)(?:all\s+)?(?:the\s+|your\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:signs?|signals?|"
    r"warnings?)\s+(?:of|that|your|from)\b[^.;!?]{0,50}|cries\s+for\s+help\b)"
    # added after a fourth recall study: "That's fibro", "that's probably a fibroid", "That's a stone, 100%",
    # "that's your D talking", "that's your thyroid.", "this is the first stage of varicose disease"
    r"|\b(?:that'?s|that’s|it'?s|it’s)\s+(?:probably|almost\s+certainly|definitely|most\s+likely|100\s?%|clearly)\s+"
    r"(?:a|an|your)\s+[\w'’-]+"
    r"|\b(?:that'?s|that’s)\s+(?:a\s+|an\s+)?[\w'’-]+,?\s+100\s?%"
    r"|\b(?:that'?s|that’s|it'?s|it’s)\s+your\s+(?:[\w'’-]+\s+)?(?:talking|crying\s+out|asking\s+for\s+help)\b"
    r"|\b(?:that'?s|that’s|it'?s|it’s)\s+your\s+(?:thyroid|liver|adrenals?|hormones?|gut|kidneys?|prostate|blood\s+sugar)"
    r"(?=[.,!]|\s+(?:talking|crying|struggling|failing|giving\s+out))"
    r"|\b(?:is|are|be)\s+(?:often\s+|probably\s+|usually\s+)?(?:the\s+|an?\s+)?(?:very\s+)?(?:first|earliest|early)\s+"
    r"(?:stage|sign|signs|warning\s+signs?|symptoms?)\s+of\b[^.;!?]{0,40}"
    r"|\bif\s+(?:even\s+)?(?:one|two|any|some|all|several|a\s+few)\s+(?:or\s+more\s+)?of\s+(?:these|them|those)\s+"
    r"(?:sounds?|seems?|feels?|rings?)\s+(?:familiar|true|like\s+you)\b[^.;!?]{0,60}"
    r"|\b(?:you'?re|you’re|you\s+are)\s+(?:almost\s+certainly|probably|most\s+likely|very\s+likely)\s+(?:dealing\s+with|"
    r"suffering\s+from|struggling\s+with|living\s+with)\b[^.;!?]{0,40}"
    r"|\b(?:is|are)\s+almost\s+certainly\s+the\s+(?:reason|cause|culprit)\b"
    # added after a fifth recall study: "you are almost certainly insulin resistant already", "it's very
    # likely undiagnosed PCOS", "the classic fingerprint of prediabetes"
    r"|\b(?:you'?re|you’re|you\s+are)\s+(?:almost\s+certainly|probably|most\s+likely|very\s+likely)\s+(?:already\s+)?"
    r"(?:[\w-]+\s+)?(?:resistant|deficient|diabetic|pre-?diabetic|toxic|inflamed|estrogen[\s-]dominant|hypothyroid)\b"
    r"|\b(?:very\s+likely|almost\s+certainly|probably|most\s+likely)\s+(?:an?\s+)?undiagnosed\s+[\w-]+"
    r"|\b(?:the\s+)?(?:classic|textbook|tell-?tale)\s+(?:fingerprint|signature|picture|pattern|hallmark)\s+of\s+[\w-]+"
    # "there's a good chance you have undiagnosed Hashimoto's", "I'd bet money it's a food sensitivity"
    r"|\b(?:there'?s|there’s|there\s+is)\s+a\s+(?:very\s+)?(?:good|high|strong|real|decent)\s+chance\s+(?:that\s+)?you\s+"
    r"(?:have|are|already)\b[^.;!?]{0,40}"
    r"|\bI(?:'d|’d|\s+would)\s+bet\s+(?:money|anything|my\s+\w+)\s+(?:that\s+)?(?:it'?s|it’s|he\s+has|she\s+has|you\s+have|"
    r"your\s+[\w-]+\s+(?:is|has))\b[^.;!?]{0,40}"
    r"|\b(?:that'?s|that’s|that\s+is|it'?s|it’s|it\s+is)\s+(?:very\s+likely|almost\s+certainly|probably|most\s+likely)\s+"
    r"(?:a|an)\s+(?:hidden|silent|undiagnosed|low-grade|chronic)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\byour\s+(?:[\w-]+\s+){1,2}(?:is|are)\s+(?:probably|likely|almost\s+certainly|very\s+likely)\s+already\b"
    r"[^.;!?]{0,40}"
    r"|\byou\s+(?:could|may|might)\s+(?:already\s+)?be\s+in\s+the\s+(?:early|first)\s+stages?\b[^.;!?]{0,40}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+a\s+(?:very\s+|pretty\s+)?(?:good|high|strong|real)\s+chance\s+(?:that\s+)?"
    r"yours\b[^.;!?]{0,40}",
    re.I,
)
# suppression: "the drug companies just can't make a dime off it", "you can't put a patent on a
# bathtub", "The pharmaceutical model needs you sick", "Those scans are about billing", "studies funded
# by the same people who sell the hearing aids", "panels with deep ties to the companies", "What most
# people aren't told", "Dermatologists are trained to treat the surface", "the biggest lie in medicine"
SALES_SUPPRESSION = re.compile(
    r"\b(?:can'?t|cannot|won'?t|don'?t|doesn'?t)\s+make\s+(?:a\s+dime|a\s+penny|a\s+cent|money|a\s+profit|any\s+money|"
    r"a\s+fortune)\s+(?:off|from|on)\b[^.;!?]{0,30}"
    r"|\b(?:is|are|isn'?t|aren'?t)\s+(?:not\s+)?(?:profitable|lucrative)\s+(?:for|to)\s+(?:them|the\s+\w+|big\s+\w+|anyone)\b"
    r"|\b(?:can'?t|cannot)\s+(?:put\s+a\s+patent\s+on|patent)\b[^.;!?]{0,30}"
    r"|\bneeds?\s+you\s+(?:sick|ill|coming\s+back|on\s+(?:drugs|pills|meds|medication))\b[^.;!?]{0,30}"
    r"|\b(?:get|gets|are)\s+paid\s+(?:for|per|on)\s+every\s+[\w-]+"
    r"|\b(?:is|are)\s+(?:all\s+|really\s+|just\s+|only\s+)?about\s+(?:billing|money|profits?|the\s+money)\b(?:,\s*not\s+"
    r"(?:about\s+)?you)?"
    r"|\bfunded\s+by\s+(?:the\s+)?(?:same\s+)?(?:people|companies|industry|firms|makers)\s+(?:who|that)\s+"
    r"(?:sell|make|profit)\b[^.;!?]{0,30}"
    r"|\b(?:deep|close|cozy|cosy|financial)\s+ties\s+to\s+(?:the\s+)?(?:companies|industry|drug|pharma|manufacturers)"
    r"[^.;!?]{0,30}"
    r"|\bwhat\s+(?:most\s+(?:people|patients|women|men)|nobody|no\s+one|you)\s+(?:aren'?t|isn'?t|are\s+not|is\s+not|"
    r"(?:is|are)\s+never|(?:was|were)\s+never)\s+told\b"
    r"|\b(?:doctors|physicians|[a-z]{3,}ologists|[a-z]{3,}ists)\s+(?:are|were)\s+(?:only\s+|simply\s+|just\s+)?trained\s+"
    r"to\s+(?:treat|manage|mask|prescribe|ignore|push|cut|look\s+at)\b[^.;!?]{0,30}"
    r"|\b(?:only\s+|just\s+)?(?:get|got|gets|receive[sd]?|had|have)\s+(?:a\s+few|a\s+couple\s+of|only\s+a\s+few|just\s+"
    r"a\s+few|less\s+than\s+\w+|no)\s+hours\s+of\s+nutrition\b"
    r"|\b(?:the\s+)?(?:biggest|greatest)\s+(?:lie|scam|con|fraud|myth)\s+in\s+(?:modern\s+)?(?:medicine|health\s*care|"
    r"healthcare)\b"
    r"|\bstop\s+listening\s+to\s+(?:your\s+)?(?:doctors?|the\s+experts|specialists)\b"
    r"|\bwhy\s+(?:your|the|my)\s+(?:doctor|gp|physician|dentist|[a-z]{3,}ologist)\s+(?:did\s+not|didn'?t|never|won'?t|"
    r"will\s+not)\s+(?:tell|mention)\b[^.;!?]{0,30}"
    r"|\bthey(?:'ll|’ll|\s+will)\s+never\s+tell\s+you\b[^.;!?]{0,30}"
    r"|\bnobody(?:'s|’s|\s+is)?\s+(?:explains?|explaining|in\s+a\s+hurry\s+to\s+tell\s+you)\b[^.;!?]{0,30}"
    r"|\byou\s+(?:will\s+)?(?:almost\s+)?never\s+hear\s+(?:this|that|about\s+(?:this|it))\s+(?:in|at|from)\s+[^.;!?]{3,40}"
    r"|\bwhat\s+the\s+(?:drug|pharmaceutical|pharma)\s+(?:companies|industry|makers)\s+(?:have\s+been|are|were)\s+selling\b"
    r"|\b(?:aren'?t|isn'?t|are\s+not|is\s+not)\s+going\s+to\s+put\s+(?:it|this|that)?\s*on\s+a\s+billboard\b"
    # "kept out of the news", "buried by the AMA", "lobbying to keep CBD off shelves", "would rather
    # parents didn't hear", "We're not allowed to tell patients", "there is no money in a spice",
    # "they make billions keeping you on it", "a huge stake in keeping kids on these creams"
    r"|\b(?:kept|buried|hidden|suppressed|silenced)\s+(?:out\s+of\s+the\s+(?:news|headlines|spotlight|public\s+eye)|"
    r"by\s+(?:the\s+)?(?:[A-Z][\w-]+|medical\s+\w+|drug\s+\w+))"
    r"|\blobb(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?to\s+(?:keep|get|ban|block)\b[^.;!?]{0,30}"
    r"|\bpulled\s+off\s+the\s+(?:market|shelves)"
    r"|\b(?:would\s+rather|prefer)\s+(?:\w+\s+){0,3}?(?:didn'?t|did\s+not|never)\s+(?:hear|heard|know|knew|"
    r"find\s+out|found\s+out|learn|learned|learnt)\b"
    r"|\bwould\s+rather\s+(?:this|it|these|that)\s+(?:[\w-]+\s+){0,3}?stayed\s+(?:quiet|hidden|secret)\b"
    r"|\b(?:not\s+allowed|forbidden)\s+to\s+(?:tell|say|talk\s+about|mention)\b[^.;!?]{0,30}"
    r"|\b(?:can'?t|cannot)\s+say\s+this\s+(?:openly|publicly|out\s+loud)\b"
    r"|\b(?:moved|rushed|tried|worked)\s+(?:\w+\s+)?to\s+discredit\b[^.;!?]{0,20}"
    r"|\b(?:made|make|makes)\s+sure\s+(?:it|this|they)\s+never\b[^.;!?]{0,30}"
    r"|\bever\s+let\s+(?:it|this|that)\s+(?:get\s+)?out\b"
    r"|\bnever\s+going\s+to\s+be\s+(?:pushed|promoted|recommended|studied|funded)\b[^.;!?]{0,30}"
    r"|\b(?:there'?s|there’s|there\s+is)\s+no\s+(?:money|profit)\s+in\b[^.;!?]{0,40}"
    r"|\bno\s+patent(?:ed|able)?\s+(?:drug|pill|product|medicine)\s+to\s+sell\b"
    r"|\b(?:make|makes|made|earn|earns|earned|rake\s+in|rakes\s+in)\s+billions\b[^.;!?]{0,40}"
    r"|\b(?:huge|big|massive|vested|financial)\s+stake\s+in\s+(?:keeping|selling|making)\b[^.;!?]{0,30}"
    r"|\bno\s+incentive\s+for\s+(?:them|doctors|anyone|the\s+[\w-]+)\s+to\b[^.;!?]{0,30}"
    r"|\b(?:ingredient|remedy|trick|secret|food|supplement)\s+(?:that\s+)?(?:doctors|[a-z]{3,}ologists|big\s+pharma|pharma|"
    r"dentists|surgeons)\s+hate\b"
    # added after a fourth recall study: "no drug company can patent a cherry", "has been trained to wait
    # until your thyroid is damaged", "built to manage disease, not reverse it", "every reason to keep
    # patients", "never makes it into med school", "so few surgeons will bring them up", "spent decades
    # making sure"
    r"|\bno\s+(?:drug|pharmaceutical|pharma)\s+(?:company|maker|firm)\s+(?:can|could|will|would)\s+(?:ever\s+)?"
    r"(?:patent|profit|make\s+money)\b[^.;!?]{0,30}"
    r"|\b(?:has|have|had|were|was|is|are)\s+been\s+trained\s+to\s+(?:wait|treat|manage|mask|prescribe|ignore|push|cut)\b"
    r"[^.;!?]{0,30}"
    r"|\bbuilt\s+to\s+(?:manage|treat|mask)\s+(?:disease|symptoms|illness)\s*,?\s+not\s+(?:to\s+)?(?:reverse|cure|heal|"
    r"fix)\b[^.;!?]{0,20}"
    r"|\b(?:every|no|a\s+big|a\s+huge)\s+(?:reason|incentive|interest)\s+to\s+(?:keep|hide|bury|ignore)\s+"
    r"(?:patients|you|people|it|this|them)\b[^.;!?]{0,30}"
    r"|\bnever\s+makes?\s+it\s+(?:into|to)\s+(?:med(?:ical)?\s+school|the\s+news|textbooks)\b"
    r"|\bso\s+few\s+(?:doctors|surgeons|[a-z]{3,}ologists|physicians|gps)\s+(?:will|ever|would)\s+(?:bring|mention|tell|"
    r"talk)\b[^.;!?]{0,20}"
    r"|\b(?:spent|spend|spends|spending)\s+(?:decades|years|millions|billions)\s+(?:making\s+sure|hiding|burying|"
    r"keeping)\b[^.;!?]{0,30}"
    # added after a fifth recall study: "not taught this in medical school", "What medical school doesn't
    # teach", "Doctors will never share this", "hospitals will lose their business", "trained to hand
    # out", "nobody at the clinic is telling you", "a multi-billion-dollar industry", "very little reason
    # to want you fixed", "you rarely hear about chiropractic from your regular doctor"
    r"|\b(?:not|never)\s+(?:taught|trained\s+in)\s+(?:this|that|about\s+[\w-]+(?:\s+[\w-]+)?)\s+in\s+(?:medical|med)\s+"
    r"school\b"
    r"|\b(?:medical|med)\s+schools?\s+(?:doesn'?t|don'?t|does\s+not|do\s+not|never|didn'?t|won'?t)\s+teach\b[^.;!?]{0,30}"
    r"|\b(?:doctors|your\s+doctor|physicians|[a-z]{3,}ologists|gps|hospitals|clinics|pharmacists)\s+(?:will|would)\s+"
    r"never\s+(?:share|tell\s+you|mention|admit|recommend)\b[^.;!?]{0,30}"
    r"|\b(?:hospitals|doctors|clinics|surgeons|pharma|drug\s+companies|the\s+industry)\s+(?:will|would)\s+lose\s+"
    r"(?:their\s+|a\s+lot\s+of\s+)?(?:business|money|profits?|customers|patients|income)\b"
    r"|\b(?:doctors|physicians|[a-z]{3,}ologists|[a-z]{3,}ists)\s+(?:are|were)\s+(?:only\s+|simply\s+|just\s+)?trained\s+"
    r"to\s+(?:hand\s+out|write|reach\s+for|dispense|order|sell|recommend)\b[^.;!?]{0,30}"
    r"|\bthat'?s\s+what\s+(?:most\s+)?(?:doctors|physicians|[a-z]{3,}ologists)\s+(?:are|were)\s+trained\s+to\b[^.;!?]{0,30}"
    r"|\b(?:the\s+thing|what|something)\s+(?:nobody|no\s+one|no\s+doctor)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was)\s+"
    r"(?:telling|going\s+to\s+tell)\s+you\b"
    r"|\b(?:is|are)\s+(?:a|an)\s+(?:multi[\s-]?)?(?:billion|million|trillion)[\s-]dollar\s+(?:industry|business|"
    r"machine)\b"
    r"|\b(?:very\s+)?(?:little|no|zero)\s+(?:reason|incentive|interest)\s+(?:in\s+|to\s+)?(?:want(?:ing)?\s+)?"
    r"(?:you|patients|people)\s+(?:fixed|cured|healed|well|healthy)\b"
    r"|\byou\s+(?:rarely|seldom|never|won'?t|don'?t)\s+hear\s+(?:about\s+)?(?:[\w-]+\s+){0,3}?from\s+(?:your|a|any|the)\s+"
    r"(?:regular\s+|family\s+|own\s+)?(?:doctor|gp|physician|[a-z]{3,}ologist|pharmacist|clinic)\b"
    # added after a sixth recall study: "what the drug companies pay them to push", "a multibillion-dollar
    # market", "you won't hear at a 7-minute appointment", "don't expect your ped to bring any of this up",
    # "most endocrinologists are never taught", "What most dental offices won't tell you", "far more money in
    # implants than in healthy gums", "nobody is in a hurry to admit it"
    r"|\b(?:pay|pays|paid|paying)\s+(?:them|doctors|him|her|physicians|dentists)\s+to\s+(?:push|prescribe|sell|recommend)\b"
    r"|\b(?:multi[\s-]?)?(?:billion|trillion)[\s-]dollar\s+(?:market|industry|business)\b"
    r"|\byou\s+(?:won'?t|will\s+not|never|rarely|don'?t)\s+hear\s+(?:[\w-]+\s+){0,4}?(?:at|in|during)\s+(?:a|an|your|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:appointment|visit|check-?up|office|clinic)\b"
    r"|\b(?:don'?t|do\s+not|never)\s+expect\s+(?:your|the|a|any)\s+(?:[\w-]+\s+)?(?:doctor|ped|pediatrician|gp|physician|"
    r"dentist|[a-z]{3,}ologist|[a-z]{3,}ist)\s+to\s+(?:bring|mention|tell|know|suggest|recommend|raise)\b[^.;!?]{0,30}"
    r"|\b(?:doctors|physicians|[a-z]{3,}ologists|dentists|gps)\s+(?:are|were)\s+(?:never|not)\s+(?:taught|trained\s+in)\b"
    r"[^.;!?]{0,30}"
    r"|\bwhat\s+(?:most\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:doctors?|offices?|clinics?|dentists?|gps?|[a-z]{3,}ologists?|"
    r"hospitals?|pharmacists?)\s+(?:won'?t|will\s+not|don'?t|do\s+not|never)\s+tell\s+you\b"
    r"|\b(?:far\s+|much\s+|a\s+lot\s+)?more\s+money\s+in\s+[\w\s-]{3,30}?\s+than\s+in\b[^.;!?]{0,30}"
    r"|\b(?:nobody|no\s+one)(?:'s|’s|\s+is)?\s+in\s+a\s+hurry\s+to\s+(?:admit|tell|say|mention)\b[^.;!?]{0,30}",
    re.I,
)


# the framing reported as a claim or debunked ("the myth that ...", "falsely claim")
_DEBUNKED = re.compile(r"\b(?:myths?|conspirac\w+|falsely|allege\w*|debunk\w*|misinformation)\b", re.I)


def sales_frames(doc: Document, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``pattern`` (one of the ``SALES_*`` frames) in sales talk, leaving out sentences that
    send the reader to medical care or debunk the framing.  Reporting verbs do not excuse them here:
    in sales talk the speaker is the seller, a practitioner on the payroll or a fellow forum member."""
    if not sales_talk(doc):
        return
    for sent in doc.sentences:
        text = doc.text[sent.start : sent.end]
        if CARE.search(text) or _DEBUNKED.search(text):
            continue
        for m in pattern.finditer(text):
            yield sent.start + m.start(), sent.start + trimmed_end(m)
