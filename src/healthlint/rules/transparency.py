"""TRN: transparency, after the JAMA benchmarks (authorship, attribution, disclosure, currency),
plus syndication and content-farm markers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from healthlint.document import Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import SOURCE_LAYERS, RuleContext, rule
from healthlint.rules.commercial import affiliate_links, has_disclosure, retailer_referrals
from healthlint.rules.data import load_data_rules

_BYLINE = re.compile(
    r"^[ \t>*_#-]*(?i:(?:written|posted|reported|authored|edited|compiled) by|by|author|authors|"
    r"(?:medically |clinically )?reviewed by|fact[- ]checked by|words by)\s*:?\s*"
    r"(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|van|de|von|der|al|bin)){0,4}",
    re.M,
)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = (rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+"
         rf"(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d/[01]?\d/(?:19|20)\d\d|{_MONTHS}\s+(?:19|20)\d\d)")
_DATED = re.compile(
    rf"(?:(?:published|updated|posted|last (?:reviewed|updated|modified)|reviewed|date|written)\s*(?:on)?\s*:?\s*"
    rf"{_DATE})|^\W*{_DATE}\W*$",
    re.I | re.M,
)
_SOURCES_HEADING = re.compile(
    r"^[ \t#*_]*(?:sources?|references?|bibliography|citations?|further reading|works cited|literature|"
    r"studies cited|sources (?:&|and) references[^\n]*)\s*:?[ \t*_]*$", re.I | re.M,
)
_CITATION_MARK = re.compile(r"\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]|"
                            r"\(\s*[A-Z][A-Za-z'-]+(?: et al\.?| and [A-Z][A-Za-z'-]+)?,?\s+"
                            r"(?:19|20)\d\d[a-z]?\s*\)|\bdoi:\s*10\.\d{4,}|\bPMID:?\s*\d{5,}")
_SCHOLARLY_HOSTS = re.compile(
    r"(?:pubmed|ncbi\.nlm\.nih\.gov|doi\.org|nih\.gov|cdc\.gov|who\.int|nhs\.uk|nice\.org\.uk|cochrane|nejm\.org|"
    r"thelancet\.com|bmj\.com|jamanetwork\.com|nature\.com|sciencedirect\.com|springer|wiley\.com|"
    r"academic\.oup\.com|plos|frontiersin\.org|mdpi\.com|fda\.gov|ema\.europa\.eu|mayoclinic\.org|"
    r"clinicaltrials\.gov|\.edu\b|\.ac\.uk|scholar\.google|europepmc\.org|biorxiv|medrxiv)", re.I)
_NAMED_SOURCE = re.compile(
    # "published Monday in the Annals of ...", "they report in the journal Science"
    r"\b(?:publish|published|appearing|appeared|report|reported|reports|presented|write|wrote|describe|described)"
    r"\s+(?:[\w,]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?(?:journal\s+|(?:\w+\s+)?issue\s+of\s+(?:the\s+)?)?[A-Z]"
    r"|\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:(?:new|recent|\d{4})\s+)?(?:[A-Z]|study|report|trial|review|data)"
    r"|\b(?:study|trial|report|review|analysis|survey|paper|research)\s+(?:published\s+)?(?:in|from|by)\s+(?:the\s+)?[A-Z]"
    # a named expert with an affiliation: "says Jane Roe, an epidemiologist at ..."
    r"|\b(?:said|says|explained|told|according\s+to)\s+(?:Dr\.?\s+|Professor\s+|Prof\.\s+)?[A-Z][\w.'’-]+"
    r"(?:\s+[A-Z][\w.'’-]+){0,3},\s+(?:a|an|the|who)\s+[^.\n]{0,100}?\b(?:at|of|from|with)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:Dr\.?|Professor|Prof\.)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s+(?:of|at|from|who)\s"
    # named institutions and agencies
    r"|\b(?:University|Institute|Hospital|Medical\s+(?:Center|Centre|School)|School\s+of\s+(?:Medicine|Public\s+Health)"
    r"|Mayo\s+Clinic|Cleveland\s+Clinic|Centers?\s+for\s+Disease\s+Control|World\s+Health\s+Organi[sz]ation"
    r"|Food\s+and\s+Drug\s+Administration|National\s+Institutes?\s+of|CDC|FDA|NIH|NHS|NICE|Cochrane)\b"
)
_HEAD_TAIL = 800


@cache
def _syndication() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(
        (resources.files("healthlint.lexicons") / "syndication.yaml").read_text(encoding="utf-8"))
    names = "|".join(re.escape(n) for n in sorted(data["directories"], key=len, reverse=True))
    source_line = re.compile(
        rf"^[ \t*_]*(?:article )?(?:source|sourced from|originally (?:published|posted) (?:on|at|by)|via|"
        rf"courtesy of|republished from|distributed by)\s*:?\s*(?:https?://)?(?:www\.)?(?P<name>{names})\b",
        re.I | re.M,
    )
    markers = tuple((m["needs"], re.compile(m["pattern"], re.I | re.M)) for m in data["markers"])
    return source_line, markers


def _edges(text: str) -> list[tuple[int, str]]:
    if len(text) <= 2 * _HEAD_TAIL:
        return [(0, text)]
    return [(0, text[:_HEAD_TAIL]), (len(text) - _HEAD_TAIL, text[-_HEAD_TAIL:])]


def has_byline(doc: Document) -> bool:
    return any(_BYLINE.search(part) for _, part in _edges(doc.text))


_DATE_RE = re.compile(_DATE, re.I)


def has_date(doc: Document) -> bool:
    """A labelled date ("Updated: 3 May 2024"), a line that is only a date, or a date on the byline's
    line ("By Priya Raman, health reporter · October 2, 2024")."""
    for _, part in _edges(doc.text):
        if _DATED.search(part):
            return True
        for m in _BYLINE.finditer(part):
            line_end = part.find("\n", m.end())
            if _DATE_RE.search(part, m.end(), len(part) if line_end < 0 else line_end):
                return True
    return False


def has_sources(doc: Document) -> bool:
    """References, in-text citations or links to scholarly or authoritative sites."""
    if doc.references or doc.citations:
        return True
    if _SOURCES_HEADING.search(doc.text) or _CITATION_MARK.search(doc.text) or _NAMED_SOURCE.search(doc.text):
        return True
    return any(_SCHOLARLY_HOSTS.search(link.href) for link in doc.links)


@rule("TRN101", "no-author", category="transparency", severity=Severity.WARNING, scope="document", requires=())
def no_author(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The article does not say who wrote it.

    ## Why it matters
    Authorship is the first JAMA benchmark: without a named author and credentials a reader
    cannot judge expertise or hold anyone accountable for the content.

    ## Example
    > An article with no byline, no author metadata and no "About the author".

    ## Better
    > "By Maria Lopez, RD, registered dietitian. Medically reviewed by Dr. Sam Chen, MD."

    ## References
    - Silberg WM, Lundberg GD, Musacchio RA. JAMA 1997;277:1244-5 (authorship benchmark).
    """
    if not (doc.metadata.author or "").strip() and not has_byline(doc):
        yield Hit(None, "no author named (no byline or author metadata)",
                  suggestion="Add a byline with the author's name and credentials.")


