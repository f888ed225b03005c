"""What OCR really prints for the characters of a classification mark, for tolerant mark grammars.

The table (resources/ocr/confusions.toml) is measured by benchmarks/build_ocr_confusions.py on rendered,
degraded marks read by both engines; field reports the run did not reproduce sit apart in it and are
accepted too. Recognizers match normalised text, so keys and values get the same per-character
normalisation here (NFKC, lower case, traditional -> simplified, star variants -> ★): `I` becomes `i`,
`Ｏ` becomes `o`, and a misread that normalises to its own truth is no misread at all.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from guard.normalize import normalize_light

DROPPED = "dropped"  # the table's key for "printed as nothing"


def table_path() -> Path:
    """The shipped table (from the checkout, or the installed package data)."""
    here = Path(__file__).resolve().parents[2] / "resources" / "ocr" / "confusions.toml"
    if here.is_file():
        return here
    return Path(str(resources.files("guard.resources") / "ocr" / "confusions.toml"))


@dataclass(frozen=True, slots=True)
class Confusions:
    """Normalised: truth -> printed -> count (measured), truth -> printed (reported), what may drop."""

    measured: dict[str, Counter[str]]
    reported: dict[str, frozenset[str]]
    reported_drops: frozenset[str]


def _norm(text: str) -> str:
    return normalize_light(text)


@lru_cache(maxsize=1)
def load() -> Confusions:
    """The table, read and normalised once per process."""
    data = tomllib.loads(table_path().read_text(encoding="utf-8"))
    measured: dict[str, Counter[str]] = {}
    for truth, printed in data.get("misreads", {}).items():
        key = _norm(truth)
        counts = measured.setdefault(key, Counter())
        for value, count in printed.items():
            shown = DROPPED if value == DROPPED else _norm(value)
            if shown != key:
                counts[shown or DROPPED] += int(count)
    reported: dict[str, set[str]] = {}
    drops = set()
    for truth, entry in data.get("reported", {}).items():
        key = _norm(truth)
        reported.setdefault(key, set()).update(v for v in map(_norm, entry.get("misreads", [])) if v and v != key)
        if entry.get("may_drop"):
            drops.add(key)
    return Confusions(measured, {k: frozenset(v) for k, v in reported.items()}, frozenset(drops))


def misreads(char: str, min_count: int = 2) -> frozenset[str]:
    """What OCR prints instead of `char`: measured at least `min_count` times, plus field reports."""
    table, key = load(), _norm(char)
    seen = {v for v, n in table.measured.get(key, Counter()).items() if n >= min_count and v != DROPPED}
    return frozenset(seen | table.reported.get(key, frozenset()))


def may_drop(char: str, min_count: int = 2) -> bool:
    """OCR was seen (or reported) to print nothing for `char`."""
    table, key = load(), _norm(char)
    return table.measured.get(key, Counter())[DROPPED] >= min_count or key in table.reported_drops


def char_class(truth: str, min_count: int = 2) -> str:
    """The body of a regex character class for `truth` and its one-character misreads, escaped
    (`f"[{char_class('年')}]"`); two-character misreads cannot be in a class and are left out."""
    key = _norm(truth)
    if len(key) != 1:
        raise ValueError(f"char_class takes one character, not {len(key)}")
    chars = {key, *(v for v in misreads(truth, min_count) if len(v) == 1 and not v.isspace())}
    return "".join(re.escape(c) for c in sorted(chars))
