
"""Class 5: briefings (简报/专报/信息/快报) with a bare level on the top line and the issue number beside or below."""

from __future__ import annotations

from ._item import CITIES, Sample, body, make_item, rng

KINDS = ("工作简报", "信息专报", "政务信息", "情况快报", "专报", "简报")

POSITIVES = (
    "{lv}\n{c}{k}\n第{n}期\n{c}办公室编　　　　2026年{m}月{d}日\n{b}",
    "{lv}　　　　　　　　　　第{n}期\n{c}{k}\n{b}",
    "{lv}                    第{n}期\n{k}\n{c}应急管理局编\n{b}",
    "{lv}\n{k}\n〔2026〕第{n}期\n{b}",
    "{lv}　第{n}期\n{c}{k}\n{b}",
    "{lv}\n{k}（第{n}期）\n{c}委办公室　2026年{m}月{d}日\n{b}",
    "{lv}\n\n{c}{k}\n\n第{n}期\n\n{b}",
)

NEGATIVES = (
    ("{c}{k}\n第{n}期\n{c}办公室编　　　　2026年{m}月{d}日\n{b}", "allow"),
    ("{k}\n第{n}期\n（此件公开发布）\n{b}", "allow"),
    ("秘密花园读书会简报 第{n}期\n本期共读《秘密花园》，参加者二十余人。", "allow"),
    ("{c}{k} 第{n}期\n本期要目：保守秘密教育月活动综述\n{b}", "notice"),
    ("公开\n{c}{k}\n第{n}期\n{b}", "allow"),
    ("{c}{k}第{n}期刊发了《关于加强机密文件管理的几点体会》一文，反响良好。", "notice"),
)


def items() -> list[Sample]:
    r = rng(5)
    out = []
    for rep in range(4):
        for n, shape in enumerate(POSITIVES):
            text = shape.format(lv=("秘密", "机密", "绝密", "机密")[rep], c=r.choice(CITIES), k=r.choice(KINDS),
                                n=r.randint(1, 60), m=r.randint(1, 12), d=r.randint(1, 28), b=body(r, 2))
            out.append(make_item(f"c5-pos-{rep}{n:02d}", 5, "positive", "text", "block", text))
    for rep in range(3):
        for n, (shape, expected) in enumerate(NEGATIVES):
            text = shape.format(c=r.choice(CITIES), k=r.choice(KINDS), n=r.randint(1, 60), m=r.randint(1, 12),
                                d=r.randint(1, 28), b=body(r, 2))
            out.append(make_item(f"c5-neg-{rep}{n:02d}", 5, "negative", "text", expected, text))
    return out
