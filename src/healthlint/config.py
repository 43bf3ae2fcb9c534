"""Configuration: ``[tool.healthlint]`` in pyproject.toml or a ``healthlint.toml``, found by
walking up from the checked file; command-line options override it.

Rule selection works on code prefixes and the longest matching prefix wins (flake8/ruff);
at equal length ``ignore`` wins over ``select``.  ``ALL`` is the empty prefix.
"""

from __future__ import annotations

import fnmatch
import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from healthlint.finding import Severity


class ConfigError(ValueError):
    """A bad configuration file or value; the message names the file and key."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    min_severity: Severity = Severity.INFO
    fail_on: Severity = Severity.WARNING
    preview: bool = False
    readability_grade: float = 12.0
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: str | None = None  # the file it came from
    root: str | None = None  # its folder: per-file-ignores globs are also matched relative to it

    # ---- selection ---------------------------------------------------------------------
    def is_enabled(self, code: str, status: str = "stable", source: str | None = None) -> bool:
        if status == "preview" and not self.preview and code not in self.select + self.extend_select:
            return False
        ignores = self.ignore + self.file_ignores(source)
        best_sel = _longest(code, self.select + self.extend_select)
        best_ign = _longest(code, ignores)
        if best_sel < 0:
            return False
        return best_sel > best_ign

    def file_ignores(self, source: str | None) -> tuple[str, ...]:
        if not source or not self.per_file_ignores:
            return ()
        out: list[str] = []
        names = {source, Path(source).name}
        if self.root and "://" not in source and source != "-":
            relative = _relative_to(source, self.root)
            if relative is not None:
                names.add(relative)
        for pattern, codes in self.per_file_ignores.items():
            if any(fnmatch.fnmatch(n, pattern) for n in names):
                out.extend(codes)
        return tuple(out)

    def with_overrides(self, overrides: Mapping[str, Any] | None) -> Config:
        """Command-line options on top of this configuration: ``select`` and the scalar options
        replace, ``extend_select`` and ``ignore`` add to what the file says (as in ruff)."""
        if not overrides:
            return self
        changes = dict(overrides)
        for key in ("extend_select", "ignore"):
            if key in changes:
                changes[key] = tuple(getattr(self, key)) + tuple(changes[key])
        return replace(self, **changes)

    def severity_of(self, code: str, default: Severity) -> Severity:
        best, sev = -1, default
        for prefix, value in self.severity.items():
            n = _prefix_len(code, prefix)
            if n > best:
                best, sev = n, value
        return sev


@functools.lru_cache(maxsize=4096)
def _relative_to(source: str, root: str) -> str | None:
    """``source`` as a POSIX path relative to ``root``; None when it lies outside."""
    try:
        return Path(source).resolve().relative_to(Path(root).resolve()).as_posix()
    except (ValueError, OSError):
        return None


def _prefix_len(code: str, prefix: str) -> int:
    if prefix == "ALL":
        return 0
    return len(prefix) if code.startswith(prefix) else -1


def _longest(code: str, prefixes: tuple[str, ...]) -> int:
    return max((_prefix_len(code, p) for p in prefixes), default=-1)


# ---- loading -----------------------------------------------------------------------------

_KEYS = {
    "select", "extend-select", "ignore", "per-file-ignores", "severity", "min-severity", "fail-on",
    "preview", "readability-grade", "options",
}


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of rule codes or prefixes")
    out = tuple(v.strip().upper() for v in value)
    for code in out:
        if code != "ALL" and not (code[:1].isalpha() and code.isalnum()):
            raise ConfigError(f"{where}: {code!r} is not a rule code or prefix")
    return out


def _severity(value: Any, where: str) -> Severity:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected error, warning or info")
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def from_mapping(data: dict[str, Any], path: str = "<config>", base: Config | None = None) -> Config:
    """Validate a ``[tool.healthlint]`` table into a Config (keys are kebab-case)."""
    cfg = base or Config()
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.healthlint] must be a table")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    changes: dict[str, Any] = {"path": path}
    for key, value in data.items():
        where = f"{path}: {key}"
        if key in ("select", "extend-select", "ignore"):
            changes[key.replace("-", "_")] = _codes(value, where)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of glob = [codes]")
            changes["per_file_ignores"] = {str(k): _codes(v, f"{where}.{k}") for k, v in value.items()}
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of CODE = severity")
            changes["severity"] = {
                _codes(k, f"{where}.{k}")[0]: _severity(v, f"{where}.{k}") for k, v in value.items()
            }
        elif key in ("min-severity", "fail-on"):
            changes[key.replace("-", "_")] = _severity(value, where)
        elif key == "preview":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: expected true or false")
            changes["preview"] = value
        elif key == "readability-grade":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 20:
                raise ConfigError(f"{where}: expected a number between 1 and 20")
            changes["readability_grade"] = float(value)
        elif key == "options":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where}: expected tables of options per rule code")
            changes["options"] = {str(k).upper(): dict(v) for k, v in value.items()}
    return replace(cfg, **changes)


def load_file(path: Path) -> Config | None:
    """Config from one file; None when it has no healthlint section (pyproject.toml)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("healthlint")
        if section is None:
            return None
        return replace(from_mapping(section, f"{path} [tool.healthlint]"), root=str(path.parent))
    return replace(from_mapping(data.get("tool", {}).get("healthlint", data), str(path)), root=str(path.parent))


def discover(start: Path) -> Config:
    """Walk up from ``start`` to the first healthlint.toml or pyproject.toml with a
    ``[tool.healthlint]`` table; defaults when there is none."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in ("healthlint.toml", ".healthlint.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                cfg = load_file(candidate)
                if cfg is not None:
                    return cfg
    return Config()
