"""Legacy .doc/.wps: converted by LibreOffice when present, else read from the OLE streams (said so);
never an empty clean result."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from guard.engine import Engine
from guard.errors import ExtractError
from guard.extract import detect_kind, extract_bytes, extract_file
from guard.extract.ole_text import best_effort_text
from tests.extract.cfb import build_ole

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def real_doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .doc written by LibreOffice from a .docx with the mark in the page header."""
    if not SOFFICE:
        pytest.skip("LibreOffice (soffice) not installed: cannot write a real .doc")
    folder = tmp_path_factory.mktemp("doc")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "机密★1年"
    document.add_paragraph("关于某项工作的通知")
    document.add_paragraph("各单位：现将有关事项通知如下。")
    document.save(str(folder / "notice.docx"))
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(folder), str(folder / "notice.docx")],
                   capture_output=True, timeout=120, check=True)
    return folder / "notice.doc"


def test_a_doc_is_converted_with_libreoffice_and_read_in_full(real_doc: Path) -> None:
    assert detect_kind(real_doc) == "doc"
    extracted = extract_file(real_doc)
    assert extracted.kind == "doc"
    assert extracted.parts[0].where == {"part": "header"}
    assert extracted.parts[0].text == "机密★1年"
    assert Engine().scan_parts(extracted.parts).verdict == "block"
    assert extracted.notes == []  # converted whole: not a partial read


def test_without_libreoffice_the_piece_table_gives_the_text(real_doc: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert best_effort_text(real_doc.read_bytes(), "doc").startswith("关于某项工作的通知\n各单位：")
    monkeypatch.setattr("guard.extract.legacy.shutil.which", lambda name: None)
    extracted = extract_file(real_doc)
    assert extracted.degraded == ["read without LibreOffice: text only, best effort"] and not extracted.notes
    assert "机密★1年" in extracted.parts[0].text


def test_a_wps_file_is_told_apart_from_a_doc_by_its_name_only(real_doc: Path, tmp_path: Path) -> None:
    wps = tmp_path / "通知.wps"
    wps.write_bytes(real_doc.read_bytes())
    assert detect_kind(wps) == "wps"


def test_utf16_runs_are_found_when_there_is_no_piece_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guard.extract.legacy.shutil.which", lambda name: None)
    stream = bytes(0x200) + "机密★1年\r关于某项工作的通知\r".encode("utf-16-le") + bytes(range(256))
    extracted = extract_bytes(build_ole({"WordDocument": stream}), "old.doc")
    assert extracted.parts[0].text.splitlines()[:2] == ["机密★1年", "关于某项工作的通知"]
    assert extracted.degraded == ["read without LibreOffice: text only, best effort"] and not extracted.notes


def test_a_doc_with_nothing_readable_is_an_error_not_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guard.extract.legacy.shutil.which", lambda name: None)
    with pytest.raises(ExtractError, match=r"cannot read legacy \.doc without LibreOffice"):
        extract_bytes(build_ole({"WordDocument": bytes(5000)}), "empty.doc")


def test_ole_files_are_told_apart_by_their_streams() -> None:
    assert detect_kind(build_ole({"Workbook": b"x"})) == "xls"
    assert detect_kind(build_ole({"PowerPoint Document": b"x"})) == "ppt"
    assert detect_kind(build_ole({"WordDocument": b"x"}), "a.doc") == "doc"
    assert detect_kind(build_ole({"EncryptedPackage": b"x", "EncryptionInfo": b"x"})) == "ooxml_encrypted"
