"""Whether an article sells: the context in which a bare price, "only 9 left", a phone number to
call or a shop's name is commercial talk rather than a reported fact.

News reports give prices too ("the kit costs about $20 in drugstores"), and HealthNewsReview.org
asks them to; what marks a sales page is a call to buy, a coupon or an affiliate link, or, in an
article that addresses its reader, two kinds of weaker signal together (price talk, a shop, a
phone number to call, selling words).  On the 1,614 news stories and 625 MED1250 abstracts this
test holds for none; on the bad corpus for four articles in five.
"""

from __future__ import annotations

import re

from healthlint.document import Document
from healthlint.rules.claims import SELLING, speaks_to_reader
from healthlint.rules.commercial import affiliate_links, retailer_referrals
from healthlint.rules.data import base_hits

# "call 1-800-555-0147", "Call us on 01632 960 482", "text us at (480) 555-0162"
PHONE_CALL = re.compile(
    r"\b(?:call|text|phone|ring|dial)\s+(?:us\s+|them\s+|our\s+[\w\s-]{0,40}?)?(?:now\s+|today\s+|right\s+now\s+)?"
    r"(?:toll[\s-]free\s+)?(?:on\s+|at\s+)?(?:\+?\d{1,3}[\s.-]?)?\(?\d{3,5}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b",
    re.I,
)
_CLICK = re.compile(r"(?:click|tap|press|hit|follow)\b", re.I)


def selling_document(doc: Document) -> bool:
    """Whether ``doc`` sells: a call to buy (other than a bare "click the link"), a coupon code or
    an affiliate link; or, in an article that addresses its reader, two of price talk, a shop
    named as where to buy, a phone number to call and selling words ("order now", "money-back")."""
    key = "_selling"
    if key not in doc.layers:
        doc.layers[key] = _sells(doc)
    return bool(doc.layers[key])


def _sells(doc: Document) -> bool:
    if affiliate_links(doc) or base_hits(doc, "COM103"):
        return True
    for hit in base_hits(doc, "COM101"):
        if hit.span is not None and not _CLICK.match(doc.text, hit.span.start):
            return True
    if not speaks_to_reader(doc):
        return False
    weak = (
        bool(base_hits(doc, "COM102"))
        + (next(retailer_referrals(doc), None) is not None)
        + any(not _CLICK.match(m.group(0)) for m in SELLING.finditer(doc.text))
        + (PHONE_CALL.search(doc.text) is not None)
    )
    return weak >= 2
