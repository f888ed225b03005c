"""What could not be read is told in the clerk's language: the notes and reasons of real readers come in
Chinese by default and in the same English as before with CLIPGUARD_LANG=en, and no reader writes its own
English any more."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from guard.errors import ExtractError
from guard.extract import extract_bytes
from guard.extract.base import Limits
from guard.extract.ole_text import best_effort_text
from guard.extract.safezip import check_package, open_zip, parse_xml
from guard.messages import CATALOGUE
from guard.messages_extract import EXTRACT
from guard.ocr.base import OcrUnavailable
from guard.ocr.engines import resolve_name
from guard.ocr.process import describe_exit
from tests.extract.cfb import build_ole

REPO = Path(__file__).resolve().parents[1]
HANZI = re.compile("[\u4e00-\u9fff]")


def locked_zip() -> bytes:
    """A zip whose one entry carries the "encrypted" flag, as WinZip/7-Zip set it with ZipCrypto."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("secret.txt", "机密★1年\n关于做好有关工作的通知\n")
    data = bytearray(buf.getvalue())
    data[data.index(b"PK\x01\x02") + 8] |= 0x01
    return bytes(data)


def long_pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Quarterly report, page {n + 1} of the plan")
    return bytes(pdf.output())


@pytest.fixture
def zh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")


@pytest.fixture
def en(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")


def test_an_encrypted_zip_entry_is_told_in_chinese(zh: None) -> None:
    assert extract_bytes(locked_zip(), "locked.zip").notes == ["压缩包内 secret.txt 已加密，无法读取"]


def test_the_english_note_is_the_one_tests_and_docs_quote(en: None) -> None:
    notes = extract_bytes(locked_zip(), "locked.zip").notes
    assert notes == ["secret.txt: encrypted entry skipped (cannot be read without the password)"]


def test_pdf_pages_past_the_limit(zh: None) -> None:
    notes = extract_bytes(long_pdf(5), "long.pdf", Limits(max_pages=2)).notes
    assert notes == ["文档共 5 页，第 3-5 页未读取（上限 2 页）"]


def test_pdf_pages_past_the_limit_in_english(en: None) -> None:
    notes = extract_bytes(long_pdf(5), "long.pdf", Limits(max_pages=2)).notes
    assert notes == ["PDF has 5 pages: pages 3-5 not read (limit 2)"]


def test_a_nested_note_keeps_its_archive_name_and_its_language(zh: None) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("inner.zip", locked_zip())
    notes = extract_bytes(buf.getvalue(), "outer.zip").notes
    assert notes == ["inner.zip：压缩包内 secret.txt 已加密，无法读取"]


def test_text_past_the_limit(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = extract_bytes(("正文" * 100).encode(), "long.txt", Limits(max_text_chars=50)).notes
    assert notes == ["文字超过上限（50 个字符），其余内容未读取"]
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    notes = extract_bytes(("正文" * 100).encode(), "long.txt", Limits(max_text_chars=50)).notes
    assert notes == ["text limit reached (50 characters): the rest not read"]


def test_a_password_protected_pdf_says_so_in_chinese(zh: None) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(long_pdf(1))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(ExtractError, match=r"^文档设有密码（已加密），无法读取$"):
        extract_bytes(buf.getvalue(), "locked.pdf")


def test_a_file_too_large_says_so_in_chinese(zh: None) -> None:
    with pytest.raises(ExtractError, match=r"^文件过大：0\.0 MB（上限 0 MB）$"):
        extract_bytes(b"x" * 2000, "big.txt", Limits(max_file_bytes=1000))


def test_a_damaged_picture_and_a_binary_file_say_so_in_chinese(zh: None) -> None:
    with pytest.raises(ExtractError, match=r"^图片已损坏（PNG）"):
        extract_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16, "photo.png")
    with pytest.raises(ExtractError, match="二进制"):
        extract_bytes(bytes(range(256)) * 16, "data.txt")


def test_how_an_ocr_worker_ended(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert describe_exit(-9) == "被信号 SIGKILL 终止"
    assert describe_exit(1) == "退出码 1"
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert describe_exit(-9) == "killed by SIGKILL"


def test_the_cli_shows_the_note_in_the_clerks_language(tmp_path: Path) -> None:
    path = tmp_path / "locked.zip"
    path.write_bytes(locked_zip())
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLIPGUARD_LANG": "zh"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", str(path)], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    item = json.loads(proc.stdout.splitlines()[0])
    assert item["notes"] == ["压缩包内 secret.txt 已加密，无法读取"]
    assert item["verdict"] != "allow"  # a part left unread is never clean


def test_every_key_the_readers_use_is_in_the_catalogue() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "guard").rglob("*.py"))
    used = set(re.findall(r'\bt\("([a-z_]+\.[a-z_.]+)"', code))
    assert {"zip.encrypted", "pdf.pages_cut", "ocr.late"} <= used
    assert sorted(used - set(CATALOGUE)) == []
    assert set(EXTRACT) <= set(CATALOGUE)
    assert [key for key, (zh, _) in EXTRACT.items() if not HANZI.search(zh)] == ["extract.inside"]


