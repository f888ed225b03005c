# ruff: noqa: E501
"""Second blind held-out set for issue 10, by a different author than the first: county offices, schools,
hospitals, state firms, web forums, WeChat groups and GitHub READMEs, written without seeing the detection
code or either earlier corpus, so its rates say how the guard does on wording it was never tuned on.

Labels follow docs/labels.md only and were fixed before the first run:
  block    state-secret marks by form and position (top line, ★ and period, bare level on the top line of a
           briefing, 绝密★启用前), also when OCR or copying damaged them but the page head still says "mark".
  confirm  internal markings (内部资料 请勿外传, 仅供内部参考, drafts), leader itineraries.
  harmless below confirm: mentions, teaching, code, templates, long public texts (allow or notice).
`expected` is the verdict the item asks for (for harmless items, the highest one that is still right).
Everything is built from a fixed seed, so build_corpus() is deterministic.
"""

from __future__ import annotations

import random

from .sample import Sample

SEED = 20261203

XING = list("周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛范彭郎鲁韦昌马苗凤方俞任袁柳")
MING = ["立新", "卫东", "海涛", "建华", "淑芬", "振宇", "红梅", "国庆", "新民", "晓燕", "德胜", "桂兰", "志刚", "雪梅", "云飞", "金凤"]
TOWNS = ["龙湾镇", "檀木乡", "溪口镇", "金塘镇", "石桥乡", "白鹭镇", "青山乡", "柳岸镇", "安平街道", "东关街道"]
TITLES = ["县委书记", "县长", "县委副书记", "常务副县长", "县委常委、宣传部部长", "副县长", "县人大常委会主任",
          "县政协主席", "市委常委、副市长", "市长", "市委书记", "县委常委、组织部部长"]
TOPICS = ["春耕备耕", "防汛备汛", "安全生产", "乡村振兴", "招商引资", "文明城市创建", "森林防火", "义务教育均衡发展",
          "重点项目建设", "农村人居环境整治", "养老服务体系建设", "河长制落实"]


def ren(rng: random.Random) -> str:
    return rng.choice(XING) + rng.choice(MING)


def id_number(rng: random.Random) -> str:
    """A GB 11643 resident ID with a correct mod 11-2 check digit."""
    region = rng.choice(["110105", "320102", "430104", "510107", "330106", "420111"])
    body = f"{region}{rng.randint(1960, 2002)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


BODY = ["　　根据上级统一部署，结合我县实际，现将有关事项通知如下。",
        "　　一、提高思想认识。各单位主要负责同志要亲自过问，分管负责同志具体抓，确保各项措施落到实处。",
        "　　二、明确工作责任。实行属地管理和分级负责，各乡镇于每周五前报送工作进展情况。",
        "　　三、强化督促检查。县委督查室、县政府督查室将组成联合督查组，对工作推进情况进行明察暗访。",
        "　　经摸排，全县共有重点部位17处，其中4处存在隐患，须在本月30日前完成整改。",
        "　　请各单位严格按照要求执行，执行中遇到的问题及时向县领导小组办公室反映。"]


def body(rng: random.Random, n: int = 3) -> str:
    return "\n".join(rng.sample(BODY, n))


def c1_ocr() -> list[Sample]:
    rng = random.Random(SEED + 1)
    pos = [
        ("star-as-tai,digit-l", "OOO3l8\n机密太l年\n特急\n丰泽县人民政府文件\n丰政发〔2026〕9号\n关于做好汛期重要目标安全保卫工作的通知\n各乡镇人民政府，县直各部门："),
        ("month-as-mu", "000127\n秘密★6个目\n南屏县公安局文件\n南公发〔2026〕14号\n关于加强重点人员稳控工作的通知"),
        ("year-as-mou", "秘密★1牟\n龙湾县应急管理局文件\n龙应急发〔2026〕5号\n关于调整危化品运输应急处置力量的通知\n各乡镇应急办："),
        ("mi-as-zuo", "000561\n机座★2年\n溪口县人民政府办公室文件\n溪政办发〔2026〕21号\n关于边界地区联防联控工作的通知"),
        ("mi-as-chu", "OO0942\n秘出★5年\n加急\n金塘县委员会文件\n金委发〔2026〕3号\n关于做好重要时段维稳安保工作的意见"),
        ("mi-as-bao,year-as-wu", "00l276\n机宝★10午\n安平县人民政府文件\n安政发〔2026〕17号\n关于重点目标防护工作的通知"),
        ("star-as-nv", "O01035\n秘密女1年\n特急\n北宁市公安局文件\n北公发〔2026〕33号\n关于开展专项行动的部署方案"),
        ("star-as-you", "机密友3年\n南屏县国家保密局文件\n南保发〔2026〕2号\n关于涉密载体清查情况的通报"),
        ("star-as-da", "000003\n绝密大长期\n特提\n中共龙湾县委员会文件\n龙委发〔2026〕1号"),
        ("star-as-er,month-as-ri", "000218\n秘密二6个日\n溪口县卫生健康局文件\n溪卫发〔2026〕9号\n关于聚集性病例处置情况的报告"),
        ("star-as-plus", "OO0407\n机密+5年\n加急\n金塘县人民政府文件\n金政发〔2026〕26号\n关于征地补偿标准调整的通知"),
        ("star-as-dot", "秘密.1年\n特急\n安平县教育局文件\n安教发〔2026〕8号\n关于中考试卷保管押运工作的通知"),
        ("level-char-dropped", "000609\n密★l年\n北宁市人民政府办公室文件\n北政办发〔2026〕40号\n关于做好重要会议安保工作的通知"),
        ("level-char-dropped", "O00712\n机★2年\n特急\n丰泽县人民政府文件\n丰政发〔2026〕44号\n关于调整森林防灭火力量部署的通知"),
        ("year-as-4", "000820\n机密★24\n南屏县人民政府文件\n南政发〔2026〕30号\n关于重点工程安全防范工作的通知"),
        ("merged-head-line", "OO0731   机密★1年   特急\n龙湾县人民政府文件\n龙政发〔2026〕12号\n关于落实重点区域治安防控措施的通知"),
    ]
    neg = [
        ("news-mention", "警示教育\n某县干部违规拍摄机座级文件被处分\n本报讯 近日，市纪委监委通报一起泄密案件：某单位工作人员将一份机密级文件拍照后发到微信工作群，造成泄密。", "notice"),
        ("book-cover", "秘密花园\n一本给成年人的涂色书\n太太太太太 豆瓣8.l\n北京联合出版公司", "notice"),
        ("training-notice", "关于举办机密文件管理制度培训的通知\n各科室：\n定于3月l2日下午2:30在三楼会议室举办培训，请各科室派l人参加。", "notice"),
        ("published-doc", "南屏县人民政府办公室文件\n南政办发〔2026〕3号\n关于印发南屏县2026年春季植树造林工作方案的通知\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。\n（此件公开发布）", "notice"),
        ("poster", "保守秘密 人人有责\n2026年保密宣传月\n溪口县国家保密局 宣", "notice"),
        ("receipt", "金塘百货 购物小票\n收银员：O12 日期：2026-O3-O8\n电饭煲 l台 299.00\n会员卡密码请勿告知他人\n整机l年保修", "allow"),
        ("star-rating", "商品评价\n太太太太太 5.0分\n物流很快，包装严实，l年质保，好评！", "allow"),
        ("textbook-page", "第三章 公文格式\n3.2 密级和保密期限\n如需标注密级和保密期限，一般用3号黑体字，顶格编排在版心左上角第二行，例如“机密★l年”。", "notice"),
        ("movie-ticket", "万达影城\n影片：绝密较量\n2号厅 7排8座\n2O26-O3-l4 l9:3O\n票价：45.OO", "notice"),
        ("answer-sheet", "座位号 l2\n考生须知\n1．答题前，考生务必将姓名、准考证号填写清楚。\n2．选择题用2B铅笔填涂。", "allow"),
        ("menu", "宝塔山农家菜\n秘制红烧肉 48\n土鸡汤 68\n出锅现炒 欢迎品尝", "allow"),
        ("public-bulletin", "关于表扬2025年度保密工作先进单位的通报\n各乡镇、县直各单位：\n2025年，全县各级各部门认真落实保密工作责任制……", "notice"),
        ("chat-screenshot", "张科 10:32\n这个文件是秘密级的吗？我看不清\n李主任 10:33\n不是，公开的，可以转", "notice"),
    ]
    out = [Sample(t + ("\n" + body(rng) if i % 4 == 1 else ""), "block", "positive", id=f"bj1-p{i:02d}", source="ocr",
                  cls=1, expected="block", group=g) for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj1-n{i:02d}", source="ocr", cls=1, expected=e, group=g)
            for i, (g, t, e) in enumerate(neg, 1)]
    return out


