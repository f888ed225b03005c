# ruff: noqa: E501  -- tables of Chinese text and code
"""The syntactic shape of pasted text: which spans are headings and fields (markings) and which are
literals, patterns, comments and tables of levels (mentions), read from the text alone."""

from __future__ import annotations

import time

import pytest

from guard.detect.syntax import Role, Shape, Unit, shape_of, text_shape
from guard.normalize import Document
from tests.corpus.classes import c3_markup

CHAT = "帮我看下这段代码哪里有问题：\n"


def role_at(text: str, needle: str, nth: int = 0) -> tuple[str, str, str] | None:
    """(kind, role, key) of the innermost unit around the nth occurrence of needle."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    shape = shape_of(text)
    u = shape.unit(pos, pos + len(needle))
    return (shape.kind, u.role.value, u.key) if u else (shape.kind, "", "")


# (text, needle, nth, kind, role, key): one row per mark in a realistic shape
CASES = [
    # YAML front matter and Markdown
    ("---\ntitle: 关于调整2026年度预算的通知\nclassification: 机密\nperiod: 1年\n---\n\n正文第一段。", "机密", 0, "markup", "field", "classification"),
    ("---\n密级: 秘密★6个月\n标题: 工作方案\n---\n正文。", "秘密★6个月", 0, "markup", "field", "密级"),
    ("---\nlayout: post\nsecurity: \"内部\"\ntags: [规划, 2026]\n---\n# 标题\n", "内部", 0, "markup", "field", "security"),
    ("# 机密★1年\n\n## 关于进一步加强安全生产的意见\n\n各单位要高度重视。", "机密★1年", 0, "markup", "heading", ""),
    ("## 内部资料，请勿外传 ##\n\n会议纪要如下。", "内部资料，请勿外传", 0, "markup", "heading", ""),
    ("绝密★启用前\n==========\n\n## 一、选择题\n\n1. 下列说法正确的是", "绝密★启用前", 0, "markup", "heading", ""),
    ("# 年度计划\n\n内部资料\n--------\n\n正文", "内部资料", 0, "markup", "heading", ""),
    ("**绝密★启用前**\n\n# 2026年全市统一考试 数学\n\n一、选择题", "绝密★启用前", 0, "markup", "text", ""),
    ("> 内部资料 注意保存\n\n# 工作简报\n\n本期要点。", "内部资料 注意保存", 0, "markup", "text", ""),
    ("| 密级 | 机密★1年 |\n|---|---|\n| 标题 | 年度计划 |\n\n正文。", "机密★1年", 0, "markup", "field", "密级"),
    ("| 文件名 | 密级 | 页数 |\n|---|---|---|\n| 年度计划 | 秘密 | 12 |\n", "秘密", 0, "markup", "field", "密级"),
    ("| 序号 | 文件名称 | 密级 | 份数 |\n|---|---|---|---|\n| 1 | 关于做好防汛准备的通知 | 绝密★长期 | 3 |\n| 2 | 年度计划 | 秘密 | 2 |\n", "绝密★长期", 0, "markup", "data", "密级"),
    ("```\n机密★1年\n```\n# 关于开展检查的通知\n正文", "机密★1年", 0, "markup", "text", ""),
    ("# 公文格式排版说明\n\n版头第二行标注密级和保密期限，例如 `机密★1年`，顶格编排。", "机密★1年", 0, "markup", "literal", ""),
    ("# 示例\n\n```python\nMARK = \"秘密★1年\"\n```\n", "秘密★1年", 0, "markup", "literal", ""),
    ("帮我看下：\n```python\nLEVELS = ['秘密', '机密']\nprint(LEVELS)\n```\n谢谢", "机密", 0, "markup", "data", ""),
    ("# 关于印发《2026年工作要点》的通知\n\n各单位：\n现将《要点》印发给你们。\n\n- 一、总体要求\n", "2026年工作要点", 0, "markup", "heading", ""),
    ("# 标题\n\n```json\n{\"levels\": [\"秘密\", \"机密\"]}\n```\n", "机密", 0, "markup", "data", ""),
    ("## 保密知识问答\n\n问：密级分为哪几级？\n答：绝密、机密、秘密三级。\n", "机密", 0, "markup", "", ""),
    # AsciiDoc
    ("= 秘密★6个月\n\n== 年度工作总结\n\n正文。", "秘密★6个月", 0, "markup", "heading", ""),
    ("= 年度报告\n:classification: 机密\n:author: 办公室\n\n== 概述\n", "机密", 0, "markup", "field", "classification"),
    # HTML / XML
    ("<p style=\"text-align:left\">秘密★1年</p>\n<h1>年度计划</h1>\n<p>正文</p>", "秘密★1年", 0, "markup", "text", ""),
    ("<div class=\"mark\">机密★2年</div><h2>工作方案</h2><p>正文</p>", "机密★2年", 0, "markup", "text", ""),
    ("<h3>仅供内部参考</h3>\n<h1>标题</h1>\n<p>正文</p>", "仅供内部参考", 0, "markup", "heading", ""),
    ("<html><head><title>机密★1年 年度预算</title><meta name=\"classification\" content=\"机密\"></head><body><p>x</p></body></html>", "机密", 1, "markup", "field", "classification"),
    ("<html><head><title>机密★1年 年度预算</title></head><body><p>x</p></body></html>", "机密★1年", 0, "markup", "heading", ""),
    ("<table><tr><td>密级</td><td>秘密</td></tr><tr><td>标题</td><td>计划</td></tr></table>", "秘密", 0, "markup", "field", "密级"),
    ("<select name=\"level\">\n  <option value=\"1\">秘密</option>\n  <option value=\"2\">机密</option>\n</select>\n", "机密", 0, "markup", "data", ""),
    ("<!-- 机密★1年 的样式 -->\n<p class=\"x\">正文</p>", "机密★1年", 0, "markup", "comment", ""),
    ("<input placeholder=\"机密\" name=\"level\">\n<p>请选择密级</p>", "机密", 0, "markup", "literal", ""),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n  <title>年度计划</title>\n  <classification>机密</classification>\n</document>\n", "机密", 0, "markup", "field", "classification"),
    ("<levels>\n  <level code=\"1\">秘密</level>\n  <level code=\"2\">机密</level>\n</levels>\n", "机密", 0, "markup", "data", ""),
    ("<h1>年度工作总结</h1>\n<p>本报告<strong>机密★1年</strong>，注意保管。</p>", "机密★1年", 0, "markup", "text", ""),
    ("<script>\nconst MARK = \"机密★1年\";\n</script>\n<p>正文</p>", "机密★1年", 0, "markup", "code", ""),
    # LaTeX
    ("\\begin{flushleft}\n机密★1年\n\\end{flushleft}\n\\section*{关于开展检查的通知}\n正文", "机密★1年", 0, "markup", "text", ""),
    ("\\documentclass{ctexart}\n\\title{秘密★1年 年度计划}\n\\begin{document}\n\\maketitle\n正文\n\\end{document}", "秘密★1年", 0, "markup", "heading", ""),
    ("\\documentclass{article}\n\\newcommand{\\mark}{秘密★1年}\n\\begin{document}\n正文\n\\end{document}", "秘密★1年", 0, "markup", "literal", ""),
    ("\\documentclass{article}\n% 密级 机密★1年 默认不输出\n\\begin{document}\n正文\n\\end{document}", "机密★1年", 0, "markup", "comment", ""),
    ("\\begin{verbatim}\n机密★1年\n\\end{verbatim}\n\\section{说明}", "机密★1年", 0, "markup", "literal", ""),
    # Python
    ('LEVELS = [(1, "秘密"), (2, "机密"), (3, "绝密")]\n\n\ndef level_name(code: int) -> str:\n    return dict(LEVELS)[code]\n', "机密", 0, "code", "data", ""),
    ('import re\n\nMARK = re.compile(r"(绝密|机密|秘密)★(\\d+年|\\d+个月|长期|启用前)")\n', "机密", 0, "code", "pattern", ""),
    ('# Prints 秘密★1年 in the top-left corner.\ndef draw_mark(canvas, level="秘密", period="1年"):\n    canvas.text((30, 40), f"{level}★{period}")\n', "秘密★1年", 0, "code", "comment", ""),
    ('# Prints 秘密★1年 in the top-left corner.\ndef draw_mark(canvas, level="秘密", period="1年"):\n    canvas.text((30, 40), f"{level}★{period}")\n', "秘密", 1, "code", "literal", ""),
    ('def test_mark_line():\n    text = "绝密★启用前\\n2026年考试"\n    assert classify(text) == "block"\n', "绝密★启用前", 0, "code", "literal", ""),
    ('class Level(Enum):\n    SECRET = "秘密"\n    CONFIDENTIAL = "机密"\n', "机密", 0, "code", "data", ""),
    ('class Level(Enum):\n    SECRET = "秘密"\n\n\ndef label():\n    return "机密"\n', "机密", 0, "code", "literal", ""),
    ('def doc():\n    """Return the mark, e.g. 机密★1年."""\n    return MARK\n', "机密★1年", 0, "code", "literal", ""),
    ('PATTERN = r"(?:机密|秘密)★\\d+年"\nprint(PATTERN)\n', "机密", 0, "code", "pattern", ""),
    ('match level:\n    case "绝密":\n        return 3\n    case _:\n        return 0\n', "绝密", 0, "code", "data", ""),
    # JS / TS
    ('const SAMPLE_MARK = "机密★1年";\ntest("detects a mark", () => {\n  expect(scan(SAMPLE_MARK).verdict).toBe("block");\n});\n', "机密★1年", 0, "code", "literal", ""),
    ('// 密级下拉框：秘密、机密、绝密\nfunction levelOptions() {\n  return ["秘密", "机密", "绝密"].map((v, i) => ({ value: i + 1, label: v }));\n}\n', "机密", 0, "code", "comment", ""),
    ('// 密级下拉框：秘密、机密、绝密\nfunction levelOptions() {\n  return ["秘密", "机密", "绝密"].map((v, i) => ({ value: i + 1, label: v }));\n}\n', "机密", 1, "code", "data", ""),
    ('const re = /(绝密|机密)★\\d+年/g;\nexport function hasMark(s) {\n  return re.test(s);\n}\n', "机密", 0, "code", "pattern", ""),
    ('const rx = new RegExp("机密★(\\\\d+)年");\nconsole.log(rx.test(text));\n', "机密", 0, "code", "pattern", ""),
    ('switch (level) {\n  case "机密":\n    return 2;\n  default:\n    return 0;\n}\n', "机密", 0, "code", "data", ""),
    ('interface Doc { level: string }\nconst doc: Doc = { level: `秘密★1年` };\n', "秘密★1年", 0, "code", "data", ""),
    ("export const LEVELS: Record<number, string> = {\n  1: \"秘密\",\n  2: \"机密\",\n};\n", "机密", 0, "code", "data", ""),
    ("const msg = `文件 ${name} 的密级为 机密★1年`;\nalert(msg);\n", "机密★1年", 0, "code", "literal", ""),
    # Java / C# / C / Go
    ('public enum SecretLevel {\n    NONE("非密"), SECRET("秘密"), CONFIDENTIAL("机密"), TOP_SECRET("绝密");\n    private final String label;\n    SecretLevel(String label) { this.label = label; }\n}\n', "机密", 0, "code", "data", ""),
    ('public class Demo {\n    public static void main(String[] args) {\n        System.out.println("机密★1年");\n    }\n}\n', "机密★1年", 0, "code", "literal", ""),
    ('Pattern p = Pattern.compile("(绝密|机密)★\\\\d+年");\nMatcher m = p.matcher(text);\n', "机密", 0, "code", "pattern", ""),
    ('#include <stdio.h>\n/* 打印 机密★1年 标志 */\nint main(void) {\n    printf("%s\\n", "机密★1年");\n    return 0;\n}\n', "机密★1年", 0, "code", "comment", ""),
    ('#include <stdio.h>\n/* 打印 机密★1年 标志 */\nint main(void) {\n    printf("%s\\n", "机密★1年");\n    return 0;\n}\n', "机密★1年", 1, "code", "literal", ""),
    ('package main\n\nimport "fmt"\n\nvar mark = regexp.MustCompile(`(机密|秘密)★\\d+年`)\n\nfunc main() {\n\tfmt.Println("秘密★1年")\n}\n', "机密", 0, "code", "pattern", ""),
    ('var levels = new[] { "秘密", "机密", "绝密" };\nConsole.WriteLine(levels[1]);\n', "机密", 0, "code", "data", ""),
    # SQL
    ("CREATE TABLE doc_level (\n  id INT PRIMARY KEY,\n  name VARCHAR(8)\n);\nINSERT INTO doc_level VALUES (1, '秘密'), (2, '机密'), (3, '绝密');\n", "机密", 0, "code", "data", ""),
    ("SELECT title FROM docs\nWHERE level IN ('机密', '绝密')\n  AND dept = 'HR'; -- 机密 only\n", "机密", 0, "code", "data", ""),
    ("SELECT title FROM docs\nWHERE level IN ('机密', '绝密')\n  AND dept = 'HR'; -- 机密 only\n", "机密", 1, "code", "comment", ""),
    ("UPDATE docs SET level = '秘密' WHERE id = 7;\nSELECT * FROM docs;\n", "秘密", 0, "code", "literal", ""),
    # shell
    ('case "$LEVEL" in\n  秘密|机密|绝密) echo "classified: $LEVEL" ;;\n  *) echo "public" ;;\nesac\n', "机密", 0, "code", "data", ""),
    ('#!/bin/bash\n# 查找含 机密★1年 的文件\ngrep -rl "机密★" /data/docs\necho done\n', "机密★1年", 0, "code", "comment", ""),
    ('#!/bin/bash\n# 查找含 机密★1年 的文件\ngrep -rl "机密★" /data/docs\necho done\n', "机密★", 1, "code", "pattern", ""),
    # JSON / YAML / TOML / INI
    ('{\n  "levels": {"1": "秘密", "2": "机密", "3": "绝密"},\n  "periods": ["6个月", "1年", "长期"]\n}\n', "机密", 0, "code", "data", ""),
    ('{\n  "title": "2026年度预算报告",\n  "classification": "机密",\n  "author": "财务处"\n}\n', "机密", 0, "code", "field", "classification"),
    ("levels:\n  - code: 1\n    name: 秘密\n  - code: 2\n    name: 机密\n  - code: 3\n    name: 绝密\n", "机密", 0, "code", "data", ""),
    ("levels:\n  secret: 秘密\n  confidential: 机密\n  top_secret: 绝密\n", "机密", 0, "code", "data", ""),
    ("document:\n  title: 年度计划\n  classification: 机密\n  owner: 办公室\n", "机密", 0, "code", "field", "classification"),
    ('[document]\ntitle = "年度计划"\nclassification = "机密"\n\n[output]\nformat = "pdf"\n', "机密", 0, "code", "field", "classification"),
    ('[levels]\nl1 = "秘密"\nl2 = "机密"\nl3 = "绝密"\n', "机密", 0, "code", "data", ""),
    ("; 导出设置\n[export]\nwatermark = 内部资料\nowner = admin\n", "内部资料", 0, "code", "field", "watermark"),
    ("# config for the exporter\nexport:\n  watermark: 内部资料  # shown on every page\n  level: 机密\nlevels:\n  - 秘密\n  - 机密\n", "内部资料", 0, "code", "field", "watermark"),
    ("# config for the exporter\nexport:\n  watermark: 内部资料  # shown on every page\n  level: 机密\nlevels:\n  - 秘密\n  - 机密\n", "机密", 1, "code", "data", ""),
    ("# 导出配置：机密文件加水印\nexport:\n  watermark: on\n  level: high\n", "机密", 0, "code", "comment", ""),
    ('"""Mark helpers.\n\nA mark looks like 机密★1年 at the top left.\n"""\n\nimport re\n\n\ndef f(x):\n    return x\n', "机密★1年", 0, "code", "literal", ""),
    ("SELECT * FROM t WHERE note LIKE '%机密%';", "机密", 0, "code", "pattern", ""),
    ('if [ "$LEVEL" = "机密" ]; then\n  echo "stop"\nfi\n', "机密", 0, "code", "literal", ""),
    ("x = {\"classification\": \"机密\"}\n", "机密", 0, "code", "data", ""),
    ('def level(s):\n    """\n    >>> level("机密★1年")\n    \'机密\'\n    """\n    return s[:2]\n', "机密★1年", 0, "code", "literal", ""),
    # doctests
    ('>>> format_mark("机密", "1年")\n\'机密★1年\'\n>>> format_mark("绝密", "启用前")\n\'绝密★启用前\'\n', "机密★1年", 0, "code", "literal", ""),
    ('>>> format_mark("机密", "1年")\n\'机密★1年\'\n>>> format_mark("绝密", "启用前")\n\'绝密★启用前\'\n', "绝密★启用前", 0, "code", "literal", ""),
    ('>>> format_mark("机密", "1年")\n\'机密★1年\'\n', "机密", 0, "code", "literal", ""),
]


