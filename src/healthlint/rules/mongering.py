"""MNG: disease mongering and manipulative framing (self-diagnosis prompts, fear appeals,
suppression narratives)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from healthlint.document import Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import SOURCE_LAYERS, RuleContext, rule
from healthlint.rules.claims import doc_tokens, gate, lower_text, opens, sentences_with, unsourced_document
from healthlint.rules.frames import (
    CARE,
    SALES_DIAGNOSIS,
    SALES_FEAR,
    SALES_SUPPRESSION,
    diagnosis_frames,
    fear_frames,
    frame_hits,
    sales_frames,
    suppression_frames,
)
from healthlint.rules.search import outermost

_SYMPTOM_QUESTION = re.compile(
    r"^\W*(?:do|are|have|does|did|is)\s+(?:you|your)\b[^?]{0,120}\?\W*$"
    r"|^\W*(?:ever\s+)?(?:feel(?:ing)?|suffer(?:ing)?|struggl(?:e|ing)|tired|exhausted)\b[^?]{0,100}\?\W*$",
    re.I,
)
_SYMPTOMISH = re.compile(
    r"\b(?:pain|pains|ache|aches|aching|tired|tiredness|fatigue|fatigued|exhausted|sleep|insomnia|stiff|stiffness|"
    r"bloat\w*|headaches?|migraines?|dizz\w+|anxious|anxiety|stress\w*|low\s+energy|brain\s+fog|forgetful\w*|cramps?|"
    r"itch\w*|rash|sore|soreness|weight|cravings?|mood|moody|irritab\w+|constipat\w+|gas|heartburn|sweat\w*|"
    r"numb\w*|tingl\w+|swell\w*|swollen|cold|chilly|hair\s+loss|thirst\w*|snor\w+|symptoms?|suffer\w*)\b",
    re.I,
)
_DIAGNOSIS = re.compile(
    r"\byou\s+(?:could|may|might|probably|likely|possibly|very\s+well\s+could|may\s+well|might\s+well)\s+"
    r"(?:already\s+)?(?:be\s+)?(?:suffering\s+from|have|be\s+experiencing|be\s+dealing\s+with|be\s+living\s+with|"
    r"be\s+one\s+of\s+the|be\s+among\s+the|be\s+a\s+victim\s+of|be\s+affected\s+by)\s+[^.!?;]+"
    r"|\b(?:this|these|that|it|they)\s+(?:could|may|might|can|are|is)\s+(?:all\s+|often\s+|likely\s+)?(?:be\s+)?"
    r"(?:a\s+|the\s+)?(?:classic\s+|early\s+|clear\s+|common\s+|tell-?tale\s+)?(?:sign|signs|symptom|symptoms|"
    r"warning\s+signs?|indications?|red\s+flags?)\s+(?:that\s+)?(?:of\s+)?"
    r"(?:you\s+(?:have|are\s+suffering\s+from)\s+|your\s+(?:\w+\s+){1,2}(?:is|are)\s+)[^.!?;]+"
    r"|\b(?:there\s+is|there'?s)\s+a\s+(?:good|high|strong|real|big)\s+chance\s+(?:that\s+)?(?:you|your)\s+[^.!?;]+"
    r"|\bchances\s+are\s+(?:that\s+|high\s+that\s+)?(?:you|your)\s+[^.!?;]+",
    re.I,
)
# a symptom list turned on the reader: "If any of this sounds familiar", "If this sounds like you"
_SOUNDS_FAMILIAR = re.compile(
    r"^\W*if\s+(?:any\s+of\s+|some\s+of\s+|all\s+of\s+)?(?:this|these|that|those)\s+(?:sounds?|seems?|rings?|feels?)\s+"
    r"(?:familiar|like\s+you|a\s+bell)",
    re.I,
)
# wordings added after a recall study on bad articles in genres the rule had not seen
_DIAGNOSIS_MORE = re.compile(
    r"\byou\s+(?:could|may|might|probably|likely|possibly)\s+(?:already\s+)?be\s+(?:hosting|carrying|harbou?ring|"
    r"infected\s+with|infested\s+with)\s+[^.!?;]+"
    r"|\bwhat\s+if\s+(?:the\s+)?(?:real|true|hidden|underlying|root)\s+cause\s+(?:of\s+(?:\w+\s+){1,3})?(?:is|was|lies)"
    r"\s+[^.!?;,]+",
    re.I,
)
# a checklist score turned into a diagnosis: "Three or more yeses means you should assume ..."
_QUIZ_SCORE = re.compile(
    r"\b(?:(?:two|three|four|five|six|\d+)\s+or\s+more|(?:even|just|only)\s+(?:one|two|three|a\s+few))\s+"
    r"(?:yes(?:es)?|(?:of\s+)?(?:these|the\s+above)|symptoms|signs|answers|checks|ticks|boxes)\b[^.!?]*?"
    r"\b(?:means?|suggests?|indicates?|you\s+(?:probably|likely|may|might|could|should|almost\s+certainly))\b[^.!?]*",
    re.I,
)
# the reader told they have a disease, with no symptom asked about
_YOU_HAVE = re.compile(
    r"\byou\s+(?:almost\s+certainly|most\s+likely|very\s+likely|probably\s+already|almost\s+surely)\s+"
    r"(?:have|carry|are\s+suffering\s+from|suffer\s+from)\s+(?!(?:heard|seen|been|noticed|read|had|met|done)\b)"
    r"[^.!?;]+"
    r"|\b(?:actually|really|secretly)\s+(?:have|suffer\s+from)\s+(?:an?\s+)?(?:undiagnosed|hidden|silent|underlying)"
    r"\s+[^.!?;]+"
    # wordings added after a third recall study (ten articles in new genres, written blind)
    r"|\b(?:there'?s|there\s+is)\s+a\s+(?:very\s+|pretty\s+|really\s+)?(?:good|high|strong|real|big)\s+chance\s+"
    r"(?:that\s+)?(?:you|your\s+\w+|their\s+\w+|his\s+\w+|her\s+\w+|(?:[\w-]+\s+){0,2}(?:parasites|toxins|candida|yeast|"
    r"mou?ld|metals|worms|deficienc(?:y|ies)|hormones?))\b[^.!?;]+"
    r"|\byou\s+(?:are|'re)\s+(?:most\s+)?(?:likely|probably|almost\s+certainly)\s+(?:already\s+)?(?:in\s+(?:stage|phase)|"
    r"suffering\s+from|dealing\s+with|in\s+the\s+(?:early|first|second|late)\s+stages?\s+of)\b[^.!?;]+"
    r"|\byou\s+(?:may|might|could)\s+(?:already\s+)?be\s+(?:heading|headed|on\s+your\s+way)\s+(?:towards?|for)\b[^.!?;]+"
    r"|\byour\s+(?:body|child|liver|gut|brain|thyroid|blood)\s+(?:may|might|could)\s+(?:already\s+)?be\s+(?:carrying|harbou?ring|"
    r"hosting|storing)\b[^.!?;]+"
    r"|\b(?:living|walking\s+around)\s+with\s+[^.!?;]{1,60}?\s+(?:and|but)\s+(?:they|you)\s+(?:don'?t|do\s+not)\s+"
    r"(?:even\s+)?know\s+it"
    r"|\b(?:may|might|could)\s+already\s+be\s+(?:building\s+up|forming|growing|spreading|damaging|clogging|"
    r"eating\s+away)\s+(?:in\s+|at\s+)?your\b[^.!?;]*"
    r"|\byour\s+(?:\w+\s+){0,2}?(?:is|are)\s+(?:already\s+)?(?:crying\s+(?:out\s+)?for\s+help|under\s+attack|"
    r"screaming\s+for\s+help|in\s+(?:serious\s+)?trouble)"
    r"|\b(?:these|they|those)\s+are\s+(?:often\s+|all\s+|usually\s+)?(?:the\s+)?(?:classic|typical|telltale|tell-tale|"
    r"clear|sure|warning)?\s*signs?\s+(?:of|that)\s+[^.!?;]+",
    re.I,
)
_MNG101_WORDS = ("be hosting", "be carrying", "be harbo", "be infected with", "be infested with", "real cause",
                 "true cause", "hidden cause", "underlying cause", "root cause", " or more yes", " or more of",
                 " or more symptoms", " or more signs", " or more ticks", " or more boxes", " or more checks",
                 " or more answers", "even one of", "even two of", "even three of", "just one of", "just two of")
_MNG101_GATES = (
    gate("hosting carrying harbouring harboring infected infested", "be"),
    gate("cause", "real true hidden underlying root", "what", "if"),
    gate("more even just only", "yes yeses these above symptoms signs answers checks ticks boxes",
         "means mean suggests suggest indicates indicate you"),
)
_YOU_HAVE_GATES = (
    gate("almost most very probably", "certainly likely already surely", "you"),
    gate("actually really secretly", "undiagnosed hidden silent underlying"),
    gate("chance", "good high strong real big"),
    gate("know", "living walking"),
    gate("already", "may might could"),
    gate("help attack trouble", "crying screaming under in"),
    gate("signs sign", "these they those"),
    gate("you", "likely probably certainly", "in suffering dealing"),
    gate("you", "heading headed way"),
    gate("your", "carrying harbouring harboring hosting storing"),
)
_YOU_HAVE_WORDS = ("you almost certainly", "you most likely", "you very likely", "you probably already",
                   "you almost surely", "actually have", "really have", "secretly have", "actually suffer",
                   "really suffer", "secretly suffer", "good chance", "high chance", "strong chance", "real chance",
                   "big chance", "know it", "already be", "for help", "under attack", "in trouble",
                   "in serious trouble", "signs of", "signs that", "sign of", "sign that", "likely in", "probably in",
                   "certainly in", "likely suffering", "probably suffering", "likely dealing", "probably dealing",
                   "heading", "headed", "on your way", "be carrying", "be harbo", "be hosting", "be storing")
_IF_YOU_HAVE = re.compile(
    r"^\W*if\s+you\s+(?:often\s+|frequently\s+|regularly\s+|sometimes\s+|ever\s+)?(?:have|experience|suffer\s+from|"
    r"feel|notice|get|struggle\s+with)\b",
    re.I,
)


@rule(
    "MNG101",
    "self-diagnosis-prompt",
    category="mongering",
    severity=Severity.WARNING,
    scope="sentence",
    requires=("sentences", "entities", *SOURCE_LAYERS),
)
def self_diagnosis_prompt(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Self-diagnosis prompt: common symptoms turned into a possible disease.

    Fires when a question to the reader about everyday symptoms ("Do you often feel tired?",
    "Are your joints stiff in the morning?") is followed within two sentences by a diagnosis
    addressed to them ("you could be suffering from ...", "this may be a sign that you have ..."),
    and on the same move in one sentence ("If you often feel bloated, you may have ...").  In
    articles that address the reader or name no source, a diagnosis handed to the reader needs no
    question before it ("those are the classic signs your adrenals are burning out", "that's
    probably a fibroid", "a deficiency could be causing your joint pain";
    :mod:`healthlint.rules.frames`).  In sales talk (an article that addresses the reader and names no
    source or sells what it praises) looser wordings count too ("chances are you have it", "if you
    have any of these, ...", "you don't even need a test").

    ## Why it matters
    Common, non-specific symptoms have many ordinary causes.  Telling readers they "could be
    suffering from" a named disease widens the market for a remedy (disease mongering) and causes
    needless worry, or false reassurance when the remedy is sold as the fix.

    ## Example
    > Do you wake up tired? If so, you could be suffering from adrenal fatigue.

    ## Better
    > Tiredness has many causes, from short sleep to anaemia; if it lasts more than a few weeks,
    > see a doctor, who can test for the common ones.

    ## References
    - Moynihan R., Heath I., Henry D. Selling sickness: the pharmaceutical industry and disease
      mongering. BMJ 2002;324:886-891.
    - Woloshin S., Schwartz L.M. Giving legs to restless legs: a case study of how the media helps
      make people sick. PLoS Med 2006;3(4):e170.
    """
    sents = doc.sentences
    prompted_until = -1
    lowered = lower_text(doc)
    # sentences holding one of the wordings added later, found with one pass over the text each
    tokens = doc_tokens(doc)
    more = (
        {i for i, _ in sentences_with(doc, _DIAGNOSIS_MORE, _QUIZ_SCORE)}
        if any(opens(tokens, g) for g in _MNG101_GATES) and any(map(lowered.__contains__, _MNG101_WORDS))
        else set()
    )
    you_have = (
        {i for i, _ in sentences_with(doc, _YOU_HAVE)}
        if any(opens(tokens, g) for g in _YOU_HAVE_GATES)
        and any(map(lowered.__contains__, _YOU_HAVE_WORDS))
        and unsourced_document(doc)
        else set()
    )
    taken: set[int] = set()
    for i, sent in enumerate(sents):
        text = doc.text[sent.start : sent.end]
        if _SYMPTOM_QUESTION.match(text) and _SYMPTOMISH.search(text):
            prompted_until = i + 2
            continue
        m = _DIAGNOSIS.search(text)
        if m is None and i in more:
            quiz = _QUIZ_SCORE.search(text)
            m = _DIAGNOSIS_MORE.search(text) or quiz
            if m is not None and (
                quiz is not None
                or _SOUNDS_FAMILIAR.match(text)
                or _SYMPTOMISH.search(doc.text, sents[max(0, i - 2)].start, sent.start)
            ):
                prompted_until = i  # a checklist score, or a symptom list just before, is the prompt
        if m is None and i in you_have and not text.rstrip().endswith("?") and not CARE.search(text):
            m = _YOU_HAVE.search(text)
            if m is not None:
                prompted_until = i
        if m is None:
            continue
        if i <= prompted_until or (_IF_YOU_HAVE.match(text) and _SYMPTOMISH.search(text[: m.start()])):
            piece = m.group(0).rstrip(" \"'”’)")
            taken.add(i)
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.start() + len(piece)),
                "self-diagnosis prompt: common symptoms presented as a sign of a named disease",
                evidence={"diagnosis": piece},
                suggestion="list the common causes and say when to see a doctor instead",
            )
    # the same move in new words: a diagnosis handed to the reader
    yield from frame_hits(
        doc,
        [*diagnosis_frames(doc), *sales_frames(doc, SALES_DIAGNOSIS)],
        taken,
        "self-diagnosis prompt: a diagnosis handed to the reader",
        "list the common causes and say when to see a doctor instead",
        key="diagnosis",
    )