def c2_layout() -> list[Sample]:
    rng = random.Random(SEED + 2)
    pos = [
        ("exam-title-line", "绝密★启用前 2026年普通高等学校招生全国统一考试（新课标Ⅰ卷）数学\n注意事项：\n1．答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。"),
        ("exam-title-line", "绝密★启用前丰泽县2026年初中学业水平考试 道德与法治试题\n（考试时间：90分钟 满分：100分）"),
        ("exam-title-line", "绝密★启用前【考试时间：6月7日 9:00—11:30】2026年北宁市高三第三次模拟考试 语文\n本试卷共8页，23题。"),
        ("exam-title-line", "绝密★启用前 2026年度北宁市市级机关公开遴选公务员笔试试卷（A类）\n一、单项选择题（每题1分，共40分）"),
        ("list-number", "1. 机密★1年\n2. 特急\n3. 南屏县人民政府文件\n4. 南政发〔2026〕19号\n5. 关于加强重点目标守护工作的通知"),
        ("bullet", "• 秘密★6个月\n北宁市卫生健康委员会文件\n北卫发〔2026〕11号\n关于院感事件调查处置情况的报告"),
        ("list-paren", "（1）机密★5年\n溪口县人民政府文件\n溪政发〔2026〕7号\n关于调整县城重要目标防护等级的通知"),
        ("split-vertical", "机\n密\n★\n1\n年\n金塘县公安局文件\n金公发〔2026〕6号\n关于开展专项清查行动的通知"),
        ("split-period", "000512\n秘密★\n6个月\n安平县应急管理局文件\n安应急发〔2026〕13号"),
        ("split-star", "机密\n★2年\n特急\n龙湾县人民政府办公室文件\n龙政办发〔2026〕25号\n关于重要时段安保力量部署的通知"),
        ("traditional", "機密★1年\n特急\n龍灣縣人民政府文件\n龍政發〔2026〕8號\n關於加強邊界地區聯防聯控工作的通知"),
        ("traditional", "000061\n秘密★6個月\n南屏縣公安局文件\n南公發〔2026〕4號\n關於重點人員管控措施的通知"),
        ("placeholder-period", "000213\n机密★□年\n丰泽县人民政府文件\n丰政发〔2026〕38号\n关于重大项目征地补偿前期工作的通知\n各乡镇人民政府："),
        ("placeholder-period", "秘密★__年\n北宁市教育局文件\n北教发〔2026〕16号\n关于2026年中考命题人员封闭管理的通知"),
        ("letter-spaced", "绝 密 ★ 启 用 前\n溪口县2026年小学六年级学业质量监测\n数 学 试 卷"),
    ]
    neg = [
        ("exam-web-page", "2026年高考新课标Ⅰ卷数学真题及答案解析（完整版）\n来源：某某教育网　发布时间：2026-06-08\n考生拿到的试卷右上角印有“绝密★启用前”字样，考试结束后即解密。", "notice"),
        ("law-list", "第十三条　国家秘密的密级分为绝密、机密、秘密三级。\n（一）绝密级国家秘密是最重要的国家秘密；\n（二）机密级国家秘密是重要的国家秘密；\n（三）秘密级国家秘密是一般的国家秘密。", "notice"),
        ("bullet-booklist", "寒假书单推荐\n• 秘密花园\n• 小王子\n• 解忧杂货店\n• 追风筝的人", "notice"),
        ("traditional-news", "港媒：一份「機密」文件外洩 警方介入調查\n2026年3月1日 星期日\n據報道，涉事職員已被停職。", "notice"),
        ("vertical-poem", "目录\n秘\n密\n是\n藏\n在\n心\n里\n的\n花", "notice"),
        ("syllabus-list", "保密知识课程大纲\n1. 机密文件管理\n2. 秘密载体的使用\n3. 绝密事项的审批\n4. 案例讨论", "notice"),
        ("game-guide", "【绝密档案】第3关通关攻略\n1. 先拿左边的钥匙\n2. 躲开巡逻的守卫\n3. 保险柜密码在画框后面", "notice"),
        ("traditional-poster", "保守國家秘密\n是每個公民的義務\n溪口縣國家保密局", "notice"),
        ("urgency-list", "紧急程度怎么选？\n1. 特急\n2. 加急\n3. 平急\n按时限要求从高到低排列。", "notice"),
        ("toc", "目录\n第一章　秘密\n第二章　雨夜\n第三章　归来\n第四章　尾声", "notice"),
        ("forum-request", "求2026年新高考数学卷原版PDF，最好是带“绝密★启用前”那种扫描版，有的私我，谢谢！", "notice"),
        ("bullet-fun", "■ 年终总结\n■ 明年计划\n■ 部门小秘密：团建去哪儿", "notice"),
        ("split-news", "据悉，该工作人员将一份机密\n级文件拍照后发送至微信群，\n造成失泄密，已被立案审查。", "notice"),
    ]
    out = [Sample(t + ("\n" + body(rng, 2) if g.startswith(("list", "bullet", "trad", "place")) else ""), "block", "positive",
                  id=f"bj2-p{i:02d}", cls=2, expected="block", group=g) for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj2-n{i:02d}", cls=2, expected=e, group=g)
            for i, (g, t, e) in enumerate(neg, 1)]
    return out


