"""An English syllable counter that copes with medical vocabulary.

Vowel groups are counted, then corrected: hiatus pairs that are two syllables (``ia`` in
"anaemia", ``eo`` in "osteoporosis", ``io`` in "biopsy"), a silent final ``e``, the ``-le``
ending, ``-ed``/``-es`` endings that add no syllable, and common prefixes.  A small table of
exceptions covers words that no rule gets right.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = "aeiouy"
_GROUP = re.compile(r"[aeiouy]+")
_EXCEPTIONS = {
    "the": 1, "people": 2, "business": 2, "every": 2, "evening": 2, "different": 3, "several": 3,
    "interest": 3, "family": 3, "vegetable": 4, "comfortable": 4, "chocolate": 2, "area": 3,
    "idea": 3, "create": 2, "real": 1, "really": 2, "being": 2, "going": 2, "doing": 2, "science": 2,
    "diet": 2, "quiet": 2, "poem": 2, "created": 3, "naive": 2, "cafe": 2, "recipe": 3,
    "syndrome": 2, "disease": 2, "diseases": 3, "increase": 2, "increased": 2, "years": 1, "year": 1,
    "cure": 1, "cures": 1, "sure": 1, "use": 1, "uses": 2, "used": 1, "one": 1, "once": 1, "some": 1,
    "come": 1, "done": 1, "gone": 1, "none": 1, "give": 1, "live": 1, "have": 1, "were": 1, "where": 1,
    "there": 1, "here": 1, "more": 1, "before": 2, "therefore": 2, "because": 2, "trial": 2,
    "trials": 2, "via": 2, "dialysis": 4, "insulin": 3, "influenza": 4, "aorta": 3, "coronary": 4,
    "fluid": 2, "fluids": 2, "ruin": 2, "skiing": 2, "ageing": 2, "aging": 2, "seeing": 2, "agreed": 2,
    "magnesium": 4, "anaemia": 4, "anemia": 4, "leukaemia": 4, "leukemia": 4, "pneumonia": 4,
    "hernia": 3, "insomnia": 4, "ammonia": 4, "mania": 3, "patients": 2, "patient": 2,
    "diabetes": 4, "herpes": 2, "rabies": 2, "species": 2, "series": 2, "scabies": 2, "feces": 2,
    "faeces": 2, "caries": 2, "friend": 1, "friends": 1, "lion": 2, "client": 2,
    "clients": 2, "fuel": 2, "poison": 2, "poisoning": 3, "ideal": 3,
}
_INNER_SILENT_E = re.compile(
    r"(?<=[aeiouy][^aeiouy])e(?=(?:ly|ful|fully|less|ment|ments|ness|line|lines|thing|things|time|times|"
    r"way|ways|work|side|sides|like|wise)$)")
_PREFIX = re.compile(r"^(?:auto|pre|co|anti|semi|multi|poly|iso)(?=[aeiou])")


def _hiatus(w: str, i: int) -> bool:
    """Whether the vowel pair ``w[i:i+2]`` is pronounced as two syllables."""
    pair = w[i : i + 2]
    prev = w[i - 1] if i > 0 else ""
    nxt = w[i + 2 : i + 3]
    rest = w[i + 2 :]
    if pair == "ia":
        return not (prev in ("c", "t", "s", "x", "g") and (nxt in ("l", "n") or not nxt))
    if pair == "io":
        return not (prev in ("c", "t", "s", "x", "g") and nxt in ("n", "u")) and not (
            prev in ("l", "n") and nxt == "n")
    if pair in ("iu", "ii", "ao"):
        return True
    if pair == "eo":
        return not (prev == "g" and nxt == "n") and prev not in ("p",)
    if pair in ("ua", "uo"):
        return prev not in ("q", "g")
    if pair == "eu":
        return rest in ("m", "ms")
    if pair == "ea":
        return (not nxt or rest in ("n", "ns")) and prev not in ("c", "g", "") and i > 1
    if pair == "ie":
        if rest in ("r", "st", "rs"):
            return prev not in _VOWELS and i > 1
        if nxt == "t":
            return prev not in ("", "h")
        return nxt == "n" and prev not in ("c", "t", "s", "h", "f", "") and rest != "nd"
    if pair == "ue":
        return nxt in ("n", "l") and prev not in ("q", "g")
    if pair == "oe":
        return i > 0 and bool(nxt) and nxt not in ("s",) and prev in ("r", "t", "l")
    if pair[0] == "y":
        return i > 0 and prev not in _VOWELS
    return False


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word (at least 1 for any word with a letter)."""
    w = word.lower().strip("'’.-")
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 0
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    count = 0
    for g in _GROUP.finditer(w):
        count += 1
        for i in range(g.start(), g.end() - 1):
            if _hiatus(w, i):
                count += 1
    if _PREFIX.match(w):
        count += 1
    # y at the start of a word is a consonant ("yes", "young")
    if w[0] == "y" and len(w) > 1 and w[1] in "aeiou":
        count -= 1
    # silent final e, but not "-le" after a consonant ("table") nor words like "the", "be"
    silent_e = w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye", "oe")) and w[-2] not in _VOWELS
    vowel_le = w.endswith("le") and len(w) > 2 and w[-3] in _VOWELS
    # -ed after anything but t/d is not a syllable; -es after most consonants neither
    syllabic_le = len(w) > 4 and w[-3] == "l" and w[-4] not in _VOWELS + "l"  # "struggled", "tables"
    silent_ed = w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and w[-3] not in _VOWELS and not syllabic_le
    silent_es = (w.endswith("es") and len(w) > 3 and w[-3] not in "szxgc" and w[-4:-2] not in ("ch", "sh")
                 and w[-3] not in _VOWELS and not syllabic_le)
    count -= (silent_e or vowel_le or w.endswith("que")) + (silent_ed or silent_es)
    # a silent e inside a compound or before a suffix: "guidelines", "carefully", "likely"
    count -= len(_INNER_SILENT_E.findall(w))
    if w.startswith("every"):
        count -= 1
    return max(1, count)
