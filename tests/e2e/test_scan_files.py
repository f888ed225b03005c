"""`clipguard scan` end to end on a folder of real files made by real tools: office documents, a scanned
PDF, screenshots and photos read by the real OCR engines, WeChat .dat pictures, nested zips, damaged and
encrypted files. One CLI run over the folder (parallel workers), then one assertion per file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from guard.batch import scan_many
from tests.ocr.images import dense_screen, document_screen, photo_of, plain_screen

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def _valid_ids() -> list[str]:
    """Six distinct resident ID numbers with correct check digits (region codes of real districts)."""
    from stdnum.cn import ric

    bodies = ["11010519491231002", "44052419800101001", "32010619850716361", "51010419900307887",
              "33010619771230441", "42010619821123001"]
    return [b + ric.calc_check_digit(b + "0") for b in bodies]  # it ignores the last character


def run_cli(*args: str, timeout: float = 600) -> tuple[int, list[dict[str, Any]], str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLIPGUARD_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()], proc.stderr


def _docx_with_header_mark(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "机密★5年"
    for line in ("关于做好安全生产工作的通知", "各区县人民政府：", "现将有关事项通知如下。"):
        doc.add_paragraph(line)
    doc.save(path)


def _docx_with_embedded_photo(path: Path) -> None:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_paragraph("请查收附图。")
    doc.add_picture(io.BytesIO(document_screen().png()), width=Inches(6))
    doc.save(path)


def _xlsx_of_people(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "电话"])
    for i, rid in enumerate(_valid_ids()):
        ws.append([f"人员{i}", rid, f"1390000{i:04d}"])
    wb.save(path)


def _scanned_pdf(path: Path) -> None:
    """A PDF with no text layer: one page that is a picture of a marked document."""
    page = Image.open(io.BytesIO(document_screen().png())).convert("RGB")
    page.save(path, "PDF", resolution=150)


def _wechat_dat(png: bytes, key: int = 0x5A) -> bytes:
    return bytes(b ^ key for b in png)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("files")
    _docx_with_header_mark(root / "header_mark.docx")
    _docx_with_embedded_photo(root / "photo_inside.docx")
    _xlsx_of_people(root / "people.xlsx")
    _scanned_pdf(root / "scanned.pdf")
    (root / "screenshot.png").write_bytes(document_screen().png())
    (root / "photo.jpg").write_bytes(photo_of(document_screen()))
    (root / "plain.png").write_bytes(plain_screen().png())
    (root / "wechat").mkdir()
    (root / "wechat" / "3f2a9c.dat").write_bytes(_wechat_dat(document_screen().png()))
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.write(root / "header_mark.docx", "docs/header_mark.docx")
    with zipfile.ZipFile(root / "bundle.zip", "w") as z:
        z.writestr("inner.zip", inner.getvalue())
        z.writestr("readme.txt", "附件说明：会议材料。")
    (root / "renamed.pdf").write_bytes((root / "header_mark.docx").read_bytes())  # typed by content
    (root / "damaged.docx").write_bytes(b"PK\x03\x04" + os.urandom(300))
    (root / "notes.txt").write_text("周五下午三点在三楼会议室开会，请准时参加。", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def results(folder: Path) -> dict[str, dict[str, Any]]:
    code, items, _ = run_cli("--workers", "2", str(folder))
    assert code == 1
    return {Path(i["path"]).relative_to(folder).as_posix(): i for i in items}


def rules_of(item: dict[str, Any]) -> set[str]:
    return {f["rule"] for f in item["findings"]}


def test_every_file_is_one_item(results: dict[str, dict[str, Any]]) -> None:
    assert sorted(results) == sorted(["header_mark.docx", "photo_inside.docx", "people.xlsx", "scanned.pdf",
                                      "screenshot.png", "photo.jpg", "plain.png", "wechat/3f2a9c.dat",
                                      "bundle.zip", "renamed.pdf", "damaged.docx", "notes.txt"])


def test_mark_only_in_a_docx_page_header_blocks(results: dict[str, dict[str, Any]]) -> None:
    item = results["header_mark.docx"]
    assert item["verdict"] == "block"
    mark = next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")
    assert mark["where"]["part"] == "header"


def test_renamed_docx_is_read_as_a_docx(results: dict[str, dict[str, Any]]) -> None:
    assert results["renamed.pdf"]["verdict"] == "block"


def test_photo_of_a_classified_page_inside_a_docx_blocks(results: dict[str, dict[str, Any]]) -> None:
    item = results["photo_inside.docx"]
    assert item["verdict"] == "block"
    mark = next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")
    assert mark["where"]["part"] == "image" and len(mark["where"]["box"]) == 4


def test_spreadsheet_of_id_numbers_is_a_list(results: dict[str, dict[str, Any]]) -> None:
    item = results["people.xlsx"]
    assert item["verdict"] in ("confirm", "block")
    assert "pii.resident_id.bulk" in rules_of(item)  # the IDs are counted in the list, not listed one by one
    assert all("*" in f["excerpt"] for f in item["findings"] if f["rule"].startswith("pii.resident_id"))


def test_mark_on_a_scanned_pdf_page_blocks_with_page_and_box(results: dict[str, dict[str, Any]]) -> None:
    item = results["scanned.pdf"]
    assert item["verdict"] == "block"
    mark = next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")
    assert mark["where"]["page"] == 1 and len(mark["where"]["box"]) == 4


@pytest.mark.parametrize("name", ["screenshot.png", "photo.jpg", "wechat/3f2a9c.dat"])
def test_pictures_of_a_marked_page_block_with_a_box(results: dict[str, dict[str, Any]], name: str) -> None:
    item = results[name]
    assert item["verdict"] == "block"
    mark = next(f for f in item["findings"] if f["severity"] == "block")
    _, _, w, h = mark["where"]["box"]
    assert w > 0 and h > 0 and mark["where"]["page"] == 1


def test_the_box_points_at_the_mark_in_the_screenshot(results: dict[str, dict[str, Any]]) -> None:
    drawn = document_screen().boxes["mark"]
    mark = next(f for f in results["screenshot.png"]["findings"] if f["rule"] == "secret.classification_mark")
    x, y, w, h = mark["where"]["box"]
    cx, cy = x + w / 2, y + h / 2
    assert drawn[0] <= cx <= drawn[0] + drawn[2] and drawn[1] <= cy <= drawn[1] + drawn[3]


def test_plain_screenshot_and_text_are_not_held(results: dict[str, dict[str, Any]]) -> None:
    assert results["plain.png"]["verdict"] in ("allow", "notice")
    assert results["notes.txt"]["verdict"] == "allow"


def test_nested_zip_names_the_inner_file(results: dict[str, dict[str, Any]]) -> None:
    item = results["bundle.zip"]
    assert item["verdict"] == "block"
    mark = next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")
    assert mark["where"]["file"].endswith("docs/header_mark.docx")


def test_damaged_file_is_an_error_with_a_reason(results: dict[str, dict[str, Any]]) -> None:
    item = results["damaged.docx"]
    assert item["verdict"] == "error" and item["error"]


def test_one_worker_gives_the_same_verdicts(folder: Path, results: dict[str, dict[str, Any]]) -> None:
    code, items, _ = run_cli("--workers", "1", str(folder))
    assert code == 1
    assert {Path(i["path"]).relative_to(folder).as_posix(): i["verdict"] for i in items} == \
        {k: v["verdict"] for k, v in results.items()}


def test_without_ocr_pictures_are_never_silently_allowed(folder: Path) -> None:
    code, items, _ = run_cli("--ocr-engine", "off", str(folder / "screenshot.png"),
                             str(folder / "photo_inside.docx"))
    assert code == 3  # incomplete: nothing at confirm or above could be seen, and not everything was read
    got = {Path(i["path"]).name: i for i in items}
    assert got["screenshot.png"]["verdict"] == "error" and "OCR" in got["screenshot.png"]["error"]
    inside = got["photo_inside.docx"]
    assert inside["verdict"] == "confirm" and any("OCR" in n for n in inside["notes"])  # its picture unread


def test_tesseract_engine_reads_the_screenshot(folder: Path) -> None:
    code, items, _ = run_cli("--ocr-engine", "tesseract", str(folder / "screenshot.png"))
    assert items[0]["verdict"] == "block", items[0]
    assert code == 1


def test_a_stuck_item_is_stopped_and_the_rest_goes_on(folder: Path, tmp_path: Path) -> None:
    """The item time limit kills the worker busy on a dense screen; the small text after it still runs."""
    big = tmp_path / "dense.png"
    big.write_bytes(dense_screen().png())
    out = list(scan_many([big, folder / "notes.txt"], workers=2, item_timeout=0.3))
    got = {Path(r.source).name: r for r in out}
    assert got["dense.png"].verdict == "error" and "0.3" in (got["dense.png"].error or "")
    assert got["notes.txt"].verdict == "allow"