C3_POS = [
    ("md-heading", "markup", "block", "# 机密★1年\n\n# 丰泽县人民政府办公室关于做好重要目标安保工作的通知\n\n丰政办发〔2026〕17号\n\n各乡镇人民政府，县直各部门：\n\n根据上级部署，现就有关事项通知如下。"),
    ("md-bold-head", "markup", "block", "**秘密★6个月**\n\n## 南屏县公安局关于申请增配守护力量的请示\n\n县人民政府：\n\n近期重点目标安保压力较大……"),
    ("yaml-field", "markup", "block", "---\n密级: 机密★5年\n文号: 南公发〔2026〕22号\n标题: 关于开展专项清查行动的通知\n发文机关: 南屏县公安局\n---\n\n各派出所："),
    ("yaml-nested", "markup", "block", "document:\n  classification: 秘密★1年\n  issuer: 龙湾县应急管理局\n  number: 龙应急发〔2026〕6号\n  title: 关于调整危化品应急处置力量部署的通知\n  body: |\n    各乡镇应急办：根据……"),
    ("latex-head", "markup", "block", "\\documentclass{ctexart}\n\\begin{document}\n\\noindent 秘密★1年\\\\\n\\begin{center}{\\zihao{1}\\color{red} 金塘县人民政府文件}\\end{center}\n\\begin{center}金政发〔2026〕11号\\end{center}\n关于重点工程安全防范工作的通知"),
    ("html-head", "markup", "block", "<html><body>\n<p style=\"font-family:黑体\">机密★2年</p>\n<h1 style=\"color:red\">溪口县人民政府文件</h1>\n<p>溪政发〔2026〕4号</p>\n<h2>关于边界地区联防联控工作的通知</h2>\n<p>各乡镇人民政府：</p>"),
    ("html-exam", "markup", "block", "<div class=\"paper-head\"><span>绝密★启用前</span></div>\n<h2>2026年丰泽县初中毕业升学考试 英语</h2>\n<p>注意事项：本试卷共8页，满分120分。</p>"),
    ("json-field", "code", "block", "{\n  \"密级\": \"机密★1年\",\n  \"文号\": \"北政发〔2026〕3号\",\n  \"标题\": \"关于调整重点区域治安防控措施的通知\",\n  \"正文\": \"各区县人民政府：……\"\n}"),
    ("rst-field", "markup", "block", ":密级: 秘密★1年\n:文号: 安教发〔2026〕8号\n\n关于中考试卷保管押运工作的通知\n==============================\n\n各中学："),
    ("md-frontmatter", "markup", "block", "---\nlayout: doc\nsecret: 绝密★长期\n---\n\n# 关于重要目标防护方案的报告\n\n安平县人民防空办公室"),
    ("ooxml-first-para", "markup", "block", "<w:body><w:p><w:r><w:t>机密★1年</w:t></w:r></w:p><w:p><w:r><w:t>特急</w:t></w:r></w:p><w:p><w:r><w:t>龙湾县人民政府文件</w:t></w:r></w:p><w:p><w:r><w:t>龙政发〔2026〕12号</w:t></w:r></w:p>"),
    ("md-h3-head", "markup", "block", "### 秘密★3年\n\n**溪口县人民武装部**\n\n关于2026年度民兵整组工作的通知（溪武〔2026〕4号）"),
    ("md-internal-heading", "markup", "confirm", "# 内部资料，请勿外传\n\n## 北宁市城投集团2026年一季度经营分析（讨论稿）\n\n- 营收同比下降12%\n- 两笔债务展期谈判中"),
    ("yaml-internal-field", "markup", "confirm", "title: 金塘县国有企业负责人薪酬管理办法\nstatus: 征求意见稿\nmarking: 内部资料 注意保存\nowner: 县国资办"),
    ("html-internal", "markup", "confirm", "<p class=\"mark\">仅供内部参考</p>\n<h1>关于县人民医院绩效分配改革的调研报告</h1>\n<p>一、基本情况……</p>"),
    ("latex-internal", "markup", "confirm", "\\rightline{内部传阅}\n\\section*{关于三季度人员优化方案的说明（未定稿）}\n各部门负责人："),
]
C3_NEG = [
    ("regex", "code", "MARK_RE = re.compile(r\"(绝密|机密|秘密)\\s*★\\s*(\\d+年|\\d+个月|长期|启用前)\")\n\ndef has_mark(line: str) -> bool:\n    return bool(MARK_RE.search(line))"),
    ("string-literal", "code", "LEVELS = (\"绝密\", \"机密\", \"秘密\")\nDEFAULT_PERIOD = \"秘密★1年\"  # 默认期限，界面下拉框用\n"),
    ("java-enum", "code", "public enum SecretLevel {\n    TOP_SECRET(\"绝密\", 30),\n    SECRET(\"机密\", 20),\n    CONFIDENTIAL(\"秘密\", 10);\n    private final String label;\n}"),
    ("js-comment", "code", "// 密级标志形如 机密★1年，顶格放在版心左上角第二行\nfunction parseHead(lines) {\n  return lines.slice(0, 3).map(s => s.trim());\n}"),
    ("md-level-table", "markup", "## 密级与最长保密期限\n\n| 密级 | 最长保密期限 |\n|---|---|\n| 绝密 | 30年 |\n| 机密 | 20年 |\n| 秘密 | 10年 |"),
    ("sql-dict", "code", "INSERT INTO dict_secret_level (code, name) VALUES (1, '绝密'), (2, '机密'), (3, '秘密');"),
    ("ts-test-literal", "code", "it('blocks 机密★1年 on line 2', () => {\n  expect(scan('000123\\n机密★1年\\n某某县人民政府文件')).toBe('block');\n});"),
    ("readme", "markup", "# mark-detector\n\n识别公文中的密级标志（如 `机密★1年`、`绝密★启用前`），输出位置和依据。\n\n## 安装\n\n```\npip install mark-detector\n```"),
    ("yaml-rules", "code", "rules:\n  - name: secret-mark\n    pattern: '(绝密|机密|秘密)★'\n    action: block\n  - name: internal\n    pattern: '内部资料'\n    action: confirm"),
    ("go-const", "code", "const (\n\tLevelTop  = \"绝密\"\n\tLevelHigh = \"机密\"\n\tLevelLow  = \"秘密\"\n)"),
    ("html-select", "markup", "<label>密级</label>\n<select name=\"mj\"><option value=\"0\">非密</option><option value=\"3\">秘密</option><option value=\"2\">机密</option><option value=\"1\">绝密</option></select>"),
    ("json-i18n", "code", "{\n  \"secret.level.top\": \"绝密\",\n  \"secret.level.high\": \"机密\",\n  \"secret.level.low\": \"秘密\",\n  \"label.period\": \"保密期限\"\n}"),
    ("latex-textbook", "markup", "\\section{密级标志}\n密级标志由密级、★和保密期限组成，示例：\\texttt{机密★1年}、\\texttt{秘密★6个月}。"),
    ("csv-levels", "code", "密级,期限上限,定密权限\n绝密,30年,中央和省级机关\n机密,20年,设区的市级机关\n秘密,10年,设区的市级机关"),
    ("py-internal-list", "code", "# 内部资料，请勿外传 -> confirm\nINTERNAL_MARKS = [\"内部资料\", \"仅供内部参考\", \"请勿外传\"]\n"),
]


