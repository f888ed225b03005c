"""The red header band and rule are found where they were drawn, in a few milliseconds."""

from __future__ import annotations

import io
import time

import numpy as np
from PIL import Image

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


def test_the_first_region_holds_the_mark_and_the_red_header() -> None:
    shot = document_screen()
    x, y, w, h = find_cues(np.asarray(shot.image)).regions[0]
    for name in ("copy_number", "mark", "red_header", "doc_number"):
        bx, by, bw, bh = shot.boxes[name]
        assert x <= bx and bx + bw <= x + w and y <= by and by + bh <= y + h, name


def test_an_unmarked_page_has_no_red_band_but_is_document_like() -> None:
    cues = find_cues(np.asarray(plain_screen().image))
    assert cues.red_header is None and cues.red_rule is None
    assert cues.document_like and cues.regions


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
