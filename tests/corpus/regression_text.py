# ruff: noqa: E501  -- data tables of Chinese text; ruff counts each hanzi as two columns
"""Regression set of texts (was tests/quality): labelled, deterministic; the detection was tuned against it.

Labels follow docs/labels.md, never the engine's current behaviour:
- "block":    state-secret material (classification marks with ★ and a period, a bare level on a line of its
              own near the top, cipher telegrams, exam papers marked 绝密★启用前), including evasions and OCR forms.
- "confirm":  internal / work-secret markings, drafts, plain telegrams, unpublished official documents,
              bulk personal data (ID numbers, mobile numbers, patient lists) and leader itineraries.
- "harmless": text that uses the same words in ordinary ways and must not be blocked.

`build_corpus()` always returns the same samples in the same order (one seeded `random.Random`).
Nothing here imports the project's code: ID check digits come from tests/corpus/generators.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .generators import id_check_digit
from .generators import person as invented_person
from .sample import Sample

SEED = 20260712


# ---------------------------------------------------------------------------------------------------------------
# Personal data helpers (GB 11643 check digit, mobile numbers)
# ---------------------------------------------------------------------------------------------------------------

REGION_CODES = [
    "110101", "110105", "110108", "120101", "130102", "140105", "210102", "220102", "230102", "310101",
    "310104", "310115", "320102", "320506", "330102", "330106", "330205", "330302", "340104", "350203",
    "360102", "370102", "370202", "410105", "420106", "430104", "440103", "440305", "440604", "450103",
    "500103", "510104", "510107", "520102", "530102", "610113", "620102",
]


def make_id(rng: random.Random, male: bool | None = None) -> str:
    born = date(1945, 1, 1) + timedelta(days=rng.randrange((date(2008, 12, 31) - date(1945, 1, 1)).days))
    seq = rng.randrange(0, 1000)
    if male is not None and (seq % 2 == 1) != male:
        seq = (seq + 1) % 1000
    first17 = f"{rng.choice(REGION_CODES)}{born:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def make_invalid_18(rng: random.Random) -> str:
    """An 18-digit order number that is NOT a valid resident ID (wrong check digit)."""
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(540))
    first17 = f"{d:%Y%m%d}{rng.randrange(10**9):09d}"
    good = id_check_digit(first17)
    last = rng.choice([c for c in "0123456789" if c != good])
    return first17 + last


MOBILE_PREFIXES = [
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
    "187", "188", "189", "191", "195", "198", "199",
]


def make_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


# ---------------------------------------------------------------------------------------------------------------
# Vocabulary pools
# ---------------------------------------------------------------------------------------------------------------

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文斌红梅鹏辉玲宇浩然涵欣怡轩泽思远晓东海燕春生立新"
         "振佳琪子豪俊凯婷雪峰岚慧颖晨阳嘉欢蕾瑶昊天宁波飞云丹彤亮晶")

# (place, abbreviation used in document numbers, level) level: p = province, c = city, x = county/district
PLACES = [
    ("浙江省", "浙", "p"), ("江苏省", "苏", "p"), ("广东省", "粤", "p"), ("四川省", "川", "p"), ("湖北省", "鄂", "p"),
    ("山东省", "鲁", "p"), ("福建省", "闽", "p"), ("河南省", "豫", "p"), ("湖南省", "湘", "p"), ("安徽省", "皖", "p"),
    ("江西省", "赣", "p"), ("云南省", "云", "p"), ("河北省", "冀", "p"), ("贵州省", "黔", "p"), ("甘肃省", "甘", "p"),
    ("杭州市", "杭", "c"), ("南京市", "宁", "c"), ("深圳市", "深", "c"), ("成都市", "成", "c"), ("武汉市", "武", "c"),
    ("青岛市", "青", "c"), ("厦门市", "厦", "c"), ("郑州市", "郑", "c"), ("长沙市", "长", "c"), ("西安市", "市", "c"),
    ("合肥市", "合", "c"), ("南昌市", "洪", "c"), ("昆明市", "昆", "c"), ("南宁市", "南", "c"), ("石家庄市", "石", "c"),
    ("太原市", "并", "c"), ("贵阳市", "筑", "c"), ("兰州市", "兰", "c"), ("大连市", "大", "c"), ("宁波市", "甬", "c"),
    ("苏州市", "苏", "c"), ("无锡市", "锡", "c"), ("温州市", "温", "c"), ("佛山市", "佛", "c"), ("济南市", "济", "c"),
    ("沈阳市", "沈", "c"), ("福州市", "榕", "c"), ("绍兴市", "绍", "c"), ("台州市", "台", "c"), ("洛阳市", "洛", "c"),
    ("余杭区", "余", "x"), ("临安区", "临", "x"), ("桐庐县", "桐", "x"), ("建德市", "建", "x"), ("江宁区", "江", "x"),
    ("龙岗区", "深龙", "x"), ("双流区", "双", "x"), ("海曙区", "海", "x"), ("义乌市", "义", "x"), ("昆山市", "昆", "x"),
    ("长兴县", "长", "x"), ("安吉县", "安", "x"), ("仙居县", "仙", "x"), ("浏阳市", "浏", "x"), ("晋江市", "晋", "x"),
]

# (agency, document-number code); 局 becomes 厅 at province level
AGENCIES = [
    ("人民政府", "政发"), ("人民政府办公室", "政办发"), ("卫生健康委员会", "卫发"), ("教育局", "教发"),
    ("公安局", "公发"), ("财政局", "财预"), ("发展和改革委员会", "发改"), ("应急管理局", "应急"),
    ("生态环境局", "环发"), ("住房和城乡建设局", "建发"), ("人力资源和社会保障局", "人社发"), ("交通运输局", "交发"),
    ("民政局", "民发"), ("审计局", "审发"), ("自然资源和规划局", "资规发"), ("农业农村局", "农发"),
    ("市场监督管理局", "市监"), ("国有资产监督管理委员会", "国资发"), ("统计局", "统发"), ("水利局", "水发"),
]
PARTY_ORGS = [("委", "委发"), ("委办公室", "委办发"), ("委组织部", "组通字"), ("委宣传部", "宣发"), ("委政法委员会", "政法发"),
              ("纪委监委", "纪发")]

DEPTS = [
    "市应急管理局", "市公安局", "市发展改革委", "市财政局", "市卫生健康委", "市委办公室", "市政府办公室", "市委组织部",
    "市委宣传部", "市自然资源和规划局", "市国资委", "市委政法委", "市信访局", "市住建局", "市教育局", "市交通运输局",
    "县应急管理局", "县委办", "县政府办", "区卫健局", "区住建局", "区委政法委", "局办公室", "综合处", "安全保卫处",
    "保密办", "督查室", "人事科", "计划财务处", "法规处",
]

TOPICS = [
    "做好{year}年汛期安全防范工作", "开展安全生产隐患排查整治", "加强重点目标安全保卫工作", "做好重大活动期间社会稳定工作",
    "进一步加强网络安全和数据安全管理", "开展重点领域风险排查化解", "做好{year}年春节期间值班值守工作",
    "加强突发公共卫生事件应急处置", "调整部分领导干部工作分工", "开展干部选拔任用工作专项检查", "做好{year}年度征兵工作",
    "加强重要基础设施安全保护", "开展反恐防范专项检查", "做好重点人员稳控工作", "进一步规范财政专项资金管理",
    "开展涉密载体专项清查", "加强国防动员准备工作", "做好第{n}号台风防御工作", "推进重点项目建设攻坚", "开展耕地保护专项督察",
    "做好森林防灭火工作", "加强校园周边食品安全监管", "开展城镇燃气安全专项整治", "做好{year}年度综合考核工作",
    "加强机关内部安全管理", "持续优化营商环境", "开展信访积案化解攻坚", "做好地方储备粮轮换", "处置{place}群体性事件",
    "加强边境管控和口岸疫情防控", "做好重大节日期间市场供应", "推进政府债务风险化解", "开展违规建房专项整治",
    "做好换届选举有关工作", "加强重要时间节点舆情管控",
]
TITLE_FORMS = [
    "关于{t}的通知", "关于{t}的紧急通知", "关于{t}的意见", "关于{t}的实施方案", "关于{t}情况的报告", "关于{t}的通报",
    "关于{t}的请示", "关于{t}有关事项的函", "关于{t}的补充通知",
]
PLANS = [
    "《{place}{year}年安全生产专项整治行动方案》", "《{place}重大突发事件应急预案（修订）》", "《{place}防汛防台应急预案》",
    "《关于进一步优化营商环境的若干措施》", "《{place}重点项目攻坚行动计划》", "《{place}干部队伍建设规划（{year}—{year5}年）》",
    "《{place}重要目标安全防护工作方案》", "《{place}维护社会稳定工作预案》", "《{place}地方政府债务风险应急处置预案》",
]
INCIDENTS = [
    "多起较大生产安全事故", "强降雨引发的山洪地质灾害", "涉众型非法集资案件", "网络谣言事件", "燃气爆炸事故", "群体性上访事件",
    "非洲猪瘟疫情", "校园安全事件", "森林火灾", "食品安全事件", "自建房倒塌事故", "危化品运输车辆侧翻事故",
]

BODY_SENTENCES = [
    "为深入贯彻落实上级有关决策部署，切实做好相关工作，经{place}人民政府同意，现就有关事项通知如下。",
    "近期，{place}部分地区接连发生{incident}，暴露出一些单位思想麻痹、责任落实不到位等问题。",
    "各地各部门要高度重视，主要负责同志要亲自部署、亲自过问，确保各项措施落到实处。",
    "截至{month}月{day}日，全{unit}共排查隐患{n1}处，已整改{n2}处，整改率{pct}%。",
    "要严格落实24小时领导带班和专人值班制度，保持通讯畅通，遇有重大情况第一时间报告。",
    "{dept}要会同有关部门建立联合工作机制，每周会商一次，及时研判形势。",
    "对工作不力、造成严重后果的，将依规依纪严肃追究相关单位和人员责任。",
    "请于{month}月{day}日前将工作落实情况书面报送{dept}，联系人：{name}。",
    "本次行动时间为{year}年{month}月至{month2}月，分动员部署、集中整治、总结提升三个阶段。",
    "据初步统计，此次过程累计降雨量达{n1}毫米，{n3}个乡镇受灾，紧急转移群众{n2}人。",
    "目前，{incident}已得到有效控制，相关善后工作正在有序推进。",
    "经研究，决定对{dept}有关工作进行调整，具体分工如下。",
    "各级财政部门要加强资金统筹，确保专项资金于{month}月底前拨付到位。",
    "要坚持问题导向，聚焦群众反映强烈的突出问题，逐项建立台账、明确时限、销号管理。",
    "各乡镇（街道）要组织力量对辖区内重点部位开展拉网式排查，做到不留死角、不留盲区。",
    "{dept}牵头负责统筹协调，各成员单位按照职责分工密切配合。",
    "要加强舆情监测和引导，对涉及本地区的敏感信息及时核实、妥善处置。",
    "此次专项行动共出动执法人员{n2}人次，检查企业{n1}家，责令停产整顿{n3}家。",
    "请各单位结合实际，认真抓好贯彻落实。",
    "现将{plan}印发给你们，请认真组织实施。",
    "按照工作安排，定于{month}月{day}日至{day2}日派出{n3}个督查组分赴各地开展实地督查。",
    "各地要于每月5日前报送上月工作进展情况，重大事项随时报告。",
    "对排查发现的重大隐患，要实行挂牌督办，明确整改责任人和完成时限。",
    "要加强与驻地部队、武警、消防救援队伍的沟通衔接，做好应急力量预置。",
    "经初步核查，{place}{incident}涉及资金约{n1}万元，相关责任人已被立案审查。",
    "会议强调，要进一步压实属地责任、部门监管责任和企业主体责任。",
    "会议听取了{dept}关于近期工作情况的汇报，研究部署了下一阶段重点工作。",
    "要统筹发展和安全，守牢不发生区域性系统性风险的底线。",
    "此项工作由{name}同志具体负责，遇有问题请及时沟通。",
    "自{month}月{day}日起，{place}范围内暂停审批新建项目，已批未建项目重新评估。",
    "本轮排查重点包括危化品企业、人员密集场所、在建工地和老旧小区。",
    "{dept}已会同公安、交通、卫健等部门制定了详细的处置预案，明确了{n3}类情形的响应措施。",
    "请各单位严格控制知悉范围，不得擅自复制、摘抄、转发。",
    "各牵头单位要建立周调度机制，每周五下班前报送工作进展。",
    "针对当前出现的新情况新问题，{dept}提出以下工作建议。",
    "重点人员名单由{dept}统一掌握，实行一人一档、动态管理。",
    "{year}年拟安排专项资金{n1}万元，其中中央补助{n2}万元，其余由{place}本级财政统筹解决。",
    "各单位主要负责人为第一责任人，分管负责人为直接责任人。",
    "对违反规定的单位，一律予以通报批评，并纳入年度考核。",
    "要提前做好抢险物资储备，确保关键时刻拉得出、用得上。",
    "在处置过程中，要坚持依法处置、舆论引导、社会面管控“三同步”。",
    "{place}已连续{n3}天处于应急响应状态，各级干部全部在岗在位。",
    "下一步，我们将继续加大工作力度，确保按期完成各项目标任务。",
    "拟于{month}月{day}日组织开展联合演练，演练方案另行下发。",
    "经排查，全{unit}共有在建工地{n1}个，其中存在重大隐患的{n3}个。",
]
HEADING_SETS = [
    ("一、总体要求", "二、主要任务", "三、工作措施", "四、保障措施"), ("一、基本情况", "二、存在问题", "三、下一步工作"),
    ("一、提高思想认识", "二、突出工作重点", "三、强化责任落实", "四、加强督促检查"),
    ("一、工作目标", "二、职责分工", "三、时间安排", "四、工作要求"), ("一、主要做法", "二、取得成效", "三、意见建议"),
]

MAIN_TO = [
    "各区、县（市）人民政府，市政府各部门、各直属单位：", "各乡镇人民政府、街道办事处，县直各单位：",
    "各设区市人民政府，省政府各部门、各直属机构：", "市委各部委，市级国家机关各部门党组（党委），各人民团体党组：",
    "各医疗卫生单位：", "各中小学校、幼儿园：", "局属各单位、机关各处室：", "各区（市）应急管理局，各有关企业：",
    "各县（市、区）委，市直各单位党组（党委）：", "各成员单位：", "市委、市政府：", "省人民政府：",
]
CC_LINES = [
    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。",
    "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。", "抄送：县委办，县人大办，县政协办，县纪委监委。",
    "抄送：国家有关部委，省委、省政府有关领导。", "抄送：各区委、区政府，市委各部委办。",
]
ATTACHMENTS = [
    "重点任务分工表", "工作进度统计表", "联系人名单", "督查组人员名单", "隐患排查整治台账", "应急值守表", "资金分配明细表",
    "责任单位清单", "处置流程图", "问题清单",
]
HOTELS = ["西湖国宾馆", "金陵饭店", "迎宾馆", "香格里拉大酒店", "锦江宾馆", "市委招待所", "国际会议中心酒店", "开元名都大酒店",
          "维景国际大酒店", "希尔顿酒店", "洲际酒店", "南苑宾馆"]
FLIGHTS = ["CA1502", "MU5138", "CZ3105", "HU7182", "ZH9811", "3U8888", "MF8102", "CA1709", "MU5412", "CZ6412",
           "FM9106", "HO1256", "SC4652", "KN5866"]
SITES = ["经济开发区", "高新技术产业园", "防汛指挥中心", "城市大脑运营中心", "市人民医院", "第一中学", "新能源产业园",
         "老旧小区改造现场", "地铁3号线施工现场", "农业产业园", "港口集装箱码头", "应急物资储备库", "社区服务中心",
         "水库除险加固工地", "数据中心", "科创走廊展示馆"]
ROOMS = ["三楼会议室", "302会议室", "行政楼一楼报告厅", "机关第二会议室", "主楼8楼小会议室", "党建活动室", "多功能厅",
         "视频会议室"]
WEEKDAYS = "一二三四五六日"
CN_DIGITS = "〇一二三四五六七八九"


def person(rng: random.Random) -> str:
    return invented_person(rng, SURNAMES, GIVEN, (1, 2, 2))


def cn_number(n: int) -> str:
    """1..99 as Chinese numerals (一, 十, 十二, 二十, 三十五)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def doc_date(rng: random.Random, year: int | None = None) -> date:
    y = year or rng.choice((2025, 2026, 2026))
    return date(y, 1, 1) + timedelta(days=rng.randrange(360))


