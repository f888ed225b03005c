"""Size limits of a policy, far above any real one, so that a wrong file (a dump, a generated list gone wrong)
is refused at once with a clear reason instead of costing the guard seconds and gigabytes at every start.

The largest real policies we know of are registers of a few thousand document titles (well under 1 MB).
"""

from __future__ import annotations

MAX_FILE_BYTES = 8 * 1024 * 1024  # one rules file
MAX_ENTRIES = 10_000  # [[rules]] plus [[allow]] entries, all files together
MAX_WORDS = 200_000  # keywords, rule allow phrases and allow-entry phrases, all files together
MAX_PATTERNS = 500  # RE2 patterns, all files together: each one is a pass over every text checked
MAX_WORD_CHARS = 500  # one keyword or phrase
MAX_PATTERN_CHARS = 2_000  # one pattern
PATTERN_MEMORY = 2 * 1024 * 1024  # RE2 memory budget of one pattern (program and DFA cache)


def count(entries: list[dict], *keys: str) -> int:
    """How many strings the entries hold under these keys (wrong types are counted as 0, reported later)."""
    return sum(len(e[k]) for e in entries for k in keys if isinstance(e.get(k), list))


def over_limit(rules: list[dict], allow: list[dict]) -> str | None:
    """What the merged entries exceed, in plain words, or None."""
    entries = len(rules) + len(allow)
    if entries > MAX_ENTRIES:
        return f"too many [[rules]] and [[allow]] entries: {entries} (limit {MAX_ENTRIES})"
    words = count(rules, "keywords", "allow") + count(allow, "phrases")
    if words > MAX_WORDS:
        return f"too many keywords and phrases: {words} (limit {MAX_WORDS})"
    patterns = count(rules, "patterns") + count(allow, "patterns")
    if patterns > MAX_PATTERNS:
        return f"too many patterns: {patterns} (limit {MAX_PATTERNS}); a keyword list is cheaper than a pattern"
    return None
