"""Abbreviation definitions: "long form (SF)", "SF (long form)", "SF, or long form," and
"long form, or SF", with slash, hyphen, Greek-letter and nested-parenthesis forms.

The detector follows the idea of Schwartz & Hearst (2003, "A simple algorithm for identifying
abbreviation definitions in biomedical text"): a short-form candidate next to a parenthesis, a
window of words on the other side, and a right-to-left character alignment that finds the shortest
long form whose first word starts with the short form's first character.  It is our own code, with
these additions:

* every definition is kept, including a second, different definition of the same short form;
* the short form may carry a note after ``;`` or ``,`` inside the parentheses ("(RLS; 12)");
* Greek letters align with their Latin initials (``TNF-α`` ~ "tumour necrosis factor alpha");
* slash forms: "ME/CFS" aligns as a whole, "chronic fatigue syndrome (CFS/ME)" by one of its parts;
* an all-lowercase short form must be a strict acronym (every character starts a word);
* an alignment that spends most characters inside words (rather than at word starts) must be
  backed by a few extra checks (see :func:`_plausible`);
* "SF, or long form," / "long form, or SF" as in lay text ("RLS, or restless legs syndrome,").

Each definition's status (ok / mismatch / unknown) and expected senses come from the shipped sense
inventory (:mod:`healthlint.lexicons.abbreviations`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from healthlint.document import Abbreviation, Document
from healthlint.finding import Span

_GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
                  "abgdezetiklmnxoprstufcpoABGDEZETIKLMNXOPRSTUFCPO", strict=True))
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "and", "or", "with", "for", "to", "by", "at", "from", "as", "is", "are",
    "was", "were", "be", "been", "this", "that", "these", "those", "its", "their", "our", "we", "than", "but",
    "not", "no",
})
_ROMAN = re.compile(r"^(?=[IVX]+$)X{0,3}(I[XV]|V?I{0,3})$")
_STOP_BEFORE = re.compile(r"[.!?;:]\s|\n|\)[\s,;.]|\][\s,;.]|\s[(\[]|\"|“|”")


def _norm_char(ch: str) -> str:
    return _GREEK.get(ch, ch).lower()


def _fold(text: str) -> str:
    """Lowercase with Greek letters as their Latin initials; same length as ``text``."""
    return "".join(_norm_char(ch) for ch in text)


@dataclass(frozen=True, slots=True)
class Definition:
    """A detected definition before it is checked against the inventory."""

    short: str
    long: str
    short_span: Span
    long_span: Span
    pattern: str  # lf-sf | sf-lf | lf-sf-inside | sf-or-lf | lf-or-sf | sf-stands-for-lf
    close: int = -1  # offset just past the closing bracket of a parenthesised definition

    @property
    def span(self) -> Span:
        """The whole definition: "restless legs syndrome (RLS)", closing bracket included."""
        start = min(self.short_span.start, self.long_span.start)
        return Span(start, max(self.short_span.end, self.long_span.end, self.close))


# ---- short-form candidates -------------------------------------------------------------------


def is_short_form(sf: str) -> bool:
    """Could ``sf`` be an abbreviation (Schwartz & Hearst's criteria, tightened)?"""
    if not 2 <= len(sf) <= 12 or len(sf.split()) > 2:
        return False
    if not (sf[0].isalnum() or sf[0] in _GREEK):
        return False
    letters = [ch for ch in sf if ch.isalpha()]
    if not letters:
        return False
    if any(ch in sf for ch in "=<>%,;:!?\""):
        return False
    if _ROMAN.match(sf) or re.match(r"\d+(?:\.\d+)?\s", sf):
        return False
    if sf.isalpha() and sf.istitle() and len(sf) > 4:
        return False  # an ordinary capitalised word ("Table", "Figure")
    return not (sf in _FUNCTION_WORDS or sf in {"ie", "eg", "etc", "vs", "see", "fig", "ref", "refs", "et al"})


def _short_from_inner(inner: str) -> tuple[str, int] | None:
    """The short form inside "( ... )" and its offset in ``inner``: the text before a ``;`` or ``,``
    note, if any ("(RLS; ref 3)", "(CRP, 2 mg/L)")."""
    lead = len(inner) - len(inner.lstrip())
    body = inner.strip()
    cut = re.search(r";\s|,\s", body)
    if cut:
        body = body[: cut.start()].rstrip()
    if body.endswith(("s)", "'s")):  # "patient(s)", "Crohn's"
        return None
    return (body, lead) if is_short_form(body) else None


# ---- alignment -------------------------------------------------------------------------------


def _align(sf: str, lf: str) -> tuple[int, list[int]] | None:
    got = _align_scored(sf, lf)
    return None if got is None else (got[0], got[1])


def _align_scored(sf: str, lf: str) -> tuple[int, list[int], int] | None:
    """Align the short form's characters, in order, with characters of ``lf`` (case and Greek
    folded); the first must start a word.  Each alignment scores one point per character at a word
    start, minus one per content word it skips; the best score wins, then the shortest long form
    (Schwartz & Hearst take the shortest only).  Returns the start of the long form and the
    matched positions, or ``None``."""
    s_chars = [_norm_char(ch) for ch in sf if ch.isalnum() or ch in _GREEK]
    if not s_chars:
        return None
    folded = _fold(lf)
    n = len(folded)
    word_of = [-1] * n
    cum = [0]  # cum[w]: content words among words 0..w-1
    for w, m in enumerate(re.finditer(r"[^\W_]+", folded)):
        for i in range(m.start(), m.end()):
            word_of[i] = w
        cum.append(cum[-1] + _is_content(m.group()))
    starts = [ch.isalnum() and (i == 0 or not folded[i - 1].isalnum()) for i, ch in enumerate(folded)]
    n_words = len(cum) - 1

    def skipped(wa: int, wb: int) -> int:  # content words strictly between words wa < wb
        return cum[wb] - cum[wa + 1] if wb > wa + 1 else 0

    prev: dict[int, tuple[int, list[int]]] | None = None
    for k in range(len(s_chars) - 1, -1, -1):
        ch = s_chars[k]
        cur: dict[int, tuple[int, list[int]]] = {}
        for p in range(n):
            if folded[p] != ch or word_of[p] < 0 or (k == 0 and not starts[p]):
                continue
            if prev is None:
                cur[p] = (int(starts[p]) - (cum[n_words] - cum[word_of[p] + 1]), [p])
                continue
            best: tuple[int, list[int]] | None = None
            for q, (score, pos) in prev.items():
                if q > p:
                    total = score + int(starts[p]) - skipped(word_of[p], word_of[q])
                    if best is None or total > best[0]:
                        best = (total, [p, *pos])
            if best is not None:
                cur[p] = best
        if not cur:
            return None
        prev = cur
    assert prev is not None
    score, positions = max(prev.values(), key=lambda v: (v[0], v[1][0]))
    return positions[0], positions, score


def _is_content(word: str) -> bool:
    """A word that a definition should not skip: not a function word, a number or a single letter."""
    return len(word) > 1 and not word.isdigit() and word not in _FUNCTION_WORDS


def _word_starts(lf: str) -> set[int]:
    return {i for i, ch in enumerate(lf) if ch.isalnum() and (i == 0 or not lf[i - 1].isalnum())}


def _plausible(sf: str, lf: str, positions: list[int]) -> bool:
    """Checks on an alignment beyond Schwartz & Hearst's."""
    words = lf.split()
    if not words or len(lf) <= len(sf):
        return False
    if lf.count("(") != lf.count(")") or lf.count("[") != lf.count("]"):
        return False
    if words[0].lower() in _FUNCTION_WORDS and len(words) > 1:
        return False
    lf_tokens = re.findall(r"[^\W_]+", lf.lower())
    if sf.lower() in lf_tokens or re.sub(r"[^a-z]", "", sf.lower()) in lf_tokens:
        return False  # the long form contains the short form as a word
    alnum_sf = sum(ch.isalnum() or ch in _GREEK for ch in sf)
    if len(words) > max(1, min(alnum_sf + 5, alnum_sf * 2)):
        return False
    starts = _word_starts(lf)
    at_start = sum(p in starts for p in positions)
    if sf.islower() and at_start < len(positions):
        return False  # lowercase short forms must be strict acronyms
    # content words of the long form that no short-form character lands in
    content_words = [m for m in re.finditer(r"[^\W_]+", lf) if _is_content(m.group().lower())]
    if sum(ch.isupper() for ch in sf) >= 3 and at_start <= 1 and len(content_words) >= 3:
        return False  # "case of appendicitis within a year (CNN)": an acronym spelt from inside words
    hit_words = sum(any(m.start() <= p < m.end() for p in positions) for m in content_words)
    return not (len(content_words) - hit_words > 1 and len(content_words) - hit_words >= hit_words)


def _long_window(text: str, end: int, max_words: int) -> int:
    """Start of the window of at most ``max_words`` words ending at ``end`` that stays within the
    clause (no sentence punctuation, no closed parenthetical, no quote)."""
    lo = max(0, end - 300)
    chunk = text[lo:end]
    start = lo
    for stop in reversed(list(_STOP_BEFORE.finditer(chunk))):
        if chunk[stop.start()] in ")]" and _attached_group(chunk, stop.start()):
            continue  # "4-(9-acridinylamino) methanesulfon...": brackets inside a word
        start = lo + stop.end()
        break
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > max_words:
        start += words[-max_words].start()
    return start


def _attached_group(chunk: str, close: int) -> bool:
    """Does the bracket group closing at ``close`` open inside a word ("4-(9-...)")?"""
    closer = chunk[close]
    opener = "(" if closer == ")" else "["
    depth = 0
    for j in range(close, -1, -1):
        if chunk[j] == closer:
            depth += 1
        elif chunk[j] == opener:
            depth -= 1
            if depth == 0:
                return j > 0 and not chunk[j - 1].isspace()
    return False


def _lf_before(text: str, sf: str, paren: int) -> tuple[int, int] | None:
    """The long form ending just before the "(" at ``paren`` for short form ``sf``."""
    end = paren
    while end > 0 and text[end - 1].isspace():
        end -= 1
    alnum_sf = sum(ch.isalnum() or ch in _GREEK for ch in sf)
    start = _long_window(text, end, min(alnum_sf + 5, alnum_sf * 2))
    window = text[start:end]
    if not window.strip():
        return None
    got = _align(sf, window) or _align_slash(sf, window)
    if got is None:
        known = _known_sense(sf, [m.start() for m in re.finditer(r"\S+", window)], window, suffix=True)
        if known is not None:
            return start + known, end
    match_sf = sf
    if got is None and _DIGIT_SF.fullmatch(sf):
        # "triiodothyronine (T3)", "nitrous oxide (N2O)": the digits are not spelled out
        match_sf = "".join(ch for ch in sf if not ch.isdigit())
        got = _align(match_sf, window) if sum(ch.isalpha() for ch in match_sf) >= 1 else None
        if got is not None and len(match_sf) == 1 and len(window[got[0]:].split()) != 1:
            got = None
    if got is None and re.fullmatch(r"[A-Za-z0-9]{2,}-[A-Z0-9]", sf):
        # "interrupted aortic arch (IAA-B)": a one-character type suffix is not spelled out
        match_sf = sf[:-2]
        got = _align(match_sf, window)
    if got is None:
        return None
    lf_start, positions = got
    lf_start = _extend_locants(window, lf_start)
    lf = window[lf_start:]
    rel = [p - lf_start for p in positions]
    if not _plausible(sf if match_sf == sf or len(match_sf) > 1 else sf + sf, lf, rel):
        return None
    if _wrong_for_inventory(sf, lf):
        # the letters fit, but a known sense fits the words better: "diarrhoea-predominant
        # irritable bowel syndrome (IBS-D)" rather than "irritable bowel syndrome (IBS-D)"
        known = _known_sense(sf, [m.start() for m in re.finditer(r"\S+", window)], window, suffix=True)
        if known is not None:
            return start + known, end
    return start + lf_start, end


def _wrong_for_inventory(sf: str, lf: str) -> bool:
    from healthlint.lexicons.abbreviations import inventory, judge

    return inventory().get(sf) is not None and judge(sf, lf).status != "ok"


def _single_letter(text: str, paren: int, inner: str) -> tuple[int, int] | None:
    """"progesterone (P)": a one-letter short form defines the one word before it."""
    letter = re.split(r"[;,]\s", inner.strip(), maxsplit=1)[0]
    if not (len(letter) == 1 and "A" <= letter <= "Z"):
        return None
    m = re.search(r"(?:^|\s)([A-Za-z][A-Za-z\-]{3,})\s*$", text[max(0, paren - 60) : paren])
    if not m or m.group(1)[0].upper() != letter or m.group(1).lower() in _FUNCTION_WORDS:
        return None
    start = max(0, paren - 60) + m.start(1)
    return start, start + len(m.group(1))


_LOCANT = re.compile(
    r"\(?(?:[0-9]+[a-z]?['′]?(?:,[0-9]+['′]?)*|[A-Za-z]|alpha|beta|gamma|delta|kappa|omega|cis|trans)\)?", re.I)


def _extend_locants(window: str, lf_start: int) -> int:
    """Move the start of a long form back over chemical locants in the same word: "2,6-" of
    "2,6-diaminopurine", "12-O-" of "12-O-tetradecanoylphorbol", "c-" of "c-Jun"."""
    j = lf_start
    while j > 0 and not window[j - 1].isspace():
        j -= 1
    if j == lf_start or window[lf_start - 1] != "-":
        return lf_start
    segments = window[j : lf_start - 1].split("-")
    if all(seg == "" or _LOCANT.fullmatch(seg) for seg in segments) and any(segments):
        return j
    return lf_start


def _align_slash(sf: str, window: str) -> tuple[int, list[int]] | None:
    """``CFS/ME`` defined by "chronic fatigue syndrome": align one part of a slash form."""
    if "/" not in sf:
        return None
    for part in sf.split("/"):
        if len(part) >= 2:
            got = _align(part, window)
            if got is not None:
                return got
    return None


# ---- detection -------------------------------------------------------------------------------


def _closing(text: str, open_at: int) -> int | None:
    opener = text[open_at]
    closer = ")" if opener == "(" else "]"
    depth = 0
    for j in range(open_at, min(len(text), open_at + 400)):
        ch = text[j]
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return j
        elif ch == "\n" and j > open_at and text[j - 1] == "\n":
            return None
    return None


def _sf_before(text: str, paren: int) -> tuple[str, int] | None:
    """The short form written right before "(" ("RLS (restless legs syndrome)")."""
    m = re.search(r"([^\s(),;:]+)\s*$", text[max(0, paren - 40) : paren])
    if not m:
        return None
    sf = m.group(1)
    start = paren - (len(text[max(0, paren - 40) : paren]) - m.start(1))
    return (sf, start) if is_short_form(sf) and any(ch.isupper() for ch in sf) else None


def _known_sense(sf: str, cuts: list[int], text: str, suffix: bool) -> int | None:
    """Where a known sense of ``sf`` (from the inventory) starts (``suffix``: the text from a cut
    to the end) or ends (the text from the start to a cut) -- for definitions whose letters do not
    align ("HbA1c (glycated haemoglobin)", "heart attack (MI)")."""
    from healthlint.lexicons.abbreviations import inventory, judge

    if (inventory().get(sf) is None and inventory().get_folded(sf) is None) or not cuts:
        return None
    best: tuple[float, int] | None = None
    for cut in cuts[-6:] if suffix else cuts[:6]:
        piece = text[cut:] if suffix else text[:cut]
        if not piece.strip() or not piece.strip()[0].isalnum() or piece.split()[0].lower() in _FUNCTION_WORDS:
            continue
        verdict = judge(sf, piece)
        if verdict.status == "ok" and verdict.score >= 0.95 and (best is None or verdict.score > best[0]):
            best = (verdict.score, cut)
    return None if best is None else best[1]


def _lf_inside(sf: str, inner: str) -> int | None:
    """Length of the long form at the start of ``inner`` for short form ``sf`` (or ``None``): the
    prefix of the parenthetical, up to a ``;``/``,``/dash note, that aligns best (ties: shortest)."""
    cut = re.search(r";\s|,\s|\s[-–—]\s", inner)
    body = (inner[: cut.start()] if cut else inner).rstrip()
    lead = len(body) - len(body.lstrip())
    body = body.lstrip()
    if not body or not body[0].isalnum() or body.count("(") != body.count(")"):
        return None
    best: tuple[int, int] | None = None  # (score, length)
    for m in re.finditer(r"\S+", body):
        prefix = body[: m.end()]
        if prefix.count("(") != prefix.count(")"):
            continue
        got = _align_scored(sf, prefix)
        if got is None or got[0] != 0 or not _plausible(sf, prefix, got[1]):
            continue
        if best is None or got[2] > best[0]:
            best = (got[2], len(prefix))
    if best is None or _wrong_for_inventory(sf, body[: best[1]]):
        known = _known_sense(sf, [m.end() for m in re.finditer(r"\S+", body)], body, suffix=False)
        # a known sense at the start corrects the boundary only where what follows is a note, not
        # more of the name: "(attention deficit hyperactive dysfunction)" is one wrong long form,
        # not "attention deficit" and a remark
        if known is not None and (best is None or _NOTE_AFTER.match(body, known)):
            return lead + known
    return None if best is None else lead + best[1]


_NOTE_AFTER = re.compile(
    r"\s*(?:[,;:.\-–—(]|(?:which|that|who|is|are|was|were|a|an|the|also|or|i\.e\.|e\.g\.)\b)", re.I
)


_OPEN = re.compile(r"[(\[]")
_DIGIT_SF = re.compile(r"[A-Za-z]{1,3}[0-9][A-Za-z]?")


def _lf_sf_inside(inner: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"(blood-brain barrier, BBB)": long form and short form both inside the parentheses."""
    m = re.fullmatch(r"\s*([^,;()\[\]]+?),\s+([^\s,;]+)\s*", inner)
    if not m or not is_short_form(m.group(2)) or not any(ch.isupper() for ch in m.group(2)):
        return None
    sf, lf = m.group(2), m.group(1)
    got = _align(sf, lf)
    if got is None or got[0] != 0 or not _plausible(sf, lf, got[1]):
        return None
    return (m.start(1), m.end(1)), (m.start(2), m.end(2))


def find_definitions(text: str) -> list[Definition]:
    """Every abbreviation definition in ``text``, in document order (duplicates kept)."""
    out: list[Definition] = []
    opens = [m.start() for m in _OPEN.finditer(text)]
    for pos in opens:
        close = _closing(text, pos)
        if close is not None:
            inner = text[pos + 1 : close]
            found = _short_from_inner(inner)
            done = False
            if found is not None:
                sf, off = found
                lf = _lf_before(text, sf, pos)
                if lf is not None:
                    s0 = pos + 1 + off
                    out.append(Definition(sf, text[lf[0] : lf[1]], Span(s0, s0 + len(sf)), Span(*lf), "lf-sf",
                                          close + 1))
                    done = True
            if not done and found is None:
                one = _single_letter(text, pos, inner)
                if one is not None:
                    s0 = pos + 1 + len(inner) - len(inner.lstrip())
                    out.append(Definition(text[s0], text[one[0] : one[1]], Span(s0, s0 + 1), Span(*one), "lf-sf",
                                          close + 1))
                    done = True
            # "RLS (restless legs syndrome)"; not "IL-6 (IL6)", where the parenthesis holds a short form
            if not done and inner.strip() and (found is None or found[0] != inner.strip()):
                before = _sf_before(text, pos)
                if before is not None:
                    sf, s0 = before
                    n = _lf_inside(sf, inner)
                    if n is not None:
                        lead = len(inner) - len(inner.lstrip())
                        l0 = pos + 1 + lead
                        l1 = pos + 1 + n
                        out.append(Definition(sf, text[l0:l1], Span(s0, s0 + len(sf)), Span(l0, l1), "sf-lf",
                                              close + 1))
                        done = True
            # "(blood-brain barrier, BBB)"
            if not done and found is None:
                inside = _lf_sf_inside(inner)
                if inside is not None:
                    (l0, l1), (s0, s1) = inside
                    base = pos + 1
                    out.append(Definition(text[base + s0 : base + s1], text[base + l0 : base + l1],
                                          Span(base + s0, base + s1), Span(base + l0, base + l1), "lf-sf-inside"))
    out.extend(_or_definitions(text, out))
    out.extend(_stands_for_definitions(text, out))
    out.sort(key=lambda d: d.span.start)
    return out


# "IBS stands for irritable bowel syndrome", "CoQ10 is short for coenzyme Q10"
_STANDS_FOR = re.compile(
    r"(?<![\w/-])([A-Z][A-Za-z0-9/\-]{1,9})\s+(?:(?:really|actually|simply|just)\s+)?(?:stands\s+for|is\s+short\s+for|"
    r"is\s+an?\s+abbreviation\s+(?:for|of)|is\s+the\s+abbreviation\s+(?:for|of))\s+"
)


def _stands_for_definitions(text: str, seen: Sequence[Definition]) -> list[Definition]:
    """Definitions told in words: "IBS stands for irritable bowel syndrome", "... is short for ..."."""
    taken = [d.span for d in seen]
    out: list[Definition] = []
    if "stands for" not in text and "short for" not in text and "abbreviation" not in text:
        return out
    for m in _STANDS_FOR.finditer(text):
        sf = m.group(1)
        if not is_short_form(sf) or (sf.isalpha() and sf.istitle()):
            continue
        n = _LF_AFTER_OR.match(text, m.end())
        if n is None:
            continue
        lf = n.group(1).strip()
        got = _align(sf, lf)
        if got is None or got[0] != 0 or not _plausible(sf, lf, got[1]):
            continue
        span = Span(n.start(1), n.start(1) + len(lf))
        if not any(t.overlaps(span) for t in taken):
            out.append(Definition(sf, lf, Span(m.start(1), m.end(1)), span, "sf-stands-for-lf"))
    return out


_SF_BEFORE_OR = re.compile(r"(?<![\w/-])([A-Z][A-Za-z0-9/\-]{1,9}),?$")
_LF_AFTER_OR = re.compile(r"(?:the )?([a-zA-Z][^,;:.()\n]{3,80}?)(?=[,;:.)]|\s\()")
_SF_AFTER_OR = re.compile(r"(?:simply )?([A-Z][A-Za-z0-9/\-]{1,9})(?=[,;:.)])")
_LF_BEFORE_OR = re.compile(r"([a-zA-Z][^,;:.()\n]{3,80}?),?$")


def _or_definitions(text: str, seen: Sequence[Definition]) -> list[Definition]:
    """Lay-text forms: "RLS, or restless legs syndrome," and "restless legs syndrome, or RLS,"."""
    taken = [d.span for d in seen]
    out: list[Definition] = []
    pos = text.find(" or ")
    while pos != -1:
        after = pos + 4
        found = _or_sf_first(text, pos, after) or _or_lf_first(text, pos, after)
        if found is not None and not any(t.overlaps(found.long_span) for t in taken):
            out.append(found)
        pos = text.find(" or ", after)
    return out


def _or_sf_first(text: str, pos: int, after: int) -> Definition | None:
    m = _SF_BEFORE_OR.search(text, max(0, pos - 12), pos)
    if m is None:
        return None
    sf = m.group(1)
    if not is_short_form(sf) or (sf.isalpha() and sf.istitle()):
        return None
    n = _LF_AFTER_OR.match(text, after)
    if n is None:
        return None
    lf = n.group(1).strip()
    got = _align(sf, lf)
    if got is None or got[0] != 0 or not _plausible(sf, lf, got[1]):
        return None
    return Definition(sf, lf, Span(m.start(1), m.end(1)), Span(n.start(1), n.start(1) + len(lf)), "sf-or-lf")


def _or_lf_first(text: str, pos: int, after: int) -> Definition | None:
    m = _SF_AFTER_OR.match(text, after)
    if m is None:
        return None
    sf = m.group(1)
    if not is_short_form(sf) or (sf.isalpha() and sf.istitle()):
        return None
    p = _LF_BEFORE_OR.search(text, max(0, pos - 82), pos)
    if p is None:
        return None
    phrase = p.group(1)
    alnum_sf = sum(ch.isalnum() for ch in sf)
    words = list(re.finditer(r"\S+", phrase))[-min(alnum_sf + 5, alnum_sf * 2) :]
    if not words:
        return None
    window = phrase[words[0].start() :]
    got = _align(sf, window)
    if got is None:
        return None
    lf = window[got[0] :]
    if not _plausible(sf, lf, [q - got[0] for q in got[1]]):
        return None
    l0 = p.start(1) + words[0].start() + got[0]
    return Definition(sf, lf, Span(m.start(1), m.end(1)), Span(l0, l0 + len(lf)), "lf-or-sf")


# ---- annotator -------------------------------------------------------------------------------


def annotate_text(text: str) -> list[Abbreviation]:
    """Definitions in ``text`` with their status against the sense inventory."""
    from healthlint.lexicons.abbreviations import judge

    out = []
    for d in find_definitions(text):
        verdict = judge(d.short, d.long)
        span = d.span
        out.append(Abbreviation(
            short=d.short, long=d.long, start=span.start, end=span.end, short_span=d.short_span,
            long_span=d.long_span, status=verdict.status, expected=list(verdict.expected),
            evidence={"pattern": d.pattern, "score": round(verdict.score, 3), "source": verdict.source},
        ))
    return out


class AbbreviationAnnotator:
    name = "abbreviations"
    version = "1"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("abbreviations",)

    def predict(self, docs: Sequence[Document]) -> list[list[Abbreviation]]:
        return [annotate_text(doc.text) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Abbreviation]]) -> None:
        for doc, abbreviations in zip(docs, predictions, strict=True):
            doc.abbreviations = abbreviations
            doc.annotated.add("abbreviations")