@pytest.mark.parametrize(("text", "needle", "nth", "kind", "role", "key"), CASES)
def test_role_of_a_mark(text: str, needle: str, nth: int, kind: str, role: str, key: str) -> None:
    assert role_at(text, needle, nth) == (kind, role, key)


@pytest.mark.parametrize(("text", "needle", "nth", "kind", "role", "key"), [c for c in CASES if c[3] == "code"])
def test_a_line_of_chat_around_code_changes_nothing(text: str, needle: str, nth: int, kind: str, role: str,
                                                    key: str) -> None:
    wrapped = CHAT + text + "\n这样写对吗？谢谢"
    assert role_at(wrapped, needle, nth) == (kind, role, key)
    shape = shape_of(wrapped)
    assert shape.unit(0, 5) is None  # the chat lines are prose
    assert shape.unit(len(wrapped) - 4, len(wrapped)) is None


OFFICIAL = """机密★1年
南屿市人民政府办公室文件
南府办〔2026〕12号

关于开展2026年度安全生产大检查的通知

各区县人民政府，市政府各部门：
为深入贯彻落实上级决策部署，经市政府同意，现就有关事项通知如下。
一、检查范围
（一）各类生产经营单位；
（二）公共场所及人员密集场所。
二、时间安排
时间：2026年3月1日至3月31日
地点：各区县
三、工作要求
各单位要高度重视，于3月25日前将检查情况报市应急管理局。
联系人：张明，电话：0591-12345678
附件：1.检查表
南屿市人民政府办公室
2026年2月20日
"""
EXAM = """绝密★启用前
2026年普通高等学校招生全国统一考试（模拟）
数学
注意事项：
1.答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。
2.回答选择题时，选出每小题答案后，用铅笔把答题卡上对应题目的答案标号涂黑。
一、选择题：本题共8小题，每小题5分，共40分。
1.已知集合A={x|x>1}，B={x|x<3}，则A∩B=（ ）
A.{x|1<x<3}  B.{x|x>1}  C.{x|x<3}  D.∅
2.若z=1+i，则|z|=（ ）
A.1  B.√2  C.2  D.4
"""
CHATS = """张三 10:21
各位，内部资料，请勿外传：明天的会改到下午3点。
李四 10:23
收到。密级：秘密，会后收回。
王五 10:24
好的 :) 我把议程发群里
"""
ENGLISH = """Dear team,

Note: the budget review moves to Thursday. Three items remain open: the building cost, the timetable
(which many think too short), and the consultation plan; please bring your notes.
As one member put it, "we can't approve what nobody has read".

Best regards,
Anna
"""
NOTICE_WITH_LIST = """会议通知
各单位：
兹定于2026年3月5日召开工作会议，请以下人员参加：
- 各处室负责人
- 办公室全体人员
时间：上午9:00
地点：三楼会议室
"""


