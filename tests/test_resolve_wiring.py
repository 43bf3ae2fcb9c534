"""``--resolve`` wiring: references are looked up before the rules run (no network: a stub)."""

from __future__ import annotations

from typing import Any

import pytest

import healthlint.resolve
from healthlint.api import check_text
from healthlint.cli import main
from healthlint.config import Config
from healthlint.document import Reference

ARTICLE = """Magnesium and sleep

Magnesium may help some people sleep [1].

References

1. Smith J, Lee K. Magnesium and sleep quality in older adults. J Sleep Res. 2011;20(3):345-52.
"""


class _NotFound:
    def resolve(self, ref: Reference) -> dict[str, Any]:
        return {"found": False}


class _Offline:
    def resolve(self, ref: Reference) -> dict[str, Any]:
        raise healthlint.resolve.ResolveOffline("reference look-up: cannot reach Crossref (offline?)")


def _cit103(resolver: type, monkeypatch: pytest.MonkeyPatch, resolve: bool) -> tuple[list[str], list[str]]:
    monkeypatch.setattr(healthlint.resolve, "Resolver", resolver)
    from healthlint.api import check_document
    from healthlint.ingest import read_text

    result = check_document(read_text(ARTICLE, "a.txt"), Config(select=("CIT103",)), resolve=resolve)
    return [f.message for f in result.findings], result.warnings


def test_unresolvable_reference_is_flagged_only_with_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cit103(_NotFound, monkeypatch, resolve=False) == ([], [])
    messages, warnings = _cit103(_NotFound, monkeypatch, resolve=True)
    assert messages == ["reference cannot be verified: not found in Crossref or PubMed"]
    assert warnings == []


def test_offline_resolution_is_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    messages, warnings = _cit103(_Offline, monkeypatch, resolve=True)
    assert messages == []
    assert warnings == ["reference look-up: cannot reach Crossref (offline?)"]


def test_check_text_never_resolves_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network used without --resolve")

    monkeypatch.setattr(healthlint.resolve, "Resolver", boom)
    assert check_text(ARTICLE).documents[0].errors == []


def test_cli_resolve_flag_reaches_the_resolver(monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(healthlint.resolve, "Resolver", _NotFound)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(path), "--isolated", "--select", "CIT103", "--resolve", "--no-color"]) == 1
    assert "not found in Crossref or PubMed" in capsys.readouterr().out
