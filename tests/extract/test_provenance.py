"""Lines read by OCR reach the scanned `Document` marked as OCR'd, through the real readers, the real OCR
worker and the real file scanner; typed text and PDF text layers do not."""

from __future__ import annotations

import io
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont

from guard.files import FileScanner
from guard.normalize import Document
from guard.sources.clip_check import check_content
from guard.sources.clip_content import Content
from tests.extract.test_pdf_reader import scanned_pdf, text_pdf
from tests.test_provenance import Recording, ocr_flags

pytestmark = pytest.mark.slow

LINES = ["关于召开年度工作会议的通知", "请各部门负责人准时参加"]
TYPED = "请查收附件中的扫描页。"


def page_png(font: Path, lines: list[str] = LINES) -> bytes:
    image = Image.new("RGB", (1000, 120 + 90 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(font), 48)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 90 * i), line, font=face, fill="black")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def scanner() -> Iterator[FileScanner]:
    with FileScanner(ocr="auto", ocr_idle_seconds=600) as files:
        yield files


def scanned_doc(scanner: FileScanner, path: Path) -> Document:
    engine = Recording()
    result = scanner.scan(path, engine=engine)
    assert result.verdict != "error", result.error
    return engine.docs[-1]


def ocr_read(doc: Document) -> list[int]:
    """Lines that read as a line of the picture (OCR may misread a character or two: 部门 as 部內)."""
    def like(text: str) -> bool:
        return any(SequenceMatcher(None, text.strip(), line).ratio() >= 0.7 for line in LINES)

    return [i for i in range(len(doc.line_starts)) if like(doc.line_text(i))]


def test_every_line_of_a_picture_is_from_ocr(scanner: FileScanner, cjk_font_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "notice.png"
    path.write_bytes(page_png(cjk_font_path))
    doc = scanned_doc(scanner, path)
    assert doc.has_ocr and len(ocr_read(doc)) == 2
    assert all(ocr_flags(doc))


def test_a_docx_text_is_typed_and_its_picture_is_ocr(scanner: FileScanner, cjk_font_path: Path,
                                                      tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TYPED)
    document.add_picture(io.BytesIO(page_png(cjk_font_path)))
    document.add_paragraph("此致")
    path = tmp_path / "cover.docx"
    document.save(path)
    doc = scanned_doc(scanner, path)
    typed = [doc.line_no(doc.original.index(TYPED)), doc.line_no(doc.original.index("此致"))]
    read = ocr_read(doc)
    assert len(read) == 2
    assert not any(doc.from_ocr(i) for i in typed)
    assert all(doc.from_ocr(i) for i in read)
    assert len(doc.ocr_lines) == 1  # the picture's lines and nothing else
    start, end = doc.ocr_lines[0]
    assert all(doc.line_text(i).strip() for i in range(start, end))


def test_a_pdf_text_layer_is_not_ocr(scanner: FileScanner, cjk_ttf: Path, tmp_path: Path) -> None:
    path = tmp_path / "layer.pdf"
    path.write_bytes(text_pdf(cjk_ttf, [LINES]))
    doc = scanned_doc(scanner, path)
    assert "年度工作会议" in doc.original
    assert not doc.has_ocr


def test_a_scanned_pdf_page_is_ocr(scanner: FileScanner, cjk_font_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(cjk_font_path, LINES))
    doc = scanned_doc(scanner, path)
    assert len(ocr_read(doc)) == 2
    assert all(doc.from_ocr(i) for i in ocr_read(doc))


def test_a_clipboard_picture_is_ocr_and_its_text_is_not(scanner: FileScanner, cjk_font_path: Path) -> None:
    engine = Recording()
    content = Content({"text/plain": TYPED.encode(), "image/png": page_png(cjk_font_path)})
    result = check_content(content, scanner, engine=engine)
    assert result.verdict != "error", result.error
    typed = [d for d in engine.docs if d.original == TYPED]
    pictures = [d for d in engine.docs if len(ocr_read(d)) == 2]
    assert typed and not any(d.has_ocr for d in typed)
    assert pictures and all(all(ocr_flags(d)) for d in pictures)
