"""Masking for excerpts: what reaches a log, a report or the screen never carries a whole identifier."""

from __future__ import annotations

import re

# digit runs (with spaces or hyphens inside) and letter-digit codes long enough to identify someone
# any space (ideographic, no-break, zero-width) or hyphen inside a number still joins it
_GAP = "\\s\\-\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff"
_RUN = re.compile(f"(?<![0-9A-Za-z])(?:\\+?\\d[\\d{_GAP}]{{5,}}[\\dXx]|[0-9A-Za-z]{{15,20}})(?![0-9A-Za-z])")


def _mask_run(run: str) -> str:
    # a table row puts whole identifiers side by side (`身份证 电话`): each is masked as itself, so the same
    # number reads the same in every excerpt; `138 0013 8000` is one number written in groups
    parts = re.split(f"([{_GAP}]+)", run)
    if len(parts) > 1 and any(sum(c.isalnum() for c in p) >= 11 for p in parts[::2]):
        return "".join(_mask_one(p) if i % 2 == 0 else p for i, p in enumerate(parts))
    return _mask_one(run)


def _mask_one(run: str) -> str:
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


_WINDOW = 40  # characters beyond the span that masking looks at, so a span inside a longer number is masked as it


def _blank(text: str) -> str:
    """Every digit and every letter of an alphabetic script (Latin, full-width Latin, Greek, Cyrillic ...) as
    `*`: a password, a user name, an e-mail or another number beside a finding never reaches the log.
    Chinese text stays readable; punctuation and spaces keep the shape."""
    return "".join("*" if c.isdigit() or (c.isalpha() and (c < "\u2e80" or "\uff21" <= c <= "\uff5a")) else c
                   for c in text)


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ⏎ ", text).replace("\t", " ")


def excerpt(original: str, start: int, end: int, context: int, limit: int = 80) -> str:
    """The finding itself (identifiers masked) and up to `context` characters of its line on each side with
    every digit and Latin letter masked, on one line, at most `limit` characters: `**** 身份证 110***********002X`.
    Marks (`机密★1年`) and keywords stay readable: they are the finding."""
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", end)
    line_end = len(original) if line_end < 0 else line_end
    lo, hi = max(line_start, start - context), min(line_end, end + context)
    # mask the span within its surroundings: a number the span only partly covers is still seen whole
    around = max(line_start, start - _WINDOW)
    masked = mask_text(original[around:min(line_end, end + _WINDOW)])
    span = _one_line(masked[start - around:end - around]).strip()
    if len(span) >= limit:
        return span[:limit - 1] + "…"
    before, after = _blank(original[lo:start]).replace("\t", " "), _blank(original[end:hi]).replace("\t", " ")
    room = limit - len(span) - (2 if context else 0)  # an ellipsis on each side where the line goes on
    keep_after = min(len(after), max(room // 2, room - len(before)))
    keep_before = max(0, min(len(before), room - keep_after))
    # a cut is shown (`…先内部看看，别外…`), so nobody reads the excerpt as the whole line
    left = "…" if context and (lo > line_start or keep_before < len(before)) else ""
    right = "…" if context and (hi < line_end or keep_after < len(after)) else ""
    return left + (before[len(before) - keep_before:] + span + after[:keep_after]).strip() + right
