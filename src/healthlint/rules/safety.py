"""SAF: advice that can hurt readers (stopping treatment, dosing without a caveat, treatments
promoted with no word on harms)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from healthlint.document import Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import SOURCE_LAYERS, RuleContext, noting_sentences, rule
from healthlint.rules.claims import (
    ABSOLUTE_SAFETY,
    ABSOLUTE_SAFETY_EXTRA,
    ABSOLUTE_SAFETY_MORE,
    PROMO,
    doc_tokens,
    gate,
    inside_quotation,
    lower_text,
    opens,
    sales_talk,
    sentences_with,
    unsourced_document,
)
from healthlint.rules.frames import frame_hits
from healthlint.rules.stopping import care_delay_frames, stopped_care, stopped_drugs

_TREATMENT = (
    r"(?:medications?|meds|medicines?|drugs|prescriptions?|prescription\s+drugs|pills|insulin|statins?|inhalers?|"
    r"antidepressants|antibiotics|chemo(?:therapy)?|radiation|surgery|blood\s+(?:pressure\s+)?(?:pills|medication)|"
    r"treatment|vaccines?|vaccinations?|thyroid\s+(?:pills|medication)|steroids|"
    # common drug classes and long-established drugs people are told to drop
    r"antacids|painkillers|pain\s*(?:killers|pills|relievers|medications?)|ibuprofen|paracetamol|acetaminophen|"
    r"metformin|levothyroxine|warfarin|blood\s+thinners|anticoagulants|opioids|antihistamines|antipsychotics|"
    r"anticonvulsants|antiepileptics|beta[\s-]blockers|nsaids|immunosuppressants|hormone\s+therapy|"
    r"(?:flu\s+)?(?:shots|jabs)|dialysis|chemo\s+drugs|medical\s+care|"
    r"stimulants?|ritalin|adderall|ssris|snris|benzodiazepines|benzos|antivirals|antifungals|dewormers|"
    r"anti-?parasitics|anti-?inflammatories|inhalers?|ivf|fertility\s+treatments?|hrt|"
    r"(?:the\s+)?operation|(?:the\s+)?procedure|knee\s+replacement|hip\s+replacement|joint\s+replacement|"
    r"(?:acid|h2|calcium[\s-]channel)\s+(?:blockers|reducers)|ppis|biologics|bisphosphonates|diuretics|water\s+pills|"
    r"sleeping\s+pills|muscle\s+relaxants|compression\s+stockings|cpap(?:\s+machines?)?|hearing\s+aids|"
    # added after a third recall study: dose forms, topical treatments, preventive care, and drug names
    # by their generic-name stems (amlodipine, lisinopril, atorvastatin, omeprazole ...)
    r"tablets|(?:steroid|cortisone|hormone|prescription|antibiotic)\s+(?:creams?|ointments?|drops|patches)|"
    r"fluoride\s+(?:varnish|treatments?)|(?:behaviou?ral|speech|occupational)\s+therapy(?:\s+sessions)?|"
    r"[a-z]{3,}(?:dipine|pril|sartan|olol|statin|prazole|tidine|xetine|pram|zepam|zolam|formin|gliptin|gliflozin|"
    r"thyroxine|cillin|mycin|floxacin|azole|mab|tinib))"
)
_STOP = re.compile(
    r"\b(?:stop|quit|discontinue|ditch|skip|toss|bin|dump|give\s+up|throw\s+(?:away|out)|get\s+off|come\s+off|"
    r"wean\s+(?:yourself\s+)?off|taper\s+off|drop|cancel|refuse|decline|turn\s+down|say\s+no\s+to|"
    r"say\s+goodbye\s+to|forget\s+(?:about\s+)?)\s+(?:taking\s+|using\s+)?(?:all\s+)?(?:your\s+|those\s+|these\s+|the\s+|"
    r"their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    re.I,
)
# "you are on medication ..., you can stop taking it": a pronoun standing for a treatment named
# earlier in the same sentence
_STOP_PRONOUN = re.compile(
    r"\b(?:stop|quit|discontinue|ditch|give\s+up|get\s+off|come\s+off|wean\s+(?:yourself\s+)?off|replace|swap)\s+"
    r"(?:taking\s+|using\s+|giving\s+)?(?:it|them)\b",
    re.I,
)
_STOP_WORDS = ("stop", "quit", "discontinu", "ditch", "skip", "give", "throw", "get off", "come off", "wean", "taper",
               "drop",
               "goodbye", "forget", "toss", "bin", "dump", "cancel", "refuse", "decline", "turn down", "say no",
               "replace", "swap")
_TREATMENT_WORD = re.compile(r"\b" + _TREATMENT + r"\b", re.I)
_REPLACE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replace|replaces|replacing|swap|ditch),?\s+(?:taking\s+|using\s+|having\s+)?"
    r"(?:your\s+|prescription\s+|conventional\s+|toxic\s+|harsh\s+|expensive\s+)?(?:\w+\s+)?" + _TREATMENT + r"\b"
    r"|\b(?:no\s+(?:more\s+)?need\s+(?:for|to\s+take)|(?:don'?t|do\s+not|won'?t|will\s+not|never)\s+need\s+"
    r"(?:to\s+take\s+)?|no\s+longer\s+(?:need|needs|needed|have\s+to\s+take)\s+)(?:your\s+|any\s+|their\s+|his\s+|her\s+)?"
    r"(?:\w+\s+){0,4}?" + _TREATMENT + r"\b"

    r"|\b(?:delay|delayed|postpone|postponed|put\s+off|hold\s+off\s+on|held\s+off\s+on)\s+(?:seeing\s+|getting\s+|"
    r"starting\s+)?(?:your\s+|a\s+|any\s+|the\s+|my\s+|his\s+|her\s+)?(?:doctor|" + _TREATMENT + r")\b"
    r"|\bno\s+(?:good\s+|real\s+)?reason\s+(?:for\s+(?:you|anyone|most\s+people)\s+)?to\s+(?:be|stay|remain)\s+on\s+"
    r"(?:a\s+|an\s+|your\s+|the\s+|any\s+)?(?:[\w-]+\s+)?" + _TREATMENT + r"\b",
    re.I,
)
_CAVEAT = re.compile(
    r"\b(?:get|seek|needs?)\s+(?:urgent\s+|emergency\s+)?(?:medical\s+)?(?:help|attention|advice)\b|\bcall\s+(?:999|911|112|111|"
    r"an\s+ambulance|emergency\s+services)\b|"
    r"\b(?:talk|speak|consult|check|discuss|ask)\w*\s+(?:it\s+)?(?:to\s+|with\s+)?(?:your\s+|a\s+)?(?:doctor|physician|gp|"
    r"pharmacist|health\s*care|provider|specialist|oncologist)|without\s+(?:first\s+)?(?:talking|consulting|speaking|"
    r"checking)|under\s+(?:medical\s+|a\s+doctor'?s\s+)?supervision|your\s+doctor",
    re.I,
)
# replacement wordings tried only when their words occur (see _SAF101_TRIGGERS)
_REPLACE_MORE = re.compile(
    r"\b(?:natural|safe|safer|gentle|gentler|herbal|drug-free|non-toxic|better)\s+alternatives?\s+to\s+(?:\w+\s+)?"
    + _TREATMENT + r"\b"
    r"|\binstead\s+of\s+(?:going\s+to|seeing|visiting|calling|rushing\s+to)\s+(?:the\s+|a\s+|your\s+)?"
    r"(?:doctor|gp|hospital|emergency\s+room|er|dentist|pediatrician|paediatrician)\b"
    r"|\b(?:get|got|gets|getting|take|took|taken|taking|coach\w*|wean\w*|came|come|coming)\s+(?:\w+\s+){0,4}?off\s+"
    r"(?:of\s+)?(?:all\s+)?(?:their|his|her|your|my)\s+(?:\w+\s+){0,2}?" + _TREATMENT + r"\b"
    r"|\b(?:cut|halve|reduce|lower|drop)\s+(?:your|the)\s+(?:\w+\s+)?(?:dose|dosage|pills?|tablets?|meds)\s+(?:in\s+half|by\s+half|"
    r"right\s+away|now|immediately|straight\s+away)",
    re.I,
)
# "there is no need to check with your doctor": names the doctor only to wave the check away
_ANTI_CAVEAT = re.compile(
    r"\b(?:no\s+need|don'?t\s+need|do\s+not\s+need|needn'?t|never\s+need|without\s+(?:any\s+)?need)\s+(?:to\s+)?"
    r"(?:check|talk|consult|see|ask|speak|visit|bother)\w*\s+(?:with\s+|to\s+)?(?:your\s+|a\s+|the\s+)?"
    r"(?:doctor|physician|gp|pharmacist|specialist)(?:\s+first)?",
    re.I,
)
# a promise about what people in general, or the writer, did: "most people no longer need ...",
# "I coached 500 people off their medication" (testimonial advice)
# a testimonial of stopping one's own treatment: "I came off my amlodipine", "we threw away the cream"
_OWN_STOPPING = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:stopped|quit|ditched|cancell?ed|dropped|gave\s+up|came\s+off|got\s+off|weaned|tapered|"
    r"threw|flushed|tossed)\b"
)
_PROMISE_SUBJECT = re.compile(
    r"\b(?:most|many|all|our)\s+(?:people|users|clients|customers|readers|followers)\b|\b(?:everyone|everybody|I|we)\b",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:said|says|told|according\s+to|recommends|recommended|guidelines?|commentary|urged|advised|warned)\b", re.I
)
_STOP_LICENSE = re.compile(
    r"(?:\b(?:you|they|most\s+people|many\s+people|people|patients|members|clients)\s+(?:can|could|should|may|might|must|"
    r"will\s+be\s+able\s+to)\s+(?:now\s+|finally\s+|"
    r"safely\s+|even\s+|simply\s+|just\s+|usually\s+|often\s+|probably\s+)?|\b(?:it'?s|it\s+is)\s+(?:ok|okay|safe|fine|"
    r"time)\s+to\s+|"
    r"\b(?:time|able)\s+to\s+)$",
    re.I,
)
_READER = re.compile(r"\b(?:you|your|yourself)\b", re.I)
_STUDY = re.compile(r"\b(?:study|trial|participants|patients\s+who|researchers|doctors\s+who)\b", re.I)
# a pattern is tried only on texts holding one of its words (a plain substring test is much faster)
_SAF101_TRIGGERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_STOP, _STOP_WORDS),
    (_REPLACE, ("instead", "rather", "in place", "replac", "swap", "ditch", "need", "delay", "postpone", "put off",
                "hold off", "held off", "reason")),
    (_REPLACE_MORE, ("alternative to", "alternatives to", "instead of", " off their", " off his", " off her",
                     " off your", " off my", " off all", " off of", "in half", "by half", "dose right", "dose now",
                     "dose immediately", "dose straight", "dosage right", "dosage now", "dosage immediately",
                     "dosage straight")),
    (_STOP_PRONOUN, _STOP_WORDS),
)
# wordings added after a recall study on bad articles in genres the rule had not seen, each tried
# only when one of its words occurs: (pattern, words)
_T = _TREATMENT
_SAF101_MORE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.I), words)
    for pattern, words in (
        # put treatment off: "give OvaBloom three months first", "a few months of natural healing first"
        (r"\b(?:give|try)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:a\s+few|several|two|three|four|six|\d+)\s+)?(?:weeks?|months?)"
         r"\s+first\b"
         r"|\b(?:weeks|months)\s+of\s+(?:[\w-]+\s+){0,2}(?:healing|treatment|therapy|detox\w*|cleans\w*|protocol)\s+"
         r"first\b", ("months first", "weeks first", "month first", "week first", "healing first", "treatment first",
                     "therapy first", "protocol first")),
        # the writer's own stopping, told as a model: "I flushed the whole bottle down the toilet"
        (r"\b(?:flush\w*|threw|throw|toss\w*|dump\w*|binned)\s+(?:away\s+|out\s+)?(?:the|my|those|all|his|her)\s+"
         r"(?:whole\s+|entire\s+|last\s+)?(?:bottle|box|pack|packet|prescriptions?|pills|meds|tablets)\b"
         r"(?:[^.;!]{0,30}?\b(?:toilet|trash|bin|garbage|away|out)\b)?"
         r"|\b(?:threw|tossed|ditched|binned|dumped|flushed)\s+(?:away\s+|out\s+)?(?:all\s+)?(?:my|his|her|their)\s+"
         r"(?:\w+\s+)?" + _T + r"\b",
         ("flush", "threw", "throw away", "throw out", "tossed", "toss ", "dumped", "dump ", "binned",
                                    "ditched")),
        # against tapering: "tapering slowly only drags out the misery"
        (r"\b(?:tapering|weaning(?:\s+off)?|coming\s+off)\s+(?:\w+\s+)?(?:slowly|gradually)\s+(?:only|just|simply)\s+"
         r"(?:drags?|prolongs?|delays?|makes?)\b[^.;!]*"
         r"|\b(?:going|quitting|stopping)\s+cold\s+turkey\s+(?:is|was)\s+(?:the\s+)?(?:best|better|easiest|only|"
         r"fastest)\b"
         r"|\b(?:we|I|she|he|they|you)\s+(?:\w+\s+)?(?:went|go|going|gone)\s+cold\s+turkey\b"
         r"|\b(?:just\s+)?try\s+(?:stopping|quitting|going\s+without|coming\s+off|skipping)\b(?:\s+(?:it|them|for\s+a\s+"
         r"(?:week|month|while)))?", ("taper", "wean", "coming off", "cold turkey", "try stopping", "try quitting",
                                     "try going without", "try coming off", "try skipping")),
        # a treatment refused and the remedy taken instead, told as a model
        (r"\b(?:refused|declined|rejected|turned\s+down|skipped|ditched|quit|gave\s+up)\s+(?:\w+\s+)?" + _T
         + r"(?:\s*,?\s*(?:and|or)\s+(?:\w+\s+)?" + _T + r")?[^.;!]{0,60}?\binstead\b",
         ("refused", "rejected", "turned down", "skipped", "ditched", "gave up")),
        (r"\breplaced\s+(?:their|his|her|my|our)\s+(?:[\w'’]+\s+)?" + _T + r"\s+with\b", ("replaced",)),
        (r"\b(?:never|no\s+longer|don'?t)\s+bother\s+(?:with|getting|taking)\s+(?:\w+\s+)?" + _T + r"\b",
         ("bother",)),
        # wordings added after a third recall study (ten articles in new genres, written blind)
        # the writer's own stopping: "I stopped taking my blood pressure pills", "I'm off my tablets"
        (r"\b(?:I|we)\s+(?:\w+\s+)?(?:stopped|quit|ditched|cancell?ed|dropped|gave\s+up|came\s+off|got\s+off|"
         r"weaned\s+(?:myself\s+|ourselves\s+)?off|tapered\s+off|threw\s+(?:away|out))\s+(?:taking\s+|using\s+)?"
         r"(?:all\s+)?(?:my|our|his|her|the)\s+(?:\w+\s+){0,2}?(?:" + _T + r"|tablets|appointments?|prescriptions?|"
         r"sessions)\b"
         r"|\b(?:I'?m|I\s+am|I'?ve\s+been|we'?re|we\s+are)\s+(?:now\s+|completely\s+|totally\s+|finally\s+)?off\s+"
         r"(?:all\s+)?(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:" + _T + r"|tablets)\b",
         ("stopped", "quit", "ditched", "cancel", "dropped", "gave up", "off my", "off our", "off all", "off the",
          "came off", "got off", "weaned", "tapered", "threw")),
        # cutting the dose down on one's own: "you can start cutting your tablets in half"
        (r"\b(?:you\s+(?:can|could|should|may)\s+(?:now\s+|then\s+|safely\s+)?(?:start\s+|begin\s+)?|^\W*(?:start|begin)\s+|"
         r"(?:to|and|then)\s+(?:start|begin)\s+)"
         r"(?:stepping\s+down|step\s+down|tapering(?:\s+off)?|taper(?:\s+off)?|cutting|cut|reducing|reduce|lowering|lower|"
         r"halving|halve)\s+(?:down\s+)?(?:on\s+)?(?:your|the|those)\s+(?:\w+\s+){0,2}?(?:" + _T
         + r"|tablets|dose|dosage)\b",
         ("step", "taper", "cut", "reduc", "lower", "halv")),
        # "put down the Tylenol", "put the pills aside"
        (r"\b(?:put|set|push)\s+(?:down|aside)\s+(?:the|your|those|their|all\s+(?:the|your))\s+(?:\w+\s+)?(?:" + _T
         + r"|tablets|tylenol|advil|motrin|calpol|nurofen|aspirin)\b"
         r"|\b(?:put|set|push)\s+(?:the|your|those|their)\s+(?:\w+\s+)?(?:" + _T
         + r"|tablets|drops|eye\s+drops)\s+aside\b",
         ("aside", "put down", "set down")),
        # "there's no need to wean off first"
        (r"\bno\s+need\s+to\s+(?:wean|taper|step\s+down|come\s+off\s+(?:\w+\s+)?slowly)\b", ("no need",)),
    )
)
# words each pattern above cannot match without (tested on the document's word set first)
_SAF101_MORE_GATES = (
    gate("first", "week weeks month months"),
    gate("flush flushed flushing flushes threw throw toss tossed tossing tosses dump dumped dumping dumps binned "
         "ditched"),
    gate("tapering weaning coming going quitting stopping went go gone try skipping",
         "slowly gradually turkey stopping quitting without off skipping"),
    gate("refused declined rejected turned skipped ditched quit gave", "instead"),
    gate("replaced", "with"),
    gate("bother"),
    gate("stopped quit ditched cancelled canceled dropped gave off came got weaned tapered threw"),
    gate("stepping step tapering taper cutting cut reducing reduce lowering lower halving halve"),
    gate("aside down"),
    gate("need", "wean taper step come"),
)
# the doctor's offer turned down: "if your doctor wants to prescribe antidepressants, politely decline"
_DOCTOR_REFUSED = re.compile(
    r"\b(?:your|the)\s+(?:doctor|gp|physician|pediatrician|paediatrician|\w+ologist|psychiatrist)\s+(?:offers?|wants|"
    r"suggests?|tries|prescribes?|pushes)\b[^.;!]{0,100}?,\s*(?:politely\s+|just\s+|simply\s+|firmly\s+)?"
    r"(?:decline|refuse|say\s+no|turn\s+(?:it|them)\s+down|ask\s+(?:about|for)\s+[\w\s-]{1,30}?\s+instead)\b",
    re.I,
)
# "you don't need your psychiatrist's permission to stop"
_NO_PERMISSION = re.compile(
    r"\b(?:don'?t|do\s+not|never)\s+need\s+(?:to\s+wait\s+for\s+)?(?:your\s+|a\s+|the\s+|any\s+)?(?:doctor|physician|gp|"
    r"psychiatrist|\w+ologist|pharmacist)(?:'s|’s|s')?\s+(?:permission|approval|blessing|ok|okay|go-ahead)\b"
    r"|\b(?:don'?t|do\s+not|never)\s+need\s+(?:their|anyone'?s|his|her)\s+(?:permission|approval|blessing|go-ahead)\b",
    re.I,
)
_SINGULAR_OLOGIST = (
    "cardiologist oncologist dermatologist neurologist endocrinologist gastroenterologist rheumatologist "
    "gynecologist gynaecologist urologist immunologist allergist"
)
_DOCTOR_REFUSED_GATE = gate(
    "decline refuse say turn ask",
    "doctor gp physician pediatrician paediatrician psychiatrist " + _SINGULAR_OLOGIST,
    "offers offer wants suggests suggest tries prescribes prescribe pushes",
)
_NO_PERMISSION_GATE = gate("need", "permission approval blessing ok okay go", "don not never")
# an imperative opening a clause: "If you are on a statin, don't wait: stop taking it today"
_CLAUSE_IMPERATIVE = re.compile(r"(?:[:;—–]|,\s*(?:then|so|and|just)?)\s*(?:just\s+|simply\s+|then\s+)?$", re.I)
_IMPERATIVE_START = re.compile(
    r"^\W*(?:(?:first|second|third|next|then|finally|step\s+(?:one|two|three|\d+))\s*[,:]\s*)?"
    r"(?:so\s+|just\s+|simply\s+|then\s+|politely\s+|firmly\s+|now\s+)?(?:stop|quit|ditch|skip|throw|give|get|come|"
    r"wean|forget|say|replace|swap|take|try|use|add|drink|eat|consume|swallow|apply|"
    r"delay|postpone|put|double|triple|increase|start|chew|rub|give|cancel|refuse|decline|turn|toss|bin|dump|"
    r"stir|mix|dissolve|sip|place|dab|massage|spray|gargle|inhale|diffuse|pour|squeeze|inject|continue)\b",
    re.I,
)
_LEAD_ADVERB = re.compile(
    r"^(?:(?:first|second|third|next|then|finally|step\s+(?:one|two|three|\d+))\s*[,:]\s*|"
    r"(?:so|just|simply|then|politely|firmly|now)\s+)+",
    re.I,
)
_IMPERATIVE_AFTER_INTRO = re.compile(
    r"^(?:[^,]{1,50},|\W*(?:for|to\s+\w+)\s+(?:[\w'-]+\s+){1,4}?)\s*(?:just\s+|simply\s+)?(?:take|try|use|add|drink|eat|"
    r"consume|swallow|apply|double|triple|increase|start|chew|rub|give|stir|mix|dissolve|sip|place|dab|massage|spray|"
    r"gargle|put)\b",
    re.I,
)
_NEG_BEFORE = re.compile(
    r"\b(?:don'?t|do\s+not|never|shouldn'?t|should\s+not|must\s+not|mustn'?t|not)\s+(?:\w+\s+)?$", re.I
)


@rule(
    "SAF101",
    "stop-or-replace-treatment",
    category="safety",
    severity=Severity.ERROR,
    scope="sentence",
    requires=("sentences", "entities", *SOURCE_LAYERS),
)
def stop_or_replace_treatment(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Advice to stop, replace or delay medical treatment.

    Fires on advice addressed to the reader to stop taking medicines ("ditch your statins"),
    replace them ("use this oil instead of your prescription drugs", "you won't need insulin") or
    put off treatment, unless the sentence sends the reader to a doctor ("don't stop taking
    your medication without talking to your doctor").  In articles that address the reader or
    name no source, a named drug stopped, cut or swapped counts too, told as a tip or a
    testimonial ("another reader cut her prednisone in half"; :mod:`healthlint.rules.stopping`).
    In sales talk (an article that addresses the reader and names no source or sells what it
    praises), so does care put off, refused or talked down ("Don't let them scare you into
    antibiotics", "There's no need to involve your cardiologist"), a medicine said to be no
    longer needed ("by week 4 most people don't need them at all"), and any verb of stopping,
    cancelling or not needing joined to medical care ("weaned off stimulants", "cancelled the
    operation", "she hasn't needed a scope since").

    ## Why it matters
    Stopping insulin, anticoagulants, antiepileptics or cancer treatment can kill.  People who
    choose alternative medicine instead of conventional cancer treatment die sooner (Johnson et
    al. 2018).

    ## Example
    > With this diet you can finally throw away your blood pressure pills.

    ## Better
    > Some people on this diet need lower doses of blood pressure medicine; change your dose only
    > with your doctor, who can monitor your blood pressure.

    ## References
    - Johnson S.B. et al. Use of alternative medicine for cancer and its impact on survival.
      J Natl Cancer Inst 2018;110(1):121-124.
    - NCCIH. Don't replace conventional care with an unproven product or practice.
    """
    lowered = lower_text(doc)
    patterns = [p for p, words in _SAF101_TRIGGERS if any(map(lowered.__contains__, words))]
    if any(map(lowered.__contains__, ("no need", "t need", "not need", "needn", "never need", "without need"))):
        patterns.append(_ANTI_CAVEAT)
    tokens = doc_tokens(doc)
    more = [
        p
        for (p, words), g in zip(_SAF101_MORE, _SAF101_MORE_GATES, strict=True)
        if opens(tokens, g) and any(map(lowered.__contains__, words))
    ]
    doctor = [p for p, g in ((_DOCTOR_REFUSED, _DOCTOR_REFUSED_GATE), (_NO_PERMISSION, _NO_PERMISSION_GATE))
              if opens(tokens, g)]
    hit_sentences: set[int] = set()
    yield from noting_sentences(doc, _stop_or_replace(doc, patterns, more, doctor), hit_sentences)
    yield from frame_hits(
        doc,
        stopped_drugs(doc),
        hit_sentences,
        "stopping or cutting a prescribed medicine, told as advice",
        "tell readers to change treatment only with their doctor",
    )
    yield from frame_hits(
        doc,
        care_delay_frames(doc),
        hit_sentences,
        "medical care put off, refused or said to be unnecessary, told as advice",
        "tell readers to change or put off treatment only with their doctor",
    )
    yield from frame_hits(
        doc,
        stopped_care(doc),
        hit_sentences,
        "medical care given up, cancelled or said to be unneeded, in an article that sells or names no source",
        "tell readers to change or put off treatment only with their doctor",
    )


