"""Pictures too big to read in one piece: after the whole picture was read scaled down (a 7760x7760 scrolling
screenshot shrinks 3.9 times, and its 20 px text to 5 px), it is read again in overlapping tiles, at the least
reduction that keeps it to `MAX_TILES` reads, within what is left of the time budget. Tile lines replace the
coarse lines they cover; a line in the overlap of two tiles is kept once, by the tile whose core holds its
centre.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np

from guard.extract.base import Box
from guard.ocr.base import OcrLine

TILE_SIDE = 1400  # about what the engines detect lines on without shrinking the tile again
OVERLAP = 160  # pixels of the tile image: taller than a line of body text, so every line is whole in one tile
MAX_TILES = 12  # reads per picture; a bigger picture is read at a stronger reduction (a 60 MP one at about 2x)


def tile_side(max_side: int) -> int:
    return min(TILE_SIDE, max_side)


def tile_scale(width: int, height: int, side: int) -> float:
    """The least reduction (>= 1) at which at most MAX_TILES tiles cover the picture: a long phone screenshot
    is read at full size in bands, a 7760x7760 one at about half size in 3x3 tiles."""
    factor = 1.0
    while len(_starts(math.ceil(width / factor), side)) * len(_starts(math.ceil(height / factor), side)) > MAX_TILES:
        factor *= 1.05
    return factor


def plan(width: int, height: int, side: int) -> list[tuple[Box, Box]]:
    """(tile, core) boxes covering a width x height image in reading order; the cores do not overlap and
    together cover the image."""
    xs, ys = _starts(width, side), _starts(height, side)
    out = []
    for row, y in enumerate(ys):
        for col, x in enumerate(xs):
            w, h = min(side, width - x), min(side, height - y)
            cx0 = x if col == 0 else x + OVERLAP // 2
            cy0 = y if row == 0 else y + OVERLAP // 2
            cx1 = x + w if col == len(xs) - 1 else xs[col + 1] + OVERLAP // 2
            cy1 = y + h if row == len(ys) - 1 else ys[row + 1] + OVERLAP // 2
            out.append(((x, y, w, h), (cx0, cy0, cx1 - cx0, cy1 - cy0)))
    return out


def _starts(length: int, side: int) -> list[int]:
    if length <= side:
        return [0]
    count = math.ceil((length - OVERLAP) / (side - OVERLAP))
    step = (length - side) / (count - 1)
    return [round(i * step) for i in range(count)]


def read_tiles(ocr: object, rgb: np.ndarray, tiles: list[tuple[Box, Box]], deadline: float,
               decided: Callable[[list[OcrLine]], bool] = lambda lines: False) -> tuple[list[OcrLine], int]:
    """Lines of the tiles read before `deadline` (in `rgb` pixels), and how many tiles were read. Stops
    early once `decided(lines so far)` (a block: the rest cannot change the verdict)."""
    from guard.ocr.base import OcrTimeout

    lines: list[OcrLine] = []
    done = 0
    for tile, core in tiles:
        left = deadline - time.monotonic()
        if left <= 0.5:
            break
        try:
            found = ocr.read(rgb, region=tile, timeout=left)  # type: ignore[attr-defined]
        except OcrTimeout:
            break
        lines += [ln for ln in found if _inside(_centre(ln.box), core)]
        done += 1
        if found and decided(lines):
            return lines, len(tiles)
    return lines, done


def merge(coarse: list[OcrLine], fine: list[OcrLine]) -> list[OcrLine]:
    """Tile lines, plus the coarse lines they do not cover (all in the same, original pixels)."""
    kept = [ln for ln in coarse if _covered(ln.box, [f.box for f in fine]) < 0.5]
    return kept + fine


def _centre(box: Box) -> tuple[float, float]:
    return box[0] + box[2] / 2, box[1] + box[3] / 2


def _inside(point: tuple[float, float], box: Box) -> bool:
    return box[0] <= point[0] < box[0] + box[2] and box[1] <= point[1] < box[1] + box[3]


def _covered(box: Box, others: list[Box]) -> float:
    """About how much of `box` the `others` cover (sum of overlaps, at most 1)."""
    area = max(box[2] * box[3], 1)
    total = 0
    for other in others:
        w = min(box[0] + box[2], other[0] + other[2]) - max(box[0], other[0])
        h = min(box[1] + box[3], other[1] + other[3]) - max(box[1], other[1])
        if w > 0 and h > 0:
            total += w * h
    return min(1.0, total / area)