def fmt_date(d: date, rng: random.Random, chinese: bool | None = None) -> str:
    if chinese is None:
        chinese = rng.random() < 0.25
    if chinese:
        y = "".join(CN_DIGITS[int(c)] for c in str(d.year))
        return f"{y}年{cn_number(d.month)}月{cn_number(d.day)}日"
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------------------------
# Official documents
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Org:
    place: str
    abbr: str
    name: str  # signature: 杭州市应急管理局
    header: str  # red header: 杭州市应急管理局文件
    code: str  # document-number code: 杭应急


def make_org(rng: random.Random, party: bool | None = None) -> Org:
    place, abbr, level = rng.choice(PLACES)
    if party is None:
        party = rng.random() < 0.25
    if party:
        agency, code = rng.choice(PARTY_ORGS)
        name = f"中共{place}{agency}"
        return Org(place, abbr, name, f"{name}文件", abbr + code)
    agency, code = rng.choice(AGENCIES)
    if level == "p":
        agency = agency.replace("局", "厅").replace("人民政府办公室", "人民政府办公厅")
    name = place + agency
    return Org(place, abbr, name, f"{name}文件", abbr + code)


def ctx(rng: random.Random, org: Org | None = None) -> dict[str, object]:
    year = rng.choice((2025, 2026))
    place = org.place if org else rng.choice(PLACES)[0]
    month = rng.randint(1, 11)
    day = rng.randint(1, 20)
    return {
        "year": year, "year5": year + 4, "place": place, "month": month, "month2": month + 1, "day": day,
        "day2": day + rng.randint(1, 7), "n": rng.randint(1, 20), "n1": rng.randint(12, 980),
        "n2": rng.randint(10, 600), "n3": rng.randint(2, 15), "pct": rng.randint(60, 99),
        "dept": rng.choice(DEPTS), "name": person(rng), "incident": rng.choice(INCIDENTS),
        "unit": rng.choice(("市", "省", "县", "区")),
        "plan": rng.choice(PLANS).format(place=place, year=year, year5=year + 4),
    }


def make_title(rng: random.Random, c: dict[str, object]) -> str:
    if rng.random() < 0.15:
        return "关于印发" + str(c["plan"]) + "的通知"
    topic = rng.choice(TOPICS).format(**c)
    return rng.choice(TITLE_FORMS).format(t=topic)


def doc_number(rng: random.Random, org: Org, year: int, brackets: str = "〔〕") -> str:
    return f"{org.code}{brackets[0]}{year}{brackets[1]}{rng.randint(1, 180)}号"


def paragraph(rng: random.Random, c: dict[str, object], k: tuple[int, int] = (2, 4),
              pool: list[str] | None = None) -> str:
    """k sentences; with a pool, sentences are taken from it so that a document never repeats one."""
    n = rng.randint(*k)
    picks = rng.sample(BODY_SENTENCES, n) if pool is None else [pool.pop() for _ in range(min(n, len(pool)))]
    out = []
    for s in picks:  # fresh numbers per sentence, the same place, names and year
        fresh = dict(c, n1=rng.randint(12, 980), n2=rng.randint(10, 600), n3=rng.randint(2, 15), pct=rng.randint(60, 99))
        out.append(s.format(**fresh))
    return "".join(out)


def body(rng: random.Random, c: dict[str, object], paras: tuple[int, int] = (2, 4)) -> list[str]:
    pool = rng.sample(BODY_SENTENCES, len(BODY_SENTENCES))
    heads = rng.choice(HEADING_SETS) if rng.random() < 0.5 else ()
    n = min(rng.randint(*paras), len(heads)) if heads else rng.randint(*paras)
    indent = "　　" if rng.random() < 0.6 else ""
    out = []
    for i in range(n):
        if heads:
            out.append(heads[i])
        out.append(indent + paragraph(rng, c, pool=pool))
    return out


def official_doc(
    rng: random.Random,
    *,
    mark: str | None = None,
    copy_no: bool = False,
    urgency: bool | None = None,
    header: bool = True,
    number: bool = True,
    main_to: bool = True,
    attach: bool | None = None,
    sign: bool = True,
    note: str | None = None,
    banji: bool | None = None,
    party: bool | None = None,
    paras: tuple[int, int] = (2, 4),
    brackets: str = "〔〕",
    title_suffix: str | None = None,
) -> str:
    """A GB/T 9704-2012 style document as Word/WPS gives it on Ctrl+C (one element per line)."""
    org = make_org(rng, party)
    c = ctx(rng, org)
    d = doc_date(rng, int(c["year"]))  # type: ignore[arg-type]
    lines: list[str] = []
    if copy_no:
        lines.append(f"{rng.randint(1, 999):06d}")
    if mark:
        lines.append(rng.choice(("", "", "", "", " ", "　　")) + mark)
    if urgency if urgency is not None else rng.random() < 0.4:
        lines.append(rng.choice(("特急", "加急", "特  急", "加  急")))
    if header:
        lines.append(org.header)
        lines.append("")
    if number:
        lines.append(doc_number(rng, org, d.year, brackets))
        if org.name.startswith("中共") and rng.random() < 0.5:
            lines.append("━━━━━━━━━━━━━★━━━━━━━━━━━━━")
    title = make_title(rng, c)
    lines.append(title)
    if title_suffix:
        lines.append(title_suffix)
    lines.append("")
    if main_to:
        lines.append(rng.choice(MAIN_TO))
    lines.extend(body(rng, c, paras))
    if attach if attach is not None else rng.random() < 0.4:
        items = rng.sample(ATTACHMENTS, rng.randint(1, 3))
        if len(items) == 1:
            lines.append(f"附件：{items[0]}")
        else:
            lines.append(f"附件：1．{items[0]}")
            lines.extend(f"　　　{i}．{it}" for i, it in enumerate(items[1:], start=2))
    if sign:
        lines.append("")
        lines.append(org.name)
        lines.append(fmt_date(d, rng))
    if note:
        lines.append(note)
    if banji if banji is not None else rng.random() < 0.4:
        lines.append("")
        lines.append(rng.choice(CC_LINES))
        lines.append(f"{org.name.replace('办公室', '')}办公室　　　　　{d.year}年{d.month}月{min(d.day + 1, 28)}日印发")
    return "\n".join(lines)


