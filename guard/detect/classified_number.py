"""Document numbers of classified documents: the issuer abbreviation carries 密 (`中办密发〔2026〕12号`,
`某政密〔2026〕3号`). Even quoting the number of a classified document is not allowed (docs/labels.md), so the
number alone blocks, wherever it stands."""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import Recognizer, register
from guard.detect.cues import doc_numbers
from guard.detect.settings_spec import Setting
from guard.model import Finding, Severity
from guard.normalize import Document

# 密 inside the issuer part, as 密发 / 密电 / 密函 / 密字 or right before the bracket, but not 保密 (the
# secrecy committee's own numbers, 某保密委〔2026〕1号, are not classified by their number)
_SECRET_ISSUER = re.compile(r"(?<!保)密(?:发|电|函|字|传)?$")


@register
class ClassifiedDocNumber(Recognizer):
    id = "secret.classified_doc_number"
    category = "state_secret"
    defaults: ClassVar = {"triggers": ["密"], "severity": "block", "confidence": 0.85}
    spec: ClassVar = {
        "triggers": Setting("words", "出现其一才运行的字", "characters one of which must occur for it to run")}
    trigger_keys = ("triggers",)
    examples: ClassVar = {
        "block": ["根据中办密发〔2026〕12号文件精神", "某政密[2026]3号\n关于某事的通知"],
        "allow": ["某保密委〔2026〕1号", "某政发〔2026〕3号", "国办发〔2026〕5号"],
    }

    def analyze(self, doc: Document) -> list[Finding]:
        out = []
        for start, end in doc_numbers(doc.text):
            head = doc.text[start:end]
            issuer = head[:max(head.find(c) for c in "〔[【(（{")]
            if _SECRET_ISSUER.search(issuer):
                out.append(self.finding(
                    doc, (start, end), Severity.BLOCK, 0.85,
                    f"涉密文件的发文字号“{head}”", f"document number of a classified document: {head}",
                    ("classified issuer code",)))
        return out
