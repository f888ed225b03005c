# ruff: noqa: E501
"""Third blind held-out set for issue 10, by yet another author: a provincial exam office, a township clerk,
a hospital IT admin, a programmer writing docs, a teacher making slides, a journalist, a WeChat group chat
and a web-forum copy-paste. Written without seeing the detection code or the earlier corpora, so its rates
say how the guard does on wording it was never tuned on.

Labels follow docs/labels.md only and were fixed before the first run:
  block    state-secret marks by form and position (top line, ★ and period, a bare level on the top line of a
           briefing beside its 第N期, 绝密★启用前, cipher telegrams), also when OCR or copying damaged them
           but the page head (份号, red header, 发文字号) still says "mark".
  confirm  internal markings (内部资料, 工作秘密, 内部传阅, drafts passed on with keep-internal requests,
           内部明电), unpublished documents (此件不公开), compact leader itineraries.
  harmless below confirm: mentions, teaching, code, templates, long public texts (allow or notice).
`expected` is the verdict asked for (for harmless items, the highest one that is still right).
Everything is built from a fixed seed, so build_corpus() is deterministic.
"""

from __future__ import annotations

import random

from .sample import Sample

SEED = 20261204
AUTHORS = ("exam-office", "township-clerk", "hospital-it", "programmer", "teacher", "journalist", "wechat", "forum")

XING = list("赵钱孙李周吴郑王冯陈卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹柏窦章苏潘葛范彭鲁马方任袁")
MING = ["建国", "立军", "春华", "国强", "秀英", "志远", "宏伟", "丽娟", "永明", "海燕", "文斌", "玉兰", "长青", "晓东"]
PLACES = ["石门镇", "杨柳乡", "清河镇", "桃源街道", "双溪乡", "马坊镇", "北关街道", "芦湖镇", "高坪乡", "西岭镇"]
ROLES = ["书记", "县长", "副县长", "市长", "市委书记", "常务副市长", "县委副书记", "区长", "州长", "副市长"]
TASKS = ["调研春耕生产", "检查防汛工作", "督导安全生产", "考察重点项目", "走访困难群众", "调研乡村振兴", "视察学校建设", "检查森林防火"]


def _s(cls: int, pid: str, group: str, source: str, expected: str, text: str, kind: str) -> Sample:
    label = expected if expected in ("block", "confirm") else "harmless"
    return Sample(text=text, label=label, kind=kind, id=f"bk{cls}-{pid}", source=source, cls=cls,
                  expected=expected, group=group)


