# ruff: noqa: E501  -- realistic Chinese texts
"""Leader itineraries are compact clusters (who, when, where to, within a few lines), never totals.

Positives: chat itineraries with and without clock times, schedule tables, itineraries inside 300 KB of
yearbook prose. Harmless: a 2 MB yearbook with titles, dates, places and event times scattered, a news
report of a visit afterwards, a staff meeting notice, a weather page full of 明天.
"""

from __future__ import annotations

import random
import re

import pytest

from guard import scan_text
from guard.detect.itinerary import LeaderItinerary
from guard.detect.locality import Hit, densest
from guard.normalize import Document

RULE = "internal.leader_itinerary"
TITLES = ("市委书记", "市长", "常务副市长", "县委书记", "区长", "局长", "省委常委")
NAMES = ("韩立军", "钱秀英", "罗志平", "邱晓东", "蒋文华")
SITES = ("城北污水处理厂", "经开区智能装备产业园", "南湖街道便民服务中心", "县人民医院", "青石镇中心小学", "滨江码头")


def _yearbook(r: random.Random, size: int) -> str:
    """Yearbook prose: every paragraph has a title, a date, a place, sometimes an event time; none is a plan."""
    forms = (
        "{y}年{m}月{d}日，{ti}{p}出席{s}启用仪式并讲话，强调要把好事办好。",
        "{m}月{d}日8:30，{y}年全市马拉松在{s}鸣枪起跑，{ti}{p}为选手发令。",
        "本年度，{s}完成改造，总投资{k}亿元，惠及群众{k}万人。",
        "{y}年，全市接待游客{k}百万人次，旅游收入增长{k}%。",
        "{ti}{p}在{y}年{m}月的调研中指出，要加快{s}二期建设。",
        "{m}月，{s}获评省级示范单位，{ti}{p}为其授牌。",
        "全市城镇居民人均可支配收入{k}千元，同比增长{k}%。",
        "{m}月{d}日上午，{s}举行开放日活动，市民可于9:00至17:00入场参观。",
        # a chronicle (大事记): a dated visit, time and move in one clause, entry after entry
        "{m}月{d}日上午，{ti}{p}赴{s}检查防汛工作。",
        "{m}月{d}日下午，{ti}{p}到{s}调研。",
        "{m}月{d}日9:30，{ti}{p}前往{s}慰问一线职工。",
    )
    out, n = [], 0
    while n < size:
        line = r.choice(forms).format(y=r.randint(2001, 2025), m=r.randint(1, 12), d=r.randint(1, 28), k=r.randint(2, 99),
                                      ti=r.choice(TITLES), p=r.choice(NAMES), s=r.choice(SITES))
        out.append(line)
        n += len(line) + 1
    return "\n".join(out)


def _itinerary_finding(text: str) -> list:
    return LeaderItinerary().analyze(Document(text))


def _verdict(text: str) -> tuple[str, set[str]]:
    result = scan_text(text)
    return result.verdict, {f.rule for f in result.findings}


ITINERARIES = [
    # chat, no clock time at all: a day ahead, day parts, places to go
    "小刘，跟你说一下，书记明天上午先到城北污水处理厂看看，下午去经开区智能装备产业园开座谈会，晚上住江滨宾馆，别往外说。",
    # chat log with one message per line
    "张伟：明天局长下去检查\n张伟：上午先到青石镇中心小学，十一点去镇政府座谈\n李娜：收到，车辆我来安排\n李娜：中午在镇食堂就餐，下午2点返回",
    # weekly plan by day, no clock times
    "罗部长下周行程\n周二上午赴省城参加全省会议，周二下午返回\n周四全天到南岭县调研，住县宾馆\n周五上午回机关",
    # a schedule table
    "常务副市长钱秀英调研日程\n时间|地点|内容|陪同\n8:30|市政府大院|乘车出发|办公室\n9:20|县人民医院|抵达，察看门诊楼|卫健委\n10:40|滨江码头|前往码头检查|交通局\n12:00|县宾馆|工作午餐|县政府",
    # spoken times: 九点半, 十点一刻 is not a clock but 十点 is
    "邱县长：后天九点半从县委出发，十点到县人民医院检查，十一点半去青石镇，车队在北门等候。",
]


@pytest.mark.parametrize("text", ITINERARIES)
def test_compact_itineraries_are_confirmed(text: str) -> None:
    assert _itinerary_finding(text), text
    verdict, rules = _verdict(text)
    assert verdict in ("confirm", "block") and RULE in rules