def _stop_or_replace(
    doc: Document, patterns: list[re.Pattern[str]], more: list[re.Pattern[str]], doctor: list[re.Pattern[str]]
) -> Iterator[Hit]:
    """SAF101's wordings (see :func:`stop_or_replace_treatment`)."""
    for i, sent in sentences_with(doc, *patterns, *more, *doctor):
        text = doc.text[sent.start : sent.end]
        if _REPORTED.search(text) or text.lstrip().startswith(("“", '"')):
            continue  # reported speech: someone else's advice, quoted in a story
        if inside_quotation(doc, sent.start) and not _OWN_STOPPING.search(text):
            continue  # further on in a quotation; a testimonial of one's own stopping still counts
        refused = next((m for p in doctor for m in p.finditer(text)), None)
        if refused is not None and not text.rstrip().endswith("?"):
            yield Hit(
                Span(sent.start + refused.start(), sent.start + refused.end()),
                f"advice to turn down or stop treatment without the doctor ({' '.join(refused.group(0).split())!r})",
                evidence={"match": refused.group(0)},
                suggestion="tell readers to discuss any change of treatment with their doctor",
            )
            continue
        anti = _ANTI_CAVEAT.search(text)
        if anti is not None and not _NEG_BEFORE.search(text[: anti.start()]):
            yield Hit(
                Span(sent.start + anti.start(), sent.start + anti.end()),
                f"advice to skip checking with a professional ({' '.join(anti.group(0).split())!r})",
                evidence={"match": anti.group(0)},
                suggestion="tell readers to check with their doctor or pharmacist, especially if they take medicines",
            )
            continue
        if _CAVEAT.search(_NOT_A_REFERRAL.sub(" ", text)) or text.rstrip().endswith("?"):
            continue
        if _STUDY.search(text):
            continue
        reader = bool(_READER.search(text)) or bool(_PROMISE_SUBJECT.search(text))
        before = doc.text[doc.sentences[max(0, i - 2)].start : sent.start]
        found = False
        for pattern in (_STOP, _REPLACE, _REPLACE_MORE, _STOP_PRONOUN):
            for m in pattern.finditer(text):
                if _NEG_BEFORE.search(text[: m.start()]):
                    continue
                if pattern is _STOP_PRONOUN and not (
                    _TREATMENT_WORD.search(text, 0, m.start()) or _TREATMENT_WORD.search(before)
                ):
                    continue
                licensed = (
                    _STOP_LICENSE.search(text[: m.start()])
                    or _IMPERATIVE_START.match(text)
                    or (m.start() > 0 and _CLAUSE_IMPERATIVE.search(text[: m.start()]) and reader)
                )
                if pattern not in (_REPLACE, _REPLACE_MORE) and not licensed:
                    continue  # "once you stop a treatment": a time clause, not advice
                opening = _LEAD_ADVERB.sub("", text.lstrip(" \"“'"), count=1)
                imperative = bool(_IMPERATIVE_START.match(text)) and opening.lower().startswith(m.group(0)[:4].lower())
                if not (reader or imperative or re.search(r"alternative|\soff\s", m.group(0), re.I)):
                    continue  # reporting what patients did is not advice
                found = True
                yield Hit(
                    Span(sent.start + m.start(), sent.start + m.end()),
                    f"advice to stop or replace medical treatment ({' '.join(m.group(0).split())!r})",
                    evidence={"match": m.group(0)},
                    suggestion="tell readers to change treatment only with their doctor",
                )
        if found:
            continue
        for pattern in more:
            hit = pattern.search(text)
            if hit is None or _NEG_BEFORE.search(text[: hit.start()]):
                continue
            if hit.group(0).lower().startswith(("give", "try")) and not _TREATMENT_WORD.search(text):
                continue  # "try it for two weeks first" is a delay only when a treatment is named
            piece = hit.group(0).rstrip(" ,")
            yield Hit(
                Span(sent.start + hit.start(), sent.start + hit.start() + len(piece)),
                f"advice to stop, refuse or put off medical treatment ({' '.join(piece.split())!r})",
                evidence={"match": piece},
                suggestion="tell readers to change treatment only with their doctor",
            )
            break


