"""Images of official documents get the same verdicts as their text, with boxes where the marks are drawn."""

from __future__ import annotations

import pytest

from guard.extract.base import Embedded, Limits
from guard.ocr.pipeline import BUDGET_NOTE, scan_image, scan_images
from guard.ocr.worker import OcrWorker

from .images import dense_screen, document_screen, photo_of, plain_screen

pytestmark = pytest.mark.slow


def _near(box: list[int], drawn: tuple[int, int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(box[:2], drawn[:2], strict=True))


def test_rapidocr_reads_the_mark_and_blocks_from_the_strip_with_its_box(rapid: OcrWorker, engine) -> None:
    shot = document_screen()
    result = scan_image(engine, shot.png(), {"source": "shot.png"}, rapid, Limits())
    assert result.verdict == "block"
    mark = next(f for f in result.findings if f.rule == "secret.classification_mark")
    assert mark.excerpt == "机密★1年"
    assert mark.where["ocr"] == "regions"  # decided early, before a full-screen OCR
    assert _near(mark.where["box"], shot.boxes["mark"])


def test_tesseract_blocks_too_through_its_star_look_alike(tess: OcrWorker, engine) -> None:
    shot = document_screen()
    result = scan_image(engine, shot.png(), {}, tess, Limits())
    assert result.verdict == "block"
    mark = next(f for f in result.findings if f.rule == "secret.classification_mark")
    assert _near(mark.where["box"], shot.boxes["mark"])


def test_a_photo_of_the_page_blocks_with_boxes_in_original_pixels(rapid: OcrWorker, engine) -> None:
    photo = photo_of(document_screen(), size=(3200, 2400))  # downscaled for OCR, boxes mapped back
    result = scan_image(engine, photo, {}, rapid, Limits())
    assert result.verdict == "block"
    x, y, _, _ = next(f for f in result.findings if f.rule == "secret.classification_mark").where["box"]
    assert 300 < x < 700 and 150 < y < 450  # drawn near (516, 274) in the 3200x2400 photo


def test_an_unmarked_page_is_not_blocked(rapid: OcrWorker, engine) -> None:
    result = scan_image(engine, plain_screen().png(), {}, rapid, Limits())
    assert result.verdict not in ("block", "error")
    assert result.error is None


def test_a_red_header_without_marks_is_read_in_full_and_not_blocked(rapid: OcrWorker, engine) -> None:
    result = scan_image(engine, document_screen(marked=False).png(), {}, rapid, Limits())
    assert result.verdict == "confirm"  # an unpublished official document, not a state secret
    assert all("ocr" not in f.where for f in result.findings)  # the full image was read


def test_a_budget_overrun_is_never_clean_and_says_why(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    with OcrWorker("tesseract") as slow:
        result = scan_image(engine, dense_screen().png(), {}, slow, Limits(seconds=1.0))
        assert result.verdict in ("notice", "confirm", "block")
        assert result.error and result.error.startswith(BUDGET_NOTE)


def test_bad_image_bytes_are_an_error_result_not_an_exception(rapid: OcrWorker, engine) -> None:
    result = scan_image(engine, b"\x89PNG garbage", {"source": "x.png"}, rapid, Limits())
    assert result.verdict == "error" and result.error


def test_embedded_images_become_parts_the_document_scan_sees(rapid: OcrWorker, engine,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    notes: list[str] = []
    images = [Embedded(document_screen().png(), {"page": 1}), Embedded(b"broken", {"page": 2})]
    parts = scan_images(engine, images, rapid, Limits(), notes)
    assert len(parts) == 1 and parts[0].where == {"part": "image", "page": 1}
    assert len(parts[0].line_boxes or []) == parts[0].text.count("\n") + 1
    assert notes and notes[0].startswith("内嵌图片（第2页）无法识别：")  # which picture, in the clerk's words
    assert engine.scan_parts(parts).verdict == "block"


def test_lines_read_in_a_region_are_painted_over_before_the_full_read() -> None:
    import numpy as np

    from guard.ocr.pipeline import _masked, _well_inside

    region = (100, 100, 400, 200)
    assert _well_inside((120, 120, 100, 30), region)
    assert not _well_inside((98, 120, 100, 30), region)  # cut by the region's edge: read again in full
    image = np.full((400, 600, 3), 250, np.uint8)
    image[125:145, 130:210] = 10  # "text"
    out = _masked(image, [(128, 122, 86, 26)])
    assert out[125:145, 130:210].min() >= 240 and image[125:145, 130:210].max() == 10  # a copy, painted


def test_tesseract_reads_a_strip_holding_only_a_short_mark_line(tess: OcrWorker) -> None:
    # psm 3 returned nothing for the mark strip of regression_images page-001; the psm 6 retry reads the line
    import io

    import numpy as np
    from PIL import Image

    from tests.corpus.regression_images import build_corpus

    sample = next(s for s in build_corpus() if s.id == "page-001")
    page = np.asarray(Image.open(io.BytesIO(sample.render())).convert("RGB"))
    strip = np.ascontiguousarray(page[32:298, 0:718])
    assert any("绝密" in ln.text for ln in tess.read(strip))
