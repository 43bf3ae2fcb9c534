"""The claim layer: for each sentence that asserts a relation between an exposure or intervention
and an outcome, a :class:`~healthlint.document.Claim` with its strength, sides, polarity,
boosters, hedges, novelty markers and attribution.

Strength follows the four classes of Yu, Li & Wang (2019), after Sumner et al. (2014):
``none`` < ``correlational`` < ``conditional_causal`` < ``direct_causal``.  The analysis is a set
of patterns over the sentence text (cue lists in ``lexicons/claims.yaml``):

* a *causal cue* is a causal verb ("reduces", "can lead to") or phrase ("is effective",
  "a leading cause of", "caused by"); verbs used as nouns ("the cut"), hyphenated modifiers
  ("cholesterol-lowering"), purpose infinitives ("used to treat") and participles that only
  describe a group ("those treated with") are not cues;
* a causal cue is *conditional* when a modal hedge stands just before it ("may help reduce",
  "could not prevent") or a clause hedge stands anywhere before it in the sentence
  ("suggests that", "whether", "it is possible");
* a sentence's strength is its strongest cue; with no causal cue, an association cue
  ("linked to", "more likely", "higher risk") makes it correlational.

Sides come from the entity layer when it is present (the nearest exposure-like entity before the
cue, the nearest outcome-like entity after it) and otherwise from the clause around the cue.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from healthlint.annotate.strength_model import strength_model
from healthlint.document import Claim, Document, Entity
from healthlint.finding import Span

STRENGTHS = ("none", "correlational", "conditional_causal", "direct_causal")
_RANK = {s: i for i, s in enumerate(STRENGTHS)}

_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "your",
        "our",
        "my",
        "some",
        "any",
        "no",
        "much",
        "more",
        "less",
        "major",
        "minor",
        "big",
        "small",
        "slight",
        "sharp",
        "significant",
        "all",
        "various",
        "multiple",
        "several",
        "other",
        "possible",
        "toxic",
        "genetic",
    ]
)
# words before "to" that keep the following verb a claim ("shown to reduce", "help to prevent")
_TO_KEEPERS = frozenset(
    [
        "help",
        "helps",
        "helped",
        "helping",
        "able",
        "unable",
        "likely",
        "unlikely",
        "shown",
        "proven",
        "proved",
        "found",
        "demonstrated",
        "appear",
        "appears",
        "appeared",
        "seem",
        "seems",
        "seemed",
        "thought",
        "believed",
        "known",
        "said",
        "reported",
        "expected",
        "tend",
        "tends",
        "tended",
        "going",
        "continue",
        "continues",
        "continued",
        "fail",
        "fails",
        "failed",
        "potential",
        "seen",
        "claimed",
        "claims",
        "suggested",
        "addition",
        "due",
        "according",
        "contribute",
        "contributes",
        "contributed",
        "lead",
        "leads",
        "led",
        "guaranteed",
        "certain",
        "sure",
        "bound",
        "ability",
        "power",
        "capacity",
        "possible",
        "impossible",
        "opportunity",
        "first",
        "only",
    ]
)
_NOUNISH = frozenset(
    [
        "help",
        "benefit",
        "damage",
        "harm",
        "cut",
        "increase",
        "decrease",
        "boost",
        "drive",
        "fuel",
        "block",
        "stop",
        "double",
        "impact",
        "cause",
        "cure",
        "lead",
        "result",
        "change",
        "save",
        "kill",
        "hurt",
        "trigger",
        "spur",
        "rise",
        "control",
        "repair",
    ]
)
_STRONG_NOUNS = frozenset({"benefit", "damage", "harm", "cause", "cure", "impact", "change", "result", "rise"})
_SUBJECT_LIKE = frozenset(
    [
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "should",
        "must",
        "to",
        "not",
        "n't",
        "never",
        "also",
        "it",
        "they",
        "we",
        "you",
        "he",
        "she",
        "which",
        "that",
        "who",
        "this",
        "these",
        "those",
        "cannot",
        "can't",
        "won't",
        "doesn't",
        "don't",
        "didn't",
        "does",
        "do",
        "did",
        "often",
        "also",
        "still",
        "further",
        "greatly",
        "even",
        "only",
        "actually",
        "really",
        "significantly",
        "substantially",
        "dramatically",
        "markedly",
        "not",
    ]
)
_NEEDS_OBJECT = frozenset(
    {
        "help",
        "benefit",
        "control",
        "change",
        "damage",
        "harm",
        "block",
        "stop",
        "cut",
        "drive",
        "double",
        "make",
        "shape",
        "save",
        "clear",
        "manage",
        "lead",
        "result",
        "repair",
        "cause",
        "protect",
    }
)
_GROUP_NOUNS = frozenset({"those", "people", "patients", "women", "men", "children", "mice", "rats"})
_MAKE_RESULT = re.compile(r"\s+(?:\w+\s+){0,3}(?:more|less|worse|better|easier|harder|sick|ill)\b")
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|your|this|these|that|those)\b")
_CHANGE_VERBS = frozenset({"increase", "decrease", "rise", "fall", "drop", "improve", "decline", "lower", "raise"})
_RATE_NOUN = re.compile(
    r"\s+(?:\w+\s+)?(?:risks?|rates?|odds|levels?|incidence|chances?|likelihood|mortality|prevalence|numbers?|"
    r"amounts?|scores?|volumes?|concentrations?|counts?|frequency|survival|outcomes?|hazard)\b"
)
_EXPERIENCE_VERBS = frozenset(
    {
        "showed",
        "show",
        "shows",
        "saw",
        "see",
        "sees",
        "reported",
        "report",
        "experienced",
        "found",
        "noted",
        "observed",
        "at",
    }
)
_COORDINATED_PURPOSE = re.compile(r"\b([A-Za-z]+)\s+to\s+[a-z]+\s+(?:[\w'-]+\s+){0,5}(?:and|or)\s+$")
_OUTCOME_OF = re.compile(
    r"(?:(?:more|less|as|times\s+as)\s+likely\s+to|(?:risks?|rates?|likelihood|chances?|odds|probability)\s+of)\s+$",
    re.I,
)
# every causal phrase in the lexicon contains one of these words: a sentence without any of them
# skips the (slow) phrase patterns
_PHRASE_TRIGGERS = frozenset(
    [
        "respond",
        "responds",
        "responded",
        "responding",
        "response",
        "prompted",
        "prompts",
        "prompting",
        "counteracted",
        "relieved",
        "alleviated",
        "abolished",
        "inhibited",
        "blocked",
        "stimulated",
        "regulated",
        "modulated",
        "controlled",
        "cured",
        "managed",
        "implicated",
        "important",
        "essential",
        "necessary",
        "required",
        "critical",
        "crucial",
        "successfully",
        "effective",
        "largely",
        "partly",
        "reason",
        "reasons",
        "allow",
        "allows",
        "allowed",
        "allowing",
        "enable",
        "enables",
        "enabled",
        "enabling",
        "make",
        "makes",
        "made",
        "making",
        "effective",
        "efficacious",
        "beneficial",
        "protective",
        "harmful",
        "toxic",
        "curative",
        "cause",
        "causes",
        "contributor",
        "contributors",
        "driver",
        "drivers",
        "trigger",
        "triggers",
        "reason",
        "reasons",
        "caused",
        "triggered",
        "induced",
        "driven",
        "worsened",
        "aggravated",
        "damaged",
        "prevented",
        "reduced",
        "improved",
        "enhanced",
        "affected",
        "mediated",
        "influenced",
        "role",
        "part",
        "due",
        "because",
        "result",
        "thanks",
        "success",
        "successful",
        "successfully",
        "benefit",
        "benefits",
        "benefited",
        "benefiting",
        "effect",
        "effects",
        "impact",
        "effectiveness",
        "efficacy",
        "causal",
        "causally",
        "secondary",
        "complication",
        "complications",
        "die",
        "dies",
        "died",
        "dying",
        "factor",
        "factors",
        "useful",
        "helpful",
        "valuable",
        "promising",
        "important",
        "regulator",
        "mediator",
        "inhibitor",
        "activator",
        "promoter",
        "suppressor",
        "modulator",
        "stimulator",
        "protector",
        "barrier",
        "basis",
        "attributed",
        "attributable",
        "ascribed",
        "ascribable",
        "properties",
        "action",
        "actions",
        "activity",
        "relief",
        "protection",
        "boost",
        "edge",
        "advantage",
        "means",
        "way",
        "work",
        "works",
        "worked",
        "prove",
        "proves",
        "proved",
        "proven",
        "treating",
        "preventing",
        "reducing",
        "lowering",
        "improving",
        "managing",
        "relieving",
        "fighting",
        "slowing",
        "controlling",
        "treatment",
        "therapy",
        "cure",
        "remedy",
        "mean",
        "change",
        "changes",
        "changed",
        "transform",
        "transforms",
        "why",
        "against",
        "than",
        "safe",
        "side",
        "cut",
        "lowered",
        "increased",
        "raised",
        "halved",
        "doubled",
        "thus",
        "thereby",
        "involved",
        "involvement",
        "approach",
        "option",
        "alternative",
        "strategy",
        "dangerous",
        "deadly",
        "unsafe",
        "hazardous",
        "risky",
        "put",
        "puts",
        "putting",
        "risk",
        "acts",
        "act",
        "acted",
        "acting",
        "working",
        "yield",
        "yields",
        "yielded",
        "produce",
        "produced",
        "produces",
        "resulted",
        "led",
        "give",
        "gives",
        "gave",
        "given",
        "add",
        "adds",
        "added",
        "extra",
        "additional",
        "source",
        "mechanism",
        "mechanisms",
        "months",
        "years",
        "weeks",
        "days",
        "novel",
        "therapeutic",
    ]
)
_AIM_TRIGGERS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("aim", ("", "s", "ed")),
        ("set", ("",)),
        ("sought", ("",)),
        ("seek", ("", "s")),
        ("designed", ("",)),
        ("want", ("", "s", "ed")),
        ("plan", ("", "s", "ned", "ning")),
        ("trying", ("",)),
        ("tried", ("",)),
        ("hope", ("", "s", "d")),
        ("investigat", ("e", "es", "ed", "ing")),
        ("examin", ("e", "es", "ed", "ing")),
        ("test", ("", "s", "ed", "ing")),
        ("stud", ("y", "ies", "ied", "ying")),
        ("explor", ("e", "es", "ed", "ing")),
        ("assess", ("", "es", "ed", "ing")),
        ("evaluat", ("e", "es", "ed", "ing")),
        ("determine", ("",)),
    )
    for end in ends
)
# every association pattern contains one of these words
_MODAL_WORDS = frozenset({"may", "might", "could", "can", "would"})
_ASSOCIATION_TRIGGERS = frozenset(
    """regardless percent group groups
    associated association associations linked links linking tied ties connected correlated related attributed
    link relationship relation connection correlates correlation correlations likely higher lower greater increased
    reduced decreased elevated smaller bigger similar risk risks odds rate rates rise rises rose fall falls fell
    increase increases decrease decreases decline declines carry carries carried predictor predictors predict predicts
    predicted than compared comparison difference differences differ differs differed versus vs common more less
    factor factors stand stands characteristic hallmark frequently often commonly frequent prevalent pronounced
    marked evident severe function comes came change changes improvements improvement reductions reduction increases
    declines decreases positively negatively inversely significantly strongly weakly independently fewer better
    worse larger shorter longer thinner heavier taller tend tends tended characterized characterised comparable
    equivalent felt feel feels feeling observed saw found noted showed reported proposed possible apparent strong weak
    clear causal associations highest lowest greatest smallest best worst correlate quickly much many fast badly
    severely long drop drops""".split()  # noqa: SIM905
)
_DEONTIC_SUGGEST = re.compile(r"suggest(?:s|ed)?\s+(?:that\s+)?(?:[\w-]+\s+){1,3}(?:be|should)\b", re.I)
_CONTRAST = re.compile(r"[,;][\s\"“”‘’']*(?:but|however|yet|while|whereas)\b|\s[—–-]\s*but\b", re.I)
_CONCESSIVE_START = re.compile(r"^\W*(?:although|though|while|whereas|even\s+though|despite)\b", re.I)
_PARTICIPLE_BY = re.compile(
    r"(?:caused|triggered|induced|driven|worsened|aggravated|damaged|prevented|reduced|improved|enhanced|affected|"
    r"mediated|influenced)\s+by\b",
    re.I,
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "to", "does", "did", "do", "must"})
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
_DISCOURSE_OBJECT = re.compile(
    r"\s+(?:the\s+|a\s+|new\s+|more\s+|serious\s+|some\s+)*(?:possibility|possibilities|question|questions|concern|"
    r"concerns|awareness|money|funds|funding|doubts?|issues?|alarms?|hopes?|eyebrows|prices?|costs?|the\s+bar)\b"
    r"|\s+to\s+(?:this|the)\s+(?:article|report|story|reporting)\b"
)
_COMPARATIVE_AFTER = re.compile(
    r"\s+(?:than|odds|risks?\b|rates?|levels?|incidence|chances?|likelihood|prevalence|numbers?|doses?|scores?|"
    r"among|in\s+(?:those|people|patients|women|men|the)|for\s+(?:those|people|patients|women|men))"
)
_COMPARATIVE_BEFORE = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "remained",
        "remain",
        "remains",
        "had",
        "have",
        "has",
        "much",
        "far",
        "even",
        "significantly",
        "slightly",
        "somewhat",
        "substantially",
        "percent",
        "times",
        "no",
    ]
)
_REPORTED_HEDGE = re.compile(
    r"\b(?:stud(?:y|ies)|research|researchers|scientists|findings|data|evidence|results|report|review|analysis|"
    r"authors|experts)\s+(?:also\s+)?(?:suggests?|suggested|indicates?|hints?|hinted)\b",
    re.I,
)
_STUDY_AIM = re.compile(
    r"\b(?:set\s+out|aim(?:s|ed)?|sought|seeks?|designed|wanted|wants?|plan(?:s|ned|ning)?|trying|tried|hopes?|"
    r"hoped)\s+to\s+(?:determine|see|test|find\s+out|investigate|examine|assess|evaluate|explore|study|learn|"
    r"understand|establish|confirm|clarify)\b"
    r"|\b(?:investigat|examin|test|stud|explor|assess|evaluat)(?:e|es|ed|ied|ies|ing)\s+(?:whether|if|how)\b"
    r"|\bto\s+(?:explore|investigate|examine|assess|evaluate|determine|test)\s+(?:the|whether|if|how|which|what)\b",
    re.I,
)
# "both treatments significantly reduced transmission": a plural noun before the adverb is the
# subject of the verb, not a determiner of an attributive participle ("with significantly reduced risk")
_PLURAL_SUBJECT = re.compile(r"[a-z]{3,}(?<!ss)(?<!us)(?<!is)s")
_PARTICIPLE_LEAD = re.compile(r"([^,;:()]{3,100}),\s*(?:thereby\s+|thus\s+)?$")
_ASSOCIATION_AS_TOPIC = re.compile(
    r"\b(?:evaluate|examine|investigate|study|studied|assess|explore|determine|understand|examined|investigated|"
    r"assessed|explored|evaluated|studying|examining|investigating|exploring|assessing|evaluating)\s+(?:the\s+|any\s+)?"
    r"(?:possible\s+|potential\s+)?(?:relationships?|associations?|links?|correlations?|connections?)\s+"
    r"(?:between|of|to|with)\b\W$",
    re.I,
)
_TOPIC_VERB_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:(?:is|are)\s+(?:also\s+|briefly\s+)?(?:discussed|reviewed|studied|examined|explored|considered)|"
    r"should\s+be\s+(?:further\s+)?(?:studied|investigated|explored|examined))\b",
    re.I,
)
_RESULTS_NOUN_BEFORE = frozenset(
    """see saw seen sees reports reported report share shares shared publish published announce announced positive
    negative preliminary early final promising study trial test screening similar good best better mixed
    encouraging such these those our their its his her of with""".split()  # noqa: SIM905
)
# "could break off and cause blood clots": after "and", a word followed by its object is a verb
_COORDINATED_VERB_NEXT = re.compile(r"\s+(?!(?:of|to|in|for|from|on|and|or|at|with|by|is|are|was|were)\b)[a-z]")
_PROTECTED_WHAT = re.compile(r"\s+(?:\w+ly\s+)?(?:from|against|by|the|a|an|their|his|her|its|\w+s)\b")
_PURPOSE_HELP = re.compile(r"\bto\s+help\s+(?:[a-z]+\s+){1,2}$", re.I)
_AIMED_AT = re.compile(r"\b(?:aim(?:s|ed|ing)?|targeted|geared|directed)\s+at\s+$", re.I)
_PREP_BEFORE_PARTICIPLE = frozenset(["with", "of", "for", "among", "a", "an", "the", "and", "or", "in"])
_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "shall",
        "also",
        "still",
        "then",
        "further",
        "even",
        "only",
        "actually",
        "really",
        "already",
        "often",
        "usually",
        "generally",
        "significantly",
        "substantially",
        "markedly",
        "greatly",
        "dramatically",
        "not",
        "n't",
        "never",
    ]
)
_HARD_BOUNDARY = re.compile(
    r"[;:()\[\]—–]|\s-\s|\b(?:but|while|whereas|although|though|because|since|which|that)\b", re.I
)
_BOUNDARY = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:but|while|whereas|although|though|because|since|so)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_WORD_LOW = re.compile(r"[a-z][a-z'’-]*")  # _WORD over lower-cased text
_QUOTE_START = ("“", '"', "‘", "'")

# Python's ``re`` is about twice as slow with IGNORECASE.  A case-insensitive pattern whose own
# literals have no capitals finds the same matches run case-sensitively over the lower-cased text,
# unless the text has a character that lower-casing moves or that IGNORECASE equates with an ASCII
# letter without lower-casing to it: these four are all such characters in Unicode (checked over
# every code point: ``len(ch.lower()) != 1``, an ASCII ``ch.lower()`` or ``re.fullmatch("[a-z]", ch, re.I)``).
_CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin sign)
_ESCAPE = re.compile(r"\\.")
# id(pattern) -> (pattern, its folded form): keyed by id because hashing a pattern hashes its code
_FOLDED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE when that is equivalent on lower-cased text, else None."""
    entry = _FOLDED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        literal = _ESCAPE.sub("", pattern.pattern)
        same = bool(pattern.flags & re.IGNORECASE) and literal == literal.lower()
        entry = (pattern, re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if same else None)
        _FOLDED[id(pattern)] = entry
    return entry[1]


