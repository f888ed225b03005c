"""Marker words whose meaning depends on where they stand: 内部资料, 征求意见稿, 密码电报, 明传电报 ...

A marker on its own line, at the start of a line, in brackets closing a title line, or as a field value
marks the text (the recognizer's `severity`); the same words in a sentence or in quotes are a mention
(`notice`). The words are data (rules file); this module holds only the position logic.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.marking.place import line_tokens
from guard.detect.position import Placement, place
from guard.model import Finding, Severity
from guard.normalize import Document, normalize

_FIELD_END = re.compile(r"(?:类别|性质|密级|文种|属性|标注|备注)[:=]\s*$")
# a short title line that ends with the marker (`××市人民政府办公室明传电报`, `××方案讨论稿`): no sentence
# punctuation, none of the little words that make a chat line (`这是征求意见稿`)
_ORG_HEAD = re.compile(
    r"[^,.;:!?，。；：！？]{2,30}(?:局|厅|委|办|办公室|办公厅|政府|部|院|中心|公司|党组|委员会|处|科|室|所|站|队|司|会|署)")
_TITLE_HEAD = re.compile(r"[^,.;:!?，。；：！？是为的了把请给发看这那我你他她在吗呢吧啊]{2,30}")


def _only_filler_after(p: Placement, tokens: re.Pattern[str]) -> bool:
    return Placement(p.line, p.top_rank, "", p.after).alone(tokens)


class MarkerRecognizer(Recognizer):
    """Data-driven marker words; subclasses set the category, messages and default word lists."""

    name_zh: ClassVar[str]
    name_en: ClassVar[str]
    trigger_keys = ("markers", "top_only")

    def setup(self) -> None:
        self.severity = Severity.parse(self.settings.get("severity", "confirm"))
        words = [normalize(w) for w in self.settings.get("markers", [])]
        self.top_only = {normalize(w) for w in self.settings.get("top_only", [])}
        alternatives = sorted(set(words) | self.top_only, key=len, reverse=True)
        if not alternatives:
            self.pattern = None
            return
        self.pattern = re.compile("|".join(re.escape(w) for w in alternatives))
        words_beside = sorted({*alternatives, *self.settings.get("line_tokens", [])}, key=len, reverse=True)
        self.tokens = line_tokens("|".join(re.escape(w) for w in words_beside))

    def analyze(self, doc: Document) -> list[Finding]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(doc.text):
            word = m.group()
            p = place(doc, m.span())
            how = self.marking(doc, p, word)
            line = p.line + 1
            if how is not None:
                zh, en = how
                conf = self.settings.get("confidence", 0.85) + self.boost(doc)
                out.append(self.finding(
                    doc, m.span(), self.severity, conf,
                    f"{self.name_zh}“{word}”{zh}（第{line}行）", f"{self.name_en} '{word}' {en} (line {line})",
                    ("marking", en)))
            elif word not in self.top_only and self.settings.get("mentions", True):
                out.append(self.finding(
                    doc, m.span(), Severity.NOTICE, 0.35,
                    f"句中提及{self.name_zh}“{word}”（第{line}行）",
                    f"{self.name_en} '{word}' mentioned in prose (line {line})", ("mention",)))
        return out

    def boost(self, doc: Document) -> float:
        """Extra confidence from document-level evidence (telegram form fields, for instance)."""
        return 0.0

    def marking(self, doc: Document, p: Placement, word: str) -> tuple[str, str] | None:
        """How the word marks the text, or None when it is only mentioned."""
        top_lines = self.settings.get("top_lines", 8)
        if word in self.top_only:
            if p.alone(self.tokens) and p.near_top(top_lines):
                return "单独位于文首", "alone at the top"
            if p.bracketed and _only_filler_after(p, self.tokens):
                return "以括号标注", "in brackets"  # 会议纪要（内部）
            if p.near_top(top_lines) and _only_filler_after(p, self.tokens) and _ORG_HEAD.fullmatch(p.before.strip()):
                return "位于发文机关标题行末", "closing an issuer's title line"  # 深圳市财政局密电
            return None
        if p.quoted and not p.bracketed:
            return None
        if p.alone(self.tokens):
            return "单独成行", "on a line of its own"
        if p.bracketed:
            rest = p.after.lstrip()[1:]
            if not rest.strip() or re.fullmatch(r"[\s\W\d]*", rest):
                return "以括号标注", "in brackets"
            if p.starts_line(self.tokens):
                return "以括号标注于行首", "in brackets opening a line"  # 【送审稿】某某方案
            return None
        if _FIELD_END.search(p.before):
            return "作为字段值", "as a field value"
        if p.starts_line(self.tokens) and not p.prose:
            return "位于行首", "at the start of a line"
        imperative = word.startswith(("不", "严", "请", "此"))  # 不得外传 closes a sentence, not a title
        if (p.near_top(top_lines) and not imperative and _only_filler_after(p, self.tokens)
                and _TITLE_HEAD.fullmatch(p.before.strip())):
            return "位于标题行末", "closing a title line"
        return None


@register
class InternalMarker(MarkerRecognizer):
    id = "internal.marker"
    category = "internal"
    name_zh, name_en = "内部标识", "internal marking"
    defaults: ClassVar = {
        "markers": ["内部资料", "注意保存", "内部文件", "内部传阅", "内部发行", "内部参考", "内部使用", "内部刊物",
                    "内部事项", "内部参阅", "内部传阅件", "内部参考资料", "内部通报", "内部简报", "内部情况",
                    "内部学习资料", "仅供内部参考", "仅限内部使用", "仅供内部使用", "工作秘密", "此件不公开",
                    "此件不予公开", "不予公开", "不得外传", "严禁外传", "请勿外传", "不要外传", "切勿外传", "内部★",
                    "仅供领导参阅", "供领导参阅", "领导参阅件", "内部参阅件", "仅供参阅", "内部资料请勿外传"],
        "top_only": ["内部", "内参", "参阅件"],
        "severity": "confirm",
        "confidence": 0.85,
    }
    examples: ClassVar = {
        "confirm": ["内部资料 注意保存\n正文", "（此件不公开）", "工作秘密\n关于某事的报告",
                    "内部\n关于某事的通报\n正文", "仅供领导参阅\n某县经济运行情况分析"],
        "notice": ["请勿将内部资料带出办公室", "《内部资料》"],
        "allow": ["内部装修已完成", "单位内部\n正文"],
    }


@register
class DraftMarker(MarkerRecognizer):
    id = "internal.draft"
    category = "draft"
    name_zh, name_en = "未定稿标识", "draft marking"
    defaults: ClassVar = {
        "markers": ["讨论稿", "征求意见稿", "送审稿", "未定稿", "审议稿", "修改稿", "报审稿", "代拟稿", "草案稿",
                    "内部讨论稿", "初稿"],
        "severity": "confirm",
        "confidence": 0.8,
    }
    examples: ClassVar = {
        "confirm": ["关于2027年工作要点的意见（征求意见稿）\n各科室：", "讨论稿\n某某实施方案",
                    "【送审稿】某某实施方案\n一、总体要求"],
        "notice": ["请对讨论稿提出修改意见"],
        "allow": ["今天天气很好"],
    }


_RELAY = re.compile("(?:根据|按照|依据|落实|传达|贯彻|遵照)[^。\n]{0,12}密(?:码)?电(?:报)?(?:的)?"
                    "(?:精神|要求|内容|指示|部署)")
_TELEGRAM_FIELDS = re.compile(
    "等级[:=]?(?:特提|特急|加急|平急)|发电单位|收电单位|签发人?[:=]|签批|(?:明|密)电(?:编)?号|电报(?:编)?号|"
    "发电字号|发电时间"
)


def telegram_fields(doc: Document) -> int:
    cached = doc.cache.get("telegram_fields")
    if not isinstance(cached, int):
        cached = len({m.group()[:2] for m in _TELEGRAM_FIELDS.finditer(doc.text)})
        doc.cache["telegram_fields"] = cached
    return cached


@register
class CipherTelegram(MarkerRecognizer):
    id = "secret.cipher_telegram"
    category = "state_secret"
    name_zh, name_en = "密码电报标识", "cipher telegram header"
    defaults: ClassVar = {
        "markers": ["密码电报", "密电报"],
        "top_only": ["密电"],
        "line_tokens": ["等级", "发电单位", "签发", "签批", "盖章", "编号", "电报"],
        "severity": "block",
        "confidence": 0.9,
    }
    examples: ClassVar = {
        "block": ["密码电报\n等级：特急\n发电单位：某市委办公室", "密 电\n等级：加急\n正文", "密电\n正文"],
        "confirm": ["根据省委密电精神，现将有关要求转发如下"],
        "notice": ["严禁用普通传真发送密码电报"],
        "allow": ["收到密电后", "明传电报"],
    }

    def boost(self, doc: Document) -> float:
        return 0.07 if telegram_fields(doc) else 0.0

    def analyze(self, doc: Document) -> list[Finding]:
        out = super().analyze(doc)
        # a new text that passes on what a cipher telegram says (domain.md, pattern 9: laundering)
        for m in _RELAY.finditer(doc.text):
            out.append(self.finding(
                doc, m.span(), Severity.CONFIRM, 0.7, "转述密码电报的内容（需派生定密）",
                "passes on the content of a cipher telegram (derived classification needed)", ("relay",)))
        return out


@register
class PlainTelegram(MarkerRecognizer):
    id = "internal.plain_telegram"
    category = "internal"
    name_zh, name_en = "明电标识", "plain telegram header"
    defaults: ClassVar = {
        "markers": ["内部明电", "明传电报", "明码电报"],
        "top_only": ["明电"],
        "line_tokens": ["等级", "发电单位", "签发", "签批", "盖章", "编号", "电报"],
        "severity": "confirm",
        "confidence": 0.85,
    }
    examples: ClassVar = {
        "confirm": ["明传电报\n等级：平急\n发电单位：某县政府办公室", "内部明电\n关于某事的通知"],
        "notice": ["可通过明传电报报送"],
        "allow": ["电报大楼"],
    }

    def boost(self, doc: Document) -> float:
        return 0.05 if telegram_fields(doc) else 0.0
