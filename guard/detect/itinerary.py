"""Leader itineraries: a leader's title, logistics words (出发, 抵达, 航班, 入住) and clock times together.

News reports a visit afterwards with a date; a schedule names the times, the train or flight and the hotel
ahead of it. Only the combination is `confirm`; a part of it is a notice or nothing.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.model import Finding, Severity
from guard.normalize import Document

_CLOCK = re.compile(r"(?<![0-9])(?:[01]?\d|2[0-3])[:：](?:[0-5]\d)(?![0-9])"
                    r"|[上下]午(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点时]")
_AHEAD = re.compile("明天|明日|后天|今晚|今天下午|今天上午|下周[一二三四五六日天]?|本周[一二三四五六日天]|"
                    "周[一二三四五六日天]|星期[一二三四五六日天]|次日|届时")
_VISIT = re.compile(r"调研|视察|考察|检查|督导|出席|会见|接见|慰问|走访|赴|前往|出发|抵达|到达|"
                    r"到[^\s，。,]{1,12}(?:调研|检查|视察|考察|开会|参加|出席)")
# flight numbers (ca1234, 3u8888) and train numbers (g123次)
_TRANSPORT = re.compile(r"(?<![0-9a-z])(?:[a-z]{2}|[0-9][a-z]|[a-z][0-9])\d{3,4}(?![0-9])"
                        r"|(?<![0-9a-z])[gdczkt]\d{1,4}次")


@register
class LeaderItinerary(Recognizer):
    id = "internal.leader_itinerary"
    category = "itinerary"
    defaults: ClassVar = {
        "leader_titles": ["书记", "省长", "市长", "县长", "区长", "州长", "部长", "厅长", "局长", "主任", "主席",
                          "总理", "委员长", "常委", "秘书长", "领导", "董事长", "总经理", "镇长", "乡长", "司令员",
                          "政委", "院长", "校长", "行长", "处长", "司长", "署长", "所长", "社长", "台长", "总裁",
                          "首长", "委员"],
        "schedule_words": ["行程", "日程", "出发", "抵达", "到达", "乘坐", "航班", "车次", "入住", "下榻", "接站",
                           "送站", "接机", "送机", "车辆", "警卫", "随行", "陪同", "用餐", "就餐", "前往", "返回",
                           "安保", "驻地", "酒店", "宾馆", "高铁"],
        "min_times": 2,
        "min_schedule_words": 3,
    }
    trigger_keys = ("leader_titles",)
    examples: ClassVar = {
        "confirm": ["王书记行程安排\n8:30 从驻地出发\n9:10 抵达开发区\n12:00 就餐\n晚上入住某宾馆",
                    "张局长明天上午9点到县医院调研，下午2点回单位开会"],
        "allow": ["11月20日，市委书记王某到开发区调研，市长李某陪同。", "8:30 出发，9:00 抵达",
                  "李主任今天上午在办公室，有事可以找他"],
    }

    def setup(self) -> None:
        self.leaders = re.compile("|".join(map(re.escape, self.settings["leader_titles"])))
        self.schedule = re.compile("|".join(map(re.escape, self.settings["schedule_words"])))

    def analyze(self, doc: Document) -> list[Finding]:
        text = doc.text
        leader = self.leaders.search(text)
        if not leader:
            return []
        words = {m.group() for m in self.schedule.finditer(text)}
        if len(words) < self.settings["min_schedule_words"]:
            return self._plan(doc, leader)
        times = len(_CLOCK.findall(text)) + len(_TRANSPORT.findall(text))
        if times >= self.settings["min_times"]:
            first = self.schedule.search(text)
            span = (min(leader.start(), first.start()), max(leader.end(), first.end())) if first else leader.span()
            return [self.finding(
                doc, span, Severity.CONFIRM, min(0.9, 0.6 + 0.05 * len(words)),
                f"领导行程：{leader.group()}，{len(words)}个行程词（{'、'.join(sorted(words)[:5])}），{times}个时刻/车次",
                f"leader itinerary: title, {len(words)} schedule words, {times} times",
                ("leader", f"schedule={len(words)}", f"times={times}"))]
        return []

    def _plan(self, doc: Document, leader: re.Match[str]) -> list[Finding]:
        """A short message announcing where a leader will be and when (`张局长明天上午9点到县医院调研，下午
        2点回单位`): ahead of time, with clock times and a visit. News tells it afterwards, without the clock."""
        text = doc.text
        ahead = _AHEAD.search(text)
        if not ahead or len(_CLOCK.findall(text)) < self.settings["min_times"] or not _VISIT.search(text):
            return []
        return [self.finding(
            doc, (min(leader.start(), ahead.start()), max(leader.end(), ahead.end())), Severity.CONFIRM, 0.6,
            f"领导行程：{leader.group()}{ahead.group()}的活动时间和地点",
            "leader itinerary: where a leader will be and when", ("leader", "ahead of time", "clock times"))]
