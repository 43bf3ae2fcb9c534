"""The transfer set the claim-strength teacher labels for the student: real unlabelled sentences
plus edited copies of them.

A student distilled from a teacher learns the teacher's decision boundary only where the transfer
set has sentences near it (Tang et al. 2019, "Distilling task-specific knowledge from BERT into
simple neural networks", augment the transfer set for this reason).  Claim strength turns on a few
words: a modal before a causal verb, "linked to" against "lowers", a negation.  So besides the real
sentences this module writes, for each source sentence, copies that change exactly those words,
and copies with words dropped or cut to a window so that the student cannot lean on sentence
length or on one position.  Every round (round ``r`` draws from seed ``r``) makes:

- ``hedge``: a causal cue verb gets a modal ("lowers" -> "may lower", "can help");
- ``assert``: a modal before a causal cue becomes a plain auxiliary ("may lower" -> "does lower");
- ``associate``: a causal cue verb becomes an association ("lowers" -> "is linked to");
- ``cause``: an association cue becomes a causal verb, hedged or not ("linked to" -> "causes");
- ``drop``: each word is dropped with probability 0.15;
- ``window``: a random contiguous 50-90% of the words.

Rounds after the first (they were added once the first had been labelled, which it must stay
for the teacher's probabilities to keep their keys) also make:

- ``negate``: "lowers" -> "does not lower", "may lower" -> "may not lower", "was linked to" ->
  "was not linked to";
- ``hedged association``: "was linked to" -> "may be linked to";
- ``transplant``: another source sentence's short subject before this sentence's claim ("Green
  tea may lower ..." -> "Beetroot juice may lower ...");
- ``attribute``: an attribution in front ("Studies show that green tea may lower ...").

The edits need not be grammatical or keep the sentence's label: the teacher labels every copy,
and no copy is ever scored.  Sources are the ``dev`` gold sentences, the unlabelled pool of
``train_claims.pool_sentences`` (news and MED1250, minus every document of a held-out sentence)
and the sentences of the articles in ``tests/corpus``.  Held-out sentences (``test``, ``fresh``,
``heldout``) and their documents are never used, nor the 1,500 validation sentences of
``claims_data.validation_ids``.  The set is deterministic, so ``scripts/train_claims.py`` rebuilds
it and joins the teacher's probabilities by sentence key; anything that changes its sources (new
labels, another corpus article) changes the copies and needs the teacher run again.

    .venv/bin/python scripts/claims_transfer.py --write .gpu/transfer.jsonl.gz  # or --real-only
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from claims_data import load, read_sentences, validation_ids  # noqa: E402
from healthlint.annotate import claims as C  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
# the corpus articles of the transfer set, frozen: an article added to tests/corpus later must not
# change the set, or the teacher's probabilities would lose their keys
ARTICLES = ROOT / "data" / "claims" / "transfer_articles.txt"
_WORD = re.compile(r"\S+")
_MODAL_BEFORE = re.compile(r"\b(may|might|could|can|would)\s+(?:\w+ly\s+)?(?:help\s+(?:to\s+)?)?$", re.I)
_HEDGES = ("may", "might", "could", "can", "may help", "could help", "appears to", "is likely to", "may not")
_ASSERTS = ("does", "did", "will", "", "clearly", "really")
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_ASSOCIATIONS = (
    "is linked to", "was associated with", "is associated with", "correlated with", "was tied to",
    "is connected to", "were linked with", "is related to",
)
_ATTRIBUTIONS = (
    "Studies show that", "Experts say", "According to a new study,", "Some researchers believe",
    "Doctors now know that", "A 2019 trial (Smith et al.) found that", "Many people believe",
    "The authors conclude that", "It is well known that", "There is some evidence that",
)
_CAUSES = (
    "causes", "reduces", "increases", "leads to", "prevents", "lowers", "may cause", "may reduce",
    "might increase", "could lead to", "protects against", "raises",
)


def corpus_sentences(root: Path = CORPUS) -> list[str]:
    """Sentences of the corpus articles listed in ``data/claims/transfer_articles.txt`` (the 221
    bad and careful articles of ``tests/corpus`` when the teacher labelled the set)."""
    from healthlint.annotate.sentences import split_sentences
    from healthlint.ingest import read_text

    out: list[str] = []
    for name in ARTICLES.read_text(encoding="utf-8").split():
        path = root / name
        doc = read_text(path.read_text(encoding="utf-8"), str(path))
        out += [doc.text[s.start : s.end].strip() for s in split_sentences(doc.text)]
    return out


def _words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def _dropped(sentence: str, rng: random.Random) -> str | None:
    words = _words(sentence)
    kept = [w for w in words if rng.random() >= 0.15]
    return " ".join(kept) if len(kept) >= 4 and len(kept) < len(words) else None


def _window(sentence: str, rng: random.Random) -> str | None:
    words = _words(sentence)
    if len(words) < 8:
        return None
    size = max(4, int(len(words) * rng.uniform(0.5, 0.9)))
    start = rng.randrange(0, len(words) - size + 1)
    return " ".join(words[start : start + size])


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _verbs_and_links(found: list[C.Cue]) -> tuple[list[C.Cue], list[C.Cue]]:
    """The causal verb cues and the association cues among ``found``."""
    verbs = [c for c in found if c.category != "association" and c.strength != "none"]
    return verbs, [c for c in found if c.category == "association"]


def _verb_parts(sentence: str, cue: C.Cue, cues: C.Cues) -> tuple[str, str]:
    """The base form of a verb cue's first word, and the rest of the cue ("helps prevent" ->
    "help", " prevent")."""
    head = sentence[cue.start : cue.end]
    word = head.split()[0]
    return cues.verb_base.get(word.lower(), word.lower()), head[len(word) :]


def _cue_edits(sentence: str, found: list[C.Cue], rng: random.Random, cues: C.Cues) -> list[str]:
    out: list[str] = []
    verbs, links = _verbs_and_links(found)
    if verbs:
        cue = rng.choice(verbs)
        base, rest = _verb_parts(sentence, cue, cues)
        before, after = sentence[: cue.start], sentence[cue.end :]
        modal = _MODAL_BEFORE.search(before)
        if modal:
            before = before[: modal.start()]
            aux = rng.choice(_ASSERTS)
            verb = base if aux in ("does", "did", "will") else _third_person(base)
            out.append(before + (aux + " " if aux else "") + verb + rest + after)
        else:
            out.append(before + rng.choice(_HEDGES) + " " + base + rest + after)
        out.append(before + rng.choice(_ASSOCIATIONS) + after)
    if links:
        cue = rng.choice(links)
        before = sentence[: cue.start]
        be = _BE_BEFORE.search(before)
        out.append((before[: be.start()] if be else before) + rng.choice(_CAUSES) + sentence[cue.end :])
    return out


def _more_edits(
    sentence: str, found: list[C.Cue], rng: random.Random, cues: C.Cues, subjects: list[str]
) -> list[str]:
    """The edits of the later rounds: negation, a hedged association, another sentence's
    subject before this sentence's claim, and an attribution in front."""
    out: list[str] = []
    verbs, links = _verbs_and_links(found)
    first = min(found, key=lambda c: c.start) if found else None
    if verbs:
        cue = rng.choice(verbs)
        base, rest = _verb_parts(sentence, cue, cues)
        before = sentence[: cue.start]
        modal = _MODAL_BEFORE.search(before)
        neg = rng.choice(("may not", "might not", "cannot") if modal else ("does not", "did not", "do not", "never"))
        verb = _third_person(base) if neg == "never" else base
        kept = before[: modal.start()] if modal else before
        out.append(kept + neg + " " + verb + rest + sentence[cue.end :])
    if links:
        cue = rng.choice(links)
        before = sentence[: cue.start]
        be = _BE_BEFORE.search(before)
        if be:
            out.append(before[: be.end()] + "not " + sentence[cue.start :])
            hedged = rng.choice(("may be", "might be", "could be"))
            out.append(before[: be.start()] + hedged + " " + sentence[cue.start :])
    if first is not None and subjects:
        cut = _claim_start(sentence, first.start)
        if 1 <= len(sentence[:cut].split()) <= 8:
            out.append(rng.choice(subjects) + " " + sentence[cut:])
    if sentence[:1].isupper() and sentence[1:2].islower():
        out.append(rng.choice(_ATTRIBUTIONS) + " " + sentence[0].lower() + sentence[1:])
    return out


