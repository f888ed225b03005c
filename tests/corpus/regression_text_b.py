# ruff: noqa: E501
"""Second regression set of texts (was tests/heldout), written independently of regression_text.py.

It was held out once; the detection has since been tuned against it, so it guards regressions now.

Labels follow docs/labels.md only:
  block    state-secret marks (绝密/机密/秘密 with ★ and period, bare mark line at the top,
           exam papers 绝密★启用前), cipher telegrams, titles/numbers of classified documents.
  confirm  internal / work-secret material, drafts, bulk personal data, unpublished official
           documents (请示, 报告, 函, 此件不公开), leader itineraries, 内部明电 / 明传电报.
  harmless everything that should stay below confirm (allow or a quiet notice).

Cases docs/labels.md does not settle (OCR that changes the mark's characters, a lone 发文字号 in prose,
public consultation drafts, phone-only contact lists) are left out on purpose.

Everything is generated from a fixed seed, so build_corpus() is deterministic.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from stdnum import luhn

from .generators import id_check_digit, person
from .sample import Sample

SEED = 20260514


# ---------------------------------------------------------------------------
# vocabulary

CITIES = [
    ("江州市", "江"), ("临川市", "临"), ("云港市", "云"), ("青河市", "青"), ("安平市", "安"),
    ("东陵市", "东"), ("南浔市", "浔"), ("北屿市", "屿"), ("西岭市", "岭"), ("宁川市", "宁"),
]
ORGANS = [
    ("人民政府", "政发"), ("人民政府办公室", "政办发"), ("公安局", "公通"), ("发展和改革委员会", "发改"),
    ("卫生健康委员会", "卫健"), ("财政局", "财"), ("应急管理局", "应急"), ("教育局", "教"),
    ("自然资源和规划局", "自然资"), ("生态环境局", "环"), ("市场监督管理局", "市监"), ("住房和城乡建设局", "建"),
]
TOPICS = [
    "进一步加强重要目标安全保卫工作", "做好重大活动期间维稳安保工作", "调整突发事件应急处置预案",
    "部署开展专项打击整治行动", "加强边境管控工作", "做好防汛抗旱应急准备", "开展重点人员排查稳控",
    "落实重大项目用地预审", "加强网络安全重点保障", "做好干部调整有关工作", "推进国有企业重组整合",
    "处置群体性事件有关情况", "做好涉外重大活动服务保障", "开展安全生产大检查",
]
ADDRESSEES = [
    "各县（市、区）人民政府，市政府各部门", "各县（市、区）公安局，局属各单位", "各区委、各部委办局",
    "市直有关单位", "各县（市、区）应急管理局", "各成员单位",
]
BODY = [
    "根据上级部署，现就有关事项通知如下。",
    "一、提高思想认识。各单位要充分认识做好此项工作的重要性和紧迫性，主要负责同志要亲自部署、亲自过问。",
    "二、压实工作责任。要细化工作方案，明确责任分工，确保各项措施落实到位。",
    "三、加强信息报送。发生重大情况要在30分钟内电话报告、1小时内书面报告，不得迟报、漏报、瞒报。",
    "四、严格工作纪律。对工作不力、造成严重后果的，依规依纪严肃追究责任。",
    "目前掌握的情况显示，部分地区存在隐患排查不彻底、整改不到位等问题，需要引起高度重视。",
    "请各单位于本月20日前将落实情况报市领导小组办公室。",
    "此次行动分三个阶段进行，第一阶段为动员部署，第二阶段为集中攻坚，第三阶段为总结验收。",
]
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国宇浩然子涵欣怡思琪雨轩梓晨俊凯文博志")
# real county-level area codes, one or more per province 11-65
AREAS = [
    "110101", "110105", "120101", "130102", "140105", "150102", "210102", "220102", "230102", "310101", "310115",
    "320102", "330106", "340104", "350102", "360102", "370102", "410105", "420106", "430104", "440106", "440305",
    "450103", "460106", "500103", "510107", "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102",
]
BINS = ["622202", "621700", "622848", "621661", "622588", "623058", "621483", "622609"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "平安银行", "招商银行", "光大银行"]


def name(rng: random.Random) -> str:
    return person(rng, SURNAMES, GIVEN, (1, 2))


def phone(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def id_number(rng: random.Random) -> str:
    area = rng.choice(AREAS)
    born = date(1948, 1, 1) + timedelta(days=rng.randint(0, 365 * 58))
    body = f"{area}{born:%Y%m%d}{rng.randint(1, 999):03d}"
    return body + id_check_digit(body)


def bank_card(rng: random.Random) -> tuple[str, str]:
    i = rng.randrange(len(BINS))
    length = rng.choice([16, 19])
    partial = BINS[i] + "".join(rng.choice("0123456789") for _ in range(length - 7))
    return BANKS[i], partial + luhn.calc_check_digit(partial)


def not_luhn(rng: random.Random, length: int, prefix: str = "") -> str:
    while True:
        n = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if not luhn.is_valid(n):
            return n


def not_id(rng: random.Random) -> str:
    """18 digits shaped like an ID (valid area and date) whose check digit is wrong."""
    while True:
        real = id_number(rng)
        wrong = rng.choice([c for c in "0123456789X" if c != real[-1]])
        return real[:-1] + wrong


def docno(rng: random.Random, kind: str | None = None) -> tuple[str, str, str]:
    city, c = rng.choice(CITIES)
    organ, suffix = rng.choice(ORGANS)
    kind = kind or suffix
    return city, organ, f"{c}{kind}〔{rng.choice([2025, 2026])}〕{rng.randint(1, 199)}号"


def cn_date(rng: random.Random) -> str:
    d = date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))
    return f"{d.year}年{d.month}月{d.day}日"


def body(rng: random.Random, n: int = 3) -> str:
    first = BODY[0]
    rest = rng.sample(BODY[1:], n - 1)
    return "\n".join([first, *rest])


def mark(rng: random.Random) -> str:
    return rng.choice([
        "绝密★长期", "绝密★20年", "机密★1年", "机密★2年", "机密★5年", "机密★10年", "机密★长期",
        "秘密★6个月", "秘密★1年", "秘密★3个月", "秘密★2年", "机密★3年",
    ])


def header_doc(rng: random.Random, mark_line: str, *, copy_no: bool = True, urgency: bool = True, sep: str = "\n") -> str:
    city, organ, no = docno(rng)
    lines = []
    if copy_no:
        lines.append(f"{rng.randint(1, 300):06d}")
    lines.append(mark_line)
    if urgency:
        lines.append(rng.choice(["特急", "加急"]))
    lines += [f"{city}{organ}文件", no, "", f"关于{rng.choice(TOPICS)}的通知", "", f"{rng.choice(ADDRESSEES)}：", body(rng)]
    return sep.join(lines)


# ---------------------------------------------------------------------------
# block


def block_samples(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, kind: str) -> None:
        out.append(Sample(text, "block", kind, id=f"b-b{len(out):03d}"))

    # 1. the textbook header, with and without 份号 and 紧急程度
    for i in range(20):
        add(header_doc(rng, mark(rng), copy_no=i % 3 != 0, urgency=i % 2 == 0), "header_mark")

    # 2. bare 秘密 / 机密 alone on the mark line
    for i in range(8):
        add(header_doc(rng, rng.choice(["秘密", "机密", "绝密"]), copy_no=i % 2 == 0, urgency=i % 3 == 0), "bare_mark_line")

    # 3. copied out of WPS / Word: tabs, odd spaces, NBSP, zero-width, full-width digits, CRLF
    wps_marks = [
        "机密\t★\t5年", "机 密 ★ 1 年", "秘密　★　6个月", "机密★ 1 年", "秘密\u00a0★\u00a01年", "机\u200b密★2年",
        "机密★１年", "绝密 ★ 长期", "  秘密★6个月  ", "\t机密★10年", "秘　密★３个月", "机密 ★1年",
        "绝 密★启用前", "秘密★\t1年", "机密★２年", "秘　密",
    ]
    for i, m in enumerate(wps_marks):
        add(header_doc(rng, m, copy_no=i % 2 == 0, urgency=i % 3 != 1, sep="\r\n" if i % 2 else "\n"), "wps_spacing")

    # 4. inside Markdown or HTML clipboard fragments
    for i in range(15):
        m = mark(rng)
        city, organ, no = docno(rng)
        title = f"关于{rng.choice(TOPICS)}的通知"
        style = i % 5
        if style == 0:
            text = f"**{m}**\n\n# {city}{organ}文件\n\n{no}\n\n## {title}\n\n{rng.choice(ADDRESSEES)}：\n\n{body(rng)}"
        elif style == 1:
            text = (f"<html><body><p>{rng.randint(1, 99):06d}</p><p>{m}</p><p>特急</p>"
                    f"<p align=center style='color:red'>{city}{organ}文件</p><p align=center>{no}</p>"
                    f"<p align=center><b>{title}</b></p><p>{rng.choice(ADDRESSEES)}：</p><p>{BODY[1]}</p></body></html>")
        elif style == 2:
            text = (f'<p class=MsoNormal><span style="font-family:黑体;font-size:16.0pt">{m}</span></p>\n'
                    f'<p class=MsoNormal align=center><span style="color:red">{city}{organ}文件</span></p>\n'
                    f"<p class=MsoNormal>{no}</p>\n<p class=MsoNormal>{title}</p>")
        elif style == 3:
            text = f"> {m}\n> \n> {city}{organ}\n> {title}\n> {BODY[2]}\n> {BODY[3]}"
        else:
            text = f"| 份号 | {rng.randint(1, 99):06d} |\n|---|---|\n| 密级 | {m} |\n| 标题 | {title} |\n\n{body(rng, 2)}"
        add(text, "markup")

    # 5. 份号, mark and 紧急程度 on one line, or labelled fields on one line
    for i in range(10):
        m = mark(rng)
        city, organ, no = docno(rng)
        if i % 2 == 0:
            top = f"{rng.randint(1, 120):06d}　{m}　{rng.choice(['特急', '加急'])}"
        else:
            top = f"份号：{rng.randint(1, 120):06d}    密级：{m}    紧急程度：{rng.choice(['特急', '加急'])}"
        add(f"{top}\n{city}{organ}文件\n{no}\n关于{rng.choice(TOPICS)}的通知\n{body(rng)}", "midline_mark")

    # 6. exam papers before use
    exams = [
        "2026年普通高等学校招生全国统一考试\n数学\n本试卷共6页，19小题，满分150分。考试用时120分钟。",
        "2026年江州市初中学业水平考试\n语文试题卷\n注意事项：1．答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。",
        "2026年度公务员录用考试\n行政职业能力测验\n（A类）\n请在答题卡上作答，在试题本上作答无效。",
        "2026年上半年全国大学英语四级考试\n试题册\nPart I Writing (30 minutes)",
        "2026年临川市事业单位公开招聘工作人员笔试\n综合基础知识\n考试时间：120分钟",
        "2026年全国硕士研究生招生考试\n思想政治理论试题\n一、单项选择题：1～16小题，每小题1分，共16分。",
    ]
    for i in range(12):
        head = rng.choice(["绝密★启用前", "绝密★考试结束前", "绝密★启用前", "绝密 ★ 启用前"])
        extra = "\n试卷类型：A" if i % 3 == 0 else ""
        add(f"{head}{extra}\n{exams[i % len(exams)]}\n1．已知集合A={{x|x²-3x+2=0}}，则A的子集个数为（　）", "exam_paper")

    # 7. a 文件清单 / 清退登记表 listing classified documents with their numbers
    for i in range(12):
        rows = []
        for j in range(rng.randint(3, 6)):
            city, organ, no = docno(rng)
            levels = ["机密", "秘密", "绝密"] if i % 2 == 0 else ["机密★1年", "秘密★6个月", "绝密★长期", "机密"]
            level = rng.choice(levels) if j != 1 else "机密"
            rows.append((j + 1, f"关于{rng.choice(TOPICS)}的通知", no, level, rng.randint(1, 3)))
        style = i % 3
        if style == 0:
            text = "涉密文件清退登记表\n序号,文件标题,发文字号,密级,份数\n" + "\n".join(f"{a},{b},{c},{d},{e}" for a, b, c, d, e in rows)
        elif style == 1:
            text = "各位，下面这几份要在周五前清退，请对照一下有没有在你们科室：\n序号\t文件名称\t文号\t密级\t份数\n" + "\n".join(f"{a}\t{b}\t{c}\t{d}\t{e}" for a, b, c, d, e in rows)
        else:
            text = "| 序号 | 文件名称 | 发文字号 | 密级 | 份数 |\n|---|---|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)
        # even rows: the 密级 cells hold bare 机密/秘密/绝密 only; odd rows: some cells carry ★ and a period
        add(text, "classified_file_list_bare" if i % 2 == 0 else "classified_file_list_star")

    # 8. retyped excerpt, mark written on its own line at the end (or start)
    for i in range(12):
        m = mark(rng)
        if i % 3 == 0:
            text = f"【{m}】\n{rng.choice(BODY[1:])}\n{rng.choice(BODY[1:])}"
        else:
            text = f"{rng.choice(BODY[1:])}\n{rng.choice(BODY[1:])}\n{rng.choice(BODY[1:])}\n{m}" if i % 3 == 1 else f"（摘录）{rng.choice(BODY[5:])}\n{rng.choice(BODY[1:5])}\n（{m}）"
        add(text, "retyped_excerpt")

    # 9. cipher telegram forms
    for i in range(15):
        city, c = rng.choice(CITIES)
        sender = rng.choice(["市委办公室", "市政府办公室", "市公安局", "市委政法委", "市应急管理局"])
        grade = rng.choice(["特提", "特急", "加急", "平急"])
        no = f"{c}{rng.choice(['委办', '政办', '公'])}密电〔2026〕{rng.randint(1, 90)}号"
        title = f"关于{rng.choice(TOPICS)}的通知"
        style = i % 3
        if style == 0:
            text = (f"{city[:-1]}{sender}\n密码电报\n发电单位：{sender}　　签批：{name(rng)}\n等级：{grade}　　密电编号：{no}\n"
                    f"标题：{title}\n{rng.choice(ADDRESSEES)}：\n{body(rng, 2)}")
        elif style == 1:
            text = (f"密　码　电　报\n发电单位\t{city[:-1]}{sender}\t签批盖章\t{name(rng)}\n等级\t{grade}\t密电编号\t{no}\n抄送\t\n"
                    f"{title}\n{body(rng, 2)}")
        else:
            text = f"刚收到的密电，大家先看一下：\n{no}\n等级：{grade}\n{title}\n{body(rng, 2)}"
        add(text, "cipher_telegram")

    # 10. urgent relay / asked by the boss: chat text wrapped around a marked document
    intros = [
        "急！刚收到的，大家抓紧落实", "王局说看不清图片，我把全文打出来", "这个通知很急，先发群里大家看看",
        "领导让我转一下，看完删掉", "@所有人 今晚必须落实", "给你发一下，我在路上不方便打电话",
    ]
    for _ in range(12):
        add(f"{rng.choice(intros)}\n{header_doc(rng, mark(rng), copy_no=rng.random() < 0.5, urgency=rng.random() < 0.5)}", "chat_relay")

    # 11. OCR of a screenshot: spaces between characters, reading order shuffled, full-width, star read as space
    for i in range(10):
        m = mark(rng)
        city, organ, no = docno(rng)
        copy_no = f"{rng.randint(1, 99):06d}"
        if i % 4 == 0:
            text = f"{copy_no}\n{' '.join(m)}\n特 急\n{city}{organ}文件\n{no}"
        elif i % 4 == 1:
            text = f"{m} {copy_no}\n{city}{organ}文 件\n{no}\n关于{rng.choice(TOPICS)}的通知"
        elif i % 4 == 2:
            text = f"{copy_no}\n{m.replace('★', ' ')}\n特急\n{city}{organ}文件\n{no}\n{BODY[1]}"
        else:
            text = f"{city}{organ}文件\n{copy_no}\n{m}\n加急\n{no}\n{BODY[2][:30]}"
        add(text, "ocr_screenshot")

    # 12. a file cover or envelope photographed and posted (showing off, the helpful colleague)
    for _ in range(8):
        m = mark(rng)
        city, organ, no = docno(rng)
        add(rng.choice([
            f"今天帮领导取的文件，好大一摞哈哈\n{m}\n{city}{organ}\n{no}",
            f"首页没有涉密内容，你看下是不是这份：\n{rng.randint(1, 60):06d}\n{m}\n{city}{organ}文件\n{no}\n关于{rng.choice(TOPICS)}的通知",
            f"封面：\n{m}\n{city}{organ}\n{rng.choice(TOPICS)}工作方案\n{cn_date(rng)}",
        ]), "cover_photo_text")
    return out


# ---------------------------------------------------------------------------
# confirm


def confirm_samples(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, kind: str) -> None:
        out.append(Sample(text, "confirm", kind, id=f"b-c{len(out):03d}"))

    # 1. 内部明电 / 明传电报
    for i in range(14):
        city, c = rng.choice(CITIES)
        sender = rng.choice(["市政府办公室", "市委办公室", "市应急管理局", "市卫生健康委员会", "市教育局"])
        grade = rng.choice(["特急", "加急", "平急"])
        title = f"关于{rng.choice(['做好强降雨防范应对工作', '开展节前安全检查', '做好极端天气应对', '加强校园安全管理', '做好流感防控工作'])}的紧急通知"
        if i % 2 == 0:
            text = (f"{city[:-1]}{sender}\n内部明电\n发电单位：{sender}　　签发：{name(rng)}\n等级：{grade}　　明电编号：{c}办明电〔2026〕{rng.randint(1, 80)}号\n"
                    f"{title}\n{rng.choice(ADDRESSEES)}：\n{body(rng, 2)}")
        else:
            text = (f"明传电报\n{city[:-1]}{sender}\n发电单位\t{sender}\t签批\t{name(rng)}\n等级\t{grade}\t编号\t{c}明传〔2026〕{rng.randint(1, 80)}号\n"
                    f"{title}\n{body(rng, 2)}")
        add(text, "internal_telegram")

    # 2. 会议纪要 marked （内部） or 内部资料 注意保存
    for i in range(12):
        city, _ = rng.choice(CITIES)
        top = rng.choice(["（内部）", "内部资料　注意保存", "内部资料 注意保存", "内部传阅"])
        meeting = rng.choice(["局长办公会议纪要", "党组会议纪要", "专题会议纪要", "市长办公会议纪要"])
        names = "、".join(name(rng) for _ in range(5))
        text = (f"{top}\n{meeting}\n〔2026〕第{rng.randint(1, 40)}期\n{city}{rng.choice(['人民政府办公室', '发展和改革委员会', '财政局'])}　　{cn_date(rng)}\n"
                f"{cn_date(rng)}上午，{name(rng)}主持召开会议，研究{rng.choice(['下半年项目资金安排', '机构改革人员安置', '年度考核等次', '棚户区改造补偿标准'])}等事项。现纪要如下：\n"
                f"一、会议原则同意{rng.choice(['调整部分项目建设时序', '将补偿标准提高至每平方米4200元', '对3名同志进行提醒谈话'])}。\n二、{BODY[2][3:]}\n出席：{names}")
        if i % 4 == 3:
            text = text.replace(top + "\n", "", 1) + f"\n\n{top}"
        add(text, "minutes_internal")

    # 3. 内部资料 / 内部传阅 on briefings
    for _ in range(12):
        city, _ = rng.choice(CITIES)
        top = rng.choice(["内部资料　注意保存", "内部资料，注意保存", "内部传阅", "内部资料\t注意保存"])
        kind = rng.choice(["工作简报", "信息专报", "舆情摘报", "督查通报", "情况反映"])
        add(f"{top}\n{kind}\n第{rng.randint(1, 60)}期\n{city}{rng.choice(['委办公室', '人民政府督查室', '网信办'])}编　　　　{cn_date(rng)}\n"
            f"【{rng.choice(['近期', '本周', '节日期间'])}{rng.choice(['信访', '舆情', '安全生产', '项目推进'])}情况】\n{rng.choice(BODY[5:])}\n{rng.choice(BODY[1:5])}", "internal_material")

    # 4. 工作秘密 at the top right, on the same line as other header text
    for i in range(12):
        city, _ = rng.choice(CITIES)
        left = rng.choice([f"{city}应急管理局", f"第{rng.randint(1, 30)}期", f"{city}{rng.choice(['财政局', '人力资源和社会保障局'])}", "情况通报"])
        gap = rng.choice(["　　　　　　　　　　", "\t\t\t", "                    ", "\t"])
        text = f"{left}{gap}工作秘密\n关于{rng.choice(['干部考察', '预算调整', '信访积案化解', '重点项目招商', '年度绩效考核'])}情况的通报\n{rng.choice(BODY[5:])}\n{rng.choice(BODY[1:5])}"
        if i % 3 == 2:
            text = f"工作秘密{gap}{cn_date(rng)}\n" + text.split("\n", 1)[1]
        add(text, "work_secret")

    # 5. drafts
    for i in range(15):
        city, _ = rng.choice(CITIES)
        draft = rng.choice(["讨论稿", "征求意见稿", "送审稿", "未定稿", "讨论稿"])
        subject = rng.choice(["2026年度机构编制调整方案", "国有企业负责人薪酬改革实施意见", "城区学校布局调整方案", "市属医院合并重组方案", "征收补偿安置办法", "干部轮岗交流实施办法"])
        style = i % 3
        if style == 0:
            text = f"{city}{subject}\n（{draft}）\n为深化改革、理顺关系，结合我市实际，制定本方案。\n{BODY[2]}"
        elif style == 1:
            text = f"关于印发《{city}{subject}》的通知（{draft}）\n各处室：\n现将方案发给你们，请于{cn_date(rng)}前反馈修改意见，内部研究，请勿外传。\n{BODY[3]}"
        else:
            text = f"[{draft}] {subject}\n一、总体要求\n{BODY[2]}\n二、主要任务\n{BODY[6]}"
        add(text, "draft")

    # 6. unpublished 请示 / 报告 with 签发人 and 发文字号
    for i in range(12):
        city, organ, _ = docno(rng)
        c = dict(CITIES)[city]
        ask = i % 2 == 0
        no = f"{c}{rng.choice(['财', '发改', '卫健', '教'])}{'请' if ask else '报'}〔2026〕{rng.randint(1, 60)}号"
        subject = rng.choice(["追加专项经费", "调整项目建设规模", "增加人员编制", "延长整改期限", "处置历史遗留问题"])
        signer = name(rng)
        end = "妥否，请批示。" if ask else "特此报告。"
        text = (f"{city}{organ}文件\n{no}　　　　　　签发人：{signer}\n\n{city}{organ}关于{subject}的{'请示' if ask else '报告'}\n\n市人民政府：\n"
                f"{rng.choice(BODY[5:])}经研究，{'拟申请' if ask else '现将有关情况报告如下：'}{subject}，所需资金约{rng.randint(120, 9800)}万元。\n{end}\n\n"
                f"{city}{organ}\n{cn_date(rng)}\n（联系人：{name(rng)}，电话：{phone(rng)}）")
        if i % 4 == 1:
            text = text.replace("文件\n", "\n", 1)
        add(text, "unpublished_request")

    # 7. 函 layout, some with （此件不公开）
    for i in range(10):
        city, organ, _ = docno(rng)
        c = dict(CITIES)[city]
        no = f"{c}{rng.choice(['财', '自然资', '环', '教'])}函〔2026〕{rng.randint(1, 120)}号"
        other = rng.choice(["市住房和城乡建设局", "市交通运输局", "省财政厅", "市医疗保障局"])
        text = (f"{city}{organ}\n{no}\n\n关于商请{rng.choice(['提供项目用地审批材料', '协助核查企业欠税情况', '联合开展执法检查', '调整部分资金用途'])}的函\n\n{other}：\n"
                f"{rng.choice(BODY[5:])}请贵局予以支持，并于{cn_date(rng)}前函复。\n特此函告。\n\n{city}{organ}\n{cn_date(rng)}\n（联系人：{name(rng)}，联系电话：{phone(rng)}）")
        if i % 2 == 0:
            text += "\n（此件不公开）"
        add(text, "letter_han")

    # 8. bulk ID-number lists (CSV, tab, Markdown), 10 rows, valid check digits
    for i in range(15):
        heads = [["姓名", "身份证号", "手机号"], ["序号", "姓名", "身份证号码", "联系电话", "返乡日期"], ["姓名", "性别", "公民身份号码", "手机", "住址"]][i % 3]
        rows = []
        for k in range(10):
            n = name(rng)
            idn = id_number(rng)
            sex = "男" if int(idn[16]) % 2 else "女"
            vals = {"姓名": n, "身份证号": idn, "身份证号码": idn, "公民身份号码": idn, "手机号": phone(rng), "联系电话": phone(rng),
                    "手机": phone(rng), "序号": str(k + 1), "返乡日期": f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}", "性别": sex,
                    "住址": f"{rng.choice(CITIES)[0]}{rng.choice(['城关镇', '东城街道', '新华路'])}{rng.randint(1, 300)}号"}
            rows.append([vals[h] for h in heads])
        sep = [",", "\t", " | "][i % 3]
        lines = [sep.join(heads)] + [sep.join(r) for r in rows]
        if i % 3 == 2:
            lines.insert(1, " | ".join("---" for _ in heads))
        intro = rng.choice(["", "返乡人员名单，请各村核对：\n", "密接人员排查表\n", ""])
        add(intro + "\n".join(lines), "bulk_id_list")

    # 9. bank cards (Luhn-valid) for subsidy payouts
    for i in range(10):
        lines = ["姓名,开户行,银行卡号,金额（元）"] if i % 2 == 0 else ["序号\t姓名\t卡号\t开户银行"]
        for k in range(10):
            bank, card = bank_card(rng)
            if i % 2 == 0:
                lines.append(f"{name(rng)},{bank},{card},{rng.randint(3, 60) * 100}")
            else:
                lines.append(f"{k + 1}\t{name(rng)}\t{card}\t{bank}{rng.choice(['城东支行', '开发区支行', '营业部'])}")
        add(rng.choice(["2026年耕地地力保护补贴发放名单\n", "劳务费发放明细\n", ""]) + "\n".join(lines), "bank_card_list")

    # 10. patient lists
    for i in range(12):
        diag = ["2型糖尿病", "高血压3级", "肺结核", "HIV感染", "精神分裂症", "乳腺癌术后", "慢性乙型肝炎", "急性心肌梗死", "抑郁发作", "脑梗死"]
        lines = ["姓名,性别,年龄,住院号,诊断"] if i % 2 == 0 else ["床号\t姓名\t病历号\t入院诊断\t主治医师"]
        for k in range(10):
            if i % 2 == 0:
                lines.append(f"{name(rng)},{rng.choice('男女')},{rng.randint(18, 90)},ZY{rng.randint(2026000, 2026999)},{rng.choice(diag)}")
            else:
                lines.append(f"{k + 1:02d}\t{name(rng)}\t{rng.randint(100000, 999999)}\t{rng.choice(diag)}\t{name(rng)}")
        add(rng.choice(["心内科今日在院患者\n", "随访名单\n", "", "发热门诊登记\n"]) + "\n".join(lines), "patient_list")

    # 11b. official notices carrying the 附注 （此件不公开）
    for i in range(10):
        city, organ, no = docno(rng)
        subject = rng.choice(["下达2026年度专项资金预算", "调整部分干部分工", "开展内部审计整改", "做好信访维稳重点人员稳控", "启动突发公共卫生事件应急响应"])
        text = (f"{city}{organ}文件\n{no}\n\n{city}{organ}关于{subject}的通知\n\n{rng.choice(ADDRESSEES)}：\n{body(rng, 2)}\n\n"
                f"{city}{organ}\n{cn_date(rng)}\n（此件不公开）")
        if i % 2:
            text += f"\n抄送：市委办公室，市人大常委会办公室。\n{city}{organ}办公室　　　　{cn_date(rng)}印发"
        add(text, "not_public_notice")

    # 11. leaders' reception plans and itineraries
    for i in range(16):
        city, _ = rng.choice(CITIES)
        visitor = f"{rng.choice(['省委常委、副省长', '省发改委主任', '国务院督查组组长', '市委书记', '市长'])}{name(rng)}"
        host = f"{rng.choice(['副市长', '市委秘书长', '区委书记', '县长'])}{name(rng)}"
        hotel = rng.choice(["江州宾馆1号楼", "临川迎宾馆贵宾楼", "云港国际大酒店", "青河宾馆"])
        train = rng.choice(["G1234次", "G7561次", "D3025次", "CA1537航班", "MU5101航班"])
        m, d = rng.randint(3, 11), rng.randint(1, 27)
        text = (f"关于{visitor}一行来{city[:-1]}调研的接待方案\n一、时间：{m}月{d}日—{d + 1}日\n二、行程安排\n{m}月{d}日（星期{rng.choice('一二三四五')}）\n"
                f"{rng.randint(8, 10)}:{rng.choice(['00', '15', '30'])} 乘{train}抵达，{host}迎接\n"
                f"10:30—11:40 考察{rng.choice(['经开区智能制造产业园', '城市更新项目现场', '防汛指挥中心'])}\n12:00 工作午餐（{hotel}三楼牡丹厅）\n"
                f"14:30 召开座谈会（市政府第二会议室）\n住宿：{hotel}{rng.randint(8101, 8320)}房\n三、警卫及车辆：{rng.choice(['前导车1辆，考斯特1辆', '公安局负责沿线交通保障'])}")
        if i % 4 == 3:
            text = (f"{host}下周行程\n周一 09:00 市政府常务会议\n周二 全天 赴{rng.choice(['安平县', '东陵区'])}调研，住{hotel}\n"
                    f"周三 {train} 赴省城参加全省工作会议，16:20返回\n周四 08:30 接待{visitor}\n随行：{name(rng)}、{name(rng)}")
        add(text, "leader_itinerary")
    return out


# ---------------------------------------------------------------------------
# harmless


def harmless_samples(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, kind: str) -> None:
        out.append(Sample(text, "harmless", kind, id=f"b-h{len(out):03d}"))

    # 1. news articles about leak cases that quote marks in prose
    news = [
        "据通报，{city}某局干部{n}将一份标有“机密”字样的文件拍照后发至工作群，造成泄密，受到党内严重警告处分。",
        "{n}在驾车途中误将一份秘密级文件发到家庭群，虽在两分钟内撤回，但已被群成员查看，被给予政务记过处分。",
        "案例显示，该文件首页标注“机密★1年”字样，{n}认为“首页没有涉密内容”，拍照发给同事核对，最终被追责。",
        "记者从{city}保密局获悉，今年以来共查处微信泄密案件{k}起，其中多数涉及将涉密文件拍照转发。",
        "保密部门提醒，标注“秘密★”等密级标志的文件，严禁通过微信、QQ等传递。",
        "该单位一名司机在领取一批机密级文件时拍摄文件封面并发到家庭群“炫耀”，相关责任人已被处理。",
        "通报指出，部分干部保密意识淡薄，认为把绝密文件“看完就删”不算泄密，这是错误的。",
        "{city}纪委监委公开通报{k}起违反保密纪律典型问题，提醒党员干部严守保密纪律。",
    ]
    for _ in range(20):
        city, _ = rng.choice(CITIES)
        picks = rng.sample(news, 2)
        add("\n".join(p.format(city=city, n=name(rng), k=rng.randint(3, 40)) for p in picks), "news_leak_case")

    # 2. law texts
    laws = [
        "《中华人民共和国保守国家秘密法》第十三条　国家秘密的密级分为绝密、机密、秘密三级。",
        "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。",
        "国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
        "第四条　保守国家秘密的工作，坚持总体国家安全观，遵循党管保密、依法管理、积极防范、突出重点、技管并重、创新发展的原则。",
        "任何机关、单位和个人不得在互联网及其他公共信息网络或者未采取保密措施的有线和无线通信中传递国家秘密。",
        "《中华人民共和国个人信息保护法》第二十八条　敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息。",
        "《党政机关公文处理工作条例》第九条　公文一般由份号、密级和保密期限、紧急程度、发文机关标志、发文字号、签发人、标题、主送机关、正文、附件说明、发文机关署名、成文日期、印章、附注、附件、抄送机关、印发机关和印发日期、页码等组成。",
        "涉密公文应当标注份号。密级和保密期限应当按照有关规定标注。",
    ]
    for i in range(15):
        add("\n".join(rng.sample(laws, 1 + i % 3)), "law_text")

    # 3. secrecy campaign slogans
    slogans = [
        "保守国家秘密是每个公民的义务", "涉密不上网，上网不涉密", "保守秘密　慎之又慎", "手机不谈密，微信不传密",
        "保密就是保安全，保密就是保发展", "密在心中，责在肩上", "一人泄密，全局受损", "筑牢保密防线　守护国家安全",
        "严守保密纪律，从我做起", "不该说的秘密不说，不该问的秘密不问，不该看的秘密不看",
    ]
    for i in range(15):
        s = rng.sample(slogans, 2 + i % 2)
        add(rng.choice(["保密宣传月标语：\n", "", "【保密提醒】", "横幅内容："]) + "\n".join(s), "secrecy_slogan")

    # 4. textbook passages on GB/T 9704, marks described in prose
    textbook = [
        "份号是将同一文稿印制若干份时每份公文的顺序号。涉密公文应当标注份号。如需标注份号，一般用6位3号阿拉伯数字，顶格编排在版心左上角第一行。",
        "密级和保密期限：如需标注密级和保密期限，一般用3号黑体字，顶格编排在版心左上角第二行；保密期限中的数字用阿拉伯数字标注。",
        "紧急程度是公文送达和办理的时限要求。根据紧急程度，紧急公文应当分别标注“特急”“加急”，电报应当分别标注“特提”“特急”“加急”“平急”。",
        "发文字号由发文机关代字、年份、发文顺序号组成。年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入。",
        "附注是公文印发传达范围等需要说明的事项，如“此件公开发布”，居左空二字加圆括号编排在成文日期下一行。",
        "密级和保密期限之间用“★”隔开，例如标注为“机密★1年”，表示该公文为机密级，保密期限为一年。",
        "试题在使用前属于国家秘密，试卷袋上通常标注“绝密★启用前”，由专人押运、双人保管。",
    ]
    for i in range(12):
        add(rng.choice(["《公文写作教程》第三章　公文格式\n", "课件笔记：", "", "知识点："]) + "\n".join(rng.sample(textbook, 1 + i % 3)), "textbook_9704")

    # 5. published documents, （此件公开发布）
    pub_topics = ["全民健身实施计划", "老旧小区改造三年行动方案", "优化营商环境若干措施", "城乡居民医保缴费标准", "春节期间烟花爆竹燃放管理", "义务教育招生入学工作"]
    for i in range(20):
        city, organ, no = docno(rng)
        t = rng.choice(pub_topics)
        text = (f"{city}{organ}文件\n{no}\n\n{city}{organ}关于印发{city}{t}的通知\n\n{rng.choice(ADDRESSEES)}：\n"
                f"《{city}{t}》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n{city}{organ}\n{cn_date(rng)}\n（此件公开发布）")
        if i % 4 == 1:
            text = f"索引号：{rng.randint(10000000, 99999999)}/2026-{rng.randint(100, 999)}\n发布机构：{city}{organ}\n公开方式：主动公开\n" + text
        if i % 4 == 2:
            text = text.replace("（此件公开发布）", "（此件公开发布）\n抄送：市委各部门，市人大常委会办公室，市政协办公室。\n" + f"{city}{organ}办公室　　　　{cn_date(rng)}印发")
        add(text, "public_document")

    # 6. app store and product reviews with stars
    reviews = [
        "★★★★★ 非常好用，界面简洁，推荐！", "★★★★☆ 物流很快，包装完好，就是说明书看不太懂", "⭐⭐⭐⭐⭐ 五星好评，客服态度好",
        "《绝密飞行》★★★★ 特效不错，剧情一般", "保密柜很结实，密码锁手感好 ★★★★★", "★☆☆☆☆ 更新后一直闪退，差评",
        "游戏《机密行动》★★★☆☆ 关卡设计还行，氪金太多", "评分：★★★★★（5.0）\n这家店的秘制红烧肉绝了",
        "★★★★★\n孩子很喜欢这本《秘密花园》涂色书", "★★★ 一般般，1年质保还行吧",
    ]
    for i in range(15):
        add("\n".join(rng.sample(reviews, 1 + i % 2)) + rng.choice(["", f"\n—— 来自用户{rng.randint(1000, 9999)}", "\n有用(12)"]), "app_review")

    # 7. chess
    chess = [
        "红方：炮二平五 黑方：马8进7\n红方：车一平二 黑方：车9平8\n红方：车二进六，将军！",
        "这步马后炮直接将军，黑方只能上将，然后车八进九绝杀。", "象棋口诀：马走日，象走田，车走直路炮翻山。将军不离九宫内。",
        "昨晚和老张下棋，连将三步他就认输了。", "国际象棋里“将军”叫check，被将死叫checkmate。",
    ]
    for i in range(10):
        add("\n".join(rng.sample(chess, 1 + i % 2)), "chess")

    # 8. software docs about keys and secrets
    sw = [
        "在 settings.py 中设置 SECRET_KEY，生产环境请通过环境变量注入，不要提交到 Git 仓库。",
        "调用接口前需在开发者后台获取 AppID 和 AppSecret，AppSecret 请妥善保管。",
        "```bash\nexport AWS_SECRET_ACCESS_KEY=<your-secret>\n```\n不要把密钥写进代码。",
        "JWT 的签名使用 HS256 算法，secret 至少 32 字节。",
        "## 配置\n| 参数 | 说明 |\n|---|---|\n| `client_secret` | 客户端密钥 |\n| `timeout` | 超时时间，默认 5 秒 |",
        "Kubernetes 的 Secret 对象用于保存密码、OAuth 令牌和 SSH 密钥等敏感数据。",
        "私钥文件权限应设置为 600：chmod 600 ~/.ssh/id_ed25519",
    ]
    for i in range(12):
        add("\n\n".join(rng.sample(sw, 1 + i % 2)), "software_secret_doc")

    # 9. spy novel passages
    novel = [
        "档案袋上盖着鲜红的“绝密”印章，他屏住呼吸，用小刀轻轻挑开封口。",
        "“这份机密文件绝不能落到敌人手里。”老周把胶卷塞进鞋底，转身走进雨夜。",
        "1943年的上海，电台里传来一串密码，她知道，潜伏的日子又要开始了。",
        "他翻开那份标着“秘密”的电报，脸色一下子变得煞白。",
        "第十七章　密电\n译电员小林熬了一整夜，终于破译了那封电报。",
        "没人知道，这个看似普通的裁缝铺，其实是地下交通站。",
    ]
    for i in range(12):
        add("\n".join(rng.sample(novel, 2 + i % 2)), "spy_novel")

    # 10. product codes, order numbers, serials with invalid checksums
    for i in range(15):
        lines = ["商品编码,订单号,物流单号,数量"] if i % 2 == 0 else ["序号\t设备序列号\t资产编号\t状态"]
        for k in range(10):
            if i % 2 == 0:
                lines.append(f"SKU-{rng.randint(10000, 99999)},{not_id(rng) if k % 2 else not_luhn(rng, 18, '20')},{not_luhn(rng, 16, '7')},{rng.randint(1, 50)}")
            else:
                lines.append(f"{k + 1}\t{not_luhn(rng, 19, '62')}\tZC-{rng.randint(100000, 999999)}\t{rng.choice(['在用', '闲置', '报废'])}")
        add("\n".join(lines), "product_codes")

    # 11. a single contact line
    for _ in range(12):
        n = name(rng)
        add(rng.choice([
            f"{n}\n{rng.choice(['市场部', '技术支持', '行政部'])}\n手机：{phone(rng)}\n邮箱：{rng.choice(['li', 'wang', 'zhang'])}{rng.randint(1, 99)}@example.com",
            f"有问题随时打我电话 {phone(rng)}，{n}",
            f"收件人：{n} {phone(rng)}\n地址：{rng.choice(CITIES)[0]}新华路{rng.randint(1, 200)}号{rng.randint(1, 30)}栋{rng.randint(101, 2602)}",
            f"快递到了，放在门卫室了，取件码 {rng.randint(1000, 9999)}。有事联系 {phone(rng)}",
        ]), "single_contact")

    # 12. job postings
    jobs = ["Java开发工程师", "会计", "行政助理", "电工", "幼儿园老师", "销售代表", "保安", "数据分析师"]
    for _ in range(12):
        add(f"【招聘】{rng.choice(jobs)}\n薪资：{rng.randint(4, 15)}K-{rng.randint(16, 30)}K\n要求：{rng.choice(['本科及以上学历', '有驾照', '两年以上相关经验'])}，{rng.choice(['能吃苦耐劳', '沟通能力强', '熟悉Excel'])}\n"
            f"工作地点：{rng.choice(CITIES)[0]}{rng.choice(['高新区', '经开区', '老城区'])}\n简历投递：hr@example.com　联系人：{rng.choice(SURNAMES)}女士 {phone(rng)}", "job_posting")

    # 13. family trip bookings
    for _ in range(12):
        m, d = rng.randint(1, 12), rng.randint(1, 25)
        add(f"{rng.choice(['国庆', '暑假', '春节', '五一'])}家庭出游安排\n{m}月{d}日 {rng.choice(['CA1831', 'MU5137', 'CZ3908', 'HU7181'])} {rng.randint(7, 11)}:{rng.choice(['05', '35', '50'])}起飞，"
            f"{rng.randint(12, 14)}:{rng.choice(['10', '40'])}到{rng.choice(['三亚', '昆明', '西安', '厦门'])}\n酒店：{rng.choice(['亚朵酒店', '全季酒店', '希尔顿欢朋'])}（{rng.choice(['海景大床房', '家庭房'])}），{d}日-{d + 3}日，订单号{not_luhn(rng, 16, '9')}\n"
            f"第二天：带孩子去{rng.choice(['海洋馆', '动物园', '古城'])}，妈妈说要早点出发\n第三天：自由活动，晚上吃海鲜\n爸爸负责订门票", "family_trip")

    # 14. meeting room bookings
    for _ in range(10):
        add(f"会议室预约\n会议室：{rng.choice(['三楼301', '五楼大会议室', 'A座小会议室'])}\n时间：{cn_date(rng)} {rng.randint(9, 15)}:00-{rng.randint(16, 17)}:30\n"
            f"预约人：{name(rng)}（{rng.choice(['产品部', '财务部', '人事部'])}）\n用途：{rng.choice(['周例会', '新员工面试', '项目评审', '客户演示'])}\n需要投影仪：{rng.choice(['是', '否'])}", "meeting_room")

    # 15. training notices on secrecy rules
    for _ in range(10):
        add(f"{rng.choice(['关于举办机密文件管理制度培训的通知', '保密知识培训通知', '关于开展保密法宣传周活动的通知'])}\n各科室：\n"
            f"定于{cn_date(rng)}下午2:30在{rng.choice(['三楼会议室', '机关礼堂'])}举办保密知识培训，主讲人为市保密局{name(rng)}同志，内容包括涉密载体管理、微信泄密案例剖析等。"
            f"请各科室至少派1人参加。", "secrecy_training")

    # 16. secrecy words in ordinary life
    life = [
        "刚看完《秘密花园》，推荐给大家", "周杰伦的《不能说的秘密》真好听", "这家店的秘制酱料配方是商业机密，老板不肯说",
        "生日惊喜先保密哦，别告诉她", "这是我们俩的小秘密", "苹果新品发布会前信息保密做得很好", "考试结束前30分钟不得交卷",
        "密室逃脱玩了一下午，最后一关的密码是1年前的日期", "他的成功秘诀是坚持",
    ]
    for i in range(10):
        add("\n".join(rng.sample(life, 1 + i % 3)), "secrecy_word_life")

    # 17. everyday work chat
    chat = [
        "明天上午9点开会，别迟到", "中午吃什么？食堂还是外卖", "报销单我放你桌上了", "打印机又卡纸了，谁会修",
        "周五团建，记得带运动鞋", "文件我已经发你邮箱了，看一下格式对不对", "下午三点的会改到四点了", "收到，马上处理",
        "这周的周报记得周五前交", "办公室空调太冷了",
    ]
    for i in range(15):
        add("\n".join(f"{name(rng)}：{c}" for c in rng.sample(chat, 2 + i % 3)), "work_chat")

    # 18. harmless Markdown / HTML
    md = [
        "# 周报\n\n**本周完成**\n- 完成登录页改版\n- 修复3个bug\n\n**下周计划**\n- 性能优化",
        "<p>欢迎访问我们的网站！</p><p><b>营业时间</b>：9:00-18:00</p>",
        "<html><body><h1>产品说明</h1><p>本产品保修期1年。</p></body></html>",
        "| 月份 | 销量 |\n|---|---|\n| 1月 | 1200 |\n| 2月 | 980 |",
        "> 引用：好好学习，天天向上\n\n*2026年* 新年快乐 ★",
    ]
    for i in range(10):
        add(md[i % len(md)] + ("" if i < 5 else "\n\n<!-- generated -->"), "markup_plain")

    # 19. published news about past official activities
    for _ in range(6):
        city, _ = rng.choice(CITIES)
        add(f"本报讯（记者 {name(rng)}）{cn_date(rng)}，市委书记{name(rng)}到{city}{rng.choice(['经开区', '高新区'])}调研{rng.choice(['科技创新', '乡村振兴', '营商环境'])}工作。"
            f"他强调，要坚持稳中求进工作总基调，推动高质量发展。市领导{name(rng)}参加调研。", "published_news")

    # 20. harmless statistical tables without personal data
    for _ in range(10):
        lines = ["地区,2025年GDP（亿元）,增速（%）"] + [f"{c[0]},{rng.randint(300, 5000)},{rng.randint(20, 80) / 10}" for c in rng.sample(CITIES, 8)]
        add("\n".join(lines), "statistics_table")

    # 21. exam rules and exam news in prose
    exam = [
        "考生须知：考试结束前30分钟方可交卷离场，严禁携带手机等通讯工具进入考场。",
        "据了解，今年高考试卷由公安押运，全程视频监控，试卷袋上标注“绝密★启用前”字样。",
        "我们学校期中考试下周一开始，考完就放假啦",
        "答题卡填涂须使用2B铅笔，作答须使用0.5毫米黑色签字笔。",
    ]
    for i in range(8):
        add("\n".join(rng.sample(exam, 1 + i % 2)), "exam_prose")

    # 22. a delivery or a contact card with one ID number (single person, own data) is left out: docs/labels.md
    #     speaks of bulk only, so one personal ID is not clearly harmless or confirm.
    return out


def build_corpus() -> list[Sample]:
    rng = random.Random(SEED)
    return block_samples(rng) + confirm_samples(rng) + harmless_samples(rng)


if __name__ == "__main__":
    from collections import Counter

    samples = build_corpus()
    print(Counter(s.label for s in samples))
    print(Counter((s.label, s.kind) for s in samples))
