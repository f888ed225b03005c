"""Where a match sits: a marking (own line, top of the page, in brackets) or a mention (inside prose).

Marks are told apart by form and position, not by words alone (docs/labels.md). The test runs on the
original line(s) the match covers, lightly normalised but with spaces kept, because in the fully
normalised text the spaces that end a header token are gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.normalize import CJK, Document, normalize_light

_FILLER = re.compile(r"[\s\W\d_★]*")  # punctuation, spaces, digits, stars: layout around a marking
_OPEN_BRACKETS = "([【〔〈<{［"
_CLOSE_BRACKETS = ")]】〕〉>}］"
_OPEN_QUOTES = "《“\"'「『‘"
_CLOSE_QUOTES = "》”\"'」』’"
_CJK_CHAR = re.compile(f"[{CJK}]")
_REACH = 120  # characters either side of a match that its position test reads


@dataclass(frozen=True, slots=True)
class Placement:
    line: int  # 0-based original line of the match start
    top_rank: int  # non-blank lines above it
    before: str  # the rest of the first line before the match (light normalisation)
    after: str  # the rest of the last line after the match

    def alone(self, tokens: re.Pattern[str] | None = None) -> bool:
        """Nothing else on the line but layout (and the given marking tokens, e.g. 份号, 特急)."""
        return _only_filler(self.before, tokens) and _only_filler(self.after, tokens)

    def starts_line(self, tokens: re.Pattern[str] | None = None) -> bool:
        return _only_filler(self.before, tokens)

    @property
    def bracketed(self) -> bool:
        """Inside a short bracket group: `（征求意见稿）`, `（第二次征求意见稿）`, `【机密★1年】`."""
        b, a = self.before[-10:], self.after[:6]
        opened = max(b.rfind(c) for c in _OPEN_BRACKETS)
        if opened < 0 or any(c in b[opened:] for c in _CLOSE_BRACKETS):
            return False
        closes = [i for i in (a.find(c) for c in _CLOSE_BRACKETS) if i >= 0]
        return bool(closes) and not any(c in a[:min(closes)] for c in _OPEN_BRACKETS)

    @property
    def quoted(self) -> bool:
        b, a = self.before.rstrip(), self.after.lstrip()
        return (bool(b) and b[-1] in _OPEN_QUOTES) or (bool(a) and a[0] in _CLOSE_QUOTES)

    @property
    def prose(self) -> bool:
        """Hanzi run straight up to the match on either side: part of a sentence."""
        return bool(self.before and _CJK_CHAR.match(self.before[-1])) or bool(
            self.after and _CJK_CHAR.match(self.after[0]))

    def near_top(self, lines: int) -> bool:
        return self.top_rank < lines


def _only_filler(text: str, tokens: re.Pattern[str] | None) -> bool:
    if tokens is not None:
        text = tokens.sub(" ", text)
    return _FILLER.fullmatch(text) is not None


def place(doc: Document, span: tuple[int, int]) -> Placement:
    """Placement of a normalised span."""
    start, end = doc.orig_span(*span)
    first = doc.line_no(start)
    last = doc.line_no(max(start, end - 1))
    line_start, _ = doc.line_bounds(first)
    _, line_end = doc.line_bounds(last)
    # a position test looks at the neighbourhood; on a long paragraph line, what lies further away is
    # replaced by one letter, which is not layout, so "alone on its line" still fails as it should
    before = doc.original[max(line_start, start - _REACH):start]
    after = doc.original[end:min(line_end, end + _REACH)]
    before = ("x" if start - line_start > _REACH else "") + normalize_light(before)
    after = normalize_light(after) + ("x" if line_end - end > _REACH else "")
    return Placement(line=first, top_rank=doc.top_rank(first), before=before, after=after)