def _claim_start(sentence: str, cue_start: int) -> int:
    """Where the claim's verb group begins: at a modal before the first cue, else at the cue."""
    modal = _MODAL_BEFORE.search(sentence[:cue_start])
    return modal.start() if modal else cue_start


def subject_of(sentence: str) -> str | None:
    """The words before a sentence's first claim cue, when they look like a short subject."""
    found = C.find_cues(sentence)
    if not found:
        return None
    head = sentence[: _claim_start(sentence, min(c.start for c in found))].strip()
    return head if 1 <= len(head.split()) <= 6 and head[:1].isupper() and not head.endswith((",", ":")) else None


def variants(sentence: str, rng: random.Random, cues: C.Cues, subjects: list[str] | None = None) -> list[str]:
    """The edited copies of one source sentence (see the module docstring); ``subjects`` (other
    sentences' subjects) turns on the edits of the later rounds."""
    found = C.find_cues(sentence)
    out = _cue_edits(sentence, found, rng, cues)
    if subjects is not None:
        out += _more_edits(sentence, found, rng, cues, subjects)
    out += [v for v in (_dropped(sentence, rng), _window(sentence, rng)) if v]
    return out


def real_sentences(pool: Iterable[str]) -> list[str]:
    """The unlabelled real sentences: the pool's, then the corpus articles'."""
    return [s for s in list(pool) + corpus_sentences() if 15 <= len(s) <= 600]


