"""The ``references`` layer: the article's reference list, each entry parsed into fields.

A reference section starts at a heading such as "References", "Sources", "Bibliography",
"Further reading", "Citations", "Sources & references used in this article:" or "Research I
mentioned in my stories" and runs to the
next heading.  Without such a heading, a run of two or more lines that each carry a link to a
scholarly site (an HTML list of outbound references) counts as one, and so does a list of two or
more items most of which are formal citations (authors, title, year), whatever introduces it.

Each entry is parsed by :func:`parse_reference`, which knows the common styles: Vancouver and
AMA (``Smith J, Lee K. Title. Journal. 2019;12(3):45-67.``), APA (``Smith, J. (2019). Title.
Journal, 12(3), 45–67.``), Harvard (``Smith, J. (2019) 'Title', Journal, 12, pp. 45-67.``), Google
Scholar listings (``Title by A Author, B Author – Journal, 2007 – Publisher``), bare DOIs, PMIDs
and PubMed, doi.org or journal URLs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from healthlint.document import Document, Reference
from healthlint.finding import Span
from healthlint.scholarly import journal_for_host, scholarly_host

HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*"
    r"(?:(?:list[ \t]+of[ \t]+)?references?(?:[ \t]+list)?(?:[ \t]+and[ \t]+notes)?|notes[ \t]+and[ \t]+references"
    r"|sources?(?:[ \t]*(?:&|and)[ \t]*(?:references?|further[ \t]+reading))?(?:[ \t]+used(?:[ \t]+in[ \t]+this"
    r"[ \t]+(?:article|post|page))?)?|bibliography|further[ \t]+reading|citations|works[ \t]+cited"
    r"|literature[ \t]+cited|selected[ \t]+references|key[ \t]+references|scientific[ \t]+references"
    r"|research[ \t]+cited"
    # "Research I mentioned in my stories", "Studies cited in this post", "Papers we referenced"
    r"|(?:the[ \t]+)?(?:research|studies|papers|sources|evidence)[ \t]+(?:(?:I|we|I'?ve|we'?ve)[ \t]+)?"
    r"(?:mentioned|cited|referenced|quoted|used)"
    r"(?:[ \t]+(?:in|on)[ \t]+(?:my|this|our|the|today'?s)[ \t]+[\w' ]{1,30}?)?)"
    r"[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.M)
_MARKER = re.compile(r"^[ \t]*(?:\[(\d{1,3})\]|\(?(\d{1,3})[.)](?!\d)|[-*+•·▪‣◦])[ \t]*")
_YEAR = re.compile(r"(?<![\d/.-])(1[89]\d{2}|20\d{2})(?![\d])")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_PMID = re.compile(r"\bPMID:?[ \t]*(\d{5,9})\b", re.I)
_PMCID = re.compile(r"\b(PMC\d{5,9})\b")
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?[ \t]*([\d][\d -]{8,16}[\dX])\b", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]]+", re.I)
_PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{5,9})", re.I)
_PMC_URL = re.compile(r"ncbi\.nlm\.nih\.gov/pmc/articles/(PMC\d+)", re.I)
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)")
_DASH = r"[ \t]*[–—-][ \t]*"
# "A Author" / "AB Author-Name" / "A van Author" (Google Scholar author lists)
_GS_AUTHOR = (r"(?:[A-Z]{1,4}|[A-Z]\.(?:[ \t]?[A-Z]\.)*)[ \t]+(?:(?:van|von|de|der|da|di|le|la|el|al|du)[ \t]+)*"
              r"[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’-]+(?=[ \t]*(?:,|…|\.\.\.|[–—-][ \t]|$)))?")
_GS = re.compile(
    rf"^(?P<title>.+?)[ \t]+by[ \t]+(?P<authors>{_GS_AUTHOR}(?:[ \t]*,[ \t]*{_GS_AUTHOR})*[ \t]*(?:…|\.\.\.)?)"
    rf"(?:{_DASH}(?P<rest>.*))?$",
    re.S,
)
# Vancouver / AMA author: "Smith J", "van der Berg AB", "O'Neil-Smith KL"; group authors are handled apart
_V_AUTHOR = (r"(?:(?:van|von|de|der|da|di|le|la|du|del|dos|mac|st\.?)[ \t]+)*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
             r"[ \t]+[A-Z]{1,4}(?:[ \t]+(?:Jr|Sr|II|III|IV)\b\.?)?")
_VANCOUVER = re.compile(
    rf"^(?P<authors>{_V_AUTHOR}(?:,[ \t]*{_V_AUTHOR})*(?:,?[ \t]+et[ \t]+al)?(?:;[ \t]*[A-Z][\w -]{{2,60}}?)?)\.[ \t]+"
    rf"(?P<rest>.+)$", re.S
)
# APA / Harvard author: "Smith, J.", "Smith, J. A.", "van Berg, A.-M."
_A_AUTHOR = r"[A-Z][\w'’ -]{0,40}?,[ \t]*(?:[A-Z][a-z]?\.[ \t-]*)+"
_APA = re.compile(
    rf"^(?P<authors>(?:{_A_AUTHOR}|[A-Z][\w&'’ -]+?)(?:(?:,|,?[ \t]*(?:&|and))[ \t]*(?:{_A_AUTHOR}|\.\.\.|…))*"
    rf"(?:(?<=\.\.\.)[ \t]*{_A_AUTHOR}|(?<=…)[ \t]*{_A_AUTHOR}|[ \t]*(?:\.\.\.|…)[ \t]*{_A_AUTHOR})?"
    rf"(?:,?[ \t]*(?:&|and)[ \t]*{_A_AUTHOR})?(?:,?[ \t]+et[ \t]+al\.)?)[ \t]*"
    rf"\((?P<year>(?:1[89]|20)\d{{2}})[a-z]?(?:,[^)]*)?\)(?P<dot>\.?)[ \t]*(?P<rest>.+)$",
    re.S,
)
_TERMINAL_WORDS = {"et", "al", "vs", "e.g", "i.e", "st", "dr", "no", "vol", "pp", "ed", "eds"}


@dataclass(slots=True)
class Parsed:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    style: str = "unknown"
    truncated: bool = False


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split()).strip(" \t,;:")
    s = s.strip("'‘’\"“”")
    if s.endswith(".") and not s.endswith("..."):
        s = s[:-1].rstrip()
    s = s.strip(" \t,;:")
    return s or None


def _identifiers(text: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    if m := _DOI.search(text):
        ids["doi"] = m.group(1).rstrip(".,;)]}>").rstrip(".")
    if (m := _PMID.search(text)) or (m := _PUBMED_URL.search(text)):
        ids["pmid"] = m.group(1)
    if (m := _PMCID.search(text)) or (m := _PMC_URL.search(text)):
        ids["pmcid"] = m.group(1)
    if m := _ISBN.search(text):
        ids["isbn"] = m.group(1).replace(" ", "").replace("-", "")
    if m := _URL.search(text):
        ids["url"] = m.group(0).rstrip(".,;)>")
    return ids


def _strip_tail(text: str) -> str:
    """Drop identifiers, URLs and access notes from the end of an entry."""
    cut = len(text)
    for pat in (
        re.compile(r"\b(?:doi|DOI)[: \t]*10\.\S+"), _DOI, _PMID, _PMCID, _URL, _ISBN,
        re.compile(r"(?<=[.,][ \t])(?:Available|Retrieved|Accessed|Published|Epub|Updated|Reviewed"
                   r"|Last (?:updated|reviewed)"
                   r"|Page last)\b"),
        re.compile(r"\[(?:PubMed|Google Scholar|CrossRef|Full text|PMC free article)[^\]]*\]", re.I),
    ):
        m = pat.search(text)
        if m and m.start() < cut and m.start() > 0:
            cut = m.start()
    return text[:cut].rstrip(" \t.,;")


def _split_sentences(text: str) -> list[str]:
    """Split a reference body on ". " (and "? " / "! ") but not after initials or abbreviations."""
    parts: list[str] = []
    start = 0
    for m in re.finditer(r"([.?!])[ \t]+(?=\S)", text):
        before = text[start : m.start()]
        last = re.split(r"[\s(]", before)[-1].lower().rstrip(".")
        if m.group(1) == "." and (last in _TERMINAL_WORDS or (len(last) == 1 and last.isalpha())
                                  or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)):
            continue
        parts.append(text[start : m.end(1)].strip())
        start = m.end()
    if start < len(text):
        parts.append(text[start:].strip())
    return [p for p in parts if p]


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def _venue_from_tail(tail: str) -> tuple[str | None, int | None]:
    """Venue and year from the part after the title: "Journal. 2019;12(3):45-67" (Vancouver/AMA),
    "Journal, 12(3), 45-67" (APA), "Journal 2019 Mar;12:45", "Publisher; 2019"."""
    tail = tail.strip()
    year = _year(tail)
    # venue runs up to the first year, volume or page information
    m = re.search(
        r"(?:[.,;][ \t]*|[ \t]+)(?=(?:1[89]|20)\d{2}\b)|[,;.][ \t]*(?=\d)|[ \t]+(?=\d+[ \t]*(?:\(|;|:|,))"
        r"|[,.][ \t]*(?=(?:vol|pp|p|no)\.?[ \t]*\d)|,[ \t]*(?=\()",
        tail,
        re.I,
    )
    venue = tail[: m.start()] if m else tail
    venue = re.sub(r"^\d+(?:st|nd|rd|th)[ \t]+(?:ed|edn|edition)\.?[ \t]*", "", venue.strip(), flags=re.I)
    # "City: Publisher" (books): keep the publisher
    if re.match(r"^[A-Z][\w .'-]+(?:,[ \t]*[A-Z]{2})?:[ \t]+[A-Z]", venue):
        venue = venue.split(":", 1)[1]
    venue = re.sub(r"^(?:In:?|in)[ \t]+", "", venue.strip())
    if re.fullmatch(r"[\d\s;:().,–-]*", venue):  # only a year or volume: no venue given
        return None, year
    return _clean(venue), year


def _parse_google_scholar(text: str) -> Parsed | None:
    m = _GS.match(text)
    if not m:
        return None
    p = Parsed(style="google-scholar")
    p.title = _clean(m.group("title"))
    authors = m.group("authors")
    p.truncated = bool(_ELLIPSIS.search(m.group(0)))
    p.authors = [a.strip(" ….") for a in authors.split(",") if a.strip(" ….")]
    rest = (m.group("rest") or "").strip()
    parts = re.split(_DASH, rest) if rest else []
    first = parts[0] if parts else ""
    ym = re.search(r"(?:^|,)[ \t]*((?:1[89]|20)\d{2})[ \t]*$", first)
    if ym:
        p.year = int(ym.group(1))
        p.venue = _clean(first[: ym.start()])
    else:
        p.year = _year(rest)
        if first and not _year(first) and len(parts) > 1:
            p.venue = _clean(first)
    if p.venue and re.fullmatch(r"[\w.-]+\.(?:com|org|net|gov|edu)", p.venue):  # "books.google.com"
        p.venue = None
    return p


def _parse_apa(text: str) -> Parsed | None:
    m = _APA.match(text)
    if not m:
        return None
    p = Parsed(style="apa" if m.group("dot") else "harvard", year=int(m.group("year")))
    splitter = r",[ \t]*(?:&|and)?[ \t]*(?=[A-Z][\w'’ -]+,)|[ \t]*&[ \t]*|[ \t]+and[ \t]+"
    p.authors = [a.strip() for a in re.split(splitter, m.group("authors")) if a.strip()]
    rest = _strip_tail(m.group("rest"))
    # Harvard: 'Title', Journal, 12(3), pp. 1-2   or   Title. Journal  /  APA: Title. Journal, 12(3), 1-2.
    q = re.match(r"^[‘'\"“](?P<t>.+?)[’'\"”][ \t]*[,.]?[ \t]*(?P<v>.*)$", rest, re.S)
    if q:
        p.title = _clean(q.group("t"))
        tail = q.group("v")
    else:
        parts = _split_sentences(rest)
        if not parts:
            return p
        p.title = _clean(parts[0])
        tail = " ".join(parts[1:])
    tail = re.sub(r"^(?:In:?|in)[ \t]+", "", tail.strip())
    tail = re.sub(r"^(?:Available[ \t]+at|Retrieved[ \t]+from)\b.*$", "", tail, flags=re.I)
    if tail:
        p.venue, _ = _venue_from_tail(tail)
    return p


def _parse_vancouver(text: str) -> Parsed | None:
    m = _VANCOUVER.match(text)
    group = None
    if not m:
        # group author ("World Health Organization.", "American Diabetes Association.")
        g = re.match(r"^(?P<authors>(?:[A-Z][\w&,' -]{0,80}?)?(?:Organization|Association|Society|Institute|Centers?"
                     r"|College|Agency|Group|Foundation|Council|Service|Department|Academy|Collaboration)"
                     r"[\w ()&-]{0,40}?)\.[ \t]+(?P<rest>.+)$", text, re.S)
        if not g:
            word = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*)"
            g = re.match(rf"^(?P<authors>{word}(?:[ \t]+(?:(?:of|for|and|the|on|in|&)[ \t]+)?{word}){{1,7}}?)\."
                         r"[ \t]+(?P<rest>[A-Z].+)$", text, re.S)
            if not g or len(_split_sentences(_strip_tail(g.group("rest")))) < 2:
                return None
        group = g
    mm = m or group
    assert mm is not None
    p = Parsed(style="vancouver")
    authors = mm.group("authors")
    p.authors = [a.strip() for a in re.split(r",[ \t]*", authors) if a.strip() and a.strip() != "et al"]
    rest = _strip_tail(mm.group("rest"))
    parts = _split_sentences(rest)
    if not parts:
        return p
    # title = first part; some titles end with "?" and continue into a subtitle after ":"
    p.title = _clean(parts[0])
    tail = " ".join(parts[1:])
    tail = re.sub(r"^\[?(?:Internet|serial on the Internet)\]?\.?[ \t]*", "", tail, flags=re.I)
    if tail:
        p.venue, p.year = _venue_from_tail(tail)
        if p.year is None:
            p.year = _year(rest)
    else:
        p.year = _year(rest)
    return p


def _parse_url_only(text: str, ids: dict[str, str]) -> Parsed:
    p = Parsed(style="identifier", identifiers=ids)
    url = ids.get("url")
    if url:
        host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
        p.venue = journal_for_host(host)
        p.style = "url"
    return p


def parse_reference(text: str) -> Parsed:
    """Parse one reference string (already stripped of its list marker)."""
    body = " ".join(text.split())
    ids = _identifiers(body)
    truncated = bool(_ELLIPSIS.search(body))
    leftover = body
    for pat in (_URL, _DOI, _PMID, _PMCID, _ISBN):
        leftover = pat.sub(" ", leftover)
    leftover = re.sub(r"\b(?:doi|pmid|pmcid|isbn|url)\b|[\W_]+", " ", leftover, flags=re.I).strip()
    if ids and len(leftover) < 12:
        p = _parse_url_only(body, ids)
    else:
        p = _parse_google_scholar(body) or _parse_apa(body) or _parse_vancouver(body) or _parse_loose(body)
        # a Markdown link "[Title](url)" style entry
        p.identifiers = ids
    p.truncated = p.truncated or truncated
    if p.year is None:
        p.year = _year(_URL.sub(" ", _DOI.sub(" ", body)))
    return p


_PAGE_DATES = re.compile(
    r"^\W*(?:this\s+)?(?:page|article|content|information|leaflet)?\s*(?:was\s+)?(?:last\s+)?(?:reviewed|updated|"
    r"published|revised)\b",
    re.I,
)
# an organisation as author: "NHS", "WHO", "Joint Formulary Committee", "The Royal Children's Hospital"
_CORPORATE = re.compile(
    r"^\s*(?:[A-Z]{2,6}|(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|and|of|for|the|on|in|&|[a-z]+)\s+){0,6})?(?:Committee|Institute|Institutes|Hospital|Society|"
    r"Association|Organi[sz]ation|Foundation|College|Agency|Department|Centers?|Centres?|Ministry|University|Clinic|"
    r"Council|Service|Board|Administration|Academy|Federation|Trust|Network|Alliance|Collaboration|Compendium|Formulary|"
    r"Authority|Commission|Library|Registry|Foundation|Office)"
    r"(?:\s+(?:(?:of|for|and|on|in|&)\s+)?[A-Z][\w'’-]*){0,4}"
    r"(?:\s+\([A-Z]{2,8}\))?)[\s.]*$"
)
CORPORATE_AUTHOR = _CORPORATE  # an organisation is its own page's publisher (rules/citations)
# a website named as where the page is: "nhs.uk", "www.cdc.gov"
_SITE = re.compile(r"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|edu|int|uk|com|net|au|ca|nz|eu|ie)\b", re.I)


def _parse_loose(text: str) -> Parsed:
    """Unknown style: the longest sentence-like part is the title, a year if there is one."""
    p = Parsed(style="loose")
    rest = _strip_tail(text)
    parts = _split_sentences(rest)
    if not parts:
        return p
    # "Organisation. Title. site.org. Accessed 2025": a corporate author before the title
    if len(parts) >= 2 and _CORPORATE.search(parts[0]) and len(parts[1]) >= 8 and not _YEAR.fullmatch(parts[1].strip()):
        p.authors = [_clean(parts[0]) or parts[0]]
        p.title = _clean(parts[1])
        tail = " ".join(parts[2:])
        site = _SITE.search(tail)
        p.venue, p.year = _venue_from_tail(tail) if tail else (None, None)
        # the organisation publishes the page: it is the publisher when no site or venue is named
        p.venue = p.venue or (site.group(0) if site else None) or p.authors[0]
        p.year = p.year or _year(text)
        return p
    # "Title. Venue, 2019" or "Title - Site"
    if len(parts) >= 2 and len(parts[0]) >= 15:
        p.title = _clean(parts[0])
        p.venue, p.year = _venue_from_tail(" ".join(parts[1:]))
    else:
        p.title = _clean(re.split(r"[ \t]+[|–—][ \t]+", parts[0])[0])
        p.year = _year(rest)
    return p


# ---- finding the section and its entries ---------------------------------------------------


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _looks_like_reference(s: str) -> bool:
    return bool(_YEAR.search(s) or _DOI.search(s) or _PMID.search(s) or _URL.search(s) or re.search(r"\bby\b", s))


def section_spans(doc: Document) -> list[tuple[int, int, int]]:
    """(heading start, body start, body end) of each reference section."""
    text = doc.text
    heading_starts = sorted({h.start for h in doc.headings} | {m.start() for m in _MD_HEADING.finditer(text)})
    out = []
    for m in HEADING.finditer(text):
        body = m.end()
        nxt = [s for s in heading_starts if s > m.end()]
        end = nxt[0] if nxt else len(text)
        # a plain-text heading-like line (short, no punctuation) that follows the list ends it
        out.append((m.start(), body, end))
    return out


def split_entries(
    text: str, start: int, end: int, item_starts: Sequence[int] = ()
) -> list[tuple[int, int, str | None]]:
    """Entries of a reference section as (start, end, label): list items (numbered or bulleted in
    the text, or ``item_starts`` of a Markdown list whose bullets ingest blanked), or paragraphs,
    or lines when every line of a paragraph is a reference of its own."""
    entries: list[tuple[int, int, str | None]] = []
    block: list[tuple[int, int]] = []
    items = sorted(item_starts)
    seen_marked: list[bool] = []  # whether a numbered or bulleted item came before

    def is_item(a: int, b: int) -> bool:
        first = a + len(text[a:b]) - len(text[a:b].lstrip())
        i = bisect.bisect_left(items, a)
        return i < len(items) and items[i] <= first

    def flush() -> None:
        if not block:
            return
        lines = [(a, b) for a, b in block if text[a:b].strip()]
        marked = [bool(_MARKER.match(text[a:b])) or is_item(a, b) for a, b in lines]
        per_line = len(lines) > 1 and (
            all(marked) or sum(1 for a, b in lines if _looks_like_reference(text[a:b]) and len(text[a:b].strip()) > 25)
            == len(lines)
        )
        groups: list[list[tuple[int, int]]] = []
        if seen_marked and not any(marked) and not any(_looks_like_reference(text[a:b]) for a, b in lines):
            block.clear()  # a note after a numbered list ("This page does not replace advice ..."): no entry
            return
        if any(marked):
            seen_marked.append(True)
        if per_line:
            groups = [[ln] for ln in lines]
        elif any(marked):
            for ln, mk in zip(lines, marked, strict=True):
                if mk or not groups:
                    groups.append([ln])
                else:
                    groups[-1].append(ln)
        else:
            groups = [lines]
        for g in groups:
            a, b = g[0][0], g[-1][1]
            mm = _MARKER.match(text[a:b])
            label = None
            if mm:
                label = mm.group(1) or mm.group(2)
                a += mm.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b - a >= 8:
                entries.append((a, b, label))
        block.clear()

    for a, b in _line_spans(text, start, end):
        if not text[a:b].strip():
            flush()
        else:
            block.append((a, b))
    flush()
    return entries


def _link_list_sections(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Runs of >= 2 consecutive lines that each hold a scholarly link (an HTML reference list)."""
    text = doc.text
    by_line: dict[int, int] = {}
    for link in doc.links:
        if link.span is None or not scholarly_host(urlsplit(link.href).hostname or ""):
            continue
        if any(a <= link.span.start < b for a, b in taken):
            continue
        ls = text.rfind("\n", 0, link.span.start) + 1
        by_line[ls] = link.span.start
    lines = []
    for ls in sorted(by_line):
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        if len(text[ls:le].strip()) <= 400:  # longer: running prose with a link in it, not a list item
            lines.append(ls)
    out: list[tuple[int, int, str | None]] = []
    for run in _blank_separated_runs(text, lines, max_breaks=3):
        if len(run) < 2:
            continue
        for ls in (lines[k] for k in run):
            le = text.find("\n", ls)
            le = len(text) if le == -1 else le
            mm = _MARKER.match(text[ls:le])
            a = ls + (mm.end() if mm else 0)
            b = le
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append((a, b, (mm.group(1) or mm.group(2)) if mm else None))
    return out