_NUM = r"(?:\d+/\d+|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half\s+a)"
# "3 warm drops", "one full glass", "2 heaped teaspoons"
_DOSE_ADJ = r"(?:(?:warm|full|heaped|heaping|level|large|small|whole|raw|fresh|crushed|extra)\s+)?"
_DOSE = re.compile(
    r"\b(?:take|taking|use|using|consume|try|trying|add|drink|eat|swallow|apply|need|get|aim\s+for|give|rub|put|"
    r"stir|mix|dissolve|sip|place|dab|massage|spray|gargle|inhale|diffuse|pour|squeeze|inject|injecting|"
    r"continue\s+with|start(?:ing)?\s+with|work(?:ing)?\s+up\s+to|increase\s+(?:it\s+|this\s+)?to|(?:double|triple)\s+(?:the|your)\s+"
    r"dose\s+to)\s+"
    r"(?:up\s+to\s+|at\s+least\s+|about\s+|around\s+|roughly\s+|between\s+|no\s+more\s+than\s+|a\s+daily\s+dose\s+of\s+)?"
    + _NUM + r"(?:\s*(?:-|–|to|and)\s*" + _NUM + r")?\s*" + _DOSE_ADJ +
    r"(?:mg|milligrams?|g|grams?|mcg|µg|micrograms?|iu|international\s+units|capsules?|caps|tablets?|pills?|drops?|"
    r"teaspoons?|tablespoons?|tsp|tbsp|ml|millilit(?:er|re)s?|cups?|glass|glasses|doses?|softgels?|gummies|scoops?|"
    r"oz|ounces?|"
    r"sprays?|servings?|pellets?|units|c?fu)\b"
    r"(?:\s+(?:of\s+[\w-]+(?:\s+(?!a\s+day\b|per\s+day\b|daily\b)[\w-]+){0,2}|a\s+day|daily|per\s+day|twice\s+a\s+day|three\s+times\s+a\s+day))*"
    # any count of a thing with a schedule: "eat 10 to 15 raw kernels a day", "take oregano capsules four times a day"
    r"|\b(?:take|eat|drink|swallow|chew|give)\s+(?:(?:up\s+to\s+)?" + _NUM + r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s+"
    r"(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?(?:capsules|pills|tablets|drops|softgels|gummies|kernels|seeds|cloves|"
    r"spoonfuls|teaspoons|tablespoons)\s+)(?:" + _NUM + r"\s+times\s+(?:a|per|each)\s+(?:day|week)|"
    r"a\s+day|daily|per\s+day|every\s+day|"
    r"every\s+(?:" + _NUM + r"\s+)?hours?)\b"
    r"|\b(?:the\s+)?(?:recommended|ideal|optimal|best|right|correct|effective)\s+(?:daily\s+)?(?:dose|dosage|serving|amount)\s+"
    r"(?:is|of|would\s+be)\s+(?:about\s+|around\s+|between\s+)?\d[\d,.]*(?:\s*(?:-|–|to)\s*\d[\d,.]*)?\s*"
    r"(?:mg|milligrams?|g|grams?|mcg|iu|capsules?|tablets?|drops?|teaspoons?|tablespoons?|ml)\b",
    re.I,
)
_UNIT = (
    r"(?:mg|milligrams?|g|grams?|mcg|µg|micrograms?|iu|IU|ml|millilit(?:er|re)s?|drops?|capsules?|caps|tablets?|pills?|"
    r"softgels?|teaspoons?|tablespoons?|tsp|tbsp|cups?|glasses)"
)
_SCHEDULE = (
    r"(?:a\s+day|daily|per\s+day|twice\s+(?:a\s+day|daily|a\s+week)|(?:two|three|four|five|2|3|4|5)\s+times\s+"
    r"(?:a\s+day|daily|(?:a|per|each)\s+week)|"
    r"every\s+(?:day|night|morning|evening)|at\s+bedtime|each\s+(?:day|night|morning)|once\s+(?:a|per|each)\s+"
    r"(?:day|week)|weekly|every\s+(?:\d+|two|three|four|six|couple(?:\s+of)?|few)\s+hours|\s?/\s?day|"
    r"(?:with|before|after)\s+(?:breakfast|lunch|dinner|meals|each\s+meal|bed)|at\s+(?:breakfast|lunch|dinner|night))"
)
# dosing wordings added after a recall study on bad articles in genres the rule had not seen; each
# is advice by itself (no reader or imperative needed)
_DOSE_MORE: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.I), words)
    for pattern, words in (
        (r"\b(?:children|kids|babies|toddlers|teens|teenagers|infants)\s+(?:can|should|may|need\s+to)\s+(?:take|have|"
         r"use|get|be\s+given)\s+(?:half|a\s+quarter|a\s+third|double|twice)\s+(?:of\s+)?(?:the\s+|an\s+|their\s+)?"
         r"(?:adult\s+)?(?:dose|amount|dosage|serving)",
         ("adult dose", "adult amount", "adult dosage", "adult serving")),
        (r"\b(?:go|build|move|work)\s+up\s+to\s+" + _NUM + r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*" + _UNIT
         + r"(?:\s+" + _SCHEDULE + r")?",
         ("go up to", "build up to", "move up to", "work up to")),
        (r"\b(?:double|triple|halve)\s+(?:that|this|it|the\s+(?:dose|amount))\s+for\s+(?:children|kids|adults|"
         r"anyone|people|those|women|men)\b[^.;,]*",
         ("double that", "triple that", "halve that", "double this", "double it", "double the dose",
          "double the amount", "triple the dose", "halve the dose")),
        (r"\b" + _NUM + r"\s*" + _UNIT + r"\s+for\s+(?:school-age\s+|young\s+|older\s+|small\s+)?(?:children|kids|"
         r"toddlers|babies|infants|teens|adults)\b",
         ("mg for", "grams for", "g for", "drops for", "drop for", "capsules for", "capsule for", "tablets for",
          "tablet for", "teaspoon for", "teaspoons for", "tablespoon for", "tablespoons for", "ml for", "iu for",
          "mcg for")),
        (r"\b(?:keep|continue)\s+(?:taking|using|giving)\s+(?:the\s+|your\s+|this\s+)?[\w-]+\s+(?:right\s+)?"
         r"(?:through(?:out)?|during|into)\s+(?:the\s+)?(?:first\s+|second\s+|third\s+)?(?:trimester|pregnancy|"
         r"breastfeeding)",
         ("keep taking", "continue taking", "keep using", "continue using", "keep giving", "continue giving")),
        # doubling on one's own: "on rough days, go ahead and double it", "you can safely double that"
        (r"\b(?:go\s+ahead\s+and|you\s+can\s+(?:safely\s+|always\s+|just\s+)?|feel\s+free\s+to|just)\s+(?:double|triple)"
         r"\s+(?:it|that|this|the\s+dose|your\s+dose|the\s+amount|up)\b",
         ("double", "triple")),
    )
)
_DOSE_MORE_GATES = (
    gate("children kids babies toddlers teens teenagers infants", "dose amount dosage serving"),
    gate("up", "go build move work"),
    gate("double triple halve", "for"),
    gate("for", "children kids toddlers babies infants teens adults"),
    gate("keep continue", "taking using giving", "trimester pregnancy breastfeeding"),
    gate("double triple", "it that this dose amount up"),
)
# a bare dose with a schedule ("Saffron extract, 30 mg a day"): advice in an article that names no source
_BARE_DOSE = re.compile(
    r"\b(?:at\s+)?" + _NUM + r"\s*" + _DOSE_ADJ
    + r"(?:mg|milligrams?|g|grams?|mcg|µg|micrograms?|iu|ml|drops?|capsules?|tablets?|oz|ounces?|"
    r"softgels?|teaspoons?|tablespoons?|tsp|tbsp|gummies|scoops?|droppers?(?:ful)?|pellets?|c?fu)\s*"
    r"(?:(?:of\s+)?[\w-]+(?:\s+[\w-]+){0,2},?\s+)?(?:in\s+(?:a\s+glass\s+of\s+)?(?:juice|water|milk|tea)\s+)?"
    r"(?:(?:by\s+mouth|orally|under\s+the\s+tongue|in\s+(?:the|each)\s+(?:sore\s+)?(?:ear|nostril|eye))\s+)?"
    + _SCHEDULE + r"\b",
    re.I,
)
# An amount and a schedule anywhere in one sentence, in either order ("Turmeric, 1,000 mg of curcumin
# with black pepper, twice daily", "every evening, 1,000 mg of magnesium", "8-10 sprays on the legs,
# right after bath"): a regimen, looked for only in articles that address the reader or name no
# source, and that nowhere send the reader to a professional.
_AMOUNT = re.compile(
    r"\b" + _NUM + r"(?:\s*(?:-|–|to|or)\s*" + _NUM + r")?\s*" + _DOSE_ADJ
    + r"(?:mg(?:/kg)?|milligrams?|g|grams?|mcg|µg|micrograms?|iu|ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|drops?|"
    r"capsules?|caps|tablets?|pills?|softgels?|gummies|teaspoons?|tablespoons?|tsp|tbsp|scoops?|droppers?(?:ful)?|"
    r"cups?|glass(?:es)?|oz|ounces?|sprays?|pumps?|cloves|units|injections?|sessions?|puffs?|servings?)\b",
    re.I,
)
_REGIMEN_TIME = re.compile(
    _SCHEDULE.replace(r"\s?/\s?day|", "")
    + r"|\b(?:morning\s+and\s+(?:night|evening)|(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week)|"
    r"(?:two|three|four|five|six|2|3|4|5|6)\s+(?:nights|days|mornings)\s+a\s+week|twice\s+(?:a|per)\s+week|"
    r"for\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(?:days|weeks|months)|"
    r"(?:on|after)\s+an\s+empty\s+stomach|right\s+after\s+(?:bath|meals)|per\s+(?:dose|insertion|session|meal)|"
    r"(?:at|with)\s+(?:each|every)\s+meal)\b",
    re.I,
)


