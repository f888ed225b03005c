"""Content that used to go unread, end to end with the real OCR engine: a mark on page 2 of a TIFF or in a
later frame of an animation, a marked page pasted as a picture under a few typed words of a PDF, an A0 scan,
a 7760x7760 scrolling screenshot and a long phone screenshot. Limits end in `confirm` with the reason.
One CLI run over the folder, then one assertion per file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from guard.extract import extract_bytes
from tests.extract.test_frames import repeated_gif
from tests.ocr.images import document_screen, font, plain_screen

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: float = 900) -> tuple[int, list[dict[str, Any]]]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "CLIPGUARD_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()]


def _pdf_with_pasted_page(path: Path, font_path: Path) -> None:
    """A short typed line, and under it a screenshot of a marked page placed as a picture."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(font_path))
    pdf.set_font("cjk", size=14)
    pdf.add_page()
    pdf.cell(text="请查收附件中的材料，谢谢。")
    pdf.image(io.BytesIO(document_screen().png()), x=10, y=30, w=190)
    pdf.output(str(path))


def _a0_scan(path: Path) -> None:
    """One A0 sheet scanned at 150 dpi (4967x7022) with its mark and title in poster-sized type."""
    page = Image.new("L", (4967, 7022), 255)
    draw = ImageDraw.Draw(page)
    draw.text((400, 400), "机密★1年", font=font(160, bold=True), fill=0)
    draw.text((400, 700), "关于做好安全生产工作的通知", font=font(150, serif=True, bold=True), fill=0)
    body = "为深入贯彻落实安全生产工作部署，进一步压实各级各部门责任"
    for i in range(30):
        draw.text((400, 1100 + i * 180), body, font=font(110), fill=0)
    page.save(path, "PDF", resolution=150)


def _scrolling_screenshot(path: Path) -> None:
    """7760x7760 (60.2 MP, just over the pixel cap) made of marked screens: 24 px marks shrink to 6 px in
    one read of the whole; only the tiles read them."""
    shot = document_screen().image
    big = Image.new("RGB", (7760, 7760), "white")
    for y in range(0, 7760, 1080):
        for x in range(0, 7760, 1920):
            big.paste(shot, (x, y))
    big.save(path)


def _long_phone_screenshot(path: Path) -> None:
    """1080x9000: a chat scrolled a long way, with a screenshot of a marked page in the middle of it."""
    long = Image.new("RGB", (1080, 9000), (237, 237, 237))
    draw = ImageDraw.Draw(long)
    for y in range(40, 9000, 120):
        draw.text((60, y), "好的，收到，我们下午再碰一下具体安排。", font=font(34), fill=(30, 30, 30))
    shot = document_screen()
    x0, y0, w, _ = shot.boxes["page"]
    long.paste(shot.image.crop((x0, y0, x0 + w, y0 + 700)), (70, 5000))
    long.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, cjk_ttf: Path) -> Path:
    root = tmp_path_factory.mktemp("unread")
    plain, marked = plain_screen().image, document_screen().image
    plain.save(root / "pages.tiff", save_all=True, append_images=[marked], compression="tiff_lzw")
    (root / "loop.gif").write_bytes(repeated_gif(marked.resize((960, 540)), 300))
    plain.save(root / "anim.png", save_all=True, append_images=[marked], duration=100)
    plain.save(root / "anim.webp", save_all=True, append_images=[marked], duration=100, lossless=True)
    frames = [plain.resize((480, 270)) for _ in range(25)]
    for n, frame in enumerate(frames):
        ImageDraw.Draw(frame).rectangle((n * 4, 0, n * 4 + 3, 3), fill="black")  # 25 different frames
    frames[0].save(root / "many.gif", save_all=True, append_images=frames[1:], duration=40)
    _pdf_with_pasted_page(root / "pasted.pdf", cjk_ttf)
    _a0_scan(root / "a0.pdf")
    _scrolling_screenshot(root / "scrolling.png")
    _long_phone_screenshot(root / "chat.png")
    return root


@pytest.fixture(scope="module")
def cjk_ttf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.extract.conftest import cjk_font

    found = cjk_font()
    if found is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    if found.suffix.lower() != ".ttc":
        return found
    ttlib = pytest.importorskip("fontTools.ttLib")
    out = tmp_path_factory.mktemp("font") / "cjk.otf"
    ttlib.TTFont(found, fontNumber=0).save(out)
    return out


@pytest.fixture(scope="module")
def results(folder: Path) -> dict[str, dict[str, Any]]:
    # what is read, not how fast: a loaded 2-core CI machine may need more than the default 30 s per picture
    code, items = run_cli("--workers", "2", "--timeout", "150", str(folder))
    assert code == 1
    return {Path(i["path"]).name: i for i in items}


def mark_of(item: dict[str, Any]) -> dict[str, Any]:
    assert item["verdict"] == "block", item
    return next(f for f in item["findings"] if f["rule"] == "secret.classification_mark")


def test_a_mark_on_page_2_of_a_tiff_blocks(results: dict[str, dict[str, Any]]) -> None:
    assert mark_of(results["pages.tiff"])["where"]["page"] == 2


@pytest.mark.parametrize("name", ["anim.png", "anim.webp"])
def test_a_mark_in_frame_2_of_an_animation_blocks(results: dict[str, dict[str, Any]], name: str) -> None:
    assert mark_of(results[name])["where"]["frame"] == 2


def test_three_hundred_frames_of_one_marked_picture_block_and_cost_one_picture(
        results: dict[str, dict[str, Any]], folder: Path) -> None:
    mark_of(results["loop.gif"])
    assert len(extract_bytes((folder / "loop.gif").read_bytes(), "loop.gif").images) == 1


def test_frames_past_the_limit_make_it_confirm_with_the_reason(results: dict[str, dict[str, Any]]) -> None:
    item = results["many.gif"]
    assert item["verdict"] == "confirm"
    assert item["notes"] == ["only 20 of 25 frames read (at most 20 different ones are read by OCR); "
                             "the rest unchecked"]


def test_a_marked_page_pasted_under_a_few_words_of_a_pdf_blocks(results: dict[str, dict[str, Any]]) -> None:
    where = mark_of(results["pasted.pdf"])["where"]
    assert where["page"] == 1 and where["pictures"] is True


def test_an_a0_scan_is_read_not_refused(results: dict[str, dict[str, Any]]) -> None:
    item = results["a0.pdf"]
    assert "error" not in item
    assert mark_of(item)["where"]["scanned"] is True


def test_a_7760_pixel_scrolling_screenshot_is_read_in_tiles_and_blocks(results: dict[str, dict[str, Any]]) -> None:
    item = results["scrolling.png"]
    assert "error" not in item
    x, y, _, _ = mark_of(item)["where"]["box"]
    drawn = document_screen().boxes["mark"]  # the first screen, top left: boxes in the picture's own pixels
    assert abs(x - drawn[0]) < 20 and abs(y - drawn[1]) < 20


def test_a_mark_in_the_middle_of_a_long_phone_screenshot_blocks(results: dict[str, dict[str, Any]]) -> None:
    _, y, _, _ = mark_of(results["chat.png"])["where"]["box"]
    assert 5000 < y < 5300  # pasted at y 5000 (read at full size in bands, not shrunk 4.5 times)


def test_exit_code_3_for_a_file_read_only_in_part(folder: Path) -> None:
    code, items = run_cli(str(folder / "many.gif"))
    assert [i["verdict"] for i in items] == ["confirm"]
    assert code == 3  # raised to confirm because part was unread; nothing found
