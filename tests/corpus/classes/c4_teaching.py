# ruff: noqa: E501  -- data tables of Chinese text
"""Class 4: training slides and handouts that talk about marks (mentions) and training documents that are marked."""

from __future__ import annotations

from ._item import Sample, body, make_item, rng

MENTIONS = (
    ("保密知识培训\n第三讲 密级标志\n示例：机密★1年\n密级标志标注在版头左上角第二行。", "notice"),
    ("国家秘密的密级分为三级（秘密、机密、绝密★30年），保密期限按规定确定。", "notice"),
    ("【示例】\n┌──────────┐\n│ 秘密★6个月 │\n└──────────┘\n上图为密级标志的正确位置。", "notice"),
    ("幻灯片7：标志的位置\n• 份号：版心左上角第一行\n• 密级和保密期限：第二行，如“绝密★长期”\n• 紧急程度：第三行", "notice"),
    ("测试题：下列密级标注正确的是（ ）\nA. 机密★1年  B. 机密1年  C. 机密（1年）  D. ★机密1年\n答案：A", "notice"),
    ("讲义摘录：绝密级国家秘密保密期限一般不超过30年，机密级不超过20年，秘密级不超过10年。", "notice"),
    ("培训课件\n常见错误：把“秘密★6个月”写成“秘密6个月”，漏掉星号。", "notice"),
    ("保密工作手册（公开版）\n第四章 标志\n国家秘密标志形式为“密级★保密期限”，例如“机密★5年”。", "notice"),
    ("问：考试试卷为什么标“绝密★启用前”？\n答：试卷在启用前属于国家秘密，启用后自动解密。", "notice"),
    ("案例警示教育\n某单位工作人员将标有机密级的文件拍照发到微信群，受到党纪处分。", "notice"),
    ("新入职人员保密须知\n一、不得在非涉密计算机上处理涉密信息\n二、密级标志如“秘密★1年”不得擅自去除", "notice"),
    ("板书：密级 → 秘密 / 机密 / 绝密；期限 → 年、月、长期、启用前", "notice"),
)

# a training document that is itself marked on its top line still blocks
MARKED_TRAINING = (
    "秘密★1年\n关于开展{y}年度保密培训的通知\n各处室：\n为做好保密培训，现将有关事项通知如下。\n{b}",
    "机密★2年\n保密检查情况通报（培训材料）\n示例：机密★1年的标注方法见附件。\n{b}",
    "000218\n秘密★6个月\n涉密人员保密教育培训方案\n{b}",
    "绝密★启用前\n{y}年保密知识竞赛试题（A卷）\n一、单项选择题\n1. 国家秘密的密级分为（ ）",
)


def items() -> list[Sample]:
    r = rng(4)
    out = []
    for rep in range(2):
        for n, (text, expected) in enumerate(MENTIONS):
            if rep:
                text = f"{body(r, 1)}\n{text}"
            out.append(make_item(f"c4-neg-{rep}{n:02d}", 4, "negative", "text", expected, text))
    for rep in range(3):
        for n, shape in enumerate(MARKED_TRAINING):
            text = shape.format(y=2024 + rep, b=body(r, 2))
            out.append(make_item(f"c4-pos-{rep}{n:02d}", 4, "positive", "text", "block", text))
    return out