# a label's or a seller's directions reported by a reviewer: "Users are instructed to take two capsules"
_DIRECTIONS_REPORTED = re.compile(
    r"\b(?:(?:users|consumers|customers|buyers|people|patients|readers)\s+(?:are|were)\s+(?:instructed|told|advised|"
    r"directed|urged)|(?:the\s+)?(?:label|package|packaging|bottle|box|company|maker|manufacturer|seller|website)\s+"
    r"(?:says|said|recommends|recommended|suggests|suggested|calls\s+for|directs|instructs|advises))\b",
    re.I,
)


def _regimens(sent_text: str) -> Iterator[re.Match[str]]:
    """Amounts in a sentence that also gives a schedule (see _AMOUNT)."""
    if not _REGIMEN_TIME.search(sent_text) or _DIRECTIONS_REPORTED.search(sent_text):
        return
    yield from _AMOUNT.finditer(sent_text)


# a practitioner's or seller's own clients: "Most of my patients settle at three to five capsules"
_OWN_CLIENTS = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:patients|clients|users|customers|members)\b", re.I)


def _refers_anywhere(doc: Document) -> bool:
    """Whether the article anywhere sends the reader to a doctor, pharmacist or other professional."""
    key = "_saf_refers"
    if key not in doc.layers:
        text = _NOT_A_REFERRAL.sub(" ", _ANTI_CAVEAT.sub(" ", doc.text))
        doc.layers[key] = _DOSE_CAVEAT.search(text) is not None
    return bool(doc.layers[key])