def test_no_reader_writes_an_english_note_of_its_own() -> None:
    """A note or reason written as an English f-string reaches a Chinese clerk as English."""
    pattern = re.compile(r'notes\.append\(f?"|notes \+= \[f"|Ocr(Timeout|WorkerDied|Failed)\(f"'
                         r'|ExtractError\(f?"(PDF|too large|damaged or|corrupt \{what\}|permission'
                         r'|file (not found|too large|is still|grew)|cannot read:|is a directory|binary content'
                         r'|(picture|image) too large|damaged \{kind|corrupt or|not a readable'
                         r'|\{|damaged (entry|legacy|\{what)|cannot read legacy|(not a )?WeChat|corrupt XML)'
                         r'|LimitError\(f?"|OcrUnavailable\(f?"')
    files = [*(REPO / "guard" / "extract").glob("*.py"), *(REPO / "guard" / "ocr").glob("*.py")]
    found = [f"{p.name}:{n}" for p in files for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def zeros_zip(entries: int = 1, size: int = 2 << 20) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(entries):
            zf.writestr(f"zeros{n}.txt", bytes(size))
    return buf.getvalue()


def test_a_zip_bomb_is_refused_in_chinese_and_in_the_same_english(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ExtractError, match=r"^zeros0\.txt 的压缩比为 \d+:1（上限 200:1），疑似压缩炸弹，拒绝读取$"):
        extract_bytes(zeros_zip(), "bomb.zip")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    with pytest.raises(ExtractError, match=r"^zeros0\.txt is compressed \d+:1 \(limit 200:1\): refused as a zip bomb$"):
        extract_bytes(zeros_zip(), "bomb.zip")


def test_an_xml_bomb_and_too_many_parts_are_refused_in_chinese(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w>&a;</w>'
    with pytest.raises(ExtractError, match=r"^文档含有可疑的定义（疑似恶意构造），拒绝读取$"):
        parse_xml(bomb, "word/document.xml")
    with pytest.raises(ExtractError, match=r"^文件（docx）内部组成部分过多：3 个（上限 2 个），拒绝读取$"):
        check_package(open_zip(zeros_zip(3, 10)), Limits(max_entries=2), "docx")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    with pytest.raises(ExtractError, match=r"^word/document\.xml declares entities or a DTD \(XML bomb\?\): refused$"):
        parse_xml(bomb, "word/document.xml")
    with pytest.raises(ExtractError, match=r"^docx has 3 parts \(limit 2\): refused$"):
        check_package(open_zip(zeros_zip(3, 10)), Limits(max_entries=2), "docx")


def test_a_legacy_doc_without_a_converter_says_so_in_chinese(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guard.extract.legacy.shutil.which", lambda name: None)
    with pytest.raises(ExtractError, match=r"^旧版文档（\.doc）无法读取：本机未安装文档转换软件$"):
        extract_bytes(build_ole({"WordDocument": bytes(5000)}), "empty.doc")
    with pytest.raises(ExtractError, match=r"^旧版文档（\.xls）已损坏：找不到正文$"):
        best_effort_text(build_ole({"Other": bytes(5000)}), "xls")


def test_wechat_pictures_the_guard_cannot_read_say_so_in_chinese(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    v2 = b"\x07\x08V2\x08\x07" + bytes(range(256)) * 8
    with pytest.raises(ExtractError, match=r"^新版微信聊天图片用本机专有的密钥加密，无法离线解密，图片未检查$"):
        extract_bytes(v2, "a1b2c3.dat")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    with pytest.raises(ExtractError, match=r"^WeChat 4\.x image \(V2\): encrypted with a per-install key"):
        extract_bytes(v2, "a1b2c3.dat")


def test_an_unknown_ocr_engine_is_named_in_chinese(zh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OcrUnavailable, match=r"^未知的文字识别引擎 'abbyy'，请选择自动或已安装的引擎$"):
        resolve_name("abbyy")
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    with pytest.raises(OcrUnavailable, match=r"^unknown OCR engine 'abbyy' \(choose rapidocr, tesseract or auto\)$"):
        resolve_name("abbyy")