def _c1() -> list[Sample]:
    """OCR misreads: marks damaged but still in page-head position; prose with look-alike strings."""
    o = "ocr"
    return [
        _s(1, "p01", "township-clerk", o, "block", "OOO128\n机密★l年\n某某县人民政府文件\n县政发〔2026〕7号\n关于调整全县防汛责任人的通知\n各乡镇人民政府：", "ocr-digits"),
        _s(1, "p02", "township-clerk", o, "block", "秘密★6个目\n某某县人民政府文件\n县政发〔2026〕15号\n关于做好春季森林防火工作的通知", "ocr-month"),
        _s(1, "p03", "exam-office", o, "block", "绝密★启用前\n2O26牟普通高等学校招生全国统一考试（某省卷）\n数学\n注意事项：", "ocr-year"),
        _s(1, "p04", "township-clerk", o, "block", "000213\n机座★1年\n某某县人民政府办公室文件\n县政办发〔2026〕9号\n关于印发应急预案的通知", "ocr-mi"),
        _s(1, "p05", "township-clerk", o, "block", "000341\n秘密太长期\n中共某某县委文件\n县委发〔2026〕3号\n关于干部调整的通知", "ocr-star"),
        _s(1, "p06", "hospital-it", o, "block", "机密女2年\n某某市卫生健康委员会文件\n市卫发〔2026〕21号\n关于重大疫情处置预案的通知", "ocr-star"),
        _s(1, "p07", "township-clerk", o, "block", "份号 000057\n秘密+1年\n某某县人民政府文件\n县政发〔2026〕30号", "ocr-star"),
        _s(1, "p08", "exam-office", o, "block", "绝出★启用前\n2026年某省普通高中学业水平选择性考试\n物理\n本试卷共8页，满分100分。", "ocr-mi"),
        _s(1, "p09", "township-clerk", o, "block", "000092\n密★1年\n特急\n某某县人民政府文件\n县政发〔2026〕18号\n关于处置突发事件的通知", "ocr-lost-level"),
        _s(1, "p10", "township-clerk", o, "block", "000404\n秘宝★6个月\n某某镇人民政府文件\n镇政发〔2026〕4号", "ocr-mi"),
        _s(1, "p11", "journalist", o, "block", "机密.1年\n某某市人民政府文件\n市政发〔2026〕11号\n关于调整城区规划的批复", "ocr-star"),
        _s(1, "p12", "township-clerk", o, "block", "O0O777\n秘密二I年\n某某县人民政府文件\n县政发〔2026〕2号", "ocr-star"),
        _s(1, "n01", "forum", o, "allow", "电机机座保修1年，轴承保修6个月\n安装前请阅读说明书", "ocr-lookalike"),
        _s(1, "n02", "wechat", o, "notice", "哈哈这个秘密太长期不说也不好，改天再聊吧", "ocr-lookalike"),
        _s(1, "n03", "forum", o, "notice", "《机密女人》是一部2O19年上映的电视剧，共4O集", "ocr-lookalike"),
        _s(1, "n04", "teacher", o, "notice", "第l章 保密基础知识\nl.1 国家秘密的密级分为绝密、机密、秘密三级\n本章要点：", "ocr-textbook"),
        _s(1, "n05", "wechat", o, "allow", "支付宝密码忘了怎么办？点击“忘记密码”即可找回", "ocr-lookalike"),
        _s(1, "n06", "hospital-it", o, "allow", "2O26午3目12日 收款收据\n门诊挂号费 ¥12.OO\n经办人：李", "ocr-receipt"),
        _s(1, "n07", "forum", o, "notice", "秘密花园 涂色书 第2版\n定价39.8O元 出版社：某某出版社", "ocr-book"),
        _s(1, "n08", "journalist", o, "notice", "某县召开保密工作会议 强调守住秘密底线\n本报讯 3目5日，某县召开全县保密工作会议。", "ocr-news"),
        _s(1, "n09", "forum", o, "notice", "绝密档案（第l季） 在线观看 高清 第12集", "ocr-lookalike"),
        _s(1, "n10", "township-clerk", o, "notice", "关于开展机密级文件管理制度培训的通知\n各科室：定于3目5日上午9时在三楼会议室举行。", "ocr-training"),
        _s(1, "n11", "forum", o, "allow", "图密码锁 使用说明书\n首次使用请设置6位密码，保修l年", "ocr-lookalike"),
    ]


def _c2() -> list[Sample]:
    """Layout lost in copying: headers run into titles, bullets, split lines, traditional characters."""
    t = "text"
    return [
        _s(2, "p01", "exam-office", t, "block", "绝密★启用前2026年某省普通高中学业水平合格性考试数学试卷（本试卷共6页）", "run-in"),
        _s(2, "p02", "township-clerk", t, "block", "• 机密★1年\n• 某某县人民政府文件\n• 县政发〔2026〕5号\n• 关于调整征地补偿标准的通知", "bullets"),
        _s(2, "p03", "township-clerk", t, "block", "1. 秘密★6个月\n2. 县政发〔2026〕3号\n3. 关于做好换届选举工作的通知", "list-numbers"),
        _s(2, "p04", "township-clerk", t, "block", "机密\n★1年\n某某县人民政府文件\n县政发〔2026〕16号", "split-lines"),
        _s(2, "p05", "forum", t, "block", "機密★1年\n某某縣人民政府文件\n縣政發〔2026〕8號\n關於調整轄區規劃的通知", "traditional"),
        _s(2, "p06", "township-clerk", t, "block", "000231\n秘密★\n某某县人民政府文件\n县政发〔2026〕22号\n关于做好维稳工作的通知", "blank-period"),
        _s(2, "p07", "exam-office", t, "block", "绝密★启用前 姓名：________ 准考证号：________ 2026年某市初中学业水平考试 语文试题", "run-in"),
        _s(2, "p08", "township-clerk", t, "block", "秘密 ★ 1 年\n中共某某县委办公室文件\n县委办发〔2026〕6号", "spaced"),
        _s(2, "p09", "exam-office", t, "block", "絕密★啟用前\n2026年某省普通高校招生統一考試\n英語", "traditional"),
        _s(2, "p10", "forum", t, "block", "- 机密★长期 - 某省人民政府文件 - 省政发〔2026〕2号 - 关于某某事项的批复", "bullets"),
        _s(2, "p11", "township-clerk", t, "block", "000088 机密★1年 特急 某某市人民政府文件 市政发〔2026〕19号 关于调整城区交通管制的通知", "run-in"),
        _s(2, "n01", "exam-office", t, "allow", "2026年某省普通高中学业水平合格性考试数学试卷 注意事项：1.答卷前，考生务必将姓名填写在答题卡上。", "run-in"),
        _s(2, "n02", "teacher", t, "notice", "国家秘密的密级：\n• 绝密\n• 机密\n• 秘密\n请同学们记住三个等级。", "bullets"),
        _s(2, "n03", "forum", t, "notice", "保守國家秘密是每個公民的義務，轉自某某論壇。", "traditional"),
        _s(2, "n04", "township-clerk", t, "notice", "某某县人民政府文件 县政发〔2026〕3号 关于公布第一批历史建筑名录的通知 （此件公开发布）", "run-in"),
        _s(2, "n05", "exam-office", t, "notice", "考生须知：试卷启用前属于国家秘密，考试结束后方可公开。本须知可张贴。", "prose"),
        _s(2, "n06", "forum", t, "allow", "1. 打开设置\n2. 选择账户与安全\n3. 修改密码\n4. 完成", "list-numbers"),
        _s(2, "n07", "journalist", t, "notice", "该县一名干部因将一份机密级\n文件拍照发到微信群，\n被给予党内警告处分。", "split-lines"),
        _s(2, "n08", "forum", t, "allow", "《秘密花園》繁體版 第三章\n瑪麗走進花園，看見一扇小門。", "traditional"),
        _s(2, "n09", "teacher", t, "notice", "一、密级标注  二、保密期限  三、知悉范围  ——以上为本节课三个要点", "run-in"),
        _s(2, "n10", "wechat", t, "allow", "★★★★★\n好评！快递很快，包装完好\n★ 1 年质保", "stars"),
    ]


