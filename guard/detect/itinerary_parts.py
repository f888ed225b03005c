"""The parts a leader's schedule is made of: times, moves, and stops (a time and a move in one clause).

Kept apart from the recognizer so the patterns stay fast on 2 MB: the ones run over the whole text start
with a plain character class or word (the regex engine then skips ahead quickly); the partner of a time
is searched only in the few characters after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from guard.detect.locality import Hit

_DIGITS = frozenset("0123456789")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")
_CN_NUMERALS = frozenset("一二三四五六七八九十两")
_ALL_NUMERALS = _DIGITS | _CN_NUMERALS
_SEP = re.compile("[:：点时]")
_LEAD = re.compile("[0-9一二三四五六七八九十两]+")

DAYPART = re.compile("上午|下午|中午|晚上|早上|早晨|傍晚|凌晨|晚间|明早|今晚|当晚|全天")
# `9点到…`, `十一点去…`, `大概10点，从东门进`: a time of day, not `三点要求`
_AFTER = "(?=[前后许左到去出在从回赶乘来，,])"
# 8:30, 14时30分, 9点半, 十点半, 十点到 (one leading class keeps the scan fast; numerals checked in Python)
CLOCK = re.compile("[0-9一二三四五六七八九十两]{1,3}(?:[:：][0-5][0-9](?![0-9])|时(?:[0-9]{1,2}分|许|整)"
                   f"|点(?:半|钟|整|[0-9零一二三四五六七八九十]{{1,3}}分?|{_AFTER}))")
# after a day part any hour is a time (`下午2点的会`)
_HOUR = re.compile("[0-9一二三四五六七八九十两]{1,3}[点时](?:半|[0-9零一二三四五六七八九十]{1,3}分?)?")
AHEAD = re.compile("明天|明日|后天|今晚|今天(?=上午|下午|中午|晚上)|下周[一二三四五六日天]?|本周[一二三四五六日天]|"
                   "周[一二三四五六日天]|星期[一二三四五六日天]|届时|拟于|将于")
HEADER = re.compile("行程|日程|活动安排|接待方案|考察安排|调研安排|出行安排")
HUSH = re.compile("别对外说|不要外传|不对外|注意保密|内部掌握|不得外传|勿外传|别外传|别往外说|不要往外说")
_PLACE = ("园|区|中心|医院|中学|小学|学校|大学|水库|街道|社区|村|镇|乡|县|公司|厂|基地|大厦|广场|馆|站|机场|码头|"
          "会议室|宾馆|酒店|港|工地|现场|大院|单位|省城|市委|市政府|楼|食堂|礼堂|车间|病房")
_ACTS = "调研|检查|视察|考察|座谈|慰问|参观|开会|看望|走访|出席|参加"
# to a place, or to a place to do something (`到临港物流园检查`, `去高新区产业园`, `回单位`)
_GOTO_HEAD = "(?:(?<![得受达感遇提想收做看听办找])到|(?<![过失进出下上回除])去(?![年世])|赴|回(?=单位|驻地|市区|机关))"
_GOTO_TAIL = f"[^\\s,，。；;:：、]{{0,14}}?(?:{_PLACE}|{_ACTS})"
# what a leader does at a stop of the schedule (a public event's 参观, 开会 are not among them)
_STOP_ACTS = "调研|检查|视察|考察|座谈|慰问|走访|看望|会见|接见|接待|早餐|午餐|晚餐|用餐|就餐"
# flight numbers (ca1234, 3u8888) and train numbers (g123次)
_TRANSPORT = re.compile(r"[0-9a-z](?:(?<=[a-z])[a-z0-9][0-9]{3,4}(?![0-9])|(?<=[0-9])[a-z][0-9]{3,4}(?![0-9])"
                        r"|(?<=[gdczkt])[0-9]{1,4}次)")
_STOP_REACH = 24  # a time and its move stand in one clause, within this many characters
_CLAUSE_END = re.compile("[。；;!！?？\n]")
# a chronicle (大事记) dates every entry (`3月5日上午，市长赴…`)
_CN_DAY = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_DATE_END = re.compile(f"月(?:{_CN_DAY})[日号]")
_GAP_BREAK = re.compile("[，,。；\n]")


def clocks(text: str) -> list[Hit]:
    """Every clock time of the text, in order (found once, shared by the anchors and the regions)."""
    out: list[Hit] = []
    last = -1
    for sep in _SEP.finditer(text):  # the separator is rarer than numerals: start there, then look back
        p = s = sep.start()
        while s > max(0, p - 3) and text[s - 1] in _ALL_NUMERALS:
            s -= 1
        m = CLOCK.match(text, s) if s < p and p >= last else None
        if not m:
            continue
        g, last = m.group(), m.end()
        if s and text[s - 1] in _DIGITS:
            continue  # part of a longer number
        if g[0] in _DIGITS:
            hour = g[:2] if g[1] in _DIGITS else g[:1]
            if g[len(hour)] in _ALL_NUMERALS or int(hour) > 24:
                continue  # three digits, mixed numerals, or not an hour
        else:
            hour = _LEAD.match(g).group()  # type: ignore[union-attr]  (CLOCK starts with a numeral)
            if not all(c in _CN_NUMERALS for c in hour) or g[len(hour)] in ":：":
                continue  # 十:30 is no time
        out.append(Hit(s, m.end(), "clock"))
    return out


def times(text: str, lo: int, hi: int, clock_hits: list[Hit]) -> list[Hit]:
    """Clock times and day parts in [lo, hi); a day part with its hour (`上午9:00`, `下午2点`) is one time."""
    found = clock_hits[bisect_left(clock_hits, lo, key=_start):bisect_left(clock_hits, hi, key=_start)]
    starts = {h.start for h in found}
    for m in DAYPART.finditer(text, lo, hi):
        hour = _HOUR.match(text, m.end())
        if hour and hour.start() not in starts:
            found.append(Hit(m.start(), hour.end(), "clock"))
        elif not hour and m.end() not in starts and m.end() + 1 not in starts:
            found.append(Hit(m.start(), m.end(), "daypart"))
    return found


def partner_pattern(schedule_words: list[str]) -> re.Pattern[str]:
    """What may follow a time in a stop: a logistics word, a trip to a place, an act. Every branch starts
    with a plain character, so the regex engine skips quickly through a long text."""
    words = "|".join(map(re.escape, schedule_words))
    return re.compile(f"{words}|到(?<![得受达感遇提想收做看听办找]到){_GOTO_TAIL}|去(?<![过失进出下上回除]去)(?![年世])"
                      f"{_GOTO_TAIL}|赴{_GOTO_TAIL}|回(?=单位|驻地|市区|机关)|{_STOP_ACTS}"
                      # `3点来咱们街道`: coming to the speaker's own place
                      f"|来(?<![出起回过带原后本将未看下上]来)(?=咱们|我们|我|本|这){_GOTO_TAIL}")


def moves(text: str, lo: int, hi: int, partner: re.Pattern[str], schedule: frozenset[str]) -> list[Hit]:
    """Logistics words (`move`), trips to a place (`goto`), transport numbers and acts in [lo, hi)."""
    out = []
    for m in partner.finditer(text, lo, hi):
        g = m.group()
        kind = "move" if g in schedule else "goto" if g[0] in "到去赴回来" else "act"
        out.append(Hit(m.start(), m.end(), kind))
    for m in _TRANSPORT.finditer(text, lo, hi):
        s = m.start()
        if not (s and text[s - 1] in _ALNUM):
            out.append(Hit(s, m.end(), "transport"))
    return out


def stops(text: str, when: list[Hit], what: list[Hit]) -> list[Hit]:
    """A time, then in the same clause a move or what is done there (`9:10抵达`, `下午去开发区`, `12:00 就餐`).
    Each move makes one stop however many times stand before it; a chronicle's dated entries are `dated`."""
    when = sorted(when, key=_start)
    what = sorted(what, key=_start)
    ends = date_ends(text, max(0, when[0].start - 8), when[-1].start) if when else []
    out: list[Hit] = []
    used: set[int] = set()
    j = 0
    for t in when:
        while j < len(what) and what[j].start < t.end:
            j += 1
        for p in what[j:j + 4]:
            if p.start - t.end > _STOP_REACH:
                break
            if p.start not in used and not _CLAUSE_END.search(text, t.end, p.start):
                used.add(p.start)
                out.append(Hit(t.start, p.end, "dated", "") if dated(text, t.start, ends)
                           else Hit(t.start, p.end, "stop", str(p.start)))
                break
    return out


