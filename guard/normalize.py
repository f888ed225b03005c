"""Text normalisation with an offset map back to the user's own characters.

Evasions (`機密`, `机 密`, `机-密`, `机\u200b密`, `机密＊１年`) and OCR noise must look like the plain mark
to the recognizers, while every finding still points at the original characters. The normalised text is
built in a few passes; each pass that changes lengths records a `BreakMap`, and positions are mapped back
through the chain. Line structure is kept in the original text, which `Document` exposes for position tests.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

import opencc

STAR = "★"
# Shapes people and fonts use for the classification star; ASCII/full-width `*` is handled in pass 3
# because between two hanzi it is more often an inserted separator (`机*密`).
STAR_VARIANTS = "★☆✩✭⭐※✱✲✳✴✵✶✷✸✹✺⋆⁎∗﹡✦✧✪✫✬✮✯✰⍟⚝🟉🟊🟋"
ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f\u061c"

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007"
_CJK_RE = re.compile(f"[{CJK}]")
_HSPACE = " \t\u00a0\u3000\r"
_LAYOUT = _HSPACE + "\n"
# Runs of layout and separator characters; pass 3 decides from their neighbours whether a run is layout
# between hanzi (removed) or part of the text (kept). One char-class scan, then a short Python loop: in
# ordinary text that is cheaper than regexes with look-behinds, which test every position.
_SEP_RUN = re.compile("[" + _LAYOUT + "\\-_*·•.~|/\\\\=+—–ー－]+")
_CJK_SET = frozenset(map(chr, (*range(0x4E00, 0xA000), *range(0x3400, 0x4DC0), *range(0xF900, 0xFB00), 0x3007)))
_WIDE_SET = _CJK_SET | {STAR}
_PERIOD_AHEAD = re.compile("长期|永久|启用|考试|[一二三四五六七八九十两壹贰叁参肆伍陆柒捌玖拾0-9]+(?:年|个月)")


_BLANK = " \t\r\n\f\v\u3000\u00a0" + ZERO_WIDTH


_t2s = opencc.OpenCC("t2s")


class _CharMap(dict):
    """Memoised per-character mapping: NFKC, lower case, star variants, zero-width removal."""

    def __missing__(self, code: int) -> str:
        # keyed by code point, as `str.translate` asks
        ch = chr(code)
        if ch in ZERO_WIDTH:
            out = ""
        elif ch in STAR_VARIANTS:
            out = STAR
        else:
            out = unicodedata.normalize("NFKC", ch)
            if out in STAR_VARIANTS:
                out = STAR
            out = out.lower()
        self[code] = out
        return out


_CHARMAP = _CharMap()


@dataclass(slots=True)
class BreakMap:
    """Piecewise map from output positions to input positions (slope 1 between breakpoints)."""

    outs: list[int] = field(default_factory=lambda: [0])
    ins: list[int] = field(default_factory=lambda: [0])

    def __call__(self, pos: int) -> int:
        k = bisect_right(self.outs, pos) - 1
        return self.ins[k] + (pos - self.outs[k])


def _rebuild(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, BreakMap]:
    """Apply sorted, non-overlapping (start, end, replacement) edits and record the map."""
    if all(not repl for _, _, repl in edits):
        return _delete(text, [(s, e) for s, e, _ in edits])
    parts: list[str] = []
    bm = BreakMap()
    pos = 0
    out = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        out += start - pos
        for j in range(len(repl)):
            bm.outs.append(out + j)
            bm.ins.append(start)
        out += len(repl)
        parts.append(repl)
        bm.outs.append(out)
        bm.ins.append(end)
        pos = end
    parts.append(text[pos:])
    return "".join(parts), bm


def _delete(text: str, spans: list[tuple[int, int]]) -> tuple[str, BreakMap]:
    """Deletions only, built with comprehensions: OCR text has a deletion between every two characters."""
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    removed = list(accumulate(e - s for s, e in spans))
    pieces = [text[e:s] for e, s in zip([0, *ends], [*starts, len(text)], strict=True)]
    # after the k-th deletion, output position ends[k] - removed[k] maps to input position ends[k]
    outs = [0, *(e - r for e, r in zip(ends, removed, strict=True))]
    return "".join(pieces), BreakMap(outs, [0, *ends])


def _pass_chars(text: str) -> tuple[str, BreakMap | None]:
    """NFKC, lower case, stars, zero-width. Only the few distinct characters that change are replaced
    (a `str.replace` each, in C); the ones that change length become edits with a map."""
    cmap = _CHARMAP
    changed = {c: m for c in set(text) if (m := cmap[ord(c)]) != c}
    if not changed:
        return text, None
    bm = None
    irregular = [c for c, m in changed.items() if len(m) != 1]
    if irregular:
        rx = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
        edits = [(m.start(), m.end(), cmap[ord(m.group())]) for m in rx.finditer(text)]
        text, bm = _rebuild(text, edits)
    for c, m in changed.items():
        if len(m) == 1:  # mapped characters are fixed points, so the order of replacements is free
            text = text.replace(c, m)
    return text, bm


def _pass_t2s(text: str) -> tuple[str, BreakMap | None]:
    """Traditional to simplified by OpenCC; keeps a map in the rare case a phrase changes length."""
    if not _CJK_RE.search(text):
        return text, None
    out = _t2s.convert(text)
    if len(out) == len(text):
        return out, None
    edits = []
    for m in _CJK_RE.finditer(text):
        conv = _t2s.convert(m.group())
        if conv != m.group():
            edits.append((m.start(), m.end(), conv))
    return _rebuild(text, edits)


def _pass_separators(text: str) -> tuple[str, BreakMap | None]:
    """Drop layout between hanzi: spaces (OCR puts them between characters), wrapped lines, and separators
    inserted to dodge keywords (`机-密`, `机*密`). An asterisk before a period stays: it is the star."""
    edits: list[tuple[int, int, str]] = []
    n = len(text)
    wide, cjk = _WIDE_SET, _CJK_SET
    for m in _SEP_RUN.finditer(text):
        s, e = m.span()
        if s == 0 or e == n:
            continue
        prev, nxt = text[s - 1], text[e]
        prev_wide = prev in wide
        nxt_wide = nxt in wide
        if not (prev_wide or nxt_wide):
            continue
        run = m.group()
        if prev_wide and nxt_wide:
            if not run.strip(_LAYOUT):
                edits.append((s, e, ""))
            elif prev in cjk and nxt in cjk:
                keep_star = "*" in run and _PERIOD_AHEAD.match(text, e)
                edits.append((s, e, "*" if keep_star else ""))
        elif (nxt.isdigit() or prev.isdigit()) and not run.strip(_HSPACE):
            edits.append((s, e, ""))
    if not edits:
        return text.replace("*", STAR), None
    out, bm = _rebuild(text, edits)
    return out.replace("*", STAR), bm


def normalize_text(text: str) -> tuple[str, list[BreakMap], str]:
    """Return the normalised text, the map chain (outermost pass last) and the light form (before pass 3)."""
    maps: list[BreakMap] = []
    light = text
    for step in (_pass_chars, _pass_t2s, _pass_separators):
        if step is _pass_separators:
            light = text
        text, bm = step(text)
        if bm is not None:
            maps.append(bm)
    return text, maps, light


def normalize_light(text: str) -> str:
    """Characters and script only, spaces and line breaks kept: for position tests on short pieces."""
    for step in (_pass_chars, _pass_t2s):
        text, _ = step(text)
    return text.replace("*", STAR)


def normalize(text: str) -> str:
    """Normalised form only (for keywords, allow phrases, short snippets)."""
    return normalize_text(text)[0]


def _merged_ranges(ranges: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Half-open line ranges sorted and merged (empty ones dropped): starts and ends for bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted((s, e) for s, e in ranges if e > s):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


class Document:
    """A text under scan: the original, its normalised form, and the way between them.

    `ocr_lines` are half-open ranges of 0-based original lines that were read from pixels (OCR'd pictures,
    pages, screens): recognizers may forgive OCR misreads there, and only there. Typed text is taken as
    typed.
    """

    def __init__(self, original: str, ocr_lines: Iterable[tuple[int, int]] = ()):
        self.original = original
        self.text, self._maps, self._light = normalize_text(original)
        self.cache: dict[str, object] = {}  # document-level cues shared by recognizers
        self._ocr_starts, self._ocr_ends = _merged_ranges(ocr_lines)

    @property
    def has_ocr(self) -> bool:
        """Whether any line came from OCR."""
        return bool(self._ocr_starts)

    @property
    def ocr_lines(self) -> list[tuple[int, int]]:
        """The OCR line ranges, sorted and merged (half-open, 0-based original lines)."""
        return list(zip(self._ocr_starts, self._ocr_ends, strict=True))

    def from_ocr(self, line: int) -> bool:
        """Whether original line `line` (0-based, as `line_no` gives) was read by OCR."""
        k = bisect_right(self._ocr_starts, line) - 1
        return k >= 0 and line < self._ocr_ends[k]

    def to_orig(self, pos: int) -> int:
        for bm in reversed(self._maps):
            pos = bm(pos)
        return pos

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Normalised [start, end) to the original [start, end) covering the same characters."""
        if end <= start:
            s = self.to_orig(start)
            return s, s
        return self.to_orig(start), self.to_orig(end - 1) + 1

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer("\n", self.original))]

    @property
    def light(self) -> str:
        """The whole text normalised but for spacing: line structure, tabs and spaces kept."""
        return self._light.replace("*", STAR)

    @cached_property
    def light_lines(self) -> list[str]:
        """Each original line, normalised but for spacing (spaces dropped): for line-shape tests."""
        return re.sub(r"[ \t\r\u00a0\u3000]+", "", self._light.replace("*", STAR)).split("\n")

    def line_no(self, orig_pos: int) -> int:
        """0-based line of an original offset."""
        return bisect_right(self.line_starts, orig_pos) - 1

    def line_bounds(self, line: int) -> tuple[int, int]:
        starts = self.line_starts
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(self.original)
        return starts[line], end

    def line_text(self, line: int) -> str:
        s, e = self.line_bounds(line)
        return self.original[s:e]

    @cached_property
    def top_lines(self) -> list[int]:
        """Line numbers of the first non-blank lines (the top of the page), up to 40."""
        found = []
        for i, line in enumerate(self.original.split("\n", 4000)):
            if line.strip(_BLANK):
                found.append(i)
                if len(found) >= 40:
                    break
        return found

    def top_rank(self, line: int) -> int:
        """How many non-blank lines stand above `line` (capped at 40)."""
        return bisect_left(self.top_lines, line)

    def location(self, orig_start: int, orig_end: int) -> dict[str, int]:
        line = self.line_no(orig_start)
        return {"line": line + 1, "column": orig_start - self.line_starts[line] + 1,
                "start": orig_start, "end": orig_end}