def _c3() -> list[Sample]:
    """Markup and code: headings, front matter and fields mark; regexes, literals, comments, enums mention."""
    m, c = "markup", "code"
    return [
        _s(3, "p01", "township-clerk", m, "block", "# 机密★1年\n\n## 关于调整全县学校布局的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。", "heading"),
        _s(3, "p02", "programmer", m, "block", "---\nclassification: 机密★1年\ntitle: 关于某某工程选址的请示\nauthor: 县发改局\n---\n\n正文如下。", "front-matter"),
        _s(3, "p03", "township-clerk", m, "block", "<p class=\"mj\">秘密★6个月</p>\n<h1 style=\"color:red\">某某县人民政府文件</h1>\n<p>县政发〔2026〕12号</p>", "html"),
        _s(3, "p04", "programmer", c, "block", "{\"份号\": \"000318\", \"密级\": \"机密\", \"保密期限\": \"1年\", \"标题\": \"关于某某项目的请示\", \"正文\": \"...\"}", "json-field"),
        _s(3, "p05", "exam-office", m, "block", "**绝密★启用前**\n\n# 2026年某省普通高中学业水平考试\n\n## 化学试题", "heading"),
        _s(3, "p06", "township-clerk", m, "block", "<div><span>000061</span></div>\n<div><span>秘密★1年</span></div>\n<div style=\"color:#FF0000;font-size:36pt\">某某市人民政府文件</div>", "html"),
        _s(3, "p07", "hospital-it", c, "block", "份号,密级,标题,发文字号\n000123,机密★1年,关于重大传染病应急处置的通知,市卫发〔2026〕3号", "csv-field"),
        _s(3, "p08", "programmer", m, "block", "秘密★1年\n=========\n\n关于某某系统建设方案的报告\n--------------------------", "rst-heading"),
        _s(3, "p09", "programmer", m, "block", "\\begin{flushleft}\\textbf{秘密★长期}\\end{flushleft}\n\\begin{center}\\color{red}某某县人民政府文件\\end{center}", "latex"),
        _s(3, "p10", "township-clerk", m, "block", "密级: 机密\n保密期限: 2年\n主题: 关于某某事项的请示\n\n王局长：现将有关情况报告如下。", "mail-fields"),
        _s(3, "n01", "programmer", c, "notice", "import re\n\nMARK = re.compile(r\"(绝密|机密|秘密)★\\d+(年|个月)\")\n", "regex"),
        _s(3, "n02", "programmer", c, "notice", "class Level(Enum):\n    TOP_SECRET = \"绝密\"\n    SECRET = \"机密\"\n    CONFIDENTIAL = \"秘密\"\n", "enum"),
        _s(3, "n03", "programmer", c, "notice", "// 如果文本包含 '机密★1年' 之类的标志，则拦截\nif (hasMark(text)) { block(); }", "comment"),
        _s(3, "n04", "programmer", m, "notice", "| 密级 | 说明 |\n|------|------|\n| 绝密 | 最重要的国家秘密 |\n| 机密 | 重要的国家秘密 |\n| 秘密 | 一般的国家秘密 |", "level-table"),
        _s(3, "n05", "programmer", c, "notice", "SELECT id, title FROM documents WHERE mj IN ('机密', '秘密') ORDER BY id;", "sql"),
        _s(3, "n06", "programmer", c, "notice", "def test_mark():\n    text = \"秘密★6个月\\n某某县人民政府文件\"\n    assert scan(text) == \"block\"\n", "literal"),
        _s(3, "n07", "programmer", c, "notice", "keywords:\n  - 绝密\n  - 机密\n  - 秘密\nstar: \"★\"\naction: warn\n", "config"),
        _s(3, "n08", "programmer", m, "notice", "## 密级识别\n\n本工具可识别 `机密★1年`、`绝密★启用前` 等标志，并给出理由。", "readme"),
        _s(3, "n09", "programmer", c, "notice", "public static final String LEVEL_SECRET = \"秘密\";\npublic static final String LEVEL_TOP = \"绝密\";", "constants"),
        _s(3, "n10", "hospital-it", m, "notice", "<select name=\"mj\">\n  <option value=\"0\">非密</option>\n  <option value=\"1\">秘密</option>\n  <option value=\"2\">机密</option>\n</select>", "form-select"),
        _s(3, "n11", "programmer", c, "notice", "msgid \"Confidential\"\nmsgstr \"机密\"\n\nmsgid \"Secret\"\nmsgstr \"秘密\"", "po-file"),
    ]


