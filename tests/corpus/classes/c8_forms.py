# ruff: noqa: E501  -- data tables of Chinese text
"""Class 8: blank forms, templates and doctest vectors (at most notice) against real marked first pages."""

from __future__ import annotations

from ._item import BODIES, CITIES, Sample, body, make_item, rng, title

NEGATIVES = (
    ("text", "notice", "保密承诺书\n本人________，身份证号__________________，在{c}{o}工作期间，郑重承诺：\n一、认真遵守国家保密法律法规；\n二、不泄露所知悉的国家秘密和工作秘密；\n三、离岗后继续履行保密义务。\n承诺人（签字）：________\n____年__月__日"),
    ("text", "allow", "XXX〔20XX〕X号\n关于XXXXXX的通知\nXXX、XXX：\n　　XXXXXXXXXXXXXXXX。\n附件：XXXX\nXXX（印章）\n20XX年X月X日"),
    ("text", "notice", "份号：______\n密级：______ 保密期限：______\n紧急程度：______\n发文机关标志\nXX〔20XX〕XX号\n标题\n主送机关："),
    ("text", "allow", "×政发〔20××〕×号\n××市人民政府关于××××的通知\n各区、县人民政府，市政府各部门：\n　　（正文）\n××市人民政府\n20××年×月×日"),
    ("code", "allow", 'def check_id(number: str) -> bool:\n    """Validate a GB 11643 resident ID.\n\n    >>> check_id("110101199003074477")\n    True\n    >>> check_id("110101199003074478")\n    False\n    """\n'),
    ("code", "allow", 'def is_mobile(s):\n    """\n    >>> is_mobile("13800138000")\n    True\n    """\n    return re.fullmatch(r"1[3-9]\\d{{9}}", s) is not None\n'),
    ("text", "allow", "涉密人员登记表\n姓名：________ 性别：____ 出生年月：________\n身份证号：__________________\n涉密等级：□核心 □重要 □一般\n填表说明：请用黑色签字笔填写。"),
    ("text", "notice", "保密协议（范本）\n甲方：____________\n乙方：____________\n乙方承诺对在工作中知悉的商业秘密予以保密，保密期限为____年。"),
    ("markup", "allow", "# 公文模板使用说明\n\n```\n{{发文机关}}〔{{年份}}〕{{序号}}号\n{{标题}}\n```\n\n填写时把花括号中的占位符替换为实际内容。"),
    ("text", "allow", "会议纪要（模板）\n时间：20XX年X月X日\n地点：XXX会议室\n主持人：XXX\n参会人员：XXX、XXX、XXX\n议定事项：\n一、XXXX\n二、XXXX"),
)

POSITIVES = (
    "000123\n机密★1年\n特急\n{c}人民政府文件\n{a}政发〔2026〕{n}号\n{t}\n{b}",
    "00{n:04d}\n秘密★6个月\n{c}{o}文件\n{a}发〔2026〕{n}号\n{t}\n{b}",
    "保密承诺书（已签）\n秘密★1年\n承诺人：王晓明\n{b}",
    "机密\n{c}{o}\n{a}办〔2026〕{n}号\n{t}\n{b}",
)


def items() -> list[Sample]:
    r = rng(8)
    out = []
    for rep in range(3):
        for n, (source, expected, shape) in enumerate(NEGATIVES):
            text = shape.format(c=r.choice(CITIES), o=r.choice(BODIES))
            if rep == 1:
                text = "模板发你，照着填就行：\n" + text
            elif rep == 2:
                text += "\n" + "（本表由" + r.choice(CITIES) + "办公室制）"
            out.append(make_item(f"c8-neg-{rep}{n:02d}", 8, "negative", source, expected, text))
    for rep in range(4):
        for n, shape in enumerate(POSITIVES):
            city = r.choice(CITIES)
            text = shape.format(c=city, a=city[0], o=r.choice(BODIES), n=r.randint(3, 99), t=title(r), b=body(r, 2))
            out.append(make_item(f"c8-pos-{rep}{n:02d}", 8, "positive", "text", "block", text))
    return out
