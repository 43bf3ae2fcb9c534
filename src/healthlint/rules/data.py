"""Data rules: word and phrase lists in YAML (``rules/data/*.yaml``) validated into the same
:class:`Rule` type as the rules written in Python.

A YAML rule has ``code``, ``name``, ``category``, ``severity``, ``scope``, ``status``, ``message``
(``{match}`` is the matched text), ``doc`` (with the usual sections), and ``patterns``: regular
expressions matched case-insensitively on word boundaries.  An optional ``unless`` list of
patterns suppresses a match when one of them occurs in the same sentence.  An optional
``selling_patterns`` list counts only in an article that sells
(:func:`healthlint.rules.selling.selling_document`): a bare price or "only 9 left" is price talk on
a sales page, and a fact in a news report on what a treatment costs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

from healthlint.document import Document
from healthlint.finding import Hit, Severity, Span
from healthlint.rules.base import Rule, RuleContext
from healthlint.rules.search import finditer

_REQUIRED = ("code", "name", "category", "severity", "scope", "message", "doc", "patterns")
_ALLOWED = set(_REQUIRED) | {"status", "unless", "suggestion", "selling_patterns"}
# each data rule's matcher of its plain patterns only, by code (see :func:`base_hits`)
_BASE: dict[str, functools.partial[Iterator[Hit]]] = {}


class DataRuleError(ValueError):
    pass


def compile_patterns(patterns: list[str], where: str) -> re.Pattern[str]:
    """One case-insensitive alternation with word boundaries around each pattern."""
    parts = []
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise DataRuleError(f"{where}: bad pattern {p!r}: {exc}") from None
        parts.append(f"(?:{p})")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


def _sentence_of(doc: Document, offset: int) -> Span | None:
    starts = doc.layers.get("_sentence_starts")
    if starts is None or len(starts) != len(doc.sentences):
        starts = [s.start for s in doc.sentences]
        doc.layers["_sentence_starts"] = starts
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and doc.sentences[i].end >= offset:
        return doc.sentences[i]
    return None


def match_phrases(
    doc: Document,
    ctx: RuleContext,
    *,
    pattern: re.Pattern[str],
    unless: re.Pattern[str] | None,
    message: str,
    suggestion: str | None,
    selling: re.Pattern[str] | None = None,
) -> Iterator[Hit]:
    """The rule body shared by every data rule (its hits are kept on the document, so a rule that
    reuses a data rule's hits, such as TRN104, does not scan the text again)."""
    key = f"_data_hits:{pattern.pattern}"
    cached = doc.layers.get(key)
    if cached is None:
        cached = list(_match_phrases(doc, pattern=pattern, unless=unless, message=message, suggestion=suggestion))
        doc.layers[key] = cached
    yield from cached
    if selling is None:
        return
    from healthlint.rules.selling import selling_document  # selling builds on the data rules

    if not selling_document(doc):
        return
    key = f"_data_selling_hits:{selling.pattern}"
    more = doc.layers.get(key)
    if more is None:
        taken = [h.span for h in cached if h.span is not None]
        more = []
        for hit in _match_phrases(doc, pattern=selling, unless=unless, message=message, suggestion=suggestion):
            span = hit.span
            if span is not None and not any(span.start < t.end and t.start < span.end for t in taken):
                taken.append(span)
                more.append(hit)
        doc.layers[key] = more
    yield from more


def base_hits(doc: Document, code: str) -> list[Hit]:
    """The hits of data rule ``code``'s plain patterns (not its ``selling_patterns``)."""
    load_data_rules()
    return list(_BASE[code](doc, RuleContext()))


def _match_phrases(
    doc: Document,
    *,
    pattern: re.Pattern[str],
    unless: re.Pattern[str] | None,
    message: str,
    suggestion: str | None,
) -> Iterator[Hit]:
    for m in finditer(doc, pattern):
        if unless is not None:
            sent = _sentence_of(doc, m.start())
            if sent is not None and unless.search(doc.text, sent.start, sent.end):
                continue
        matched = doc.text[m.start() : m.end()]
        yield Hit(
            Span(m.start(), m.end()),
            message.format(match=" ".join(matched.split())),
            evidence={"match": matched},
            suggestion=suggestion,
        )


def rule_from_mapping(data: dict[str, Any], where: str) -> Rule:
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise DataRuleError(f"{where}: missing keys {', '.join(missing)}")
    unknown = sorted(set(data) - _ALLOWED)
    if unknown:
        raise DataRuleError(f"{where}: unknown keys {', '.join(unknown)}")
    pattern = compile_patterns(list(data["patterns"]), where)
    unless = compile_patterns(list(data["unless"]), where) if data.get("unless") else None
    selling = compile_patterns(list(data["selling_patterns"]), where) if data.get("selling_patterns") else None
    base = functools.partial(
        match_phrases, pattern=pattern, unless=unless, message=str(data["message"]),
        suggestion=data.get("suggestion"),
    )
    _BASE[str(data["code"])] = base
    func = functools.partial(base, selling=selling) if selling is not None else base
    try:
        return Rule(
            code=str(data["code"]), name=str(data["name"]), category=str(data["category"]),
            severity=Severity.parse(str(data["severity"])), scope=str(data["scope"]),
            status=str(data.get("status", "stable")), requires=("sentences",) if unless or selling else (),
            func=func, doc=str(data["doc"]).strip(),
        )
    except ValueError as exc:
        raise DataRuleError(f"{where}: {exc}") from None


@functools.cache
def load_data_rules() -> tuple[Rule, ...]:
    import yaml

    out: list[Rule] = []
    folder = resources.files("healthlint.rules") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        docs = yaml.safe_load(entry.read_text(encoding="utf-8")) or []
        if not isinstance(docs, list):
            raise DataRuleError(f"{entry.name}: expected a list of rules")
        for i, item in enumerate(docs):
            out.append(rule_from_mapping(item, f"{entry.name}[{i}]"))
    return tuple(out)
