"""Tiles for pictures too big to read in one piece: they cover the picture, their cores do not overlap, a
line in an overlap is kept once, and tile lines replace the coarse lines they cover (no engine needed)."""

from __future__ import annotations

import math

import pytest

from guard.ocr.base import OcrLine
from guard.ocr.tiles import MAX_TILES, OVERLAP, merge, plan, tile_scale


@pytest.mark.parametrize(("width", "height"), [(1400, 1400), (1080, 9000), (3880, 3880), (5000, 1500), (1401, 30)])
def test_tiles_cover_the_picture_and_their_cores_partition_it(width: int, height: int) -> None:
    tiles = plan(width, height, 1400)
    for tile, core in tiles:
        x, y, w, h = tile
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height and w <= 1400 and h <= 1400
        cx, cy, cw, ch = core
        assert x <= cx and y <= cy and cx + cw <= x + w and cy + ch <= y + h  # a core lies in its tile
    for px in range(0, width, 97):
        for py in range(0, height, 89):
            holders = [c for _, c in tiles if c[0] <= px < c[0] + c[2] and c[1] <= py < c[1] + c[3]]
            assert len(holders) == 1, (px, py)


def test_tiles_come_in_reading_order() -> None:
    tiles = [tile for tile, _ in plan(3000, 3000, 1400)]
    assert tiles == sorted(tiles, key=lambda t: (t[1], t[0]))


@pytest.mark.parametrize(("width", "height", "expected"), [(1080, 9000, 1.0), (2560, 1440, 1.0)])
def test_pictures_that_fit_in_few_tiles_are_read_at_full_size(width: int, height: int, expected: float) -> None:
    assert tile_scale(width, height, 1400) == expected


@pytest.mark.parametrize(("width", "height"), [(7760, 7760), (15000, 10000), (6483, 9164)])
def test_bigger_pictures_are_reduced_just_enough_to_fit_the_tile_count(width: int, height: int) -> None:
    factor = tile_scale(width, height, 1400)
    assert len(plan(math.ceil(width / factor), math.ceil(height / factor), 1400)) <= MAX_TILES
    less = factor / 1.1
    assert len(plan(math.ceil(width / less), math.ceil(height / less), 1400)) > MAX_TILES


def test_a_line_in_an_overlap_is_kept_by_one_tile_only() -> None:
    from guard.ocr.tiles import _centre, _inside

    tiles = plan(2600, 1000, 1400)
    line = (1150, 500, 150, 30)  # inside both tiles (they overlap by OVERLAP around x 1200-1360)
    assert sum(1 for tile, _ in tiles if _inside(_centre(line), tile)) == 2
    assert sum(1 for _, core in tiles if _inside(_centre(line), core)) == 1
    assert OVERLAP > 30  # taller than a line of body text


def test_tile_lines_replace_the_coarse_lines_they_cover_and_keep_the_rest() -> None:
    coarse = [OcrLine("机密大1年", (100, 100, 120, 30)), OcrLine("大标题", (100, 400, 900, 200))]
    fine = [OcrLine("机密★1年", (98, 102, 124, 28))]
    assert [ln.text for ln in merge(coarse, fine)] == ["大标题", "机密★1年"]
