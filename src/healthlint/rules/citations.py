"""CIT: evidence and citations -- the reference list, in-text citations, and attributions."""

from __future__ import annotations

import bisect
import re
import urllib.parse
from collections.abc import Iterator
from importlib.util import find_spec

from healthlint.annotate.references import CORPORATE_AUTHOR
from healthlint.document import Claim, Document, Link, Reference
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import RuleContext, rule
from healthlint.rules.commercial import affiliate_network
from healthlint.rules.search import finditer, outermost
from healthlint.scholarly import authoritative_host, named_journal_pattern, scholarly_host
from healthlint.topics import body_vector, body_words, main_topics, reference_fit, reference_regions

_HAS_ENTITIES = find_spec("healthlint.annotate.entities") is not None
_HAS_CLAIMS = find_spec("healthlint.annotate.claims") is not None
_ENTITY_LAYER: tuple[str, ...] = ("entities",) if _HAS_ENTITIES else ()
_CLAIM_LAYER: tuple[str, ...] = ("claims",) if _HAS_CLAIMS else ()

OFFTOPIC_THRESHOLD = 0.45  # calibrated on bench/offtopic.py (precision >= 0.9 there)
_UNCITED_SECTIONS = ("further reading", "bibliography", "link list", "recommended reading")

# ---- shared helpers -------------------------------------------------------------------------