@pytest.mark.parametrize("text", [OFFICIAL, EXAM, CHATS, ENGLISH, NOTICE_WITH_LIST, "机密★1年", "",
                                  "密级：机密\n保密期限：1年\n", "请把这份材料 = 最终版，发给 #行政群 的同事。",
                                  "张三: 收到\n李四: 好的\n王五: 机密", "[图片]\n[图片]\n内部资料，请勿外传",
                                  "关于开展检查的通知\n==========\n各单位：\n现将有关事项通知如下。",
                                  "机密★1年\n------------------------------\n正文。\n-- \n张三",
                                  "看这个 https://example.com/a?id=3&level=2\n还有 https://example.com/b?x=1 机密",
                                  "这个**很重要**\n请注意", ])
def test_prose_stays_prose(text: str) -> None:
    shape = shape_of(text)
    assert (shape.kind, shape.units) == ("prose", ())
    assert shape.unit(0, min(2, len(text))) is None


def test_units_hold_the_visible_content() -> None:
    text = "## 机密★1年 ##\n\n| 密级 | 秘密 |\n|---|---|\n"
    shape = shape_of(text)
    assert [(u.role, text[u.start:u.end], u.key) for u in shape.units] == [
        (Role.HEADING, "机密★1年", ""), (Role.TEXT, "密级", ""), (Role.FIELD, "秘密", "密级")]


