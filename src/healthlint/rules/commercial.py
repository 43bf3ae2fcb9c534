"""COM: commercial intent written in Python (link analysis); phrase rules are in
``rules/data/commercial.yaml``."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from healthlint.document import Document, Link
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import RuleContext, rule


@cache
def _lexicon() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(
        (resources.files("healthlint.lexicons") / "affiliate.yaml").read_text(encoding="utf-8")
    )
    return data


@cache
def _disclosure_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _lexicon()["disclosure_patterns"]), re.I)


@cache
def _retailer_re() -> re.Pattern[str]:
    names = sorted(_lexicon()["retailers"], key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(r"\b(?:on|at|from|via|through)\s+(?P<shop>" + alt + r")\b", re.I)


@cache
def _retailer_subject_re() -> re.Pattern[str]:
    """A shop as the subject of a sale: "Vitacost usually has both cheapest", "Sprouts carries it"."""
    names = sorted(_lexicon()["retailers"], key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"\b(?P<shop>" + alt + r")\s+(?:usually\s+|always\s+|now\s+|also\s+)?"
        r"(?:has|have|carries|carry|sells|sell|stocks|stock)\s+(?:it|them|both|all|the|this|these|my|our)\b"
    )


_BUY_VERB = re.compile(
    r"\b(?P<verb>buy|buying|bought|find|found|get|got|order(?:ed|ing)?|purchas(?:e|ed|ing)|available|"
    r"pick(?:ed)? up|shop(?:ped|ping)?|sold|sells|stock(?:ed|s)?|grab)\b[^.!?\n]*$", re.I)


# "at Pell Family Pharmacy", "from Harvest Moon Health Foods", "at Green Leaf Market on Main Street"
_LOCAL_SHOP = re.compile(
    r"\b(?:at|from)\s+(?:the\s+)?(?P<shop>(?:[A-Z][\w'&.-]*\s+){1,4}(?:Pharmacy|Chemists?|Drugs?|Drugstore|"
    r"Health\s+Foods?|Health\s+Store|Natural\s+Foods|Wholefoods|Market|Grocery|Grocers|Apothecary|Dispensary|Co-?op|"
    r"Nutrition|Herbals|Wellness\s+(?:Store|Shop|Center|Centre)))\b"
)
# the seller's own shop: "from my Etsy shop", "in my storefront", "our dispensary now carries"
_OWN_SHOP = re.compile(
    r"\b(?P<shop>(?:my|our|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:shop|store|storefront|dispensary|webshop|boutique))"
    r"(?:\s+(?:now\s+)?(?:carries|stocks|sells|has))?\b",
    re.I,
)
_NEWSY = re.compile(
    r"\b(?:recall(?:ed|s)?|lawsuit|sued|FDA|warning letter|pulled|removed|investigation|seized)\b", re.I)


def affiliate_network(href: str, rel: str = "") -> str | None:
    """The affiliate network a link goes through, or None for an ordinary link."""
    if "sponsored" in rel.lower().split():
        return "rel=sponsored"
    try:
        parts = urllib.parse.urlsplit(href.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    lex = _lexicon()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        network = lex["hosts"].get(".".join(labels[i:]))
        if network and network != "link shortener":
            return str(network)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    lowered = {k.lower(): v for k, v in query.items()}
    for retailer, params in lex["retailer_params"].items():
        if retailer in labels:
            for p in params:
                if p.lower() in lowered:
                    return f"{retailer.title()} affiliate ({p}=)"
            if retailer == "amazon" and re.search(r"/ref=as_li|[?&]tag=", href):
                return "Amazon Associates"
    for p in lex["generic_params"]:
        key, _, value = p.partition("=")
        if key in lowered and (not value or value in [v.lower() for v in lowered[key]]):
            return f"affiliate parameter {key}="
    return None


def affiliate_links(doc: Document) -> list[tuple[Link, str]]:
    found = []
    for link in doc.links:
        network = affiliate_network(link.href, link.rel)
        if network:
            found.append((link, network))
    return found


def has_disclosure(doc: Document) -> bool:
    return _disclosure_re().search(doc.text) is not None


@dataclass(frozen=True, slots=True)
class Referral:
    """"find it on Amazon": a buying verb, then within 60 characters a shop."""

    start: int
    end: int
    verb: str
    shop: str


def retailer_referrals(doc: Document) -> Iterator[Referral]:
    text = doc.text
    for m in _retailer_re().finditer(text):
        lead = text[max(0, m.start() - 61) : m.start()]
        v = _BUY_VERB.search(lead)
        if v is None:
            continue
        start = m.start() - len(lead) + v.start()
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", m.end())
        if _NEWSY.search(text, line_start, line_end if line_end != -1 else len(text)):
            continue
        yield Referral(start, m.end(), v.group("verb"), m.group("shop"))


@rule("COM104", "affiliate-link", category="commercial", severity=Severity.WARNING, scope="link", requires=())
def affiliate_link(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """A link through an affiliate network or marked ``rel=sponsored``.

    ## Why it matters
    The author is paid when a reader buys through the link. That is a conflict of interest that
    shapes what the article says about the product; readers cannot see it in the link text.

    ## Example
    > [Magnesium glycinate](https://www.amazon.com/dp/B000?tag=healthblog-20) is the best form.

    ## Better
    > Link to independent information (a pharmacopoeia, a health agency) or disclose the
    > affiliate relationship at the top of the article.

    ## References
    - US Federal Trade Commission, Guides Concerning the Use of Endorsements and Testimonials
      in Advertising, 16 CFR Part 255 (2023).
    """
    offpage: list[str] = []
    for link, network in affiliate_links(doc):
        if link.span is None:
            offpage.append(f"{network}: {link.href}")
            continue
        yield Hit(link.span, f"affiliate link ({network}): {link.href}",
                  evidence={"href": link.href, "network": network, "anchor": link.text})
    if offpage:
        yield Hit(None, f"{len(offpage)} affiliate link(s) elsewhere on the page",
                  evidence={"links": offpage[:20]})


@rule("COM105", "undisclosed-affiliate-links", category="commercial", severity=Severity.WARNING,
      scope="document", requires=())
def undisclosed_affiliate_links(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Affiliate links with no disclosure anywhere in the article.

    ## Why it matters
    The FTC and the JAMA disclosure benchmark ask that a reader be told when the author earns
    money from what the article recommends. Affiliate links without a disclosure hide that.

    ## Example
    > An article with Amazon `tag=` links and no sentence saying the site earns commissions.

    ## Better
    > "We earn a commission if you buy through links on this page. This does not affect what
    > we recommend."

    ## References
    - Silberg WM, Lundberg GD, Musacchio RA. Assessing, controlling, and assuring the quality of
      medical information on the Internet. JAMA 1997;277:1244-5 (disclosure benchmark).
    - US Federal Trade Commission, 16 CFR Part 255.
    """
    links = affiliate_links(doc)
    if links and not has_disclosure(doc):
        yield Hit(None, f"{len(links)} affiliate link(s) and no disclosure of the affiliate relationship",
                  evidence={"links": [link.href for link, _ in links[:20]]},
                  suggestion="Add a disclosure near the top: the site earns a commission on purchases.")


@rule("COM106", "retailer-referral", category="commercial", severity=Severity.WARNING, scope="sentence",
      requires=())
def retailer_referral(doc: Document, ctx: RuleContext) -> Iterator[Hit]:
    """Sends the reader to a named shop or marketplace to buy a product.

    A buying verb followed by a shop ("find it on Amazon"); on a sales page also a shop named with no
    verb ("It's on Amazon too"), a local shop ("at Harvest Moon Health Foods"), the seller's own shop
    ("from my Etsy shop") and a shop as the subject of a sale ("Vitacost usually has it").

    ## Why it matters
    "You can find it on Amazon" turns health information into a shopping guide; together with
    price talk and calls to click it is the pattern of affiliate content.

    ## Example
    > You can buy zinc lozenges on Amazon.

    ## Better
    > Zinc lozenges are sold without prescription; check the dose per lozenge on the label.

    ## References
    - HealthNewsReview.org review criteria, criterion 10 (commercial interest).
    """
    taken: list[tuple[int, int]] = []
    for r in retailer_referrals(doc):
        phrase = " ".join(doc.text[r.start : r.end].split())
        taken.append((r.start, r.end))
        yield Hit(Span(r.start, r.end), f"points the reader to a shop: '{phrase}'",
                  evidence={"retailer": r.shop, "verb": r.verb})
    from healthlint.rules.selling import selling_document  # selling builds on this module

    if not selling_document(doc):
        return
    # on a sales page, a shop named with no buying verb nearby ("It's on Amazon too"), a local shop
    # ("at Harvest Moon Health Foods"), or the seller's own shop ("from my Etsy shop")
    for pattern in (_retailer_re(), _LOCAL_SHOP, _OWN_SHOP, _retailer_subject_re()):
        for m in pattern.finditer(doc.text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            line_end = doc.text.find("\n", m.end())
            if _NEWSY.search(doc.text, line_start, line_end if line_end != -1 else len(doc.text)):
                continue
            taken.append((m.start(), m.end()))
            phrase = " ".join(m.group(0).split())
            yield Hit(Span(m.start(), m.end()), f"points the reader to a shop: '{phrase}'",
                      evidence={"retailer": m.group("shop")})