class _Text:
    """A sentence with its lower-cased form (``low`` is None where folding is not safe), to run
    case-insensitive patterns case-sensitively.  Matches index ``text``; their ``group()`` may be
    lower-cased: slice ``text`` for the original words."""

    __slots__ = ("_clause_hedges", "low", "text")

    def __init__(self, text: str) -> None:
        low = text.lower()
        self.text = text
        self.low: str | None = (
            low if len(low) == len(text) and (text.isascii() or _CASE_TRAPS.isdisjoint(text)) else None
        )
        self._clause_hedges: list[re.Match[str]] | None = None

    def _pick(self, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
        if self.low is not None:
            fast = _folded(pattern)
            if fast is not None:
                return fast, self.low
        return pattern, self.text

    def finditer(self, pattern: re.Pattern[str], pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        p, s = self._pick(pattern)
        return p.finditer(s, pos) if endpos is None else p.finditer(s, pos, endpos)

    def search(self, pattern: re.Pattern[str], pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        p, s = self._pick(pattern)
        return p.search(s, pos) if endpos is None else p.search(s, pos, endpos)

    def clause_hedges(self, c: Cues) -> list[re.Match[str]]:
        """``c.clause_hedges.finditer(text)``, run once per sentence."""
        if self._clause_hedges is None:
            self._clause_hedges = list(self.finditer(c.clause_hedges))
        return self._clause_hedges

EXPOSURE_TYPES = frozenset(
    {
        "substance",
        "treatment",
        "behaviour",
        "behavior",
        "exposure",
        "food",
        "drug",
        "procedure",
        "device",
        "intervention",
        "chemical",
    }
)
OUTCOME_TYPES = frozenset({"condition", "symptom", "disease", "outcome", "finding", "adverse_event"})


def _inflect(word: str) -> set[str]:
    """Regular inflections of a verb (over-generating is harmless: forms must still match)."""
    if " " in word:
        head, rest = word.split(" ", 1)
        return {f"{form} {rest}" for form in _inflect(head)}
    out = {word}
    if word.endswith("e"):
        out |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        out |= {word + "es", word + "ed", word + "ing"}
    else:
        out |= {word + "s", word + "ed", word + "ing"}
        if len(word) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", word):
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return out


def _alternation(items: Iterable[str]) -> str:
    words = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _regexes(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Cues:
    single_verbs: frozenset[str]
    multi_verbs: dict[str, list[tuple[re.Pattern[str], str]]]
    verb_category: dict[str, str]
    verb_base: dict[str, str]
    particles: dict[str, tuple[str, ...]]
    phrases: re.Pattern[str]
    phrase_parts: tuple[tuple[re.Pattern[str], frozenset[str]], ...]
    correlational: re.Pattern[str]
    modal_hedges: re.Pattern[str]
    clause_hedges: re.Pattern[str]
    boosters: re.Pattern[str]
    novelty: re.Pattern[str]
    novelty_claim: re.Pattern[str]
    novelty_claim_sales: re.Pattern[str]
    negation: re.Pattern[str]
    specific: re.Pattern[str]
    named: re.Pattern[str]
    vague: re.Pattern[str]
    outcome_words: re.Pattern[str]
    established: re.Pattern[str]
    safety_words: re.Pattern[str]


# a sentence whose (offset-keeping) lower-cased form has none of these has no ``Cues.safety_words`` match
_SAFETY_LITERALS = ("safe", "side", "harmless", "tolerated", "toxic", "adverse", "free")


@cache
def lexicon() -> dict[str, Any]:
    """The cue lists (``lexicons/claims.yaml``), loaded once."""
    import yaml

    text = (resources.files("healthlint") / "lexicons" / "claims.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _trigger_heads() -> frozenset[str]:
    return frozenset(w[:4] for w in _PHRASE_TRIGGERS)


def _literal_triggers(pattern: str) -> frozenset[str]:
    """Words of :data:`_PHRASE_TRIGGERS` spelt out in ``pattern``: a sentence with none of them is
    not tried against it (an empty set means "always try")."""
    source = pattern.lower()
    out = set()
    for w in _PHRASE_TRIGGERS:
        head = w[:4]  # four letters: "reasons?", "prov(?:e|ed)" still show their word
        if re.search(r"(?<![a-z])" + re.escape(head) + (r"(?![a-z])" if len(w) < 4 else ""), source):
            out.add(head)
    return frozenset(out)



def _novelty_pattern(novelty: str, heads: str, standalone: str) -> re.Pattern[str]:
    """A novelty word followed (within two words) by one of ``heads``, or a ``standalone`` hype wording."""
    return re.compile(
        r"(?<![\w-])(?:" + novelty + r")(?:[\s-]+(?:and\s+)?(?:[\w,]+[\s-]+){0,2}?)(?:" + heads + r")(?![\w-])"
        r"|(?<![\w-])(?:" + standalone + r")(?![\w-])",
        re.I,
    )

@cache
def cues() -> Cues:
    lex = lexicon()
    category: dict[str, str] = {}
    base: dict[str, str] = {}
    for cat in ("neutral", "harm", "benefit"):  # later wins: benefit > harm > neutral
        for verb in lex["causal_verbs"][cat]:
            for form in _inflect(str(verb)):
                category[form] = cat
                base[form] = str(verb)
    particles = {str(k): tuple(str(p) for p in (v or [])) for k, v in lex["particle_verbs"].items()}
    single = {form for form in category if " " not in form}
    multi: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for form in category:
        if " " in form:
            head, rest = form.split(" ", 1)
            multi.setdefault(head, []).append(
                (re.compile(r"\s+" + re.escape(rest).replace(r"\ ", r"\s+") + r"(?![\w-])", re.I), form)
            )
    nov = "|".join(f"(?:{p})" for p in lex["novelty"])
    novelty_claim = _novelty_pattern(
        nov,
        _alternation(str(h) for h in lex["novelty_heads"]),
        r"break[\s-]?through|revolutionary|groundbreaking|game[\s-]chang\w*|miracle[\s-]cure|"
        r"(?:most\s+significant|biggest|greatest|most\s+important)\s+(?:medical\s+)?(?:advance|breakthrough|discovery)\s+in",
    )
    # sales talk only (CLM103): more heads ("a brand-new approach") and hype wordings ("the discovery of the decade")
    novelty_claim_sales = _novelty_pattern(
        nov,
        _alternation(str(h) for h in lex["novelty_heads_sales"]),
        r"cutting[\s-]edge|next[\s-]generation|pioneering|first[\s-]of[\s-]its[\s-]kind|secret\s+weapon|"
        r"(?:amazing|incredible|remarkable|stunning|astonishing)\s+discovery|discovery\s+of\s+the\s+(?:decade|century|year)|"
        r"(?:genuinely|completely|entirely|totally|radically)\s+new|first\s+(?:[\w-]+\s+){1,3}of\s+its\s+kind|"
        r"the\s+(?:very\s+)?first\s+(?:[\w-]+\s+){0,2}?(?:protocol|compound|product|supplement|formula|treatment|approach|"
        r"system|remedy|program)\s+(?:that|to|ever)|(?:have|has)\s+(?:just|recently|finally)\s+discovered",
    )
    return Cues(
        single_verbs=frozenset(single),
        multi_verbs=multi,
        verb_category=category,
        verb_base=base,
        particles=particles,
        phrases=_regexes(lex["causal_phrases"]),
        phrase_parts=tuple((_regexes([p]), _literal_triggers(p)) for p in lex["causal_phrases"]),
        correlational=_regexes(lex["correlational"]),
        modal_hedges=re.compile(r"(?<![\w-])(?:" + _alternation(lex["modal_hedges"]) + r")(?![\w-])", re.I),
        clause_hedges=_regexes(lex["clause_hedges"]),
        boosters=_regexes(lex["boosters"]),
        novelty=_regexes(lex["novelty"]),
        novelty_claim=novelty_claim,
        novelty_claim_sales=novelty_claim_sales,
        negation=_regexes(lex["negation"]),
        specific=re.compile("|".join(f"(?:{p})" for p in lex["attribution"]["specific"])),
        named=re.compile("|".join(f"(?:{p})" for p in lex["attribution"]["named"])),
        vague=re.compile("|".join(f"(?:{p})" for p in lex["attribution"]["vague"]), re.I),
        outcome_words=re.compile(r"(?<![\w-])(?:" + _alternation(lex["outcome_words"]) + r")(?![\w-])", re.I),
        established=re.compile(r"(?<![\w-])(?:" + _alternation(lex["established_substances"]) + r")(?![\w-])", re.I),
        # every alternative spells one of _SAFETY_LITERALS
        safety_words=re.compile(
            r"(?<![\w-])(?:safe|safely|safety|side[\s-]effects?|harmless|well[\s-]tolerated|non-?toxic|"
            r"adverse|risk[\s-]free)(?![\w-])",
            re.I,
        ),
    )


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    category: str  # benefit | harm | neutral | association
    strength: str
    negated: bool


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, pos - 12 * n) : pos])][-n:]


def _clause_start(text: str, pos: int) -> int:
    last = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        last = m.end()
    return last


def _aim_closed(sentence: str, aim: re.Match[str], pos: int) -> bool:
    """Whether a study-aim phrase stops before ``pos``: a fronted purpose clause ("To evaluate X,
    treatment with Y attenuated Z") ends at its comma; "set out to determine whether" does not."""
    between = sentence[aim.end() : pos]
    if re.search(r"[;:]|\b(?:because|since|but|although)\b", between):
        return True
    fronted = aim.start() < 3 or bool(re.search(r"\bin\s+order\s+$|^\W*\w+\s+$|,\s*$", sentence[: aim.start()], re.I))
    return aim.group(0).lower().startswith("to ") and fronted and "," in between


def _title_case(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


class _Tok:
    """A verb occurrence, with the three methods of a regex match that :func:`_verb_is_cue` uses."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, i: int = 0) -> str:
        return self._text


_VTOKEN = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


_LETTERS = re.compile(r"[a-z]+")
_VERB_HEADS: dict[int, tuple[Cues, frozenset[str]]] = {}


def _verb_heads(c: Cues) -> frozenset[str]:
    """Every word a causal verb can start with (single-word forms and multi-word heads)."""
    entry = _VERB_HEADS.get(id(c))
    if entry is None or entry[0] is not c:
        entry = (c, c.single_verbs | frozenset(c.multi_verbs))
        _VERB_HEADS[id(c)] = entry
    return entry[1]


def _verb_tokens(t: _Text, c: Cues) -> list[_Tok]:
    """Causal-verb occurrences found by dictionary lookup over word tokens (multi-word verbs such
    as "ward off" first): much faster than one alternation of every form."""
    sentence = t.text
    out: list[_Tok] = []
    for start, end in _token_spans(t, c):
        low = sentence[start:end].lower()
        hit = None
        for rest, _form in c.multi_verbs.get(low, ()):
            r = rest.match(sentence, end)
            if r is not None:
                hit = _Tok(start, r.end(), sentence[start : r.end()])
                break
        if hit is None and low in c.single_verbs:
            hit = _Tok(start, end, sentence[start:end])
        if hit is not None:
            out.append(hit)
    return out


def _is_word_or_hyphen(ch: str) -> bool:
    r"""``re.match(r"[\w-]", ch)`` for one character (``\w`` is ``isalnum()`` or "_")."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _token_spans(t: _Text, c: Cues) -> list[tuple[int, int]]:
    """The spans of the :data:`_VTOKEN` tokens of ``t`` that a causal verb can start with, in order."""
    low = t.low
    if low is None:
        return [m.span() for m in _VTOKEN.finditer(t.text)]
    # a token is a maximal run of letters: only runs a verb can start with are looked for
    wanted = _verb_heads(c).intersection(_LETTERS.findall(low))
    spans: list[tuple[int, int]] = []
    n = len(low)
    for word in wanted:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not _is_word_or_hyphen(low[i - 1])) and (j == n or not _is_word_or_hyphen(low[j])):
                spans.append((i, j))
            i = low.find(word, j)
    spans.sort()
    return spans


# "the fraction significantly reduced proliferation": a noun before the adverb is the subject of
# the verb; a determiner, preposition or conjunction there makes the participle attributive
_SUBJECT_BEFORE_ADVERB = re.compile(
    r"(?!(?:a|an|the|with|without|of|in|on|for|to|by|at|from|and|or|but|than|as|their|its|his|her|our|your|this|"
    r"that|these|those|no|any|some|more|less|most|very|much|highly|who|which)$)[a-z]{3,}"
)


# what comes before a list item's first word: "- ", "• ", "✅ ", "3) "
_BULLET = re.compile(r"[\s\-–•*✅✔☑➤►▶·>#\d.)]*")


def _verb_is_cue(text: str, m: _Tok, c: Cues) -> bool | None:
    """True for a causal verb, None for an intransitive change ("improved in"), False otherwise."""
    word = " ".join(m.group(1).lower().split())
    base = c.verb_base.get(word, word)
    before = _words_before(text, m.start(), 2)
    prev = before[-1] if before else ""
    if prev in _DETERMINERS and not word.endswith("ing"):
        return False  # a noun: "the cut", "an increase"
    if not before and (word.endswith(("ed", "ing")) or word == "results"):
        return False  # sentence-initial modifier: "Elevated symptoms", "Reducing salt ..."
    after = text[m.end() : m.end() + 40].lower()
    capital = m.start() > 0 and m.group(1)[0].isupper()
    if capital and not _title_case(text) and not _BULLET.fullmatch(text, 0, m.start()):
        return False  # a name or a title: "Dr. Hurt said" (but not a list item's first word: "- Restores ...")
    if (
        base in _STRONG_NOUNS
        and word == base
        and prev not in _SUBJECT_LIKE
        and not prev.endswith(("s", "ly"))
        and not (prev in {"and", "or"} and _COORDINATED_VERB_NEXT.match(after))
    ):
        return False  # "a blood pressure benefit", "brain damage"
    if (
        base in _NOUNISH
        and re.match(r"\s+(?:of|in|to|from|for)\b", after)
        and not word.endswith("ed")
        and base not in {"help", "lead", "led", "result", "contribute", "benefit", "protect"}
    ):
        return False  # "increases in", "damage to", "cure for"
    if base == "kill" and (
        re.match(r"\s+(?:the\s+|all\s+)?(?:animals|mice|rats|rabbits|dogs|pigs|cats|monkeys|hamsters)\b", after)
        or (prev in _BE and re.search(r"\b(?:animals|mice|rats|rabbits|dogs|pigs|hamsters)\b", text[: m.start()], re.I))
    ):
        return False  # "the mice were killed to collect ...": a method
    if base == "protect" and (
        re.match(r"\s+by\s+(?:recaptcha|copyright|patents?|law|trademark|a\s+password)\b", after)
        or (word.endswith("ed") and not _PROTECTED_WHAT.match(after))
    ):
        return False  # "This site is protected by reCAPTCHA", "to be protected,"
    if word == "results" and prev in _RESULTS_NOUN_BEFORE:
        return False  # "screening results", "reports results from": the noun
    if base == "treat" and re.match(
        r"\s+(?:\w+\s+)?(?:patients|people|him|her|them|children|women|men|thousands|"
        r"hundreds|dozens|\d)",
        after,
    ):
        return False  # a doctor treating patients: narrative, not a claim
    if (
        base == "stop"
        and re.match(r"\s+\w+ing\b", after)
        and not re.match(r"\s+(?:progressing|growing|spreading)", after)
    ):
        return False  # "stopped covering": ceased doing
    passive = prev in _BE or prev == "not" or (len(before) > 1 and before[0] in _BE and prev.endswith("ly"))
    if word == "affected" and re.match(r"\s+(?:by|with)\b", after) and not passive:
        return False  # "a relative affected by diabetes": has the disease
    if (
        word == "affected"
        and not passive
        and re.match(r"\s+(?!by\b|with\b|how\b|whether\b)[a-z]+(?:\s|[,.;]|$)", after)
        and not _OBJECT_NEXT.match(after)
    ):
        return False  # "the entire affected area", "two affected lymph nodes": an adjective
    if base == "affect" and re.match(
        r"\s+(?:as\s+many|about|more\s+than|an\s+estimated|nearly|up\s+to|some|\d|"
        r"millions|thousands|people|americans|women|men|children|one\s+in)",
        after,
    ):
        return False  # prevalence: "affects 15,000 Americans"
    if base == "explain" and not re.match(
        r"\s+(?:why|the|some|part|much|a|an|this|that|these|its|their|most|"
        r"up\s+to|in\s+part|partly|\d)",
        after,
    ):
        return False  # a reporting verb: "..., he explained."
    if _DISCOURSE_OBJECT.match(after):
        return False  # "raised the possibility", "increased awareness"
    if base in {"lower", "higher", "double", "triple"} and (
        _COMPARATIVE_AFTER.match(after) or prev in _COMPARATIVE_BEFORE or re.search(r"[\d%]\s*$", text[: m.start()])
    ):
        return False  # comparative adjective: "lower odds", "20% lower among"
    if base == "explain" and (
        re.match(r"\s*[,A-Z]", text[m.end() : m.end() + 3]) or re.search(r"[,\"”]\s*$", text[: m.start()])
    ):
        return False  # reporting verb: "..., explained Dr. Klein"
    if base == "benefit" and prev not in _MODAL_WORDS and not re.match(
        r"\s+(?:from|patients|people|women|men|children|those|the|them|us|you|him|her|all|some|many|most|everyone|this|these|that)\b",
        after,
    ):
        return False  # the noun: "the potential benefits of"
    if base == "raise" and re.match(r"\s+(?:about|by|in|at|on|as|for|with|from|over)\b|\s*[.,;:]", after):
        return False  # "questions have been raised about"
    if base == "help" and prev in {
        "provide",
        "provides",
        "provided",
        "get",
        "need",
        "needs",
        "needed",
        "seek",
        "offer",
        "with",
        "for",
        "ask",
        "without",
    }:
        return False  # the noun: "provide help to"
    if prev in {"help", "helps", "helped"} and len(before) > 1 and before[0] == "to":
        return False  # "a cream to help soothe": purpose
    if "help" in text[max(0, m.start() - 40) : m.start()].lower():
        purpose = _PURPOSE_HELP.search(text, max(0, m.start() - 40), m.start())
        if purpose is not None:
            holder = _words_before(text, purpose.start() + 1, 1)
            if not holder or holder[-1] not in _TO_KEEPERS:
                return False  # "a tool to help women lower their risk": still the purpose
    if prev == "at" and _AIMED_AT.search(text, max(0, m.start() - 30), m.start()):
        return False  # "a diet aimed at preventing cancer": a purpose, not a claim
    if (
        word.endswith("ed")
        and prev not in _BE
        and re.match(
            r"\s+(?:in|among|to|after|from|over|during|since|between|significantly|substantially|slightly|markedly|"
            r"steadily|sharply|by\s+(?:\d|about|nearly|more|half|a\s+third|a\s+quarter|almost)|\d"
            + (r"|\w+ly\b)" if base in _CHANGE_VERBS | {"reduce", "worsen", "improve"} else ")"),
            after,
        )
        and base not in {"lead", "led", "contribute", "result", "responsible", "link", "tie"}
    ):
        return None  # intransitive change: "symptoms improved in eight patients"
    if (
        base in _CHANGE_VERBS
        and word in (base, base + "s")
        and prev not in _MODALS
        and re.match(r"\s+(?:with|as)\b", after)
    ):
        return None  # "risk increases with age"
    if base in _CHANGE_VERBS | {"reduce", "worsen", "improve"} and re.match(
        r"\s+(?:(?:so|much|far|even|significantly|slightly|considerably|substantially|markedly)\s+){0,2}"
        r"(?:more|less|better|worse|faster|slower)\s*(?:with|in|among|than|for|after|when|if|[,.;])",
        after,
    ):
        return None  # "blood pressure improved much more with the diet than with the drug": compared change
    need = c.particles.get(base) or c.particles.get(word)
    gap = (
        r"\s+(?:\w+ly\s+|(?!author|researcher|investigator|scientist)[a-z]+\s+)?"
        if base in ("lead", "led")
        else r"\s+(?:\w+ly\s+)?"
    )
    if need and not any(re.match(gap + p + r"\b", after) for p in need):
        return False
    if prev == "to":
        keeper = before[0] if len(before) > 1 else ""
        if keeper not in _TO_KEEPERS:
            return False  # purpose infinitive: "used to treat", "in order to reduce"
    if (
        word.endswith("ed")
        and (prev in _BE or (len(before) > 1 and before[0] in _BE and prev.endswith("ly")))
        and re.match(r"\s+(?:in|among)\s+(?!order\b)", after)
        and base not in {"lead", "led", "contribute", "result", "responsible", "link", "tie", "involve"}
    ):
        return None  # "expression was significantly increased in patients": a compared state
    if (
        word.endswith("ed")
        and re.match(r"\s+[a-z]+\s+(?:can|could|may|might|will|would|is|are|was|were|has|have|had|does|did)\b", after)
        and not _OBJECT_NEXT.match(after)
    ):
        return False  # "prolonged sitting can raise ...": a modifier of the subject
    if base in {"double", "triple", "quadruple"} and not re.match(
        r"\s+(?:the|a|an|their|its|his|her|your|risk|chances?|odds|rates?|numbers?|likelihood)\b", after
    ):
        return False  # "triple helix", "double dose"
    if base == "treat" and re.match(r"\s+[A-Z][a-z]+\b", text[m.end() :]):
        return False  # "is treating Sizemore": a doctor and a patient
    if prev in {"and", "or"} and _COORDINATED_PURPOSE.search(text[: m.start()]):
        k = _COORDINATED_PURPOSE.search(text[: m.start()])
        if k is not None and k.group(1).lower() not in _TO_KEEPERS:
            return False  # "a way to improve memory and stave off decline": still a purpose
    if word.endswith("ed") and not _OBJECT_NEXT.match(after):
        if _RATE_NOUN.match(after):
            return None  # "had reduced rates of", "showed increased risk": a compared outcome
        if prev in _EXPERIENCE_VERBS:
            return None  # "patients reported improved sleep"
        if (
            prev not in _BE
            and not (len(before) > 1 and before[0] in _BE)
            and re.match(r"\s*(?:[.,;:]|and\b|but\b|$)", after)
        ):
            return None  # "symptoms significantly decreased and ...": a change, no object
    if word.endswith("ed") or word in {"shrunk", "driven", "led"}:
        if prev in _PREP_BEFORE_PARTICIPLE or (
            prev.endswith("ly")
            and prev not in {"only", "early"}
            and not _OBJECT_NEXT.match(after)
            and not (len(before) > 1 and before[0] in _BE)
            and (len(before) < 2 or not _PLURAL_SUBJECT.fullmatch(before[0]))
            and (len(before) < 2 or not _SUBJECT_BEFORE_ADVERB.fullmatch(before[0]))
        ):
            return False  # attributive participle: "with reduced risk", "the treated group"
        if re.match(r"\s+(?:with|for|at|in|as)\b", after) and base in {"treat", "manage", "control"}:
            return False  # "patients treated with X": a description of the group
        if base in {"treat", "manage", "control"} and (
            not before or prev in _GROUP_NOUNS or (prev in _BE and not re.match(r"\s+(?:with|by)\b", after))
        ):
            return False
    if word.endswith("ing") and prev in {"of", "for", "on", "about", "the", "a", "include", "includes", "including"}:
        return False  # gerund used as a noun: "the cost of treating"
    if base == "help" and re.match(r"\s+(?:herself|himself|themselves|yourself|myself|ourselves)\s+to\b", after):
        return False  # "helps herself to a buffet"
    if (
        base in _NEEDS_OBJECT
        and re.match(r"\s*(?:[.,;:!?()]|$)", after)
        and prev not in _MODALS
        and not (passive and word.endswith("ed"))
    ):
        return False  # ambiguous with a noun or a non-causal use: needs a following object
    return not (base == "make" and not _MAKE_RESULT.match(after))


_PHRASE_INDEX: dict[int, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = {}
_LOOKBEHIND = r"(?<![\w-])"
_FoldedPhrase = tuple[re.Pattern[str], re.Pattern[str] | None]
_PHRASE_FOLDED: dict[int, tuple[Cues, tuple[_FoldedPhrase, ...] | None]] = {}


def _scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""``pattern`` without its leading ``(?<![\w-])``: it matches wherever ``pattern`` does (and
    more), but ``re`` finds its first letters fast, so a failed search rules ``pattern`` out
    cheaply.  None when ``pattern`` does not start so."""
    if not pattern.pattern.startswith(_LOOKBEHIND):
        return None
    return re.compile(pattern.pattern[len(_LOOKBEHIND) :], pattern.flags)


def _phrase_folded(c: Cues) -> tuple[_FoldedPhrase, ...] | None:
    """The phrase patterns folded (see :class:`_Text`), each with its :func:`_scanner`, or None
    unless every one folds."""
    entry = _PHRASE_FOLDED.get(id(c))
    if entry is None or entry[0] is not c:
        parts = [_folded(pattern) for pattern, _ in c.phrase_parts]
        folded = tuple((p, _scanner(p)) for p in parts if p is not None)
        entry = (c, folded if len(folded) == len(parts) else None)
        _PHRASE_FOLDED[id(c)] = entry
    return entry[1]


def _phrase_index(c: Cues) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """Phrase patterns by trigger head (and those tried always), built once per cue set."""
    key = id(c)
    if key not in _PHRASE_INDEX:
        always: list[int] = []
        by_head: dict[str, list[int]] = {}
        for index, (_, triggers) in enumerate(c.phrase_parts):
            if not triggers:
                always.append(index)
            for head in triggers:
                by_head.setdefault(head, []).append(index)
        _PHRASE_INDEX[key] = (tuple(always), {h: tuple(v) for h, v in by_head.items()})
    return _PHRASE_INDEX[key]


def _phrase_matches(t: _Text, words: set[str], c: Cues) -> list[re.Match[str]]:
    """The matches ``c.phrases.finditer`` would give, found by running only the phrase patterns
    whose trigger words occur in the sentence: leftmost match first, the earlier pattern on ties,
    no overlaps (as one alternation would)."""
    heads = {w[:4] for w in words} & _trigger_heads()
    if not heads:
        return []
    always, by_head = _phrase_index(c)
    candidates = set(always)
    for head in heads:
        candidates.update(by_head.get(head, ()))
    hits: list[tuple[int, int, re.Match[str]]] = []
    fast = _phrase_folded(c) if t.low is not None else None
    if fast is not None and t.low is not None:
        low = t.low
        for index in sorted(candidates):
            pattern, scan = fast[index]
            if scan is None or scan.search(low) is not None:
                hits.extend((m.start(), index, m) for m in pattern.finditer(low))
    else:
        for index in sorted(candidates):
            hits.extend((m.start(), index, m) for m in c.phrase_parts[index][0].finditer(t.text))
    hits.sort(key=lambda h: (h[0], h[1]))
    out: list[re.Match[str]] = []
    end = -1
    for start, _, m in hits:
        if start >= end:
            out.append(m)
            end = max(m.end(), start + 1)
    return out


def find_cues(sentence: str, c: Cues | None = None, *, exhaustive: bool = False) -> list[Cue]:
    """Every causal and association cue in ``sentence`` with its strength and negation.

    ``exhaustive`` turns off the word prefilters (same result, slower): the tests compare both."""
    return _find_cues(_Text(sentence), c or cues(), exhaustive=exhaustive)


def _find_cues(t: _Text, c: Cues, *, exhaustive: bool = False) -> list[Cue]:
    sentence = t.text
    found: list[tuple[int, int, str]] = []
    words = set(_WORD_LOW.findall(t.low)) if t.low is not None else {w.lower() for w in _WORD.findall(sentence)}
    aim = _STUDY_AIM.search(sentence) if exhaustive or words & _AIM_TRIGGERS else None
    changes: list[tuple[int, int]] = []
    for tok in _verb_tokens(t, c):
        if aim is not None and tok.start() > aim.start() and not _aim_closed(sentence, aim, tok.start()):
            continue  # "set out to determine whether X reduces Y": a question, not a claim
        verdict = _verb_is_cue(sentence, tok, c)
        if verdict:
            key = " ".join(tok.group(1).lower().split())
            found.append((tok.start(), tok.end(), c.verb_category.get(key, "neutral")))
        elif verdict is None:
            changes.append((tok.start(), tok.end()))
    phrase_matches = c.phrases.finditer(sentence) if exhaustive else _phrase_matches(t, words, c)
    for m in phrase_matches:
        if t.search(_OUTCOME_OF, 0, m.start()):
            continue  # "more likely to die from", "the risk of dying from": part of a compared outcome
        if aim is not None and m.start() > aim.start() and not _aim_closed(sentence, aim, m.start()):
            continue
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found):
            continue
        low = m.group(0).lower()
        cat = (
            "harm"
            if re.search(r"harm|toxic|\bcause|contributor|trigger|driver|complication", low)
            else (
                "neutral"
                if re.search(
                    r"due|because|result|thanks|role|part|reason|involve|secondary|causal|\bdi(?:e|es|ed|ing)\b", low
                )
                else "benefit"
            )
        )
        found.append((m.start(), m.end(), cat))
    if not found and not changes:
        if words & _MODAL_WORDS:
            hv = _hedged_verb_cue(sentence, c)
            if hv is not None:
                return [hv]
        return _association_cues(t, c) if exhaustive or words & _ASSOCIATION_TRIGGERS else []
    hedge_positions = [m.start() for m in t.clause_hedges(c) if not _DEONTIC_SUGGEST.match(sentence, m.start())]
    concessive = _CONCESSIVE_START.match(sentence)
    trailing = [
        m.start()
        for m in _REPORTED_HEDGE.finditer(sentence)
        if not re.match(r"\s+that\b", sentence[m.end() : m.end() + 6])
    ]
    out: list[Cue] = []
    for start, end, cat in sorted(found):
        window = sentence[max(0, start - 60) : start]
        cut = max((m.end() for m in _BOUNDARY.finditer(window)), default=0)
        local = window[cut:]
        soft = window[max((m.end() for m in _HARD_BOUNDARY.finditer(window)), default=0) :]
        tail = " ".join(_WORD.findall(local)[-6:]) + " | " + " ".join(_WORD.findall(soft)[-4:])
        # the second part keeps "may, in fact, be risking" hedged across the commas
        hedged = (
            bool(c.modal_hedges.search(tail))
            or bool(t.search(c.clause_hedges, start, end))
            or any(
                p < start
                and not (concessive and "," in sentence[p:start])  # "Although studies suggested A, B reduces C"
                and not _CONTRAST.search(sentence, p, start)  # "I think X may change, but because Y ..."
                and not (
                    _PARTICIPLE_BY.match(sentence, start) and not _BE_BEFORE.search(sentence, 0, start)
                )  # "stress induced by iron": a presupposed fact, not the hedged claim
                for p in hedge_positions
            )
            or any(p > start and not _CONTRAST.search(sentence, end, p) for p in trailing)
            # "X reduces Y, a new study suggests"; not "X reduces Y, while results suggest Z"
        )
        neg_tail = " ".join(_WORD.findall(local)[-3:])
        negated = bool(c.negation.search(neg_tail)) or bool(
            re.match(r"(?:no|little|never)\b", sentence[start:end], re.I)
        )
        if not hedged and sentence[start:end].lower().endswith("ing"):
            # "may cut off its blood supply, causing a stroke": the participle shares the hedge of
            # the clause it follows
            lead = _PARTICIPLE_LEAD.search(sentence, max(0, start - 100), start)
            hedged = lead is not None and bool(c.modal_hedges.search(lead.group(1)))
        strength = "conditional_causal" if hedged else "direct_causal"
        if out and re.search(r"ing$", sentence[start:end]) and re.search(r"(?:,|\bwhile|\band|\bthereby)\s*$", local):
            strength = out[-1].strength  # "could improve X while reducing Y": the participle shares the hedge
        out.append(Cue(start, end, sentence[start:end], cat, strength, negated))
    if not out and (exhaustive or words & _ASSOCIATION_TRIGGERS):
        out = _association_cues(t, c)
    if not out and changes:
        start, end = changes[0]
        out.append(Cue(start, end, sentence[start:end], "association", "correlational", False))
    return out


# a hedged verb that is not in the causal lexicon but acts on a health outcome ("could render
# children impotent", "may condition the distribution of the drug in tissues"): Sumner's
# "can/may + causal verb" level does not depend on which verb it is.  Verbs that report, perceive,
# measure, or describe a state or an event that happens *to* the subject are not causal.
_HEDGED_VERB = re.compile(
    r"(?<![\w-])(?:may|might|could|can|would)(?:\s+(?:\w+ly|also|even|further|not|still|perhaps|just|"
    r"then|in\s+turn|one\s+day|someday|eventually)){0,2}\s+([a-z]{3,}?)(s|ed|ing)?\s+"
    r"((?:[\w'’-]+\s+){0,5}?)",
    re.I,
)
_NOT_CAUSAL_AFTER_MODAL = frozenset(
    """be have has get go come take need want see find show tell say know use detect identify predict
    diagnose measure test screen develop experience suffer face feel notice think believe consider ask discuss
    learn understand determine assess evaluate examine monitor estimate calculate compare remain become seem
    appear look mean lose gain eat drink do give receive try start continue keep choose decide expect hope
    wish like live die survive occur happen exist arise apply work help cause also not only well include involve
    contain carry represent reflect indicate suggest point serve provide offer recommend prescribe order
    perform undergo visit return read write call ask let put set run talk speak hear watch miss wait stay
    grow rise fall vary differ depend account range last play pay spend save buy sell afford access enter
    qualify benefit reach achieve obtain attain produce generate create form make bring allow reveal distinguish
    discriminate differentiate recognize recognise spot catch flag submit request confirm verify track image
    visualize classify locate quantify their his her its our your all both instead rather then now soon never
    already always often sometimes usually better worse more less""".split()  # noqa: SIM905
)
_HEDGED_OBJECT = re.compile(
    r"(?:risk|chances?|odds|progression|development|onset|growth|levels?|symptoms?|course|function|activity|"
    r"formation|release|expression|production|response|distribution)\b",
    re.I,
)


_HEDGED_HAVE = re.compile(
    r"\s+(?:an?\s+|no\s+|any\s+|some\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,6}?(?:effects?|impacts?|influence|benefits?|"
    r"consequences|causes|side[\s-]effects)\b",
    re.I,
)


_PREPOSITION_NEXT = re.compile(
    r"\s+(?:about|in|with|for|of|on|at|to|from|into|over|as|like|when|if|after|before|during|by|up|out)\b", re.I
)


def _hedged_verb_cue(sentence: str, c: Cues) -> Cue | None:
    """A modal + verb + health-outcome object with a verb outside the lexicon: conditional causal."""
    for m in _HEDGED_VERB.finditer(sentence):
        verb = m.group(1).lower()
        form = (verb + (m.group(2) or "")).lower()
        obj = sentence[m.end(2) if m.group(2) else m.end(1) : m.end(3) + 30]
        if verb == "have":
            # "can have long-term effects", "may have toxic causes"
            if _HEDGED_HAVE.match(sentence, m.end(1), m.end(1) + 90):
                start, end = m.start(1), m.end(1)
                return Cue(start, end, sentence[start:end], "neutral", "conditional_causal", False)
            continue
        if (
            verb in _NOT_CAUSAL_AFTER_MODAL
            or form in _NOT_CAUSAL_AFTER_MODAL
            or form in c.single_verbs
            or form.endswith("ly")
        ):
            continue
        if _PREPOSITION_NEXT.match(obj):
            continue  # an intransitive verb: "can change about the disorder", "may live with symptoms"
        if c.outcome_words.search(obj) or _HEDGED_OBJECT.search(obj):
            start, end = m.start(1), m.end(2) if m.group(2) else m.end(1)
            return Cue(start, end, sentence[start:end], "neutral", "conditional_causal", False)
    return None


# "risk of/for" that names a population ("people at high risk for X", not "smokers are at risk of X")
# or the object of a purpose infinitive ("enough calcium to reduce the risk of fractures")
_RISK_NOT_CLAIM = re.compile(
    r"(?:(?<!\bare)(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeing)(?<!\bbeen)(?<!\bremain)(?<!\bremains)"
    r"\s+at\s+(?:\w+\s+)?|\bto\s+(?!(?:the|an?|their|your|his|her|its|this|that|these|those|any)\s)[a-z]+\s+(?:the\s+|their\s+|your\s+|his\s+|her\s+|its\s+|a\s+person's\s+)?)$",
    re.I,
)


_BE_BEFORE_COMPARED = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


def _association_cues(t: _Text, c: Cues) -> list[Cue]:
    """The first association cue ("linked to", "more likely"), if any."""
    sentence = t.text
    for m in t.finditer(c.correlational):
        if sentence[m.start() : m.end()].startswith("Associat") and m.start() > 0:
            continue  # "American Heart Association"
        if m.group(0).lower().startswith("risk") and _RISK_NOT_CLAIM.search(sentence, 0, m.start()):
            continue  # "people at high risk for psychosis", "to reduce the risk of": no relation asserted
        low = m.group(0).lower()
        if low.startswith("compared") and _BE_BEFORE_COMPARED.search(sentence, 0, m.start()):
            continue  # "simulations are compared with published data": a method, not a finding
        if re.match(r"\s+(?:on|about|information)\b", sentence[m.end() : m.end() + 14]) and low.endswith("more"):
            continue  # "The Institute has more on sinusitis": a pointer to information
        if _ASSOCIATION_AS_TOPIC.search(sentence, max(0, m.start() - 60), m.end() + 1) or (
            low.startswith(("relationship", "association", "link", "correlation"))
            and _TOPIC_VERB_AFTER.match(sentence, m.end())
        ):
            continue  # "to examine the association between", "the relationship ... is discussed": a topic
        tail = " ".join(_WORD.findall(sentence[max(0, m.start() - 30) : m.start()])[-3:])
        negated = bool(c.negation.search(tail))
        return [Cue(m.start(), m.end(), sentence[m.start() : m.end()], "association", "correlational", negated)]
    return []


def rule_strength(found: Sequence[Cue]) -> str:
    return max((cue.strength for cue in found), key=_RANK.__getitem__, default="none")


def sentence_strength(sentence: str) -> str:
    """The strongest relation ``sentence`` asserts (one of :data:`STRENGTHS`): the shipped model
    (:mod:`healthlint.annotate.strength_model`) when it is present, otherwise the cue rules alone."""
    found = find_cues(sentence)
    model = strength_model()
    if model is None:
        return rule_strength(found)
    return model.predict(sentence, rule_strength(found))


def attribution_of(sentence: str, c: Cues | None = None) -> tuple[str, str | None]:
    """(specific | named | vague | none, the cue text)."""
    return _attribution(_Text(sentence), c or cues())


# Each alternative of the "specific" attribution patterns (lexicons/claims.yaml) spells out one of
# these literals, or both "et" and "al" ("Smith et al."): a sentence with none is not searched.
# This holds for the patterns whose CRC-32 is _SPECIFIC_CRC; other patterns are always searched.
_SPECIFIC_LITERALS: tuple[str, ...] = (
    "[",  # [12]
    "(",  # (Smith et al., 2019)
    "published",
    "appear",
    "reported",
    "described",
    "online",
    "ournal",  # in the June issue of the journal; New England Journal; Journal of
    *("NEJM", "JAMA", "BMJ", "Lancet", "Annals", "Proceedings", "Nature", "Cochrane"),
    *("PLOS", "Pediatrics", "Circulation", "Neurology", "Cell"),
    "doi",
    "PMID",
    "http",
    "19",  # a 2019 study
    "20",
)
_SPECIFIC_CRC = 0x813120A7


@cache
def _specific_needs_apply(pattern: str) -> bool:
    return zlib.crc32(pattern.encode()) == _SPECIFIC_CRC


def _may_be_specific(sentence: str, c: Cues) -> bool:
    """False when no "specific" attribution pattern can match ``sentence``."""
    if not _specific_needs_apply(c.specific.pattern):
        return True
    return any(map(sentence.__contains__, _SPECIFIC_LITERALS)) or ("et" in sentence and "al" in sentence)


def _attribution(t: _Text, c: Cues) -> tuple[str, str | None]:
    sentence = t.text
    if _may_be_specific(sentence, c):
        m = c.specific.search(sentence)
        if m:
            return "specific", m.group(0)
    m = c.named.search(sentence)
    if m:
        return "named", m.group(0)
    if _VAGUE_HINT.search(sentence.lower() if t.low is None else t.low):
        m = t.search(c.vague)
        if m:
            return "vague", sentence[m.start() : m.end()]
    return "none", None


# every vague-attribution pattern contains one of these (a cheap test before the slow patterns)
_VAGUE_HINT = re.compile(
    r"stud|research|science|evidence|expert|scientist|doctor|physician|nutritionist|many|some|known|accepted|"
    r"established|believed|proven|proved|tested|shown"
)


def _trim_side(piece: str, offset: int, *, left: bool) -> tuple[int, int] | None:
    words = list(_WORD.finditer(piece))
    if left:
        while words and words[-1].group(0).lower() in _AUX | {
            "may",
            "might",
            "could",
            "can",
            "would",
            "help",
            "helps",
            "helped",
            "to",
            "clinically",
            "proven",
            "shown",
            "been",
            "likely",
            "also",
        }:
            words.pop()
        words = words[-6:]
    else:
        cut = len(words)
        for i, w in enumerate(words):
            if i > 0 and w.group(0).lower() in {
                "in",
                "among",
                "when",
                "if",
                "than",
                "according",
                "by",
                "for",
                "after",
                "compared",
                "who",
                "which",
                "that",
                "and",
            }:
                cut = i
                break
        words = words[: min(cut, 8)]
        while words and words[0].group(0).lower() in {"the", "a", "an", "to", "of", "in", "against", "from"}:
            words.pop(0)
    if not words:
        return None
    return offset + words[0].start(), offset + words[-1].end()


@dataclass(slots=True)
class SentenceClaim:
    """A claim found in one sentence, offsets relative to the sentence."""

    strength: str
    cue: Cue | None
    polarity: str
    exposure: tuple[int, int] | None
    outcome: tuple[int, int] | None
    kind: str
    boosters: list[tuple[int, int]]
    hedges: list[tuple[int, int]]
    novelty: list[tuple[int, int]]
    attribution: str
    attribution_cue: str | None


_NEG_OUTCOME = re.compile(
    r"risk|death|mortality|damage|disease|cancer|pain|inflammation|infection|symptom|injur|toxic|"
    r"disorder|attack|stroke|obes|failure|fracture|harm|side effect|deficien|problem|dementia|diabetes",
    re.I,
)


def analyse_sentence(sentence: str, entities: Sequence[tuple[int, int, str]] = ()) -> SentenceClaim | None:
    """The claim ``sentence`` makes, or ``None`` when it states no relation and no safety claim.

    ``entities`` are (start, end, type) relative to the sentence.  Its strength is the cue rules'
    (every finding is pinned to a cue); :func:`apply_strength_model` adds the model's verdict.
    """
    c = cues()
    t = _Text(sentence)
    found = _find_cues(t, c)
    maybe_safety = t.low is None or any(map(t.low.__contains__, _SAFETY_LITERALS))
    safety = t.search(c.safety_words) if maybe_safety else None
    if not found and not safety:
        return None
    strength = rule_strength(found)
    if strength == "none" and not safety:
        return None
    best = max(found, key=lambda q: (q.strength == strength, _RANK[q.strength], -q.start), default=None)
    if strength == "none":
        best = None
    exposure = outcome = None
    outcome_entity = False
    if best is not None:
        ex = [e for e in entities if e[1] <= best.start and e[2] in EXPOSURE_TYPES]
        oc = [e for e in entities if e[0] >= best.end and e[2] in OUTCOME_TYPES]
        if ex:
            exposure = (ex[-1][0], ex[-1][1])
        else:
            start = _clause_start(sentence, best.start)
            exposure = _trim_side(sentence[start : best.start], start, left=True)
        if oc:
            outcome = (oc[0][0], oc[0][1])
            outcome_entity = True
        else:
            rest = sentence[best.end :]
            stop = _BOUNDARY.search(rest)
            end = best.end + (stop.start() if stop else len(rest.rstrip('.!?"”')))
            outcome = _trim_side(sentence[best.end : end], best.end, left=False)
    outcome_text = sentence[outcome[0] : outcome[1]] if outcome else ""
    if best is None:
        kind = "safety" if safety else "other"
    elif safety and (best.category != "harm" or "side" in safety.group(0).lower()):
        kind = "safety"
    elif best.category == "benefit":
        kind = "efficacy"
    elif best.category == "harm":
        kind = (
            "harm"
            if _NEG_OUTCOME.search(outcome_text) or re.search(r"caus|trigger|harm|toxic|damag", best.text, re.I)
            else "other"
        )
    else:
        kind = "other"
    if (
        best is not None
        and best.category == "benefit"
        and re.match(r"boost|enhanc|strength|extend|prolong|lengthen", best.text, re.I) is None
        and outcome_text
        and not _NEG_OUTCOME.search(outcome_text)
        and not c.outcome_words.search(outcome_text)
        and not outcome_entity
    ):
        kind = "other"
    hedge_set = {(m.start(), m.end()) for m in t.finditer(c.modal_hedges)}
    hedge_set |= {(m.start(), m.end()) for m in t.clause_hedges(c)}
    if best is not None:
        hedge_set = {h for h in hedge_set if not (best.start <= h[0] < best.end)}
    hedges = sorted(h for h in hedge_set if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hedge_set))
    attribution, attribution_cue = _attribution(t, c)
    return SentenceClaim(
        strength=strength,
        cue=best,
        polarity="negative" if best is not None and best.negated else "positive",
        exposure=exposure,
        outcome=outcome,
        kind=kind,
        boosters=[(m.start(), m.end()) for m in t.finditer(c.boosters)],
        hedges=hedges,
        novelty=[(m.start(), m.end()) for m in t.finditer(c.novelty)],
        attribution=attribution,
        attribution_cue=attribution_cue,
    )


def claims_for(doc: Document) -> list[Claim]:
    """Every claim in ``doc`` (one per sentence at most), in document order."""
    text = doc.text
    entities: list[Entity] = doc.entities if "entities" in doc.annotated else []
    cited: list[Span] = []
    if "citations" in doc.annotated:
        cited = [Span(ci.start, ci.end) for ci in doc.citations]
    out: list[Claim] = []
    ei = 0
    for sent in doc.sentences:
        s0, s1 = sent.start, sent.end
        while ei < len(entities) and entities[ei].end <= s0:
            ei += 1
        local = []
        j = ei
        while j < len(entities) and entities[j].start < s1:
            e = entities[j]
            if e.end <= s1:
                local.append((e.start - s0, e.end - s0, e.type))
            j += 1
        sc = analyse_sentence(text[s0:s1], local)
        if sc is None:
            continue
        attribution = sc.attribution
        if cited and any(s0 <= ci.start < s1 for ci in cited):
            attribution = "specific"

        def piece(span: tuple[int, int] | None, base: int = s0) -> str | None:
            return text[base + span[0] : base + span[1]] if span else None

        def spans(items: list[tuple[int, int]], base: int = s0) -> list[str]:
            return [text[base + a : base + b] for a, b in items]

        extra: dict[str, Any] = {
            "cue": sc.cue.text if sc.cue else None,
            "cue_start": s0 + sc.cue.start if sc.cue else None,
            "cue_end": s0 + sc.cue.end if sc.cue else None,
            "cue_category": sc.cue.category if sc.cue else None,
            "exposure_start": s0 + sc.exposure[0] if sc.exposure else None,
            "exposure_end": s0 + sc.exposure[1] if sc.exposure else None,
            "outcome_start": s0 + sc.outcome[0] if sc.outcome else None,
            "outcome_end": s0 + sc.outcome[1] if sc.outcome else None,
            "booster_spans": [[s0 + a, s0 + b] for a, b in sc.boosters],
            "novelty_spans": [[s0 + a, s0 + b] for a, b in sc.novelty],
            "attribution_cue": sc.attribution_cue,
            "entities_used": bool(local),
            "quoted": text[s0:s1].startswith(_QUOTE_START),
        }
        out.append(
            Claim(
                start=s0,
                end=s1,
                text=text[s0:s1],
                strength=sc.strength,
                exposure=piece(sc.exposure),
                outcome=piece(sc.outcome),
                polarity=sc.polarity,
                kind=sc.kind,
                boosters=spans(sc.boosters),
                hedges=spans(sc.hedges),
                novelty=spans(sc.novelty),
                attribution=attribution,
                extra=extra,
            )
        )
    return out


def apply_strength_model(doc: Document) -> bool:
    """Give ``doc``'s claims layer the shipped model's strengths, as ``healthlint annotate`` shows.

    Each claim's ``strength`` becomes the model's verdict on its sentence, the cue rules' verdict
    staying in ``extra["cue_strength"]``; a sentence in which only the model reads a relation
    gets a claim of its own (kind ``other``, no cue).  Rules never see this: a finding is pinned
    to the cue that makes the claim, so they judge by the cue rules' strength.  Returns ``False``,
    leaving the layer as it is, when the package ships no model.
    """
    model = strength_model()
    if model is None or "claims" not in doc.annotated:
        return False
    text = doc.text
    sentences = [(s.start, s.end) for s in doc.sentences]
    by_start = {claim.start: claim for claim in doc.claims}
    verdicts = [by_start[a].strength if a in by_start else "none" for a, _ in sentences]
    strengths = model.predict_many([text[a:b] for a, b in sentences], verdicts)
    c = cues()
    out: list[Claim] = []
    for (a, b), cue_strength, strength in zip(sentences, verdicts, strengths, strict=True):
        claim = by_start.get(a)
        if claim is None:
            if strength == "none":
                continue
            t = _Text(text[a:b])
            attribution, attribution_cue = _attribution(t, c)
            claim = Claim(
                start=a,
                end=b,
                text=text[a:b],
                strength=strength,
                boosters=[text[a + m.start() : a + m.end()] for m in t.finditer(c.boosters)],
                hedges=[
                    text[a + m.start() : a + m.end()]
                    for m in sorted([*t.finditer(c.modal_hedges), *t.clause_hedges(c)], key=lambda m: m.start())
                ],
                novelty=[text[a + m.start() : a + m.end()] for m in t.finditer(c.novelty)],
                attribution=attribution,
                extra={"cue": None, "attribution_cue": attribution_cue},
            )
        claim.extra["cue_strength"] = cue_strength
        claim.strength = strength
        out.append(claim)
    doc.claims = out
    return True


class ClaimAnnotator:
    """Provides ``claims``; uses ``entities`` for the sides when that layer is present."""

    name = "claims"
    version = "1"
    requires: tuple[str, ...] = ("sentences", "entities")
    provides: tuple[str, ...] = ("claims",)

    def predict(self, docs: Sequence[Document]) -> list[list[Claim]]:
        return [claims_for(doc) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Claim]]) -> None:
        for doc, claims in zip(docs, predictions, strict=True):
            doc.claims = claims
            doc.annotated.add("claims")
