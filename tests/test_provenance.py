"""Which lines of a scanned text came from OCR: `Document` keeps half-open line ranges, `scan_parts` fills
them from the parts' `source`, `scan_text(ocr=True)` marks every line (real engine, default policy)."""

from __future__ import annotations

import pytest

from guard.engine import Engine
from guard.extract.base import Part
from guard.model import Finding
from guard.normalize import Document
from guard.policy import load_policy


class Recording(Engine):
    """The real engine, keeping each `Document` it scans so a test can ask it about its lines."""

    def __init__(self) -> None:
        super().__init__(load_policy())
        self.docs: list[Document] = []

    def findings(self, doc: Document) -> list[Finding]:
        self.docs.append(doc)
        return super().findings(doc)


@pytest.fixture(scope="module")
def engine() -> Recording:
    return Recording()


def ocr_flags(doc: Document) -> list[bool]:
    return [doc.from_ocr(i) for i in range(len(doc.line_starts))]


def test_a_plain_document_has_no_ocr_lines() -> None:
    doc = Document("机密★1年\n正文")
    assert not doc.has_ocr
    assert ocr_flags(doc) == [False, False]
    assert doc.ocr_lines == []


def test_ranges_are_half_open_sorted_and_merged() -> None:
    doc = Document("\n".join("abcdefghij"), [(6, 8), (0, 2), (1, 3), (3, 4), (9, 9)])
    assert doc.has_ocr
    assert doc.ocr_lines == [(0, 4), (6, 8)]  # (9, 9) is empty
    assert ocr_flags(doc) == [True] * 4 + [False] * 2 + [True] * 2 + [False] * 2
    assert not doc.from_ocr(-1) and not doc.from_ocr(10)


def test_ranges_apply_to_original_lines_whatever_normalisation_does() -> None:
    # the separator pass joins the wrapped hanzi lines in `doc.text`; provenance follows the user's lines
    doc = Document("机\n密\n★1年\n正文", [(1, 2)])
    assert doc.text.count("\n") < doc.original.count("\n")
    assert ocr_flags(doc) == [False, True, False, False]
    pos = doc.to_orig(doc.text.index("密"))
    assert doc.from_ocr(doc.line_no(pos))


def test_scan_text_with_ocr_marks_every_line(engine: Recording) -> None:
    text = "机密★1年\n关于召开会议的通知\n\n各单位："
    result = engine.scan_text(text, ocr=True)
    doc = engine.docs[-1]
    assert doc.original == text and doc.has_ocr
    assert ocr_flags(doc) == [True] * 4
    assert result.verdict == engine.scan_text(text).verdict  # provenance alone changes no default verdict
    assert not engine.docs[-1].has_ocr


def test_scan_parts_marks_the_lines_of_ocr_parts_only(engine: Recording) -> None:
    parts = [Part("页眉一行", {"part": "header"}),
             Part("正文第一行\n正文第二行", {"part": "body"}),
             Part("图片第一行\n图片第二行\n机密★1年", {"part": "image"}, [(0, 0, 9, 9)] * 3, source="ocr"),
             Part("页脚", {"part": "footer"})]
    result = engine.scan_parts(parts)
    doc = engine.docs[-1]
    lines = doc.original.split("\n")
    assert lines == ["页眉一行", "", "正文第一行", "正文第二行", "", "图片第一行", "图片第二行", "机密★1年", "",
                     "页脚"]
    assert doc.ocr_lines == [(5, 8)]
    assert [lines[i] for i in range(len(lines)) if doc.from_ocr(i)] == ["图片第一行", "图片第二行", "机密★1年"]
    # findings still point into their part, with the box of their OCR line
    marks = [f for f in result.findings if f.where.get("part") == "image"]
    assert marks and all(f.where["line"] == 3 and f.where["box"] == [0, 0, 9, 9] for f in marks)


def test_two_ocr_parts_apart_stay_two_ranges(engine: Recording) -> None:
    parts = [Part("一\n二", {"part": "image"}, source="ocr"), Part("三", {"part": "body"}),
             Part("四", {"part": "image"}, source="ocr")]
    engine.scan_parts(parts)
    assert engine.docs[-1].ocr_lines == [(0, 2), (5, 6)]
