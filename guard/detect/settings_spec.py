"""Typed settings of the recognizers: what each one reads, of what type and range, and what it means.

The loader validates a rules file against these specs (an unknown key, a wrong type or an unknown weight
name is an error naming the file and the table), and docs/rules.md's settings table is generated from them,
so what is documented, what is accepted and what is read are one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guard.model import Severity

KINDS = ("bool", "int", "number", "severity", "words", "weights", "bands", "vetoes")


@dataclass(frozen=True, slots=True)
class Setting:
    kind: str  # one of KINDS
    zh: str
    en: str
    low: float | None = None  # inclusive bounds for int and number (and each entry of weights / bands)
    high: float | None = None


COMMON: dict[str, Setting] = {
    "severity": Setting("severity", "完整命中时的判定级别（较弱的命中不会高于它）",
                        "verdict of a full-strength finding (weaker ones never above it)"),
    "confidence": Setting("number", "报告的最高置信度", "the highest confidence reported", 0, 1),
}
WEIGHTED: dict[str, Setting] = {
    "weights": Setting("weights", "各项证据的权重", "weight of each piece of evidence", -1, 2),
    "bands": Setting("bands", "各判定级别的最低分数", "lowest score of each verdict", 0, 5),
    "vetoes": Setting("vetoes", "否决项及其允许的最高级别", "vetoes and the highest verdict each allows"),
}


class SettingError(ValueError):
    """A value that does not fit its spec; the loader adds the file, line and table."""


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _bounded(key: str, value: float, s: Setting) -> None:
    if (s.low is not None and value < s.low) or (s.high is not None and value > s.high):
        raise SettingError(f"setting {key!r} must be between {s.low} and {s.high}, not {value}")


def _severity(key: str, value: Any) -> None:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        Severity.parse(value)
    except ValueError:
        raise SettingError(f"setting {key!r}: {value!r} is not one of allow, notice, confirm, block") from None


def check(key: str, value: Any, s: Setting, default: Any) -> None:
    """Raise SettingError when `value` does not fit the spec (the default gives the known names of tables)."""
    if s.kind == "bool" and not isinstance(value, bool):
        raise SettingError(f"setting {key!r} must be true or false")
    if s.kind in ("int", "number"):
        if not _number(value) or (s.kind == "int" and not isinstance(value, int)):
            raise SettingError(f"setting {key!r} must be a {'whole number' if s.kind == 'int' else 'number'}")
        _bounded(key, value, s)
    if s.kind == "severity":
        _severity(key, value)
    if s.kind == "words" and not (isinstance(value, list) and all(isinstance(w, str) for w in value)):
        raise SettingError(f"setting {key!r} must be a list of strings")
    if s.kind in ("weights", "bands", "vetoes"):
        if not isinstance(value, dict):
            raise SettingError(f"setting {key!r} must be a table such as {{ name = value }}")
        known = set(default) if s.kind != "bands" else {"notice", "confirm", "block"}
        unknown = set(value) - known
        if unknown:
            raise SettingError(f"setting {key!r}: unknown name(s) {', '.join(sorted(unknown))}; known: "
                               f"{', '.join(sorted(known))}")
        for name, v in value.items():
            if s.kind == "vetoes":
                _severity(f"{key}.{name}", v)
            elif not _number(v):
                raise SettingError(f"setting {key}.{name} must be a number")
            else:
                _bounded(f"{key}.{name}", v, s)


def spec_of(cls: type) -> dict[str, Setting]:
    """Every setting a recognizer class reads: its own spec, the common ones, and the weighted ones if used."""
    own: dict[str, Setting] = dict(getattr(cls, "spec", {}))
    extra = WEIGHTED if "weights" in cls.defaults and "bands" in cls.defaults else {}
    derived = {k: _derived(v) for k, v in cls.defaults.items() if k not in own and k not in COMMON and k not in extra}
    return {**COMMON, **extra, **{k: v for k, v in derived.items() if v}, **own}


def _derived(default: Any) -> Setting | None:
    """A setting typed by its default value, for a class that has not described it yet (see `unspecified`)."""
    if isinstance(default, bool):
        return Setting("bool", "", "")
    if isinstance(default, int):
        return Setting("int", "", "")
    if isinstance(default, float):
        return Setting("number", "", "")
    if isinstance(default, list):
        return Setting("words", "", "")
    if isinstance(default, dict) and all(_number(v) for v in default.values()):
        return Setting("weights", "", "")
    return None


def unspecified(cls: type) -> list[str]:
    """Default settings a class reads but does not describe (a test keeps this empty)."""
    spec = spec_of(cls)
    return sorted(k for k in cls.defaults if k not in spec or not spec[k].en)
