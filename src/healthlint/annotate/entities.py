"""Entities: conditions, symptoms, substances (drugs, vitamins, minerals, supplements, herbs, foods)
and treatments, found by dictionary lookup in the shipped vocabulary (lexicons/vocabulary.tsv.gz).

Matching is over word tokens: the text is cut into tokens once, and at each token whose lowercase
form starts a vocabulary entry, the longest n-gram that is a key of the vocabulary wins (hash
lookups, no regex alternation).  Tokens may be joined by a space, a hyphen, an apostrophe or a
slash, never by other punctuation.  Acronym-like entries (``CBD``, ``CoQ10``) match only with their
exact case; a final plural ``s`` is tolerated for lowercase entries (``migraines``).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from healthlint.document import Document, Entity

_TOKEN = re.compile(r"[^\W_]+")
_JOINERS = frozenset({" ", "-", "'", "’", "‐", "/"})


@dataclass(frozen=True, slots=True)
class VocabEntry:
    surface: str
    type: str
    kind: str
    canonical: str
    source_id: str
    case_tokens: tuple[str, ...] | None  # exact-case tokens for acronym-like entries, else None


class Vocabulary:
    """The vocabulary: rows by lookup key, parsed into :class:`VocabEntry` on first use."""

    __slots__ = ("_parsed", "max_len", "rows", "second")

    def __init__(self, rows: dict[str, str], max_len: dict[str, int], second: dict[str, set[str]]) -> None:
        self.rows = rows  # key (lowercase tokens joined by spaces) -> rest of the TSV row
        self.max_len = max_len  # first token -> longest entry (in tokens) starting with it
        self.second = second  # first token -> the second tokens of entries starting with it
        self._parsed: dict[str, VocabEntry] = {}

    def get(self, key: str) -> VocabEntry | None:
        entry = self._parsed.get(key)
        if entry is None:
            row = self.rows.get(key)
            if row is None:
                return None
            surface, etype, kind, canonical, sid = row.split("\t")
            case_tokens = tuple(_TOKEN.findall(surface)) if _case_sensitive(surface) else None
            entry = self._parsed[key] = VocabEntry(surface, etype, kind, canonical, sid, case_tokens)
        return entry

    def lookup(self, term: str) -> VocabEntry | None:
        """The entry for a term, compared the annotator's way (case aside)."""
        return self.get(key_of(term))

    def __len__(self) -> int:
        return len(self.rows)


def key_of(term: str) -> str:
    return " ".join(_TOKEN.findall(term.lower()))


def _case_sensitive(surface: str) -> bool:
    """Acronym-like: an uppercase letter after the first character of a token (CBD, CoQ10, HIV/AIDS)."""
    return any(any(ch.isupper() for ch in tok[1:]) for tok in _TOKEN.findall(surface))


@cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, loaded once (rows stay unparsed until looked up)."""
    raw = resources.files("healthlint.lexicons").joinpath("vocabulary.tsv.gz").read_bytes()
    rows: dict[str, str] = {}
    max_len: dict[str, int] = {}
    second: dict[str, set[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        key, rest = line.split("\t", 1)
        rows[key] = rest
        first, _, tail = key.partition(" ")
        if tail:
            nxt, _, more = tail.partition(" ")
            n = more.count(" ") + 3 if more else 2
            followers = second.get(first)
            if followers is None:
                second[first] = {nxt}
            else:
                followers.add(nxt)
        else:
            n = 1
        if max_len.get(first, 0) < n:
            max_len[first] = n
    return Vocabulary(rows, max_len, second)


def find_entities(text: str, vocab: Vocabulary | None = None) -> list[Entity]:
    """All vocabulary mentions in ``text``, longest match first, left to right, not overlapping."""
    vocab = vocab or vocabulary()
    rows, max_len, second = vocab.rows, vocab.max_len, vocab.second
    lower = text.lower()
    if len(lower) != len(text):  # a rare case-mapping that changes length: keep offsets exact
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    spans = [m.span() for m in _TOKEN.finditer(lower)]
    words = [lower[s:e] for s, e in spans]
    out: list[Entity] = []
    n_tok = len(spans)
    i = 0
    while i < n_tok:
        w = words[i]
        longest = max_len.get(w)
        if longest is None and not (len(w) > 4 and w[-1] == "s" and w[:-1] in rows):
            i += 1
            continue
        reach = 1
        if longest and longest > 1 and i + 1 < n_tok:
            nxt = words[i + 1]
            followers = second.get(w)
            if followers is not None and (nxt in followers or (nxt[-1] == "s" and nxt[:-1] in followers)):
                # how far the n-gram can reach: tokens joined by allowed separators only
                limit = min(longest, n_tok - i)
                while reach < limit:
                    gap = lower[spans[i + reach - 1][1] : spans[i + reach][0]]
                    if not gap or len(gap) > 2 or any(ch not in _JOINERS for ch in gap):
                        break
                    reach += 1
        hit: tuple[int, VocabEntry] | None = None
        for n in range(reach, 0, -1):
            key = " ".join(words[i : i + n]) if n > 1 else w
            if key not in rows:
                last = words[i + n - 1]
                if not (len(last) > 4 and last[-1] == "s" and key[:-1] in rows):
                    continue
                key = key[:-1]
                entry = vocab.get(key)
                if entry is None or entry.case_tokens is not None:
                    continue
            else:
                entry = vocab.get(key)
                if entry is None:
                    continue
            if entry.case_tokens is not None:
                got = tuple(text[s:e] for s, e in spans[i : i + n])
                if got != entry.case_tokens:
                    continue
            hit = (n, entry)
            break
        if hit is None:
            i += 1
            continue
        n, entry = hit
        start, end = spans[i][0], spans[i + n - 1][1]
        out.append(Entity(start, end, text[start:end], entry.type, entry.canonical, entry.source_id, entry.kind))
        i += n
    return out


class EntityAnnotator:
    name = "entities"
    version = "1"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("entities",)

    def predict(self, docs: Sequence[Document]) -> list[list[Entity]]:
        vocab = vocabulary()
        return [find_entities(doc.text, vocab) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Entity]]) -> None:
        for doc, entities in zip(docs, predictions, strict=True):
            doc.entities = entities
            doc.annotated.add("entities")