@pytest.mark.parametrize("at", [0.0, 0.5, 1.0])
def test_an_itinerary_inside_300_kb_of_yearbook_prose_is_found_where_it_stands(at: float) -> None:
    r = random.Random(7)
    prose = _yearbook(r, 100_000)  # ~300 KB in UTF-8
    cut = prose.find("\n", int(len(prose) * at)) if at < 1.0 else len(prose)
    cut = len(prose) if cut < 0 else cut
    plan = "\n市委书记韩立军同志明日活动安排\n上午9:00 赴经开区智能装备产业园调研\n上午10:30 到南湖街道便民服务中心座谈\n下午14:30 返回市委\n随行：市委办、市发改委负责同志\n"
    text = prose[:cut] + plan + prose[cut:]
    found = _itinerary_finding(text)
    assert len(found) == 1
    # the finding points at the plan, not at some title far away
    start = text.index("明日活动安排")
    assert start - 400 <= found[0].start <= start + 200, (found[0].start, start)


def test_a_2_mb_yearbook_with_titles_dates_places_and_event_times_is_not_an_itinerary() -> None:
    text = "东湖市年鉴（2025）\n" + _yearbook(random.Random(11), 800_000)
    assert len(text.encode()) > 2_000_000
    assert not _itinerary_finding(text)
    assert RULE not in _verdict(text)[1]


def test_the_yearbook_holds_every_part_an_itinerary_is_made_of() -> None:
    """The harmless yearbook is a real test: counted over the whole text (the old rule: a title, three
    schedule words, two clock times), even 3,000 characters of it add up to an itinerary."""
    text = _yearbook(random.Random(11), 3_000)
    rec = LeaderItinerary()
    titles = sum(text.count(t) for t in ("书记", "市长", "区长", "局长", "常委"))
    moves = {w for w in rec.settings["schedule_words"] if w in text} | {w for w in ("赴", "到") if w in text}
    clocks = re.findall(r"\d{1,2}:\d{2}", text)
    assert titles >= 3 and len(moves) >= 3 and len(clocks) >= 2, (titles, moves, clocks)
    assert not rec.analyze(Document(text))


HARMLESS = [
    # news report afterwards: day parts, moves and places, but told as done
    "12月3日上午，市委书记韩立军率队赴青石镇调研乡村振兴工作，实地察看了中心小学改造项目。\n下午，韩立军一行前往滨江码头，详细询问了货运情况。\n韩立军强调，要抓好落实。市领导罗志平参加调研。",
    # staff meeting notice: a leader, a weekday, clock times, a room; nobody goes anywhere
    "关于召开全体职工大会的通知\n各科室：\n定于12月5日（星期三）下午14:30在机关三楼会议室召开全体职工大会，张局长出席并讲话。\n请于14:20前签到，不得无故缺席。\n办公室\n12月1日",
    # a weather and traffic page full of 明天 and times; the mayor is in another item
    "明天白天多云转晴，最高气温12℃。\n地铁2号线明天起首班车提前至6:00，末班车延后至23:30。\n市长信箱：本周共受理来信312件，办结率98%。\n明天上午有轻雾，出行请注意安全。",
    # a train timetable in the news, and an official quoted on the next line
    "G1234次列车8:30从北京南站出发，12:30抵达上海虹桥。\n铁路局局长表示，春运期间将加开列车。",
    # a conference agenda: the mayor speaks, nobody travels
    "大会议程\n8:30 签到\n9:00 开幕式，市长致辞\n10:00 主旨演讲\n12:00 午餐\n14:00 分论坛\n17:00 闭幕",
    # a family trip with flights and a hotel: no leader
    "国庆出游安排\n10月1日 CA1831 8:05起飞，11:10到三亚\n酒店：亚朵酒店，1日-4日\n第二天去海洋馆，早点出发",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_texts_with_some_parts_are_not_itineraries(text: str) -> None:
    assert not _itinerary_finding(text), text
    assert RULE not in _verdict(text)[1]


def test_window_limits_are_settings() -> None:
    """A plan spread over 20 lines is found with a 20-line window, not with the default 8."""
    filler = "\n".join("全市经济运行平稳。" for _ in range(6))
    text = f"局长明天行程\n{filler}\n8:30从机关出发\n{filler}\n9:10抵达城北污水处理厂\n{filler}\n10:30前往县人民医院"
    assert not LeaderItinerary().analyze(Document(text))
    assert LeaderItinerary({"window_lines": 24, "window_chars": 2000}).analyze(Document(text))


def test_densest_counts_distinct_keys_within_lines_and_characters() -> None:
    text = "a\n" * 100
    hits = [Hit(i * 2, i * 2 + 1, "id", str(i % 3)) for i in range(10)]  # one per line, 3 distinct keys
    best = densest(text, hits, 5, 1000, lambda c: c.get("id", 0))
    assert best is not None and best.counts == {"id": 3} and best.score == 3
    spread = [Hit(i * 40, i * 40 + 1, "id", str(i)) for i in range(5)]  # 20 lines apart
    assert densest(text, spread, 5, 1000, lambda c: c.get("id", 0) if c.get("id", 0) >= 2 else 0) is None
    one_line = "x" * 10_000
    far = [Hit(i * 2000, i * 2000 + 5, "id", str(i)) for i in range(5)]
    assert densest(one_line, far, 40, 1000, lambda c: c.get("id", 0) if c.get("id", 0) >= 2 else 0) is None
