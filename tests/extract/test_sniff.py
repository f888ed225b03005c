"""The kind of a file comes from its content; the name only breaks ties."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from guard.extract import detect_kind


def picture(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, fmt)
    return buf.getvalue()


@pytest.mark.parametrize(("fmt", "kind"), [("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("BMP", "bmp"),
                                           ("WEBP", "webp"), ("TIFF", "tiff"), ("PDF", "pdf")])
def test_pictures_and_pdf_by_magic(fmt: str, kind: str) -> None:
    assert detect_kind(picture(fmt)) == kind


def test_office_zips_by_their_parts(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "book.bin")
    assert detect_kind(tmp_path / "book.bin") == "xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        zf.writestr("content.xml", "<x/>")
    assert detect_kind(buf.getvalue()) == "odp"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "x")
    assert detect_kind(buf.getvalue()) == "zip"


def test_text_in_chinese_encodings_and_binary() -> None:
    assert detect_kind("机密★1年".encode("gbk")) == "text"
    assert detect_kind("\ufeff机密".encode("utf-16-le")) == "text"
    assert detect_kind(b"\x7fELF\x02\x01\x01" + bytes(100)) == "binary"
