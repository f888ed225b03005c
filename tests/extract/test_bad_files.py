"""Every way a file can fail to be read is an ExtractError with a plain reason, never another exception
and never an empty clean result."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import docx
import pytest

from guard.errors import ExtractError
from guard.extract import extract_bytes, extract_file
from guard.extract.base import Limits
from tests.extract.cfb import build_ole


def docx_bytes() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "机密★1年"
    document.add_paragraph("正文" * 200)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_truncated_docx_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(docx_bytes()[:3000])
    with pytest.raises(ExtractError, match=r"corrupt|damaged"):
        extract_file(path)


def test_a_docx_with_a_damaged_part_is_an_error() -> None:
    data = docx_bytes()
    start = data.index(b"word/document.xml") + 40
    broken = data[:start] + bytes(200) + data[start + 200:]
    with pytest.raises(ExtractError):
        extract_bytes(broken, "broken.docx")


def test_a_password_protected_office_file_says_it_is_encrypted() -> None:
    data = build_ole({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": os.urandom(5000)})
    with pytest.raises(ExtractError, match="encrypted, cannot be read without the password"):
        extract_bytes(data, "locked.docx")


def test_a_2gb_sparse_file_is_refused_at_once_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with path.open("wb") as fh:
        fh.truncate(2 * 1024**3)
    t0 = time.perf_counter()
    with pytest.raises(ExtractError, match="too large"):
        extract_file(path)
    assert time.perf_counter() - t0 < 0.5


def test_a_file_still_being_written_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes("机密★1年\n".encode() * 100)
    real_fstat, calls = os.fstat, []

    def growing(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        calls.append(fd)
        return os.stat_result((*st[:6], st.st_size + 4096 * (len(calls) - 1), *st[7:]))

    monkeypatch.setattr("guard.extract.readbytes.os.fstat", growing)
    with pytest.raises(ExtractError, match="still being written"):
        extract_file(path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_permission_denied_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("机密★1年", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ExtractError, match="permission denied"):
            extract_file(path)
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() != 0, reason="needs root to give it up")
def test_permission_denied_is_an_error_when_tests_run_as_root() -> None:
    """Root reads every file, so a forked child gives up root (to nobody) and tries a file mode 000."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="clipguard-perm-"))
    try:
        folder.chmod(0o755)  # nobody may look inside, not read the file
        path = folder / "locked.txt"
        path.write_text("机密★1年", encoding="utf-8")
        path.chmod(0)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: no pytest machinery from here on, only os._exit
            message = b"read it"
            try:
                os.setgid(65534)
                os.setuid(65534)
                extract_file(path)
            except ExtractError as exc:
                message = str(exc).encode()
            except BaseException as exc:  # anything else is what the test reports
                message = repr(exc).encode()
            os.write(write, message)
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        with os.fdopen(read, "rb") as fh:
            assert "permission denied" in fh.read().decode()
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def test_a_missing_file_and_a_directory_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="not found"):
        extract_file(tmp_path / "gone.docx")
    with pytest.raises(ExtractError, match="directory"):
        extract_file(tmp_path)


def test_an_unknown_binary_is_an_error_with_a_reason() -> None:
    with pytest.raises(ExtractError, match="binary file of an unknown type"):
        extract_bytes(b"MZ\x90\x00" + bytes(range(256)) * 8, "setup.exe")


def test_a_picture_over_the_decode_ceiling_is_refused_and_one_over_the_pixel_cap_is_not() -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (4000, 4000)).save(buf, "PNG")
    with pytest.raises(ExtractError, match="too large"):
        extract_bytes(buf.getvalue(), "big.png", Limits(max_pixels=1_000_000, max_decode_pixels=10_000_000))
    # over max_pixels but under the ceiling: handed on whole, OCR scales it down to fit
    extracted = extract_bytes(buf.getvalue(), "big.png", Limits(max_pixels=1_000_000))
    assert len(extracted.images) == 1 and extracted.notes == []


def test_an_xml_bomb_inside_a_docx_is_refused() -> None:
    import zipfile

    bomb = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
    src, out = zipfile.ZipFile(io.BytesIO(docx_bytes())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            zf.writestr(info.filename, bomb if info.filename == "word/document.xml" else src.read(info))
    with pytest.raises(ExtractError, match="XML bomb"):
        extract_bytes(out.getvalue(), "bomb.docx")


def test_text_files_go_through_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("机密★1年\n关于某项工作的通知".encode("gbk"))
    extracted = extract_file(path)
    assert extracted.kind == "text"
    assert [(p.text, p.where) for p in extracted.parts] == [("机密★1年\n关于某项工作的通知", {"part": "body"})]


def test_a_zip_bomb_inside_a_docx_is_refused_before_word_parts_are_unpacked() -> None:
    import zipfile

    src, out = zipfile.ZipFile(io.BytesIO(docx_bytes())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info))
        with zf.open("word/media/image1.png", "w", force_zip64=True) as fh:
            for _ in range(50):
                fh.write(bytes(1 << 20))
    t0 = time.perf_counter()
    with pytest.raises(ExtractError, match="zip bomb"):
        extract_bytes(out.getvalue(), "bomb.docx")
    assert time.perf_counter() - t0 < 1
