"""Excel workbooks (.xlsx, .xlsm): every sheet as a grid of tab-separated rows, so a list of people with
their ID numbers reads as a list. Cached values are read (data_only), never formulas recomputed."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl

from guard.extract.base import Extracted, Limits, Part
from guard.extract.ooxml import media_images
from guard.extract.safezip import Budget, check_package, open_zip
from guard.messages import t


def cell_str(value: Any) -> str:
    """Whole numbers without a trailing .0 (phone numbers are often stored as numbers)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime) and not (value.hour or value.minute or value.second):
        return value.date().isoformat()
    return str(value).replace("\n", " ")


def read_xlsx(data: bytes, limits: Limits) -> Extracted:
    zf = open_zip(data, "Excel (.xlsx)")
    check_package(zf, limits, "Excel workbook")
    out = Extracted(kind="xlsx")
    left = limits.max_text_chars
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            rows: list[str] = []
            for row in ws.iter_rows(values_only=True):
                line = "\t".join(cell_str(v) for v in row).rstrip("\t")
                if not line.strip():
                    continue
                left -= len(line) + 1
                if left < 0:
                    out.notes.append(t("xlsx.text_cut", sheet=ws.title))
                    break
                rows.append(line)
            if rows:
                out.parts.append(Part("\n".join(rows), {"part": "sheet", "sheet": ws.title}))
            if left < 0:
                break
    finally:
        wb.close()
    out.images, notes = media_images(zf, "xl/media/", Budget.of(limits), limits)
    out.notes += notes
    return out
