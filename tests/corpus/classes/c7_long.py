# ruff: noqa: E501  -- data tables of Chinese text
"""Class 7: long public texts (200 KB+) with scattered leader titles and dates (harmless) against compact itineraries."""

from __future__ import annotations

import random

from ._item import CITIES, PEOPLE, TOPICS, Sample, make_item, rng

TITLES = ("市委书记", "市长", "副市长", "区委书记", "省委常委", "县长")
PLACES = ("高新区产业园", "东湖街道社区服务中心", "临港物流园", "市第一人民医院", "青川中学", "北岭水库")

NEWS_PARAGRAPHS = (
    "{y}年{m}月{d}日，{c}召开{tp}工作会议。会议指出，过去一年全市经济运行总体平稳，固定资产投资增长{k}%。",
    "据统计，{y}年全市共新增城镇就业{k}万人，城镇登记失业率控制在较低水平，社会保障覆盖面持续扩大。",
    "{ti}{p}在{y}年的一次讲话中提到，要坚持以人民为中心，把{tp}作为民生实事抓紧抓好。",
    "本卷收录{y}年度{c}大事记、统计资料和重要文献，资料截至{y}年12月31日，部分数据为初步统计。",
    "{m}月，{c}举办第{k}届文化旅游节，吸引游客数十万人次，带动消费明显增长。",
    "{y}年{m}月，{place}项目建成投用，总投资约{k}亿元，预计年产值可观。",
    "这一年，{c}在{tp}方面取得新进展，多项指标位居全省前列，群众满意度稳步提升。",
    "回顾历史，{c}建城已逾千年，境内河流纵横，物产丰富，素有“鱼米之乡”之称。",
)

ITINERARY = (
    "{ti}{p}同志{m}月{d}日活动安排\n上午9:00 赴{pl1}调研{tp}\n上午10:30 到{pl2}座谈\n下午14:30 在市行政中心301会议室主持召开专题会\n随行：市发改委、市财政局负责同志",
    "明日行程（{m}月{d}日）：{ti}{p}8:30从市委出发，9:10抵达{pl1}，11:00前往{pl2}，12:00返回。请各单位提前做好准备。",
    "{p}：{ti}明天上午九点到{pl1}检查，十点半去{pl2}，车辆在北门等候，路线别对外说。",
)


def _long_text(r: random.Random, size: int) -> str:
    """Compose public paragraphs until `size` characters; leader titles and dates scatter, never cluster."""
    parts, length = [], 0
    while length < size:
        paragraph = r.choice(NEWS_PARAGRAPHS).format(
            y=r.randint(2015, 2025), m=r.randint(1, 12), d=r.randint(1, 28), c=r.choice(CITIES),
            tp=r.choice(TOPICS), k=r.randint(2, 90), ti=r.choice(TITLES), p=r.choice(PEOPLE),
            place=r.choice(PLACES))
        parts.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(parts)


def items() -> list[Sample]:
    r = rng(7)
    out = []
    for n in range(12):  # 200 KB .. 310 KB in UTF-8
        size = 70_000 + 10_000 * (n % 4)
        header = r.choice(("{c}年鉴（{y}）\n", "政策文件汇编\n", "新闻中心 - 本地要闻\n", ""))
        text = header.format(c=r.choice(CITIES), y=r.randint(2018, 2025)) + _long_text(r, size)
        out.append(make_item(f"c7-neg-{n:02d}", 7, "negative", "text", "allow", text))
    for n in range(18):  # medium public texts, a few KB
        out.append(make_item(f"c7-negm-{n:02d}", 7, "negative", "text", "allow", _long_text(r, 1500 + 300 * n)))
    for rep in range(6):
        for n, shape in enumerate(ITINERARY):
            text = shape.format(ti=r.choice(TITLES), p=r.choice(PEOPLE), m=r.randint(1, 12), d=r.randint(1, 28),
                                pl1=r.choice(PLACES), pl2=r.choice(PLACES), tp=r.choice(TOPICS))
            if rep % 2:  # the itinerary inside a longer public text still counts: locality, not totals
                text = _long_text(r, 3000) + "\n" + text + "\n" + _long_text(r, 3000)
            out.append(make_item(f"c7-pos-{rep}{n:02d}", 7, "positive", "text", "confirm", text))
    return out