def test_the_innermost_unit_wins() -> None:
    text = "# 说明 `机密★1年` 的写法\n\n正文。"
    shape = shape_of(text)
    at = text.index("机密")
    assert shape.unit(at, at + 5).role is Role.LITERAL
    assert shape.unit(text.index("说明"), text.index("说明") + 2).role is Role.HEADING
    assert shape.unit(text.index("正文"), text.index("正文") + 2) is None
    assert shape.unit(0, len(text)) is None  # nothing encloses the whole text


def test_text_shape_is_cached_on_the_document() -> None:
    doc = Document("---\nclassification: 机密\n---\n正文")
    shape = text_shape(doc)
    assert doc.cache["shape"] is shape and text_shape(doc) is shape
    assert shape == Shape("markup", (Unit(Role.FIELD, 20, 22, "classification"),), "markdown")


EXPECTED_C3 = {  # corpus shape index -> roles at its marks, in order
    "pos": ["field", "field", "heading", "text", "text", "text", "text", "field", "heading", "field", "text",
            "heading", "heading", "text"],
    "neg": ["data", "pattern", "literal", "comment", "data", "data", "data", "literal", "data", "data",
            "comment", "data", "literal", None, "literal", "literal"],
}


def test_corpus_class_3_shapes() -> None:
    """The first mark of every class-3 item, with and without a line of chat before the code."""
    marks = ("绝密", "机密", "秘密", "内部")
    for item in c3_markup.items():
        _, sign, idx = item.id.split("-")
        expected = EXPECTED_C3[sign][int(idx[1:])]
        at = min(p for m in marks if (p := item.text.find(m)) >= 0)
        unit = shape_of(item.text).unit(at, at + 2)
        assert (unit.role.value if unit else None) == expected, item.id