def _c4() -> list[Sample]:
    """Teaching: slides, quizzes and boxed examples mention; a training doc marked on its top line is marked."""
    t = "text"
    return [
        _s(4, "p01", "township-clerk", t, "block", "秘密★1年\n2026年全县保密干部培训讲义\n第一讲 涉密载体管理\n一、基本要求", "marked-training"),
        _s(4, "p02", "township-clerk", t, "block", "000026\n机密★6个月\n保密工作培训教案（县保密局编）\n一、近期泄密案件通报", "marked-training"),
        _s(4, "p03", "teacher", t, "block", "绝密★启用前\n2025—2026学年第二学期期中考试\n八年级数学试卷", "exam-paper"),
        _s(4, "p04", "township-clerk", t, "block", "秘密★长期\n某某县教育局文件\n县教发〔2026〕9号\n关于举办涉密人员培训班的通知", "marked-training"),
        _s(4, "p05", "township-clerk", t, "block", "机密★2年\n关于举办全市涉密人员培训班的通知\n各县（市、区）保密局：", "marked-training"),
        _s(4, "p06", "teacher", t, "block", "秘密★1年\n课件：涉密载体管理实务\n主讲：县保密局业务科\n第1页", "marked-slides"),
        _s(4, "p07", "exam-office", t, "block", "绝密★启用前\n2026年全市中小学教师招聘考试\n教育综合知识\n（考试时间：120分钟）", "exam-paper"),
        _s(4, "p08", "township-clerk", t, "block", "机密★1年\n000017\n培训考核试题（A卷）\n一、单选题（每题2分）", "marked-quiz"),
        _s(4, "p09", "hospital-it", t, "block", "秘密★6个月\n医院涉密计算机管理培训材料\n一、涉密计算机不得连接互联网", "marked-training"),
        _s(4, "p10", "exam-office", t, "block", "绝密★启用前\n2026年某省高等教育自学考试\n管理学原理试题\n课程代码 00054", "exam-paper"),
        _s(4, "n01", "teacher", t, "notice", "第3页 密级标志示例\n【示例】机密★1年\n说明：密级 + ★ + 保密期限", "slide"),
        _s(4, "n02", "teacher", t, "notice", "单选题：下列密级标志书写正确的是（  ）\nA. 机密★1年  B. 机密*1年  C. 机密-1年  D. 机密1年\n答案：A", "quiz"),
        _s(4, "n03", "teacher", t, "notice", "┌──────────────┐\n│  秘密★6个月   │\n└──────────────┘\n图2 密级标志位于版心左上角", "boxed"),
        _s(4, "n04", "teacher", t, "notice", "保密教育课 教案\n教学目标：了解绝密、机密、秘密三个密级\n教学重点：密级标志的位置", "lesson-plan"),
        _s(4, "n05", "teacher", t, "notice", "判断题：标有“绝密★启用前”的试卷可以拍照发到班级群。（  ）\n答案：×", "quiz"),
        _s(4, "n06", "teacher", t, "notice", "PPT 大纲\n1. 什么是国家秘密\n2. 密级如何标注，例如“秘密★1年”\n3. 案例分析", "slide"),
        _s(4, "n07", "teacher", t, "notice", "例：\n000123\n机密★1年\n××市人民政府文件\n×政发〔20××〕×号\n（以上为格式示意）", "boxed"),
        _s(4, "n08", "teacher", t, "notice", "课堂练习：指出下列公文版头各要素名称：份号、密级和保密期限、紧急程度、发文机关标志。", "exercise"),
        _s(4, "n09", "teacher", t, "notice", "小学科学课《秘密花园》：观察植物的生长", "lesson-plan"),
        _s(4, "n10", "teacher", t, "notice", "学生作文：我的秘密\n我有一个小秘密，我养了一只小仓鼠。", "essay"),
        _s(4, "n11", "teacher", t, "notice", "填空题：国家秘密的密级分为____、____、____三级。\n参考答案：绝密、机密、秘密", "quiz"),
    ]