# what people in a study consumed is not advice
_POPULATION = re.compile(
    r"\b(?:participants|subjects|odds|risk|consumed|intake|average|volunteers|patients?|case)\b"
    r"|\b(?:was|were)\s+(?:treated|given|started|maintained|administered)\b"
    r"|\b(?:who|those|people|adults|men|women|patients|group)\s+(?:[\w-]+\s+){0,4}?(?:took|take|taking|ate|drank|"
    r"received|were\s+given|got|had|used|using)\b",
    re.I,
)
_DOSE_CAP = re.compile(
    r"\b(?:exceed(?:ing)?|more\s+than|upper\s+(?:limit|level)|maximum|at\s+most|limit\s+(?:it|yourself|intake)\s+to)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# "Berberine: take 500 mg ...", "Step two: take ...", "3. Take ...", "Weeks 1-4: inject ...": a list label
_LIST_LABEL = re.compile(r"^(?:\d+[.)]\s*|[\w'’ -]{1,30}:\s*)")
_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b", re.I)
# advice to a group rather than to "you": "men over 50 should take 4 capsules a day"
_GROUP_ADVICE = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?:\w+\s+)?(?:take|use|drink|eat|give|apply|start)\b", re.I
)
_UNIT_HINT = re.compile(
    r"\d\s*(?:(?:warm|full|heaped|heaping|level|large|small|whole|raw|fresh|crushed|extra)\s+)?(?:mg|milligram|g\b|gram|mcg|µg|microgram|iu\b|IU\b|international|capsule|caps\b|tablet|pill|drop|teaspoon|"
    r"tablespoon|tsp|tbsp|ml\b|millilit|cup|glass|dose|softgel)",
    re.I,
)
# a doctor named as what the remedy replaces or overrules, not as someone to ask
_NOT_A_REFERRAL = re.compile(
    r"\b(?:instead\s+of|rather\s+than|without|from|by)\s+(?:going\s+to\s+|seeing\s+|visiting\s+|calling\s+)?"
    r"(?:the\s+|a\s+|your\s+)?(?:doctor|gp|physician)\b|\b(?:your|the|his|her|my)\s+(?:doctor|gp|physician)\s+(?:offers?|offered|prescribes?|"
    r"prescribed|was\s+speechless|wanted|told|tells|says?|will\s+tell)\b",
    re.I,
)
# the writer recommending or describing their own regimen: "I recommend starting with ...", "I take 3 drops"
_WRITER_ADVICE = re.compile(
    r"\b(?:I|we)\s+(?:(?:always|usually|personally|now)\s+)?(?:recommend|suggest|advise|take|give|use|start)\b"
)
# a count, or a dose form, a few words before a schedule: "10 to 15 raw kernels a day", "capsules four times a day"
_SCHEDULE_HINT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|capsules|pills|tablets|drops|"
    r"softgels|gummies|kernels|seeds|cloves|spoonfuls|teaspoons|tablespoons|pellets)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:times\s+(?:a|per|each)\s+(?:day|week)|a\s+day|daily|per\s+day|every\s+day|every\s+(?:\w+\s+)?hours?|"
    r"every\s+(?:morning|evening|night)|(?:with|before|after)\s+(?:breakfast|lunch|dinner|meals|bed)|once\s+(?:a|per)\s+"
    r"(?:day|week))\b",
    re.I,
)
_CARER = (
    r"(?:doctor|physician|gp|pharmacist|health\s*care\s+(?:provider|professional|practitioner)|healthcare\s+team|"
    r"dietitian|dietician|nutritionist|clinician|nurse|pediatrician|paediatrician|midwife|psychiatrist|[a-z]+ologist|"
    r"prescriber|provider|care\s+team)"
)
# a word that sends the reader to a professional; a doctor merely named ("the aspirin their doctor had
# them on", "most doctors won't tell you") is not one
_DOSE_CAVEAT = re.compile(
    r"\b(?:ask|asking|check|checking|talk|talking|speak|speaking|see|seeing|tell|discuss|call|contact|consult\w*|"
    r"run\s+(?:it|this)\s+by|get\s+(?:the\s+)?(?:ok|okay|go-ahead|advice))\s+(?:it\s+|this\s+|first\s+)?"
    r"(?:with\s+|to\s+|by\s+|past\s+)?(?:your|a|an|the|their)\s+(?:own\s+|family\s+|regular\s+|local\s+)?" + _CARER
    + r"|\b" + _CARER + r"(?:'s|’s|s')?\s+(?:advice|guidance|supervision|approval|okay|ok|go-ahead|permission)"
    r"|\bunder\s+(?:\w+\s+)?(?:medical\s+)?supervision|\bmedical\s+(?:advice|supervision|professional)"
    r"|\bas\s+(?:directed|prescribed|advised)\s+by|\b(?:your|a)\s+" + _CARER + r"\s+(?:can|will|may|should|might)\s+"
    r"(?:tell|advise|check|help|recommend|suggest|decide|adjust|work\s+out)|\bhealth\s*care\s+professional"
    r"|\b(?:professional|medical)\s+(?:guidance|help|advice)|\bconsult\w*\b",
    re.I,
)
_REPORTING = re.compile(
    r"\b(?:study|studies|trial|participants|subjects|volunteers|researchers|patients\s+(?:who|were|took)|"
    r"group|were\s+given|received|took|randomi[sz]ed)\b",
    re.I,
)