_SEVERE = re.compile(
    r"\b(?:(?:permanent|irreversible|lasting|lifelong|life-long|serious|severe|fatal|life[\s-]threatening|"
    r"catastrophic|devastating)\s+(?:\w+\s+){0,2}?(?:damage|disability|disabilities|harm|injury|injuries|complications|"
    r"blindness|paralysis|deformity|deformities|consequences|symptoms)"
    r"|death|die|dying|blindness|amputation|paralysis|organ\s+failure|heart\s+attack|stroke)\b",
    re.I,
)
_UNTREATED = re.compile(
    r"\b(?:if\s+(?:it\s+is\s+|it'?s\s+|they\s+are\s+|left\s+|you\s+leave\s+it\s+|it\s+goes\s+|it\s+is\s+left\s+)?"
    r"(?:un-?treated|not\s+treated(?:\s+(?:quickly|promptly|early|immediately|right\s+away|in\s+time))?|ignored|"
    r"left\s+alone|not\s+addressed|unchecked)"
    r"|(?<!if\s)left\s+(?:un-?treated|unchecked)"
    r"|if\s+(?:you\s+)?(?:don'?t|do\s+not|fail\s+to|wait\s+to)\s+(?:act|treat\s+it|get\s+(?:it\s+)?treated|seek\s+treatment)"
    r"(?:\s+(?:quickly|now|immediately|soon|in\s+time))?"
    r"|without\s+(?:prompt|immediate|quick|early|urgent)\s+treatment)\b",
    re.I,
)
_URGENT = re.compile(
    r"\b(?:quickly|immediately|right\s+away|as\s+soon\s+as\s+possible|urgently|before\s+it'?s\s+too\s+late|"
    r"don'?t\s+wait|act\s+now|every\s+(?:day|minute|second)\s+counts)\b",
    re.I,
)
_SLOGANS = re.compile(
    r"\b(?:(?:the|a|this)\s+silent\s+killer|ticking\s+time[\s-]bomb|before\s+(?:it'?s|it\s+is)\s+too\s+late|"
    r"(?:could|can|will|may)\s+(?:slowly\s+)?(?:kill|be\s+killing)\s+you|"
    r"(?:don'?t|do\s+not)\s+wait\s+(?:until|till)\s+(?:it'?s|it\s+is)\s+too\s+late|"
    r"(?:is|are)\s+(?:quietly\s+|slowly\s+|silently\s+)?(?:poisoning|killing)\s+you(?:r\s+body)?|"
    r"(?:quietly|slowly|silently)\s+(?:poisoning|destroying|damaging|killing|stealing|robbing|attacking|eating\s+away\s+at)\s+"
    r"(?:you|your\s+\w+)|(?:act|order|start|decide)\s+(?:now|today)\s*,?\s+while\s+you\s+still\s+can|"
    r"(?:is|'s)\s+a\s+gamble\s+with\s+(?:your|their|a)\s+(?:child'?s\s+|kid'?s\s+|baby'?s\s+)?(?:life|health|brain|heart|future)|"
    r"(?:the\s+)?damage\s+(?:is|has\s+been)\s+(?:already\s+)?done|can\s*(?:not|'t|\s+never)\s+be\s+undone|"
    r"every\s+(?:day|week|month|hour|minute)\s+(?:that\s+)?you\s+(?:wait|delay|put\s+(?:it|this)\s+off)|"
    r"(?:available|open|valid)\s+for\s+(?:(?:just|only)\s+\d+\s+hours|\d+\s+hours\s+only))\b",
    re.I,
)
# wordings added after a recall study on bad articles in genres the rule had not seen
# sales pressure dressed as scarcity: "stock is running low", "slots are almost full"
_SCARCITY = re.compile(
    r"\b(?:stocks?|supplies|supply|slots|spots|places|spaces|bottles|seats|appointments)\s+(?:\w+\s+){0,3}?(?:is|are)\s+"
    r"(?:running\s+(?:low|out)|almost\s+(?:gone|full|finish(?:ed)?|sold\s+out)|nearly\s+(?:gone|full|sold\s+out)|"
    r"selling\s+out|filling\s+(?:up\s+)?fast)\b"
    r"|\b(?:only\s+)?(?:guaranteed|valid|available|good|held)\s+(?:until|till)\s+(?:midnight|tonight|tomorrow|the\s+end\s+of\s+"
    r"(?:the\s+|this\s+)?(?:day|week|month))\b"
    r"|\b(?:offer|sale|discount|deal|price|promotion)\s+(?:ends|expires)\s+(?:tonight|today|at\s+midnight|soon|in\s+\d+\s+"
    r"(?:hours|minutes))\b"
    r"|\btoday\s+only\b"
    r"|\bbefore\s+(?:this|the|our)\s+(?:batch|round|stock|offer|sale|run)\s+sells?\s+out\b"
    r"|\b(?:orders?\s+(?:placed\s+)?|order\s+)before\s+midnight\b"
    r"|\b(?:don'?t|do\s+not)\s+know\s+how\s+long\s+(?:it|this|this\s+\w+|the\s+\w+)\s+will\s+(?:stay|be|remain)\s+"
    r"(?:online|up|available)"
    r"|\bwhile\s+(?:stocks?|supplies)\s+last\b",
    re.I,
)
# "only 4 places remain": scarcity only where something is for sale (a price, an order)
_SCARCITY_COUNT = re.compile(
    r"\bonly\s+\d+\s+(?:places|spots|seats|bottles|units|slots|panels|kits|spaces)\s+(?:remain|left|available)\b", re.I
)
_FOR_SALE = re.compile(r"[$£€]\s?\d|\b(?:order|buy|book|enrol|enroll|reserve|price|discount|offer|checkout)\b", re.I)
_SCARCITY_GATE = gate(
    "low out gone full finish finished sold selling filling midnight online up available last tonight tomorrow "
    "end ends expires only remain sells",
    "stock stocks supplies supply slots spots places spaces bottles seats appointments orders order know while "
    "guaranteed valid available good held offer sale discount deal price promotion today places spots seats bottles "
    "units slots panels kits spaces batch round",
)
_BEYOND_GATES = (
    gate("life", "affects affect affecting damages damage damaging harms harm harming scars scar ruins ruin weakens "
         "weakening"),
    gate("paying", "come"),
    gate("permanently", "until"),
    gate("day", "kills kill stroke heart diagnosis amputation"),
    gate("wait", "gone lost wasted"),
    gate("survive", "not"),
    gate("damage harm loss", "permanent irreversible irreparable"),
    gate("lost gone destroyed damaged", "good forever permanently"),
    gate("lifelong life permanent irreversible", "develop suffer left end"),
    gate("spread migrate travel move make", "brain heart bloodstream"),
)
_SCARCITY_WORDS = ("running low", "running out", "almost gone", "almost full", "nearly gone", "nearly full",
                   "almost finish", "almost sold", "nearly sold", "until midnight", "till midnight", "until tonight",
                   "until tomorrow", "until the end", "till the end", "ends tonight", "ends today", "ends at",
                   "ends soon", "ends in", "expires", "today only", " remain", " left", "sells out", "sell out",
                   "selling out", "filling up fast", "filling fast", "before midnight", "how long it will",
                   "how long this", "how long the", "while stock", "while supplies")
