"""Marker words whose meaning depends on where they stand: 内部资料, 征求意见稿, 工作秘密 ...

A marker on its own line, at the start of a line, in brackets closing a title, as a field value, a heading
or at the end of an issuer's title line (`某市财政局内部资料，请勿外传`) marks the text: the recognizer's
`severity`. The same word inside a sentence, in quotes or in code is a mention: a notice. The words, the
weights, the bands and the vetoes are settings (`default.toml`); the position comes from the shared
classifier, so these markers and the classification marks read a line the same way.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer
from guard.detect.marking import context
from guard.detect.marking.evidence import Evidence, Weights
from guard.detect.marking.place import MENTION_WORDS, POSITION_WORDS, Position, classify, line_tokens
from guard.detect.settings_spec import Setting
from guard.model import Finding, Severity
from guard.normalize import Document, normalize

_POSITIONS, _MENTIONS = POSITION_WORDS, MENTION_WORDS
_SENTENCE_AFTER = re.compile("\\s*[!！。?？~～]")
_IMPERATIVE = ("不", "严", "请", "此", "切", "勿")  # 不得外传 closes a sentence, not a title
MARKER_WEIGHTS: dict[str, float] = {
    "marker": 0.45, "short_marker": 0.3, "own_line": 0.35, "field": 0.35, "heading": 0.35, "line_start": 0.3,
    "bracketed": 0.35, "title_end": 0.35, "labelled": 0.15, "other": 0.0, "top": 0.1, "fields": 0.05}
MARKER_BANDS = {"block": 0.75, "confirm": 0.75, "notice": 0.3}
MARKER_VETOES = {"prose": "notice", "quoted": "notice", "quoted_prose": "notice", "example": "notice",
                 "code": "notice", "off_top": "allow", "imperative_end": "notice", "title_off_top": "notice"}


class MarkerRecognizer(Recognizer):
    """Data-driven marker words; subclasses set the category, messages and default word lists."""

    name_zh: ClassVar[str]
    name_en: ClassVar[str]
    trigger_keys = ("markers", "top_only")
    spec: ClassVar = {
        "markers": Setting("words", "作为标识时计入的词", "words that mark a text where they stand as a marking"),
        "top_only": Setting("words", "只在文首单独成行或括号中才计入的短词",
                            "short words that count only alone or in brackets at the top"),
        "line_tokens": Setting("words", "可与标识同在一行的版头字样", "header words that may share the marking's line"),
        "top_lines": Setting("int", "文首的非空行数", "non-blank lines that count as the top", 1, 40),
        "mentions": Setting("bool", "句中提及是否报告为提示", "report mentions in prose as a notice"),
    }

    def setup(self) -> None:
        self.weighing = Weights.from_settings(self.settings)
        words = [normalize(w) for w in self.settings.get("markers", [])]
        self.top_only = {normalize(w) for w in self.settings.get("top_only", [])}
        alternatives = sorted(set(words) | self.top_only, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(w) for w in alternatives)) if alternatives else None
        beside = sorted({*alternatives, *map(normalize, self.settings.get("line_tokens", []))}, key=len, reverse=True)
        self.tokens = line_tokens("|".join(re.escape(w) for w in beside) or "(?!)")

    def analyze(self, doc: Document) -> list[Finding]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(doc.text):
            f = self._judge(doc, m.group(), m.span())
            if f:
                out.append(f)
        return out

    def document_evidence(self, doc: Document, ev: Evidence) -> None:
        """Extra document-level evidence (telegram form fields, for instance)."""

    def _judge(self, doc: Document, word: str, span: tuple[int, int]) -> Finding | None:
        pos = classify(doc, span, self.tokens)
        short = word in self.top_only
        if pos.name in _MENTIONS and (short or not self.settings.get("mentions", True)):
            return None  # 内部 in a sentence is the everyday word, not a marking
        ev = Evidence()
        ev.add(*(("short_marker", "短标识", "a short marker") if short else ("marker", "标识词", "a marker word")))
        self._position(doc, ev, pos, word, short)
        top = context.near_top(doc, pos.placement.line, self.settings.get("top_lines", 8))
        if top:
            ev.add("top", "在文首几行内", "within the top lines")
        elif short:
            ev.veto("off_top", "不在文首", "not at the top of the text")
        self.document_evidence(doc, ev)
        line = pos.placement.line + 1
        d = self.weighing.decide(ev, f"{self.name_zh}“{word}”（第{line}行）", f"{self.name_en} '{word}' (line {line})")
        if d.severity is Severity.ALLOW:
            return None
        return self.finding(doc, span, d.severity, d.confidence, d.why_zh, d.why_en,
                            (d.kind, *(b.name for b in d.basis)), basis=d.basis)

    @staticmethod
    def _position(doc: Document, ev: Evidence, pos: Position, word: str, short: bool) -> None:
        name = pos.name
        if name in _MENTIONS:
            ev.veto(name, *_MENTIONS[name])
            return
        if short and name in ("line_start", "labelled", "other"):
            ev.veto("off_top", "不是单独的标识", "not standing as a marking")
        if name == "line_start" and word.startswith(_IMPERATIVE) and _SENTENCE_AFTER.match(pos.placement.after):
            ev.veto("imperative_end", "位于句末的要求", "a request closing a sentence")  # `请勿外传！今晚…`
        if name == "title_end" and pos.placement.top_rank >= context.TOP_LINES:
            ev.veto("title_off_top", "标题行不在文首", "the title line is not at the top")
        if name == "title_end" and word.startswith(_IMPERATIVE) and not (_after_org(pos) or _after_pause(pos)):
            ev.veto("imperative_end", "位于句末的要求", "a request closing a sentence")
        ev.add(name, *_POSITIONS[name])


_ORG_END = re.compile("(?:局|厅|委|办|办公室|办公厅|政府|部|院|中心|公司|集团|党组|委员会|处|科|室|所|站|队|司|会|署"
                      ")[,，、\\s]*(?:内部资料|内部文件)?[,，、\\s]*$")


def _after_org(pos: Position) -> bool:
    return bool(_ORG_END.search(pos.placement.before))


def _after_pause(pos: Position) -> bool:
    """`某局内部培训资料，请勿外传`: the request set off by a comma after a title is part of the marking line;
    glued to a noun (`机密文件请勿外传`) it closes a sentence."""
    return pos.placement.before.rstrip().endswith((",", "，", "、"))


def marker_settings(markers: list[str], top_only: list[str], severity: str, confidence: float) -> dict:
    """The default settings every marker recognizer shares (word lists differ)."""
    return {"markers": markers, "top_only": top_only, "line_tokens": [], "severity": severity,
            "confidence": confidence, "top_lines": 8, "mentions": True, "weights": dict(MARKER_WEIGHTS),
            "bands": dict(MARKER_BANDS), "vetoes": dict(MARKER_VETOES)}
