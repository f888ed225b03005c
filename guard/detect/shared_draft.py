"""A chat message that passes on a draft and asks to keep it in the house: `附件是方案初稿，先内部看看，别外传`.

Nothing in such a message is a marking, yet it says the attachment is unpublished and not for outside eyes
(docs/labels.md: drafts and matters under discussion). A request to keep something internal counts only beside a
document (附件, 初稿, 方案, 稿) in the same message: `这件事先别外传` about a birthday surprise is not a leak.
"""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.marking.evidence import Evidence, Weights
from guard.detect.settings_spec import Setting
from guard.model import Finding, Severity
from guard.normalize import Document, normalize

_WINDOW = 80  # characters either side of the request: one chat message, not the whole conversation


def _words(words: list[str]) -> re.Pattern[str] | None:
    norm = sorted({normalize(w) for w in words if normalize(w)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, norm))) if norm else None


@register
class SharedDraft(Recognizer):
    id = "internal.shared_draft"
    category = "draft"
    defaults: ClassVar = {
        "requests": [], "documents": [], "unfinished": [], "severity": "confirm", "confidence": 0.8,
        "weights": {"keep_internal": 0.4, "document": 0.3, "unfinished": 0.15},
        "bands": {"block": 0.6, "confirm": 0.6, "notice": 0.5},
        "vetoes": {},
    }
    trigger_keys = ("requests",)
    spec: ClassVar = {
        "requests": Setting("words", "要求不外传的说法", "ways of asking to keep something internal"),
        "documents": Setting("words", "同一条消息中指向文件的词", "words in the same message that point at a document"),
        "unfinished": Setting("words", "说明尚未定稿的词", "words saying it is not final"),
    }
    examples: ClassVar = {
        "confirm": ["王某：附件是工作方案初稿，先内部看看，别外传，有意见周五前反馈我。",
                    "这是实施方案的讨论稿，还没定，先别往外发"],
        "allow": ["这件事先别外传，我想给她一个生日惊喜。", "周五的聚餐先内部统计一下人数。"],
    }

    def setup(self) -> None:
        self.weighing = Weights.from_settings(self.settings)
        self.requests = _words(self.settings["requests"])
        self.documents = _words(self.settings["documents"])
        self.unfinished = _words(self.settings["unfinished"])

    def analyze(self, doc: Document) -> list[Finding]:
        if self.requests is None:
            return []
        out: list[Finding] = []
        last = -_WINDOW
        for m in self.requests.finditer(doc.text):
            if m.start() < last + _WINDOW:
                continue  # one finding per message
            window = doc.text[max(0, m.start() - _WINDOW):m.end() + _WINDOW]
            ev = Evidence()
            ev.add("keep_internal", f"要求“{m.group()}”", f"asks to keep it internal ('{m.group()}')")
            doc_word = self.documents.search(window) if self.documents else None
            if doc_word:
                ev.add("document", f"所指为文件“{doc_word.group()}”", f"about a document ('{doc_word.group()}')")
            if self.unfinished and self.unfinished.search(window):
                ev.add("unfinished", "尚未定稿", "not final yet")
            d = self.weighing.decide(ev, "聊天中传递未公开的文稿", "a chat message passing on an unpublished draft")
            if d.severity is Severity.ALLOW:
                continue
            f = self.finding(doc, m.span(), d.severity, d.confidence, d.why_zh, d.why_en,
                             (d.kind, *(b.name for b in d.basis)), basis=d.basis)
            out.append(f)
            last = m.end()
        return out
