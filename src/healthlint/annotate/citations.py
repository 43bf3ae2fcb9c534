"""The ``citations`` layer: where the text points at a source, linked to the reference list.

Kinds:

* ``marker``: numbered markers ``[1]``, ``[2, 5]``, ``[3–6]`` and superscripts ``¹ ²``;
* ``author_year``: ``(Smith et al., 2019)``, ``(Lee & Park, 2020; Chan, 2018)``, ``Smith and Jones (2017)``,
  ``Smith and colleagues (Hypertension, 2006)``;
* ``narrative``: a dated or named study in running text -- "according to a 2019 study in Neurology",
  "a study published in the journal Pediatrics", "reported in JAMA Internal Medicine";
* ``link``: a hyperlink to a scholarly or authoritative site (PubMed, doi.org, a journal, the NIH,
  CDC, WHO, NHS ...).

``Citation.reference`` is the index of the first matching entry of ``Document.references``;
``extra["references"]`` lists all of them (a range marker cites several).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from healthlint.document import Citation, Document, Reference
from healthlint.scholarly import authoritative_host, named_journal_pattern, scholarly_host

_MARKER = re.compile(r"(?<![\[])\[(\d{1,3}(?:[ \t]*[-–,][ \t]*\d{1,3})*)\](?![(:\[])")
_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = re.compile(rf"(?<=[^\s\d{_SUP_DIGITS}])([{_SUP_DIGITS}]+(?:[⁻˗,‚][{_SUP_DIGITS}]+)*)")
_GLUED = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z][.,;:)\]])|(?<=[a-z][.,;:)\]][”\"’]))"
                    r"(\d{1,3}(?:[,–-]\d{1,3})*)(?=[\s.,;:)]|$)")
_UNIT_BEFORE = re.compile(r"(?:^|[\d\s/(])(?:k?m|cm|mm|µm|ft|in|m/s|kg/m|mg/m)$")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar"
           "|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter")
_NAME = rf"(?!(?:{_MONTHS})\b)[A-Z][\w'’-]+(?:[ \t]+(?:van|von|de|der)?[ \t]*[A-Z][\w'’-]+)?"
# one author-year citation; "Peppard and colleagues, New England Journal of Medicine, 2000" too
_AY_ONE = (rf"{_NAME}(?:(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:and|&)[ \t]+(?:colleagues|co-?workers)),?[ \t]+"
           rf"(?:(?:[A-Z][\w'’&.-]*|of|and|the|in|for)(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|the|in|for)){{0,7}}"
           rf"[ \t]*,[ \t]*)?"
           rf"|(?:[ \t]+(?:and|&)[ \t]+{_NAME})?,?[ \t]+)(?:19|20)\d{{2}}[a-z]?"
           r"(?:,[ \t]*(?:p|pp)\.[ \t]*\d+(?:[-–]\d+)?)?")
_AUTHOR_YEAR = re.compile(rf"\([ \t]*(?:(?:see|e\.g\.|cf\.)[, \t]+)?{_AY_ONE}(?:;[ \t]*{_AY_ONE})*[ \t]*\)")
# "Smith and Jones (2017)", "Smith et al. (2019)", "Gangwisch and colleagues (Hypertension, 2006)" (a
# journal before the year only after "et al." or "and colleagues": "Halvorsen (Halvorsen Press, 2025)"
# is a book by the writer, not a study)
_NARRATIVE_AY = re.compile(
    rf"\b{_NAME}(?:(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:and|&)[ \t]+(?:colleagues|co-?workers|co-?authors|(?:his|her|their)"
    rf"[ \t]+(?:colleagues|team)))[ \t]+\([ \t]*(?:[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){{0,6}}[ \t]*,[ \t]*)?"
    rf"|(?:[ \t]+(?:and|&)[ \t]+{_NAME})?[ \t]+\([ \t]*)((?:19|20)\d{{2}})[a-z]?[ \t]*\)"
)
_VENUE = (rf"(?!(?:{_MONTHS})\b)(?:The[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:of|and|&|for|in|on|the)?[ \t]*"
          rf"(?!(?:{_MONTHS}|This|Last|On|In)\b)[A-Z][\w'’&-]*){{0,8}}")
_STUDY = r"(?:study|studies|trial|review|analysis|meta-analysis|paper|report|survey|research|article|findings|data)"
_NARRATIVE = re.compile(
    rf"(?:[Aa]ccording[ \t]+to[ \t]+(?:a|an|the|new)?[ \t]*(?:(?P<y1>(?:19|20)\d{{2}})[ \t]+)?[\w -]{{0,30}}?{_STUDY}"
    rf"[ \t]+(?:(?:published|appearing|reported)[ \t]+)?(?:online[ \t]+)?(?:\w+[ \t]+)?in[ \t]+"
    rf"(?:the[ \t]+(?:journal[ \t]+)?)?(?P<v1>{_VENUE}))"
    rf"|(?:(?:published|appearing|appears|reported|appeared)[ \t]+(?:online[ \t]+|today[ \t]+|this[ \t]+week[ \t]+"
    rf"|recently[ \t]+|last[ \t]+\w+[ \t]+|on[ \t]+\w+[ \t]+)?in[ \t]+(?:the[ \t]+(?:latest[ \t]+issue[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?)?)?(?:journal[ \t]+)?(?P<v2>{_VENUE}))"
    rf"|(?:(?:a|an|the)[ \t]+(?P<y3>(?:19|20)\d{{2}})[ \t]+[\w -]{{0,30}}?{_STUDY}\b)"
)
_NOT_VENUE = re.compile(rf"^(?:{_MONTHS}|[A-Z][a-z]+day|English|Spanish|French|German|Chinese|Europe|America"
                        r"|Africa|Asia|Australia|Canada|China|India|Japan|Britain|England|Scotland|Wales"
                        r"|the US|US|UK)$")


def _labels(spec: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[ \t]*[,‚][ \t]*", spec):
        bits = re.split(r"[ \t]*[-–⁻˗][ \t]*", part)
        if (len(bits) == 2 and bits[0].isdigit() and bits[1].isdigit()
                and int(bits[0]) <= int(bits[1]) <= int(bits[0]) + 50):
            out.extend(str(i) for i in range(int(bits[0]), int(bits[1]) + 1))
        elif part.strip().isdigit():
            out.append(str(int(part.strip())))
    return out


def _sup_to_int(s: str) -> str:
    return "".join(str(_SUP_DIGITS.index(c)) if c in _SUP_DIGITS else ("-" if c in "⁻˗" else ",") for c in s)


def surname(author: str) -> str:
    """The family name of an author as written in a reference ("Smith J", "Smith, J.", "J Smith")."""
    a = author.strip()
    if "," in a:
        return a.split(",")[0].strip()
    parts = a.split()
    if not parts:
        return ""
    if len(parts) >= 2 and re.fullmatch(r"[A-Z]{1,4}|(?:[A-Z]\.)+", parts[0]):  # "J Smith" (Scholar)
        return parts[-1]
    if len(parts) >= 2 and re.fullmatch(r"[A-Z]{1,4}", parts[-1]):  # "Smith J" (Vancouver)
        return " ".join(parts[:-1])
    return parts[0]


def _norm(s: str) -> str:
    return re.sub(r"[^\w]+", " ", s.casefold()).strip()


class _Linker:
    def __init__(self, refs: Sequence[Reference]) -> None:
        self.refs = refs
        self.by_label = {r.label: i for i, r in enumerate(refs) if r.label}
        self.unlabelled = bool(refs) and not self.by_label

    def label(self, label: str) -> int | None:
        if label in self.by_label:
            return self.by_label[label]
        if self.unlabelled and label.isdigit() and 1 <= int(label) <= len(self.refs):
            return int(label) - 1
        return None

    def author_year(self, name: str, year: int | None) -> int | None:
        key = _norm(name)
        for i, r in enumerate(self.refs):
            if r.authors and _norm(surname(r.authors[0])) == key and (year is None or r.year == year):
                return i
        return None

    def venue_year(self, venue: str | None, year: int | None) -> int | None:
        if venue is None and year is None:
            return None
        v = _norm(venue or "")
        hits = []
        for i, r in enumerate(self.refs):
            if year is not None and r.year != year:
                continue
            if v and not (r.venue and (v in _norm(r.venue) or _norm(r.venue) in v)):
                continue
            hits.append(i)
        return hits[0] if len(hits) == 1 else None

    def href(self, href: str) -> int | None:
        h = unquote(href).casefold().rstrip("/")
        for i, r in enumerate(self.refs):
            for key in ("doi", "pmid", "pmcid", "url"):
                val = r.identifiers.get(key)
                if val and (val.casefold().rstrip("/") in h if key != "url" else val.casefold().rstrip("/") == h):
                    return i
        return None


def _inside(pos: int, regions: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)


def find_citations(doc: Document, regions: Sequence[tuple[int, int]] | None = None) -> list[Citation]:
    """Citations in ``doc`` outside the reference ``regions`` (by default: its reference sections
    and reference entries)."""
    text = doc.text
    if regions is None:
        regions = [(s.start, s.end) for s in doc.layers.get("reference_sections", [])]
        regions = [*regions, *((r.start, r.end) for r in doc.references)]
    link = _Linker(doc.references)
    out: list[Citation] = []

    def add(start: int, end: int, kind: str, refs: list[int | None], **extra: object) -> None:
        found = [r for r in refs if r is not None]
        out.append(Citation(start, end, text[start:end], kind, found[0] if found else None,
                            {"references": found, **extra}))

    for m in _MARKER.finditer(text):
        if _inside(m.start(), regions):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip():  # a list label, not a citation
            continue
        labels = _labels(m.group(1))
        add(m.start(), m.end(), "marker", [link.label(lb) for lb in labels], labels=labels)
    for m in _SUP.finditer(text):
        if _inside(m.start(), regions) or _UNIT_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        labels = _labels(_sup_to_int(m.group(1)))
        add(m.start(), m.end(), "marker", [link.label(lb) for lb in labels], labels=labels)
    if doc.references:
        # HTML readers flatten <sup>1</sup> to "faster.1" / "trials2,3": digits glued to a word's
        # end or a full stop, accepted only when every number names an entry of the reference list
        for m in _GLUED.finditer(text):
            if _inside(m.start(), regions):
                continue
            labels = _labels(m.group(1))
            refs = [link.label(lb) for lb in labels]
            if labels and all(r is not None for r in refs):
                add(m.start(1), m.end(1), "marker", refs, labels=labels, glued=True)
    for m in _AUTHOR_YEAR.finditer(text):
        if _inside(m.start(), regions):
            continue
        refs = []
        for one in re.finditer(rf"({_NAME})[^;]*?((?:19|20)\d{{2}})", m.group(0)):
            refs.append(link.author_year(one.group(1).split()[0] if " et " in one.group(0) else one.group(1),
                                         int(one.group(2))))
        add(m.start(), m.end(), "author_year", refs)
    for m in _NARRATIVE_AY.finditer(text):
        if _inside(m.start(), regions) or any(c.start <= m.start() < c.end for c in out):
            continue
        name = m.group(0).split()[0]
        if name in ("The", "A", "In", "This", "Since", "From", "By"):
            continue
        add(m.start(), m.end(), "author_year", [link.author_year(name, int(m.group(1)))])
    for m in _NARRATIVE.finditer(text):
        if _inside(m.start(), regions):
            continue
        venue = m.group("v1") or m.group("v2")
        if venue is not None:
            venue = venue.strip(" .")
            if _NOT_VENUE.match(venue) or len(venue) < 3:
                if m.group("y1") is None:
                    continue
                venue = None
        year_s = m.group("y1") or m.group("y3")
        if venue is None and year_s is None:
            continue
        if venue is None and not named_journal_pattern().search(text, m.end(), min(len(text), m.end() + 80)):
            # "a 2019 study" alone is dated, not named: still a specific pointer, but weaker
            add(m.start(), m.end(), "narrative", [link.venue_year(None, int(year_s))] if year_s else [], year=year_s,
                venue=None)
            continue
        add(m.start(), m.end(), "narrative", [link.venue_year(venue, int(year_s) if year_s else None)],
            year=year_s, venue=venue)
    for ln in doc.links:
        if ln.span is None:
            continue
        host = urlsplit(ln.href).hostname or ""
        if not authoritative_host(host):
            continue
        in_ref = next((i for i, r in enumerate(doc.references) if r.start <= ln.span.start < r.end), None)
        if in_ref is not None:
            continue  # part of a reference entry, not a citation in the text
        if _inside(ln.span.start, regions):
            continue
        add(ln.span.start, ln.span.end, "link", [link.href(ln.href)], href=ln.href,
            scholarly=scholarly_host(host))
    out.sort(key=lambda c: (c.start, c.end))
    dedup: list[Citation] = []
    for c in out:
        if dedup and c.start < dedup[-1].end and c.kind == dedup[-1].kind:
            continue
        dedup.append(c)
    return dedup


class CitationAnnotator:
    name = "citations"
    version = "1"
    requires: tuple[str, ...] = ("references",)
    provides: tuple[str, ...] = ("citations",)

    def predict(self, docs: Sequence[Document]) -> list[list[Citation]]:
        return [find_citations(doc) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Citation]]) -> None:
        for doc, cits in zip(docs, predictions, strict=True):
            doc.citations = cits
            doc.annotated.add("citations")
