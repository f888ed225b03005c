"""Checks on the strings of a rules file: lists of words, normalised words, RE2 patterns.

A word that normalises to nothing (a zero-width space, only spaces) or a pattern that can match the empty
string would match everywhere: a keyword crashed the guard at start, a pattern `x*` ran for minutes and
gigabytes on a large text, and as an allow phrase either one would have cleared every finding.
"""

from __future__ import annotations

from typing import Any

import re2

from guard.normalize import normalize
from guard.policy.limits import MAX_PATTERN_CHARS, MAX_WORD_CHARS, PATTERN_MEMORY
from guard.policy.source import Source

# texts on which an empty match shows, whatever assertions (^ $ \b \B, multi-line) the pattern leans on
_EMPTY_PROBES = ("", "a", " ", "中", "a a", "中 文", "\n", "a\n a", " \n中", "1", "-")


def str_list(entry: dict[str, Any], key: str, src: Source, rule: str, max_chars: int = MAX_WORD_CHARS) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise src.error(f"'{key}' must be a list of non-empty strings", rule=rule)
    for v in value:
        if len(v) > max_chars:
            raise src.error(f"an entry of '{key}' is {len(v)} characters long (limit {max_chars})", rule=rule)
    return value


def normalised_words(entry: dict[str, Any], key: str, src: Source, rule: str) -> list[str]:
    """The words normalised as texts are; a word that normalises to nothing is an error."""
    out = []
    for word in str_list(entry, key, src, rule):
        norm = normalize(word)
        if not norm.strip():
            raise src.error(f"{key} entry {word!r} is empty once normalised (zero-width or blank characters only) "
                            "and would match everywhere", rule=rule)
        out.append(norm)
    return out


def matches_empty(rx: Any) -> bool:
    """Whether the pattern can match zero characters somewhere (RE2 has no look-around; the probes cover
    the start, end, line and word-boundary positions an empty match can depend on)."""
    return any(m.end() == m.start() for probe in _EMPTY_PROBES for m in rx.finditer(probe))


def compile_pattern(pattern: str, src: Source, rule: str) -> Any:
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    opts.max_mem = PATTERN_MEMORY
    try:
        rx = re2.compile(pattern, opts)
    except re2.error as exc:
        msg = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise src.error(f"pattern {pattern!r} is not a valid RE2 expression: {msg}", rule=rule) from None
    if matches_empty(rx):
        raise src.error(f"pattern {pattern!r} matches the empty string, so it would match at every position; "
                        "make it need at least one character (e.g. x+ instead of x*)", rule=rule)
    return rx


def patterns(entry: dict[str, Any], src: Source, rule: str) -> list[Any]:
    return [compile_pattern(p, src, rule) for p in str_list(entry, "patterns", src, rule, MAX_PATTERN_CHARS)]


def recognizer_words(value: list[Any], key: str, src: Source, rid: str) -> None:
    """A recognizer's word list: strings that do not normalise to nothing (they become trigger words)."""
    for word in value:
        if not isinstance(word, str):
            raise src.error(f"setting {key!r} of {rid} must be a list of strings", table=f"recognizers.{rid}")
        if len(word) > MAX_WORD_CHARS:
            raise src.error(f"an entry of {key!r} of {rid} is {len(word)} characters long (limit {MAX_WORD_CHARS})",
                            table=f"recognizers.{rid}")
        if not normalize(word).strip():
            raise src.error(f"setting {key!r} of {rid}: entry {word!r} is empty once normalised (zero-width or "
                            "blank characters only)", table=f"recognizers.{rid}")