def doc_header_only(rng: random.Random, mark: str, brackets: str = "〔〕") -> str:
    org = make_org(rng)
    c = ctx(rng, org)
    lines = []
    if rng.random() < 0.6:
        lines.append(f"{rng.randint(1, 999):06d}")
    lines.append(mark)
    if rng.random() < 0.5:
        lines.append(rng.choice(("特急", "加急")))
    if len(lines) >= 2 and rng.random() < 0.15:  # the header block was a table: cells come out tab-separated
        lines = ["\t".join(lines)]
    lines += [org.header, "", doc_number(rng, org, int(c["year"]), brackets)]  # type: ignore[arg-type]
    if rng.random() < 0.7:
        lines += ["", make_title(rng, c)]
    if rng.random() < 0.4:
        lines.append(rng.choice(MAIN_TO))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Classification marks and their evasions
# ---------------------------------------------------------------------------------------------------------------

LEVELS = ("绝密", "机密", "秘密")
PERIODS = ("1年", "2年", "3年", "5年", "10年", "15年", "20年", "30年", "6个月", "3个月", "长期", "启用前")
CN_PERIODS = ("一年", "二年", "三年", "五年", "十年", "十五年", "二十年", "三十年", "六个月", "十八个月", "两年")
STAR_VARIANTS = ("☆", "✩", "✭", "⭐", "*", "＊", "※", "✰", "✯", "⋆")
OCR_STARS = ("太", "女", "妇", "雪")
OCR_BRACKETS = ("[]", "【】", "()", "（）", "〈〉")
SEPARATORS_SPACE = (" ", "  ", "\u3000", " \u3000", "   ")
SEPARATORS_PUNCT = ("-", "—", "*", "·", "_", ".", "－", "~")
SEPARATORS_ZW = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200b\u200b")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# A small simplified -> traditional table, enough for document vocabulary
TRAD = str.maketrans({
    "机": "機", "绝": "絕", "长": "長", "个": "個", "关": "關", "于": "於", "进": "進", "强": "強", "发": "發",
    "号": "號", "门": "門", "县": "縣", "区": "區", "会": "會", "员": "員", "厅": "廳", "务": "務", "开": "開",
    "实": "實", "设": "設", "经": "經", "济": "濟", "业": "業", "卫": "衛", "护": "護", "专": "專", "项": "項",
    "动": "動", "对": "對", "报": "報", "导": "導", "领": "領", "应": "應", "当": "當", "为": "為", "这": "這",
    "时": "時", "间": "間", "处": "處", "现": "現", "场": "場", "计": "計", "划": "劃", "请": "請", "认": "認",
    "贯": "貫", "彻": "徹", "执": "執", "组": "組", "织": "織", "单": "單", "级": "級", "总": "總", "结": "結",
    "东": "東", "华": "華", "国": "國", "党": "黨", "书": "書", "记": "記", "乡": "鄉", "镇": "鎮", "电": "電",
    "话": "話", "传": "傳", "阅": "閱", "资": "資", "内": "內", "观": "觀", "险": "險", "排": "排",
    "查": "查", "隐": "隱", "患": "患", "范": "範", "汛": "汛", "灾": "災", "紧": "緊", "急": "急", "统": "統",
    "筹": "籌", "财": "財", "政": "政", "规": "規", "则": "則", "责": "責", "任": "任", "落": "落", "营": "營",
    "环": "環", "境": "境", "优": "優", "化": "化", "点": "點", "标": "標", "题": "題", "抄": "抄", "送": "送",
    "印": "印", "办": "辦", "公": "公", "室": "室", "市": "市", "省": "省", "们": "們",
    "万": "萬", "亿": "億", "产": "產", "严": "嚴", "两": "兩", "状": "狀", "态": "態", "宁": "寧", "测": "測",
    "监": "監", "舆": "輿", "论": "論", "稳": "穩", "维": "維", "损": "損", "势": "勢", "况": "況", "农": "農",
    "筑": "築", "质": "質", "该": "該", "决": "決", "议": "議", "调": "調", "研": "研", "部": "部", "署": "署",
    "风": "風", "负": "負", "拟": "擬", "补": "補", "阶": "階", "轮": "輪", "问": "問", "连": "連", "运": "運",
    "车": "車", "侧": "側", "挥": "揮", "转": "轉", "众": "眾", "诉": "訴", "检": "檢", "验": "驗", "预": "預",
    "属": "屬", "职": "職", "纪": "紀", "违": "違", "纳": "納", "审": "審", "达": "達", "随": "隨", "坚": "堅",
    "体": "體", "录": "錄", "据": "據", "储": "儲", "备": "備", "并": "並", "将": "將", "讯": "訊", "带": "帶",
    "识": "識", "义": "義", "确": "確", "线": "線", "视": "視", "频": "頻", "亲": "親", "过": "過", "联": "聯",
    "络": "絡", "压": "壓", "积": "積", "难": "難", "谣": "謠", "网": "網",
})
TRAD_PERIODS = ("壹年", "貳年", "參年", "伍年", "拾年", "貳拾年", "參拾年", "陸個月", "長期", "1年", "5年", "10年", "啟用前")


def std_mark(rng: random.Random, level: str | None = None, period: str | None = None) -> str:
    level = level or rng.choice(LEVELS)
    period = period or rng.choice(PERIODS[:-1])
    return f"{level}★{period}"


def split_level(level: str, sep: str) -> str:
    return level[0] + sep + level[1]


def ocr_spaced(text: str) -> str:
    """What tesseract typically returns for CJK: a space between every character, lines kept."""
    return "\n".join(" ".join(ch for ch in line if not ch.isspace()) for line in text.split("\n"))


def traditional(text: str) -> str:
    return text.translate(TRAD)


# ---------------------------------------------------------------------------------------------------------------
# Chat framing
# ---------------------------------------------------------------------------------------------------------------

CHAT_PREFIXES = [
    "领导，文件发您：", "王局，刚收到的急件，您先看一下👇", "@所有人 紧急通知，请大家马上传达落实",
    "各位，上级刚下发的，原文如下：", "李主任您好，照片看不清，我把全文打出来了：", "刚才的图片太糊了，文字版在这里",
    "[转发] 办公室：", "这份首页没什么实质内容，大家对一下是不是要退回的那份：", "张科，材料发你，看完删掉哈",
    "收到，马上转发。原文：", "老婆你帮我看看这个文件怎么理解", "兄弟们，明天要落实的就是这个：",
    "【急】请各村书记立即学习", "刘书记，您要的原件文字版：", "赵处，昨晚的通知我整理了一下，发群里大家看看",
    "周末值班的同志注意，以下为今晚到的电报内容：", "各位领导：现将有关文件转发如下，请阅示。",
]


def with_chat_prefix(rng: random.Random, text: str) -> str:
    prefix = rng.choice(CHAT_PREFIXES)
    sep = rng.choice(("\n", "\n\n", "\n"))
    if rng.random() < 0.3:
        prefix = f"{person(rng)} {rng.randint(7, 23)}:{rng.randint(0, 59):02d}\n" + prefix
    return prefix + sep + text


# ---------------------------------------------------------------------------------------------------------------
# Block generators
# ---------------------------------------------------------------------------------------------------------------


def gen_doc_full(rng: random.Random) -> str:
    return official_doc(rng, mark=std_mark(rng), copy_no=rng.random() < 0.8, attach=None, banji=None)


def gen_header_only(rng: random.Random) -> str:
    return doc_header_only(rng, std_mark(rng))


def gen_mark_paragraph(rng: random.Random) -> str:
    c = ctx(rng)
    mark = std_mark(rng)
    parts = [mark]
    if rng.random() < 0.5:
        parts.append(make_title(rng, c))
    parts.append(paragraph(rng, c, (2, 5)))
    if rng.random() < 0.3:
        parts.append(paragraph(rng, c, (1, 3)))
    return "\n".join(parts)