def _c5() -> list[Sample]:
    """Briefings: a bare level at the top of 简报/专报/快报/信息/动态 beside or above 第N期 marks it."""
    t = "text"
    return [
        _s(5, "p01", "township-clerk", t, "block", "秘密\n工作简报\n第12期\n中共某某县委办公室  2026年3月5日", "briefing"),
        _s(5, "p02", "township-clerk", t, "block", "机密\n信息专报\n〔2026〕第3期\n某某县人民政府办公室编", "briefing"),
        _s(5, "p03", "township-clerk", t, "block", "秘密    第7期\n值班快报\n某某县应急管理局  2026年7月14日", "briefing"),
        _s(5, "p04", "township-clerk", t, "block", "机密\n政务信息\n第45期\n县委办信息科编", "briefing"),
        _s(5, "p05", "township-clerk", t, "block", "秘密\n工作动态\n第8期\n某某镇党委办公室  2026年4月2日", "briefing"),
        _s(5, "p06", "township-clerk", t, "block", "绝密\n情况专报\n第2期\n某某市委办公室", "briefing"),
        _s(5, "p07", "journalist", t, "block", "秘密\n舆情快报\n第19期\n县委宣传部编  2026年5月20日", "briefing"),
        _s(5, "p08", "township-clerk", t, "block", "机密                第5期\n维稳信息\n某某县委政法委  2026年6月1日", "briefing"),
        _s(5, "p09", "township-clerk", t, "block", "秘密\n督查专报\n（第4期）\n县委督查室", "briefing"),
        _s(5, "p10", "hospital-it", t, "block", "秘密\n\n疫情防控动态\n\n第二十三期\n\n市卫生健康委员会办公室", "briefing"),
        _s(5, "n01", "township-clerk", t, "allow", "工作动态\n第8期\n（此件公开发布）\n某某镇开展春季植树活动", "public-briefing"),
        _s(5, "n02", "journalist", t, "notice", "《保密工作》杂志 2026年第3期 目录\n如何守住秘密的底线", "magazine"),
        _s(5, "n03", "teacher", t, "allow", "校园快报\n第15期\n三年级二班在朗诵比赛中获得一等奖", "school-briefing"),
        _s(5, "n04", "forum", t, "notice", "综艺《秘密》第3期 嘉宾名单曝光", "tv-show"),
        _s(5, "n05", "forum", t, "notice", "播客：职场秘密 第12期 如何与领导沟通", "podcast"),
        _s(5, "n06", "township-clerk", t, "allow", "政务信息公开专栏\n第6期\n（此件公开发布）\n本期公开财政预算执行情况", "public-briefing"),
        _s(5, "n07", "journalist", t, "notice", "县委办《工作简报》第9期提到，全县保密自查发现问题3个，已全部整改。", "news"),
        _s(5, "n08", "township-clerk", t, "allow", "防汛快报 第3期\n已在县政府门户网站公开：本周降雨量较常年偏少。", "public-briefing"),
        _s(5, "n09", "wechat", t, "notice", "读书会简报 第4期：《秘密花园》读后感分享", "club-briefing"),
        _s(5, "n10", "hospital-it", t, "allow", "科普专报\n第2期\n如何设置不易被猜到的密码", "public-briefing"),
    ]