def undated_stops(text: str, when: list[Hit], partner: re.Pattern[str], plan: Callable[[int], bool]) -> list[Hit]:
    """The stops a plan is made of, found cheaply: each undated time, then its partner searched just after.
    A chronicle (every entry dated) has none, so its pages are passed over."""
    out: list[Hit] = []
    if not when:
        return out
    ends = date_ends(text, max(0, min(t.start for t in when) - 8), max(t.start for t in when))
    for t in when:
        if dated(text, t.start, ends):
            continue
        reach = t.end + _STOP_REACH
        cut = _CLAUSE_END.search(text, t.end, reach)
        m = partner.search(text, t.end, cut.start() if cut else reach)
        if m and plan(m.start()):
            out.append(Hit(t.start, m.end(), "stop", str(m.start())))
    return out


def date_ends(text: str, lo: int, hi: int) -> list[int]:
    """Where each date (`3月5日`, `十月一日`) in [lo, hi) ends, in order: for `dated`."""
    return [m.end() for m in _DATE_END.finditer(text, lo, hi)]


def dated(text: str, at: int, ends: list[int]) -> bool:
    """Whether a time stands right after its own date (`3月5日上午`, `3月5日（周三）9:00`)."""
    i = bisect_right(ends, at) - 1
    return i >= 0 and at - ends[i] <= 5 and not _GAP_BREAK.search(text, ends[i], at)


def _start(h: Hit) -> int:
    return h.start