def transfer_sentences(real: Sequence[str], rounds: int = 2) -> list[str]:
    """The ``real`` sentences (:func:`real_sentences`), then every source's edited copies, round
    by round (round ``r`` draws from seed ``r``), with no repeats, no gold sentence, and no copy of
    a held-out or validation sentence."""
    rows = load()
    val = validation_ids()
    gold = {r["text"].strip() for r in rows}
    unseen = {r["text"].strip() for r in rows if r["split"] != "dev" or r["id"] in val}
    cues = C.cues()
    sources = [r["text"].strip() for r in rows if r["split"] == "dev"] + list(real)
    out: list[str] = []
    seen = set(gold)
    for s in real:
        if s not in seen:
            seen.add(s)
            out.append(s)
    sources = [s for s in sources if s not in unseen]
    subjects = sorted({h for s in sources if (h := subject_of(s))})
    for r in range(rounds):
        rng = random.Random(r)
        for s in sources:
            for v in variants(s, rng, cues, subjects if r else None):
                v = v.strip()
                if len(v) >= 15 and v not in seen:
                    seen.add(v)
                    out.append(v)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path, required=True, help="JSONL (.gz/.xz) of {'text': ...}")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--real", type=Path, help="read the real sentences from this JSONL, not ../shared and the corpus")
    ap.add_argument("--real-only", action="store_true", help="write the real sentences alone (for a GPU machine)")
    args = ap.parse_args()
    if args.real:
        real = read_sentences(args.real)
    else:
        import train_claims

        real = real_sentences(train_claims.pool_sentences())
    texts = real if args.real_only else transfer_sentences(real, args.rounds)
    opener = {".gz": gzip.open, ".xz": lzma.open}.get(args.write.suffix, open)
    with opener(args.write, "wt", encoding="utf-8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"wrote {args.write}: {len(texts):,} sentences")


if __name__ == "__main__":
    main()
