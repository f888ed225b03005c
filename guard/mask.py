"""Masking for excerpts: what reaches a log, a report or the screen never carries a whole identifier."""

from __future__ import annotations

import re

# digit runs (with spaces or hyphens inside) and letter-digit codes long enough to identify someone
# any space (ideographic, no-break, zero-width) or hyphen inside a number still joins it
_GAP = "\\s\\-\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff"
_RUN = re.compile(f"(?<![0-9A-Za-z])(?:\\+?\\d[\\d{_GAP}]{{5,}}[\\dXx]|[0-9A-Za-z]{{15,20}})(?![0-9A-Za-z])")


def _mask_run(run: str) -> str:
    digits = sum(c.isdigit() for c in run)
    if digits < 7:
        return run
    chars = [c for c in run if c.isalnum()]
    keep_head, keep_tail = (3, 4) if len(chars) >= 11 else (2, 2)
    out, seen = [], 0
    for c in run:
        if c.isalnum():
            out.append(c if seen < keep_head or seen >= len(chars) - keep_tail else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def mask_text(text: str) -> str:
    """Mask ID, phone, card and credit-code numbers: `11010519491231002X` -> `110***********002X`."""
    return _RUN.sub(lambda m: _mask_run(m.group()), text)


def excerpt(original: str, start: int, end: int, context: int, limit: int = 80) -> str:
    """The finding and a little context on its line(s), one line, masked, at most `limit` characters."""
    lo = original.rfind("\n", 0, start) + 1
    lo = max(lo, start - context)
    hi = original.find("\n", end)
    hi = min(len(original) if hi < 0 else hi, end + context)
    # never cut an identifier in two: a cut one would escape masking with its visible half
    while lo > 0 and original[lo - 1].isascii() and original[lo - 1].isalnum():
        lo -= 1
    while hi < len(original) and original[hi].isascii() and original[hi].isalnum():
        hi += 1
    snippet = original[lo:hi]
    if len(snippet) > limit:
        snippet = snippet[:limit - 1] + "…"
    snippet = re.sub(r"\s*\n\s*", " ⏎ ", snippet).replace("\t", " ")
    return mask_text(snippet.strip())
