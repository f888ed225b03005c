"""The red header band and rule are found where they were drawn, in a few milliseconds."""

from __future__ import annotations

import io
import time

import numpy as np
from PIL import Image, ImageDraw

from guard.ocr.cues import find_cues

from .images import dense_screen, document_screen, photo_of, plain_screen


def test_red_band_and_rule_are_found_within_a_few_pixels() -> None:
    shot = document_screen()
    cues = find_cues(np.asarray(shot.image))
    assert cues.red_header is not None and cues.red_rule is not None
    assert abs(cues.red_header[1] - shot.boxes["red_header"][1]) <= 4
    assert abs(cues.red_header[1] + cues.red_header[3] - sum(shot.boxes["red_header"][1::2])) <= 4
    assert abs(cues.red_rule[1] - shot.boxes["red_rule"][1]) <= 2
    assert abs(cues.red_rule[0] - shot.boxes["red_rule"][0]) <= 8


def _holds(region: tuple[int, int, int, int], box: tuple[int, int, int, int]) -> bool:
    x, y, w, h = region
    bx, by, bw, bh = box
    return x <= bx and bx + bw <= x + w and y <= by and by + bh <= y + h


def test_the_first_region_is_a_small_strip_holding_the_marks_and_the_second_the_header() -> None:
    shot = document_screen()
    first, second = find_cues(np.asarray(shot.image)).regions
    for name in ("copy_number", "mark", "urgency"):
        assert _holds(first, shot.boxes[name]), name
    assert first[2] * first[3] < 0.1 * 1920 * 1080  # a strip, not a screen: OCR time goes with its size
    for name in ("red_header", "doc_number"):
        assert _holds(second, shot.boxes[name]), name


def test_red_toolbar_icons_and_title_bars_are_not_a_red_header() -> None:
    shot = document_screen()
    image = shot.image.copy()
    draw = ImageDraw.Draw(image)
    for x in range(20, 400, 40):  # solid red icons in the window's toolbar, outside the page
        draw.rectangle((x, 20, x + 28, 48), fill=(200, 40, 40))
    cues = find_cues(np.asarray(image))
    assert cues.red_header is not None
    assert abs(cues.red_header[1] - shot.boxes["red_header"][1]) <= 4
    banner = np.full((600, 1200, 3), 255, np.uint8)
    banner[40:110] = (190, 30, 30)  # a news site's red banner: a solid block, not red type
    assert find_cues(banner).red_header is None


def test_a_page_without_red_cues_has_no_regions_and_is_read_in_full() -> None:
    assert find_cues(np.asarray(plain_screen().image)).regions == []


def test_an_unmarked_page_has_no_red_band_but_is_document_like() -> None:
    cues = find_cues(np.asarray(plain_screen().image))
    assert cues.red_header is None and cues.red_rule is None
    assert cues.document_like


def test_the_red_band_survives_a_photo() -> None:
    photo = np.asarray(Image.open(io.BytesIO(photo_of(document_screen()))).convert("RGB"))
    cues = find_cues(photo)
    assert cues.red_header is not None and cues.red_rule is not None


def test_cues_cost_milliseconds_not_ocr_time() -> None:
    arr = np.asarray(dense_screen().image)
    find_cues(arr)
    t0 = time.perf_counter()
    for _ in range(10):
        find_cues(arr)
    assert (time.perf_counter() - t0) / 10 < 0.05