@rule(
    "SAF102",
    "dosing-without-caveat",
    category="safety",
    severity=Severity.WARNING,
    scope="sentence",
    # the substances dosed, and whether the article names a source
    requires=("sentences", "entities", *SOURCE_LAYERS),
)
def dosing_without_caveat(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Dosing advice without a professional caveat.

    Fires on a dose addressed to the reader ("take 400 mg a day", "the ideal dose is 2
    teaspoons") when neither that sentence nor the two sentences either side mention a doctor,
    pharmacist or other professional.  Doses reported from a study ("participants took 1,000 mg")
    or a label's directions reported by a reviewer are not advice and are left alone.  In an article
    that names no source, or in sales talk, an amount and a schedule anywhere in one sentence count
    ("8-10 sprays on the legs, right after bath", "most of my patients settle at three to five
    capsules per meal"): in sales talk when no professional is mentioned nearby (a footer's "consult
    your doctor" does not cover it), elsewhere when the article nowhere sends the reader to one.

    ## Why it matters
    The right dose depends on age, weight, kidney function, pregnancy and other medicines; many
    supplements are toxic in excess (vitamin A, vitamin D, iron, magnesium in kidney disease).
    A bare dose invites readers to self-medicate without checking.

    ## Example
    > For better sleep, take 600 mg of magnesium every night.

    ## Better
    > Adults are advised not to exceed 350 mg a day of supplemental magnesium; ask a pharmacist
    > before taking it with other medicines or if you have kidney disease.

    ## References
    - NIH Office of Dietary Supplements. Fact sheets (tolerable upper intake levels).
    - EFSA. Tolerable upper intake levels for vitamins and minerals (2006, updated).
    """
    sents = doc.sentences
    lowered = lower_text(doc)
    # the loosest construction, an amount with a schedule, only in sales talk that never refers the
    # reader (that last test is made once a sentence holds a regimen)
    selling = sales_talk(doc)
    regimen_docs = unsourced_document(doc) or selling
    if not (
        _UNIT_HINT.search(doc.text)
        or _SCHEDULE_HINT.search(doc.text)
        or (regimen_docs and _REGIMEN_TIME.search(doc.text) and _AMOUNT.search(doc.text))
        or any(w in lowered for w in ("adult dose", "adult amount", "adult dosage", "trimester", "pregnancy",
                                      "breastfeeding"))
    ):
        return  # no number followed by a unit, and no dosing schedule, anywhere
    bare = [_BARE_DOSE] if unsourced_document(doc) else []
    tokens = doc_tokens(doc)
    more = [
        p
        for (p, words), g in zip(_DOSE_MORE, _DOSE_MORE_GATES, strict=True)
        if opens(tokens, g) and any(map(lowered.__contains__, words))
    ]
    for i, sent in sentences_with(doc, _DOSE, *more, *bare, *([_REGIMEN_TIME] if regimen_docs else [])):
        text = doc.text[sent.start : sent.end]
        if _REPORTING.search(text) or text.rstrip(" \"'”’)").endswith("?"):
            continue
        lo, hi = max(0, i - 2), min(len(sents) - 1, i + 2)
        window = _NOT_A_REFERRAL.sub(" ", _ANTI_CAVEAT.sub(" ", doc.text[sents[lo].start : sents[hi].end]))
        if _DOSE_CAVEAT.search(window):
            continue
        found = [(m.start(), m.end()) for m in _DOSE.finditer(text)]
        reported = False
        for pattern in (*more, *bare):
            if pattern is _BARE_DOSE and _POPULATION.search(text):
                continue
            for m in pattern.finditer(text):
                if pattern is _BARE_DOSE and _DOSE_CAP.search(text, 0, m.start()):
                    continue  # "should not exceed 4,000 IU a day": a ceiling, not a dose to take
                if any(a < m.end() and m.start() < b for a, b in found) or text.lstrip().startswith(("“", '"')):
                    continue
                found.append((m.start(), m.end()))
                piece = m.group(0).rstrip(" ,")
                reported = True
                yield Hit(
                    Span(sent.start + m.start(), sent.start + m.start() + len(piece)),
                    f"dosing advice ({' '.join(piece.split())!r}) with no word about checking with a professional",
                    evidence={"dose": piece},
                    suggestion="add who should not take it and to check with a doctor or pharmacist",
                )
        for m in _DOSE.finditer(text):
            if text.count('"', 0, m.start()) % 2 or text.count("“", 0, m.start()) > text.count("”", 0, m.start()):
                continue  # inside a quotation: someone's words reported in a story
            head = _LIST_LABEL.sub("", text.lstrip(" \"“'-•*"), count=1)
            if not (
                _READER.search(text)
                or (_WRITER_ADVICE.search(text) and not _REPORTED.search(text))
                or _IMPERATIVE_START.match(head)
                or _IMPERATIVE_AFTER_INTRO.match(head)
                or (_GROUP_ADVICE.search(text) and _COUNT.search(m.group(0)))
                or m.group(0)
                .lower()
                .startswith(("the ", "recommended", "ideal", "optimal", "best", "right", "correct", "effective"))
            ):
                continue
            lo, hi = max(0, i - 2), min(len(sents) - 1, i + 2)
            window = _ANTI_CAVEAT.sub(" ", doc.text[sents[lo].start : sents[hi].end])
            window = _NOT_A_REFERRAL.sub(" ", window)
            if _DOSE_CAVEAT.search(window):
                continue
            piece = m.group(0).rstrip()
            reported = True
            yield Hit(
                Span(sent.start + m.start(), sent.start + m.start() + len(piece)),
                f"dosing advice ({' '.join(piece.split())!r}) with no word about checking with a professional",
                evidence={"dose": piece},
                suggestion="add who should not take it and to check with a doctor or pharmacist",
            )
        population = _POPULATION.search(text) is not None and not (selling and _OWN_CLIENTS.search(text))
        if regimen_docs and not reported and not population and not text.lstrip().startswith(("“", '"')):
            for m in _regimens(text):
                # in sales talk a referral elsewhere (a footer's "consult your doctor") does not cover it
                if not _DOSE_CAP.search(text, 0, m.start()) and (selling or not _refers_anywhere(doc)):
                    yield Hit(
                        Span(sent.start + m.start(), sent.start + m.end()),
                        f"dosing regimen ({m.group(0)!r} on a schedule) with no word nearby about checking with "
                        "a doctor or pharmacist",
                        evidence={"dose": m.group(0), "sentence": text[:200]},
                        suggestion="add who should not take it and to check with a doctor or pharmacist",
                    )
                    break


# a word on harms or limits of the treatment itself: generic "risk", "safe" or "toxic" do not count
# (bad articles use them for the disease, for drugs, or to claim safety)
_LIMITS = re.compile(
    r"\b(?:side[\s-]effects?|adverse\s+(?:effects?|reactions?|events?)|interact\w*|contraindicat\w*|overdos\w*|"
    r"toxicity|(?:take|taking|takes|took|use|using|eat|eating|drink|drinking|have|having|get|getting)\s+too\s+much|"
    r"too\s+much\s+(?:[\w-]+\s+){0,2}?(?:can|may|could|might|will|causes?|leads?)\b|in\s+excess|excessive\s+(?:doses?|amounts?|use|intake)|caution\w*|warnings?\b(?!\s+signs?)|"
    r"warn(?:s|ed)?\s+(?:that|against|about|of)|"
    r"not\s+(?:for\s+)?everyone|may\s+not\s+work|(?:doesn'?t|does\s+not|won'?t)\s+work\s+for\s+everyone|"
    r"(?:should|must)\s+(?:not|never)\s+(?:take|use|be\s+(?:used|taken|given))|shouldn'?t\s+(?:take|use)|"
    r"not\s+(?:suitable|recommended|safe)\s+(?:for|if|during|in)|(?:avoid|stop)\s+(?:it|this|them|taking|using)\s+if|"
    r"limitations?|(?:limited|weak|little|mixed|insufficient|scant|no\s+good|low[\s-]quality)[\"'“”‘’]?\s+(?:scientific\s+)?"
    r"(?:evidence|proof)|less[\s-]than[\s-]rigorous|(?:not|isn'?t|aren'?t)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:panacea|cure[\s-]all|magic\s+bullet)|"
    r"far\s+from\s+(?:robust|conclusive|clear|proven|settled|certain)|(?:benefits?|effects?|evidence)\s+(?:\w+\s+){0,4}?"
    r"(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:uncertain|unclear|unknown|inconclusive)|"
    r"(?:safe|fine)\s+except\s+(?:for\s+)?(?:people|those|patients|anyone|women|children)|"
    r"(?:more|further|larger)\s+(?:research|studies|trials)|not\s+(?:yet\s+|been\s+)?proven|unproven|preliminary|"
    r"small\s+(?:study|trial|sample)|(?:study|trial|sample)\s+(?:was|is)\s+(?:too\s+)?small|too\s+early\s+to|placebo|"
    r"allergic\s+reactions?|(?:are|is|'re)\s+allergic|allergy\s+to|downsides?|drawbacks?|kidney\s+disease|bleeding\s+risk|"
    r"risks?\s+(?:include|are|is)|(?:carries|has|have)\s+(?:some|a\s+small|small|real|serious)\s+risks?|"
    r"if\s+you\s+(?:are|'re)\s+(?:pregnant|breastfeeding)|(?:pregnant|breastfeeding)\s+(?:women\s+)?should|"
    r"(?:talk|speak|check)(?:s|ing|ed)?\s+(?:to|with)\s+(?:your|a)\s+(?:doctor|pharmacist|gp|physician)\s+"
    r"(?:before|if|first|about)|"
    r"ask\s+your\s+(?:doctor|pharmacist|gp)\s+(?:before|if|whether|first)|consult\s+(?:your|a)\s+(?:doctor|physician|"
    r"pharmacist|healthcare))\b",
    re.I,
)


# a harm denied rather than named: "free of side effects", "zero side effects", "no downside whatsoever",
# "you can't overdose", "the only downside"
_LIMIT_DENIED = re.compile(
    r"\b(?:no|zero|free\s+(?:of|from)|without|not|never|none|nothing|can'?t|cannot|won'?t|any|only|nor)\s+"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
# "the side effects of statins", "pills with nasty side effects": harms of the treatment being
# replaced are not a word on the harms of the remedy promoted
_HARMS_OF_DRUGS = re.compile(
    r"\b(?:side[\s-]effects?|adverse\s+\w+|interact\w*|toxicity|warnings?)\s+(?:of|from|caused\s+by)\s+(?:the\s+|your\s+|"
    r"those\s+|these\s+|all\s+(?:the\s+|those\s+)?|their\s+)?(?:\w+\s+)?(?:prescription\s+|conventional\s+|synthetic\s+|"
    r"pharmaceutical\s+)?" + _TREATMENT + r"\b"
    r"|\b" + _TREATMENT + r"\s+(?:\w+\s+){0,4}?(?:side[\s-]effects?|adverse\s+\w+)",
    re.I,
)


def _sentence_of(doc: Document, pos: int) -> str:
    i = doc.sentence_index(pos)
    if 0 <= i < len(doc.sentences):
        return doc.text[doc.sentences[i].start : doc.sentences[i].end]
    return doc.text[max(0, pos - 100) : pos + 100]


@rule(
    "SAF103",
    "treatment-without-harms",
    category="safety",
    severity=Severity.WARNING,
    scope="document",
    status="preview",
    requires=("sentences", "claims", *SOURCE_LAYERS),
)
def treatment_without_harms(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """A treatment promoted with no mention of harms or limits (document level).

    Fires once per document that makes at least two efficacy claims (one stated as a direct
    cause; in sales talk one is enough), promotes the treatment (an invitation to try, buy or
    book it, a certainty booster such as "clinically proven", or -- in an article that names no
    source -- a dose to take) and
    nowhere mentions its side effects, interactions, who should not use it, or the limits of the
    evidence.  Harms named only for the drugs the remedy is meant to replace ("the side effects of
    statins"), safety claims ("no side effects") and denied harms ("free of side effects", "no
    downside whatsoever") are not a word on its harms.  In sales talk, CLM101's findings count as
    efficacy claims when the claim layer parses none.

    ## Why it matters
    Readers weigh benefits against harms.  A piece that lists only benefits makes that
    impossible; HealthNewsReview.org failed most stories on exactly this criterion.

    ## Example
    > Turmeric reduces inflammation. It relieves joint pain and improves sleep. Try it today!

    ## Better
    > ... High doses can upset the stomach and interact with blood thinners; the trials so far
    > were small and short.

    ## References
    - HealthNewsReview.org criterion 2: "Does the story adequately explain/quantify the harms?"
    - Schwitzer G. PLoS Med 2008;5(5):e95.
    """
    efficacy = [
        c
        for c in doc.claims
        if c.kind == "efficacy" and c.strength in ("direct_causal", "conditional_causal") and c.polarity == "positive"
    ]
    # sales talk (an article that addresses the reader and sells or names no source) promotes with one
    # flat claim; elsewhere two claims are wanted
    selling = sales_talk(doc)
    if not efficacy and selling:
        # in sales talk the claims may be in wordings the claim layer does not parse ("Restores lost
        # hearing", "pain gone in six weeks"): CLM101's findings stand for them
        from healthlint.rules.claims import efficacy_hits

        if not efficacy_hits(doc):
            return
    elif len(efficacy) < (1 if selling else 2) or sum(c.strength == "direct_causal" for c in efficacy) < 1:
        return
    if not (PROMO.search(doc.text) or (_DOSE.search(doc.text) and unsourced_document(doc))):
        return  # no invitation to try, buy or take it (a dose counts in an article that names no source)
    # a sentence claiming absolute safety ("perfectly safe, even for pregnant women") is no word on harms
    limits = [m for m in _LIMITS.finditer(doc.text) if not _HARMS_OF_DRUGS.search(_sentence_of(doc, m.start()))
              and not _LIMIT_DENIED.search(doc.text, max(0, m.start() - 40), m.start())]
    if limits:
        safety_claims = (ABSOLUTE_SAFETY, ABSOLUTE_SAFETY_MORE, ABSOLUTE_SAFETY_EXTRA)
        claimed = [(s.start, s.end) for _, s in sentences_with(doc, *safety_claims)]
        if any(not any(a <= m.start() < b for a, b in claimed) for m in limits):
            return
    yield Hit(
        None,
        f"{len(efficacy)} efficacy claims and no mention of side effects, risks or limits",
        evidence={"claims": [c.text[:120] for c in efficacy[:5]]},
        suggestion="say what the harms, interactions and limits of the evidence are",
        confidence=0.6,
    )