def _c6() -> list[Sample]:
    """Internal markings and chat passing internal drafts on; harmless everyday uses of the same words."""
    t = "text"
    return [
        _s(6, "p01", "township-clerk", t, "confirm", "内部资料 注意保存\n2026年一季度全县经济运行分析\n一、总体情况", "marking"),
        _s(6, "p02", "township-clerk", t, "confirm", "工作秘密\n关于某某村信访问题的情况报告\n县信访局：", "marking"),
        _s(6, "p03", "wechat", t, "confirm", "[文件] 关于调整城区学区划分的方案（征求意见稿）.docx\n张科：先发群里大家看看，别外传啊，还没定", "chat-draft"),
        _s(6, "p04", "hospital-it", t, "confirm", "内部传阅\n某某市人民医院2026年第一季度医疗质量分析报告", "marking"),
        _s(6, "p05", "township-clerk", t, "confirm", "（讨论稿）\n某某镇2026年机构设置调整方案\n一、调整原则", "marking"),
        _s(6, "p06", "journalist", t, "confirm", "仅供内部参考 请勿外传\n关于近期网络舆情的分析\n一、总体态势", "marking"),
        _s(6, "p07", "hospital-it", t, "confirm", "内部资料 请勿外传\n医院信息系统管理员账号分配表\n一、HIS系统", "marking"),
        _s(6, "p08", "wechat", t, "confirm", "这是还没定稿的送审稿，内部先看看，千万别转出去\n《某某县国土空间总体规划（送审稿）》", "chat-draft"),
        _s(6, "p09", "township-clerk", t, "confirm", "内部明电\n某某县人民政府办公室\n关于做好近期安全稳定工作的紧急通知", "marking"),
        _s(6, "p10", "township-clerk", t, "confirm", "未定稿  内部讨论用\n某某县2026年重点项目投资计划（草案）", "marking"),
        _s(6, "p11", "township-clerk", t, "confirm", "关于调整部分干部职务的通知\n各科室：\n经研究，决定如下。\n\n（此件不公开）", "not-public"),
        _s(6, "n01", "wechat", t, "allow", "新店内部装修已完成，周六开业，欢迎大家来参观！", "everyday"),
        _s(6, "n02", "wechat", t, "allow", "公司内部食堂本周菜单：周一红烧肉，周二鱼香肉丝", "everyday"),
        _s(6, "n03", "forum", t, "notice", "我们读书会的讨论稿（公开版）已经放到网站上了，欢迎大家提意见", "everyday"),
        _s(6, "n04", "wechat", t, "allow", "请勿外传！今晚家里做红烧肉，谁来谁知道😂", "everyday"),
        _s(6, "n05", "journalist", t, "notice", "工作秘密是指机关单位在公务活动中产生的、不属于国家秘密但泄露后会造成一定不利影响的事项。", "definition"),
        _s(6, "n06", "forum", t, "allow", "内部控制制度是企业为了保证业务活动有效进行而制定的制度。", "everyday"),
        _s(6, "n07", "journalist", t, "notice", "《某某市物业管理条例（征求意见稿）》已在市政府网站公开征求意见，欢迎市民提出建议。", "public-draft"),
        _s(6, "n08", "wechat", t, "allow", "小区内部道路施工通知：3月10日至20日，东门暂停通行。", "everyday"),
        _s(6, "n09", "hospital-it", t, "allow", "请注意保存好您的缴费小票，以便退费时使用。", "everyday"),
        _s(6, "n10", "wechat", t, "notice", "这本《读者》大家内部传阅一下哈，看完放回前台", "everyday"),
    ]


_NEWS = [
    "{d}，{p}召开全体干部大会，传达学习上级会议精神，部署下一阶段重点工作。会议要求，各部门要压实责任，确保各项任务落到实处。",
    "据了解，今年以来{p}累计完成固定资产投资{n}亿元，同比增长{k}%，重点项目建设进展顺利。",
    "保守国家秘密是每个公民的义务。近年来，一些干部因保密意识淡薄，将机密级文件拍照发到微信群，受到严肃处理。",
    "{d}，{x}{r}到{p}{t}，先后察看了田间地头和项目工地，与基层干部群众深入交流。",
    "记者从县保密局获悉，全县今年共开展保密培训{n}场次，覆盖干部职工{k}00余人次，进一步筑牢了保密防线。",
    "《秘密花园》是一部经典儿童文学作品，讲述了一个小女孩在神秘花园中成长的故事，深受读者喜爱。",
    "{p}积极推进农村人居环境整治，累计改造农村户厕{n}00余座，村容村貌明显改善。",
    "专家提醒，在公共场合不要随意连接免费无线网络，要定期修改各类账户密码，防止个人信息泄露。",
    "在保密知识竞赛中，参赛选手围绕绝密、机密、秘密三个密级的界定、保密期限的确定等内容展开角逐。",
    "{d}，全市安全生产工作会议召开。会议通报了近期安全生产形势，对汛期安全防范工作作出安排。",
    "本次活动由{p}党委主办，旨在丰富群众文化生活，吸引了{n}00余名群众参加。",
    "根据《中华人民共和国保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。",
]


