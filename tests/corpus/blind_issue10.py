# ruff: noqa: E501
"""Blind held-out set for issue 10: the eight shapes, written without seeing the detection code or the
class corpus it was tuned on, so its rates say how the guard does on text it has never met.

Labels follow docs/labels.md only, fixed before the first run:
  block    state-secret marks by form and position (top line, ★ and period, bare level on the top line,
           exam papers 绝密★启用前), also when OCR or copying damaged them but the page head still says "mark".
  confirm  internal markings (内部资料 请勿外传, 仅供内部参考, drafts), bulk personal data, leader itineraries.
  harmless below confirm: mentions in prose, teaching, code, templates, public texts (allow or notice).
`expected` names the verdict the item asks for (for harmless items, the highest one that is still right).
Everything is built from a fixed seed, so build_corpus() is deterministic.
"""

from __future__ import annotations

import random

from .generators import id_check_digit, person
from .sample import Sample

SEED = 20261202

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏卢蒋蔡贾丁魏薛叶潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦顾侯邵孟龙万段雷钱汤尹易")
GIVEN = list("建国志强海燕丽娟文军晓明永红春华秀英伟平玉兰俊杰思远子涵宇航雨欣浩然梓萱家豪静怡嘉琪博文一鸣晨曦")
COUNTIES = ["青崖县", "洛溪县", "柏川县", "枫林县", "白沙县", "石门县", "栖凤县", "云溪县"]
CITIES = ["桐川市", "沧澜市", "岚山市", "鹤汀市", "澄江市", "望川市"]
ABBR = {"青崖县": "青", "洛溪县": "洛", "柏川县": "柏", "枫林县": "枫", "白沙县": "白", "石门县": "石",
        "栖凤县": "栖", "云溪县": "云", "桐川市": "桐", "沧澜市": "沧", "岚山市": "岚", "鹤汀市": "鹤",
        "澄江市": "澄", "望川市": "望"}
ORGANS = [("人民政府", "政发"), ("人民政府办公室", "政办发"), ("公安局", "公发"), ("应急管理局", "应急发"),
          ("卫生健康局", "卫健发"), ("自然资源局", "自然资发"), ("委员会", "委发"), ("财政局", "财发")]
TOPICS = ["做好汛期重点目标安全防范工作", "调整森林火灾应急处置力量部署", "开展重点区域治安专项整治",
          "加强重要时段维稳安保工作", "做好重大项目征地补偿前期工作", "落实边界地区联防联控措施",
          "部署开展危化品运输专项检查", "加强通信枢纽安全保卫工作"]
BODY = ["根据上级统一部署，结合我县实际，现就有关事项通知如下。",
        "一、统一思想认识。各乡镇、各部门要把此项工作摆上重要议事日程，主要负责同志亲自抓。",
        "二、细化工作措施。要逐项明确责任单位和完成时限，建立工作台账，实行销号管理。",
        "三、严格督查问责。县委督查室将不定期开展督查，对措施不落实的严肃追责。",
        "据前期摸排，全县共有重点部位二十三处，其中三处存在较大隐患，需在本月底前整改到位。",
        "请于3月25日前将工作方案报县领导小组办公室，联系人：办公室综合科。"]


def name(rng: random.Random) -> str:
    return person(rng, SURNAMES, GIVEN)


def place(rng: random.Random) -> str:
    return rng.choice(COUNTIES + CITIES)


def head_lines(rng: random.Random) -> tuple[str, str, str]:
    """A red header, its 发文字号 and a title, all invented."""
    where = place(rng)
    organ, code = rng.choice(ORGANS)
    return (f"{where}{organ}文件", f"{ABBR[where]}{code}〔2026〕{rng.randint(2, 60)}号",
            f"关于{rng.choice(TOPICS)}的通知")


def body(rng: random.Random, n: int = 3) -> str:
    return "\n".join(rng.sample(BODY, n))


def id_number(rng: random.Random) -> str:
    first = f"{rng.choice(['3305', '4201', '5101', '3701'])}{rng.randint(10, 99)}{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    return first + id_check_digit(first)


def phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


# ---------------------------------------------------------------------------
# class 1: OCR misreads inside a mark

OCR_MARKS = ["机密太l年", "机密★I年", "秘密★6个目", "绝密★启甩前", "绝密★后用前", "机密★1O牟", "秘密·1年",
             "秘★1年", "机密大2午", "密★6个月", "绝密女长期", "机密友5年", "秘密★l0年", "机密.1年", "秘密太6个日",
             "机密★2牟", "绝密大启用前"]
OCR_COPY = ["OOO1l3", "0O0246", "00O5l7", "OO0038", "0OO129"]


def ocr_head(rng: random.Random, mark: str) -> str:
    """A scanned first page as OCR prints it: the damaged mark plus at least one other sign of a page head."""
    header, docno, title = head_lines(rng)
    docno = docno.replace("1", rng.choice("1lI")).replace("0", rng.choice("0O"))
    if "启" in mark:
        exam = f"2026年{rng.choice(CITIES)}初中学业水平考试\n{rng.choice(['数  学', '语  文', '物  理', '英  语'])}\n注意事项：\n1．本试卷共6页，满分l20分，考试时间l20分钟。"
        return f"{mark}\n{exam}"
    shape = rng.randrange(4)
    urgency = rng.choice(["特急\n", "加急\n", ""])
    if shape == 0:
        return f"{rng.choice(OCR_COPY)}\n{mark}\n{urgency}{header}\n{docno}\n{title}\n{body(rng)}"
    if shape == 1:
        return f"{mark}\n{urgency}{header}\n{docno}\n{title}\n各乡镇人民政府，县直各单位：\n{body(rng)}"
    if shape == 2:
        return f"{rng.choice(OCR_COPY)}\n{mark}\n{title}\n{body(rng)}"
    return f"{mark}  {rng.choice(OCR_COPY)}\n{header}\n{docno}\n{title}\n{body(rng, 2)}"


