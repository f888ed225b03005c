"""Official-document structure (公文, GB/T 9704): red header, 发文字号, 主送 line, 成文日期, 版记.

One element is common in public text (a 发文字号 cited in a news article); several together, in the
places the format puts them, make the text an official document. Unpublished ones are `confirm`; the
附注 `（此件公开发布）` is handled by an allow rule in the rules file, so admins can change it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.cues import RED_HEADER, doc_cues
from guard.detect.marking.context import template
from guard.detect.settings_spec import Setting
from guard.model import Basis, Finding, Severity
from guard.normalize import Document

_ADDRESSEE = re.compile(
    "(?:各|有关|市|县|区|省|镇|乡)?[^\\n:。!?]{0,60}(?:人民政府|政府|委员会|部门|单位|局|厅|委|办|公司|机关|"
    "党组|党委|支部|学校|医院|街道|乡镇|直属机构)[^\\n:。!?]{0,20}:$"
)
_TITLE = re.compile(
    "^关于.{2,60}的(?:通知|决定|意见|报告|请示|批复|函|通报|纪要|方案|规定|办法|命令|公告|通告|议案|决议|复函)$"
)
_PRINTED = re.compile(r"^.{2,40}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发$")
_CC = re.compile("^抄送[:=]")
# 发文机关署名: a government or Party organ's name alone on a line near the end (not a company or a club)
_SIGNATURE = re.compile(
    r"^[^,.;:!?，。；：！？\s]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|党委|党组|党工委|纪委|监委|局|厅|委|部|院|"
    "法院|检察院|署|支部|中心)$"
)
# closing formulas of 请示, 报告 and 通知
_CLOSING = re.compile("^(?:妥否|当否|以上.{0,8}(?:妥否|当否)|特此(?:通知|报告|函告|通报|批复)|专此(?:报告|函告)|"
                      "请(?:予|即)?(?:批示|审批|批复|审定))")
# 会议纪要: a minutes title and the meeting's fields
_MINUTES = re.compile("^(?:时间|地点|主持|主持人|出席|参加人员|列席|记录|记录人)[:=]")
_MINUTES_TITLE = re.compile("^[^,.;:!?，。；：！？]{2,40}(?:会议纪要|会纪要|纪要)$")
# 上行文 (报告, 请示) name the signing leader in the header, alone or right of the 发文字号
_SIGNER = re.compile("(?:^|号)签发人[:=][^,.;:!?，。；：！？]{2,20}$")


@register
class OfficialDocument(Recognizer):
    id = "official.document"
    category = "official_document"
    defaults: ClassVar = {
        "weights": {"red_header": 0.45, "doc_number": 0.4, "addressee": 0.2, "issue_date": 0.15,
                    "printed": 0.3, "cc": 0.2, "title": 0.15, "copy_number": 0.1, "urgency": 0.1,
                    "signer": 0.3, "signature": 0.15, "closing": 0.15, "minutes": 0.3,
                    "minutes_title": 0.3},
        "min_score": 0.6,
        "severity": "confirm",
        "confidence": 0.95,
    }
    spec: ClassVar = {
        "weights": Setting("weights", "各版式要素的权重", "weight of each layout element", 0, 2),
        "min_score": Setting("number", "判为公文所需的最低分数（且至少两个要素）",
                             "lowest score (and at least two elements) for an official document", 0, 5),
    }
    examples: ClassVar = {
        "confirm": ["某市人民政府文件\n某政发〔2026〕12号\n关于做好某项工作的通知\n各县（市、区）人民政府：\n正文",
                    "某局文件\n某发[2026]3号\n关于某事的通知\n各科室：\n正文\n2026年11月20日",
                    "某市公安局\n某公报〔2026〕5号　　签发人：张某\n\n某市公安局关于某事的请示\n\n市人民政府：\n正文",
                    "关于某事的通知\n各乡镇人民政府：\n正文。\n某县人民政府办公室\n2026年12月20日",
                    "县委常委会会议纪要\n时间：2026年11月3日\n地点：县委常委会议室\n主持：某某"],
        "allow": ["根据《国务院关于某事的通知》（国发〔2025〕5号）要求，我市开展了工作。",
                  "关于做好某项工作的通知\n正文",
                  "关于举办元旦联欢会的通知\n各部门：\n定于12月31日下午举办。\n工会\n2026年12月20日"],
    }

    @staticmethod
    def _shapes(line: str) -> list[tuple[str, re.Pattern[str]]]:
        """Cheap first-character tests pick which line shapes are worth a regex."""
        shapes = []
        if line.endswith(":"):
            shapes.append(("addressee", _ADDRESSEE))
        if line.startswith("关于"):
            shapes.append(("title", _TITLE))
        if line.endswith("印发"):
            shapes.append(("printed", _PRINTED))
        if line.startswith("抄送"):
            shapes.append(("cc", _CC))
        if "签发人" in line:
            shapes.append(("signer", _SIGNER))
        if line[:1] in "妥当以特专请":
            shapes.append(("closing", _CLOSING))
        if line[-1:] in "府室厅会委组局部院署书部心":
            shapes.append(("signature", _SIGNATURE))
        if line[:2] in ("时间", "地点", "主持", "出席", "参加", "列席", "记录"):
            shapes.append(("minutes", _MINUTES))
        if line.endswith("纪要"):
            shapes.append(("minutes_title", _MINUTES_TITLE))
        return shapes

    def analyze(self, doc: Document) -> list[Finding]:
        cues = doc_cues(doc)
        found: dict[str, int] = {}  # element -> original line
        if cues.red_header:
            found["red_header"] = -1
        if cues.doc_number:
            found["doc_number"] = -1
        if cues.issue_date:
            found["issue_date"] = -1
        if cues.copy_number:
            found["copy_number"] = -1
        if cues.urgency:
            found["urgency"] = -1
        # line-shaped elements stand in a document's head (title, 主送) and tail (署名, 成文日期, 版记)
        n = len(doc.line_starts)
        head = range(min(n, 40))
        tail = range(max(40, n - 40), n)
        first_anchor: tuple[int, int] | None = None
        lines = doc.light_lines
        for i in (*head, *tail):
            line = lines[i]
            if not line or len(line) > 120:
                continue
            for name, rx in self._shapes(line):
                if name not in found and rx.search(line):
                    found[name] = i
            if first_anchor is None and (RED_HEADER.fullmatch(line) or "〔" in line or _TITLE.search(line)):
                s, e = doc.line_bounds(i)
                raw = doc.original[s:e]
                first_anchor = (s + len(raw) - len(raw.lstrip()), s + len(raw.rstrip()))
        weights = self.settings["weights"]
        score = sum(weights.get(name, 0.0) for name in found)
        if score < self.settings["min_score"] or len(found) < 2:
            return []
        names = sorted(found, key=lambda k: -weights.get(k, 0))
        zh_names = {"red_header": "发文机关标志", "doc_number": "发文字号", "addressee": "主送机关",
                    "issue_date": "成文日期", "printed": "印发机关和日期", "cc": "抄送", "title": "公文标题",
                    "copy_number": "份号", "urgency": "紧急程度", "signer": "签发人", "signature": "发文机关署名",
                    "closing": "结束语", "minutes": "会议要素（时间、地点、主持）",
                    "minutes_title": "纪要标题"}
        start, end = first_anchor if first_anchor else doc.orig_span(0, min(len(doc.text), 1))
        conf = min(0.95, 0.45 + score / 2)
        severity = Severity.parse(self.settings["severity"])
        basis = tuple(Basis(n, weights.get(n, 0.0), zh_names[n], n.replace("_", " ")) for n in names)
        if template(doc):  # `XXX局关于XXXX的请示`: the layout of a blank template is not a document
            severity = min(severity, Severity.NOTICE)
            basis += (Basis("template", 0.0, "文首为待填写的模板", "a template with blanks", "notice"),)
        return [self.finding(
            doc, (start, end), severity, conf,
            "公文格式：" + "、".join(zh_names[n] for n in names) + "（未见“此件公开发布”）",
            "official document layout: " + ", ".join(n.replace("_", " ") for n in names) + " (not marked as published)",
            tuple(names), orig=True, basis=basis)]