# a harm made to sound beyond repair, in articles with no specific source anywhere
_BEYOND_REPAIR = re.compile(
    r"\b(?:until|before|once)\s+(?:the\s+)?(?:damage|harm|loss)\s+(?:becomes|is|has\s+become)\s+(?:permanent|"
    r"irreversible|irreparable)"
    r"|\b(?:is|are|gets|get|it's|they're)\s+(?:lost|gone|destroyed|damaged)\s+(?:for\s+good|forever|permanently)"
    r"|\b(?:can|could|will|may)\s+(?:develop|suffer|be\s+left\s+with|end\s+up\s+with)\s+(?:\w+\s+)?(?:lifelong|"
    r"life-long|permanent|irreversible)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|\b(?:spread|migrate|travel|move|make\s+their\s+way)\s+(?:in)?to\s+(?:[\w,]+\s+){0,6}?(?:even\s+)?(?:the|your)\s+"
    r"(?:brain|heart|bloodstream)"
    # wordings added after a third recall study (ten articles in new genres, written blind)
    r"|\b(?:affects?|affecting|damages?|damaging|harms?|harming|scars?|ruins?|weakens?|weakening)\s+(?:\w+\s+){0,8}?"
    r"for\s+life\b"
    r"|\b(?:be\s+)?paying\s+(?:for\s+)?(?:it\s+)?for\s+(?:years|decades)\s+to\s+come"
    r"|\buntil\s+(?:it|the\s+\w+|they)\s+(?:is|are)\s+permanently\s+\w+"
    r"|\buntil\s+the\s+day\s+(?:it|they)\s+kills?\s+(?:you|them)"
    r"|\b(?:right\s+)?up\s+until\s+the\s+day\s+(?:of\s+)?(?:the|your|a)\s+(?:stroke|heart\s+attack|diagnosis|amputation)"
    r"|\b(?:don'?t|do\s+not)\s+wait\s+(?:until|till)\s+[^.!?]{0,60}?\b(?:is|are|has|have)\s+(?:been\s+)?(?:gone|lost|wasted)\b"
    r"|\b(?:that|which)\s+(?:you|they|he|she)\s+(?:may|might|will|could)\s+not\s+survive",
    re.I,
)
_BEYOND_WORDS = ("for life", "years to come", "decades to come", "is permanently", "are permanently",
                 "the day it kill", "the day they kill", "not survive", "until the day", "is gone", "are gone",
                 "been lost", "is lost", "are lost", "wasted",
                 "becomes permanent", "becomes irreversible", "becomes irreparable", "is permanent",
                 "is irreversible", "become permanent", "for good", "forever", "permanently", "lifelong",
                 "life-long", "spread to", "spread into", "migrate", "travel to", "move to", "move into",
                 "make their way")