def _long_text(rng: random.Random, target_bytes: int) -> str:
    """A public text composed from news-style paragraphs until it reaches `target_bytes` of UTF-8."""
    parts: list[str] = [f"{rng.choice(PLACES)}新闻汇编（{rng.randint(2024, 2026)}年合订本）\n（此件公开发布）"]
    size = len(parts[0].encode())
    while size < target_bytes:
        para = rng.choice(_NEWS).format(
            d=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", p=rng.choice(PLACES), n=rng.randint(2, 90),
            k=rng.randint(2, 30), x=rng.choice(XING) + rng.choice(MING), r=rng.choice(ROLES), t=rng.choice(TASKS))
        parts.append(para)
        size += len(para.encode()) + 1
    return "\n".join(parts)


def _itinerary(rng: random.Random, style: int) -> str:
    """A compact plan of a leader's coming day, in one of ten wordings."""
    who = rng.choice(XING) + rng.choice(ROLES)
    p1, p2 = rng.sample(PLACES, 2)
    t1, t2 = rng.sample(TASKS, 2)
    day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    return [
        f"明天{who}行程：\n8:30 从县委出发\n9:20 到{p1}{t1}\n12:00 在{p1}食堂用餐\n14:30 到{p2}{t2}\n17:00 返回",
        f"时间\t地点\t活动\t陪同\n{day} 8:30\t{p1}\t{t1}\t镇党委书记\n{day} 14:00\t{p2}\t{t2}\t镇长",
        f"关于做好{who}来我镇调研接待工作的通知\n各村、各站所：\n{day}上午9时，{who}一行到{p1}{t1}，10时30分到{p2}{t2}。请提前做好准备。",
        f"各位注意：{who}后天上午10点到咱们{p1}，先{t1}，11点半去{p2}，中午不吃饭直接回市里，大家提前到位",
        f"{day}{who}活动安排\n上午：8:00 出发；9:00 {p1}（{t1}）\n下午：15:00 {p2}（{t2}）；18:00 返回驻地",
        f"| 时间 | 地点 | 内容 |\n|---|---|---|\n| {day} 9:00 | {p1} | {who}{t1} |\n| {day} 15:00 | {p2} | {t2} |",
        f"接上级通知，{who}{day}将到我{p1}，路线：高速口下—{p1}政府—示范基地—{p2}，预计停留两个半小时，车辆请提前安排。",
        f"@所有人 {who}下周二行程定了：7:50 县委大院集合，8:40 {p1}，10:10 {p2}，午饭在{p2}，下午两点开座谈会",
        f"{who}日程\n{day}\n08:30—09:30 {p1} {t1}\n10:00—11:30 {p2} {t2}\n14:30 县委常委会",
        f"老王，{who}明天临时改了，上午先去{p2}{t2}，下午三点再去{p1}，你通知一下{p1}那边准备汇报材料",
    ][style]


def _c7(rng: random.Random) -> list[Sample]:
    """Long public texts of 50–300 KB stay below confirm; compact leader itineraries are held."""
    groups = ["wechat", "township-clerk", "township-clerk", "wechat", "township-clerk", "programmer",
              "township-clerk", "wechat", "township-clerk", "wechat"]
    pos = [_s(7, f"p{i + 1:02d}", groups[i], "markup" if i == 5 else "text", "confirm", _itinerary(rng, i),
              "itinerary") for i in range(10)]
    sizes = [50_000, 60_000, 80_000, 100_000, 120_000, 150_000, 180_000, 220_000, 260_000, 300_000]
    neg = [_s(7, f"n{i + 1:02d}", "journalist" if i % 2 else "forum", "text", "notice", _long_text(rng, b),
              "long-public") for i, b in enumerate(sizes)]
    return pos + neg