OCR_HARMLESS = [
    ("本报讯 近日，某县一名干部将一份机密级文件拍照发至工作群，被给予党内严重警告处分。县纪委提醒广大党员干部，\n要切实增强保密意识，严守保密纪律。（记者 {n}）", "notice", "news"),
    ("关于举办机密文件管理制度培训的通知\n各科室：\n为提高全体干部保密意识，定于2026年l0目15日在三楼会议室举办培训，请准时参加。", "notice", "training-notice"),
    ("秘密花园\n手绘涂色书\n{n} 著\n定价：39.80元  ISBN 978-7-5l02-3345-6", "notice", "book"),
    ("使用说明\n本产品启用前请仔细阅读说明书。首次启甩时，请先充电2小时。\n保修期：l年", "allow", "manual"),
    ("{c}公共图书馆 借书证\n启用日期：2026牟3目1日\n有效期：三年\n持证人：{n}", "allow", "card"),
    ("保密知识宣传栏\n国家秘密的密级分为“绝密”“机密”“秘密”三级。\n保守国家秘密是每一个公民的义务。", "notice", "poster"),
    ("电视剧《绝密使命》今晚播出第l2、l3集\n主演：{n}、{n2}\n{c}电视台综合频道 19:30", "notice", "tv"),
    ("案例通报：某单位工作人员将标有“秘密★1年”字样的文件首页拍照发至家庭群，\n虽于两分钟内撤回，仍造成泄密隐患。", "notice", "case"),
    ("{c}人民政府文件\n{a}政发〔2026〕l6号\n关于公布2026年第一批历史建筑名录的通知\n各区人民政府：\n现将名录予以公布。\n（此件公开发布）", "allow", "public-doc"),
    ("初二（3）班 期中考试成绩分析\n本次考试数学平均分86.5分，较上次提高4.2分。\n下次考试时间：l1月20日", "allow", "school"),
    ("小区通知\n电梯将于本周六上午9:00-l2:00维修保养，请各位业主提前安排出行。\n物业服务中心 2026年5目8日", "allow", "notice"),
    ("菜单\n秘制红烧肉 58元\n招牌酸菜鱼 68元\n密制鸡翅 32元", "allow", "menu"),
    ("档案馆开放日\n馆藏解密档案展览，展出上世纪五十年代已解密的文件复印件三十余件。\n开放时间：9:00-l6:30", "notice", "museum"),
    ("读书笔记\n《保密法》第十三条规定，国家秘密的密级分为绝密、机密、秘密三级。\n绝密级国家秘密是最重要的国家秘密。", "notice", "notes"),
    ("发票\n购买方：{c}第二中学\n项目：打印纸 A4  数量：l0箱\n开票日期：2026午4月2日", "allow", "invoice"),
    ("{c}日报 第三版\n“机密太多反而记不住”——一位老保密员的三十年\n记者 {n}", "notice", "feature"),
    ("游戏攻略\n第三关“绝密基地”的通关技巧：先拿钥匙，再开大门。\n隐藏宝箱在左上角。", "notice", "game"),
]


def class1(rng: random.Random) -> list[Sample]:
    out = []
    for i, mark in enumerate(OCR_MARKS):
        out.append(Sample(ocr_head(rng, mark), "block", "positive", id=f"bi1-p{i:02d}", source="ocr", cls=1,
                          expected="block", group="ocr-head"))
    for i, (tpl, exp, grp) in enumerate(OCR_HARMLESS):
        c = rng.choice(CITIES)
        text = tpl.format(n=name(rng), n2=name(rng), c=c, a=ABBR[c])
        out.append(Sample(text, "harmless", "negative", id=f"bi1-n{i:02d}", source="ocr", cls=1, expected=exp, group=grp))
    return out


# ---------------------------------------------------------------------------
# class 2: layout lost in copying