def test_prose_is_cheap_and_code_is_bounded() -> None:
    prose = (OFFICIAL * (2_000_000 // len(OFFICIAL) + 1))[:2_000_000]
    t0 = time.perf_counter()
    assert shape_of(prose).kind == "prose"
    assert time.perf_counter() - t0 < 0.05  # ~1 ms measured; generous for a loaded CI machine
    source = "".join(c[0] for c in CASES if c[3] == "code")
    source = (source * (200_000 // len(source) + 1))[:200_000]
    t0 = time.perf_counter()
    assert shape_of(source).kind == "code"
    assert time.perf_counter() - t0 < 2.0


def test_units_lie_inside_the_text_on_any_input() -> None:
    """Unbalanced quotes, fences, tags and brackets never crash the scanner nor point outside the text."""
    import random

    r = random.Random(10)
    alphabet = [*"机密★1年 \n\t'\"`#/*-=:;{}[]()<>|\\!?.,abcxyz_", "```", "---\n", '"""', "<p>", "</p>", "\\begin{x}",
                "\\section{", ">>> ", "| a | b |\n"]
    for _ in range(400):
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 120)))
        shape = shape_of(text)
        assert shape.kind in ("prose", "markup", "code")
        for u in shape.units:
            assert 0 <= u.start <= u.end <= len(text), (text, u)
        for _ in range(5):
            a = r.randint(0, len(text))
            unit = shape.unit(a, min(len(text), a + 2))
            assert unit is None or unit.start <= a
