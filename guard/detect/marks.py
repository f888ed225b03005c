"""State-secret classification marks (密级和保密期限): `机密★1年`, `绝密★启用前`, a bare `秘密` on a top line.

Grammar first (level, star, period), then position: on its own line, at the start of a line, in
brackets or as a `密级：` field it is a marking (`block`); inside a running sentence or in quotes it is a
mention (`一份机密级文件`), at most `confirm` with the full grammar and a `notice` without it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.cues import doc_cues
from guard.detect.position import place
from guard.model import Finding, Severity
from guard.normalize import Document

# digits may come apart in OCR output ("3 0 年"); 参/叁 are the financial forms of 三 (traditional 參)
_NUM = "(?:[0-9](?: ?[0-9]){0,2}|[一二三四五六七八九十两壹贰叁参肆伍陆柒捌玖拾廿百]{1,3})"
PERIOD = (
    f"(?:{_NUM}(?:年|个月|月)"
    "|长期|永久"
    "|(?:启用|考试结束|考试|开考|使用|公布|发布|解密|会议结束|结束|开标)前"
    "|(?:至|到)?(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:前|止)?)"
)
# tesseract cannot output the star and prints a look-alike hanzi instead (field-notes.md)
OCR_STARS = "太女妇雪"
# other symbols a font, a converter or a person puts in the star's place (● ■ ◆ ♦ ✡ ...)
OTHER_STARS = "\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_LEVEL = "(?P<level>绝★?密|机★?密|秘★?密)"
_GRAMMAR = re.compile(f"{_LEVEL}(?P<star>★|[{OCR_STARS}{OTHER_STARS}])?(?P<period>{PERIOD})")
_BARE = re.compile(_LEVEL)
# OCR of a blurred photo misreads one hanzi of the level (绝出★5年, 杉密★1年): with the real star and a
# period, alone on a line near the top, the form still says "mark". Never in prose.
_CJK_CHAR = "\u4e00-\u9fff"
# Likewise tesseract prints other hanzi for the star than OCR_STARS (机密文长期): level, one hanzi, period.
_GARBLED = re.compile(f"(?P<level>[绝机秘][{_CJK_CHAR}]|[{_CJK_CHAR}]密)★(?P<period>{PERIOD})"
                      f"|(?P<level2>绝密|机密|秘密)(?P<star2>[{_CJK_CHAR}])(?P<period2>{PERIOD})")
_FIELD = re.compile(f"密级(?:和保密期限)?[:=]?{_LEVEL}")
# what may share a line with a mark in a real header: 份号, urgency, the mark's own parts
HEADER_TOKENS = re.compile(
    "份号|编号|no\\.?|第|份|共|页|密级和保密期限|密级|保密期限|紧急程度|等级|特急|加急|平急|特提|急件|"
    f"绝密|机密|秘密|{PERIOD}"
)
_PROSE_NOUNS = re.compile("^(?:级|文件|件|资料|材料|事项|载体|信息|会议|等级|文电|公文|内容|档案|数据)")
_PROSE_VERBS = re.compile("(?:国家|属于|涉及|定为|标为|标注|标有|列为|划为|确定为|核心|重要)$")

_CJK_TEXT = re.compile("[\u4e00-\u9fff]{4}")
# what follows a bare level in a document: a title, an addressee, a numbered outline, a document genre
_DOC_LINE = re.compile(
    "^关于.{2,60}的|^.{0,40}(?:通知|通报|报告|请示|意见|决定|方案|纪要|函|办法|规定|预案|计划|要点|总结|汇报|"
    "材料|讲话|批复|公告|通告|决议|命令|清单|名单|情况|说明|电报|简报|提纲|细则|安排)$|^.{1,30}[:：]$|"
    "^[一二三四五六七八九十]+[、.]|^[(（][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十]+[章条部分]"
)


def _document_follows(doc: Document, line: int, lines: int = 6) -> bool:
    """The lines under a bare level read like an official document, not like prose or a song."""
    after = [i for i in doc.top_lines if i > line][:lines]
    return any(_DOC_LINE.search(doc.light_lines[i]) for i in after)

LEVELS = {"绝密": "绝密 (top secret)", "机密": "机密 (secret)", "秘密": "秘密 (confidential)"}


@register
class ClassificationMark(Recognizer):
    id = "secret.classification_mark"
    category = "state_secret"
    defaults: ClassVar = {"triggers": ["密", "★"], "top_lines": 6, "min_lines_for_bare": 2}
    trigger_keys = ("triggers",)
    examples: ClassVar = {
        "block": ["机密★1年\n关于做好工作的通知", "000123\n秘密\n特急\n某市人民政府文件", "绝密★启用前\n2026年考试试题",
                  "機 密★１年\n正文", "机密太5年\n正文", "文件发您：\n秘密★6个月\n正文", "密级：机密\n标题",
                  "305438\n绝出★5年\n某某局文件"],
        "confirm": ["这份机密★10年的文件请收好"],
        "notice": ["该文件首页标注有“机密★10年”字样", "一份机密级文件被泄露", "属于国家秘密的事项",
                   "机密文件管理制度培训通知", "秘密"],
        "allow": ["秘密花园是一本书", "保守秘密是每个公民的义务", "《秘密》\n一部电影", "商业秘密保护",
                  "五星★5年\n正文", "酒店评分：四星★1年前"],
    }

    def analyze(self, doc: Document) -> list[Finding]:
        findings: list[Finding] = []
        taken: list[tuple[int, int]] = []
        for m in _GRAMMAR.finditer(doc.text):
            f = self._grammar(doc, m)
            taken.append(m.span())
            if f:
                findings.append(f)
        for m in _GARBLED.finditer(doc.text):
            if any(s <= m.start() < e for s, e in taken) or _GRAMMAR.fullmatch(m.group()):
                continue
            f = self._garbled(doc, m)
            if f:
                taken.append(m.span())
                findings.append(f)
        for m in _FIELD.finditer(doc.text):
            if any(s <= m.start("level") < e for s, e in taken):
                continue
            taken.append(m.span())
            level = m.group("level").replace("★", "")
            findings.append(self.finding(
                doc, m.span(), Severity.BLOCK, 0.9,
                f"密级字段：{level}", f"classification field: {LEVELS[level]}", ("field",)))
        for m in _BARE.finditer(doc.text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            f = self._bare(doc, m)
            if f:
                findings.append(f)
        return findings

    def _grammar(self, doc: Document, m: re.Match[str]) -> Finding | None:
        level = m.group("level").replace("★", "")
        star = m.group("star")
        mark = f"{level}{star or ''}{m.group('period')}"
        p = place(doc, m.span())
        line = p.line + 1
        if p.quoted and _CJK_TEXT.search(p.before + p.after):
            # “机密★1年” quoted in a sentence: an article reporting on a document, not the document
            sev, conf, how_zh, how_en = Severity.NOTICE, 0.45, "被引用在引号中", "quoted in a sentence"
        elif p.quoted:
            sev, conf, how_zh, how_en = Severity.CONFIRM, 0.7, "被引用在引号中", "quoted"
        elif p.prose:
            sev, conf, how_zh, how_en = Severity.CONFIRM, 0.65, "出现在句子中", "inside a sentence"
        elif p.alone(HEADER_TOKENS):
            sev, conf, how_zh, how_en = Severity.BLOCK, 0.97, "单独成行", "on a line of its own"
        elif p.bracketed:
            sev, conf, how_zh, how_en = Severity.BLOCK, 0.9, "标注在括号中", "in brackets"
        else:
            sev, conf, how_zh, how_en = Severity.BLOCK, 0.9, "位于行首", "at the start of a line"
        evidence = ["grammar", how_en]
        if star is None:
            conf -= 0.1
            evidence.append("no star")
            if sev is Severity.CONFIRM:
                sev, conf = Severity.NOTICE, 0.4
        elif star != "★":
            conf -= 0.05
            evidence.append("star look-alike")
        if sev is Severity.BLOCK and p.near_top(self.settings["top_lines"]):
            conf = min(1.0, conf + 0.02)
        return self.finding(
            doc, m.span(), sev, conf,
            f"密级标志“{mark}”位于第{line}行，{how_zh}",
            f"classification mark {LEVELS[level]} with period on line {line}, {how_en}",
            tuple(evidence))

    def _garbled(self, doc: Document, m: re.Match[str]) -> Finding | None:
        """A level with one hanzi misread by OCR, with ★ and a period: a mark only alone on a top line."""
        p = place(doc, m.span())
        if not (p.alone(HEADER_TOKENS) and p.near_top(self.settings["top_lines"])):
            return None
        line = p.line + 1
        if m.group("level2"):
            return self.finding(
                doc, m.span(), Severity.BLOCK, 0.8,
                f"密级标志“{m.group()}”（★识别为“{m.group('star2')}”）单独位于文首第{line}行",
                f"classification mark {LEVELS[m.group('level2')]} with a misread star and a period alone on top "
                f"line {line}", ("grammar", "star misread", "on a line of its own", "top of text"))
        level = m.group("level")
        return self.finding(
            doc, m.span(), Severity.BLOCK, 0.8,
            f"密级标志“{level}★{m.group('period')}”（密级字样识别不全）单独位于文首第{line}行",
            f"classification mark with a partly misread level ({level}) and a period alone on top line {line}",
            ("grammar", "level partly read", "on a line of its own", "top of text"))

    def _bare(self, doc: Document, m: re.Match[str]) -> Finding | None:
        level = m.group("level").replace("★", "")
        p = place(doc, m.span())
        line = p.line + 1
        if p.quoted and not p.bracketed:
            return None  # a title such as 《秘密》
        if p.alone(HEADER_TOKENS):
            cues = doc_cues(doc)
            lines = len(doc.top_lines)
            if (p.near_top(self.settings["top_lines"]) and lines >= self.settings["min_lines_for_bare"]
                    and (cues.header_score or _document_follows(doc, p.line))):
                conf = min(0.97, 0.85 + 0.04 * cues.header_score)
                return self.finding(
                    doc, m.span(), Severity.BLOCK, conf,
                    f"密级标志“{level}”单独位于文首第{line}行",
                    f"bare classification level {LEVELS[level]} alone on top line {line}",
                    ("bare level", "own line", "top of text"))
            if cues.header_score or (p.near_top(self.settings["top_lines"]) and lines >= 2):
                # a bare level over prose or verse (a story or a song called 秘密) is asked about, not blocked
                return self.finding(
                    doc, m.span(), Severity.CONFIRM, 0.6,
                    f"“{level}”单独成行（第{line}行），文中有公文版头要素",
                    f"{LEVELS[level]} alone on line {line} in a text with official-document header elements",
                    ("bare level", "own line"))
            return self.finding(
                doc, m.span(), Severity.NOTICE, 0.4, f"“{level}”单独成行（第{line}行）",
                f"{LEVELS[level]} alone on line {line}", ("bare level",))
        if (p.starts_line(HEADER_TOKENS) and p.after[:1].isspace() and p.near_top(self.settings["top_lines"])
                and len(p.after.strip()) >= 8 and not _PROSE_NOUNS.match(p.after.lstrip())
                and (_DOC_LINE.search(p.after.strip()) or doc_cues(doc).header_score
                     or _document_follows(doc, p.line))):
            # a flattened header: `秘密 关于××的请示` (the line break lost in copying)
            return self.finding(
                doc, m.span(), Severity.BLOCK, 0.8, f"密级标志“{level}”位于文首第{line}行行首",
                f"bare classification level {LEVELS[level]} opening top line {line}", ("bare level", "line start"))
        if p.bracketed:
            rest = p.after.lstrip()[1:].strip()
            if p.starts_line(HEADER_TOKENS) and p.near_top(self.settings["top_lines"]) and _DOC_LINE.search(rest):
                return self.finding(  # `（绝密）关于××的报告`: the mark put in front of the title
                    doc, m.span(), Severity.BLOCK, 0.85, f"密级标志“{level}”以括号标于文首标题前（第{line}行）",
                    f"classification level {LEVELS[level]} in brackets before the title on top line {line}",
                    ("bare level", "bracketed", "before the title"))
            return self.finding(
                doc, m.span(), Severity.CONFIRM, 0.6, f"括号中的密级词“{level}”（第{line}行）",
                f"classification word {LEVELS[level]} in brackets on line {line}", ("bare level", "bracketed"))
        after = doc.text[m.end():m.end() + 4]
        before = doc.text[max(0, m.start() - 4):m.start()]
        if _PROSE_NOUNS.match(after) or _PROSE_VERBS.search(before):
            return self.finding(
                doc, m.span(), Severity.NOTICE, 0.35, f"句中提及密级词“{level}”（第{line}行）",
                f"classification word {LEVELS[level]} mentioned in prose on line {line}", ("mention",))
        return None
