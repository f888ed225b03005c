"""Registers of classified documents: a table with a 密级 column whose cells hold 绝密 / 机密 / 秘密.

清退登记表, 文件清单, 借阅登记: each row names a classified document by title and number. Even the title
and number of a classified document may not be quoted (docs/labels.md), so one such row blocks, though no
line of the table is a mark on its own and the level word stands bare in its cell.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.marking.grammar import OCR_STARS, PERIOD
from guard.detect.settings_spec import Setting
from guard.detect.tables import tables
from guard.model import Finding, Severity
from guard.normalize import Document

_LEVEL_WORDS = re.compile("绝密|机密|秘密")


@register
class ClassifiedList(Recognizer):
    id = "secret.classified_list"
    category = "state_secret"
    defaults: ClassVar = {
        "columns": ["密级", "密级和保密期限", "密级及保密期限", "密级/保密期限", "秘密等级", "文件密级", "密别"],
        "triggers": ["密级", "秘密等级", "密别"],
        # a register names what it lists; a glossary of the levels (密级, 保密期限) names nothing
        "item_columns": ["文件名称", "文件标题", "标题", "名称", "文号", "发文字号", "文件编号", "编号", "题名",
                         "载体名称", "事项", "内容", "文件", "资料名称", "项目名称"],
        "severity": "block",
        "confidence": 0.97,
    }
    spec: ClassVar = {
        "columns": Setting("words", "密级列的表头", "header of the classification column"),
        "triggers": Setting("words", "出现其一才运行的词", "words one of which must occur for it to run"),
        "item_columns": Setting("words", "登记表中列出文件的列（文件名称、文号……）",
                                "columns a register names its items in (文件名称, 文号 ...)"),
    }
    trigger_keys = ("triggers",)
    examples: ClassVar = {
        "block": ["序号,文件名称,文号,密级\n1,关于某事的通知,某发〔2026〕1号,机密\n2,关于某事的报告,某发〔2026〕2号,非密",  # noqa: E501
                  "| 序号 | 标题 | 密级 |\n|---|---|---|\n| 1 | 某方案 | 秘密★5年 |"],
        "allow": ["序号,文件名称,密级\n1,关于某事的通知,公开\n2,关于某事的报告,非密",
                  "密级,说明\n绝密,最重要的国家秘密", "请在表格的密级一栏填写文件密级",
                  "序号,密级,保密期限上限\n1,绝密,30年\n2,机密,20年\n3,秘密,10年"],
    }

    def setup(self) -> None:
        names = sorted(self.settings["columns"], key=len, reverse=True)
        self.header = re.compile("|".join(re.escape(n) for n in names))
        self.value = re.compile(f"(?:绝密|机密|秘密)级?(?:[★{OCR_STARS}]?{PERIOD}|★)?")
        items = sorted(self.settings["item_columns"], key=len, reverse=True)
        self.item = re.compile("|".join(re.escape(n) for n in items))

    def analyze(self, doc: Document) -> list[Finding]:
        out: list[Finding] = []
        for table in tables(doc.light.split("\n"), self.header):
            col = table.column(self.header)
            if col is None or len(table.rows) < 1:
                continue
            marked = [(line, cells[col]) for line, cells in table.rows
                      if self.value.fullmatch(cells[col].replace(" ", ""))]
            # a glossary that explains the levels (`绝密,最重要的国家秘密`) has the level in its first
            # column and prose beside it; a register has the level beside a title or a number
            if not marked or not any(self.item.search(c) for i, c in enumerate(table.header) if i != col):
                continue
            line = marked[0][0]
            levels = "、".join(sorted({v for _, v in marked}))
            out.append(self.finding(
                doc, self._cell_span(doc, line), Severity.BLOCK, min(0.97, 0.85 + 0.02 * len(marked)),
                f"涉密文件清单：“{table.header[col]}”列标为{levels}（{len(marked)}项，第{line + 1}行起）",
                f"register of classified documents: the '{table.header[col]}' column reads {levels} "
                f"({len(marked)} rows, from line {line + 1})",
                ("classified register", f"rows={len(marked)}"), orig=True))
        return out

    @staticmethod
    def _cell_span(doc: Document, line: int) -> tuple[int, int]:
        """The level word of the row in the user's text (the last one on the line: the 密级 cell)."""
        s, e = doc.line_bounds(line)
        found = list(_LEVEL_WORDS.finditer(doc.light.split("\n")[line]))
        raw = doc.original[s:e]
        if found:
            word = found[-1].group()
            # the light line keeps the original's characters one to one but for script; search the raw
            # line for the traditional form too
            for form in (word, word.replace("绝", "絕").replace("机", "機")):
                at = raw.rfind(form)
                if at >= 0:
                    return s + at, s + at + len(form)
        return s, e
