"""OCR lines become one text in reading order, with one box per line (no engine needed)."""

from __future__ import annotations

from guard import scan_text
from guard.engine import default_engine
from guard.ocr.base import OcrLine, lines_to_part, tidy_spaces


def test_lines_are_read_top_to_bottom_then_left_to_right() -> None:
    lines = [OcrLine("正文第一段", (100, 300, 400, 24)), OcrLine("机密★1年", (100, 150, 110, 24)),
             OcrLine("000123", (100, 110, 70, 20))]
    part = lines_to_part(lines, {"part": "image"})
    assert part.text == "000123\n机密★1年\n正文第一段"
    assert part.line_boxes == [(100, 110, 70, 20), (100, 150, 110, 24), (100, 300, 400, 24)]


def test_pieces_on_one_baseline_merge_into_one_line_with_a_union_box() -> None:
    lines = [OcrLine("Hello", (10, 12, 60, 20)), OcrLine("world", (80, 10, 60, 22))]
    part = lines_to_part(lines, {})
    assert part.text == "Hello world"
    assert part.line_boxes == [(10, 10, 130, 22)]


def test_far_apart_pieces_on_one_row_stay_separate_so_a_mark_keeps_its_own_line() -> None:
    lines = [OcrLine("机密★1年", (600, 150, 110, 24)), OcrLine("张三：收到", (20, 152, 100, 22))]
    assert lines_to_part(lines, {}).text == "张三：收到\n机密★1年"


def test_spaces_tesseract_puts_between_hanzi_go_and_spaces_between_latin_words_stay() -> None:
    assert tidy_spaces("机 密 太 1 年") == "机密太1年"
    assert tidy_spaces("关于 PDF 文件 的 通知") == "关于PDF文件的通知"
    assert tidy_spaces("Annual  report 2026") == "Annual report 2026"


def test_the_look_alikes_tesseract_prints_for_the_star_still_make_a_mark() -> None:
    for star in "太女妇雪":
        assert scan_text(f"机密{star}1年\n正文").verdict == "block", star


def test_a_level_with_one_hanzi_misread_still_marks_a_blurred_photo_but_not_prose() -> None:
    # rapidocr on a blurred phone photo read 绝密★5年 as 绝出★5年 / 地出★5年 (regression_images photo-screen-011)
    # the tolerance is for lines that came from OCR only; typed, the same characters are not a level
    page = "305438\n绝出★5年\n北屿县公安局文件\n屿公字（2025）44号"
    ocr = default_engine()
    assert ocr.scan_text(page, ocr=True).verdict == "block"
    assert ocr.scan_text("五星★5年\n正文", ocr=True).verdict == "allow"
    assert ocr.scan_text("他说绝出★5年的文件", ocr=True).verdict == "allow"
    assert scan_text(page).verdict != "block"


def _line(text: str, x: int, y: int, w: int = 200, h: int = 20) -> OcrLine:
    return OcrLine(text, (x, y, w, h))


def test_main_pane_is_read_before_a_contact_list() -> None:
    contacts = [_line(f"联系人{i}", 10, 40 + 50 * i, 150) for i in range(12)]
    pane = [_line("张科长", 400, 30, 300)] + [_line(t, 400, 200 + 30 * i, 700) for i, t in
                                             enumerate(["密码电报", "等级：特急", "关于某事的通报"])]
    text = lines_to_part(contacts + pane, {}).text.split("\n")
    assert text[:4] == ["张科长", "密码电报", "等级：特急", "关于某事的通报"]


def test_table_columns_are_read_row_by_row() -> None:
    cells = []
    rows = [("姓名", "身份证号"), ("张某", "110105194912310021"), ("李某", "440524188001010014"),
            ("王某", "320106198507163614")]
    for i, (name, rid) in enumerate(rows):
        cells += [_line(name, 10, 40 + 40 * i, 100), _line(rid, 600, 40 + 40 * i, 300)]
    text = lines_to_part(cells, {}).text.split("\n")
    assert text[:2] == ["姓名", "身份证号"] and text[2:4] == ["张某", "110105194912310021"]
