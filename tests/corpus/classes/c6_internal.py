
"""Class 6: internal markings as they arrive (first line, heading, chat about an attached draft): confirm."""

from __future__ import annotations

from ._item import BODIES, CITIES, PEOPLE, Sample, body, make_item, rng, title

POSITIVES = (
    "{c}{o}内部资料，请勿外传\n{t}\n{b}",
    "××集团内部资料，请勿外传\n{t}\n{b}",
    "内部资料　注意保存\n{t}\n{b}",
    "仅供内部参考\n{t}\n{b}",
    "【内部资料 严禁外传】\n{t}\n{b}",
    "{t}\n（仅供内部参考，请勿外传）\n{b}",
    "{p}：附件是{t}初稿，先内部看看，别外传，有意见周五前反馈我。",
    "各位，方案征求意见稿发群里了，先内部看看，别外传哈[抱拳]",
    "{p} 14:32\n这是{t}的讨论稿，还没定，先别往外发",
    "工作秘密\n{t}\n{b}",
    "内部传阅\n{t}\n{b}",
    "{t}（征求意见稿）\n{b}",
    "{t}\n（送审稿）\n{b}",
    "内部明电\n{c}{o}\n{t}\n{b}",
)

NEGATIVES = (
    ("请勿外传谣言！网传“明天全市停水”的消息不实，以官方通知为准。", "allow"),
    ("专家提醒：所谓“内部资料”“内部消息”的投资荐股信息多为骗局。", "notice"),
    ("本店内部装修，暂停营业三天，给您带来不便敬请谅解。", "allow"),
    ("以上数据仅供参考，具体以当地政策为准。", "allow"),
    ("{t}\n（此件公开发布）\n{b}", "allow"),
    ("{p}：周五的聚餐先内部统计一下人数，别忘了报名。", "allow"),
    ("公司内部培训报名开始啦，欢迎大家踊跃参加。", "allow"),
    ("新闻：{c}{o}就{t}公开征求意见，意见反馈截止到月底。", "allow"),
    ("这件事先别外传，我想给她一个生日惊喜。", "allow"),
    ("图书推荐：《内部控制与风险管理》（第三版），定价68元。", "allow"),
)


def items() -> list[Sample]:
    r = rng(6)
    out = []
    for rep in range(2):
        for n, shape in enumerate(POSITIVES):
            text = shape.format(c=r.choice(CITIES), o=r.choice(BODIES), t=title(r), p=r.choice(PEOPLE), b=body(r, 2))
            out.append(make_item(f"c6-pos-{rep}{n:02d}", 6, "positive", "text", "confirm", text))
        for n, (shape, expected) in enumerate(NEGATIVES):
            text = shape.format(c=r.choice(CITIES), o=r.choice(BODIES), t=title(r), p=r.choice(PEOPLE), b=body(r, 1))
            out.append(make_item(f"c6-neg-{rep}{n:02d}", 6, "negative", "text", expected, text))
    return out
