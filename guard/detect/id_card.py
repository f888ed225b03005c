"""Resident ID numbers (GB 11643): 18 characters, birth date inside, mod 11-2 check digit."""

from __future__ import annotations

import re
from typing import ClassVar

from guard.detect.base import register
from guard.detect.checksums import resident_id_ok
from guard.detect.personal import WINDOW_DEFAULTS, PersonalDataRecognizer


@register
class ResidentId(PersonalDataRecognizer):
    id = "pii.resident_id"
    order = 10
    name_zh, name_en = "居民身份证号", "resident ID number"
    # optional single separators at the 6/14 boundaries ("110105 19491231 002X")
    pattern = re.compile(r"(?<![0-9a-z])[1-9]\d{5}[ \-]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                         r"[ \-]?\d{3}[0-9x](?![0-9a-z])")
    examples: ClassVar = {
        "confirm": ["\n".join(["11010519491231002X", "110101199003074733", "440301199001011218",
                               "310101198001010018", "320102197505051239"])],
        "allow": ["订单号 110105194912310021", "11010519491331002X"],
        # five ID numbers cited pages apart in a long text (case reports) are notices, not a list
        "notice": ["身份证号：11010519491231002X",
                   "".join(f"案例{k}：当事人身份证号{n}。\n" + "法院依法审理并作出判决，全文略。\n" * 150 for k, n in
                           enumerate(("11010519491231002X", "110101199003074733", "440301199001011218",
                                      "310101198001010018", "320102197505051239")))],
    }
    defaults: ClassVar = {"bulk_threshold": 5, **WINDOW_DEFAULTS,
                          "context_words": ["身份证", "身份号码", "证件号", "公民身份"]}

    def valid(self, value: str) -> bool:
        return resident_id_ok(value)