_FORMAL_STYLES = ("vancouver", "apa", "harvard", "google-scholar")


def _citation_list_sections(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Runs of >= 2 consecutive list items under no reference heading ("A few things I've been
    reading:"), at least two of them and at least half of them formal citations: authors, a
    title and a year in a known style.  The others (a truncated "Rossi G et al. Bergamot and
    the ...") are entries of the same list."""
    text = doc.text
    blanked = sorted(doc.layers.get("list_item_starts", ()))
    items: list[tuple[int, int, int, str | None]] = []  # line start, entry start, entry end, label
    for ls, le in _line_spans(text, 0, len(text)):
        if any(a <= ls < b for a, b in taken):
            continue
        m = _MARKER.match(text[ls:le])
        i = bisect.bisect_left(blanked, ls)
        if m and m.group(0)[-1:] in (" ", "\t"):  # "1. Smith", "- Smith"; not "*Papers I read:*"
            a, label = ls + m.end(), m.group(1) or m.group(2)
        elif i < len(blanked) and blanked[i] < le:
            a, label = blanked[i], None
        else:
            continue
        b = le
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            items.append((ls, a, b, label))
    out: list[tuple[int, int, str | None]] = []
    for indices in _blank_separated_runs(text, [item[0] for item in items]):
        run = [items[k] for k in indices]
        if len(run) < 2:
            continue
        formal = 0
        for _, a, b, _ in run:
            parsed = parse_reference(text[a:b])
            formal += parsed.style in _FORMAL_STYLES and parsed.year is not None and bool(parsed.authors)
        if formal >= 2 and 2 * formal >= len(run):
            out += [(a, b, label) for _, a, b, label in run]
    return out


def _blank_separated_runs(text: str, line_starts: list[int], max_breaks: int | None = None) -> list[list[int]]:
    """Indices of ``line_starts`` (ascending) grouped into runs in which each line follows the one
    before it with nothing but blank lines between (and at most ``max_breaks`` line breaks)."""
    runs: list[list[int]] = []
    for k, ls in enumerate(line_starts):
        prev = line_starts[runs[-1][-1]] if runs else -1
        near = max_breaks is None or text[prev:ls].count("\n") <= max_breaks
        if runs and near and _only_blank_between(text, prev, ls):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _only_blank_between(text: str, line_start: int, nxt: int) -> bool:
    end_first = text.find("\n", line_start)
    if end_first == -1 or end_first >= nxt:
        return True
    return not text[end_first:nxt].strip()


def find_references(doc: Document) -> list[Reference]:
    refs: list[Reference] = []
    taken: list[tuple[int, int]] = []
    for h0, b0, b1 in section_spans(doc):
        heading = " ".join(doc.text[h0:b0].split()).strip("#*_: ").lower()
        taken.append((h0, b1))
        for a, b, label in split_entries(doc.text, b0, b1, doc.layers.get("list_item_starts", ())):
            raw = doc.text[a:b]
            if not _looks_like_reference(raw) and heading.startswith(("further", "citation")):
                continue
            if _PAGE_DATES.match(raw):
                continue  # "Page last reviewed: 3 February 2026" under the list: the page's dates
            refs.append(_reference(doc, a, b, label, heading))
    for a, b, label in _link_list_sections(doc, taken):
        refs.append(_reference(doc, a, b, label, "link list"))
        taken.append((a, b))
    for a, b, label in _citation_list_sections(doc, taken):
        refs.append(_reference(doc, a, b, label, "citation list"))
    refs.sort(key=lambda r: r.start)
    return refs


def _reference(doc: Document, a: int, b: int, label: str | None, section: str) -> Reference:
    raw = doc.text[a:b]
    p = parse_reference(raw)
    # links inside the entry (HTML/Markdown anchors keep their href apart from the text)
    for link in doc.links:
        if link.span is not None and a <= link.span.start < b:
            for key, val in _identifiers(link.href).items():
                p.identifiers.setdefault(key, val)
            if p.title is None and len(link.text) > 15 and not link.text.startswith(("http", "www.")):
                p.title = _clean(link.text)
            if p.venue is None:
                p.venue = journal_for_host(urlsplit(link.href).hostname or "")
    return Reference(
        start=a, end=b, text=raw, title=p.title, authors=p.authors, year=p.year, venue=p.venue,
        identifiers=p.identifiers, label=label,
        extra={"style": p.style, "truncated": p.truncated, "section": section},
    )


class ReferenceAnnotator:
    name = "references"
    version = "1"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("references",)

    def predict(self, docs: Sequence[Document]) -> list[list[Reference]]:
        return [find_references(doc) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], predictions: list[list[Reference]]) -> None:
        for doc, refs in zip(docs, predictions, strict=True):
            doc.references = refs
            doc.layers["reference_sections"] = [Span(h, e) for h, _, e in section_spans(doc)]
            doc.annotated.add("references")
