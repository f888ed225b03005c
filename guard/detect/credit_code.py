"""Unified social credit codes (GB 32100): public for companies, but a list of them is a data set."""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import register
from guard.detect.checksums import credit_code_ok
from guard.detect.personal import PersonalDataRecognizer


@register
class CreditCode(PersonalDataRecognizer):
    id = "pii.credit_code"
    order = 20
    name_zh, name_en = "统一社会信用代码", "unified social credit code"
    pattern = re.compile(r"(?<![0-9a-z])[0-9a-hj-npqrtuwy]{2}\d{6}[0-9a-hj-npqrtuwy]{10}(?![0-9a-z])")
    examples: ClassVar = {
        "notice": ["统一社会信用代码：91350100M000100Y43"],
        "allow": ["91350100M000100Y44"],
    }
    # a company register runs longer than a contact list before it holds 20 codes
    defaults: ClassVar = {"bulk_threshold": 20, "bulk_window_lines": 60, "bulk_window_chars": 8000,
                          "severity": "confirm", "confidence": 0.95,
                          "context_words": ["信用代码", "社会信用", "税号", "纳税人识别号"]}

    def valid(self, value: str) -> bool:
        return credit_code_ok(value)