@rule("TRN102", "no-date", category="transparency", severity=Severity.WARNING, scope="document", requires=())
def no_date(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The article carries no publication or review date.

    ## Why it matters
    Currency is a JAMA benchmark: medical advice goes out of date, and an undated page cannot be
    checked against newer evidence.

    ## Example
    > An article with no "Published" or "Last reviewed" date and no date metadata.

    ## Better
    > "Published 3 March 2024. Last reviewed 1 February 2025."

    ## References
    - Silberg WM, Lundberg GD, Musacchio RA. JAMA 1997;277:1244-5 (currency benchmark).
    """
    if not (doc.metadata.date or "").strip() and not has_date(doc):
        yield Hit(None, "no publication or review date",
                  suggestion="Add the date of publication and of the last medical review.")


@rule("TRN103", "no-sources", category="transparency", severity=Severity.WARNING, scope="document",
      requires=("sentences", *SOURCE_LAYERS))
def no_sources(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The article names no sources: no references, no citations, no named study, journal,
    institution or expert, no links to evidence.

    ## Why it matters
    Attribution is a JAMA benchmark and the first DISCERN question: a reader must be able to
    check where claims come from. An article of health advice with no sources at all cannot be
    verified.

    ## Example
    > A 900-word article on supplements with no reference list, no study named and no links.

    ## Better
    > "In a 2019 trial of 300 adults published in Neurology [1] ..." with a reference list.

    ## References
    - Silberg WM et al. JAMA 1997;277:1244-5 (attribution benchmark).
    - Charnock D et al. DISCERN. J Epidemiol Community Health 1999;53:105-11 (question 4).
    """
    min_words = int(ctx.option("TRN103", "min-words", 150))
    if doc.word_count() >= min_words and not has_sources(doc):
        yield Hit(None, "no sources: no references, citations or links to evidence",
                  suggestion="Cite the studies or guidelines behind the advice, with a reference list.")


@rule("TRN104", "commercial-without-disclosure", category="transparency", severity=Severity.WARNING,
      scope="document", requires=())
def commercial_without_disclosure(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """The article sends readers to shops or affiliate links but discloses no commercial interest.

    ## Why it matters
    Disclosure is a JAMA benchmark: sponsorship, advertising and commissions must be stated so
    that a reader can weigh the advice against the author's interest.

    ## Example
    > "You can find it on Amazon for a cheap price. Click on the link here." with no disclosure.

    ## Better
    > "This article contains affiliate links; we earn a commission on purchases."

    ## References
    - Silberg WM et al. JAMA 1997;277:1244-5 (disclosure benchmark).
    - US Federal Trade Commission, 16 CFR Part 255.
    """
    shops = [r.shop for r in retailer_referrals(doc)]
    links = [link.href for link, _ in affiliate_links(doc)]
    pitch = [] if shops or links else _sales_pitch(doc, ctx)
    if (shops or links or pitch) and not has_disclosure(doc):
        yield Hit(None, "commercial signals (" + ", ".join(
            ([f"shop referral to {', '.join(sorted(set(shops)))}"] if shops else [])
            + ([f"{len(links)} affiliate link(s)"] if links else [])
            + ([f"the article sells: {' / '.join(pitch)}"] if pitch else [])) + ") and no disclosure",
            evidence={"retailers": sorted(set(shops)), "affiliate_links": links[:20], "sales_pitch": pitch})


def _sales_pitch(doc: Document, ctx: RuleContext) -> list[str]:
    """A call to buy together with a price, deal or coupon (COM101 with COM102 or COM103): the
    article sells a product of its own, a commercial interest it should disclose."""
    rules = {r.code: r for r in load_data_rules() if r.code in ("COM101", "COM102", "COM103")}
    call = next((h for h in rules["COM101"].func(doc, ctx)), None) if "COM101" in rules else None
    if call is None:
        return []
    deal = next((h for code in ("COM102", "COM103") if code in rules for h in rules[code].func(doc, ctx)), None)
    if deal is None:
        return []
    return [str(call.evidence.get("match", "")), str(deal.evidence.get("match", ""))]


@rule("TRN105", "syndication-marker", category="transparency", severity=Severity.WARNING, scope="sentence",
      requires=())
def syndication_marker(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Marks the article as re-published from an article directory, content farm or press-release wire.

    ## Why it matters
    Article directories (EzineArticles, ArticlesBase, ...) accepted unreviewed submissions written
    to carry links; wire copy is promotional. Content from them has no editorial or medical review
    behind it, whatever site now shows it.

    ## Example
    > Source: EzineArticles

    ## Better
    > Publish under a named author with editorial and medical review; cite the original source of
    > any syndicated material.

    ## References
    - Google Search Central, "Spam policies: scaled content abuse" (2024).
    - Silberg WM et al. JAMA 1997;277:1244-5 (attribution and disclosure).
    """
    source_line, markers = _syndication()
    taken: list[Span] = []
    for m in source_line.finditer(doc.text):
        taken.append(Span(m.start(), m.end()))
        yield Hit(taken[-1], f"syndication marker: article taken from {m.group('name')}",
                  evidence={"directory": m.group("name")})
    lowered = doc.text.lower()
    for needs, marker in markers:
        if needs not in lowered:
            continue
        for m in marker.finditer(doc.text):
            if any(t.overlaps(Span(m.start(), m.end())) for t in taken):
                continue
            taken.append(Span(m.start(), m.end()))
            yield Hit(Span(m.start(), m.end()), f"syndication marker: '{' '.join(m.group(0).split())}'",
                      evidence={"marker": m.group(0)})