# a list of dire outcomes of leaving something alone
_DIRE = re.compile(
    r"\b(?:coma|cancer|infertility|heart\s+disease|heart\s+failure|brain\s+damage|organ\s+damage|kidney\s+failure|"
    r"liver\s+failure|dementia|seizures|death|stroke|heart\s+attack|blindness|paralysis)\b",
    re.I,
)
# slogans added after a recall study on new genres, tried only where their words occur
_SLOGANS_MORE = re.compile(
    r"\bevery\s+(?:extra\s+|single\s+)?(?:day|week|month|year|hour|minute)\s+(?:that\s+)?you\s+(?:wait|delay|"
    r"put\s+(?:it|this)\s+off|stay\s+on\s+(?:it|them|\w+)|spend\s+on\s+\w+|keep\s+taking\s+(?:it|them|\w+)|"
    r"ignore\s+(?:it|this|them))(?:\s*,\s*[^,.;!?]+)?"
    r"|\b(?:you\s+)?(?:don'?t|do\s+not)\s+have\s+(?:years|months|time)\s+to\s+(?:waste|lose|experiment|wait)\b",
    re.I,
)
_SLOGANS_MORE_GATES = (
    gate("every", "you", "wait delay put stay spend keep ignore"),
    gate("have", "years months time", "waste lose experiment wait"),
)
_PERMANENT = re.compile(r"\b(?:permanent|irreversible|lifelong|life-long)\b", re.I)


