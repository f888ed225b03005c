"""PDF: the text layer page by page, scans rendered for OCR, encryption a clear error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

from guard.engine import Engine
from guard.errors import ExtractError
from guard.extract import extract_bytes, extract_file
from guard.extract.base import Limits


def text_pdf(font: Path, pages: list[list[str]]) -> bytes:
    pdf = FPDF()
    pdf.add_font("cjk", fname=str(font))
    pdf.set_font("cjk", size=14)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf(font: Path, lines: list[str]) -> bytes:
    """A page that is only a picture, as a scanner or a phone app makes it."""
    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    face = ImageFont.truetype(str(font), 48)
    for i, line in enumerate(lines):
        draw.text((120, 120 + 80 * i), line, font=face, fill="black")
    buf = io.BytesIO()
    page.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def test_text_layer_is_read_page_by_page(cjk_ttf: Path, tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    pages = [["机密★1年", "关于加强某项工作的通知", "各单位："], ["第二页的正文内容较多一些"]]
    path.write_bytes(text_pdf(cjk_ttf, pages))
    extracted = extract_file(path)
    assert extracted.kind == "pdf"
    assert [p.where for p in extracted.parts] == [{"part": "page", "page": 1}, {"part": "page", "page": 2}]
    assert extracted.parts[0].text.splitlines()[0] == "机密★1年"
    assert extracted.images == []
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_pages_past_the_limit_are_left_out_with_a_note(cjk_ttf: Path) -> None:
    data = text_pdf(cjk_ttf, [[f"第{i}页的正文内容较多一些"] for i in range(1, 6)])
    extracted = extract_bytes(data, "long.pdf", Limits(max_pages=2))
    assert len(extracted.parts) == 2
    assert any("pages 3-5 not read" in n for n in extracted.notes)


def test_a_scanned_page_is_rendered_for_ocr(cjk_font_path: Path) -> None:
    extracted = extract_bytes(scanned_pdf(cjk_font_path, ["机密★1年", "关于某项工作的通知"]), "scan.pdf")
    assert extracted.parts == []
    assert len(extracted.images) == 1
    image = extracted.images[0]
    assert image.where == {"part": "page", "page": 1, "scanned": True}
    with Image.open(io.BytesIO(image.data)) as page:
        assert page.format == "PNG"
        assert 1500 <= page.width <= 1800  # A4 width at about 200 dpi: good for OCR


def test_scanned_pages_past_the_ocr_limit_are_noted(cjk_font_path: Path) -> None:
    single = PdfReader(io.BytesIO(scanned_pdf(cjk_font_path, ["机密"])))
    writer = PdfWriter()
    for _ in range(3):
        writer.add_page(single.pages[0])
    buf = io.BytesIO()
    writer.write(buf)
    extracted = extract_bytes(buf.getvalue(), "scans.pdf", Limits(max_ocr_pages=1))
    assert len(extracted.images) == 1
    assert any("not rendered for OCR" in n for n in extracted.notes)


def encrypted(data: bytes, user: str, owner: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_password_protected_pdf_is_an_error_that_says_so(cjk_ttf: Path) -> None:
    data = encrypted(text_pdf(cjk_ttf, [["机密★1年"]]), "secret", "owner")
    with pytest.raises(ExtractError, match="encrypted"):
        extract_bytes(data, "locked.pdf")


def test_a_pdf_with_only_an_owner_password_opens_with_the_empty_password(cjk_ttf: Path) -> None:
    data = encrypted(text_pdf(cjk_ttf, [["机密★1年", "关于加强某项工作的通知"]]), "", "owner")
    assert extract_bytes(data, "print-locked.pdf").parts[0].text.startswith("机密★1年")


def test_a_damaged_pdf_is_an_error(cjk_ttf: Path) -> None:
    with pytest.raises(ExtractError):
        extract_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50, "broken.pdf")