def gen_bare_level(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    if rng.random() < 0.5:
        return official_doc(rng, mark=level, copy_no=rng.random() < 0.6)
    c = ctx(rng)
    lines = [level, make_title(rng, c), rng.choice(MAIN_TO), paragraph(rng, c, (3, 5))]
    if rng.random() < 0.5:
        lines.insert(0, f"{rng.randint(1, 999):06d}")
    return "\n".join(lines)


def gen_after_chat(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.4:
        inner = official_doc(rng, mark=std_mark(rng), copy_no=rng.random() < 0.5, paras=(1, 3))
    elif choice < 0.7:
        inner = doc_header_only(rng, std_mark(rng))
    else:
        inner = gen_mark_paragraph(rng)
    return with_chat_prefix(rng, inner)


def gen_label_form(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    period = rng.choice(("1年", "5年", "10年", "20年", "长期"))
    line = rng.choice((f"密级：{level}★{period}", f"密级：{level}　　保密期限：{period}", f"密级：{level}",
                       f"密级：{level}　　　　编号：{rng.randint(1, 999):06d}"))
    c = ctx(rng)
    return "\n".join([line, make_title(rng, c), paragraph(rng, c, (2, 4))])


def _mark_in_doc(rng: random.Random, mark: str) -> str:
    r = rng.random()
    if r < 0.45:
        return official_doc(rng, mark=mark, copy_no=rng.random() < 0.6, paras=(1, 3))
    if r < 0.8:
        return doc_header_only(rng, mark)
    c = ctx(rng)
    return "\n".join([mark, make_title(rng, c), paragraph(rng, c)])


def gen_evasion_space(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    mark = split_level(level, rng.choice(SEPARATORS_SPACE)) + rng.choice(("★", " ★ ", "★ ")) + rng.choice(PERIODS[:-1])
    return _mark_in_doc(rng, mark)


def gen_evasion_punct(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    return _mark_in_doc(rng, split_level(level, rng.choice(SEPARATORS_PUNCT)) + "★" + rng.choice(PERIODS[:-1]))


def gen_evasion_newline(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    return _mark_in_doc(rng, split_level(level, rng.choice(("\n", "\r\n", "\n\n"))) + "★" + rng.choice(PERIODS[:-1]))


def gen_evasion_zero_width(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    zw = rng.choice(SEPARATORS_ZW)
    mark = split_level(level, zw) + "★" + rng.choice(PERIODS[:-1])
    if rng.random() < 0.3:
        mark = mark.replace("★", zw + "★")
    return _mark_in_doc(rng, mark)


def gen_traditional(rng: random.Random) -> str:
    level = rng.choice(("機密", "絕密", "秘密"))
    mark = f"{level}★{rng.choice(TRAD_PERIODS)}"
    doc = official_doc(rng, mark=None, copy_no=False, paras=(1, 2)) if rng.random() < 0.6 else None
    if doc is None:
        c = ctx(rng)
        return mark + "\n" + traditional(make_title(rng, c) + "\n" + paragraph(rng, c))
    lines = traditional(doc).split("\n")
    return "\n".join([mark, *lines])


def gen_fullwidth(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    period = rng.choice(("1年", "2年", "5年", "10年", "20年", "30年", "6个月", "3个月")).translate(FULLWIDTH)
    return _mark_in_doc(rng, f"{level}★{period}")


def gen_star_variant(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    return _mark_in_doc(rng, f"{level}{rng.choice(STAR_VARIANTS)}{rng.choice(PERIODS[:-1])}")


def gen_ocr_star(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    mark = f"{level}{rng.choice(OCR_STARS)}{rng.choice(PERIODS[:-1])}"
    br = rng.choice(OCR_BRACKETS)
    if rng.random() < 0.6:
        return official_doc(rng, mark=mark, copy_no=rng.random() < 0.7, paras=(1, 2), brackets=br)
    return doc_header_only(rng, mark, brackets=br)


def gen_ocr_spaced(rng: random.Random) -> str:
    mark = std_mark(rng)
    if rng.random() < 0.3:
        mark = mark.replace("★", rng.choice(OCR_STARS))
    br = rng.choice(("〔〕", *OCR_BRACKETS))
    doc = doc_header_only(rng, mark, brackets=br) if rng.random() < 0.5 else official_doc(
        rng, mark=mark, copy_no=True, paras=(1, 1), brackets=br, banji=False, attach=False)
    return ocr_spaced(doc)


def gen_cn_period(rng: random.Random) -> str:
    level = rng.choice(LEVELS)
    star = rng.choice(("★", "★", "★", "☆"))
    return _mark_in_doc(rng, f"{level}{star}{rng.choice(CN_PERIODS)}")


EXAMS = [
    "{year}年普通高等学校招生全国统一考试（{prov}卷）", "{year}年{place}初中学业水平考试", "{year}年{place}中考模拟考试（二）",
    "{year}年普通高中学业水平合格性考试", "{year}年全国硕士研究生招生考试", "{year}年{place}公务员录用考试",
    "{year}年{place}事业单位公开招聘工作人员笔试", "{year}年国家统一法律职业资格考试（客观题）", "{year}年{place}高三第一次联考",
    "{year}年全国中学生物理竞赛复赛",
]
SUBJECTS = {
    "数学": ["已知集合A={x|x²-3x+2<0}，B={x|1<x<3}，则A∩B=（　　）", "若复数z满足(1+i)z=2i，则|z|=（　　）",
             "函数f(x)=ln x+2x-6的零点所在区间是（　　）", "-3的绝对值是（　　）　A．3　B．-3　C．1/3　D．-1/3"],
    "语文": ["下列词语中加点字的读音全都正确的一项是（　　）", "阅读下面的文字，完成1～3题。", "补写出下列句子中的空缺部分。",
             "下列各句中，没有语病的一句是（　　）"],
    "英语": ["第一部分 听力（共两节，满分30分）", "阅读理解（共两节，满分50分）", "What does the woman want to do?",
             "完形填空（共20小题；每小题1.5分，满分30分）"],
    "物理": ["一质点做匀加速直线运动，初速度为2 m/s，加速度为1 m/s²，则第3 s末的速度为（　　）",
             "关于电磁感应现象，下列说法正确的是（　　）"],
    "化学": ["可能用到的相对原子质量：H 1　C 12　N 14　O 16　Na 23", "下列物质属于电解质的是（　　）"],
    "行政职业能力测验": ["第一部分 常识判断（共20题）", "根据所给资料，回答下列问题。", "第二部分 言语理解与表达"],
    "申论": ["给定资料", "作答要求：根据“给定资料1”，概括当前基层治理中存在的主要问题。（15分）"],
    "历史": ["下列关于秦朝中央集权制度的表述，正确的是（　　）"],
}


def gen_exam_paper(rng: random.Random) -> str:
    place = rng.choice(PLACES)[0]
    mark = rng.choices(("绝密★启用前", "机密★启用前", "秘密★启用前", "绝密★考试结束前"), weights=(8, 1, 2, 1))[0]
    exam = rng.choice(EXAMS)
    civil = "公务员" in exam or "事业单位" in exam
    subject = rng.choice(["行政职业能力测验", "申论"] if civil else [k for k in SUBJECTS if k not in ("行政职业能力测验", "申论")])
    exam = exam.format(year=rng.choice((2025, 2026)), place=place, prov=rng.choice(("全国甲", "新课标Ⅰ", "新高考Ⅱ")))
    minutes = rng.choice((90, 120, 150))
    lines = [mark, exam, subject if rng.random() < 0.5 else " ".join(subject), "注意事项：",
             f"1．本试卷共{rng.randint(4, 12)}页，满分{rng.choice((100, 120, 150))}分，考试时间{minutes}分钟。",
             "2．答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。",
             "3．回答选择题时，选出每小题答案后，用2B铅笔把答题卡上对应题目的答案标号涂黑。"]
    qs = rng.sample(SUBJECTS[subject], min(len(SUBJECTS[subject]), rng.randint(1, 3)))
    lines.append(f"一、选择题：本题共{rng.randint(8, 15)}小题，每小题{rng.choice((3, 4, 5))}分。")
    lines.extend(f"{i}．{q}" for i, q in enumerate(qs, start=1))
    text = "\n".join(lines)
    if rng.random() < 0.3:
        text = rng.choice(("同学们，明天的卷子先发一下，别外传：\n", "老师，这是明天考试的题吗？\n",
                           "内部渠道搞到的，保真👇\n", "考前押题（原卷）\n")) + text
    return text


TELEGRAM_LEVELS = ("特提", "特急", "加急", "平急")


def gen_telegram_cipher(rng: random.Random) -> str:
    org = make_org(rng)
    c = ctx(rng, org)
    d = doc_date(rng, int(c["year"]))  # type: ignore[arg-type]
    header = rng.choice(("密码电报", "密 码 电 报", f"{org.name}密码电报", "密码电报（发电）"))
    lines = [header]
    if rng.random() < 0.5:
        lines.append(f"发电单位：{org.name}　　　　签批：{person(rng)}")
        lines.append(f"等级：{rng.choice(TELEGRAM_LEVELS)}　　　　{org.abbr}{rng.choice(('委办', '政办', ''))}发电〔{d.year}〕"
                     f"{rng.randint(1, 90)}号")
    else:
        lines.append(f"等级：{rng.choice(TELEGRAM_LEVELS)}")
        lines.append(f"签发人：{person(rng)}")
    if rng.random() < 0.4:
        lines.insert(1, std_mark(rng, period=rng.choice(("1年", "5年", "10年", "长期"))))
    lines += [make_title(rng, c).replace("通知", "电报"), rng.choice(MAIN_TO), paragraph(rng, c, (2, 4))]
    if rng.random() < 0.5:
        lines += [org.name, fmt_date(d, rng)]
    text = "\n".join(lines)
    return with_chat_prefix(rng, text) if rng.random() < 0.25 else text


def gen_telegram_midian(rng: random.Random) -> str:
    org = make_org(rng)
    c = ctx(rng, org)
    d = doc_date(rng, int(c["year"]))  # type: ignore[arg-type]
    head = rng.choice((f"{org.name}密电", "密电", "密　电", f"{org.place}密电"))
    lines = [head, f"等级：{rng.choice(TELEGRAM_LEVELS)}", f"{org.code}密电〔{d.year}〕{rng.randint(1, 60)}号",
             make_title(rng, c).replace("通知", "电报"), rng.choice(MAIN_TO), paragraph(rng, c, (2, 4)),
             org.name, fmt_date(d, rng)]
    if rng.random() < 0.3:
        lines.pop(2)
    text = "\n".join(lines)
    return with_chat_prefix(rng, text) if rng.random() < 0.3 else text


# ---------------------------------------------------------------------------------------------------------------
# Confirm generators
# ---------------------------------------------------------------------------------------------------------------

BRIEF_NAMES = ["工作简报", "信息专报", "情况通报", "舆情快报", "值班信息", "督查通报", "维稳动态", "政务信息", "要情快报",
               "调研参阅"]


def _brief(rng: random.Random, top: str) -> str:
    org = make_org(rng, party=False)
    c = ctx(rng, org)
    d = doc_date(rng, int(c["year"]))  # type: ignore[arg-type]
    lines = [top, f"{org.place}{rng.choice(BRIEF_NAMES)}", f"第{rng.randint(1, 60)}期",
             f"{org.name}办公室编　　　　{fmt_date(d, rng, chinese=False)}", "",
             make_title(rng, c).replace("关于", "").replace("的通知", "情况"), paragraph(rng, c, (3, 5))]
    if rng.random() < 0.5:
        lines.append(paragraph(rng, c, (2, 3)))
    if rng.random() < 0.4:
        lines += ["", f"报：{rng.choice(('市委、市政府领导', '省委、省政府领导', '县委、县政府主要领导'))}",
                  f"送：{rng.choice(('各区县（市）', '市直有关单位', '各乡镇（街道）'))}"]
    return "\n".join(lines)


def gen_internal_material(rng: random.Random) -> str:
    top = rng.choice(("内部资料 注意保存", "内部资料　注意保存", "内部资料，注意保存", "内部资料  注意保管",
                      "内部资料 请勿外传", "内部资料"))
    text = _brief(rng, top) if rng.random() < 0.7 else official_doc(rng, mark=top, paras=(1, 3))
    return with_chat_prefix(rng, text) if rng.random() < 0.2 else text


def gen_internal_circulation(rng: random.Random) -> str:
    top = rng.choice(("内部传阅", "内部传阅 阅后退回", "内部传阅，请勿复制", "（内部传阅）", "内部传阅件"))
    text = _brief(rng, top) if rng.random() < 0.5 else official_doc(rng, mark=top, paras=(1, 3))
    return with_chat_prefix(rng, text) if rng.random() < 0.2 else text


def gen_work_secret(rng: random.Random) -> str:
    top = rng.choice(("工作秘密", "工作秘密　请勿外传", "工作秘密 严禁外传", "工作秘密★", "工作秘密（不得公开）"))
    r = rng.random()
    if r < 0.5:
        text = official_doc(rng, mark=top, copy_no=False, paras=(1, 3))
    elif r < 0.8:
        text = _brief(rng, top)
    else:
        c = ctx(rng)
        text = "\n".join([top, make_title(rng, c), paragraph(rng, c, (3, 5))])
    return with_chat_prefix(rng, text) if rng.random() < 0.2 else text


def gen_not_public(rng: random.Random) -> str:
    note = rng.choice(("（此件不公开）", "（此件不公开）", "（此件不予公开）", "（此件不公开，发至县级）", "（此件依申请不公开）"))
    return official_doc(rng, note=note, header=rng.random() < 0.7, number=True, paras=(1, 3))


DRAFT_WORDS = ("讨论稿", "征求意见稿", "送审稿", "未定稿")


def gen_draft(rng: random.Random, word: str) -> str:
    r = rng.random()
    if r < 0.4:
        return official_doc(rng, header=False, number=False, title_suffix=f"（{word}）", sign=rng.random() < 0.5,
                            main_to=rng.random() < 0.5, paras=(2, 3))
    c = ctx(rng)
    title = make_title(rng, c)
    if r < 0.7:
        lines = [word if rng.random() < 0.6 else f"{word}　请勿外传", title, paragraph(rng, c, (3, 5)),
                 paragraph(rng, c, (2, 3))]
    else:
        lines = [f"{title}（{word}）", paragraph(rng, c, (3, 5))]
        if rng.random() < 0.5:
            lines.append(f"（{rng.choice(DEPTS)}起草，{rng.randint(1, 12)}月{rng.randint(1, 28)}日第{rng.randint(2, 5)}稿）")
    text = "\n".join(lines)
    if rng.random() < 0.3:
        text = rng.choice(("这是还没定的稿子，先给你们看看：\n", "方案初稿，大家提提意见\n", "王总让我先发群里，别往外转\n")) + text
    return text


def gen_telegram_plain(rng: random.Random) -> str:
    org = make_org(rng)
    c = ctx(rng, org)
    d = doc_date(rng, int(c["year"]))  # type: ignore[arg-type]
    kind = rng.random()
    if kind < 0.5:
        lines = [rng.choice(("明传电报", "明 传 电 报", f"{org.name}明传电报")),
                 f"发电单位：{org.name}　　　　签批盖章：{person(rng)}",
                 f"等级：{rng.choice(('特急', '加急', '平急'))}·明电　　　{org.code}明电〔{d.year}〕{rng.randint(1, 90)}号"]
    else:
        lines = [rng.choice(("内部明电", "内部明电　注意保存", f"{org.name}内部明电")),
                 f"等级：{rng.choice(('特急', '加急', '平急'))}"]
        if rng.random() < 0.5:
            lines.append(f"{org.code}明电〔{d.year}〕{rng.randint(1, 90)}号")
    lines += [make_title(rng, c), rng.choice(MAIN_TO), paragraph(rng, c, (2, 4)), org.name, fmt_date(d, rng)]
    text = "\n".join(lines)
    return with_chat_prefix(rng, text) if rng.random() < 0.25 else text


def gen_unpublished_doc(rng: random.Random) -> str:
    text = official_doc(rng, header=True, number=True, main_to=True, sign=True, note=None,
                        urgency=rng.random() < 0.3, paras=(1, 3))
    return with_chat_prefix(rng, text) if rng.random() < 0.25 else text


ID_CONTEXTS = [
    "返乡人员登记名单", "密接人员排查表", "低保对象花名册", "城乡居民医保参保人员名单", "拆迁户补偿款发放名单",
    "新生儿家长信息表", "高龄津贴发放名册", "入住人员登记表", "志愿者报名信息", "考生信息汇总", "困难群众慰问名单",
    "社区矫正对象名单", "征兵体检人员名单", "员工社保登记表",
]
COMMUNITIES = ["幸福里社区", "城东村", "南苑小区", "新华街道", "和平社区", "丰收村", "阳光花园", "滨江社区", "工人新村",
               "桃园村", "金沙社区", "青年路社区"]


def gen_id_table(rng: random.Random) -> str:
    n = rng.randint(8, 22)
    title = rng.choice(ID_CONTEXTS)
    fmt = rng.randrange(4)
    rows = []
    for i in range(1, n + 1):
        male = rng.random() < 0.5
        idn = make_id(rng, male)
        if idn.endswith("X") and rng.random() < 0.4:
            idn = idn[:-1] + "x"
        nm = person(rng)
        sex = "男" if male else "女"
        tel = make_mobile(rng)
        where = rng.choice(COMMUNITIES) + f"{rng.randint(1, 30)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}"
        if fmt == 0:
            rows.append(f"{i}\t{nm}\t{sex}\t{idn}\t{tel}\t{where}")
        elif fmt == 1:
            rows.append(f"{i}. {nm} {idn} {tel}")
        elif fmt == 2:
            rows.append(f"| {i} | {nm} | {sex} | {idn} | {where} |")
        else:
            rows.append(f"{nm},{idn},{tel},{rng.choice(COMMUNITIES)}")
    head = {0: "序号\t姓名\t性别\t身份证号码\t联系电话\t现住址", 1: f"今天新增{title}如下：",
            2: "| 序号 | 姓名 | 性别 | 公民身份号码 | 住址 |", 3: "姓名,身份证号,手机号,所属社区"}[fmt]
    lines = [title, head, *rows]
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(("各位网格员，名单发群里了，抓紧核对", "@所有人 请各村对照以下名单逐户排查",
                                    "妈，这是咱们村报上去的名单，你看看有没有漏的", "表格如下，请查收")))
    return "\n".join(lines)


def gen_phone_table(rng: random.Random) -> str:
    n = rng.randint(8, 20)
    title = rng.choice(("应急值守人员通讯录", "密接人员联系方式", "业主委员会成员联系方式", "防汛责任人名单",
                        "网格员联系表", "家长联系方式汇总", "外出务工人员联系表", "隔离人员名单"))
    fmt = rng.randrange(3)
    lines = [title]
    for i in range(1, n + 1):
        nm, tel = person(rng), make_mobile(rng)
        role = rng.choice(("组长", "成员", "网格员", "楼长", "联络员", "家长", "户主", ""))
        if fmt == 0:
            lines.append(f"{i}\t{nm}\t{role}\t{tel}")
        elif fmt == 1:
            lines.append(f"{nm}：{tel}")
        else:
            sep = rng.choice((" ", "-"))
            lines.append(f"{i}、{nm}（{rng.choice(COMMUNITIES)}）{tel[:3]}{sep}{tel[3:7]}{sep}{tel[7:]}")
    return "\n".join(lines)


DIAGNOSES = ["2型糖尿病", "高血压3级（极高危）", "社区获得性肺炎", "急性阑尾炎", "乳腺恶性肿瘤术后", "抑郁发作", "慢性乙型病毒性肝炎",
             "冠状动脉粥样硬化性心脏病", "脑梗死", "继发性肺结核", "精神分裂症", "HIV感染", "早孕", "肝硬化失代偿期",
             "慢性肾脏病5期", "双相情感障碍", "宫颈上皮内瘤变Ⅱ级", "胃恶性肿瘤"]
FEMALE_ONLY = ("早孕", "宫颈上皮内瘤变Ⅱ级")
DEPARTMENTS = ["心内科", "呼吸科", "内分泌科", "普外科", "肿瘤科", "精神科", "感染科", "妇产科", "神经内科", "肾内科"]


def gen_patient_list(rng: random.Random) -> str:
    n = rng.randint(6, 16)
    fmt = rng.randrange(3)
    hosp = rng.choice(("市第一人民医院", "县人民医院", "中医院", "妇幼保健院", "第三医院", "社区卫生服务中心"))
    lines = [rng.choice((f"{hosp}{rng.choice(DEPARTMENTS)}在院患者一览", f"{hosp}今日出院患者名单", "住院患者交班表",
                         f"{hosp}重点随访患者清单"))]
    if fmt == 0:
        lines.append("床号\t姓名\t性别\t年龄\t病历号\t诊断")
    elif fmt == 1:
        lines.append("姓名,病历号,科室,诊断,主治医师")
    for i in range(1, n + 1):
        nm = person(rng)
        rec = rng.choice((f"ZY{rng.randint(2024, 2026)}{rng.randint(10000, 99999)}", f"{rng.randint(10**7, 10**8 - 1)}",
                          f"MZ{rng.randint(100000, 999999)}"))
        diag = rng.choice(DIAGNOSES)
        sex = "女" if diag in FEMALE_ONLY else rng.choice("男女")
        if fmt == 0:
            lines.append(f"{rng.randint(1, 60)}床\t{nm}\t{sex}\t{rng.randint(18, 92)}\t{rec}\t{diag}")
        elif fmt == 1:
            lines.append(f"{nm},{rec},{rng.choice(DEPARTMENTS)},{diag},{person(rng)}")
        else:
            lines.append(f"{i}. {nm}，{sex}，{rng.randint(18, 92)}岁，病历号{rec}，诊断：{diag}")
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(("护士长，交班名单发你", "群里核对一下今天的患者", "科室群：")))
    return "\n".join(lines)


LEADERS = ["省委书记", "省长", "常务副省长", "市委书记", "市长", "副市长", "市委副书记", "区委书记", "区长", "县委书记",
           "县长", "部长", "主任", "厅长", "董事长", "党委书记", "院长", "局长"]


def _clock(rng: random.Random, h0: int, h1: int) -> str:
    return f"{rng.randint(h0, h1):02d}:{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"


def gen_itinerary(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    title = rng.choice(LEADERS)
    place = rng.choice(PLACES)[0]
    d = doc_date(rng)
    hotel = rng.choice(HOTELS)
    flight = rng.choice(FLIGHTS)
    site1, site2 = rng.sample(SITES, 2)
    if rng.random() < 0.3:  # chat style
        lead = surname + ("书记" if title.endswith("书记") else "董事长" if title == "董事长" else title[-2:])
        return (f"{lead}明天行程：{_clock(rng, 6, 8)}从家里出发去机场，{flight} {_clock(rng, 9, 10)}起飞，"
                f"{_clock(rng, 11, 12)}抵达，接机车辆在T{rng.randint(1, 3)}出口，下午{rng.randint(2, 4)}点到{site1}调研，"
                f"晚上入住{hotel}{rng.randint(5, 20)}{rng.randint(1, 30):02d}房间。司机{person(rng)}，车牌浙A·{rng.randint(10000, 99999)}")
    minute = rng.randint(7 * 60, 8 * 60 + 30) // 5 * 5

    def at(step: tuple[int, int]) -> str:
        nonlocal minute
        minute += rng.randint(*step) // 5 * 5
        return f"{minute // 60:02d}:{minute % 60:02d}"

    lines = [f"{title}{surname}{rng.choice(GIVEN)}同志赴{place}调研行程安排",
             f"{d.month}月{d.day}日（星期{rng.choice(WEEKDAYS)}）",
             f"{at((0, 0))}　从{rng.choice(('市委大院', '省政府', '驻地', hotel))}出发，乘车前往{site1}",
             f"{at((30, 70))}　抵达{site1}，听取情况汇报（陪同：{person(rng)}、{person(rng)}）",
             f"{at((50, 90))}　考察{site2}"]
    minute = max(minute, 11 * 60 + 30)
    lines.append(f"{at((10, 40))}　午餐（{rng.choice(HOTELS)}，{rng.randint(6, 12)}人）")
    if rng.random() < 0.6:
        dep = at((60, 120))
        lines.append(f"{dep}　抵达机场，乘{flight}航班赴{rng.choice(PLACES)[0]}（{at((30, 50))}起飞，{at((90, 150))}抵达）")
    else:
        lines.append(f"{at((90, 150))}　召开座谈会（{rng.choice(ROOMS)}）")
    lines.append(f"{at((60, 120))}　入住{hotel}{rng.randint(6, 25)}楼（安保：{rng.choice(DEPTS)}负责）")
    if rng.random() < 0.5:
        lines.append(f"随行人员：{person(rng)}（秘书）、{person(rng)}（警卫）、{person(rng)}（司机）")
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(("接待方案已定，发大家熟悉一下：", "明天的安排如下，请各单位做好准备", "办公室发：")))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Harmless generators
# ---------------------------------------------------------------------------------------------------------------

LEAK_ACTIONS = ["拍照后发到", "截图转发至", "复制粘贴发到", "扫描后上传至", "用手机翻拍后发到"]
LEAK_CHANNELS = ["微信工作群", "家族微信群", "QQ群", "朋友圈", "同学群", "钉钉工作群", "个人微博"]
LEAK_DOCS = ["一份机密级文件", "一份秘密级文件", "一份绝密级文件", "一份涉密文件", "多份机密级文件的首页", "一份秘密级会议纪要",
             "一份机密级电报", "该局下发的一份秘密级通知"]
PUNISH = ["党内警告处分", "记过处分", "降级处分", "党内严重警告处分", "政务记大过处分", "开除党籍和公职处分", "诫勉谈话"]
JOBS = ["某局干部", "某县卫健局工作人员", "某乡镇党委副书记", "某国企员工", "某单位司机", "某医院行政人员", "某街道网格员",
        "某区委办公室机要员"]


def gen_news_about_leak(rng: random.Random) -> str:
    place = rng.choice(PLACES)[0]
    s = rng.choice(SURNAMES)
    y = rng.choice((2022, 2023, 2024, 2025))
    doc = rng.choice(LEAK_DOCS)
    templates = [
        f"【以案说法】{y}年{rng.randint(1, 12)}月，{place}{rng.choice(JOBS)}{s}某为图方便，将{doc}{rng.choice(LEAK_ACTIONS)}"
        f"{rng.choice(LEAK_CHANNELS)}，造成泄密。事后，{s}某受到{rng.choice(PUNISH)}。",
        f"国家保密局日前公布了{rng.randint(3, 12)}起泄密案件。其中，{rng.choice(JOBS)}将{doc}{rng.choice(LEAK_ACTIONS)}"
        f"{rng.choice(LEAK_CHANNELS)}，被群成员转发至微博，造成恶劣影响。",
        f"案例警示：{rng.choice(JOBS)}{s}某将领取的{doc.replace('一份', '')}封面拍照发到家庭群炫耀，最终被给予{rng.choice(PUNISH)}。",
        f"据通报，{s}某误将{doc}发至亲友群，虽在两分钟内撤回，但已有群成员查看并保存，仍造成泄密后果。",
        f"{place}保密局通报：{rng.choice(JOBS)}在转发{doc}时未经保密审查，相关责任人已被追责问责。",
        f"记者从{place}纪委监委获悉，{s}某因违规使用微信传递{doc.replace('一份', '涉密内容的')}，被给予{rng.choice(PUNISH)}。",
    ]
    lessons = [
        "这起案件再次提醒我们，微信不是保密箱，涉密信息严禁上网。",
        "专家指出，无论是照片、截图还是手工录入的文字，只要含有国家秘密，都不得通过互联网传递。",
        "点对点发送同样属于违规行为，不能心存侥幸。",
        "有的干部认为“首页没有实质内容”就可以随意传播，这种认识是完全错误的。",
        "“撤回”并不等于没有发生，信息一旦发出就可能被截屏、转发。",
        "各单位要加强保密教育，定期开展警示教育活动，切实筑牢保密防线。",
        "据了解，该单位此前已多次组织保密培训，但当事人仍抱有侥幸心理。",
        "保密工作无小事，每一名干部都要时刻绷紧保密这根弦。",
    ]
    parts = rng.sample(templates, rng.randint(1, 2)) + rng.sample(lessons, rng.randint(1, 3))
    if rng.random() < 0.15:
        lvl = rng.choice(LEVELS)
        parts.insert(1, f"经鉴定，该文件首页标注有“{lvl}★{rng.choice(('1年', '5年', '10年'))}”字样，属于{lvl}级国家秘密。")
    text = "".join(parts)
    if rng.random() < 0.3:
        text = rng.choice(("转发学习：", "今日警示教育材料\n", "保密提醒｜", "大家看看这个案例，引以为戒。\n")) + text
    return text


TRAININGS = ["机密文件管理制度培训", "保密法律法规专题培训", "涉密人员保密教育培训", "机要文件收发管理培训",
             "保密自查自评工作培训", "秘密载体管理规范学习", "新任涉密岗位人员岗前培训", "网络保密管理专题讲座",
             "密码电报收发管理规定学习"]


def gen_training_notice(rng: random.Random) -> str:
    org = make_org(rng, party=False)
    training = rng.choice(TRAININGS)
    d = doc_date(rng)
    when = f"{d.month}月{d.day}日（星期{rng.choice(WEEKDAYS[:5])}）{rng.choice(('上午9:00', '下午2:30', '下午3:00', '上午8:30'))}"
    content = rng.choice((
        "《中华人民共和国保守国家秘密法》及其实施条例解读、涉密载体管理、密级标注规范等",
        "机密、秘密文件的登记、传阅、保管和清退流程，以及常见泄密案例分析",
        "国家秘密的密级划分、保密期限的确定和变更、涉密文件复制要求",
        "手机和即时通讯工具使用中的保密风险、典型案例警示",
    ))
    lines = [f"关于举办{training}的通知", rng.choice(("各科室、各下属单位：", "各处室：", "局属各单位：", "各位同事：")),
             f"为进一步增强干部职工保密意识，经研究，定于{when}在{rng.choice(ROOMS)}举办{training}，现将有关事项通知如下：",
             f"一、培训内容：{content}。",
             f"二、参训人员：{rng.choice(('各科室负责人及兼职保密员', '全体在编在岗人员', '新入职人员和涉密岗位人员'))}。",
             "三、有关要求：请参训人员提前10分钟签到，不得无故缺席；确有特殊情况的，须向办公室请假。",
             f"联系人：{person(rng)}，分机{rng.randint(8000, 8999)}。", "", f"{org.name}办公室", fmt_date(d, rng, chinese=False)]
    if rng.random() < 0.3:
        lines = lines[:3] + lines[6:]
    return "\n".join(lines)


SLOGANS = [
    "保守国家秘密是每个公民的义务。", "保守秘密是每个公民的义务，也是每名党员干部的政治责任。", "涉密不上网，上网不涉密。",
    "秘密无小事，保密无小节。", "一人泄密，全局被动。", "保密工作没有“局外人”。", "手机不是保险箱，微信不是保密室。",
    "严守党和国家秘密，筑牢保密安全防线。", "人人讲保密，事事守规矩。", "保密就是保安全、保发展。",
]
QUIZ = [
    "保密知识测试题\n1．国家秘密的密级分为（　　）。\nA．绝密、机密、秘密　B．绝密、秘密、内部　C．机密、秘密、公开\n"
    "2．下列做法正确的是（　　）。\nA．用微信传送涉密文件　B．在涉密计算机上使用U盘　C．涉密文件按规定登记、清退",
    "根据保密法，国家秘密的保密期限，除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。",
    "《国家秘密文件、资料和其他物品标志的规定》要求，密级和保密期限一般标注在文件首页左上角，标注形式为“密级★保密期限”。",
    "判断题：工作中遇到需要发送机密级文件的情况，可以先用微信发送，事后再补登记。（　　）答案：×",
]


def gen_secrecy_slogan(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(QUIZ)
    parts = rng.sample(SLOGANS, rng.randint(1, 3))
    if r < 0.6:
        prefix = rng.choice(("【保密宣传月】", "今日保密提醒：", "宣传栏标语：", "保密宣传周｜", "每日一句："))
        return prefix + "".join(parts)
    return (f"{rng.choice(('各位同事', '大家好', '各支部'))}：{rng.choice(('本月是保密宣传月', '下周开始保密宣传周'))}，"
            f"请结合实际开展宣传。宣传标语参考：" + "；".join(p.rstrip("。") for p in parts) + "。")


BOOKS = [
    ("《秘密花园》", "这本填色书真的很解压，每天睡前涂一页"), ("《秘密》", "东野圭吾写的，结局太虐了"),
    ("《秘密花园》", "伯内特的经典童书，推荐给孩子当暑期读物"), ("《绝密飞行》", "老电影了，特效放到现在也不过时"),
    ("《秘密森林》", "第二季比第一季还好看，强推"), ("《机密》", "一部讲商业间谍的悬疑小说，情节挺紧凑"),
    ("《秘密特工》", "周末去看了，打斗场面很燃"), ("《绝密使命》", "讲的是当年地下交通线的故事，看哭了"),
    ("《秘密》", "周杰伦《不能说的秘密》的原声带我循环了一整天"), ("《情报的秘密》", "讲二战密码破译史，科普性很强"),
]


def gen_book_title(rng: random.Random) -> str:
    name, comment = rng.choice(BOOKS)
    forms = [f"最近在看{name}，{comment}。", f"有人看过{name}吗？{comment}", f"推荐一下{name}：{comment}，豆瓣评分{rng.randint(70, 93) / 10}。",
             f"书单分享｜{name}\n{comment}。\n适合人群：{rng.choice(('学生', '上班族', '亲子共读', '推理爱好者'))}",
             f"图书馆新到{name}等{rng.randint(20, 80)}种图书，欢迎借阅。"]
    return rng.choice(forms)


def gen_published_doc(rng: random.Random) -> str:
    note = rng.choice(("（此件公开发布）", "（此件公开发布）", "（此件主动公开）"))
    text = official_doc(rng, note=note, urgency=False, paras=(1, 3))
    if rng.random() < 0.3:
        text += "\n（公开方式：主动公开）" if "公开方式" not in text else ""
    if rng.random() < 0.3:
        text = rng.choice(("政府网站刚发布的，大家学习一下：\n", "已在官网公开，链接打不开的看文字版：\n")) + text
    return text


CITED = [
    ("《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号"), ("《国务院关于进一步优化营商环境的通知》", "国发〔2025〕5号"),
    ("《国务院办公厅关于进一步加强安全生产工作的通知》", "国办发〔2024〕12号"),
    ("《国务院办公厅关于做好疫情防控有关工作的通知》", "国办发明电〔2020〕13号"), ("《{prov}人民政府关于推进乡村振兴的实施意见》", "{pa}政发〔2023〕18号"),
    ("《财政部关于加强地方预算执行管理的通知》", "财预〔2024〕7号"), ("《人力资源社会保障部关于做好高校毕业生就业工作的通知》", "人社部发〔2023〕15号"),
    ("《{city}人民政府关于印发{city}国土空间总体规划的通知》", "{ca}政发〔2025〕3号"),
    ("《中共中央办公厅 国务院办公厅关于加强基层治理体系建设的意见》", "中办发〔2021〕35号"),
]


def gen_policy_citation(rng: random.Random) -> str:
    prov, pa, _ = rng.choice(PLACES[:15])
    city, ca, _ = rng.choice(PLACES[15:45])
    picks = rng.sample(CITED, rng.randint(1, 2))
    cites = [f"{t.format(prov=prov, city=city)}（{n.format(pa=pa, ca=ca)}）" for t, n in picks]
    forms = [
        f"根据{cites[0]}精神，结合我{rng.choice(('市', '县', '区'))}实际，现就有关工作提出如下意见。",
        f"政策解读：近日，{cites[0]}正式印发。{rng.choice(('文件明确了三方面重点任务', '文件共分五个部分', '通知提出了十条具体措施'))}，"
        f"记者就此采访了{rng.choice(DEPTS)}有关负责人。",
        f"按照{'和'.join(cites)}要求，我单位认真组织学习，取得了阶段性成效。",
        f"问：{cites[0]}的主要内容是什么？\n答：该文件主要从{rng.choice(('优化审批流程', '强化资金保障', '完善工作机制'))}等方面作出了部署。",
    ]
    text = rng.choice(forms)
    if rng.random() < 0.4:
        text += f"\n来源：{city}人民政府门户网站　发布时间：{fmt_date(doc_date(rng), rng, chinese=False)}"
    return text


CHAT_LINES = [
    "下午的会改到三点了，地点不变", "报销单我放你桌上了，记得签字", "今天食堂有红烧排骨，去晚了就没了", "明天降温，大家注意保暖",
    "材料我改好了，发你邮箱，看看还有没有要改的地方", "这个表格第三列的公式好像有问题", "周末加班的同事请在群里接龙",
    "收到", "好的，马上改", "打印机又卡纸了，谁会修", "快递到了，在门卫那里", "谁有充电宝借我用一下", "今天谁值班？",
    "公司内部群里说下周三体检，记得空腹", "PPT第5页的图换一下吧，太糊了", "我请半天假，孩子发烧了", "车位的事跟物业说了吗",
    "年终总结模板发群里了", "这周的周报大家周五前交哈", "会议纪要我整理好了，等领导审完再发", "空调太冷了，能调高点吗",
    "我在电梯里，马上到", "王姐生日快乐🎂", "中午拼单奶茶，要的扣1", "笔记本借我一下，投影连不上", "这个项目下个月验收",
    "合同扫描件已经上传共享盘了", "领导说方案大方向没问题，细节再打磨一下", "新来的实习生叫小林，大家多关照", "发票抬头写错了，要重开",
    "今晚团建，地点在楼下火锅店", "系统明天凌晨升级，记得保存文件", "这是个小秘密，先别告诉小李，我们给她准备了惊喜",
]


def gen_work_chat(rng: random.Random) -> str:
    n = rng.randint(2, 6)
    speakers = [person(rng) for _ in range(3)]
    lines = []
    minute = rng.randint(8 * 60, 17 * 60)
    for msg in rng.sample(CHAT_LINES, n):
        minute += rng.randint(0, 25)
        if rng.random() < 0.5:
            lines.append(f"{rng.choice(speakers)} {minute // 60}:{minute % 60:02d}")
            lines.append(msg)
        else:
            lines.append(f"{rng.choice(speakers)}：{msg}")
    return "\n".join(lines)


DISHES = [
    ("秘制红烧肉", "五花肉500克", "冰糖30克、生抽2勺、老抽1勺、料酒1勺、八角2个"), ("可乐鸡翅", "鸡翅中10个", "可乐1罐、姜片、生抽"),
    ("番茄炒蛋", "番茄2个、鸡蛋3个", "白糖少许、盐、葱花"), ("酸菜鱼", "草鱼1条（约1.5公斤）", "酸菜1袋、泡椒、花椒、干辣椒"),
    ("麻婆豆腐", "嫩豆腐1块、牛肉末100克", "郫县豆瓣酱、花椒粉、蒜苗"), ("糖醋排骨", "肋排600克", "香醋3勺、白糖4勺、番茄酱1勺"),
    ("宫保鸡丁", "鸡胸肉300克、花生米50克", "干辣椒、花椒、葱段、宫保汁"), ("清蒸鲈鱼", "鲈鱼1条", "蒸鱼豉油、葱丝、姜丝"),
    ("秘制卤牛肉", "牛腱子1公斤", "卤料包、老冰糖、黄酒"), ("蛋炒饭", "隔夜米饭1碗、鸡蛋2个", "葱花、盐、少许生抽"),
]
STEPS = [
    "冷水下锅焯水，撇去浮沫后捞出沥干。", "锅中放少许油，小火炒出糖色。", "加入葱姜蒜爆香。", "倒入调料翻炒均匀，加开水没过食材。",
    "大火烧开后转小火炖{n}分钟。", "最后大火收汁，撒上葱花即可出锅。", "腌制{n}分钟，让食材充分入味。", "上锅蒸{n}分钟，关火焖2分钟。",
    "热油浇在葱丝上，激发香味。", "加入适量盐调味，翻炒均匀。",
]


def gen_recipe(rng: random.Random) -> str:
    dish, main, aux = rng.choice(DISHES)
    steps = [s.format(n=rng.choice((8, 10, 15, 20, 40, 60))) for s in rng.sample(STEPS, rng.randint(3, 5))]
    lines = [f"【{dish}】", f"主料：{main}", f"辅料：{aux}", "做法：", *[f"{i}. {s}" for i, s in enumerate(steps, start=1)]]
    if rng.random() < 0.6:
        lines.append(rng.choice(("小秘密：炒糖色一定要小火，颜色变成枣红色就下肉。", "独家秘方：加一勺腐乳汁，味道更香。",
                                 "我家的秘密配方是最后淋一点香醋。", "这是外婆传下来的做法，从不外传的秘诀就是耐心。")))
    return "\n".join(lines)


MEETINGS = ["月度工作例会", "党支部主题党日活动", "安全生产工作会议", "年度工作总结会", "项目推进会", "职工代表大会预备会",
            "部门协调会", "新员工入职培训", "消防演练动员会", "工会委员会会议"]


def gen_meeting_notice(rng: random.Random) -> str:
    d = doc_date(rng)
    m = rng.choice(MEETINGS)
    lines = [rng.choice(("会议通知", f"关于召开{m}的通知", "【通知】")), rng.choice(("各位同事：", "各科室：", "各位党员同志：")),
             f"定于{d.month}月{d.day}日（星期{rng.choice(WEEKDAYS[:5])}）{rng.choice(('上午9:00', '下午2:30', '14:00', '下午4点'))}"
             f"在{rng.choice(ROOMS)}召开{m}，请准时参加。",
             f"参会人员：{rng.choice(('全体员工', '各科室负责人', '全体党员', '项目组成员', '各部门主要负责人'))}。"]
    if rng.random() < 0.6:
        lines.append(f"请提前准备{rng.choice(('本部门工作汇报材料', '近期工作总结', '笔记本', '相关数据'))}，"
                     f"{rng.choice(('会议时长约1小时', '如有事请提前请假', '请将手机调至静音'))}。")
    lines.append(f"联系人：{person(rng)}，分机{rng.randint(6000, 8999)}")
    if rng.random() < 0.5:
        lines.append(f"{rng.choice(('综合办公室', '党政办', '行政部', '工会'))}\n{d.year}年{d.month}月{max(1, d.day - 2)}日")
    return "\n".join(lines)


COMPANIES = ["华东建设集团有限公司", "明远科技股份有限公司", "恒信会计师事务所", "蓝海物流有限公司", "新星教育咨询有限公司",
             "瑞丰食品有限公司", "中科软件有限公司", "安泰律师事务所"]


def gen_signature_phone(rng: random.Random) -> str:
    nm = person(rng)
    body_lines = rng.choice((
        "附件是本季度的对账单，请查收。如有问题请随时联系。", "样品已寄出，预计周四到达，请注意查收。",
        "上次沟通的方案已修改，详见附件，麻烦您再看一下。", "下周二的拜访时间已确认，届时我会提前十分钟到达。",
        "关于合同第三条的修改意见已收到，我们内部评估后尽快回复。",
    ))
    lines = [f"{rng.choice(SURNAMES)}{rng.choice(('经理', '老师', '总', '主任'))}您好：", body_lines, "", "此致", "敬礼", "",
             nm, f"{rng.choice(COMPANIES)} {rng.choice(('销售部', '市场部', '财务部', '项目部', '客服中心'))}",
             f"手机：{make_mobile(rng)}" if rng.random() < 0.7 else f"电话/微信同号：{make_mobile(rng)}"]
    if rng.random() < 0.6:
        lines.append(f"邮箱：{rng.choice(('service', 'sales', 'info', 'hr'))}{rng.randint(1, 99)}@example.com")
    if rng.random() < 0.4:
        lines.append(f"地址：{rng.choice(PLACES[15:45])[0]}{rng.choice(('人民路', '解放路', '中山路', '文三路'))}{rng.randint(1, 300)}号")
    return "\n".join(lines)


def gen_mayor_visit_news(rng: random.Random) -> str:
    place, _, _ = rng.choice(PLACES[15:45])
    district = rng.choice(PLACES[45:])[0]
    nm = person(rng)
    t = rng.choice(("委书记", "长", "副市长", "委副书记"))
    topic = rng.choice(("防汛工作", "重点项目建设", "民生实事推进情况", "企业复工复产", "城市更新工作", "乡村振兴工作", "安全生产工作"))
    s1, s2 = rng.sample(SITES, 2)
    d = doc_date(rng)
    paras = [
        f"{d.month}月{d.day}日{rng.choice(('上午', '下午', ''))}，{place}{t}{nm}率队赴{district}调研{topic}。",
        f"{nm}一行先后来到{s1}、{s2}，实地察看了{rng.choice(('项目进展', '设施运行', '应急准备', '群众生活'))}情况，"
        f"详细询问了{rng.choice(('存在的困难', '下一步计划', '资金到位情况', '群众诉求'))}。",
        f"调研组抵达后，随即召开座谈会，听取了{district}有关工作汇报。",
        f"{nm}强调，要{rng.choice(('坚持人民至上', '牢固树立安全发展理念', '以钉钉子精神抓落实', '加快推进项目建设'))}，"
        f"{rng.choice(('确保各项工作取得实效', '切实增强群众获得感', '为全市发展大局作出更大贡献'))}。",
        f"{place}{rng.choice(('副市长', '政府秘书长', '有关部门负责人'))}参加调研。",
    ]
    text = "".join(paras[:2]) + rng.choice(("", paras[2])) + paras[3] + rng.choice(("", paras[4]))
    if rng.random() < 0.4:
        text = f"（记者 {person(rng)}　通讯员 {person(rng)}）" + text
    return text


ROADS = ["人民路", "解放路", "中山路", "延安路", "文一路", "环城北路", "学院路", "建设大道", "滨江大道", "东风路"]


def gen_traffic(rng: random.Random) -> str:
    r1, r2 = rng.sample(ROADS, 2)
    forms = [
        f"【路况】{_clock(rng, 7, 9)}，{r1}与{r2}交叉路口发生两车剐蹭，目前东往西方向排队约{rng.randint(1, 3)}公里，请过往车辆绕行。",
        f"地铁{rng.randint(1, 9)}号线首班车{_clock(rng, 5, 6)}从{rng.choice(SITES)}站出发，末班车{_clock(rng, 22, 23)}发车，请乘客合理安排出行。",
        f"交警提示：{r1}{rng.choice(('北口', '南口', '与' + r2 + '路口'))}自{rng.randint(1, 28)}日起封闭施工，预计持续{rng.randint(10, 60)}天，"
        f"公交{rng.randint(1, 300)}路、{rng.randint(1, 300)}路临时改道。",
        f"早高峰{_clock(rng, 7, 7)}至{_clock(rng, 9, 9)}，{r1}高架{rng.choice(('上匝道', '下匝道'))}实行限流，请提前出发。",
        f"G{rng.randint(10, 9999)}次列车{_clock(rng, 6, 20)}从{rng.choice(('杭州东', '南京南', '上海虹桥', '北京南'))}站出发，"
        f"{_clock(rng, 8, 23)}抵达{rng.choice(('武汉', '长沙南', '成都东', '深圳北'))}站，因天气原因晚点约{rng.randint(10, 90)}分钟。",
    ]
    return rng.choice(forms)


def gen_personal_travel(rng: random.Random) -> str:
    flight = rng.choice(FLIGHTS)
    hotel = rng.choice(HOTELS)
    forms = [
        f"老婆，我周{rng.choice(WEEKDAYS[:5])}的航班是{flight}，{_clock(rng, 7, 9)}出发，{_clock(rng, 10, 12)}抵达，入住{hotel}后给你打电话。",
        f"三亚五日游行程\nD1 {_clock(rng, 7, 8)}从家出发去机场，{flight}航班，{_clock(rng, 12, 13)}抵达凤凰机场，入住{hotel}\n"
        f"D2 {_clock(rng, 8, 9)}出发去蜈支洲岛\nD3 自由活动",
        f"妈，我们明天{_clock(rng, 8, 10)}出发，坐{flight}，下午{rng.randint(2, 5)}点左右抵达，不用来接，我们直接入住酒店。",
        f"毕业旅行攻略：{_clock(rng, 6, 7)}集合出发，{_clock(rng, 11, 12)}抵达景区，午饭后入住民宿，晚上烧烤。",
    ]
    return rng.choice(forms)


NOVEL = [
    "她把那封信藏在枕头底下，那是她和外婆之间的秘密。", "“这是商业机密，”老周压低声音，“连我老婆都不知道。”",
    "少年时代的秘密基地在后山的老槐树下，后来那棵树被砍了。", "他一直守着一个秘密，直到临终前才说出口。",
    "发报员连夜译出了那份密电，脸色顿时变了。", "档案袋上盖着鲜红的“绝密”印章，他犹豫了很久才打开。",
    "“机密？”她笑了，“在这个小镇上，没有什么是机密。”", "风从窗缝里钻进来，吹乱了桌上的纸页。",
    "每个人心里都有一个不愿提起的秘密。", "小猫发现了厨房里的秘密：冰箱门没关紧。", "那年夏天，我们约定把这件事当作永远的秘密。",
    "雨下了一整夜，街角的路灯忽明忽暗。", "他把日记本锁进抽屉，钥匙挂在脖子上。", "“你知道得太多了。”对方冷冷地说。",
    "她忽然明白，所谓秘密，不过是没有勇气说出的真相。", "老宅的地窖里，藏着祖父留下的秘密。", "火车缓缓驶出站台，他没有回头。",
    "情报科长把一摞机密文件推到他面前：“今晚之前必须看完。”", "孩子们围着篝火，轮流讲自己的小秘密。",
]


def gen_novel(rng: random.Random) -> str:
    text = "".join(rng.sample(NOVEL, rng.randint(2, 5)))
    if rng.random() < 0.4:
        text = f"第{cn_number(rng.randint(1, 60))}章　{rng.choice(('秘密', '雨夜', '重逢', '密电', '故人', '归途', '旧信'))}\n" + text
    return text


def gen_order_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        n = rng.randint(8, 15)
        lines = [rng.choice(("本月订单汇总", "待发货订单", "退款订单明细", "对账单")), "订单号\t商品\t金额\t状态"]
        for _ in range(n):
            lines.append(f"{make_invalid_18(rng)}\t{rng.choice(('纸巾', '打印纸', '墨盒', '矿泉水', '文件夹', '键盘'))}\t"
                         f"{rng.randint(10, 999)}.{rng.randint(0, 99):02d}\t{rng.choice(('已发货', '待发货', '已签收', '退款中'))}")
        return "\n".join(lines)
    return rng.choice((
        f"您的订单{make_invalid_18(rng)}已发货，快递单号SF{rng.randint(10**11, 10**12 - 1)}，请注意查收。",
        f"交易流水号：{make_invalid_18(rng)}\n金额：{rng.randint(10, 5000)}.00元\n状态：支付成功",
        f"亲，订单号{make_invalid_18(rng)}的退款已原路返回，预计1-3个工作日到账。",
    ))


TECH = [
    "信息安全的三要素是机密性（Confidentiality）、完整性（Integrity）和可用性（Availability）。",
    "请勿将数据库密码明文写在代码里，统一使用环境变量或密钥管理服务保存。", "TLS握手完成后，双方使用会话密钥对数据进行加密，保证传输的机密性。",
    "RSA私钥要妥善保管，一旦泄露应立即吊销证书。", "企业数据通常分为公开、内部、秘密、机密四级，不同级别对应不同的访问控制策略。",
    "本次渗透测试发现3个高危漏洞，已提交修复工单。", "git仓库里不要提交.env文件，里面有API密钥。",
    "零信任架构的核心思想是“永不信任，始终验证”。", "为保护用户隐私，日志中的手机号需做脱敏处理，例如138****1234。",
]


def gen_tech_security(rng: random.Random) -> str:
    return "".join(rng.sample(TECH, rng.randint(1, 3)))


def gen_exam_news(rng: random.Random) -> str:
    y = rng.choice((2024, 2025, 2026))
    place = rng.choice(PLACES[:15])[0]
    forms = [
        f"{y}年高考试卷在启用前属于绝密级国家秘密，试卷从印制、运输到保管全程实行24小时视频监控。",
        f"记者从{place}教育考试院获悉，今年全省共设{rng.randint(50, 200)}个考区。按规定，高考试题在启用前为绝密级，"
        f"任何人不得打开试卷袋。",
        f"{place}严肃查处一起高考试题泄露案件，涉案人员在开考后将试题拍照上传，被依法追究刑事责任。",
        f"考生注意：中考试卷袋上印有“启用前”字样，由两名监考员当众启封。{place}今年中考报名人数达{rng.randint(20, 80)}万人。",
    ]
    return rng.choice(forms)


def gen_declassified_history(rng: random.Random) -> str:
    y = rng.choice((2005, 2010, 2015, 2018, 2021))
    forms = [
        f"这批档案原为绝密级，已于{y}年解密，现向社会开放查阅。", f"据解密档案记载，当年这份机密电报仅有{rng.randint(3, 9)}人知悉内容。",
        f"{place_name(rng)}档案馆近日公布了一批已解密的历史文件，其中包括多份当年的秘密级会议记录。",
        "纪录片通过已解密的史料，还原了那段鲜为人知的历史。", f"美国国家档案馆{y}年解密的文件显示，这一计划早在五十年代就已启动。",
    ]
    return "".join(rng.sample(forms, rng.randint(1, 2)))


def place_name(rng: random.Random) -> str:
    return rng.choice(PLACES)[0]


REGULATIONS = ["物业管理条例", "文明行为促进条例", "养犬管理规定", "生活垃圾分类管理办法", "电动自行车管理条例", "历史文化名城保护条例",
               "公共数据管理办法", "停车场管理办法"]


def gen_public_consultation(rng: random.Random) -> str:
    place = rng.choice(PLACES[15:45])[0]
    reg = rng.choice(REGULATIONS)
    d = doc_date(rng)
    org = rng.choice(("司法局", "人大常委会法制工作委员会", "住房和城乡建设局", "城市管理局"))
    lines = [f"关于《{place}{reg}（征求意见稿）》公开征求意见的公告",
             f"为提高立法质量，增强立法的公开性和透明度，现将《{place}{reg}（征求意见稿）》全文公布，征求社会各界意见。",
             f"公众可在{fmt_date(d + timedelta(days=30), rng, chinese=False)}前通过以下方式提出意见：",
             f"1．电子邮件：{rng.choice(('fzc', 'lfc', 'zqyj'))}@{rng.choice(('hz', 'nj', 'cd', 'wh'))}.gov.cn",
             f"2．信函：寄至{place}{org}，信封注明“{reg}征求意见”字样。", "", f"{place}{org}", fmt_date(d, rng, chinese=False)]
    return "\n".join(lines)


SHOPS = ["秘密基地咖啡", "老街面馆", "山野茶舍", "小巷烘焙", "江南小馆", "转角书店"]


def gen_star_rating(rng: random.Random) -> str:
    shop = rng.choice(SHOPS)
    stars = "★" * rng.randint(3, 5) + "☆" * rng.randint(0, 1)
    forms = [
        f"【探店】{shop} {stars}\n环境：{'★' * rng.randint(3, 5)}\n口味：{'★' * rng.randint(3, 5)}\n人均：{rng.randint(30, 150)}元",
        f"五星好评{'★' * 5} 已经回购{rng.randint(2, 5)}年了，一直很好用",
        f"推荐指数：{stars}\n一句话点评：{rng.choice(('性价比很高', '服务一般但味道不错', '周末人多需排队'))}",
        f"酒店评分 {rng.randint(40, 50) / 10} {stars}　位置方便，离地铁站步行{rng.randint(2, 10)}分钟",
    ]
    return rng.choice(forms)


# ---------------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------------

Gen = Callable[[random.Random], str]


def _draft(word: str) -> Gen:
    return lambda rng: gen_draft(rng, word)


PLAN: list[tuple[str, str, Gen, int]] = [
    # block: 300
    ("block", "doc-full", gen_doc_full, 30),
    ("block", "header-only", gen_header_only, 20),
    ("block", "mark-paragraph", gen_mark_paragraph, 20),
    ("block", "mark-bare-level", gen_bare_level, 20),
    ("block", "mark-after-chat", gen_after_chat, 25),
    ("block", "mark-label-form", gen_label_form, 5),
    ("block", "mark-evasion-space", gen_evasion_space, 12),
    ("block", "mark-evasion-punct", gen_evasion_punct, 10),
    ("block", "mark-evasion-newline", gen_evasion_newline, 8),
    ("block", "mark-evasion-zero-width", gen_evasion_zero_width, 10),
    ("block", "mark-traditional", gen_traditional, 15),
    ("block", "mark-fullwidth-digits", gen_fullwidth, 12),
    ("block", "mark-star-variant", gen_star_variant, 20),
    ("block", "ocr-star", gen_ocr_star, 20),
    ("block", "ocr-spaced", gen_ocr_spaced, 15),
    ("block", "mark-cn-numeral-period", gen_cn_period, 13),
    ("block", "exam-paper", gen_exam_paper, 20),
    ("block", "telegram-cipher", gen_telegram_cipher, 15),
    ("block", "telegram-midian", gen_telegram_midian, 10),
    # confirm: 250
    ("confirm", "internal-material", gen_internal_material, 20),
    ("confirm", "internal-circulation", gen_internal_circulation, 15),
    ("confirm", "work-secret", gen_work_secret, 20),
    ("confirm", "not-public", gen_not_public, 15),
    ("confirm", "draft-discussion", _draft("讨论稿"), 10),
    ("confirm", "draft-comment", _draft("征求意见稿"), 10),
    ("confirm", "draft-review", _draft("送审稿"), 10),
    ("confirm", "draft-unfinal", _draft("未定稿"), 10),
    ("confirm", "telegram-plain", gen_telegram_plain, 25),
    ("confirm", "unpublished-doc", gen_unpublished_doc, 35),
    ("confirm", "id-table", gen_id_table, 25),
    ("confirm", "phone-table", gen_phone_table, 15),
    ("confirm", "patient-list", gen_patient_list, 15),
    ("confirm", "itinerary", gen_itinerary, 25),
    # harmless: 400
    ("harmless", "news-about-leak", gen_news_about_leak, 35),
    ("harmless", "training-notice", gen_training_notice, 25),
    ("harmless", "secrecy-slogan", gen_secrecy_slogan, 20),
    ("harmless", "book-title", gen_book_title, 15),
    ("harmless", "published-doc", gen_published_doc, 30),
    ("harmless", "policy-citation", gen_policy_citation, 30),
    ("harmless", "work-chat", gen_work_chat, 35),
    ("harmless", "recipe", gen_recipe, 20),
    ("harmless", "meeting-notice", gen_meeting_notice, 25),
    ("harmless", "signature-phone", gen_signature_phone, 20),
    ("harmless", "mayor-visit-news", gen_mayor_visit_news, 20),
    ("harmless", "traffic", gen_traffic, 15),
    ("harmless", "personal-travel", gen_personal_travel, 10),
    ("harmless", "novel", gen_novel, 25),
    ("harmless", "order-number", gen_order_number, 20),
    ("harmless", "tech-security", gen_tech_security, 15),
    ("harmless", "exam-news", gen_exam_news, 10),
    ("harmless", "declassified-history", gen_declassified_history, 10),
    ("harmless", "public-consultation", gen_public_consultation, 10),
    ("harmless", "star-rating", gen_star_rating, 10),
]

EXPECTED_COUNTS = {"block": 300, "confirm": 250, "harmless": 400}


def build_corpus(seed: int = SEED) -> list[Sample]:
    """All samples, in plan order; texts are unique (a generator is retried on a duplicate)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Sample] = []
    for label, kind, gen, count in PLAN:
        made = 0
        attempts = 0
        while made < count:
            attempts += 1
            text = gen(rng)
            if text in seen and attempts < count * 50:
                continue
            seen.add(text)
            out.append(Sample(text=text, label=label, kind=kind, id=f"t-{len(out):04d}"))
            made += 1
    return out


if __name__ == "__main__":  # a quick look: python -m tests.corpus.regression_text [kind]
    import sys
    from collections import Counter

    corpus = build_corpus()
    print(Counter(s.label for s in corpus))
    want = sys.argv[1] if len(sys.argv) > 1 else None
    for s in corpus:
        if want is None or s.kind == want:
            print(f"--- {s.label} / {s.kind}\n{s.text}\n")
