"""Check digits of Chinese identifiers, as pure functions (python-stdnum does the arithmetic).

A pattern hit on an 18-digit number is weak evidence; a passed check digit and a plausible birth date
make it an ID number, and a failed one is dropped: order numbers and timestamps look the same.
"""

from __future__ import annotations

import datetime as _dt

from stdnum import luhn
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

# GB/T 2260 province-level codes (first two digits). Not the full county list: python-stdnum's region
# table lacks many real, since retired county codes (320102 Xuanwu, Nanjing, for one), and people keep them.
PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
                       51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})


def resident_id_ok(number: str, today: _dt.date | None = None) -> bool:
    """GB 11643 resident ID: mod 11-2 check digit, a province code, and a birth date that exists and is
    not in the future."""
    number = number.upper()
    if len(number) != 18 or not number[:17].isdigit() or int(number[:2]) not in PROVINCES:
        return False
    try:
        if ric.calc_check_digit(number) != number[-1]:
            return False
        born = ric.get_birth_date(number)
    except (ValidationError, ValueError):
        return False
    return _dt.date(1900, 1, 1) <= born <= (today or _dt.date.today())


def luhn_ok(number: str) -> bool:
    """Bank card numbers (ISO/IEC 7812 Luhn)."""
    return number.isdigit() and luhn.is_valid(number)


def credit_code_ok(code: str) -> bool:
    """GB 32100 unified social credit code (18 characters, mod 31 check character)."""
    try:
        uscc.validate(code.upper())
    except ValidationError:
        return False
    return True


def mobile_ok(number: str) -> bool:
    """Mainland mobile numbers: 11 digits, 1 then 3-9."""
    return len(number) == 11 and number[0] == "1" and number[1] in "3456789" and number.isdigit()