def c3_markup() -> list[Sample]:
    out = [Sample(t, lab, "positive", id=f"bj3-p{i:02d}", source=src, cls=3, expected=lab, group=g)
           for i, (g, src, lab, t) in enumerate(C3_POS, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj3-n{i:02d}", source=src, cls=3, expected="notice", group=g)
            for i, (g, src, t) in enumerate(C3_NEG, 1)]
    return out


def c4_teaching() -> list[Sample]:
    pos = [
        ("marked-handout", "秘密★1年\n2026年全县保密干部培训班讲义\n第二讲　涉密载体全生命周期管理\n一、涉密载体的制作……"),
        ("marked-textbook", "机密★2年\n保密要害部门工作人员岗位培训教材（第二版）\n北宁市国家保密局编印"),
        ("marked-slides", "秘密★6个月\n—— 幻灯片 1 ——\n涉密信息系统安全保密管理培训\n主讲：县保密局技术科"),
        ("marked-quiz-bare", "秘密\n2026年涉密人员保密知识测试题\n一、单项选择题（每题2分）"),
        ("marked-handout-fenhao", "000087\n机密★1年\n核心涉密人员脱密期管理培训材料\n（仅限参训人员使用，会后收回）"),
        ("marked-code-room", "绝密★长期\n密码工作人员岗位培训教材\n第一章　密码设备操作规程"),
        ("marked-contest", "绝密★启用前\n2026年度全市保密知识竞赛笔试试卷\n考试时间：60分钟"),
        ("marked-with-example", "秘密★1年\n涉密会议保密管理培训提纲\n示例：会议通知应标注密级，如“机密★1年”。\n一、会前……"),
        ("marked-case-material", "机密★5年\n全市失泄密案件警示教育材料（案例汇编）\n案例一：某局干部将涉密文件拍照上传微信群"),
        ("marked-lecture-notes", "秘密★3年\n县委理论学习中心组专题学习材料\n关于国家安全形势的内部分析"),
        ("marked-drill", "机密★1年\n2026年全县反恐应急演练培训脚本\n演练时间：5月20日　演练地点：县城客运站"),
        ("marked-hospital", "秘密★1年\n县人民医院应急处置培训手册（突发公共卫生事件）\n第三节　信息报送口径"),
    ]
    neg = [
        ("slide-example", "第5页　密级标志怎么标？\n示例：机密★1年\n位置：版心左上角第二行，顶格"),
        ("handout-right-wrong", "公文格式常见错误\n错误示例：机密1年（缺少★）\n正确示例：机密★1年"),
        ("quiz-true-false", "保密知识判断题\n1．“秘密★6个月”表示该文件的保密期限为6个月。（　）\n2．绝密级事项保密期限一般不超过30年。（　）"),
        ("quiz-choice", "单选题：下列密级和保密期限的标注，正确的是（　）\nA．机密★10年　B．机密★十年　C．机密10年　D．★机密10年\n答案：A"),
        ("boxed-example", "图3-1　密级标志示例\n┌────────────┐\n│ 秘密★1年    │\n└────────────┘\n说明：密级标志用3号黑体字。"),
        ("slides-bullets", "Slide 7\n标题：保密期限的表述\n• 机密★1年\n• 秘密★6个月\n• 绝密★长期\n备注：讲到这里停一下提问"),
        ("chat-training", "各位同事，下午3点在五楼会议室讲密级标志怎么标，比如“绝密★启用前”“机密★1年”这些，带上笔记本。"),
        ("blog-post", "公文格式详解（附示例）\n作者：公文写作小助手\n密级和保密期限：如“秘密★1年”，无密级的不标。"),
        ("example-colon", "示例：\n绝密★启用前\n（用于启用前的考试试卷）"),
        ("exam-prep-book", "公文写作与处理（考前冲刺）\n考点12：密级标注\n【例】“机密★5年”中的★不能省略。"),
        ("school-class", "七年级（3）班主题班会：保守秘密，从我做起\n一、什么是国家秘密？\n二、我们能做什么？"),
        ("training-feedback", "保密培训满意度调查\n1. 您对本次“机密文件管理制度”培训的总体评价：□满意 □一般 □不满意"),
        ("quiz-answer-key", "第二单元测验参考答案\n3．（1）机密★1年　（2）秘密★6个月　（3）绝密★长期"),
    ]
    out = [Sample(t, "block", "positive", id=f"bj4-p{i:02d}", cls=4, expected="block", group=g)
           for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj4-n{i:02d}", cls=4, expected="notice", group=g)
            for i, (g, t) in enumerate(neg, 1)]
    return out


def c5_briefings() -> list[Sample]:
    pos = [
        ("jianbao-below", "秘密\n\n防汛抗旱工作简报\n第8期\n\n丰泽县防汛抗旱指挥部办公室　　2026年6月18日\n\n　　6月17日夜间，金塘河上游出现强降雨，溪口水库水位超汛限0.6米。"),
        ("zhuanbao-beside", "机密　　　　　　　　　　　　第3期\n\n维稳工作专报\n\n南屏县委政法委　　2026年4月9日\n\n　　近期涉众型经济纠纷信访呈上升趋势。"),
        ("xinxi-paren", "秘密\n信访信息\n（第27期）\n县信访局编　　2026年4月2日\n　　一、重点信访事项……"),
        ("kuaibao", "绝密\n重要敏感信息快报\n第1期\n中共龙湾县委办公室　　2026年3月3日"),
        ("zhuanbao-year-issue", "机密\n\n舆情专报\n2026年第15期\n\n北宁市委网信办\n\n　　一、近期舆情热点……"),
        ("same-line", "秘密　第42期\n安全生产简报\n县安委会办公室　　2026年5月12日\n　　本周全县共检查企业86家。"),
        ("chinese-numeral", "秘密\n\n疫情防控工作信息\n第六十三期\n\n溪口县疫情防控指挥部办公室"),
        ("bracket-issue", "机密\n\n\n社会稳定风险快报\n〔2026〕第9期\n金塘县委维稳办"),
        ("spaced-issue", "秘密\n\n重大项目推进情况专报\n第 5 期\n\n安平县发展和改革局　　2026年7月1日"),
        ("fenhao-above", "000031\n秘密\n森林防火快报\n第2期\n丰泽县森林防灭火指挥部办公室"),
        ("guoan-jianbao", "机密\n\n国家安全工作简报\n第4期\n\n北宁市国家安全领导小组办公室"),
        ("school-xinxi", "秘密\n\n教育系统安全稳定信息\n第11期\n\n溪口县教育局办公室编　　2026年9月3日"),
        ("hospital-kuaibao", "秘密\n\n医疗纠纷舆情快报\n第3期\n\n县人民医院党政办　　2026年8月20日"),
    ]
    neg = [
        ("public-jianbao", "工作简报\n第5期\n丰泽县农业农村局编　　2026年3月10日\n春耕备耕工作有序推进\n　　全县已完成早稻育秧3.2万亩。", "allow"),
        ("school-kuaibao", "校园快报\n第12期\n本期看点：秘密花园读书会开幕，初二年级篮球赛落幕", "notice"),
        ("party-xinxi", "党建信息\n第20期\n　　组织全体党员观看警示教育片《泄密的代价》，大家表示要严守党和国家的秘密。", "notice"),
        ("published-xinxi", "政务信息\n（第33期）\n安平县人民政府办公室　　2026年5月6日\n　　我县召开2026年优化营商环境推进会。\n（此件公开发布）", "notice"),
        ("sports-jianbao", "简报\n第1期\n2026年春季田径运动会\n　　高二（5）班获团体总分第一名。", "allow"),
        ("baomi-jianbao", "保密工作简报\n第2期\n本期内容：全县开展机密文件管理制度培训，参训人员230人。", "notice"),
        ("chat-link", "[链接] 《龙湾融媒快报》第88期：秘密基地亲子乐园开业啦，前100名免费！", "notice"),
        ("keji-kuaibao", "科技信息快报\n第7期\n　　第十届保密技术与产品展示会在京举行，参展企业160余家。", "notice"),
        ("plain-xinxi", "信息\n第15期\n县政府办公室　　2026年5月8日\n◎本周要闻：县城第二水厂正式通水", "allow"),
        ("book-club", "秘密花园\n第3期\n东关社区读书会简报\n　　本期共读《秘密花园》，参加居民42人。", "notice"),
        ("tongbao-public", "情况通报\n第4期\n　　解放路雨污分流改造工程本周完成60%，预计月底恢复通行。", "allow"),
        ("hospital-jianbao", "医院简报　第6期\n　　本月开展患者隐私保护专题培训，强调病历保密、不随意拍照外传。", "notice"),
        ("forum-digest", "论坛精华快报 第21期\n本期热帖：《我和同桌的小秘密》《县城最好吃的十家米粉》", "notice"),
    ]
    out = [Sample(t, "block", "positive", id=f"bj5-p{i:02d}", cls=5, expected="block", group=g)
           for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj5-n{i:02d}", cls=5, expected=e, group=g)
            for i, (g, t, e) in enumerate(neg, 1)]
    return out


def c6_internal() -> list[Sample]:
    pos = [
        ("first-line-org", "丰泽县发改局内部资料，请勿外传\n2026年重点项目储备清单\n1. 县城东区综合管廊（拟投资4.2亿元）"),
        ("neibu-zhuyi", "内部资料　注意保存\n\n北宁市城投集团2026年一季度经营分析"),
        ("cankao-head", "仅供内部参考\n关于县人民医院绩效分配改革的初步设想\n一、现行分配办法存在的问题"),
        ("chat-draft", "[文件] 2026年教师招聘方案.docx\n附件是初稿，先内部看看，别外传"),
        ("chat-discussion", "王科长：方案还是讨论稿，大家先看，不要往外发哈\n[文件] 城区学校划片调整方案（讨论稿）.pdf"),
        ("school-heading", "溪口中学内部资料\n请勿外传\n高三第二次模拟考试成绩分析（含各班排名）"),
        ("gongzuo-mimi", "工作秘密\n关于部分科级干部调整的初步考虑\n一、调整原则"),
        ("chuanyue", "内部传阅\n县卫健局关于院感事件的调查情况（未定稿）"),
        ("zhengqiu-internal", "征求意见稿\n南屏县国有企业负责人薪酬管理办法\n（内部征求意见，请勿外传）"),
        ("chat-delete", "群里各位：这份是内部的，看完删掉，千万别转出去\n[图片]"),
        ("firm-heading", "金塘化工集团内部资料 请勿外传\n“4·15”安全生产事故调查报告（送审稿）"),
        ("bracket-neibu", "【内部】\n关于三季度人员优化计划的说明——仅限中层以上阅"),
        ("cankao-noquote", "仅供内部参考，不得对外引用\n县域经济运行监测（2026年4月）\n一、主要指标"),
        ("email-budget", "各位：\n附件为《2026年度部门预算（讨论稿）》，仅供内部讨论，请勿外传。\n财务科"),
    ]
    neg = [
        ("inner-class", "Java 内部类（Inner Class）详解\n内部类是定义在另一个类内部的类，可以访问外部类的私有成员。", "allow"),
        ("house-interior", "房屋内部装修注意事项\n1. 水电改造要做闭水试验\n2. 墙面找平后再刷漆", "allow"),
        ("canteen", "公司内部食堂本周菜单\n周一：红烧肉、清炒时蔬\n周二：番茄牛腩、凉拌木耳", "allow"),
        ("textbook-isbn", "《内部审计学》（第三版）\n定价：49.00元\n中国人民大学出版社", "allow"),
        ("public-consultation", "关于公开征求《丰泽县养犬管理规定（征求意见稿）》意见的公告\n　　为广泛听取社会各界意见，现将征求意见稿全文公布，欢迎提出修改意见。", "notice"),
        ("price-reference", "以上价格仅供参考，以店内实际售价为准。", "allow"),
        ("news-discussion", "县政府召开常务会议\n　　会议讨论了《2026年县政府工作要点》，与会同志充分发表意见。", "allow"),
        ("gossip", "哈哈这个八卦别外传啊😂 他俩下个月就办酒了", "notice"),
        ("internal-control", "企业内部控制基本规范解读培训\n时间：4月18日　地点：县会计继续教育中心", "allow"),
        ("qr-group", "内部交流群二维码已更新，欢迎新同学扫码入群，群里不发广告。", "notice"),
        ("neibu-faxing-qa", "问：这本书是内部发行的吗？\n答：不是，已经公开出版了，网上书店都有卖。", "notice"),
        ("engine-diagram", "发动机内部结构图解\n活塞、连杆、曲轴的运动关系", "allow"),
        ("novel-draft", "初稿已经发给编辑了，周五定稿，下个月在公众号连载，欢迎大家转发！", "allow"),
    ]
    out = [Sample(t, "confirm", "positive", id=f"bj6-p{i:02d}", cls=6, expected="confirm", group=g)
           for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj6-n{i:02d}", cls=6, expected=e, group=g)
            for i, (g, t, e) in enumerate(neg, 1)]
    return out


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def yearbook_entry(rng: random.Random) -> str:
    return rng.choice([
        f"{_date(rng)}　{rng.choice(TITLES)}{ren(rng)}到{rng.choice(TOWNS)}调研{rng.choice(TOPICS)}工作。",
        f"{_date(rng)}　全县{rng.choice(TOPICS)}工作会议在县行政中心召开，{rng.choice(TITLES)}{ren(rng)}出席并讲话。",
        f"{_date(rng)}　{rng.choice(TOWNS)}被评为省级{rng.choice(['卫生乡镇', '生态乡镇', '森林乡村', '文明村镇'])}。",
        f"{_date(rng)}　{rng.choice(TITLES)}{ren(rng)}带队赴{rng.choice(['浙江', '江苏', '广东', '福建'])}考察{rng.choice(TOPICS)}先进经验。",
        f"　　全年完成地区生产总值{rng.randint(120, 480)}.{rng.randint(1, 9)}亿元，同比增长{rng.randint(3, 9)}.{rng.randint(0, 9)}%。",
        f"　　{rng.choice(TOWNS)}全年新建村级道路{rng.randint(8, 60)}公里，改造危房{rng.randint(20, 300)}户。",
    ])


def news_entry(rng: random.Random) -> str:
    return rng.choice([
        f"本报讯（记者 {ren(rng)}）{_date(rng)}上午，全县{rng.choice(TOPICS)}推进会召开，{rng.choice(TITLES)}{ren(rng)}出席会议并讲话。{ren(rng)}强调，要压实责任、细化措施。",
        f"{_date(rng)}，{rng.choice(TITLES)}{ren(rng)}深入{rng.choice(TOWNS)}，实地察看{rng.choice(TOPICS)}情况，看望慰问一线工作人员。",
        f"【民生】{rng.choice(TOWNS)}{rng.choice(['农贸市场提升改造完工', '新建口袋公园开放', '老年食堂试运营', '卫生院新门诊楼投用'])}，居民{ren(rng)}说：“方便多了。”",
        f"【警示】市纪委监委通报{rng.randint(2, 6)}起违反保密纪律典型问题，要求党员干部严守秘密，不在微信群传播内部文件。",
        f"{_date(rng)}，我县举行{rng.choice(['重点项目集中开工', '招商引资签约', '文明城市创建誓师', '义务植树'])}活动，{rng.choice(TITLES)}{ren(rng)}宣布开工。",
    ])


def policy_entry(rng: random.Random, n: list[int]) -> str:
    n[0] += 1
    city = rng.choice(["北宁市", "丰泽县", "南屏县", "龙湾县"])
    return rng.choice([
        f"第{n[0]}条　{rng.choice(TOPICS)}工作实行{rng.choice(['属地管理', '分级负责', '统一领导'])}，由{rng.choice(TITLES)}牵头，有关部门按职责分工负责。",
        f"{city}人民政府关于加强{rng.choice(TOPICS)}工作的实施意见\n（{2020 + rng.randint(0, 6)}年{_date(rng)}　此件公开发布）",
        f"　　经{rng.choice(TITLES)}{ren(rng)}同意，{city}成立{rng.choice(TOPICS)}工作领导小组，组长由{rng.choice(TITLES)}担任。",
        f"第{n[0]}条　本办法自{2020 + rng.randint(0, 6)}年{_date(rng)}起施行，由{city}{rng.choice(['发展和改革局', '财政局', '农业农村局'])}负责解释。",
    ])


def long_text(kind: str, size: int, rng: random.Random) -> str:
    """A public text of about `size` UTF-8 bytes composed from one genre's sentence pool."""
    head = {"yearbook": f"{rng.choice(['丰泽', '南屏', '龙湾'])}年鉴（2025）\n大事记\n",
            "news": f"{rng.choice(['龙湾', '溪口', '金塘'])}新闻网　首页 > 本地要闻\n",
            "policy": "惠民政策汇编（2026年版）\n目录见后\n"}[kind]
    parts, total, counter = [head], len(head.encode()), [0]
    while total < size:
        line = {"yearbook": lambda: yearbook_entry(rng), "news": lambda: news_entry(rng),
                "policy": lambda: policy_entry(rng, counter)}[kind]()
        parts.append(line)
        total += len(line.encode()) + 1
    return "\n".join(parts)


ITINERARIES = [
    ("chat-itinerary", "明天（3月18日）周书记行程：\n7:50 县委大院出发\n8:40 到龙湾镇檀木村看高标准农田\n10:30 溪口工业园金塘化工座谈\n12:00 园区食堂用餐\n14:30 回县委主持常委会"),
    ("table-itinerary", "| 时间 | 地点 | 领导 | 内容 |\n|---|---|---|---|\n| 4月2日 9:00 | 南屏县人民医院 | 李市长 | 调研公立医院改革 |\n| 4月2日 11:00 | 县疾控中心 | 李市长 | 看望一线人员 |\n| 4月2日 15:00 | 县行政中心3楼 | 李市长 | 听取工作汇报 |"),
    ("school-chat", "市长下周二到我们学校，大概10点，从东门进，先看实验楼，再去食堂，全程40分钟左右，先别往外说"),
    ("dingtalk-itinerary", "【行程安排】陈省长一行5月9日14:00抵北宁站，14:30赴高新区，16:00在市行政中心3楼召开座谈会，晚宿北宁宾馆"),
    ("county-day", "县长明日安排：上午8:30防汛检查（溪口水库→金塘河堤），下午2:30信访接待（县信访局一楼），晚上7:00视频调度会"),
    ("hospital-visit", "院长明天陪卫健委主任来我院检查，8:30到门诊楼，9:30住院部，10:30在行政楼二楼会议室汇报"),
    ("firm-itinerary", "集团董事长6月3日行程：上午9点飞抵岚山机场（CA1234），10点半到二分厂，下午2点安全生产座谈，晚6点返程"),
    ("csv-itinerary", "日期,时间,领导,地点,事项\n2026-07-01,09:00,王书记,七一广场,升旗仪式\n2026-07-01,10:30,王书记,县委党校,讲专题党课\n2026-07-01,15:00,王书记,龙湾镇,走访老党员"),
]


def c7_long() -> list[Sample]:
    rng = random.Random(SEED + 7)
    out = [Sample(t, "confirm", "positive", id=f"bj7-p{i:02d}", cls=7, expected="confirm", group=g)
           for i, (g, t) in enumerate(ITINERARIES, 1)]
    for kind, size, (g, t) in [("news", 60_000, ITINERARIES[0]), ("yearbook", 120_000, ITINERARIES[4]),
                               ("policy", 80_000, ITINERARIES[3]), ("news", 200_000, ITINERARIES[1]),
                               ("yearbook", 55_000, ITINERARIES[6])]:
        text = long_text(kind, size, rng)
        cut = text.index("\n", len(text) // 2)
        out.append(Sample(text[:cut] + "\n" + t + text[cut:], "confirm", "positive", id=f"bj7-p{len(out) + 1:02d}",
                          cls=7, expected="confirm", group=f"inside-{kind}:{g}"))
    sizes = [52_000, 70_000, 85_000, 100_000, 120_000, 140_000, 160_000, 180_000, 200_000, 230_000, 260_000, 290_000]
    kinds = ["yearbook", "news", "policy"]
    for i, size in enumerate(sizes, 1):
        kind = kinds[i % 3]
        out.append(Sample(long_text(kind, size, rng), "harmless", "negative", id=f"bj7-n{i:02d}", cls=7,
                          expected="notice", group=f"long-{kind}"))
    return out


def c8_forms() -> list[Sample]:
    rng = random.Random(SEED + 8)
    ids = [id_number(rng) for _ in range(4)]
    neg = [
        ("pledge-blank", "保密承诺书\n本人________（身份证号：__________________），在涉密岗位工作期间，郑重承诺：\n一、认真遵守国家保密法律法规和规章制度；\n二、不在微信、QQ等互联网通信工具中传递涉密信息。\n承诺人（签字）：________\n____年__月__日"),
        ("gongwen-template", "XXX人民政府文件\nX政发〔20XX〕X号\n关于XXXXX的通知\n各XXX：\n　　XXXXXXXXXXXXXXXXXXXX。\n附件：1．XXXXX\nXXX人民政府\n20XX年X月X日\n（此件XXXX）"),
        ("gbt-sample-page", "000001\n机密★1年\n特急\nXXXXXX文件\nXXX〔20XX〕X号\n关于XXXXXXX的通知\nXXXXXXXX：\n　　XXXXXXXXXXXXXXXX。"),
        ("doctest-id", f">>> is_valid_id(\"{ids[0]}\")\nTrue\n>>> is_valid_id(\"{ids[0][:-1]}0\")\nFalse"),
        ("doctest-mask", f"def mask_id(s: str) -> str:\n    \"\"\"Keep the first 6 and last 4 digits.\n\n    >>> mask_id(\"{ids[1]}\")\n    '{ids[1][:6]}********{ids[1][-4:]}'\n    \"\"\"\n    return s[:6] + '*' * 8 + s[-4:]"),
        ("roster-form", "涉密人员登记表\n姓名：　　　　　性别：　　　　\n身份证号：　　　　　　　　　　\n涉密等级：□核心　□重要　□一般\n所在部门：　　　　　岗位："),
        ("register-slip", "文件登记单\n密级：________　保密期限：________\n文件标题：____________________\n发文字号：____〔20__〕__号\n登记人：______"),
        ("nda-template", "保密协议（模板）\n甲方：XXX有限公司\n乙方：________　身份证号码：________\n　　乙方在职期间及离职后二年内，不得泄露甲方商业秘密。"),
        ("csv-blank-roster", "序号,姓名,身份证号,手机号,备注\n1,,,,\n2,,,,\n3,,,,\n4,,,,"),
        ("qingshi-template", "XXX局关于XXXX的请示\nX局〔20XX〕X号　　签发人：XXX\nXXX：\n　　XXXXXXXXXX。\n　　妥否，请批示。\nXXX局\n20XX年X月X日"),
        ("leave-pledge", "离岗离职保密承诺书\n本人在________单位________岗位工作期间，接触了______等涉密事项，现郑重承诺：脱密期内遵守保密规定。\n承诺人：______　日期：______"),
        ("readme-doctest", f"## 用法\n\n```python\n>>> from idcheck import check\n>>> check('{ids[2]}')\nTrue\n>>> check('{ids[3]}')\nTrue\n```"),
        ("minutes-template", "XXXX会议纪要\n〔20XX〕第X期\nXXX办公室　　　　20XX年X月X日\n会议时间：\n会议地点：\n主持人：\n参会人员：\n会议议定事项："),
        ("telegram-form", "发电稿纸（空白）\n等级：______　　发电单位：______\n签批：______　　电号：______〔20__〕__号\n标题：________________________"),
    ]
    pos = [
        ("notice-first-page", "000152\n机密★1年\n特急\n丰泽县人民政府文件\n丰政发〔2026〕31号\n关于调整全县森林防灭火指挥部成员的通知\n各乡镇人民政府，县直各部门："),
        ("qingshi-first-page", "000023\n秘密★6个月\n南屏县公安局\n关于申请增配重点目标守护力量的请示\n南公〔2026〕8号　　签发人：刘建设\n县人民政府："),
        ("minutes-first-page", "秘密★1年\n县委常委会会议纪要\n〔2026〕第6期\n中共龙湾县委办公室　　2026年4月3日\n　　4月2日，县委书记周立新主持召开县委常委会会议。"),
        ("cipher-telegram", "密码电报\n等级：特急\n发电单位：中共溪口县委办公室　　签批：陶振宇\n溪电〔2026〕5号\n关于做好重要时段社会稳定工作的紧急通知"),
        ("exam-first-page", "绝密★启用前\n金塘县2026年初中学业水平考试\n物理试题\n注意事项：\n1．本试卷共6页，满分100分，考试时间90分钟。"),
        ("tongbao-first-page", "秘密★1年\n北宁市卫生健康委员会文件\n北卫发〔2026〕19号\n关于近期聚集性疫情处置情况的通报\n各县（市、区）卫生健康局："),
        ("party-first-page", "000311\n机密★2年\n加急\n中共金塘县委员会文件\n金委发〔2026〕12号\n关于调整县级领导干部联系点的通知"),
        ("militia-first-page", "秘密★3年\n溪口县人民武装部文件\n溪武〔2026〕4号\n关于2026年度民兵整组工作的通知\n各乡镇人武部："),
        ("plan-cover", "机密★长期\n安平县重要目标防护方案\n（2026年修订）\n安平县人民防空办公室\n2026年5月"),
        ("emergency-first-page", "000412\n秘密★1年\n特急\n南屏县应急管理局文件\n南应急发〔2026〕15号\n关于危化品运输专项检查发现问题的通报"),
        ("letter-first-page", "秘密★6个月\n北宁市教育局\n关于2026年高考试卷保管有关事项的函\n北教函〔2026〕27号\n各县（市、区）教育局："),
        ("top-secret-first-page", "000002\n绝密★长期\n特提\n中共北宁市委员会文件\n北委发〔2026〕1号\n关于重要目标安全保卫工作的决定"),
        ("hospital-first-page", "000045\n秘密★1年\n龙湾县卫生健康局文件\n龙卫发〔2026〕22号\n关于县人民医院院感事件调查处理情况的报告\n县人民政府："),
    ]
    out = [Sample(t + "\n" + body(rng, 2), "block", "positive", id=f"bj8-p{i:02d}", cls=8, expected="block", group=g)
           for i, (g, t) in enumerate(pos, 1)]
    out += [Sample(t, "harmless", "negative", id=f"bj8-n{i:02d}", source="code" if "doctest" in g else "text", cls=8,
                   expected="notice", group=g) for i, (g, t) in enumerate(neg, 1)]
    return out


def build_corpus() -> list[Sample]:
    """All eight classes, positives then negatives per class."""
    return [*c1_ocr(), *c2_layout(), *c3_markup(), *c4_teaching(), *c5_briefings(), *c6_internal(), *c7_long(),
            *c8_forms()]
