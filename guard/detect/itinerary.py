"""Leader itineraries: who (a leader's title), when (clock times, day parts, a day ahead) and where to
(movement and logistics: 出发, 抵达, 到某园检查, 车辆, 入住), together within a few lines.

A yearbook or a news page has hundreds of titles, dates and places, scattered; a schedule or a chat
message packs them into a few lines. News tells a visit afterwards (强调, 察看了) without clock times;
a plan names the times, the day ahead and the moves. Scored per window (locality.py), never per text.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect import itinerary_parts as parts
from guard.detect.base import Recognizer, register
from guard.detect.itinerary_tables import schedule_tables
from guard.detect.locality import Hit, Window, densest
from guard.detect.settings_spec import Setting
from guard.model import Finding, Severity
from guard.normalize import Document

# a line that reports a visit that happened: its moves and day parts are news, not a plan
_REPORTED = re.compile("强调|指出|表示|听取了|察看了|看望了|询问了|慰问了|一行先后|参加调研|陪同调研|调研时")


@register
class LeaderItinerary(Recognizer):
    id = "internal.leader_itinerary"
    category = "itinerary"
    defaults: ClassVar = {
        "leader_titles": ["书记", "省长", "市长", "县长", "区长", "州长", "部长", "厅长", "局长", "主任", "主席",
                          "总理", "委员长", "常委", "秘书长", "领导", "董事长", "总经理", "镇长", "乡长", "司令员",
                          "政委", "院长", "校长", "行长", "处长", "司长", "署长", "所长", "社长", "台长", "总裁",
                          "首长", "委员"],
        "schedule_words": ["出发", "抵达", "到达", "乘坐", "乘车", "乘机", "航班", "车次", "入住", "下榻", "接站",
                           "送站", "接机", "送机", "车辆", "车队", "前导车", "警卫", "随行", "陪同", "用餐", "就餐",
                           "前往", "返回", "返程", "回到", "离开", "起飞", "落地", "等候", "集合", "路线", "途经",
                           "安保", "驻地", "住宿", "高铁", "抵", "晚宿"],
        "min_stops": 2,  # stops (a time and a move in one clause) in the window
        "min_times": 2,  # clock times in the window that make a timetable without a day ahead
        "min_schedule_words": 2,  # moves and logistics in the window
        "window_lines": 8,  # an itinerary is a compact cluster: at most this many lines ...
        "window_chars": 400,  # ... and this many characters
        "severity": "confirm",
        "confidence": 0.9,
    }
    spec: ClassVar = {
        "leader_titles": Setting("words", "领导职务（出现其一才运行）",
                                 "leaders' titles (one must occur for it to run)"),
        "schedule_words": Setting("words", "行程和保障用语（出发、抵达、车辆、入住……）",
                                  "movement and logistics words (出发, 抵达, 车辆, 入住 ...)"),
        "min_stops": Setting("int", "窗口内“时间＋去向”的最少处数",
                             "stops (a time and a move in one clause) in the window", 1, 50),
        "min_times": Setting("int", "无“明天、周三”等提前说明时窗口内的最少时刻数",
                             "clock times in the window when no day ahead (明天, 周三) is named", 1, 50),
        "min_schedule_words": Setting("int", "窗口内的最少行程用语数", "movement and logistics words in the window",
                                      1, 50),
        "window_lines": Setting("int", "行程须集中在的行数", "lines an itinerary stands within", 1, 1000),
        "window_chars": Setting("int", "行程须集中在的字符数", "characters an itinerary stands within", 50, 100_000),
    }
    trigger_keys = ("leader_titles",)
    examples: ClassVar = {
        "confirm": ["王书记行程安排\n8:30 从驻地出发\n9:10 抵达开发区\n12:00 就餐\n晚上入住某宾馆",
                    "张局长明天上午9点到县医院调研，下午2点回单位开会",
                    "老周：局长明天上午到城东水厂检查，下午去开发区，晚上住迎宾馆，车辆在北门等候",
                    "通知一下，周书记周四上午10点来我们社区，然后到养老服务中心看看，大家准备一下",
                    "新闻摘编\n" + "本市经济运行平稳，市长在年度会议上作报告。\n" * 40
                    + "县长明日行程：8:30出发，9:10抵达园区，11:00前往水库\n" + "全年新增就业5万人。\n" * 40],
        "allow": ["11月20日，市委书记王某到开发区调研，市长李某陪同。", "8:30 出发，9:00 抵达",
                  "去年春节，县长来我们村慰问，大家很感动。",
                  "李主任今天上午在办公室，有事可以找他",
                  "定于12月5日（星期三）下午14:30在三楼会议室召开全体职工大会，张局长出席并讲话，请于14:20前签到。",
                  "11月20日上午，市委书记王某到开发区调研，实地察看了项目进展。下午，王某前往高新区，他强调要抓好落实。",
                  # a yearbook: titles, dates, places and times everywhere, never together
                  "\n".join(f"{y}年{m}月，市委书记在全市大会上讲话。\n据统计，全年接待游客{m}万人次。\n"
                            f"{m}月{y % 28 + 1}日8:30，{y}届运动会开幕。\n市第一医院新院区建成。\n"
                            "各县区财政收入增长。\n乡村振兴取得新进展。\n社会保障覆盖面扩大。\n文化事业繁荣发展。\n"
                            f"10:00，轨道交通{m}号线开通运营。"
                            for y in range(2000, 2025) for m in (3, 9))],
    }

    def setup(self) -> None:
        self.leaders = re.compile("|".join(map(re.escape, self.settings["leader_titles"])))
        self.schedule = frozenset(self.settings["schedule_words"])
        self.partner = parts.partner_pattern(self.settings["schedule_words"])

    def analyze(self, doc: Document) -> list[Finding]:
        text = doc.text
        chars, lines = int(self.settings["window_chars"]), int(self.settings["window_lines"])
        # the rare parts first (a yearbook has titles everywhere, few clocks and fewer stops): around a
        # clock, a day ahead or a header find the stops; only around two stops look for the rest
        clock_hits = parts.clocks(text)
        anchors = sorted([h.start for h in clock_hits]
                         + [m.start() for rx in (parts.AHEAD, parts.HEADER) for m in rx.finditer(text)])
        best = None
        plan = _PlanLines(text)
        for lo, hi in _regions(anchors, chars, len(text)):
            when = [h for h in parts.times(text, lo, hi, clock_hits) if h.kind == "clock" or plan(h.start)]
            for slo, shi in _regions([h.start for h in parts.undated_stops(text, when, self.partner, plan)],
                                     chars, len(text)):
                what = [h for h in parts.moves(text, slo, shi, self.partner, self.schedule)
                        if h.kind == "transport" or plan(h.start)]
                near = [h for h in when if slo <= h.start < shi]
                hits = [*near, *what, *parts.stops(text, near, what)]
                hits += [Hit(m.start(), m.end(), "leader", m.group()) for m in self.leaders.finditer(text, slo, shi)
                         if plan(m.start())]  # a leader who 强调, 表示 is in the news
                for kind, rx in (("ahead", parts.AHEAD), ("header", parts.HEADER), ("hush", parts.HUSH)):
                    hits += [Hit(m.start(), m.end(), kind) for m in rx.finditer(text, slo, shi)
                             if kind != "ahead" or plan(m.start())]
                window = densest(text, hits, lines, chars, self._score)
                if window and (best is None or window.score > best.score):
                    best = window
        if best:
            return [self._finding(doc, best)]
        return self._tables(doc) if clock_hits else []

    def _tables(self, doc: Document) -> list[Finding]:
        """A schedule kept as a table: the columns carry the moves (see itinerary_tables.py)."""
        found = schedule_tables(doc.light.split("\n"), self.leaders)
        if not found:
            return []
        t = found[0]
        start, _ = doc.line_bounds(t.first_line)
        _, end = doc.line_bounds(t.last_line)
        return [self.finding(
            doc, (start, end), Severity.CONFIRM, min(0.9, 0.6 + 0.05 * t.timed_rows),
            f"领导活动日程表：{t.leader}，{t.timed_rows}行写明时间和地点",
            f"leader schedule table: {t.leader}, {t.timed_rows} rows with a time and a place",
            ("leader", "table", f"rows={t.timed_rows}"), orig=True)]

    def _finding(self, doc: Document, best: Window) -> Finding:
        c = best.counts
        moves = c.get("move", 0) + c.get("goto", 0) + c.get("transport", 0)
        stops = c.get("stop", 0) + min(1, c.get("dated", 0))
        leader = next(h for h in best.hits if h.kind == "leader")
        return self.finding(
            doc, (best.start, best.end), Severity.CONFIRM, min(0.9, 0.55 + 0.05 * stops + 0.02 * moves),
            f"领导行程：{leader.key}，{stops}处时间和去向、{c.get('clock', 0)}个时刻集中在几行内",
            f"leader itinerary: a title with {stops} stops (a time and where to) and {c.get('clock', 0)} "
            "clock times within a few lines",
            ("leader", f"stops={stops}", f"clock={c.get('clock', 0)}", f"ahead={c.get('ahead', 0)}"))

    def _score(self, c: dict[str, int]) -> float:
        """> 0 when the window holds an itinerary: a leader, two stops (a time and a move each), and clock
        times or a day ahead (明天, 周三, a schedule header)."""
        stops, clocks = c.get("stop", 0) + min(1, c.get("dated", 0)), c.get("clock", 0)
        moves = c.get("move", 0) + c.get("goto", 0) + c.get("transport", 0)
        ahead = c.get("ahead", 0) + c.get("header", 0) + c.get("hush", 0)
        # one timed stop is enough in a message that names the day ahead and several places after it
        # (`李县长下周二下午3点来咱们街道，先看经开区，再到会议室`)
        compact = stops >= 1 and ahead and moves >= self.settings["min_schedule_words"]
        # a day ahead with timed stops (`明日安排：上午8:30防汛检查…下午2:30信访接待`) needs no travel words
        day_plan = ahead and stops >= self.settings["min_stops"]
        if not c.get("leader") or (stops < self.settings["min_stops"] and not compact) \
                or (moves < self.settings["min_schedule_words"] and not day_plan):
            return 0.0
        if clocks < self.settings["min_times"] and not ahead:
            return 0.0  # day parts alone are news (上午…下午…) unless the day is ahead or the text a schedule
        return 2 * stops + clocks + moves + ahead


def _regions(anchors: list[int], reach: int, size: int) -> list[tuple[int, int]]:
    """Merged stretches of `reach` characters either side of each anchor."""
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - reach), min(size, a + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


class _PlanLines:
    """Whether the line at a position reads as a plan (not a report of a visit); one search per line."""

    def __init__(self, text: str):
        self.text, self.seen = text, {}  # line start -> reads as a plan

    def __call__(self, pos: int) -> bool:
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self.seen:
            end = self.text.find("\n", pos)
            self.seen[start] = not _REPORTED.search(self.text, start, end if end >= 0 else len(self.text))
        return self.seen[start]
