"""Mainland mobile numbers: one in a signature is normal, a contact list is not."""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import register
from guard.detect.checksums import mobile_ok
from guard.detect.personal import WINDOW_DEFAULTS, PersonalDataRecognizer


@register
class MobileNumber(PersonalDataRecognizer):
    id = "pii.mobile"
    order = 40
    name_zh, name_en = "手机号码", "mobile number"
    pattern = re.compile(r"(?<![0-9])(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}(?![0-9])")
    examples: ClassVar = {
        "notice": ["联系电话：13812345678",
                   # six numbers scattered over a long public text are six notices, not a contact list
                   "".join(f"{k}号服务窗口咨询电话1391234567{k}。\n" + "本市营商环境持续优化，办事更便捷。\n" * 120
                           for k in range(6))],
        "confirm": ["\n".join(f"联系人{k}：1391234567{k}" for k in range(6)),
                    # the same six in ten lines at the end of a long text: a list is a list wherever it stands
                    "本市营商环境持续优化。\n" * 500 + "\n".join(f"网格员{k} 1391234567{k}" for k in range(6))],
        "allow": ["编号 12812345678", "138123456789"],
    }
    defaults: ClassVar = {"bulk_threshold": 6, **WINDOW_DEFAULTS,
                          "context_words": ["手机", "电话", "联系方式", "tel", "mobile"]}

    def valid(self, value: str) -> bool:
        return mobile_ok(value[-11:])

    def canonical(self, value: str) -> str:
        return value[-11:]  # +86 13912345678 and 13912345678 are one person
