# ruff: noqa: E501  -- data tables of Chinese text and code
"""Class 3: marks in markup and code; a field value or a document heading marks, a literal/regex/table mentions."""

from __future__ import annotations

from ._item import Sample, body, make_item, rng, title

# (source, expected, template); {t} title, {b} body
POSITIVES = (
    ("markup", "block", "---\ntitle: {t}\nclassification: 机密\nperiod: 1年\n---\n\n{b}"),
    ("markup", "block", "---\n密级: 秘密★6个月\n标题: {t}\n---\n{b}"),
    ("markup", "block", "# 机密★1年\n\n## {t}\n\n{b}"),
    ("markup", "block", "**绝密★启用前**\n\n# 2026年全市统一考试 数学\n\n一、选择题"),
    ("markup", "block", "<p style=\"text-align:left\">秘密★1年</p>\n<h1>{t}</h1>\n<p>{b}</p>"),
    ("markup", "block", "<div class=\"mark\">机密★2年</div><h2>{t}</h2><p>{b}</p>"),
    ("markup", "block", "\\begin{{flushleft}}\n机密★1年\n\\end{{flushleft}}\n\\section*{{{t}}}\n{b}"),
    ("markup", "block", "| 密级 | 机密★1年 |\n|---|---|\n| 标题 | {t} |\n\n{b}"),
    ("markup", "confirm", "# 内部资料，请勿外传\n\n## {t}\n\n{b}"),
    ("markup", "confirm", "---\ntitle: {t}\nclassification: 内部\nnote: 仅供内部参考\n---\n{b}"),
    ("markup", "confirm", "> 内部资料 注意保存\n\n# {t}\n\n{b}"),
    ("markup", "confirm", "<h3>仅供内部参考</h3>\n<h1>{t}</h1>\n<p>{b}</p>"),
    ("markup", "block", "= 秘密★6个月\n\n== {t}\n\n{b}"),
    ("markup", "block", "```\n机密★1年\n```\n# {t}\n{b}"),
)

NEGATIVES = (
    ("code", "allow", 'LEVELS = [(1, "秘密"), (2, "机密"), (3, "绝密")]\n\n\ndef level_name(code: int) -> str:\n    return dict(LEVELS)[code]\n'),
    ("code", "allow", 'import re\n\nMARK = re.compile(r"(绝密|机密|秘密)★(\\d+年|\\d+个月|长期|启用前)")\n\n\ndef find_marks(text):\n    return MARK.findall(text)\n'),
    ("code", "allow", 'const SAMPLE_MARK = "机密★1年";\ntest("detects a mark", () => {{\n  expect(scan(SAMPLE_MARK).verdict).toBe("block");\n}});\n'),
    ("code", "allow", '# Prints 秘密★1年 in the top-left corner of the first page, as GB/T 9704 asks.\ndef draw_mark(canvas, level="秘密", period="1年"):\n    canvas.text((30, 40), f"{{level}}★{{period}}")\n'),
    ("code", "allow", 'public enum SecretLevel {{\n    NONE("非密"), SECRET("秘密"), CONFIDENTIAL("机密"), TOP_SECRET("绝密");\n    private final String label;\n    SecretLevel(String label) {{ this.label = label; }}\n}}\n'),
    ("code", "allow", 'CREATE TABLE doc_level (\n  id INT PRIMARY KEY,\n  name VARCHAR(8)\n);\nINSERT INTO doc_level VALUES (1, \'秘密\'), (2, \'机密\'), (3, \'绝密\');\n'),
    ("code", "allow", '{{\n  "levels": {{"1": "秘密", "2": "机密", "3": "绝密"}},\n  "periods": ["6个月", "1年", "长期"]\n}}\n'),
    ("code", "allow", 'def test_mark_line():\n    text = "绝密★启用前\\n2026年考试"\n    assert classify(text) == "block"\n'),
    ("code", "allow", 'levels:\n  - code: 1\n    name: 秘密\n  - code: 2\n    name: 机密\n  - code: 3\n    name: 绝密\n'),
    ("code", "allow", '<select name="level">\n  <option value="1">秘密</option>\n  <option value="2">机密</option>\n  <option value="3">绝密</option>\n</select>\n'),
    ("code", "allow", '// 密级下拉框：秘密、机密、绝密\nfunction levelOptions() {{\n  return ["秘密", "机密", "绝密"].map((v, i) => ({{ value: i + 1, label: v }}));\n}}\n'),
    ("code", "allow", 'case "$LEVEL" in\n  秘密|机密|绝密) echo "classified: $LEVEL" ;;\n  *) echo "public" ;;\nesac\n'),
    ("markup", "allow", "# 公文格式排版说明\n\n版头第二行标注密级和保密期限，例如 `机密★1年`，顶格编排。\n\n{b}"),
    ("markup", "notice", "## 保密知识问答\n\n问：密级分为哪几级？\n答：绝密、机密、秘密三级。\n"),
    ("markup", "allow", "---\ntitle: 开源公文排版模板\ntags: [latex, gongwen]\n---\n\n本模板的 `\\mark{{秘密★1年}}` 命令用于生成密级标志，默认不输出。"),
    ("code", "allow", '>>> format_mark("机密", "1年")\n\'机密★1年\'\n>>> format_mark("绝密", "启用前")\n\'绝密★启用前\'\n'),
)


def items() -> list[Sample]:
    r = rng(3)
    out = []
    for rep in range(2):
        for n, (source, expected, shape) in enumerate(POSITIVES):
            text = shape.format(t=title(r), b=body(r, 2))
            out.append(make_item(f"c3-pos-{rep}{n:02d}", 3, "positive", source, expected, text))
        for n, (source, expected, shape) in enumerate(NEGATIVES):
            text = shape.format(b=body(r, 1))
            if rep:  # the same code pasted with a line of chat around it
                text = "帮我看下这段代码哪里有问题：\n" + text
            out.append(make_item(f"c3-neg-{rep}{n:02d}", 3, "negative", source, expected, text))
    return out
