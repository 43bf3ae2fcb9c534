"""All rules: the family modules, plus data rules loaded from YAML.

``FAMILIES`` is the one place that lists where rules live; a module's rules are its module-level
:class:`~healthlint.rules.base.Rule` objects.
"""

from __future__ import annotations

import importlib
from functools import cache

from healthlint.rules.base import Rule, RuleContext, rule

__all__ = ["FAMILIES", "Rule", "RuleContext", "all_rules", "rule", "rules_by_code"]

FAMILIES = (
    "healthlint.rules.terminology",
    "healthlint.rules.claims",
    "healthlint.rules.mongering",
    "healthlint.rules.citations",
    "healthlint.rules.commercial",
    "healthlint.rules.transparency",
    "healthlint.rules.safety",
    "healthlint.rules.coherence",
    "healthlint.rules.readability",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code.  Duplicate codes are an error."""
    from healthlint.rules.data import load_data_rules

    found: dict[str, Rule] = {}
    collected: list[Rule] = list(load_data_rules())
    for name in FAMILIES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # family not written yet
            raise
        collected.extend(v for v in vars(module).values() if isinstance(v, Rule))
    for r in collected:
        if r.code in found and found[r.code] is not r:
            raise ValueError(f"duplicate rule code {r.code}")
        found[r.code] = r
    return tuple(sorted(found.values(), key=lambda r: r.code))


def rules_by_code() -> dict[str, Rule]:
    return {r.code: r for r in all_rules()}
