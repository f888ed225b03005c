"""Bank card numbers: Luhn plus context (a bare 16-digit Luhn-valid number is too often something else)."""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import register
from guard.detect.checksums import luhn_ok
from guard.detect.personal import WINDOW_DEFAULTS, PersonalDataRecognizer
from guard.normalize import Document


@register
class BankCard(PersonalDataRecognizer):
    id = "pii.bank_card"
    order = 30
    name_zh, name_en = "银行卡号", "bank card number"
    pattern = re.compile(r"(?<![0-9])\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{4,7}(?![0-9])")
    examples: ClassVar = {
        "notice": ["银行卡号：4111 1111 1111 1111", "6222021234567890128"],
        "allow": ["流水号 4111111111111111", "卡号 4111111111111112"],
    }
    defaults: ClassVar = {"bulk_threshold": 5, **WINDOW_DEFAULTS,
                          "context_words": ["卡号", "银行卡", "账号", "帐号", "开户", "储蓄卡", "信用卡", "借记卡",
                                            "银行", "card"]}
    context_window = 24

    def valid(self, value: str) -> bool:
        return 16 <= len(value) <= 19 and luhn_ok(value)

    def accept(self, doc: Document, span: tuple[int, int], value: str, has_context: bool) -> bool:
        # China UnionPay cards start with 62; anything else needs a context word nearby
        return has_context or value.startswith("62")
