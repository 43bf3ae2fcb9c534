"""The trust score: a pure function of the findings and the document.

Criteria come from the instruments health-information experts use: the JAMA benchmarks
(Silberg et al. 1997: authorship, attribution, disclosure, currency), DISCERN (Charnock et al.
1999: sources, balance, risks, uncertainty) and the HealthNewsReview.org criteria (evidence
quality, disease mongering, harms, commercial interest, novelty).  Each criterion has a weight;
findings of the rule codes it covers take points off it (error 1.0, warning 0.5, info 0.15 of
a saturation of 1.5); a criterion none of whose rules ran is ``unknown`` and is left out.  The
overall score is the share of the weight earned over the criteria that are known, 0..100.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from healthlint.document import Document
from healthlint.finding import Finding, Severity

SEVERITY_POINTS = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.INFO: 0.15}
SATURATION = 1.5


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    key: str
    title: str
    instrument: str
    weight: float
    prefixes: tuple[str, ...]
    all_or_nothing: bool = False


CRITERIA: tuple[CriterionSpec, ...] = (
    CriterionSpec("authorship", "Names its author", "JAMA", 8, ("TRN101",), True),
    CriterionSpec("currency", "Dated", "JAMA", 6, ("TRN102",), True),
    CriterionSpec("attribution", "Cites specific sources for its facts", "JAMA / DISCERN", 12,
                  ("TRN103", "CIT")),
    CriterionSpec("disclosure", "Discloses commercial interests and origin", "JAMA", 8,
                  ("TRN104", "TRN105", "COM105")),
    CriterionSpec("claims", "States claims no stronger than their evidence", "HealthNewsReview", 16,
                  ("CLM",)),
    CriterionSpec("mongering", "No disease mongering or fear appeals", "HealthNewsReview", 12, ("MNG",)),
    CriterionSpec("safety", "Discusses harms; no unsafe advice", "DISCERN / HealthNewsReview", 12, ("SAF",)),
    CriterionSpec("commercial", "Free of sales pressure", "HealthNewsReview", 10, ("COM101", "COM102",
                  "COM103", "COM104", "COM106")),
    CriterionSpec("terminology", "Uses medical terms correctly", "healthlint", 8, ("ABB",)),
    CriterionSpec("coherence", "Stays on topic and consistent", "DISCERN", 6, ("COH",)),
    CriterionSpec("readability", "Readable by a lay audience", "health-literacy guidance", 4, ("RDB",)),
)


@dataclass(frozen=True, slots=True)
class Criterion:
    key: str
    title: str
    instrument: str
    status: str  # pass | fail | unknown
    weight: float
    earned: float
    findings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Score:
    overall: int | None
    criteria: dict[str, Criterion] = field(default_factory=dict)


def _covers(spec: CriterionSpec, code: str) -> bool:
    return any(code.startswith(p) for p in spec.prefixes)


def score(doc: Document, findings: Iterable[Finding], ran: Iterable[str]) -> Score:
    """Score one document from its findings; ``ran`` are the codes of the rules that ran."""
    ran_codes = tuple(ran)
    found = list(findings)
    criteria: dict[str, Criterion] = {}
    total = earned = 0.0
    for spec in CRITERIA:
        if not any(_covers(spec, c) for c in ran_codes):
            criteria[spec.key] = Criterion(spec.key, spec.title, spec.instrument, "unknown", spec.weight, 0.0)
            continue
        mine = [f for f in found if _covers(spec, f.code)]
        points = sum(SEVERITY_POINTS[f.severity] for f in mine)
        if spec.all_or_nothing:
            got = 0.0 if mine else spec.weight
        else:
            got = spec.weight * max(0.0, 1.0 - points / SATURATION)
        status = "fail" if mine else "pass"
        criteria[spec.key] = Criterion(
            spec.key, spec.title, spec.instrument, status, spec.weight, round(got, 2),
            tuple(sorted({f.code for f in mine})),
        )
        total += spec.weight
        earned += got
    overall = round(100 * earned / total) if total else None
    return Score(overall, criteria)
