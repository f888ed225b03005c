"""The whole class corpus in one list, built once per process (the long texts take a moment)."""

from __future__ import annotations

from functools import cache

from ..sample import Sample
from . import c1_ocr, c2_layout, c3_markup, c4_teaching, c5_briefings, c6_internal, c7_long, c8_forms

CLASS_NAMES = {
    1: "OCR misreads", 2: "layout lost", 3: "markup/code", 4: "teaching", 5: "briefings",
    6: "internal markings", 7: "long public texts", 8: "forms/templates",
}


@cache
def all_items() -> tuple[Sample, ...]:
    modules = (c1_ocr, c2_layout, c3_markup, c4_teaching, c5_briefings, c6_internal, c7_long, c8_forms)
    return tuple(item for module in modules for item in module.items())