@rule(
    "MNG102", "fear-appeal", category="mongering", severity=Severity.WARNING, scope="sentence",
    requires=("sentences", *SOURCE_LAYERS),
)
def fear_appeal(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Fear appeal and urgency: "permanent damage if not treated quickly", "silent killer".

    Fires on a sentence that ties a severe outcome (permanent or irreversible damage, disability,
    death) to not treating something, when the outcome is permanent, the reader is addressed or
    urgency is demanded ("quickly", "before it's too late"); and on stock alarm phrases ("the
    silent killer", "ticking time bomb", "could be killing you"); in articles that address the
    reader or name no source, also on the cost of delay and harm beyond repair in any words ("by
    the time you notice, the damage is already permanent", "every week you put off treatment"),
    and in sales talk on looser urgency ("Don't wait until it spreads to your joints", "there's no
    going back", "how diabetics end up losing feet").
    Neutral medical information ("if left untreated, a clot can travel to the lungs") and
    sentences that send the reader to care are left alone.

    ## Why it matters
    Fear pushes readers to act before they think: to buy the remedy on offer or to self-treat.
    Overstating the danger of a common condition is a classic disease-mongering move.

    ## Example
    > Ignore the warning signs and you face irreversible nerve damage if not treated immediately.

    ## Better
    > Most cases improve on their own; see a doctor if numbness spreads or lasts more than a week.

    ## References
    - Moynihan R. et al. Selling sickness. BMJ 2002;324:886-891.
    - Witte K., Allen M. A meta-analysis of fear appeals. Health Educ Behav 2000;27(5):591-615.
    """
    lowered = lower_text(doc)
    tokens = doc_tokens(doc)
    if opens(tokens, _SCARCITY_GATE) and any(map(lowered.__contains__, _SCARCITY_WORDS)):
        for _, sent in sentences_with(doc, _SCARCITY):
            for m in _SCARCITY.finditer(doc.text, sent.start, sent.end):
                yield Hit(
                    Span(m.start(), m.end()),
                    f"sales pressure ({' '.join(doc.text[m.start() : m.end()].split())!r})",
                    evidence={"match": doc.text[m.start() : m.end()]},
                    suggestion="let readers decide without a deadline",
                )
    if "only" in lowered and (" left" in lowered or " remain" in lowered or "available" in lowered):
        for m in _SCARCITY_COUNT.finditer(doc.text):
            if _FOR_SALE.search(doc.text):
                yield Hit(
                    Span(m.start(), m.end()),
                    f"sales pressure ({' '.join(m.group(0).split())!r})",
                    evidence={"match": m.group(0)},
                    suggestion="let readers decide without a deadline",
                )
    beyond: set[int] = set()  # sentences reported as harm beyond repair
    taken: set[int] = set()  # sentences reported as a slogan or an untreated outcome
    if (
        any(opens(tokens, g) for g in _BEYOND_GATES)
        and any(map(lowered.__contains__, _BEYOND_WORDS))
        and unsourced_document(doc)
    ):
        for j, sent in sentences_with(doc, _BEYOND_REPAIR):
            text = doc.text[sent.start : sent.end]
            if (
                text.lstrip().startswith(("“", '"'))
                or _SLOGANS.search(text)
                or _SLOGANS_MORE.search(text)
                or _UNTREATED.search(text)
            ):
                continue  # reported below as a slogan or an untreated outcome
            b = _BEYOND_REPAIR.search(text)
            if b is not None and not re.search(r"\b(?:not|never|rarely|no)\s+(?:\w+\s+)?$", text[: b.start()], re.I):
                beyond.add(j)
                yield Hit(
                    Span(sent.start + b.start(), sent.start + b.end()),
                    f"fear appeal: harm presented as beyond repair ({' '.join(b.group(0).split())!r})",
                    evidence={"match": b.group(0)},
                    suggestion="state how likely the outcome is and who it affects",
                )
    slogans = [_SLOGANS, _SLOGANS_MORE] if any(opens(tokens, g) for g in _SLOGANS_MORE_GATES) else [_SLOGANS]
    for i, sent in sentences_with(doc, *slogans, _UNTREATED):
        text = doc.text[sent.start : sent.end]
        for m in outermost(m for p in slogans for m in p.finditer(text)):
            if text.lstrip().startswith(("“", '"')) or re.search(
                r"\b(?:called|known\s+as|nicknamed|dubbed|referred\s+to\s+as)\s+\W*(?:the\s+)?$",
                text[: m.start()],
                re.I,
            ):
                continue  # a quotation, or naming the nickname
            if m.group(0).lower().startswith("before") and not re.search(r"\b(?:you|your)\b", text, re.I):
                continue
            taken.add(i)
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.end()),
                f"fear appeal ({' '.join(m.group(0).split())!r})",
                evidence={"match": m.group(0)},
                suggestion="state the actual risk in numbers and what readers can do",
            )
        severe = list(_SEVERE.finditer(text))
        unt = _UNTREATED.search(text)
        if unt is not None and len(_DIRE.findall(text)) >= 2 and not severe and unsourced_document(doc):
            severe = list(_DIRE.finditer(text))  # "left untreated, it can lead to heart disease, infertility ..."
            severe = [severe[0], severe[-1]]
        if not severe or unt is None:
            continue
        permanent = [m for m in severe if _PERMANENT.search(m.group(0))]
        sev = (permanent or severe)[0]
        you = re.search(r"\b(?:you|your)\b", text, re.I)
        if not (permanent or you or _URGENT.search(text) or (len(severe) >= 2 and unsourced_document(doc))):
            continue
        start = min(sev.start(), unt.start())
        end = max(sev.end(), unt.end())
        taken.add(i)
        yield Hit(
            Span(sent.start + start, sent.start + end),
            "fear appeal: a severe outcome tied to not treating quickly",
            evidence={"outcome": sev.group(0), "urgency": unt.group(0)},
            suggestion="state how likely the outcome is and over what time",
        )
    # the same moves in new words: the cost of delay, harm beyond repair
    yield from frame_hits(
        doc,
        [*fear_frames(doc), *sales_frames(doc, SALES_FEAR)],
        taken | beyond,
        "fear appeal: delay or harm beyond repair",
        "state how likely the outcome is and over what time",
    )


_DOCTORS = (
    r"(?:most\s+|many\s+|mainstream\s+|conventional\s+|traditional\s+|western\s+|the\s+|your\s+)?"
    r"(?:doctors|physicians|gps|medical\s+(?:profession|establishment|community|industry|system)|"
    r"big\s+pharma|pharmaceutical\s+(?:companies|industry)|drug\s+companies|the\s+fda|the\s+government|"
    r"(?:cardi|onc|dermat|neur|endocrin|gastroenter|rheumat|gynec|gynaec|ur|immun)ologists|psychiatrists|"
    r"pediatricians|paediatricians|dentists|(?:the\s+)?(?:cancer|sickness|drug|diet)\s+industry|"
    r"mainstream\s+medicine|conventional\s+medicine|modern\s+medicine)"
)
_SUPPRESSION = re.compile(
    r"\b(?:(?:often\s+|usually\s+|frequently\s+|largely\s+|commonly\s+|completely\s+|routinely\s+)?"
    r"(?:overlooked|ignored|dismissed|neglected|suppressed|hidden|buried|ridiculed)\s+by\s+"
    + _DOCTORS
    + r"|what\s+(?:your\s+doctor|doctors|they|big\s+pharma|the\s+(?:drug|pharmaceutical)\s+(?:companies|industry))\s+"
    r"(?:don'?t|doesn'?t|won'?t|will\s+not|do\s+not|does\s+not)\s+(?:want\s+you\s+to\s+know|tell\s+you)"
    r"|(?:doctors|physicians|big\s+pharma|drug\s+companies|they)\s+(?:don'?t|won'?t|do\s+not|will\s+never|never)\s+"
    r"(?:want\s+you\s+to\s+know|tell\s+you\s+(?:about\s+)?(?:this|these|the\s+truth))"
    r"|(?:suppressed|hidden|secret|forbidden|banned)\s+(?:natural\s+)?(?:cures?|remed(?:y|ies)|treatments?)"
    r"|big\s+pharma\s+(?:doesn'?t|does\s+not|won'?t|is\s+hiding|hides|is\s+suppressing|suppresses|covers?\s+up|"
    r"has\s+been\s+hiding)"
    r"|(?:the\s+)?truth\s+(?:about\s+\w+\s+)?(?:that\s+)?(?:doctors|big\s+pharma|they)\s+(?:are\s+)?(?:hiding|won'?t)"
    r"|(?:doctors|physicians)\s+(?:often\s+|usually\s+|routinely\s+)?(?:overlook|ignore|dismiss)\s+"
    r"(?:this|these|the)\s+(?:simple\s+|natural\s+|cheap\s+)?(?:remed(?:y|ies)|treatments?|cures?|options?|solutions?))\b",
    re.I,
)
# wordings added after a recall study on bad articles, each tried only when one of its words occurs
# (the main pattern stays as fast as before on ordinary news)
_D = _DOCTORS
# (pattern, words one of which the text must hold for the pattern to be tried)
_SUPPRESSION_MORE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.I), words)
    for pattern, words in (
        # "the remedy doctors ignore", "doctors hate him", "what your doctor never told you"
        (r"\b(?:remed(?:y|ies)|cures?|treatments?|protocol|secret|trick|method|therapy)\s+(?:that\s+)?" + _D
         + r"\s+(?:ignore|hate|won'?t\s+tell\s+you\s+about|don'?t\s+want\s+you\s+to\s+know\s+about)\b",
         ("ignore", "hate", "tell you about", "want you to know")),
        (r"\b(?:doctors|physicians|[a-z]+ologists|pharma)\s+hate\s+(?:him|her|them|this|it|these)\b", ("hate",)),
        (r"\bwhat\s+(?:your|his|her|their|most)\s+(?:doctors?|[a-z]+ologists?|physicians?)\s+(?:never|won'?t|didn'?t|"
         r"don'?t|will\s+never)\s+(?:tell|told|telling)\s+(?:you|him|her|them)\b",
         ("never told", "never tell", "won't tell", "didn't tell", "don't tell", "wont tell", "didnt tell")),
        (r"\b(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t)\s+want\s+you\s+to\s+know\b", ("want you to know",)),
        # censorship and cover-up stories
        (r"\b(?:tried|trying|tries|try|wants?)\s+to\s+(?:get\s+(?:it|this|them|\w+\s+\w+)\s+(?:banned|censored|"
         r"taken\s+down|removed)|(?:ban|censor|bury|silence|suppress|hide|cover\s+up)\s+(?:this|these|the\s+truth|"
         r"the\s+(?:video|information|research|evidence|cure|remedy|treatment)))\b",
         ("banned", "censor", "taken down", "removed", "ban ", "bury", "silence", "suppress", "hide ", "cover up")),
        (r"\b(?:before|until)\s+(?:it|this|this\s+\w+|the\s+\w+)\s+(?:gets|is)\s+(?:taken\s+down|banned|censored|"
         r"deleted|removed)", ("taken down", "banned", "censored", "deleted", "removed")),
        (r"\bbeing\s+(?:suppressed|covered\s+up|censored|hushed\s+up)\s+by\b"
         r"|\b(?:truth|cures?|remed(?:y|ies)|information|evidence)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
         r"(?:suppressed|covered\s+up|censored|hushed\s+up)\b", ("suppressed", "covered up", "censored", "hushed")),
        (r"\b(?:mainstream\s+)?media\s+(?:refuses?|refused|won'?t|will\s+not)\s+(?:to\s+)?(?:cover|report|talk\s+about)",
         ("media",)),
        (r"\b(?:has|have|had)\s+known\s+(?:about\s+)?(?:this|it)\s+for\s+(?:years|decades)",
         ("known about", "known this", "known it")),
        (r"\b(?:quietly|deliberately)\s+(?:forgotten|buried|ignored|pushed\s+aside|swept\s+under)",
         ("quietly", "deliberately")),
        (r"\b(?:industry|establishment|companies|pharma)\s+(?:\w+\s+){0,4}?(?:makes?|made|earns?|profits?)\s+"
         r"(?:its\s+|their\s+|too\s+much\s+|so\s+much\s+)?(?:billions|millions|money|a\s+fortune)",
         ("billions", "millions", "money", "fortune")),
        (r"\b(?:only|just|merely|simply)\s+(?:mask|masks|cover\s+up|covers\s+up|hide|hides)\s+(?:the\s+|your\s+)?"
         r"symptoms", ("mask", "cover up", "covers up", "hide")),
        # wordings added after a second recall study on bad articles in new genres
        # conflicts of interest as the reason for advice: "pediatricians are trained by the same companies"
        (r"\b(?:doctors|physicians|gps|pediatricians|paediatricians|[a-z]+ologists|psychiatrists|nurses|guidelines|"
         r"panels|experts|medical\s+schools|regulators|the\s+fda|the\s+cdc|they|(?:their|his|her|your)\s+"
         r"(?:training|education|conferences|research))\s+(?:\w+\s+){0,2}?"
         r"(?:are|were|is|was|get|gets|got)\s+(?:all\s+|basically\s+|largely\s+|mostly\s+|essentially\s+)?"
         r"(?:trained|funded|paid(?:\s+for)?|bankrolled|sponsored|owned|written|educated)\s+by\s+(?:\w+\s+){0,4}?(?:drug\s+companies|companies|manufacturers|pharma\w*|industry|industries|"
         r"drug\s?makers)\b",
         ("trained by", "funded by", "paid by", "paid for by", "bankrolled", "sponsored by", "owned by", "written by",
          "educated by")),
        (r"\b(?:little|no)\s+(?:reason|incentive|interest)\s+(?:to\s+|in\s+)?(?:tell|telling|inform|mention|mentioning)\s+"
         r"you\b", ("reason to tell", "incentive to tell", "interest in telling", "reason to mention",
                     "incentive to mention", "reason to inform")),
        (r"\b(?:remember|ask\s+yourself|guess)\s+who\s+pays\s+(?:for\s+)?(?:his|her|their|the|your\s+doctor'?s)\s+"
         r"\w+|\bfollow\s+the\s+money\b", ("who pays", "follow the money")),
        (r"\b(?:drug\s+companies|pharma\w*|doctors|the\s+fda|the\s+industry|manufacturers|\w+\s+makers|they|"
         r"the\s+government)\s+"
         r"(?:have\s+)?(?:always\s+)?(?:knew|known)\s+(?:about\s+)?(?:this|it|the\s+truth)\s+(?:all\s+along|for\s+years|"
         r"for\s+decades)",
         ("all along", "known it for", "known this for", "known about this for", "known about it for",
                         "known the truth")),
        (r"\b(?:evidence|truth|research|data|studies|results|findings)\s+(?:\w+\s+){0,4}?(?:has|have|had)\s+been\s+"
         r"(?:buried|hidden|suppressed|covered\s+up|swept\s+under|hushed\s+up|ignored)",
         ("been buried", "been hidden", "been suppressed", "been covered up", "been swept", "been hushed",
          "been ignored")),
        (r"\bwhat\s+(?:nobody|no\s+one|no\s+doctor|none\s+of\s+them)\s+(?:tells|will\s+tell|wants\s+to\s+tell|is\s+"
         r"telling|dares\s+to\s+tell)\s+you",
         ("nobody tell", "nobody will", "nobody wants", "nobody is", "nobody dares", "no one tell", "no one will",
          "no one wants", "no one is", "no one dares", "no doctor", "none of them")),
        (r"\b(?:doctors|physicians|pediatricians|paediatricians|[a-z]+ologists|psychiatrists|the\s+fda|the\s+cdc|"
         r"health\s+authorities|they)\s+(?:cannot|can'?t|shouldn'?t|should\s+not)\s+be\s+trusted",
         ("be trusted",)),
        (r"\b(?:hospitals|doctors|pharma\w*|drug\s+companies|the\s+industry|insurers|insurance\s+companies|clinics)\s+"
         r"(?:\w+\s+){0,3}?(?:make|makes|earn|earns|profit|profits)\s+(?:their\s+|its\s+)?(?:money|billions|millions|"
         r"a\s+fortune|a\s+living)\s+(?:when|from|off|by\s+keeping)\s+(?:you|people|patients|sick|\w+\s+sick)",
         ("money when", "money from", "money off", "money by", "billions when", "billions from", "billions off",
          "millions when", "millions from", "millions off", "fortune from", "fortune off", "living from",
          "living off")),
        (r"\bstands?\s+to\s+lose\s+(?:billions|millions|a\s+fortune)", ("stand to lose", "stands to lose")),
        (r"\b(?:profit|profits|make\s+money|makes\s+money|get\s+rich|gets\s+rich)\s+(?:from|by|off)\s+(?:keeping\s+)?"
         r"(?:you|people|patients|us|everyone)\s+(?:sick|ill|medicated)\b",
         ("people sick", "you sick", "patients sick", "us sick", "everyone sick", "people ill", "patients ill",
          "you ill", "medicated")),
        (r"\b(?:the\s+fda|the\s+government|regulators?|the\s+cdc|the\s+who)\s+(?:only\s+)?(?:protects?|serves?|"
         r"works\s+for|is\s+in\s+the\s+pocket\s+of)\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:industry|industries|companies|"
         r"pharma\w*)", ("protects the", "protect the", "serves the", "serve the", "works for the", "pocket of")),
        # wordings added after a third recall study (ten articles in new genres, written blind)
        # "Big Pharma would much rather sell you a prescription", "they would rather it stayed quiet"
        (r"\b(?:big\s+pharma|pharma\w*(?:\s+companies)?|drug\s?(?:companies|makers)|the\s+(?:drug\s+)?industry|"
         r"drugmakers|they)\s+(?:would|'d)\s+(?:much\s+)?rather\s+(?:\w+\s+){0,6}?(?:sell|stayed|stay|keep|kept|"
         r"you\s+(?:not|never|didn'?t|took|buy|bought))\b", ("rather",)),
        # "do you really think they want you to know"
        (r"\b(?:think|believe|expect)\s+(?:that\s+)?(?:they|doctors|big\s+pharma|the\s+(?:drug\s+)?companies|"
         r"the\s+industry)\s+(?:really\s+)?want\s+you\s+to\s+(?:know|find\s+out|hear)", ("want you to",)),
        # "what the big drug companies won't tell you"
        (r"\bwhat\s+(?:the\s+|your\s+)?(?:\w+\s+){0,2}?(?:companies|industry|doctors?|pharma|government|fda|media|"
         r"experts)\s+(?:won'?t|don'?t|doesn'?t|will\s+never|never|will\s+not|do\s+not|does\s+not)\s+(?:ever\s+)?"
         r"(?:tell|want)\b", ("tell", "want")),
        # "you won't hear about it in your doctor's office", "you will never hear your doctor mention it"
        (r"\byou(?:'ll)?\s+(?:won'?t|will\s+never|never|will\s+not|don'?t|probably\s+won'?t)\s+(?:ever\s+)?hear\s+"
         r"(?:about\s+(?:it|this|them|these)\s+)?(?:from\s+|in\s+|at\s+)?(?:your|a|the|any)\s+(?:doctor|gp|physician|"
         r"pediatrician|paediatrician|pharmacist|psychiatrist|[a-z]+ologist)", ("hear",)),
        # "they're trained by pharmaceutical reps"
        (r"\bthey(?:'|’)re\s+(?:all\s+)?(?:trained|funded|paid|bankrolled|sponsored|owned|educated)\s+by\s+"
         r"(?:\w+\s+){0,3}?(?:drug\s+companies|companies|manufacturers|pharma\w*|industry|drugmakers|reps)\b",
         ("trained by", "funded by", "paid by", "bankrolled", "sponsored by", "owned by", "educated by")),
        # "pharmaceutical companies fund the research, write the guidelines and train the doctors"
        (r"\b(?:big\s+pharma|pharma\w*\s+companies|drug\s?(?:companies|makers)|drugmakers|the\s+(?:drug\s+)?industry)"
         r"\s+(?:that\s+|who\s+|which\s+)?(?:\w+\s+)?(?:fund|funds|pay|pays|write|writes|train|trains|own|owns|"
         r"control|controls|sponsor|sponsors|bankroll|bankrolls)\s+(?:the\s+|your\s+|their\s+|most\s+|our\s+|all\s+)?"
         r"(?:\w+\s+)?(?:research|studies|guidelines|doctors|journals|medical\s+schools|conferences|media|fda|"
         r"experts|trials)\b",
         ("fund", "pay", "write", "train", "own", "control", "sponsor", "bankroll")),
        # "share this before they take it down", "they deleted this from Facebook"
        (r"\bbefore\s+(?:they|facebook|youtube|google|someone|the\s+censors)\s+(?:take|takes|delete|deletes|remove|"
         r"removes|ban|bans|censor|censors|pull|pulls)\s+(?:it|this)\b"
         r"|\b(?:they|facebook|youtube|instagram|google|twitter|tiktok|the\s+censors)\s+(?:already\s+|have\s+|has\s+)?"
         r"(?:deleted|removed|banned|censored|took\s+down|blocked|pulled)\s+(?:this|it|my|our)\b",
         ("before they", "before facebook", "before youtube", "before google", "before someone", "before the",
          "deleted", "removed", "banned", "censored", "took down", "blocked", "pulled")),
        # "the pharmaceutical lobby works so hard to keep it out of medicine"
        (r"\b(?:lobby|industry|pharma\w*|drug\s+companies|establishment|big\s+pharma)\s+(?:\w+\s+){0,3}?(?:works?|fights?|"
         r"tries|trying|spends?\s+millions)\s+(?:so\s+)?(?:hard\s+)?to\s+(?:keep|hide|bury|suppress|block|ban|discredit)\b",
         ("lobby", "industry", "pharma", "drug companies", "establishment")),
        # "your endocrinologist gets paid to keep you on pills"
        (r"\b(?:gets?|are|is|being)\s+paid\s+to\s+keep\s+(?:you|patients|people|kids|children|us)\s+(?:on|sick|medicated|"
         r"coming\s+back)", ("paid to keep",)),
        # "conventional medicine tends to dismiss", "conventional doctors are trained not to recognise it"
        (r"\b(?:conventional|mainstream|western|modern|traditional)\s+(?:medicine|doctors|physicians|oncology|medical\s+"
         r"establishment|healthcare|health\s+care)\s+(?:\w+\s+){0,4}?(?:dismiss\w*|ignores?|ignored|refuses?|"
         r"trained\s+not\s+to|won'?t\s+(?:recogni[sz]e|accept|admit)|built\s+around|only\s+(?:treats?|manages?|masks?))\b",
         ("conventional", "mainstream", "western", "modern", "traditional")),
        # "the oncology industry won't tell you about the options"
        (r"\b(?:industry|establishment|pharma|companies|system)\s+(?:won'?t|doesn'?t|don'?t|will\s+never|never)\s+"
         r"(?:ever\s+)?tell\s+you\b", ("tell you",)),
        # "the FDA can't make money off a peptide", "no one makes money telling you to buy garlic",
        # "urgent care centers have quotas for scripts", "the media won't run them"
        (r"\b(?:big\s+pharma|pharma\w*(?:\s+companies)?|drug\s?(?:companies|makers)|the\s+fda|they|the\s+industry|doctors)\s+"
         r"(?:\w+\s+){0,2}?(?:can'?t|cannot|won'?t|will\s+never)\s+make\s+(?:any\s+)?money\s+(?:off|from|on|with)\b"
         r"|\bno\s*(?:one|body)\s+makes\s+(?:any\s+)?money\s+(?:from|by|off|telling|selling)\b"
         r"|\bquotas?\s+(?:for|of)\s+(?:scripts|prescriptions|antibiotics|tests|procedures)\b"
         r"|\bmedia\s+(?:won'?t|will\s+not|refuses?\s+to|never)\s+(?:run|cover|report|publish|print|air)\b",
         ("money", "quota", "media")),
        # "doctors are trained to keep prescribing the same pill"
        (r"\b(?:trained|taught|paid|incentivi[sz]ed|programmed)\s+to\s+(?:just\s+)?(?:keep\s+)?(?:prescrib\w*|push\w*|"
         r"sell\w*|writ\w*\s+prescriptions)\b"
         r"|\b(?:doctors|physicians|pediatricians|paediatricians|gps|[a-z]+ologists|psychiatrists|nurses|they)\s+(?:are|were|"
         r"have\s+been|get)\s+(?:all\s+)?(?:trained|taught)\s+(?:not\s+)?to\s+(?:dismiss|ignore|deny|overlook)\b",
         ("prescrib", "push", "sell", "prescriptions", "dismiss", "ignore", "deny", "overlook")),
    )
)
# words each pattern above cannot match without, tested on the document's word set (much cheaper
# than the substring tests for most documents); same order as _SUPPRESSION_MORE
_OLOGISTS = (
    "cardiologists oncologists dermatologists neurologists endocrinologists gastroenterologists rheumatologists "
    "gynecologists gynaecologists urologists immunologists pathologists radiologists"
)
_SUPPRESSION_GATES = (
    gate("ignore hate tell want"),
    gate("hate"),
    gate("tell told telling", "never won wont didn didnt don dont will"),
    gate("want", "know"),
    gate("banned censored censor taken removed ban bury silence suppress hide cover",
         "tried trying tries try want wants"),
    gate("taken banned censored deleted removed", "before until"),
    gate("suppressed covered censored hushed"),
    gate("media"),
    gate("known", "years decades"),
    gate("quietly deliberately"),
    gate("billions millions money fortune", "industry establishment companies pharma"),
    gate("symptoms", "mask masks cover covers hide hides"),
    gate("trained funded paid bankrolled sponsored owned written educated", "by",
         "doctors physicians gps pediatricians paediatricians psychiatrists nurses guidelines panels experts schools "
         "regulators fda cdc they training education conferences research " + _OLOGISTS),
    gate("reason incentive interest", "tell telling inform mention mentioning"),
    gate("pays money"),
    gate("knew known", "along years decades truth"),
    gate("been", "buried hidden suppressed covered swept hushed ignored"),
    gate("nobody one doctor none", "tells tell telling"),
    gate("trusted"),
    gate("money billions millions fortune living", "make makes earn earns profit profits"),
    gate("lose", "stand stands"),
    gate("sick ill medicated", "profit profits money rich"),
    gate("protects protect serves serve works pocket", "fda government regulator regulators cdc who"),
    gate("rather", "would d"),
    gate("want", "know find hear"),
    gate("what", "tell want"),
    gate("hear", "you"),
    gate("re", "by"),
    gate("fund funds pay pays write writes train trains own owns control controls sponsor sponsors bankroll bankrolls",
         "pharma companies makers drugmakers industry"),
    gate("before deleted removed banned censored took blocked pulled"),
    gate("lobby industry pharma pharmaceutical companies establishment", "keep hide bury suppress block ban discredit"),
    gate("paid", "keep"),
    gate("conventional mainstream western modern traditional", "medicine doctors physicians oncology establishment "
         "healthcare health"),
    gate("tell", "industry establishment pharma companies system"),
    gate("money quota quotas media"),
    gate("trained taught paid incentivized incentivised programmed", "to"),
)
_SUPPRESSION_UNSOURCED_GATES = (
    gate("miss misses overlook overlooks refuse refuses won wont", "doctors physicians gps doctor physician gp"),
    gate("trained taught", "not never", "doctors physicians gps"),
    gate("guidelines", "deny ignore dismiss"),
    gate("your", "doctor gp physician pediatrician paediatrician psychiatrist pharmacist "
         + " ".join(w[:-1] for w in _OLOGISTS.split()), "never won wont doesn didn hasn has unlikely"),
    gate("most many", "won wont will refuse never don dont"),
)
# riskier wordings, tried only in articles that name no specific source anywhere (news and
# reviews report that a disease is often missed; bad articles use it to sell a test or remedy)
_SUPPRESSION_UNSOURCED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.I), words)
    for pattern, words in (
        (r"\b(?:most|many|your|the\s+average)\s+(?:doctors|physicians|gps|doctor|physician|gp)\s+(?:simply\s+|often\s+|"
         r"routinely\s+)?(?:miss|misses|overlook|overlooks|refuse\s+to\s+(?:order|test|prescribe|check|run|look|"
         r"consider)|won'?t\s+(?:order|test|check|run))\b",
         ("doctors miss", "doctor misses", "doctors overlook", "doctor overlooks", "doctors refuse",
          "doctor refuses",
          "doctors won", "doctor won", "physicians miss", "physicians refuse", "gps miss", "gp misses",
          "doctors simply", "doctors often", "doctors routinely", "doctor simply", "doctor often")),
        (r"\b(?:doctors|physicians|gps)\s+(?:are|were)\s+(?:not|never)\s+(?:trained|taught)\s+(?:to\s+(?:look|test|"
         r"recogni[sz]e|spot|check|find)|about)\b", ("not trained", "never trained", "not taught", "never taught")),
        (r"\b(?:outdated|old|broken|flawed)\s+guidelines\s+that\s+(?:deny|ignore|dismiss)\b[^.;!?]*",
         ("guidelines that deny", "guidelines that ignore", "guidelines that dismiss")),
        # "your GP has probably never mentioned it", "your pediatrician will never test for this"
        (r"\byour\s+(?:doctor|gp|physician|pediatrician|paediatrician|psychiatrist|pharmacist|[a-z]+ologist)\s+(?:has\s+)?"
         r"(?:probably\s+|likely\s+)?(?:never|won'?t|will\s+never|doesn'?t|didn'?t|hasn'?t|has\s+not|is\s+unlikely\s+to)\s+"
         r"(?:even\s+)?(?:mention(?:ed)?|tell\s+you|told\s+you|test(?:ed)?\s+for|talk(?:ed)?\s+about|bring\s+(?:it|this)\s+up|"
         r"heard\s+of)\b",
         ("never", "won", "doesn", "didn", "hasn", "has not", "unlikely")),
        # "most pediatricians won't even talk about silver", "most of them have never even heard of it"
        (r"\b(?:most|many)\s+(?:of\s+them|doctors|physicians|pediatricians|paediatricians|gps|[a-z]+ologists|"
         r"pharmacists)\s+(?:won'?t|will\s+not|refuse\s+to|have\s+never|never|don'?t)\s+(?:even\s+)?(?:talk\s+about|"
         r"mention|discuss|heard\s+of|consider|recommend|tell\s+you\s+about)\b",
         ("won", "will not", "refuse", "never", "don")),
    )
)
_SUPPRESSION_HINT = re.compile(
    r"overlook|ignore|dismiss|neglect|suppress|hidden|hiding|hides|buried|ridicul|want you to know|tell you|secret|"
    r"forbidden|banned|pharma|cover"
)
_REMEDY_SUBJECT = re.compile(
    r"\b(?:treatments?|remed(?:y|ies)|cures?|options?|supplements?|therap(?:y|ies)|solutions?|approach|nutrients?|"
    r"vitamins?|minerals?|herbs?|oils?|diet|protocol|method)\b",
    re.I,
)
_NEEDS_SUBJECT = re.compile(
    r"^(?:often\s+|usually\s+|frequently\s+|largely\s+|commonly\s+|completely\s+|routinely\s+)?"
    r"(?:overlooked|ignored|dismissed|neglected)\b",
    re.I,
)


@rule(
    "MNG103",
    "suppression-framing",
    category="mongering",
    severity=Severity.WARNING,
    scope="sentence",
    requires=("sentences", *SOURCE_LAYERS),
)
def suppression_framing(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Conspiracy or suppression framing: "overlooked by most doctors", "what they don't want you
    to know", "the cure big pharma is hiding".

    Fires on phrases that present a remedy as ignored or hidden by doctors, regulators or drug
    companies.  "Overlooked/ignored by doctors" counts only when a remedy (treatment, supplement,
    option ...) is what is overlooked: reporting that a disease is often missed is not suppression
    framing.  In articles that address the reader or name no source, any actor of medicine or the
    drug trade in a frame of silence or motive counts ("your gynecologist is never going to tell
    you", "Big Pharma has no interest in a gummy it can't patent"; :mod:`healthlint.rules.frames`);
    in sales talk also profit, training and silence in looser words ("the drug companies can't make a
    dime off it", "dermatologists are trained to treat the surface", "what most people aren't told").

    ## Why it matters
    Suppression stories make the absence of evidence look like proof: if doctors ignore a remedy,
    the story goes, it must be because it threatens them.  They also erode trust in the clinicians
    readers need.

    ## Example
    > This simple mineral therapy is routinely ignored by mainstream doctors.

    ## Better
    > This mineral has been tested for the condition in two small trials, with mixed results; it
    > is not part of current guidelines.

    ## References
    - Grimes D.R. On the viability of conspiratorial beliefs. PLoS One 2016;11(1):e0147905.
    - Oliver J.E., Wood T. Medical conspiracy theories and health behaviors in the United States.
      JAMA Intern Med 2014;174(5):817-818.
    """
    lowered = lower_text(doc)
    tokens = doc_tokens(doc)
    patterns = [
        p
        for (p, words), g in zip(_SUPPRESSION_MORE, _SUPPRESSION_GATES, strict=True)
        if opens(tokens, g) and any(map(lowered.__contains__, words))
    ]
    risky = [
        p
        for (p, words), g in zip(_SUPPRESSION_UNSOURCED, _SUPPRESSION_UNSOURCED_GATES, strict=True)
        if opens(tokens, g) and any(map(lowered.__contains__, words))
    ]
    if risky and unsourced_document(doc):
        patterns.extend(risky)
    if _SUPPRESSION_HINT.search(lowered):
        patterns.insert(0, _SUPPRESSION)  # else none of the words every main suppression phrase needs
    taken: set[int] = set()
    for i, sent in sentences_with(doc, *patterns) if patterns else ():
        text = doc.text[sent.start : sent.end]
        for m in outermost(m for p in patterns for m in p.finditer(text)):
            if _NEEDS_SUBJECT.match(m.group(0)) and not _REMEDY_SUBJECT.search(text[: m.start()]):
                continue
            if re.search(r"\b(?:myth|claim|claims|claimed|conspiracy|falsely|allege\w*)\b", text, re.I):
                continue  # reporting or debunking the framing
            taken.add(i)
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.end()),
                f"suppression framing ({' '.join(m.group(0).split())!r})",
                evidence={"match": m.group(0)},
                suggestion="say what the evidence for the remedy is instead of why doctors ignore it",
            )
    # the same move in new words: an actor of medicine or the drug trade in a frame of silence or motive
    yield from frame_hits(
        doc,
        [*suppression_frames(doc), *sales_frames(doc, SALES_SUPPRESSION)],
        taken,
        "suppression framing",
        "say what the evidence for the remedy is instead of why doctors ignore it",
    )