def class2(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def pos(text: str, grp: str) -> None:
        out.append(Sample(text, "block", "positive", id=f"bi2-p{len(out):02d}", cls=2, expected="block", group=grp))

    def neg(text: str, grp: str, exp: str = "notice") -> None:
        n = sum(1 for s in out if s.label == "harmless")
        out.append(Sample(text, "harmless", "negative", id=f"bi2-n{n:02d}", cls=2, expected=exp, group=grp))

    q = "一、选择题（本大题共10小题，每小题4分，共40分）\n1．已知集合A={1,2,3}，B={2,3,4}，则A∩B=（  ）"
    pos(f"绝密★启用前 2026年{rng.choice(CITIES)}普通高中学业水平合格性考试 数学\n{q}", "exam-one-line")
    pos("绝密★启用前2026年全国硕士研究生招生考试思想政治理论试题\n考生注意事项\n1．答题前，考生须在答题卡指定位置上填写考生姓名和考生编号。", "exam-one-line")
    pos(f"绝密★启用前　试卷类型：A　2026年{rng.choice(CITIES)}中考模拟考试　语文\n一、积累与运用（共20分）", "exam-one-line")
    pos(f"绝密★启用前 {rng.choice(COUNTIES)}2026年春季学期期末质量检测 八年级物理 （考试时间：90分钟）\n{q}", "exam-one-line")
    header, docno, title = head_lines(rng)
    pos(f"1.\t机密★1年\n2.\t特急\n3.\t{header}\n4.\t{docno}\n{title}\n{body(rng)}", "list-number")
    header, docno, title = head_lines(rng)
    pos(f"• 秘密★6个月\n• {header}\n{docno}\n{title}\n{body(rng)}", "bullet")
    header, docno, title = head_lines(rng)
    pos(f"- 000{rng.randint(100, 999)}\n- 机密★2年\n- 加急\n{header}\n{title}\n{body(rng, 2)}", "bullet")
    header, docno, title = head_lines(rng)
    pos(f"机密\n★\n1年\n{header}\n{docno}\n{title}\n{body(rng)}", "split")
    pos(f"绝密★\n启用前\n2026年{rng.choice(CITIES)}初中学业水平考试\n化  学\n可能用到的相对原子质量：H-1 C-12 O-16", "split")
    header, docno, title = head_lines(rng)
    pos(f"000{rng.randint(100, 999)}\n秘\n密★6个月\n{header}\n{docno}\n{title}\n{body(rng, 2)}", "split")
    pos(f"絕密★啟用前\n2026年{rng.choice(CITIES)}高中階段學校招生考試\n數  學\n注意事項：本試卷共4頁，滿分150分。", "traditional")
    pos(f"機密★1年\n{rng.choice(CITIES)}人民政府文件\n{rng.choice(['桐', '沧'])}政發〔2026〕9號\n關於調整森林火災應急處置力量部署的通知\n各區人民政府：", "traditional")
    header, docno, title = head_lines(rng)
    pos(f"秘密★6個月\n{header}\n{docno}\n{title}\n{body(rng, 2)}", "traditional")
    header, docno, title = head_lines(rng)
    pos(f"000{rng.randint(100, 999)}\n秘密★X年\n{header}\n{docno}\n{title}\n{body(rng)}", "placeholder")
    header, docno, title = head_lines(rng)
    pos(f"机密★  年\n特急\n{header}\n{docno}\n{title}\n{body(rng, 2)}", "placeholder")
    header, docno, title = head_lines(rng)
    pos(f"秘密★__年\n{header}\n{docno}\n{title}\n{body(rng, 2)}", "placeholder")
    header, docno, title = head_lines(rng)
    pos(f"机密★（ ）年  000{rng.randint(100, 999)}\n{header}\n{title}\n{body(rng, 2)}", "placeholder")

    neg("1. 国家秘密的密级分为绝密、机密、秘密三级。\n2. 机关、单位应当依法确定密级、保密期限和知悉范围。\n3. 保密期限届满的，自行解密。", "list-prose")
    neg("這部小說講述了一個關於機密檔案的故事，主角在舊書攤上發現了一本神秘的日記。\n作者：" + name(rng), "traditional-prose")
    neg("• 秘制红烧肉\n• 秘密花园甜品\n• 绝味鸭脖\n本周特价，欢迎到店品尝！", "bullet", "allow")
    neg("2026年" + rng.choice(CITIES) + "初中学业水平考试 数学 模拟卷（一） 答案与解析\n1．C  2．B  3．D  4．A", "exam-no-mark", "allow")
    neg("啟用前請先閱讀使用說明，並確認電源電壓為220V。\n保固期限：一年", "traditional-manual", "allow")
    neg("考前准备清单：\n- 准考证、身份证\n- 2B铅笔、黑色签字笔\n- 试卷启用前由监考老师当众拆封，考生不得提前翻阅", "exam-list")
    neg("保守\n秘密\n人人有责\n——" + rng.choice(COUNTIES) + "保密宣传月", "split-slogan")
    neg("网友评论：\n1楼：这题太难了吧\n2楼：听说试卷是绝密★启用前级别的，押运都有警察跟着\n3楼：哈哈真的假的", "forum")
    neg("请假条\n本人因家中有事，需请假X天（2026年X月X日至X月X日），望批准。\n申请人：________", "placeholder-form", "allow")
    neg("年度工作计划（草拟框架）\n一、总体目标：20XX年完成XX项\n二、重点任务：XXXX", "placeholder-plan", "allow")
    neg("第八章 保密管理\n8.1 密级标志的标注位置\n国家秘密文件的密级标志标注在首页左上角。", "handbook")
    neg("《秘密》\n作词：" + name(rng) + "\n我有一个秘密\n藏在星星后面\n不告诉你", "lyrics", "allow")
    neg("繁體：機密、絕密、秘密\n簡體：机密、绝密、秘密\n拼音：jī mì、jué mì、mì mì", "dictionary")
    neg("1）打开设置\n2）选择“隐私与安全”\n3）开启“应用启用前验证”\n4）点击确定", "howto", "allow")
    neg("电影《机密行动》\n上映时间：2026年8月\n导演：" + name(rng) + "\n类型：动作/悬疑", "movie")
    neg("目录\n第一章 总则\n第二章 国家秘密的范围和密级\n第三章 保密制度\n第四章 监督管理", "toc")
    neg("学而思 2026秋季班\n• 数学思维拓展\n• 秘密武器：速算技巧\n• 期末冲刺", "ad", "allow")
    return out


# ---------------------------------------------------------------------------
# class 3: markup and code

def class3(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, label: str, source: str, grp: str, exp: str) -> None:
        k = "negative" if label == "harmless" else "positive"
        n = sum(1 for s in out if s.kind == k)
        out.append(Sample(text, label, k, id=f"bi3-{k[0]}{n:02d}", source=source, cls=3, expected=exp, group=grp))

    def doc() -> tuple[str, str, str]:
        return head_lines(rng)

    h, d, t = doc()
    add(f"# 机密★1年\n\n# {h}\n\n{d}\n\n## {t}\n\n{body(rng)}", "block", "markup", "md-heading", "block")
    h, d, t = doc()
    add(f"**秘密★6个月**\n\n**{h}**\n\n{d}\n\n### {t}\n\n{body(rng)}", "block", "markup", "md-bold", "block")
    h, d, t = doc()
    add(f"---\nclassification: 机密\ntitle: {t}\ndocno: {d}\nissuer: {h}\n---\n\n{body(rng)}", "block", "markup", "yaml", "block")
    h, d, t = doc()
    add(f"---\n密级: 秘密★1年\n文号: {d}\n---\n\n# {t}\n\n{body(rng)}", "block", "markup", "yaml", "block")
    h, d, t = doc()
    add(f"\\noindent 机密★2年\\\\\n\\begin{{center}}{{\\color{{red}}\\zihao{{1}} {h}}}\\end{{center}}\n\\begin{{center}}{d}\\end{{center}}\n\\section*{{{t}}}\n{body(rng, 2)}", "block", "markup", "latex", "block")
    h, d, t = doc()
    add(f'<div class="miji" style="text-align:left">秘密★1年</div>\n<h1 style="color:red">{h}</h1>\n<p>{d}</p>\n<h2>{t}</h2>\n<p>{body(rng, 2)}</p>', "block", "markup", "html", "block")
    h, d, t = doc()
    add(f'<html><body><p>000{rng.randint(100, 999)}</p><p>绝密★长期</p><p style="color:#c00;font-size:36pt">{h}</p><p>{d}</p><p>{t}</p></body></html>', "block", "markup", "html", "block")
    h, d, t = doc()
    add(f"| 份号 | 密级 | 紧急程度 |\n|---|---|---|\n| 000{rng.randint(100, 999)} | 机密★1年 | 特急 |\n\n# {t}\n\n{d}\n\n{body(rng)}", "block", "markup", "md-table", "block")
    h, d, t = doc()
    add(f"= 秘密★6个月\n:doctitle: {t}\n\n{h} {d}\n\n{body(rng, 2)}", "block", "markup", "asciidoc", "block")
    add(f"# {rng.choice(COUNTIES)}财政局内部资料，请勿外传\n\n## 2026年一季度重点项目资金拨付情况\n\n- 城区管网改造：已拨付3200万元\n- 乡村道路：已拨付1850万元", "confirm", "markup", "md-internal", "confirm")
    add(f"---\ntitle: {rng.choice(CITIES)}数据局信息化项目评审意见（征求意见稿）\nclassification: 内部\n---\n\n一、项目建设必要性……", "confirm", "markup", "yaml-internal", "confirm")
    add(f"<p><b>内部资料 注意保存</b></p>\n<h2>{rng.choice(CITIES)}2026年干部教育培训计划（讨论稿）</h2>\n<p>一、培训对象……</p>", "confirm", "markup", "html-internal", "confirm")
    add(f"## 仅供内部参考\n\n**{rng.choice(COUNTIES)}营商环境评价自查报告（初稿）**\n\n1. 开办企业平均用时2.5天……", "confirm", "markup", "md-internal", "confirm")
    add(f"\\begin{{flushleft}}内部传阅\\end{{flushleft}}\n\\title{{{rng.choice(CITIES)}城市更新三年行动方案（送审稿）}}\n\\maketitle\n一、总体要求", "confirm", "markup", "latex-internal", "confirm")
    add("---\nstatus: 未定稿\naudience: 内部\n---\n# 第三季度党建工作要点（未定稿）\n\n请各支部先内部讨论，勿外传。", "confirm", "markup", "yaml-internal", "confirm")
    add(f"<h1>工作秘密</h1>\n<p>{rng.choice(COUNTIES)}重点项目招商底价测算表</p>\n<table><tr><td>地块A</td><td>每亩38万元</td></tr></table>", "confirm", "markup", "html-internal", "confirm")

    add('import re\n\nMARK = re.compile(r"(绝密|机密|秘密)\\s*★\\s*(\\d+年|\\d+个月|长期|启用前)")\n\ndef has_mark(line: str) -> bool:\n    return bool(MARK.search(line))', "harmless", "code", "regex", "notice")
    add('LEVELS = ["绝密", "机密", "秘密"]\nPERIODS = {"绝密": 30, "机密": 20, "秘密": 10}  # 默认保密期限（年）', "harmless", "code", "literal", "notice")
    add('# 密级标志格式示例：机密★1年、秘密★6个月\n# 解析时先找星号，再读期限\ndef parse(text):\n    level, _, period = text.partition("★")\n    return level, period', "harmless", "code", "comment", "notice")
    add('from enum import Enum\n\n\nclass Level(Enum):\n    TOP_SECRET = "绝密"\n    SECRET = "机密"\n    CONFIDENTIAL = "秘密"\n    INTERNAL = "内部"', "harmless", "code", "enum", "notice")
    add("CREATE TABLE secret_level (id INT PRIMARY KEY, name VARCHAR(8));\nINSERT INTO secret_level VALUES (1, '绝密'), (2, '机密'), (3, '秘密');", "harmless", "code", "sql", "notice")
    add('{\n  "levels": [\n    {"code": "TS", "label": "绝密★长期"},\n    {"code": "S", "label": "机密★20年"},\n    {"code": "C", "label": "秘密★10年"}\n  ]\n}', "harmless", "code", "json", "notice")
    add('def test_parse_mark():\n    assert parse("机密★1年") == ("机密", "1年")\n    assert parse("秘密★6个月") == ("秘密", "6个月")\n    assert parse("绝密★启用前") == ("绝密", "启用前")', "harmless", "code", "unittest", "notice")
    add('<select name="miji">\n  <option value="">请选择密级</option>\n  <option>绝密</option>\n  <option>机密</option>\n  <option>秘密</option>\n</select>', "harmless", "markup", "html-select", "notice")
    add("# 密级识别模块\n\n本模块识别公文首页左上角的密级标志，例如 `机密★1年`、`绝密★启用前`。\n\n## 用法\n\n```python\nfind_marks(text)\n```", "harmless", "markup", "readme", "notice")
    add("levels:\n  - 绝密\n  - 机密\n  - 秘密\nperiod_units: [年, 个月]\nstar: \"★\"", "harmless", "code", "yaml-config", "notice")
    add('const MARKS = Object.freeze({\n  JUEMI: "绝密",\n  JIMI: "机密",\n  MIMI: "秘密",\n});\n// 显示时拼接：`${level}★${years}年`', "harmless", "code", "js", "notice")
    add('    /** 密级：绝密、机密、秘密；内部资料不属于国家秘密 */\n    private String secretLevel;\n    /** 保密期限，单位：年 */\n    private Integer period;', "harmless", "code", "java", "notice")
    add("# 项目周报\n\n## 本周完成\n\n- 登录页改版\n- 修复内部接口超时问题\n\n## 下周计划\n\n- 上线灰度", "harmless", "markup", "md-plain", "allow")
    add('<h1>{city}政务服务网</h1>\n<p>办事指南：居民身份证申领</p>\n<p>（此件公开发布）</p>'.replace("{city}", rng.choice(CITIES)), "harmless", "markup", "html-public", "allow")
    add('printf("密级: %s★%d年\\n", level_name[lv], years);\n/* level_name = {"绝密","机密","秘密"} */', "harmless", "code", "c", "notice")
    add('\\section{密级标志}\n密级标志由密级和保密期限组成，中间用“★”隔开，如\\texttt{机密★5年}。', "harmless", "markup", "latex-teaching", "notice")
    return out


# ---------------------------------------------------------------------------
# class 4: teaching and talking about marks

def class4(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, label: str, grp: str, exp: str) -> None:
        k = "negative" if label == "harmless" else "positive"
        n = sum(1 for s in out if s.kind == k)
        out.append(Sample(text, label, k, id=f"bi4-{k[0]}{n:02d}", cls=4, expected=exp, group=grp))

    org = rng.choice(COUNTIES)
    neg = [
        ("第三讲 密级标志的规范标注\n· 密级和保密期限之间用“★”隔开\n· 示例：机密★1年\n· 标注在首页左上角第二行", "slide"),
        ("保密知识测试题\n1．下列密级标志书写规范的是（  ）\nA．机密★1年  B．机密*1年  C．机密1年★  D．★机密1年\n2．绝密级国家秘密的保密期限一般不超过（  ）年", "quiz"),
        ("┌────────────────┐\n│ 示例：秘密★6个月 │\n└────────────────┘\n上框所示为秘密级文件的标注方式。", "boxed"),
        ("国家秘密的密级分为三级（秘密、机密、绝密★30年），其中绝密级保密期限一般不超过30年。", "description"),
        (f"{org}保密局 2026年新任职干部保密培训讲义\n一、什么是国家秘密\n国家秘密是关系国家安全和利益……\n二、密级标志\n如“机密★10年”表示机密级、保密期限10年。", "handout"),
        ("【保密小课堂】\n问：文件上的“绝密★启用前”是什么意思？\n答：表示试卷在考试开始前属于绝密级国家秘密，考试结束后自动解密。", "qa"),
        ("群聊\n" + name(rng) + "：明天培训讲密级标志，PPT第5页那个例子“秘密★1年”要不要换成机密？\n" + name(rng) + "：不用，就用那个", "chat"),
        ("保密教育读本（第二版）\n第四章 定密\n派生定密是指对执行或者办理已定密事项所产生的国家秘密，确定密级、保密期限和知悉范围的活动。", "textbook"),
        ("判断题：\n（  ）1．“内部资料”属于国家秘密的一个密级。\n（  ）2．“机密★长期”表示保密期限为长期。\n（  ）3．工作秘密不属于国家秘密。", "quiz"),
        ("练习：请指出下列标注的错误\n（1）秘密☆1年\n（2）机密★一年\n（3）绝密 ★ 长期\n参考答案见第12页。", "exercise"),
        ("保密工作人员岗位培训考试大纲\n第二部分 文件管理\n2.1 密级、保密期限和知悉范围的确定\n2.2 密级标志的标注（绝密★、机密★、秘密★）", "syllabus"),
        ("案例分析\n某干部将标有“机密★5年”的文件拍照发至微信群。\n讨论：该行为违反了哪些规定？应如何处理？", "case-study"),
        ("保密宣传月知识竞赛 必答题\n第7题：密级标志“秘密★6个月”中的“6个月”指什么？\nA．保密期限 B．印发时间 C．有效期", "contest"),
        ("说明：本讲义中出现的“机密★1年”“秘密★6个月”等均为示例，不代表任何真实文件。", "disclaimer"),
        ("党员学习笔记\n" + rng.choice(["3月", "4月", "5月"]) + "12日 保密专题党课\n要点：1．密级分三级；2．标志用★；3．绝密★启用前用于试卷；4．严禁用微信传递涉密信息。", "notes"),
        ("<幻灯片 8>\n常见错误\n× 机密1年（缺少★）\n× 机秘★1年（错别字）\n√ 机密★1年", "slide"),
        ("新员工入职培训·信息安全篇\n公司文件分为：公开、内部、秘密、机密四级（企业自定）。\n本节仅介绍分级原则，不涉及具体文件。", "slide"),
    ]
    for text, grp in neg:
        add(text, "harmless", grp, "notice")

    pos_block = [
        f"秘密★1年\n{org}2026年保密业务培训讲义\n（仅限参训人员使用）\n第一部分 近年我县泄密案件通报\n1．3月，某乡镇干部将涉密文件拍照发至工作群……",
        f"机密★2年\n000{rng.randint(100, 999)}\n{rng.choice(CITIES)}保密委员会办公室\n关于近期失泄密案件的情况通报\n各成员单位：\n2026年以来，全市共发生失泄密案件4起……",
        f"秘密\n{rng.choice(CITIES)}国家安全教育培训材料\n境外间谍情报机关针对我市重点单位的窃密活动分析\n一、基本情况",
        "秘密★6个月\n新任职领导干部保密提醒谈话提纲\n一、当前保密形势\n近期，我县重点项目信息被境外网站转载……",
        f"绝密★启用前\n{rng.choice(CITIES)}2026年保密知识竞赛决赛试题（A卷）\n一、必答题（每题10分）",
        f"机密★1年\n{org}涉密人员保密培训课件\n第1页 本县涉密岗位分布及人员情况\n县委办公室12人，县政府办公室9人……",
        f"秘密★1年\n000{rng.randint(100, 999)}\n{rng.choice(COUNTIES)}人民政府办公室文件\n{rng.choice(['青', '洛'])}政办发〔2026〕17号\n关于组织开展涉密人员轮训的通知",
        "机密\n培训专用 会后收回\n重要目标防护工作培训资料\n一、全县重要目标名录及防护等级",
        "秘密★1年\n保密检查培训案例汇编\n（本资料含真实检查发现问题，请勿外传）\n案例一：某局机要室……",
        "绝密★长期\n核心涉密人员培训教材\n第一章 岗位职责",
        f"机密★5年  000{rng.randint(100, 999)}\n{rng.choice(CITIES)}国防动员系统业务培训讲义\n一、动员潜力调查数据汇总",
        "秘密★2年\n第十二期涉密岗位人员培训班 学员手册\n一、课程安排\n二、涉密载体管理实操",
    ]
    for text in pos_block:
        add(text, "block", "marked-training", "block")
    pos_confirm = [
        f"内部资料 注意保存\n{org}保密工作培训讲义（2026年版）\n第一讲 保密法律法规概述",
        f"{rng.choice(CITIES)}机关事务局内部培训资料，请勿外传\n公务用车管理实务\n一、车辆调度流程",
        "仅供内部参考\n保密自查培训材料（讨论稿）\n一、自查范围\n二、自查方法",
        "内部传阅\n近期我局网络安全检查发现问题及整改培训提纲\n一、检查发现主要问题：3台终端违规外联……",
        "培训材料（征求意见稿）\n请各科室先内部看看，提意见后再定稿，暂不外传\n一、培训目标",
    ]
    for text in pos_confirm:
        add(text, "confirm", "internal-training", "confirm")
    return out


# ---------------------------------------------------------------------------
# class 5: briefings with a bare level on top

BRIEF_TITLES = ["工作简报", "信息专报", "值班快报", "舆情专报", "综治信息", "应急信息快报", "督查专报", "情况简报"]


def class5(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, label: str, grp: str, exp: str) -> None:
        k = "negative" if label == "harmless" else "positive"
        n = sum(1 for s in out if s.kind == k)
        out.append(Sample(text, label, k, id=f"bi5-{k[0]}{n:02d}", cls=5, expected=exp, group=grp))

    items = ["3月15日凌晨，我县城东片区发生一起聚集事件，现场约40人，已于6时前劝离。",
             "近期网络上出现关于我市某重点项目的负面舆情，转发量已超过2万次，市委宣传部已介入处置。",
             "据掌握，某企业拖欠农民工工资问题仍未解决，相关人员计划下周赴市上访。",
             "全县累计排查重点人员137名，其中列为一级管控的12名。"]
    for i in range(16):
        level = ["秘密", "机密", "秘密", "机密★1年" if i == 5 else "秘密"][i % 4]
        title = rng.choice(BRIEF_TITLES)
        n = rng.randint(1, 60)
        unit = f"{place(rng)}{rng.choice(['委办公室', '政府办公室', '应急管理局', '信访局', '公安局指挥中心'])}"
        shape = i % 4
        if shape == 0:
            text = f"{level}\n{title}\n第{n}期\n{unit}　　　　2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n{rng.choice(items)}"
        elif shape == 1:
            text = f"{level}　　　　　　　　第{n}期\n{title}\n{unit}编　　2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n{rng.choice(items)}\n{rng.choice(items)}"
        elif shape == 2:
            text = f"{level}\n\n{title}\n（第{n}期）\n{unit}\n\n【要情】{rng.choice(items)}"
        else:
            text = f"{level}\n{title}\n{2026}年第{n}期（总第{n + 200}期）\n{unit}\n{rng.choice(items)}\n报：市委、市政府主要领导"
        add(text, "block", f"brief-{shape}", "block")

    neg = [
        (f"{rng.choice(CITIES)}第一实验小学\n校园快报\n第{rng.randint(1, 30)}期\n本周我校开展“书香校园”读书月活动，共有1200名学生参与。", "school", "allow"),
        (f"{rng.choice(COUNTIES)}融媒体中心\n乡村振兴简报\n第8期\n（此件公开发布）\n今年以来，全县新建高标准农田3.2万亩。", "public", "allow"),
        ("社区信息\n第3期\n幸福里社区居委会　2026年4月\n本月社区组织义诊活动，服务居民300余人次。", "community", "allow"),
        ("保密工作简报\n第5期\n本期导读：开展“保密宣传月”活动，普及保守秘密常识，提升全员保密意识。\n（此件公开发布）", "secrecy-topic", "notice"),
        ("读书会快报 第12期\n本期共读《秘密花园》，" + name(rng) + "老师带领大家讨论了书中的成长主题。", "bookclub", "notice"),
        (f"{rng.choice(CITIES)}科技馆\n科普信息 第6期\n“太空中的秘密”主题展览将于五一期间开放。", "museum", "notice"),
        ("公司内刊·每周快报\n2026年第15期\n本周新签合同3份，市场部" + name(rng) + "获评月度之星。\n欢迎转发分享！", "company", "allow"),
        ("简报写作要点：\n1．报头：简报名称、期号、编发单位、日期\n2．涉密简报在报头左上角标注密级，如“秘密”\n3．正文简明扼要", "teaching", "notice"),
        ("第12期 党史学习教育简报\n各支部开展“重温入党誓词”活动。誓词中“保守党的秘密”一句令大家感触很深。\n（本简报在支部公众号同步发布）", "party-public", "notice"),
        ("【工作简报】\n第4期\n" + rng.choice(COUNTIES) + "全民健身运动会圆满落幕，共设12个比赛项目。\n（本期简报已在县政府网站公开）", "public", "allow"),
        ("信息快报\n第21期\n据气象台预报，本周末我市有中到大雨，请市民出行注意安全。\n（此件公开发布）", "weather", "allow"),
        ("二年级（1）班 班级简报 第2期\n小明同学说：“我有一个秘密，我在家偷偷种了一棵向日葵。”", "class", "notice"),
        ("行业信息专报\n第9期\n2026年一季度全国新能源汽车销量同比增长32%（数据来源：公开统计）。", "industry", "allow"),
        ("图书馆 新书快报 第7期\n《机密：一个情报员的回忆》《秘密的历史》《绝密档案》已上架，欢迎借阅。", "library", "notice"),
        ("工作简报 第1期 模板\n【单位名称】　　　　　　【日期】\n一、工作动态\n二、经验做法\n（此模板供各单位参考）", "template", "allow"),
        ("第6期 志愿服务快报\n" + name(rng) + "、" + name(rng) + "等20名志愿者到敬老院开展慰问活动。", "volunteer", "allow"),
    ]
    for text, grp, exp in neg:
        add(text, "harmless", grp, exp)
    return out


# ---------------------------------------------------------------------------
# class 6: internal markings

def class6(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, label: str, grp: str, exp: str) -> None:
        k = "negative" if label == "harmless" else "positive"
        n = sum(1 for s in out if s.kind == k)
        out.append(Sample(text, label, k, id=f"bi6-{k[0]}{n:02d}", cls=6, expected=exp, group=grp))

    c = rng.choice(CITIES)
    pos = [
        (f"{c}统计局内部资料，请勿外传\n2026年1-5月主要经济指标快报（初步核算）\n地区生产总值同比增长5.8%……", "first-line"),
        (f"{rng.choice(COUNTIES)}教育局内部资料 请勿外传\n2026年中小学校长调整建议名单\n一、城关一小：拟由{name(rng)}接任", "first-line"),
        (f"# 内部资料，请勿外传\n\n{c}人民医院 2026年度绩效考核分配方案（讨论稿）", "heading"),
        (f"仅供内部参考\n关于{c}老旧小区改造项目资金缺口的分析\n经初步测算，缺口约1.2亿元。", "first-line"),
        (f"{name(rng)}：附件是初稿，先内部看看，别外传\n[文件] 2026年机构改革方案（初稿）.docx", "chat"),
        (f"{name(rng)}：这个是还没定的调整方案，大家先内部讨论，千万别往外发\n{name(rng)}：收到", "chat"),
        (f"内部资料 注意保存\n{c}工商联 会员企业经营状况调查汇总\n共调查企业86家，其中亏损企业19家。", "first-line"),
        (f"内部传阅\n关于{rng.choice(COUNTIES)}干部选拔任用工作的情况说明\n经县委常委会研究，拟提拔{name(rng)}等5名同志……", "first-line"),
        (f"工作秘密\n{c}土地出让底价确定方案\n一、地块编号TC-2026-07，底价每亩52万元。", "first-line"),
        (f"{c}国资委\n关于市属国企重组整合的初步方案（征求意见稿）\n内部征求意见，不对外公开\n一、重组背景", "draft"),
        ("群公告：以下是下周例会材料，内部资料，请勿转发到其他群。\n1．三季度招商引资完成情况\n2．重点企业用地问题", "chat"),
        (f"（内部资料）\n{rng.choice(COUNTIES)}信访稳定形势分析（送审稿）\n一、总体态势：上半年共受理信访事项413件……", "first-line"),
        (f"{name(rng)}：材料我发你邮箱了，是内部的，别外传哈\n{name(rng)}：好的，我就自己看", "chat"),
        (f"## 仅限内部使用\n\n{c}轨道交通二期线路比选报告（未定稿）\n方案A：沿滨江路……", "heading"),
        (f"内部明电\n{c}应急管理局\n关于做好近期强降雨防范工作的紧急通知\n各县（市、区）应急管理局：", "telegram"),
        (f"此件不公开\n{c}人民政府办公室关于{c}第三水厂建设资金安排的请示\n市政府：\n为保障……", "not-public"),
    ]
    for text, grp in pos:
        add(text, "confirm", grp, "confirm")

    neg = [
        ("关于公司内部装修期间临时办公安排的通知\n各部门：3楼将于下周起装修，请暂时到5楼办公。", "renovation", "allow"),
        (f"{c}某公司内部控制制度（2026年修订）已在官网公开，欢迎社会各界监督。", "public", "allow"),
        ("人体内部结构图解\n心脏位于胸腔内部，两肺之间，约有本人拳头大小。", "biology", "allow"),
        ("《武林外传》第12集：佟掌柜和白展堂又吵架了，哈哈哈哈", "tv", "allow"),
        ("诚聘英才！我公司内部推荐奖励最高5000元，欢迎大家转发扩散！", "recruit", "allow"),
        ("这款车内部空间挺大的，后排坐三个人也不挤。外观也好看，推荐！", "car", "allow"),
        ("哪吒外传 动画电影今日上映\n影院：" + c + "万达影城", "movie", "allow"),
        ("妈：这个消息别外传啊，你表姐下个月结婚\n我：知道啦", "family", "allow"),
        ("内部链接已失效，请重新从官网下载安装包。", "it", "allow"),
        ("软件更新说明 v3.2\n1．修复内部错误导致的闪退问题\n2．优化启动速度", "release", "allow"),
        ("股东大会决议公告（已公告）\n公司内部审计部门对2025年度财务报告进行了审计。", "announcement", "allow"),
        ("房屋内部格局：三室两厅一卫，南北通透。联系电话见海报。", "realestate", "allow"),
        ("学校运动会通知：本次比赛为校内部比赛，欢迎家长到场观看。", "school", "allow"),
        ("《红楼梦》外传类作品盘点：续书与同人小说的区别", "literature", "allow"),
        ("“内部”一词在汉语中有两个义项：一是某一范围以内；二是某一团体以内。——《现代汉语词典》", "dictionary", "allow"),
        ("组织内部沟通技巧培训（公开课）\n时间：周六下午2点\n地点：市民中心报告厅\n免费报名", "course", "allow"),
    ]
    for text, grp, exp in neg:
        add(text, "harmless", grp, exp)
    return out


# ---------------------------------------------------------------------------
# class 7: long public texts and leader itineraries

TITLES = ["市委书记", "市长", "市委副书记", "常务副市长", "副市长", "市人大常委会主任", "市政协主席", "县委书记", "县长"]
PLACES = ["高新区", "经开区", "滨江新城", "港区", "城东街道", "柏川县枫林镇", "青崖县石门村", "市第一人民医院", "市体育中心"]
THEMES = ["科技创新", "乡村振兴", "安全生产", "防汛备汛", "营商环境", "教育事业发展", "生态环境保护", "重大项目建设"]


def yearbook(rng: random.Random, target: int) -> str:
    """Yearbook-like public prose (past events, many leaders, dates, places) until `target` UTF-8 bytes."""
    parts = [f"{rng.choice(CITIES)}年鉴（2025）\n特载\n概况"]
    size = 0
    while size < target:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.randrange(5)
        if kind == 0:
            p = (f"{m}月{d}日，{rng.choice(TITLES)}{name(rng)}到{rng.choice(PLACES)}调研{rng.choice(THEMES)}工作。"
                 f"{name(rng)}强调，要坚持问题导向，扎实推动各项任务落地见效。{rng.choice(TITLES)}{name(rng)}参加调研。")
        elif kind == 1:
            p = (f"【大事记】2025年{m}月{d}日 {rng.choice(CITIES)}第十六届人民代表大会第{rng.randint(2, 6)}次会议开幕，"
                 f"{rng.choice(TITLES)}{name(rng)}作政府工作报告。")
        elif kind == 2:
            p = (f"全年实现地区生产总值{rng.randint(1000, 5000)}.{rng.randint(0, 9)}亿元，同比增长{rng.randint(40, 80) / 10}%；"
                 f"一般公共预算收入{rng.randint(80, 400)}.{rng.randint(0, 9)}亿元。{rng.choice(PLACES)}完成固定资产投资{rng.randint(50, 300)}亿元。")
        elif kind == 3:
            p = (f"{m}月{d}日上午，省委常委、{rng.choice(['宣传部长', '组织部长', '秘书长'])}{name(rng)}来{rng.choice(CITIES)}督导"
                 f"{rng.choice(THEMES)}工作，先后察看了{rng.choice(PLACES)}和{rng.choice(PLACES)}。")
        else:
            p = (f"【人物】{name(rng)}，男，汉族，{rng.randint(1965, 1980)}年{rng.randint(1, 12)}月生，"
                 f"2025年{m}月任{rng.choice(TITLES)}。")
        parts.append(p)
        size += len(p.encode())
    return "\n".join(parts)


def itinerary(rng: random.Random) -> str:
    """A compact future itinerary: who, when, where, in a few lines."""
    who = rng.choice(["王书记", "李县长", f"{rng.choice(SURNAMES)}市长", f"{rng.choice(SURNAMES)}书记", "张副市长", "刘主任"])
    day = rng.choice(["明天", "后天", "下周二", "本周五", "3月18日"])
    forms = [
        f"{who}{day}上午9点到县医院调研，10点半去开发区，下午2点在县委三楼开会",
        f"通知：{who}{day}上午8:30从市委出发，9:20到{rng.choice(PLACES)}检查，11:00到{rng.choice(PLACES)}看项目，中午在镇食堂就餐",
        f"{day}{who}行程\n08:00 出发\n09:00 {rng.choice(PLACES)}座谈\n10:40 {rng.choice(PLACES)}现场察看\n14:30 返回",
        f"各位注意，{who}{day}下午3点来咱们{rng.choice(['街道', '镇里', '园区'])}，先看{rng.choice(PLACES)}，再到会议室听汇报，提前半小时到位",
    ]
    return rng.choice(forms)


def class7(rng: random.Random) -> list[Sample]:
    out = []
    for i in range(16):
        text = yearbook(rng, rng.randint(55_000, 150_000))
        out.append(Sample(text, "harmless", "negative", id=f"bi7-n{i:02d}", cls=7, expected="notice", group="yearbook"))
    for i in range(16):
        it = itinerary(rng)
        if i % 2:
            book = yearbook(rng, rng.randint(50_000, 90_000)).split("\n")
            at = rng.randrange(1, len(book))
            text = "\n".join([*book[:at], it, *book[at:]])
            grp = "itinerary-inside"
        else:
            text = it
            grp = "itinerary-alone"
        out.append(Sample(text, "confirm", "positive", id=f"bi7-p{i:02d}", cls=7, expected="confirm", group=grp))
    return out


# ---------------------------------------------------------------------------
# class 8: blank forms and templates

def class8(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(text: str, label: str, grp: str, exp: str, source: str = "text") -> None:
        k = "negative" if label == "harmless" else "positive"
        n = sum(1 for s in out if s.kind == k)
        out.append(Sample(text, label, k, id=f"bi8-{k[0]}{n:02d}", source=source, cls=8, expected=exp, group=grp))

    neg = [
        ("保密承诺书\n本人郑重承诺：\n一、认真遵守国家保密法律、法规和规章制度，履行保密义务；\n二、不以任何方式泄露所接触和知悉的国家秘密；\n承诺人（签字）：__________\n身份证号：__________________\n日期：____年__月__日", "pledge", "notice"),
        ("涉密人员离岗保密承诺书\n姓名：________  原岗位：________  密级：□核心 □重要 □一般\n脱密期：____年____月____日至____年____月____日\n本人签字：________", "pledge", "notice"),
        ("XXX人民政府文件\nXXX〔20XX〕X号\n关于XXXXXX的通知\n各XXX：\n为XXXX，现将有关事项通知如下：\n一、XXXX\n（此处为正文）\nXXX人民政府\n20XX年X月X日", "gongwen-template", "notice"),
        ("公文格式模板（请勿删除格式）\n份号：______\n密级和保密期限：______\n紧急程度：______\n发文机关标志\n发文字号：××〔20××〕××号\n标题\n主送机关：", "gongwen-template", "notice"),
        ('def is_valid_id(number: str) -> bool:\n    """\n    >>> is_valid_id("11010519491231002X")\n    True\n    >>> is_valid_id("110105194912310021")\n    False\n    """', "doctest", "notice", "code"),
        ('# 测试向量（GB 11643 示例号码）\nVECTORS = [\n    ("11010519491231002X", True),\n    ("440524188001010014", True),\n    ("110105194912310021", False),\n]', "doctest", "notice", "code"),
        ("人员信息登记表\n| 序号 | 姓名 | 性别 | 身份证号 | 联系电话 |\n|---|---|---|---|---|\n| 1 |  |  |  |  |\n| 2 |  |  |  |  |\n| 3 |  |  |  |  |", "blank-table", "allow"),
        ("××县××局文件\n×政发〔20××〕×号\n××××关于××××的请示\n（模板说明：请示应一文一事，不得多头主送）", "gongwen-template", "notice"),
        ("会议纪要模板\n会议名称：__________\n时间：20XX年X月X日\n地点：__________\n主持人：__________\n参会人员：__________\n议定事项：\n1．\n2．", "minutes-template", "allow"),
        ("保密工作责任书（样本）\n甲方：__________（单位）\n乙方：__________（部门负责人）\n一、乙方对本部门保密工作负直接领导责任……\n甲方签章：        乙方签字：", "pledge", "notice"),
        ("涉密载体签收单\n载体名称：________ 密级：□绝密 □机密 □秘密 份数：____\n签收人：________ 日期：________", "receipt-form", "notice"),
        ("【填写示例】\n姓名：张三\n身份证号：110101199003070000（示例，非真实号码）\n手机：138XXXXXXXX", "fill-example", "notice"),
        ("X年X月X日 X书记到X地调研X工作（简讯模板，发稿时替换）", "news-template", "allow"),
        ("发文稿纸\n签发：________  会签：________\n拟稿单位：________ 拟稿人：________\n密级：________ 保密期限：________\n文号：〔20  〕  号", "draft-paper", "notice"),
        ("学生信息采集表（空表）\n姓名 ____ 学籍号 ____ 监护人姓名 ____ 监护人电话 ____ 家庭住址 ____", "blank-table", "allow"),
        ('<form>\n  <label>身份证号</label><input name="idno" placeholder="请输入18位身份证号">\n  <label>手机号</label><input name="phone" placeholder="1XXXXXXXXXX">\n</form>', "html-form", "allow", "markup"),
    ]
    for text, grp, exp, *src in neg:
        add(text, "harmless", grp, exp, src[0] if src else "text")

    for _i in range(12):
        header, docno, title = head_lines(rng)
        copy_no = f"000{rng.randint(100, 999)}"
        mark = rng.choice(["机密★1年", "秘密★6个月", "秘密★1年", "机密★5年", "绝密★长期", "秘密"])
        urg = rng.choice(["特急", "加急", ""])
        text = "\n".join(x for x in [copy_no, mark, urg, header, docno, title,
                                     "各乡镇人民政府，县直各单位：", body(rng)] if x)
        add(text, "block", "marked-first-page", "block")
    rows = "\n".join(f"{k + 1},{name(rng)},{id_number(rng)},{phone(rng)}" for k in range(20))
    add("返乡人员登记表（已填）\n序号,姓名,身份证号,联系电话\n" + rows, "confirm", "filled-table", "confirm")
    rows = "\n".join(f"| {k + 1} | {name(rng)} | {id_number(rng)} | {rng.choice(['发热', '咳嗽', '高血压', '糖尿病'])} |" for k in range(15))
    add("| 序号 | 姓名 | 身份证号 | 诊断 |\n|---|---|---|---|\n" + rows, "confirm", "filled-table", "confirm")
    add(f"保密承诺书\n本人郑重承诺……\n承诺人（签字）：{name(rng)}\n日期：2026年3月2日\n\n附：{rng.choice(CITIES)}涉密人员名单\n" +
        "\n".join(f"{name(rng)} {id_number(rng)}" for _ in range(12)), "confirm", "filled-list", "confirm")
    header, docno, title = head_lines(rng)
    add(f"秘密★1年\n{header}\n{docno}\n{title}\n（正文见附件，附件模板另行下发）", "block", "marked-first-page", "block")
    return out


def build_corpus() -> list[Sample]:
    rng = random.Random(SEED)
    return class1(rng) + class2(rng) + class3(rng) + class4(rng) + class5(rng) + class6(rng) + class7(rng) + class8(rng)


if __name__ == "__main__":
    from collections import Counter

    items = build_corpus()
    print(len(items), Counter((s.cls, s.kind) for s in items))
