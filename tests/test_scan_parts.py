"""Parts of one file (page header, body, sheets, OCR'd pages) are scanned as one text in reading order."""

from __future__ import annotations

from guard.engine import Engine
from guard.extract.base import Part


def test_a_mark_in_the_page_header_is_a_mark_at_the_top_and_names_its_part() -> None:
    parts = [Part("机密★1年", {"part": "header"}), Part("关于某项工作的通知\n各单位：\n正文", {"part": "body"})]
    result = Engine().scan_parts(parts, source="a.docx")
    assert result.verdict == "block"
    assert result.findings[0].where == {"part": "header", "line": 1, "column": 1}


def test_findings_point_at_the_line_within_their_part() -> None:
    body = "第一段\n第二段\n内部资料 注意保存"
    parts = [Part("页眉", {"part": "header"}), Part(body, {"part": "body"})]
    f = Engine().scan_parts(parts).findings[0]
    assert f.where["part"] == "body"
    assert f.where["line"] == 3


def test_ocr_lines_carry_their_boxes() -> None:
    page = Part("000123\n机密★1年\n特急", {"part": "image", "page": 1},
                line_boxes=[(10, 10, 80, 20), (10, 40, 120, 24), (10, 70, 50, 20)])
    f = Engine().scan_parts([page]).findings[0]
    assert f.where == {"part": "image", "page": 1, "line": 2, "column": 1, "box": [10, 40, 120, 24]}


def test_a_list_split_over_two_sheets_is_still_a_list() -> None:
    ids = ["11010519491231002X", "110101199003074733", "440301199001011218", "310101198001010018",
           "320102197505051239"]
    parts = [Part("\n".join(ids[:3]), {"part": "sheet", "sheet": "一"}),
             Part("\n".join(ids[3:]), {"part": "sheet", "sheet": "二"})]
    assert Engine().scan_parts(parts).verdict == "confirm"
