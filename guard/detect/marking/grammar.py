"""The one grammar of a classification mark: level, star, period (GB/T 9704 `机密★1年`).

Each part matches exactly, or is missing, or (on lines that came from OCR only) matches through the
confusion table that real OCR runs printed (`resources/ocr/confusions.toml`). The match says which parts
were read how; the recognizer turns that into weighted evidence. This module holds the only definition of
the period grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from guard.detect.ocr_confusions import char_class as table_class
from guard.normalize import CJK, Document

LEVELS = ("绝密", "机密", "秘密")
# digits may come apart in OCR output ("3 0 年"); 参/叁 are the financial forms of 三 (traditional 參)
_NUM = "(?:[0-9](?: ?[0-9]){0,2}(?:\\.5)?|[一二三四五六七八九十两壹贰叁参肆伍陆柒捌玖拾廿百半]{1,3})"
_EVENTS = "启用|考试结束|考试|开考|使用|公布|发布|解密|会议结束|结束|开标"
PERIOD = (f"(?:{_NUM}(?:年|个月|月)|长期|永久|(?:{_EVENTS})前"
          "|(?:至|到)?(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:前|止)?)")
# a template's blank period: `秘密★X年`, `机密★××年`, `机密★ 年` (the space is gone once normalised)
_PLACEHOLDER = "(?:[x×○□_]{0,4}(?:年|个月))"
# tesseract cannot print the star and prints these hanzi instead (measured on this kind of machine)
OCR_STARS = "太女妇雪"
# symbols a font, a converter or a person puts in the star's place (● ■ ◆ ♦ ✡ ...)
_SYMBOL_STARS = "\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_LEVEL = "(?P<level>绝★?密|机★?密|秘★?密)"
_EXACT = re.compile(f"{_LEVEL}(?:(?P<star>★|[{_SYMBOL_STARS}])\\n?|(?P<hanzi>[{OCR_STARS}])(?={PERIOD}))?"
                    f"(?:(?P<period>{PERIOD})|(?P<blank>{_PLACEHOLDER}))?")


@dataclass(frozen=True, slots=True)
class MarkMatch:
    """A level, and how each part of the mark was read."""

    start: int  # normalised offsets
    end: int
    level: str  # 绝密 | 机密 | 秘密, or "" when OCR read none of it
    star: str  # exact | symbol | hanzi (tesseract's 太 女 妇 雪, in any text) | misread (OCR lines) | missing
    period: str  # exact | misread | placeholder | missing
    level_read: str  # exact | misread | partial (one character lost or wrong) | lost (none read)
    text: str

    @property
    def misread(self) -> bool:
        return ("misread" in (self.star, self.period, self.level_read) or self.star == "hanzi"
                or self.level_read in ("partial", "lost"))


def exact_marks(text: str) -> Iterator[MarkMatch]:
    for m in _EXACT.finditer(text):
        star = m.group("star") or m.group("hanzi")
        star_kind = ("missing" if star is None else "exact" if star == "★"
                     else "symbol" if m.group("star") else "hanzi")
        if m.group("period"):
            period = "exact"
        elif m.group("blank") and star is not None:
            period = "placeholder"
        else:
            period = "missing"
        end = m.end() if period != "missing" else m.end("star") if m.group("star") else m.end("level")
        yield MarkMatch(m.start(), end, m.group("level").replace("★", ""), star_kind, period, "exact",
                        text[m.start():end])


MIN_SEEN = 3  # a confusion counts once the OCR runs printed it this often (rarer ones are noise)
MAX_MISREADS = 2  # characters of one mark read through the table; a level needs one character right


@lru_cache(maxsize=1)
def _tolerant() -> re.Pattern[str]:
    """The grammar with every character widened by the OCR confusion table (built on the first OCR text)."""

    def char_class(c: str) -> str:
        return table_class(c, min_count=MIN_SEEN)

    def word(w: str) -> str:
        return "".join(f"[{char_class(c)}]" for c in w)

    digit = f"[0-9{''.join(char_class(d) for d in '0123456789')}]"
    num = f"(?:{digit}(?: ?{digit}){{0,2}}|[一二三四五六七八九十两半]{{1,3}})"
    year, month, ge, before = (f"[{char_class(c)}]" for c in "年月个前")
    period = (f"(?:{num}(?:{year}|{ge}{month}|{month})|长期|永久|(?:{word('启用')}|{word('考试结束')}|"
              f"{word('考试')}){before})")
    star = f"[★{_SYMBOL_STARS}{char_class('★')}·.•。]"
    levels = "|".join(word(lv) for lv in LEVELS)
    partial = f"[绝机秘]|密|[{CJK}]密|[绝机秘][{CJK}]"
    return re.compile(f"(?P<level>{levels})(?P<star>{star})?\\n?(?P<period>{period})"
                      f"|(?P<part>{partial})(?P<pstar>{star})\\n?(?P<pperiod>{period})"
                      f"|(?P<lstar>★)(?P<lperiod>{PERIOD})"  # the whole level lost: `★6个月`
                      f"|(?P<bare>密|[绝机秘])(?P<bperiod>{PERIOD})")  # a level character and the star lost


def _level_of(read: str) -> tuple[str, str]:
    """The level a (possibly misread) level string stands for, and how it was read."""
    if read in LEVELS:
        return read, "exact"
    for lv in LEVELS:
        if len(read) == 2 and (read[0] == lv[0] or read[1] == lv[1]) and read[0] != "密":
            return lv, "misread" if read[1] == "密" or read[0] == lv[0] else "partial"
    first = {"绝": "绝密", "机": "机密", "秘": "秘密"}.get(read[:1])
    return (first or "秘密"), "partial"


def ocr_marks(doc: Document, taken: list[tuple[int, int]]) -> Iterator[MarkMatch]:
    """Marks read through the confusion table, on OCR lines only, where no complete exact mark was found
    (`taken`: the spans of those)."""
    if not doc.has_ocr:
        return
    rx = _tolerant()
    text = doc.text
    for m in rx.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        start, _ = doc.orig_span(m.start(), m.end())
        if not doc.from_ocr(doc.line_no(start)):
            continue
        if m.group("lstar"):
            yield MarkMatch(m.start(), m.end(), "", "exact", "exact", "lost", m.group())
            continue
        if m.group("level"):
            level, read = _level_of(m.group("level"))
            star, period = m.group("star"), m.group("period")
        elif m.group("bare"):
            level, read = _level_of(m.group("bare"))
            read, star, period = "partial", None, m.group("bperiod")
        else:
            level, read = _level_of(m.group("part"))
            read = "partial"
            star, period = m.group("pstar"), m.group("pperiod")
        star_kind = "missing" if not star else "exact" if star == "★" else "misread"
        exact_period = re.fullmatch(PERIOD, period) is not None
        read_level = m.group("level") or m.group("part") or m.group("bare")
        level_misses = 1 if len(read_level) < 2 else sum(a != b for a, b in zip(read_level, level, strict=True))
        misses = level_misses + (star_kind == "misread") + (not exact_period)
        if level_misses >= 2 or misses > MAX_MISREADS:
            continue
        yield MarkMatch(m.start(), m.end(), level, star_kind, "exact" if exact_period else "misread", read,
                        m.group())
