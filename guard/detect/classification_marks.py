"""State-secret classification marks (密级和保密期限): `机密★1年`, `绝密★启用前`, a bare `秘密` on a top line.

One grammar (marking/grammar.py) finds the candidates and says how each part was read; one position
classifier (marking/place.py) says where each stands; the document around it adds evidence (a 份号 above, a
title below, a briefing's 第N期). The weights, bands and vetoes in `default.toml` decide: a mark on its own
line above a document blocks, the same mark quoted in a sentence, in code or after `示例：` is a mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.cues import DocCues
from guard.detect.marking import context
from guard.detect.marking.evidence import Evidence, Weights
from guard.detect.marking.grammar import PERIOD, MarkMatch, exact_marks, ocr_marks
from guard.detect.marking.place import MENTION_WORDS, POSITION_WORDS, Position, classify, line_tokens
from guard.detect.settings_spec import Setting
from guard.detect.syntax import text_shape
from guard.model import Basis, Finding, Severity
from guard.normalize import CJK, Document, normalize

LEVELS = {"绝密": "绝密 (top secret)", "机密": "机密 (secret)", "秘密": "秘密 (confidential)", "": "(level unread)"}
_TOKENS = line_tokens("考试结束前")
_FORMS = {  # (star present, period kind) -> form feature
    (True, "exact"): ("full_mark", "密级、★和保密期限齐全", "level, star and period"),
    (False, "exact"): ("no_star", "密级和保密期限（无★）", "level and period, no star"),
    (True, "placeholder"): ("placeholder_period", "保密期限为待填的空白", "period left blank"),
    (True, "missing"): ("no_period", "密级和★，无保密期限", "level and star, no period"),
    (False, "missing"): ("bare_level", "单独的密级词", "a bare level"),
}
_POSITIONS = {**POSITION_WORDS, "field": ("作为密级字段的值", "as the value of a level field")}
_MENTIONS = MENTION_WORDS
MAX_MENTIONS = 20  # mention notices per text: more change nothing and flood the log
_HANZI = re.compile(f"[{CJK}]")
_PERIOD_IN = re.compile(PERIOD)
_COPY_NUMBER = re.compile(r"(?:份号[:：]?)?[0-9o]{6}")  # 份号 as OCR reads it (0 as o)
_PROSE_NOUNS = re.compile("^(?:级|文件|件|资料|材料|事项|载体|信息|会议|等级|文电|公文|内容|档案|数据)")
_NOUN_AFTER = re.compile(_PROSE_NOUNS.pattern[1:])  # the same nouns, matched at a position
_PROSE_VERBS = re.compile("(?:国家|属于|涉及|定为|标为|标注|标有|列为|划为|确定为|核心|重要)$")


def _header_evidence(ev: Evidence, cues: DocCues) -> None:
    """The GB/T 9704 header elements the page has, each a piece of evidence for a mark at its top."""
    for name, on, zh, en in (("copy_number", cues.copy_number, "有份号", "a copy number"),
                             ("urgency", cues.urgency, "有紧急程度", "an urgency mark"),
                             ("red_header", cues.red_header, "有发文机关标志（红头）",
                              "an issuing organ's header (红头)"),
                             ("doc_number", cues.doc_number, "有发文字号", "a document number")):
        if on:
            ev.add(name, zh, en)


@register
class ClassificationMark(Recognizer):
    id = "secret.classification_mark"
    category = "state_secret"
    defaults: ClassVar = {
        "triggers": ["密", "★", "文件"], "top_lines": 6, "min_lines_for_bare": 2,
        "severity": "block", "confidence": 0.99,
        "weights": {"full_mark": 0.55, "no_star": 0.45, "placeholder_period": 0.45, "no_period": 0.35,
                    "bare_level": 0.25, "symbol_star": -0.05, "hanzi_star": -0.05, "ocr_misread": -0.05,
                    "partial_level": -0.1, "level_lost": -0.15, "mark_slot": 0.3,
                    "own_line": 0.4, "field": 0.65, "heading": 0.4, "line_start": 0.4, "bracketed": 0.4,
                    "title_end": 0.2, "labelled": 0.15, "other": 0.1, "top": 0.1, "copy_number": 0.15,
                    "urgency": 0.1, "red_header": 0.15, "doc_number": 0.15, "document_follows": 0.15,
                    "briefing": 0.35},
        "bands": {"block": 0.9, "confirm": 0.6, "notice": 0.3},
        "vetoes": {"prose": "notice", "quoted": "notice", "quoted_prose": "notice", "example": "notice",
                   "code": "notice", "teaching": "notice", "template": "notice", "enumeration": "notice",
                   "boxed": "notice", "short_text": "notice", "off_top": "notice",
                   "misread_off_top": "notice", "level_lost_alone": "allow"},
    }
    spec: ClassVar = {
        "triggers": Setting("words", "出现其一才运行的字", "characters one of which must occur for it to run"),
        "top_lines": Setting("int", "文首的非空行数（单独的密级词、不完整或误读的标志只在文首计）",
                             "non-blank lines that count as the top (bare, partial and misread marks count only there)",
                             1, 40),
        "min_lines_for_bare": Setting("int", "单独的密级词成为标志所需的最少行数",
                                      "lines a text needs before a bare level alone on a line is a mark", 1, 40),
    }
    trigger_keys = ("triggers",)
    examples: ClassVar = {
        "block": ["机密★1年\n关于做好工作的通知", "000123\n秘密\n特急\n某市人民政府文件", "绝密★启用前\n2026年考试试题",
                  "機 密★１年\n正文", "文件发您：\n秘密★6个月\n正文", "密级：机密\n标题",
                  "绝密★启用前 2026年普通高等学校招生全国统一考试 数学", "秘密　　　　第12期\n某市工作简报\n正文",
                  "秘密★X年\n关于某事的通知\n正文", "一、机密★1年\n关于某事的报告"],
        "notice": ["该文件首页标注有“机密★10年”字样", "一份机密级文件被泄露", "属于国家秘密的事项",
                   "机密文件管理制度培训通知", "秘密", "这份机密★10年的文件请收好", "示例：机密★1年",
                   "国家秘密的密级分为三级（秘密、机密、绝密★30年）"],
        "allow": ["秘密花园是一本书", "保守秘密是每个公民的义务", "《秘密》\n一部电影", "商业秘密保护",
                  "五星★5年\n正文", "酒店评分：四星★1年前"],
    }

    ocr_examples: ClassVar = {
        "block": ["305438\n绝出★5年\n某某局文件", "机密★l年\n关于某事的通知\n各单位：",
                  "000123\n密★1年\n某市人民政府文件", "秘密女6个目\n关于某事的报告\n正文",
                  "绝密★启用刖\n2027年考试试题", "000t23\n★6个月\n某市人民政府文件\n某政发（2026）12号",
                  "000123\n地密信用前\n某市人民政府文件", "000123\n业6个月\n某市人民政府文件"],
        "allow": ["这个秘密6个目前就被同事猜到了", "五星★5年\n正文", "他说绝出★5年的文件", "设备启甩前请检查电源",
                  "★5年质保\n买一送一", "000123\n地密信用前\n正文"],
    }

    def setup(self) -> None:
        self.weighing = Weights.from_settings(self.settings)

    def analyze(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        mentions = 0
        exact = list(exact_marks(doc.text))
        complete = [(m.start, m.end) for m in exact if m.period == "exact"]
        misread = list(ocr_marks(doc, complete))  # on OCR lines: `绝密★启甩前` is more than `绝密★`
        for mark in exact:
            if any(o.start < mark.end and mark.start < o.end for o in misread):
                continue
            inside = mark.star == "missing" and mark.period == "missing" and self._inside_words(doc, mark)
            if inside and mentions >= MAX_MENTIONS:
                continue  # a yearbook says 国家秘密 a thousand times; twenty notices say as much
            f = self._bare_mention(doc, mark, None) if inside else self._judge(doc, mark)
            if f:
                mentions += f.severity is Severity.NOTICE
                findings.append(f)
        for mark in misread:
            f = self._judge(doc, mark)
            if f:
                findings.append(f)
        if doc.has_ocr and not any(f.severity is Severity.BLOCK for f in findings):
            findings.extend(self._mark_slot(doc))
        return findings

    def _mark_slot(self, doc: Document) -> list[Finding]:
        """A scanned first page whose 份号 and red header were read but whose mark line is garbled beyond the
        confusion table (`地密信用前`): the short line with 密 in the mark's place under the 份号 is the mark."""
        cues = context.header_cues(doc)
        if not (cues.copy_number and (cues.red_header or cues.doc_number)):
            return []
        top = doc.top_lines[:4]
        for above, line in pairwise(top):
            text = doc.light_lines[line]
            if not (doc.from_ocr(line) and _COPY_NUMBER.fullmatch(doc.light_lines[above]) and 2 <= len(text) <= 10
                    and ("密" in text or "★" in text or _PERIOD_IN.search(text))):
                continue
            ev = Evidence()
            ev.add("mark_slot", "份号下方一行含密级或期限字样，识别不清",
                   "a garbled line with a level or period in the mark's place under the 份号")
            ev.add("own_line", *_POSITIONS["own_line"])
            ev.add("top", "在文首几行内", "within the top lines")
            _header_evidence(ev, cues)
            d = self.weighing.decide(ev, f"疑似密级标志“{text}”（第{line + 1}行）",
                                     f"a probable classification mark, misread (line {line + 1})")
            start, end = doc.line_bounds(line)
            raw = doc.original[start:end]
            start, end = start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip())
            return [self.finding(doc, (start, end), d.severity, d.confidence, d.why_zh, d.why_en,
                                 (d.kind, *(b.name for b in d.basis)), orig=True, basis=d.basis)]
        return []

    def _judge(self, doc: Document, mark: MarkMatch) -> Finding | None:
        pos = classify(doc, (mark.start, mark.end), _TOKENS)
        if pos.name == "prose" and mark.period == "exact" and self._title_runs_on(doc, pos):
            pos = replace(pos, name="line_start")
        unread_rest = pos.name == "prose" and self._unread_rest(doc, mark, pos)
        if unread_rest:
            pos = replace(pos, name="own_line")
        bare = mark.star == "missing" and mark.period == "missing"
        if bare and not self._bare_stands(doc, mark, pos):
            return self._bare_mention(doc, mark, pos)
        if mark.misread and pos.name in _MENTIONS:
            return None  # an OCR look-alike in a sentence is noise, not a mention
        ev = Evidence()
        period = "exact" if mark.period == "misread" else mark.period  # the misreading is its own feature
        form = _FORMS[(mark.star != "missing", period)]
        ev.add(*(form if mark.level_read != "lost" else (form[0], "★和保密期限", "star and period")))
        if mark.star == "symbol":
            ev.add("symbol_star", "★以其他符号代替", "another symbol for the star")
        if mark.star == "hanzi":
            ev.add("hanzi_star", "★被识别为汉字", "the star read as a hanzi")
        elif mark.misread or unread_rest:
            ev.add("ocr_misread", "文字识别有误读", "read through OCR misreadings")
        if mark.level_read == "partial":
            ev.add("partial_level", "密级字样识别不全", "the level partly read")
        if mark.level_read == "lost":
            ev.add("level_lost", "密级字样未能识别", "the level not read")
        line = pos.placement.line
        self._position(ev, pos)
        self._context(doc, ev, mark, pos, bare)
        sentence = mark.text if len(mark.text) <= 12 else mark.text[:12] + "…"
        d = self.weighing.decide(ev, f"密级标志“{sentence}”（第{line + 1}行）",
                                 f"classification mark {LEVELS[mark.level]}, line {line + 1}")
        if d.severity is Severity.ALLOW:
            return None
        start = mark.start
        if bare and pos.name == "field" and pos.label:  # the finding shows the field: `密级：机密`
            at = doc.text.rfind(normalize(pos.label), max(0, start - 60), start)
            start = at if at >= 0 else start
        return self.finding(doc, (start, mark.end), d.severity, d.confidence, d.why_zh, d.why_en,
                            (d.kind, *(b.name for b in d.basis)), basis=d.basis)

    @staticmethod
    def _position(ev: Evidence, pos: Position) -> None:
        if pos.name in _MENTIONS:
            ev.veto(pos.name, *_MENTIONS[pos.name])
        elif _POSITIONS[pos.name][0]:
            ev.add(pos.name, *_POSITIONS[pos.name])
        else:
            ev.add(pos.name, "", "")

    def _context(self, doc: Document, ev: Evidence, mark: MarkMatch, pos: Position, bare: bool) -> None:
        line, p = pos.placement.line, pos.placement
        top = context.near_top(doc, line, self.settings["top_lines"])
        if top:
            ev.add("top", "在文首几行内", "within the top lines")
        elif bare or mark.level_read == "partial" or mark.period in ("missing", "placeholder"):
            ev.veto("off_top", "不在文首", "not at the top of the text")
        cues = context.header_cues(doc)
        if top:
            _header_evidence(ev, cues)
        if context.document_follows(doc, line, p.after.strip()):
            ev.add("document_follows", "其下为公文或试卷正文", "a document or exam paper follows")
        if context.briefing(doc, line):
            ev.add("briefing", "简报期号在旁", "a briefing's issue number beside it")
        if doc.top_rank(line) > 0 and context.teaching_above(doc, line, p.before):
            ev.veto("teaching", "上下文为培训示例", "in teaching material")
        if mark.misread and not (top and pos.name in ("own_line", "line_start", "bracketed", "field", "heading")):
            ev.veto("misread_off_top", "误读的标志不在文首单独成行", "a misread mark away from the top lines")
        header = cues.copy_number or cues.urgency or cues.red_header or cues.doc_number
        if mark.level_read == "lost" and not (top and pos.name == "own_line" and header):
            ev.veto("level_lost_alone", "只有★和期限，且无公文版头", "only a star and a period, no document header")
        if context.template(doc):
            ev.veto("template", "文首为待填写的模板", "a template with blanks")
        if context.enumeration(doc, line, in_code=text_shape(doc).kind == "code"):
            ev.veto("enumeration", "同一行列举多个密级", "several levels listed on one line")
        if pos.boxed and pos.name != "field":
            ev.veto("boxed", "位于示意框中", "inside a drawn box")
        if bare and pos.name == "own_line" and len(doc.top_lines) < self.settings["min_lines_for_bare"]:
            ev.veto("short_text", "文本只有一行", "a one-line text")

    @staticmethod
    def _bare_stands(doc: Document, mark: MarkMatch, pos: Position) -> bool:
        """Whether a bare level stands where a marking stands (not inside a sentence or a title)."""
        if pos.name in ("own_line", "field", "heading", "labelled"):
            return True
        rest = pos.placement.after.strip()
        if pos.name == "bracketed":
            return True
        if pos.name == "line_start":
            return (pos.placement.after[:1].isspace() and len(rest) >= 6 and not _PROSE_NOUNS.match(rest))
        return False

    @staticmethod
    def _unread_rest(doc: Document, mark: MarkMatch, pos: Position) -> bool:
        """On an OCR line, a level and its star opening the line with a few unreadable characters after
        them (`绝密★启用刖`): the rest of the line is the period OCR could not read."""
        p = pos.placement
        return (mark.star != "missing" and doc.from_ocr(p.line) and p.starts_line(_TOKENS)
                and 0 < len(p.after.strip()) <= 4)

    @staticmethod
    def _title_runs_on(doc: Document, pos: Position) -> bool:
        """`机密★1年关于做好…的通知`: a mark opening the line with the title run into it (OCR and copying
        lose the space between), not a sentence that happens to start with a mark."""
        p = pos.placement
        return p.starts_line(_TOKENS) and context.document_follows(doc, p.line, p.after.strip(), lines=0)

    @staticmethod
    def _inside_words(doc: Document, mark: MarkMatch) -> bool:
        """A bare level with hanzi right against it on both sides in the user's text: inside a sentence,
        whatever the layout (the cheap test that spares the position classifier most prose)."""
        start, end = doc.orig_span(mark.start, mark.end)
        text = doc.original
        if _NOUN_AFTER.match(text, end):
            return True  # 机密文件, 秘密级 on one line: a noun phrase, wherever it stands
        return start > 0 and end < len(text) and _HANZI.match(text, start - 1) is not None and \
            _HANZI.match(text, end) is not None

    def _bare_mention(self, doc: Document, mark: MarkMatch, pos: Position | None) -> Finding | None:
        after = doc.text[mark.end:mark.end + 4]
        before = doc.text[max(0, mark.start - 4):mark.start]
        if (pos and pos.name == "code") or not (_PROSE_NOUNS.match(after) or _PROSE_VERBS.search(before)):
            return None
        line = (pos.placement.line if pos else doc.line_no(doc.orig_span(mark.start, mark.end)[0])) + 1
        return self.finding(doc, (mark.start, mark.end), Severity.NOTICE, 0.35,
                            f"句中提及密级词“{mark.level}”（第{line}行）",
                            f"classification word {LEVELS[mark.level]} mentioned in prose on line {line}",
                            ("mention",), basis=(Basis("mention", 0.0, "句中提及", "mentioned in prose"),))