def _c8() -> list[Sample]:
    """Blank forms and templates stay at notice; real marked first pages are marked."""
    t = "text"
    return [
        _s(8, "p01", "township-clerk", t, "block", "000045\n机密★1年\n特急\n某某县人民政府文件\n县政发〔2026〕11号\n关于做好重大活动安保工作的通知\n各乡镇人民政府，县政府各部门：", "first-page"),
        _s(8, "p02", "township-clerk", t, "block", "000312\n秘密★6个月\n中共某某县委办公室文件\n县委办发〔2026〕14号\n关于进一步加强信访维稳工作的通知", "first-page"),
        _s(8, "p03", "township-clerk", t, "block", "000009\n绝密★长期\n中共某某市委文件\n市委发〔2026〕1号\n关于某某同志职务任免的决定", "first-page"),
        _s(8, "p04", "township-clerk", t, "block", "密码电报\n等级：特急\n发电单位：某某县委办公室\n签发：李\n县委明〔2026〕5号\n标题：关于做好近期维稳工作的紧急通知", "cipher"),
        _s(8, "p05", "hospital-it", t, "block", "000101\n秘密★1年\n加急\n某某市卫生健康委员会文件\n市卫发〔2026〕17号\n关于做好突发传染病应急处置准备的通知", "first-page"),
        _s(8, "p06", "township-clerk", t, "block", "机密★2年\n某某镇人民政府文件\n镇政发〔2026〕6号\n关于征地拆迁补偿方案的请示\n县人民政府：", "first-page"),
        _s(8, "p07", "township-clerk", t, "block", "000567\n秘密★1年\n某某县公安局文件\n县公发〔2026〕23号\n关于开展专项行动的实施方案", "first-page"),
        _s(8, "p08", "exam-office", t, "block", "绝密★启用前\n2026年某省公务员录用考试\n行政职业能力测验\n（考试时间120分钟，满分100分）", "exam-paper"),
        _s(8, "p09", "township-clerk", t, "block", "000777\n机密★1年\n某某县人民政府文件\n县政发〔2026〕28号\n关于调整干部的通知\n各乡镇：经县委研究决定，", "first-page"),
        _s(8, "p10", "township-clerk", t, "block", "密电\n特提\n某某市委办公室\n关于做好重要时间节点安全稳定工作的电报", "cipher"),
        _s(8, "n01", "township-clerk", t, "notice", "份号：________\n密级：________\n保密期限：________\n××市人民政府文件\n×政发〔20××〕×号\n标题：________________", "blank-form"),
        _s(8, "n02", "township-clerk", t, "notice", "XXXXXX\n秘密★X年\n××××文件\n××〔20××〕××号\n关于×××××的通知", "template"),
        _s(8, "n03", "township-clerk", t, "notice", "密级：□绝密 □机密 □秘密 □非密\n文件名称：__________\n承办人：______", "checkbox-form"),
        _s(8, "n04", "township-clerk", t, "notice", "涉密载体登记表\n序号\t名称\t密级\t份数\t接收人\n1\t\t\t\t\n2\t\t\t\t\n3\t\t\t\t", "blank-table"),
        _s(8, "n05", "programmer", t, "notice", "（份号）\n（密级和保密期限）\n（紧急程度）\n（发文机关标志）\n（发文字号）\n（标题）", "template"),
        _s(8, "n06", "township-clerk", t, "notice", "公文模板使用说明：\n第一行：份号（6位阿拉伯数字）\n第二行：密级和保密期限，如“机密★1年”\n第三行：紧急程度", "template-help"),
        _s(8, "n07", "hospital-it", t, "notice", "文件呈批表\n来文单位：________\n文号：________\n密级：________\n拟办意见：________\n领导批示：________", "blank-form"),
        _s(8, "n08", "programmer", t, "notice", "{{份号}}\n{{密级}}★{{保密期限}}\n{{发文机关}}文件\n{{机关代字}}〔{{年份}}〕{{序号}}号\n{{标题}}", "template"),
        _s(8, "n09", "township-clerk", t, "notice", "涉密文件借阅审批单\n借阅人：\n文件名称：\n密级：\n借阅期限：\n审批人：", "blank-form"),
        _s(8, "n10", "exam-office", t, "notice", "试卷袋封面（样式）\n绝密★启用前（此处印制）\n科目：________\n考场号：____  座位号：____", "template"),
    ]


def build_corpus() -> list[Sample]:
    """All samples, in class order, the same on every call."""
    rng = random.Random(SEED)
    return [*_c1(), *_c2(), *_c3(), *_c4(), *_c5(), *_c6(), *_c7(rng), *_c8()]
