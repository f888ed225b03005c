
"""Class 1: OCR misreads inside a mark, at the top of a page as an OCR engine prints it; prose negatives."""

from __future__ import annotations

from ._item import BODIES, CITIES, Sample, body, make_item, rng, title

# mark lines as OCR prints them: digits as l I O o, 月 as 目 日, 年 as 牟 午 车, 启用 as 启甩 后用,
# the star as a hanzi or a dot, one character of the level lost
MISREAD_MARKS = (
    "机密★l年", "机密★I年", "秘密★6个目", "秘密★6个日", "绝密★启甩前", "绝密★后用前", "机密★1牟",
    "秘密★1午", "机密★2车", "机密·1年", "秘密*6个月", "机密大1年", "绝密☆长期", "密★1年", "机★1年",
    "秘密★l0年", "机密★O.5年", "绝密★启用刖", "秘密★3个目", "机密★5牟", "绝密·启用前", "秘密女1年",
    "机密★lO年", "秘密★I个月",
)

# prose where the same misread-like strings occur, as OCR of a news page or a chat screenshot gives them
PROSE_NEGATIVES = (
    ("这个秘密6个目前就被同事猜到了，大家笑了半天。", "allow"),
    ("设备启甩前请检查电源和接地线，确认无误后再开机。", "allow"),
    ("公司机密 1年内不得对外透露，这是合同里的常见条款，律师解释说。", "notice"),
    ("他说那个秘密藏了l年多，终于在婚礼上说了出来。", "allow"),
    ("新品后用前请阅读说明书，注意防潮防晒。", "allow"),
    ("小说《机密大1年》连载至第三章，读者反响热烈。", "allow"),
    ("本月日程：周一例会，周三培训，周五总结，6个目标逐一落实。", "allow"),
    ("记者了解到，该剧讲述一名青年守护秘密的故事，共36集，预计明年播出。", "allow"),
    ("绝密档案这类说法多见于影视剧宣传，与真实的保密工作相去甚远。", "notice"),
    ("会议强调，要增强保密意识，做到保守秘密人人有责。", "notice"),
    ("培训现场，讲师提醒大家：启用前务必更换初始密码。", "allow"),
    ("图书馆新到一批悬疑小说，其中《秘密花园》借阅量最高。", "allow"),
    ("他的年度目标是l年内考下注册会计师证书。", "allow"),
    ("超市公告：会员卡启甩前需到服务台激活。", "allow"),
    ("研究人员称，这项技术的机密性来自算法本身，而非设备。", "notice"),
    ("体检报告将在6个目内寄出，请留意短信通知。", "allow"),
)


def items() -> list[Sample]:
    r = rng(1)
    out = []
    for n, mark in enumerate(MISREAD_MARKS):
        copy_no = r.choice(("", "000123\n", "0O0457\n", "00l209\n"))
        header = f"{r.choice(CITIES)}{r.choice(BODIES)}文件\n" if n % 3 == 0 else ""
        text = f"{copy_no}{mark}\n{header}{title(r)}\n各区县、各部门：\n{body(r, 2)}"
        out.append(make_item(f"c1-pos-{n:02d}", 1, "positive", "ocr", "block", text))
    for n, (prose, expected) in enumerate(PROSE_NEGATIVES):
        text = f"{prose}\n{body(r, 1)}" if n % 2 else prose
        out.append(make_item(f"c1-neg-{n:02d}", 1, "negative", "ocr", expected, text))
    return out
