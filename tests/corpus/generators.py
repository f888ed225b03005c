"""Generators the sets share: resident ID numbers with a real check digit, invented person names.

Each set passes its own pools, so its samples stay exactly what they were (the regression sets are
fingerprinted by the texts they produce). Nothing here imports the project's code.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """GB 11643-1999 ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def is_valid_id(number: str) -> bool:
    """Structure, birth date and check digit (the sets' own self-tests use it)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if not date(1900, 1, 1) <= born <= date(2026, 12, 31):
        return False
    return number[17].upper() == id_check_digit(number[:17])


def person(rng: random.Random, surnames: Sequence[str], given: Sequence[str],
           lengths: Sequence[int] = (1, 2)) -> str:
    """An invented name: a surname and a given name of one of `lengths` characters."""
    return rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice(lengths)))