def _sentence_bounds(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    return bisect.bisect_right(starts, offset) - 1


def _window(doc: Document, start: int, following: int = 1) -> tuple[int, int]:
    """The sentence holding ``start`` and the ``following`` sentences after it, as a text range."""
    i = _sentence_bounds(doc, start)
    if i < 0 or not doc.sentences:
        return start, min(len(doc.text), start + 300)
    j = min(len(doc.sentences) - 1, i + following)
    return doc.sentences[i].start, doc.sentences[j].end


_INSTITUTION = re.compile(
    r"\b(?:University|Universit[éäà]t?|Institute|Institut|College|Hospital|Medical\s+(?:Center|Centre|School)"
    r"|School\s+of\s+(?:Medicine|Public\s+Health)|Mayo\s+Clinic|Cleveland\s+Clinic|Johns\s+Hopkins|Harvard|Stanford"
    r"|Centers?\s+for\s+Disease\s+Control|World\s+Health\s+Organi[sz]ation|Food\s+and\s+Drug\s+Administration"
    r"|National\s+Institutes?\s+of|National\s+Cancer\s+Institute|Cochrane|CDC|FDA|NIH|NHS|NICE|WHO|EMA"
    r"|American\s+(?:Heart|Cancer|Diabetes|Academy|College|Medical)\s+\w+|Royal\s+College|Public\s+Health\s+\w+)\b"
)
_DATED_STUDY = re.compile(
    r"\b(?:a|an|the|this|one|their|that)\s+(?:new\s+|recent\s+|large\s+|small\s+)*(?:(?:19|20)\d{2}\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:study|trial|review|meta-analysis|analysis|survey|report|paper)\s+(?:was\s+)?"
    r"(?:published|presented|appearing|reported|led|conducted|carried\s+out|funded|by|from|at|in\s+the\s+journal)\b"
    r"|\b(?:19|20)\d{2}\s+(?:study|trial|review|meta-analysis|analysis|survey|report)\b",
    re.I,
)
_NAMED_PERSON = re.compile(
    r"\b(?:Dr\.?|Prof\.?|Professor)\s+[A-Z][\w'’-]+"
    r"|\b(?:said|says|explained|explains|told|according\s+to|notes|noted|led\s+by)\s+(?:Dr\.?\s+)?[A-Z][\w.'’-]+\s+"
    r"[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:a|an|the)\s+[^.\n]{0,80}?\b(?:at|of|from|with)\s+(?:the\s+)?[A-Z]"
)


def specific_source_in(doc: Document, start: int, end: int) -> str | None:
    """What names a specific source in ``text[start:end]``: a citation, a journal, an institution,
    a dated or located study, or a named expert; ``None`` when nothing does."""
    for c in doc.citations:
        if start <= c.start < end:
            return f"citation {c.text!r}"
    text = doc.text
    for j in named_journal_pattern().finditer(text, start, end):
        if (
            " " in j.group(0)
            or _JOURNAL_CONTEXT.search(text, max(0, j.start() - 20), j.start())
            or _JOURNAL_AFTER.match(text, j.end())
        ):
            return f"journal {j.group(0)!r}"
    for what, pat in (("institution", _INSTITUTION), ("study", _DATED_STUDY), ("person", _NAMED_PERSON)):
        m = pat.search(text, start, end)
        if m:
            return f"{what} {m.group(0)!r}"
    for link in doc.links:
        if link.span is not None and start <= link.span.start < end and not _sales_link(doc, link):
            return f"link {link.href}"
    return None


# a one-word journal name ("Cancer", "Circulation") counts only where the text presents it as one
_JOURNAL_CONTEXT = re.compile(r"\b(?:in|of|journal|published\s+in|appears\s+in|the)\s+$", re.I)
_JOURNAL_AFTER = re.compile(r"\s*(?:\(|,?\s+(?:journal|study|paper|issue|report|article|online)\b|\.com|\.org)", re.I)
_SALES_ANCHOR = re.compile(
    r"\b(?:order|buy|shop|purchase|cart|checkout|price|discount|coupon|watch|sign\s*up|join|enrol\w*|"
    r"get\s+(?:it|yours|them|\w+)\s+(?:here|now|today)|click|my\s+link|on\s+amazon|here\s+on)\b",
    re.I,
)


# referral tags and shop-like paths: "?ref=jennaketo", "utm_source=blog", "/shop", "rootedmamashop.com"
_SALES_HREF = re.compile(
    r"[?&](?:ref|aff|affiliate|partner|tag|coupon|promo)=|utm_|affiliate|partner\.|-partner|shop|store|/cart|/checkout|"
    r"/consult|/book|/start|/order|/buy|/pricing|/enrol",
    re.I,
)
# the sentence around the link calls for a purchase or a booking: "Grab the exact monitor I use here: ..."
_SALES_SENTENCE = re.compile(
    r"\b(?:grab|reserve|book|order|buy|shop|enrol\w*|sign\s+up|start\s+your|claim\s+your|get\s+(?:yours|your\s+\w+))\b",
    re.I,
)


def _sales_link(doc: Document, link: Link) -> bool:
    """An affiliate link, or a link offered to buy, order, book or sign up: not a source."""
    if affiliate_network(link.href, link.rel):
        return True
    anchor = doc.text[link.span.start : link.span.end] if link.span is not None else ""
    if _SALES_ANCHOR.search(anchor) or _SALES_ANCHOR.search(link.href) or _SALES_HREF.search(link.href):
        return True
    if link.span is None:
        return False
    i = doc.sentence_index(link.span.start)
    if not 0 <= i < len(doc.sentences):
        return False
    return bool(_SALES_SENTENCE.search(doc.text, doc.sentences[i].start, doc.sentences[i].end))


def _in_references(doc: Document, offset: int) -> bool:
    return any(a <= offset < b for a, b in reference_regions(doc))


def _citable_references(doc: Document) -> list[Reference]:
    return [r for r in doc.references if r.extra.get("section", "") not in _UNCITED_SECTIONS
            and not str(r.extra.get("section", "")).startswith(_UNCITED_SECTIONS)]


def _sole_reference(doc: Document) -> Reference | None:
    """The one, unnumbered entry of a one-item reference list that has authors or a title and a
    year: the paper the whole article reports on (a story on one study, a plain-language summary
    of a review), so it needs no in-text marker.  A numbered entry ("1. ...") expects markers."""
    refs = _citable_references(doc)
    if len(refs) != 1 or refs[0].label or reference_problems(refs[0]):
        return None
    ref = refs[0]
    return ref if (ref.authors or ref.title) and ref.year else None


# ---- CIT101 ---------------------------------------------------------------------------------


@rule("CIT101", "uncited-reference-list", category="citations", severity=Severity.WARNING, scope="reference",
      requires=("references", "citations"))
def uncited_reference_list(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Reference list that the text never cites.

    A list of references or sources ends the article, but no sentence of the text points to any
    of them: no numbered marker, no author-year citation, no study mention or link that matches an
    entry.  "Further reading" and bibliography lists, which are not meant to be cited, are left
    alone.

    ## Why it matters
    A reader cannot tell which statement rests on which source, or whether any of them supports
    the text at all.  Content farms paste a search engine's result list under an article to look
    sourced; an uncited list is the first sign.

    ## Example
    > Magnesium calms restless legs.
    >
    > References:
    > Iron and sleep in older adults by K Lee – Sleep, 2015 – Elsevier

    ## Better
    > In a 2015 cohort of older adults, low iron went with worse sleep [1].
    >
    > References:
    > 1. Lee K. Iron and sleep in older adults. Sleep. 2015;38(2):201-8.

    ## References
    - Silberg WM, Lundberg GD, Musacchio RA. Assessing, controlling, and assuring the quality of medical
      information on the Internet. JAMA. 1997;277(15):1244-5 (attribution benchmark).
    """
    refs = _citable_references(doc)
    if len(refs) < 1 or _sole_reference(doc) is not None:
        return
    cited = [c for c in doc.citations if c.kind in ("marker", "author_year") or c.reference is not None]
    if cited or _named_in_text(doc, refs):
        return
    sections = [s for s in doc.layers.get("reference_sections", []) if any(s.start <= r.start < s.end for r in refs)]
    if sections:
        s = sections[0]
        line_end = doc.text.find("\n", s.start)
        span = Span(s.start, line_end if 0 < line_end < s.end else refs[0].end)
        heading = doc.text[span.start:span.end].strip()
        stripped = len(heading) - len(heading.lstrip())
        span = Span(span.start + stripped, span.start + stripped + len(heading))
    else:
        span = Span(refs[0].start, refs[-1].end)
    yield Hit(span, f"the text never cites any of its {len(refs)} references",
              evidence={"references": len(refs), "citations": len(doc.citations)},
              suggestion="cite each source where the text relies on it ([1], (Author, year)), or drop the list")


# a guideline or report code in a title: "(NG23)", "CG181", "TA123"
_DOC_CODE = re.compile(r"\b[A-Z]{1,5}\d{1,5}\b")


def _named_in_text(doc: Document, refs: list[Reference]) -> bool:
    """Whether the text names one of the references without a marker, as patient pages do: its
    guideline code ("NICE guideline NG23"), its organisation's or first author's name, or its
    journal together with its year in one sentence ("The Lancet, 2019")."""
    end = min([a for a, _ in reference_regions(doc)] or [len(doc.text)])
    body = doc.text[:end]
    for ref in refs:
        names = _DOC_CODE.findall(ref.title or "")
        for author in ref.authors[:1]:
            short = re.search(r"\(([A-Z]{2,8})\)", author)
            if short:
                names.append(short.group(1))
            if CORPORATE_AUTHOR.match(author):
                names.append(author.split("(")[0].strip())
            else:
                family = author.split(",")[0].split()[0] if author.split() else ""
                if len(family) >= 4 and family[:1].isupper():
                    names.append(family)
        if any(re.search(rf"\b{re.escape(n)}\b", body) for n in names if n):
            return True
        venue = re.sub(r"^(?:the\s+)|[*_]", "", (ref.venue or "").strip(), flags=re.I).split(".")[0].strip()
        if ref.year and len(venue) >= 4:
            for sent in doc.sentences:
                if sent.start >= end:
                    break
                text = doc.text[sent.start : sent.end]
                if str(ref.year) in text and re.search(rf"\b{re.escape(venue)}\b", text, re.I):
                    return True
    return False


# ---- CIT102 ---------------------------------------------------------------------------------


@rule("CIT102", "off-topic-reference", category="citations", severity=Severity.WARNING, scope="reference",
      requires=("references", *_ENTITY_LAYER))
def off_topic_reference(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Reference whose title shares no topic with the article.

    The article's topics are the conditions, substances and treatments its body names most.  A
    reference fits when its title names one of the article's conditions, or names a substance or
    treatment the article discusses in a health context; otherwise its fit is the similarity of
    its title to the article's main topics and body under the shipped static embedding model,
    halved when the title has no health-science words at all.  Below the threshold (option
    ``threshold``, default 0.45, calibrated with ``bench/offtopic.py``) the reference is flagged,
    with the similarity in the evidence.

    ## Why it matters
    A reference about something else entirely (a chemistry paper under a health article that
    shares one word with it) adds the look of evidence without any of its substance; it usually
    means the list was assembled by keyword search, not read.

    ## Example
    > An article on zinc lozenges and colds, citing "Zinc oxide nanoparticles in photocatalytic
    > degradation of textile dyes".

    ## Better
    > Cite trials of zinc lozenges in people with colds, or drop the reference.

    ## References
    - Robillard JM, et al. Scientific and ethical features of English-language online tests for
      Alzheimer's disease. Alzheimers Dement (Amst). 2015;1(3):281-8 (irrelevant citations as a quality flag).
    """
    if not doc.references:
        return
    topics = main_topics(doc)
    if not topics.conditions and not topics.substances:
        return
    threshold = float(ctx.option("CIT102", "threshold", OFFTOPIC_THRESHOLD))
    body = body_vector(doc, topics)
    words = body_words(doc, topics)
    for ref in doc.references:
        if not ref.title or len(ref.title) < 12 or _agency_page(ref):
            continue
        fit = reference_fit(ref.title, topics, doc.metadata.title, body, words)
        if fit.score >= threshold:
            continue
        yield Hit(
            Span(ref.start, ref.end),
            f"reference looks off-topic for this article (similarity {fit.score:.2f} < {threshold:.2f})",
            evidence={"title": ref.title, "similarity": round(fit.score, 3), "threshold": threshold,
                      "nearest_topic": fit.nearest, "health_context": fit.health,
                      "article_topics": [c for c, _ in topics.conditions[:3]] + [s for s, _ in topics.substances[:3]]},
            confidence=round(min(1.0, (threshold - fit.score) / threshold + 0.5), 2),
        )


def _agency_page(ref: Reference) -> bool:
    """A page of a health agency or medical body (nhs.uk, cdc.gov, who.int): what it covers is health
    information however its title reads ("Foods to avoid giving babies and young children")."""
    url = ref.identifiers.get("url") or next(iter(re.findall(r"https?://\S+", ref.text)), "")
    host = urllib.parse.urlsplit(url).hostname or "" if url else ""
    return bool(host) and authoritative_host(host) and not scholarly_host(host)


# ---- CIT103 ---------------------------------------------------------------------------------


_AGENCY_FIRST = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:NICE|WHO|CDC|NIH|NHS|FDA|EMA|MHRA|AHRQ|USPSTF|SIGN|NCCIH|NCI|EFSA|TGA|ACOG|AAP|AHA|ADA|"
    r"NIAMS|NIDDK|NHLBI|NINDS|ODS)\b"
)


def reference_problems(ref: Reference) -> list[str]:
    """Why a reference cannot be checked: truncated title or venue, no year, no venue and no identifier."""
    problems = []
    ell = re.compile(r"…|\.\.\.")
    if ref.title and ell.search(ref.title):
        problems.append("title cut off")
    if ref.venue and ell.search(ref.venue):
        problems.append("journal name cut off")
    # NICE, the MHRA: their own publisher, also when the entry opens with the body's short name
    # ("NICE Interventional Procedures Guidance IPG311. ...")
    corporate = any(CORPORATE_AUTHOR.match(a) for a in ref.authors) or _AGENCY_FIRST.match(ref.text) is not None
    if ref.year is None and not ref.identifiers and not corporate:
        problems.append("no year")
    if not ref.venue and not ref.identifiers and not corporate:
        problems.append("no journal or publisher and no identifier")
    if not ref.title and not ref.identifiers:
        problems.append("no title")
    return problems


@rule("CIT103", "unverifiable-reference", category="citations", severity=Severity.WARNING, scope="reference",
      requires=("references",))
def unverifiable_reference(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Truncated or unverifiable reference.

    Flags entries whose title or journal is cut off with an ellipsis (as search-engine listings
    print them), entries with no year and no identifier, and entries with neither a journal or
    publisher nor an identifier (DOI, PMID, URL).  With ``--resolve``, also entries that Crossref
    and PubMed do not know; what they found is added to the evidence.

    ## Why it matters
    A reader who wants to check the source cannot find it.  Ellipses in a reference mean it was
    copied from a results page, not from the paper.

    ## Example
    > Sleep quality and magnesium intake in older … by A Author – The Journal of …, 2011

    ## Better
    > Author A, Author B. Sleep quality and magnesium intake in older adults. J Sleep Res.
    > 2011;20(3):345-52. doi:10.xxxx/xxxxx

    ## References
    - International Committee of Medical Journal Editors. Recommendations for the Conduct, Reporting,
      Editing, and Publication of Scholarly Work in Medical Journals (references section).
    """
    for ref in doc.references:
        problems = reference_problems(ref)
        resolved = ref.extra.get("resolved")  # only with --resolve
        if resolved is not None and not resolved.get("found"):
            problems.append("not found in Crossref or PubMed")
        if problems:
            evidence = {"problems": problems, "title": ref.title, "venue": ref.venue, "year": ref.year}
            if resolved is not None:
                evidence["resolved"] = resolved
            yield Hit(Span(ref.start, ref.end), "reference cannot be verified: " + "; ".join(problems),
                      evidence=evidence, suggestion="give the full title, journal, year and a DOI or PMID")


# ---- CIT104 ---------------------------------------------------------------------------------


def _names_any_source(doc: Document) -> bool:
    """Whether the body names any specific source (cached on the document)."""
    cached = doc.layers.get("_names_source")
    if cached is None:
        end = min([a for a, _ in reference_regions(doc)] or [len(doc.text)])
        cached = any(c.start < end for c in doc.citations) or specific_source_in(doc, 0, end) is not None
        doc.layers["_names_source"] = cached
    return bool(cached)


def _supported(doc: Document, claim: Claim) -> bool:
    if claim.attribution == "specific":
        return True
    a, b = _window(doc, claim.start, following=1)
    return specific_source_in(doc, a, b) is not None


@rule("CIT104", "unsourced-efficacy-claims", category="citations", severity=Severity.WARNING, scope="document",
      requires=("sentences", "references", "citations", *_CLAIM_LAYER))
def unsourced_efficacy_claims(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Efficacy claims, and no specific source for any of them.

    The article says that something works (a treatment helps, a food prevents, a supplement
    reduces ...) and names no specific source at all: no citation, no named journal or
    institution, no dated study, no named expert, no link to a scholarly or health-agency site.
    In sales talk a name in a disclaimer ("not evaluated by the FDA"), the seller's own institute
    or doctor, or a shop's link does not count as a source.  One finding per document, listing the
    claims.

    ## Why it matters
    Whether a treatment works is exactly what a reader needs evidence for; an article that makes
    such claims without pointing to any source asks to be taken on trust.

    ## Example
    > Ginger reduces arthritis pain. Turmeric also lowers inflammation.

    ## Better
    > In a 2021 trial of 247 adults with knee osteoarthritis, ginger extract reduced pain slightly
    > more than placebo (Lee et al., 2021).

    ## References
    - Schwitzer G. How do US journalists cover treatments, tests, products, and procedures? An evaluation
      of 500 stories. PLoS Med. 2008;5(5):e95 (criterion: quality of the evidence).
    """
    claims = [c for c in doc.claims if c.kind == "efficacy" and c.strength != "none"
              and not _in_references(doc, c.start)]
    if not claims:
        return
    if any(_supported(doc, c) for c in claims) or _sole_reference(doc) is not None:
        return
    from healthlint.rules.claims import sales_talk, unsourced_document  # claims builds on this module's layers

    # in sales talk, a name in a disclaimer ("not evaluated by the FDA"), the seller's own institute or
    # doctor, or a shop's link is not a source: the claims layer's test of an article that names none decides
    if _names_any_source(doc) and not (sales_talk(doc) and unsourced_document(doc)):
        return
    yield Hit(None, f"{len(claims)} efficacy claim(s) and no specific source for any of them",
              evidence={"claims": [" ".join(c.text.split())[:160] for c in claims[:5]], "count": len(claims)},
              suggestion="cite the study behind each claim of benefit")


# ---- CIT105 ---------------------------------------------------------------------------------

# narrow populations a reference title may be about, and the words by which a text mentions them
_POPULATIONS = {
    "animals": (r"mice|rats?|animals?|pigs|dogs|cats|zebrafish|rodents?|murine", r"mice|mouse|rats?|animal|rodent"),
    "cells": (r"cell\s+lines?|in\s+vitro|cultured\s+cells", r"cell|in vitro|laboratory"),
    "transplant recipients": (r"(?:\w+\s+)?transplant(?:ation)?\s+recipients", r"transplant"),
    "dialysis patients": (r"(?:maintenance\s+)?(?:haemo|hemo|peritoneal\s+)?dialysis(?:\s+patients)?",
                          r"dialysis|kidney failure|kidney disease|renal"),
    "pregnancy": (r"pregnan(?:cy|t\s+women)|gestation", r"pregnan|expecting|gestation"),
    "newborns": (r"neonates|preterm\s+infants|newborns", r"neonat|preterm|newborn|baby|babies|infant"),
    "athletes": (r"athletes|soldiers|military\s+personnel", r"athlete|sport|soldier|military"),
}
_POPULATION = re.compile(
    r"\b(?:in|among|of|for)\s+(?:\w+\s+){0,4}?(?:" + "|".join(f"(?P<p{i}>{pat})" for i, (pat, _) in
                                                     enumerate(_POPULATIONS.values())) + r")\b",
    re.I,
)


def _population(title: str) -> tuple[str, str] | None:
    """(population name, pattern of the words that mention it) for a title about a narrow population."""
    m = _POPULATION.search(title)
    if not m:
        return None
    for i, (name, (_, mention)) in enumerate(_POPULATIONS.items()):
        if m.group(f"p{i}"):
            return name, mention
    return None


_EXCESS_OF = {
    "magnes": "magnesium", "kal": "potassium", "calc": "calcium", "natr": "sodium", "glyc": "glucose",
    "phosphat": "phosphate", "thyroid": "thyroid hormone", "uric": "uric acid", "lipid": "lipids",
    "cholesterol": "cholesterol", "vitaminosis": "vitamins",
}
_HYPER = re.compile(r"\bhyper(" + "|".join(_EXCESS_OF) + r")\w*", re.I)
_HYPO = re.compile(r"\bhypo(" + "|".join(_EXCESS_OF) + r")\w*", re.I)
_LOW_OF = re.compile(r"\b(?P<x>\w+)\s+(?:deficiency|deficiencies|insufficiency|depletion)\b|\b(?:low|lack\s+of|"
                     r"deficient\s+in|not\s+enough)\s+(?P<y>\w+)", re.I)
_HIGH_OF = re.compile(r"\b(?:high|excess(?:ive)?|elevated|too\s+much)\s+(?:serum\s+|blood\s+)?(?P<x>\w+)\b", re.I)


def _direction(text: str) -> dict[str, str]:
    """substance -> "low" | "high" as the text presents it."""
    out: dict[str, str] = {}
    for m in _HYPER.finditer(text):
        out[_EXCESS_OF[m.group(1).lower()]] = "high"
    for m in _HYPO.finditer(text):
        out[_EXCESS_OF[m.group(1).lower()]] = "low"
    for m in _LOW_OF.finditer(text):
        out[(m.group("x") or m.group("y")).lower()] = "low"
    for m in _HIGH_OF.finditer(text):
        out[m.group("x").lower()] = "high"
    return out


@rule("CIT105", "reference-mismatch", category="citations", severity=Severity.INFO, scope="reference",
      status="preview", requires=("sentences", "references", "citations"))
def reference_mismatch(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Reference that concerns a different population, or points the other way, from its claim.

    For each sentence with a reference attached (a citation in it that links to an entry; when
    the text cites nothing at all, the whole body), the reference's title is compared with the
    sentence: a title about a narrow population
    (dialysis patients, transplant recipients, pregnancy, mice ...) that the claim and the article
    do not mention, or a title about an excess of a substance ("hypermagnesaemia") under a claim
    about its deficiency (or the reverse), is flagged.

    ## Why it matters
    A source about another population, or about the opposite exposure, does not support the claim
    and can suggest the contrary; citing it misleads readers who will not open it.

    ## Example
    > Low potassium makes leg cramps worse [1].
    > 1. Lee K. Hyperkalaemia and cramps in dialysis patients. Nephron. 2012;4:1-5.

    ## Better
    > Cite a study of potassium deficiency in the population the article is about.

    ## References
    - Greenberg SA. How citation distortions create unfounded authority. BMJ. 2009;339:b2680.
    """
    if not doc.references:
        return
    text = doc.text
    body_text = text[: min([r.start for r in doc.references] or [len(text)])]
    # each reference gets the sentences that cite it (the claim it is attached to)
    attached: dict[int, list[str]] = {}
    for cit in doc.citations:
        if _in_references(doc, cit.start):
            continue
        a, b = _window(doc, cit.start, following=0)
        for ri in cit.extra.get("references", []):
            attached.setdefault(ri, []).append(text[a:b])
    uncited = not any(c.kind in ("marker", "author_year") for c in doc.citations)
    doc_dirs = _direction(body_text)
    for i, ref in enumerate(doc.references):
        title = ref.title or ""
        if not title:
            continue
        ref_dirs = _direction(title)
        mine = attached.get(i, [])
        contexts = mine if mine else ([body_text] if uncited else [])
        for ctx_text in contexts:
            claim_dirs = _direction(ctx_text) if mine else doc_dirs
            flipped = [s for s, d in ref_dirs.items() if claim_dirs.get(s) and claim_dirs[s] != d]
            if flipped:
                s = flipped[0]
                yield Hit(Span(ref.start, ref.end),
                          f"reference is about {ref_dirs[s]} {s}, the text about {claim_dirs[s]} {s}",
                          evidence={"substance": s, "reference": ref_dirs[s], "text": claim_dirs[s], "title": title})
                break
            pop = _population(title)
            if mine and pop and not re.search(pop[1], body_text, re.I):
                yield Hit(Span(ref.start, ref.end),
                          f"reference concerns {pop[0]}, a population the text does not discuss",
                          evidence={"population": pop[0], "title": title})
                break


# ---- CIT106 ---------------------------------------------------------------------------------

_VAGUE = re.compile(
    r"\b(?:(?:many|several|numerous|some|multiple|recent|various|countless|clinical|other|previous|past|earlier|"
    r"smaller|larger|animal)\s+)?"
    r"(?:studies|research|scientists|experts|doctors|physicians|health\s+experts|medical\s+experts|nutritionists|"
    r"dietitians|naturopaths|top\s+(?:doctors|scientists|experts|nutritionists)"
    r"|(?<=many\s)researchers|(?<=some\s)researchers|(?<=other\s)researchers)\s+"
    r"(?:have\s+|has\s+|now\s+|also\s+|consistently\s+|repeatedly\s+|increasingly\s+|widely\s+|generally\s+|all\s+)*"
    r"(?:shown|show|shows|suggest|suggests|suggested|found|find|finds|proven|prove|proves|indicate|indicates|"
    r"indicated|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated|say|says|agree|agrees|believe|"
    r"recommend|recommends|warn|warns|discovered|linked|revealed|reveal|now\s+know|are\s+calling|estimate|estimates|"
    r"recogni[sz]e|acknowledge|accept|accepts|"
    r"(?:long\s+)?known(?:\s+for\s+(?:years|decades))?\s+that)\b"
    r"|\b(?:has|have)\s+been\s+(?:scientifically\s+|clinically\s+)?(?:shown|proven)\s+to\b"
    r"|\bthere\s+(?:is|are)\s+(?:some\s+|growing\s+|strong\s+|good\s+|solid\s+|ample\s+|plenty\s+of\s+|clear\s+|"
    r"increasing\s+|mounting\s+|a\s+lot\s+of\s+|lots\s+of\s+)?(?:scientific\s+|clinical\s+|medical\s+)?"
    r"(?:evidence|research|studies|proof)\s+(?:that|to\s+suggest|suggesting|showing|to\s+show)\b"
    r"|\b(?:evidence|research)\s+(?:suggests|shows|indicates|has\s+shown|proves)\b"
    r"|\bit\s+(?:has\s+been|is)\s+(?:scientifically\s+|clinically\s+)?(?:shown|proven|established)\s+that\b"
    r"|\baccording\s+to\s+(?:some\s+|many\s+|new\s+|recent\s+|the\s+latest\s+)?(?:experts|research|studies|scientists|doctors)\b",
    re.I,
)


# wordings added after a third recall study (ten articles in new genres, written blind); searched
# over the whole text through the word index (rules/search), not around _ANCHOR words
_VAGUE_MORE = re.compile(
    # an unnamed speaker: "said a leading heart specialist", "said one of the study's authors"
    r"\b(?:said|says|according\s+to|explained|added)\s+(?:a|one)\s+(?:(?:leading|top|prominent|"
    r"well-known|senior|respected|renowned|independent)\s+)?(?:\w+\s+)?(?:specialist|expert|doctor|physician|[a-z]+ologist|"
    r"researcher|scientist|spokes(?:person|man|woman)|professor|nutritionist|dietitian|pharmacist)\b"
    r"|\b(?:said|says|according\s+to)\s+(?:a\s+|one\s+of\s+the\s+)(?:study'?s\s+|trial'?s\s+)?authors?\b"
    r"|\bspokes(?:person|man|woman)\s+for\s+the\s+(?:research\s+)?(?:team|company|study|researchers)\b"
    r"|\b(?:growing|large|huge|substantial|strong|solid|mounting|increasing)\s+body\s+of\s+(?:research|evidence|"
    r"science|studies)\s+(?:supports?|shows?|suggests?|proves?|confirms?)\b"
    r"|\b(?:leading|top|major|prestigious|well-known|renowned|respected|famous)\s+(?:\w+\s+)?"
    r"(?:university|universities|hospital|institute|medical\s+school|laboratory|lab|research\s+(?:center|centre))\b"
    # "leading neurologists now agree", "brain health experts increasingly recognise", "the science is clear"
    r"|\b(?:leading|top)\s+[a-z]+ologists\s+(?:have\s+|now\s+|all\s+|increasingly\s+|widely\s+)*(?:agree|say|recommend|warn|"
    r"believe|recogni[sz]e|know|confirm)\b"
    r"|\b(?:brain|heart|gut|skin|sleep|health|medical)\s+(?:health\s+)?experts\s+(?:have\s+|now\s+|all\s+|increasingly\s+|"
    r"widely\s+)*(?:agree|say|recommend|warn|believe|recogni[sz]e|know|confirm)\b"
    r"|\b(?:research|studies|science)\s+from\s+(?:around|all\s+over)\s+the\s+world\s+(?:\w+\s+)?(?:confirms?|shows?|proves?|"
    r"suggests?)\b"
    r"|\bthe\s+(?:science|research|evidence)\s+is\s+(?:clear|settled|in|unequivocal|overwhelming)\b",
    re.I,
)
# wordings looked for only in articles that name no source or that sell to their reader (news reports
# say "a study finds" in headlines and "Swedish researchers found" before naming the journal)
_VAGUE_SALES = re.compile(
    # an undated, unplaced study ("one landmark study found",
    # "a big study out of Europe showed", "there's a famous study on this")
    r"\b(?:a|one|another)\s+(?:(?:big|huge|large|major|landmark|famous|well-known|small|little|tiny|recent|"
    r"groundbreaking|fascinating|little-known|independent|amazing|remarkable|clinical)\s+){0,2}(?:study|trial|experiment)"
    r"\s+(?:(?:out\s+of|from|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){1,3}?)?(?:found|finds|showed|shows|proved|proves|"
    r"confirmed|discovered|revealed|demonstrated|followed|put|gave|tested)\b"
    r"|\bthere(?:'s|’s|\s+is|\s+was)\s+(?:a|one|this)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)\s+(?:out\s+of|from|on)\b"
    # research placed only by a country or region ("studies out of Europe have shown", "Japanese
    # researchers have found", "European doctors have confirmed")
    r"|\b(?:research|studies|a\s+study|scientists|researchers|doctors|experts)\s+(?:out\s+of|from)\s+(?-i:[A-Z][a-z]+)"
    r"(?:\s+and\s+(?-i:[A-Z][a-z]+))?\s+(?:have\s+|has\s+)?(?:shown|show|showed|found|proved|proven|confirmed|"
    r"suggests?|discovered)\b"
    r"|(?-i:\b(?:Japanese|Chinese|German|French|Russian|Swedish|Danish|Israeli|Italian|Spanish|British|Canadian|"
    r"Australian|Korean|Indian|Dutch|Swiss|Brazilian|European|Scandinavian|Finnish|Norwegian|Cuban|Asian))\s+"
    r"(?:researchers|scientists|doctors|experts|physicians|[a-z]+ologists)\s+(?:have\s+|had\s+|now\s+|also\s+|long\s+)*"
    r"(?:found|shown|showed|discovered|proved|proven|confirmed|say|believe|recommend|known|agree|went\s+looking)\b"
    # specialists who "privately admit" or "quietly recommend"
    r"|\b(?:many|some|most|more\s+and\s+more|a\s+growing\s+number\s+of|countless|even|leading|top)\s+"
    r"(?:[\w-]+\s+)?(?:[a-z]+ologists|[a-z]+icians|surgeons|dentists|pharmacists|specialists|practitioners|doctors|"
    r"physicians)\s+(?:(?:now|privately|quietly|secretly|openly|already|all|will|have)\s+)*(?:admit(?:ted)?|agree|"
    r"recommend|confirm|swear\s+by|are\s+(?:starting|beginning)\s+to|are\s+(?:calling|coming\s+around))\b"
    r"|\b(?:[a-z]+ologists|doctors|experts|physicians|specialists)\s+(?:in|across|around|abroad)\s+(?:the\s+)?"
    r"(?:Europe|Asia|Germany|Japan|the\s+world|other\s+countries)?\s*(?:are|have)\s+(?:(?:quietly|already|now)\s+)*"
    r"(?:starting|beginning|calling|recommending|using|known|confirmed)\b"
    # an unnamed acquaintance: "a naturopath friend told me", "a holistic doctor I follow on TikTok"
    r"|\b(?:a|one)\s+(?:[\w-]+\s+){0,2}?(?:doctor|naturopath|specialist|[a-z]+ologist|nurse|practitioner|pharmacist|"
    r"dentist|chiropractor|herbalist|nutritionist|physician|surgeon)\s+(?:friend\b|of\s+mine\b|I\s+(?:follow|know|"
    r"trust|spoke\s+(?:to|with)|talked\s+to)\b|who\s+asked\s+not\s+to\s+be\s+named)"
    # "backed by science", "supported by studies from leading universities", "praised by doctors around the world"
    r"|\b(?:backed|supported|praised|endorsed|proven|validated)\s+by\s+(?:real\s+|hard\s+|solid\s+|modern\s+)?"
    r"(?:science|studies|research|doctors|experts|scientists|physicians)\b(?!\s+(?:at|from|of)\s+(?-i:[A-Z]))",
    re.I,
)
_ANCHOR = re.compile(r"\b(?:studies|research|researchers|scientists|experts|doctors|physicians|evidence|proof|"
                     r"shown|proven|established|according|nutritionists|dietitians|naturopaths)\b", re.I)


def _vague_matches(text: str) -> Iterator[re.Match[str]]:
    """``_VAGUE`` matches, searched only around the words every pattern needs (much faster)."""
    done = -1
    for a in _ANCHOR.finditer(text):
        if a.start() < done:
            continue
        w0 = max(0, a.start() - 70)
        for m in _VAGUE.finditer(text, w0, min(len(text), a.end() + 70)):
            if m.start() >= done and m.end() > a.start():
                done = m.end()
                yield m


_UNNAMED_SPEAKER = re.compile(r"(?:said|says|according|explain|add|spokes)", re.I)
# "a leading university" counts only after "at", "by" or "from" ("tested at a leading university")
_LEADING_INSTITUTION = re.compile(
    r"(?:leading|top|major|prestigious|well-known|renowned|respected|famous)\s+(?:\w+\s+)?(?:university|universities|hospital|"
    r"institute|medical\s+school|laboratory|lab|research\s+(?:center|centre))",
    re.I,
)
_AT_AN_INSTITUTION = re.compile(r"\b(?:at|by|from|in)\s+(?:a|one)\s+$", re.I)
# "compounds that experts say relax the vessels": "that" before people is a relative pronoun, not "that study"
_PEOPLE = re.compile(r"(?:experts|doctors|scientists|physicians|nutritionists|dietitians|naturopaths)\b", re.I)
_BACKGROUND = re.compile(r"(?:other|previous|past|earlier|smaller|larger|animal)\s", re.I)
_SPECIFIC_BEFORE = re.compile(r"\b(?:the|this|new|our|their|that|these|those|both|his|her)\s+(?:\w+\s+)?$", re.I)
# "Dana-Farber scientists say", "Swedish researchers found": a named group, not a vague one
_NAMED_GROUP_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")


_NEGATED_BEFORE = re.compile(r"\b(?:neither|never|no|not|none|nothing|few)\s+(?:\w+\s+){0,2}$", re.I)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ian|ese|ean|can|ch|li)$")


def _named_group(doc: Document, start: int) -> bool:
    """Whether a name stands right before ``start``: a capitalised word inside the sentence, or
    at its start a demonym ("Swedish") or a word the text capitalises elsewhere mid-sentence."""
    lead = doc.text[max(0, start - 40) : start]
    named = _NAMED_GROUP_BEFORE.search(lead)
    if named is None:
        return False
    i = doc.sentence_index(start)
    sentence_start = doc.sentences[i].start if i >= 0 else 0
    if start - len(lead) + named.start() > sentence_start:
        return True
    word = named.group(0).strip()
    if _DEMONYM.match(word):
        return True
    return re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", doc.text) is not None


# "this leaflet explains what research has found, ...": the evidence is the topic of what follows
_TOPIC_OF = re.compile(
    r"\b(?:explains?|describes?|summari[sz]es?|covers?|sets\s+out|looks\s+at|reviews?|tells\s+you|outlines?)\s+"
    r"what\s+(?:the\s+)?$",
    re.I,
)


# a hedged summary of research ("research suggests", "studies indicate")
_HEDGED_FINDING = re.compile(r"\b(?:suggests?|suggested|indicates?|indicated|hints?|hinted)\b", re.I)


@rule("CIT106", "vague-attribution", category="citations", severity=Severity.WARNING, scope="sentence",
      requires=("sentences", "references", "citations"))
def vague_attribution(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Vague attribution with no specific source nearby.

    "Studies show", "research suggests", "experts say", "scientists have found", "there is
    evidence that", "doctors recommend" and the like, when neither that sentence nor the next
    names a specific source: a citation marker, an author-year citation, a link, a named journal
    or institution, a dated or located study ("a 2019 study published in ..."), or a named expert.

    ## Why it matters
    A vague appeal to authority borrows the weight of science without letting the reader check
    it; it is a classic marker of low-quality health information.

    ## Example
    > Studies show that cinnamon lowers blood sugar.

    ## Better
    > In a 2019 trial of 60 adults published in the Journal of Nutrition, cinnamon lowered fasting
    > blood sugar slightly [2].

    ## References
    - Charnock D, et al. DISCERN: an instrument for judging the quality of written consumer health
      information on treatment choices. J Epidemiol Community Health. 1999;53(2):105-11 (question 2/4:
      sources of information).
    """
    text = doc.text
    regions = reference_regions(doc)
    from healthlint.rules.claims import sales_talk, unsourced_document  # claims builds on citations' layers

    loose = sales_talk(doc) or unsourced_document(doc)
    found = [*_vague_matches(text), *finditer(doc, _VAGUE_MORE), *(finditer(doc, _VAGUE_SALES) if loose else [])]
    for m in outermost(found):
        before = _SPECIFIC_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before is not None and not (before.group(0).lower().startswith("that") and _PEOPLE.match(m.group(0))):
            continue  # "the researchers found", "new research suggests": the study the article reports
        if m.group(0)[:1].islower() and _named_group(doc, m.start()):
            continue
        if _NEGATED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "neither drug has been shown to ...": a denial, not an appeal to authority
        if _TOPIC_OF.search(text, max(0, m.start() - 40), m.start()):
            continue  # "this leaflet explains what research has found": a topic announced, not a claim
        if _BACKGROUND.match(m.group(0)) and _names_any_source(doc):
            continue  # "previous studies have found ..." as background to a study the article names
        if any(a <= m.start() < b for a, b in regions):
            continue
        institution = _LEADING_INSTITUTION.fullmatch(m.group(0)) is not None
        if institution and not _AT_AN_INSTITUTION.search(text, max(0, m.start() - 12), m.start()):
            continue  # only "tested at a leading university", not "a leading university announced"
        if (institution or _UNNAMED_SPEAKER.match(m.group(0))) and _names_any_source(doc):
            continue  # an outside expert quoted unnamed in a report of a named study
        if doc.sentence_index(m.start()) == 0 and len(doc.sentences) > 1 and _names_any_source(doc):
            continue  # a headline ("..., evidence suggests") is sourced by the article under it
        if _HEDGED_FINDING.search(m.group(0)) and len(doc.citations) >= 3:
            continue  # "research suggests" summing up, hedged, in an article that cites its studies
        # a section heading ("What later studies found") is answered by the paragraphs under it
        heading = any(h.start <= m.start() < h.end for h in doc.headings)
        a, b = _window(doc, m.start(), following=3 if heading else 1)
        if specific_source_in(doc, a, b) is not None:
            continue
        phrase = " ".join(m.group(0).split())
        yield Hit(Span(m.start(), m.end()), f"vague attribution {phrase!r} with no specific source",
                  evidence={"match": m.group(0)},
                  suggestion="name the study, journal or institution, or cite it")
