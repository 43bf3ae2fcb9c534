"""Scholarly and authoritative web domains, and journals known by their site.

Facts collected by the healthlint developers from the publishers' and agencies' own sites (which
domain serves which journal or agency); public facts, no licence needed.  A host matches a domain
when it is the domain or one of its subdomains.
"""

from __future__ import annotations

import re
from functools import cache

# literature databases, DOI resolvers, preprint servers, publishers
SCHOLARLY = (
    "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "europepmc.org",
    "scholar.google.com", "semanticscholar.org", "crossref.org", "clinicaltrials.gov",
    "cochranelibrary.com", "nejm.org", "thelancet.com", "bmj.com", "jamanetwork.com", "nature.com",
    "science.org", "sciencemag.org", "cell.com", "sciencedirect.com", "springer.com", "link.springer.com",
    "wiley.com", "onlinelibrary.wiley.com", "tandfonline.com", "sagepub.com", "journals.sagepub.com",
    "academic.oup.com", "oup.com", "karger.com", "thieme-connect.com", "frontiersin.org", "mdpi.com",
    "plos.org", "journals.plos.org", "biomedcentral.com", "elifesciences.org", "pnas.org", "ahajournals.org",
    "acpjournals.org", "annals.org", "aafp.org", "neurology.org", "diabetesjournals.org",
    "aacrjournals.org", "ascopubs.org", "atsjournals.org", "jci.org", "jneurosci.org", "psychiatryonline.org",
    "pediatrics.aappublications.org", "publications.aap.org", "gastrojournal.org", "jacc.org",
    "onlinejacc.org", "lww.com", "journals.lww.com", "cambridge.org", "bmjopen.bmj.com", "medrxiv.org",
    "biorxiv.org", "arxiv.org", "jstor.org", "scielo.br", "scielo.org", "hindawi.com", "dovepress.com",
    "ajcn.nutrition.org", "nutrition.org", "jnutr.org", "aan.com", "annfammed.org", "cmaj.ca", "mja.com.au",
)
# health agencies and other authoritative sources
AUTHORITATIVE = (
    "nih.gov", "cdc.gov", "fda.gov", "who.int", "nhs.uk", "nice.org.uk", "ema.europa.eu", "ecdc.europa.eu",
    "medlineplus.gov", "cancer.gov", "hhs.gov", "ahrq.gov", "uspreventiveservicestaskforce.org",
    "health.gov", "gov.uk", "canada.ca", "health.gov.au", "nhmrc.gov.au", "efsa.europa.eu",
    "heart.org", "diabetes.org", "cancer.org", "alz.org", "mayoclinic.org", "clevelandclinic.org",
    "hopkinsmedicine.org", "cochrane.org", "aap.org", "acog.org", "acc.org", "ama-assn.org",
)
# journals identified by their site (for entries that are nothing but a URL)
JOURNAL_BY_HOST = {
    "nejm.org": "New England Journal of Medicine",
    "thelancet.com": "The Lancet",
    "bmj.com": "BMJ",
    "bmjopen.bmj.com": "BMJ Open",
    "jamanetwork.com": "JAMA Network",
    "cochranelibrary.com": "Cochrane Database of Systematic Reviews",
    "neurology.org": "Neurology",
    "pnas.org": "Proceedings of the National Academy of Sciences",
    "ahajournals.org": "American Heart Association Journals",
    "cmaj.ca": "CMAJ",
    "mja.com.au": "Medical Journal of Australia",
    "annals.org": "Annals of Internal Medicine",
    "acpjournals.org": "Annals of Internal Medicine",
    "jci.org": "Journal of Clinical Investigation",
    "jneurosci.org": "Journal of Neuroscience",
    "elifesciences.org": "eLife",
    "pediatrics.aappublications.org": "Pediatrics",
    "gastrojournal.org": "Gastroenterology",
    "diabetesjournals.org": "Diabetes Care",
    "medrxiv.org": "medRxiv",
    "biorxiv.org": "bioRxiv",
}
# journals and bodies that count as a specific named source in running text
NAMED_JOURNALS = (
    "New England Journal of Medicine", "NEJM", "The Lancet", "Lancet", "BMJ", "British Medical Journal",
    "JAMA", "Journal of the American Medical Association", "Nature", "Science", "Cell", "PLOS ONE", "PLoS One",
    "PLOS Medicine", "Annals of Internal Medicine", "Pediatrics", "Neurology", "Circulation", "Diabetes Care",
    "Cochrane", "Cochrane Database of Systematic Reviews", "Proceedings of the National Academy of Sciences",
    "PNAS", "American Journal of Clinical Nutrition", "Journal of Clinical Oncology", "Cancer",
    "Gastroenterology", "Gut", "Hypertension", "Stroke", "Obstetrics & Gynecology", "Sleep",
    "Nature Medicine", "Lancet Oncology", "JAMA Internal Medicine", "JAMA Pediatrics", "JAMA Oncology",
    "JAMA Network Open", "BMJ Open", "eLife", "Alzheimer's & Dementia", "European Heart Journal",
    "Journal of the American College of Cardiology", "Morbidity and Mortality Weekly Report", "MMWR",
)


def _match(host: str, domains: tuple[str, ...]) -> bool:
    host = host.lower().removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in domains)


def scholarly_host(host: str) -> bool:
    """True for literature databases, DOI resolvers and journal publishers."""
    return _match(host, SCHOLARLY)


def authoritative_host(host: str) -> bool:
    """True for scholarly hosts and for health agencies and major medical bodies."""
    return _match(host, SCHOLARLY) or _match(host, AUTHORITATIVE) or host.lower().endswith((".gov", ".edu"))


def journal_for_host(host: str) -> str | None:
    host = host.lower().removeprefix("www.")
    for domain, journal in JOURNAL_BY_HOST.items():
        if host == domain or host.endswith("." + domain):
            return journal
    return None


@cache
def named_journal_pattern() -> re.Pattern[str]:
    """Journal names as written in running text (case-sensitive, on word boundaries)."""
    names = sorted(NAMED_JOURNALS, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:the[ \t]+journal[ \t]+)?(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
