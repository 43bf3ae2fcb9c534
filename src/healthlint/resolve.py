"""Optional online resolution of references (``--resolve``): Crossref and PubMed look-ups.

Off by default; nothing else in healthlint touches the network.  Each look-up is a GET with a
timeout, answered from an on-disk cache when it was made before (``$HEALTHLINT_CACHE`` or
``$XDG_CACHE_HOME/healthlint/resolve``, else ``~/.cache/healthlint/resolve``).  When the service
cannot be reached, :class:`ResolveOffline` carries one clear line for the user, and the references
keep what the text says.

* a DOI -> Crossref ``/works/{doi}``;
* a PMID -> PubMed E-utilities ``esummary``;
* a title alone -> Crossref ``/works?query.bibliographic=...&rows=1``, accepted only when the
  found title is close to ours (word overlap >= 0.8).

The result goes to ``Reference.extra["resolved"]``: ``found``, ``source``, ``title``, ``year``,
``venue``, ``doi``, ``pmid`` and ``title_match`` (word overlap between our title and theirs).
Tests replay recorded answers through the ``fetch`` argument.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from healthlint import __version__
from healthlint.document import Document, Reference

CROSSREF = "https://api.crossref.org/works"
PUBMED = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi"
TIMEOUT_S = 8.0
MAX_BYTES = 2_000_000
Fetch = Callable[[str, float], dict[str, Any]]


class ResolveOffline(RuntimeError):
    """The look-up service could not be reached; ``str()`` is the one line to show."""


def cache_dir() -> Path:
    if env := os.environ.get("HEALTHLINT_CACHE"):
        return Path(env) / "resolve"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "healthlint" / "resolve"


def http_get_json(url: str, timeout: float) -> dict[str, Any]:
    """GET ``url`` and parse JSON; network trouble becomes :class:`ResolveOffline`."""
    req = urllib.request.Request(url, headers={"User-Agent": f"healthlint/{__version__} (reference check)",
                                               "Accept": "application/json"})
    host = urllib.parse.urlsplit(url).hostname
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return {"status": "not-found"}
        raise ResolveOffline(f"reference look-up failed: {host} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ResolveOffline(f"cannot reach {host} to resolve references (offline?): {reason}") from None
    if len(body) > MAX_BYTES:
        raise ResolveOffline(f"reference look-up failed: answer from {host} too large")
    try:
        data: dict[str, Any] = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ResolveOffline(f"reference look-up failed: {host} did not answer JSON") from None
    return data


class Resolver:
    """Looks references up, with a cache on disk; one instance per run."""

    def __init__(self, *, fetch: Fetch = http_get_json, cache: Path | None = None, timeout: float = TIMEOUT_S,
                 use_cache: bool = True) -> None:
        self.fetch = fetch
        self.cache = cache if cache is not None else cache_dir()
        self.timeout = timeout
        self.use_cache = use_cache

    def _get(self, url: str) -> dict[str, Any]:
        path = self.cache / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".json")
        if self.use_cache and path.is_file():
            cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cached
        data = self.fetch(url, self.timeout)
        if self.use_cache:
            try:
                self.cache.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(data), encoding="utf-8")
            except OSError:
                pass  # a read-only cache costs speed, not correctness
        return data

    def resolve(self, ref: Reference) -> dict[str, Any]:
        doi = ref.identifiers.get("doi")
        pmid = ref.identifiers.get("pmid")
        if doi:
            data = self._get(f"{CROSSREF}/{urllib.parse.quote(doi, safe='/')}")
            found = _from_crossref(data.get("message")) if data.get("status") == "ok" else None
        elif pmid:
            data = self._get(f"{PUBMED}?db=pubmed&retmode=json&id={urllib.parse.quote(pmid)}")
            found = _from_pubmed(data, pmid)
        elif ref.title and len(ref.title) >= 15:
            query = urllib.parse.quote(re.sub(r"…|\.\.\.", " ", ref.title))
            data = self._get(f"{CROSSREF}?rows=1&query.bibliographic={query}")
            items = (data.get("message") or {}).get("items") or []
            found = _from_crossref(items[0]) if items else None
            if found and title_overlap(ref.title, found.get("title")) < 0.8:
                found = None
        else:
            return {"found": False, "reason": "nothing to look up"}
        if not found:
            return {"found": False}
        found["found"] = True
        found["title_match"] = round(title_overlap(ref.title, found.get("title")), 3) if ref.title else None
        return found


def _words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", re.sub(r"…|\.\.\.", " ", (s or "").lower())))


def title_overlap(ours: str | None, theirs: str | None) -> float:
    """Share of our title's words found in theirs (ours may be truncated)."""
    a, b = _words(ours), _words(theirs)
    return len(a & b) / len(a) if a else 0.0


def _from_crossref(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    title = (item.get("title") or [None])[0]
    venue = (item.get("container-title") or [None])[0]
    year = None
    for key in ("published-print", "published-online", "issued", "created"):
        parts = (item.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0]:
            year = int(parts[0][0])
            break
    return {"source": "crossref", "title": title, "venue": venue, "year": year, "doi": item.get("DOI")}


def _from_pubmed(data: dict[str, Any], pmid: str) -> dict[str, Any] | None:
    rec = (data.get("result") or {}).get(pmid)
    if not isinstance(rec, dict) or rec.get("error"):
        return None
    m = re.match(r"(\d{4})", rec.get("pubdate") or "")
    doi = next((a.get("value") for a in rec.get("articleids") or [] if a.get("idtype") == "doi"), None)
    return {"source": "pubmed", "title": (rec.get("title") or "").rstrip("."), "venue": rec.get("fulljournalname")
            or rec.get("source"), "year": int(m.group(1)) if m else None, "doi": doi, "pmid": pmid}


def resolve_references(docs: Sequence[Document], resolver: Resolver | None = None) -> list[str]:
    """Resolve every reference of ``docs`` in place; returns warnings (at most one offline line,
    after which the rest are skipped)."""
    resolver = resolver or Resolver()
    for doc in docs:
        for ref in doc.references:
            try:
                ref.extra["resolved"] = resolver.resolve(ref)
            except ResolveOffline as exc:
                return [str(exc)]
    return []
