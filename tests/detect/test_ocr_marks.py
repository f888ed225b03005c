"""Marks misread by OCR block on OCR'd pages, where the rest of the page head still says "mark"; the same
characters typed are not read through the confusion table, and OCR noise in a sentence reports nothing."""

from __future__ import annotations

import pytest

from guard.engine import default_engine

HEAD = "\n某县人民政府文件\n某政发〔2027〕3号\n关于做好森林防火工作的通知\n各乡镇："
# what rapidocr and tesseract printed for mark lines in the measured runs (resources/ocr/confusions.toml)
MISREAD = ["机座★1年", "秘密太6个月", "绝密友启用前", "地密★5年", "秘密★6个目", "机密★l0年", "密★2年"]


@pytest.mark.parametrize("line", MISREAD)
def test_a_misread_mark_on_an_ocr_page_blocks_and_the_typed_twin_does_not_get_the_table(line: str) -> None:
    page = "000123\n" + line + HEAD
    ocr = default_engine().scan_text(page, ocr=True)
    assert ocr.verdict == "block"
    mark = next(f for f in ocr.findings if f.rule == "secret.classification_mark")
    assert any(b.name in ("ocr_misread", "partial_level", "hanzi_star") for b in mark.basis)
    typed = default_engine().scan_text(page)
    assert not any("ocr_misread" in f.evidence for f in typed.findings)


@pytest.mark.parametrize("prose", ["这个秘密6个目前就被同事猜到了，大家笑了半天。", "老宅的机座★1年前就坏了",
                                   "他说绝出★5年的那部剧很好看"])
def test_ocr_noise_in_a_sentence_reports_nothing_above_a_notice(prose: str) -> None:
    assert default_engine().scan_text(prose, ocr=True).verdict in ("allow", "notice")


def test_a_misread_mark_away_from_the_top_is_only_a_notice() -> None:
    body = "\n".join(f"第{i}段正文内容，按要求落实。" for i in range(12))
    assert default_engine().scan_text(body + "\n机座★1年\n" + body, ocr=True).verdict in ("allow", "notice")


def test_only_the_ocr_lines_of_a_mixed_text_get_the_table() -> None:
    text = "机座★1年\n关于某事的通知\n\n附图识别：\n机座★1年\n关于某事的通知"
    typed_first = default_engine().scan_text(text, ocr_lines=[(3, 6)])
    marks = [f for f in typed_first.findings if f.rule == "secret.classification_mark"]
    assert marks and all(f.where["line"] >= 4 for f in marks)


@pytest.mark.parametrize("ocr", [True, False])
def test_two_marked_pages_side_by_side_are_not_a_list_of_levels(ocr: bool) -> None:
    """A screenshot of a two-page view (OCR puts both marks on one line, or on neighbouring lines) blocks."""
    one_line = "000123　　　　　　000456\n机密★1年　　　　　　秘密★6个月\n某县人民政府文件　　　　某县教育局文件"
    neighbours = "000123\n机密★1年\n000456\n秘密★6个月\n某县人民政府文件\n关于某事的通知"
    for text in (one_line, neighbours):
        assert default_engine().scan_text(text, ocr=ocr).verdict == "block", text
