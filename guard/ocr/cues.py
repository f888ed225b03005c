"""Cheap visual cues (~1-3 ms with numpy) that say where on an image the marks of a document would be.

An official document shows its marks in a fixed place: 份号 and 密级 top-left, then the red header
(发文机关标志) with a red rule under it. OCR of a strip around the red band takes ~0.2 s, a whole screen
1-3 s, so the pipeline reads these regions first and stops early when they already decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from guard.extract.base import Box

STEP = 4  # columns sampled: quarter resolution across; every row is kept so a 1-2 px red rule is not missed


@dataclass(slots=True)
class Cues:
    """Boxes in the pixels of the array given; `regions` are what to OCR first, most promising first."""

    red_header: Box | None = None
    red_rule: Box | None = None
    page: Box | None = None
    document_like: bool = False
    regions: list[Box] = field(default_factory=list)


def _bands(rows: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of True rows as [start, end) pairs, bridging gaps of up to `gap` rows."""
    idx = np.flatnonzero(rows)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > gap + 1)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _x_extent(mask: np.ndarray) -> tuple[int, int]:
    cols = np.flatnonzero(mask.any(axis=0))
    return int(cols[0]) * STEP, (int(cols[-1]) + 1) * STEP


def _solid(band: np.ndarray) -> bool:
    """Red blocks rather than red type: most red columns are red from top to bottom of the band (toolbar
    icons, a red title bar, a site banner); glyph strokes fill only a few columns that fully."""
    cols = band.any(axis=0)
    if not cols.any():
        return False
    full = band.mean(axis=0) >= 0.9
    return bool(full[cols].mean() > 0.5)


def _inside(box: Box, page: Box | None) -> bool:
    return page is None or _covered(box, page) >= 0.8


def find_red(rgb: np.ndarray, page: Box | None = None) -> tuple[Box | None, Box | None]:
    """The topmost red header band (tall, wide red glyphs) and the red rule (thin, long red line).

    With a `page` (the paper found by `find_page`) both must lie on it: red toolbar icons or a red title bar
    of the window around the page are not a 发文机关标志."""
    height, width = rgb.shape[:2]
    a = rgb[:, ::STEP]
    r, gb = a[..., 0], np.maximum(a[..., 1], a[..., 2])
    red = (r > 120) & (gb < 120) & (r > gb + 60)  # uint8 stays exact: gb + 60 < 180 wherever gb < 120
    counts = red.sum(axis=1)
    cols = red.shape[1]
    rule: Box | None = None
    header: Box | None = None
    for y0, y1 in _bands(counts >= max(2, cols * 0.004), gap=max(2, height // 200)):
        band = red[y0:y1]
        x0, x1 = _x_extent(band)
        peak = counts[y0:y1].max()
        box = (x0, y0, x1 - x0, y1 - y0)
        if y1 - y0 <= max(8, height // 90) and x1 - x0 >= width * 0.15 and peak >= 0.8 * (x1 - x0) / STEP:
            if rule is None and _inside(box, page):
                rule = box
        elif header is None and rule is None and height * 0.012 <= y1 - y0 <= height * 0.15 \
                and x1 - x0 >= width * 0.08 and _inside(box, page) and not _solid(band[:, x0 // STEP:x1 // STEP]):
            header = box  # a header is above its rule; red below it is a seal or heading
    return header, rule


def find_page(rgb: np.ndarray) -> tuple[Box | None, bool]:
    """The bright paper area (a white page in a grey editor window, a sheet in a photo) and whether it
    looks like a document: several dark text lines on it."""
    grey = rgb[::STEP, ::STEP, 1]  # green alone tracks brightness; min over channels costs 5x the time
    cumulative = np.cumsum(np.bincount(grey.ravel(), minlength=256))
    level = float(np.searchsorted(cumulative, 0.99 * cumulative[-1]))  # 99th percentile, cheaply
    paper = grey >= max(120.0, level * 0.9)
    cols = np.flatnonzero(paper.mean(axis=0) > 0.5)
    rows = np.flatnonzero(paper.mean(axis=1) > 0.3)
    if cols.size < paper.shape[1] * 0.2 or rows.size < paper.shape[0] * 0.2:
        return None, False
    x0, x1, y0, y1 = int(cols[0]), int(cols[-1]) + 1, int(rows[0]), int(rows[-1]) + 1
    dark = grey[y0:y1, x0:x1] < level * 0.5
    text_rows = dark.mean(axis=1) > 0.01
    lines = len(_bands(text_rows, gap=0))
    return (x0 * STEP, y0 * STEP, (x1 - x0) * STEP, (y1 - y0) * STEP), lines >= 4


def _clip(box: tuple[float, float, float, float], width: int, height: int) -> Box:
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(width, int(box[0] + box[2])), min(height, int(box[1] + box[3]))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _covered(inner: Box, outer: Box) -> float:
    """Share of `inner`'s area inside `outer`."""
    w = min(inner[0] + inner[2], outer[0] + outer[2]) - max(inner[0], outer[0])
    h = min(inner[1] + inner[3], outer[1] + outer[3]) - max(inner[1], outer[1])
    return max(0, w) * max(0, h) / max(1, inner[2] * inner[3])


def find_cues(rgb: np.ndarray) -> Cues:
    """Red band, page and the regions to OCR first, smallest and most telling first.

    1. The mark strip: the left part of the band above the red header, where 份号, 密级 and 紧急程度 sit
       (GB/T 9704 puts them top-left, above the 发文机关标志). Most marked pages are decided here.
    2. The header itself down to the red rule: 发文字号 (a 密发 number), 密码电报 as the header.
    Without a red cue there are no regions: a page without a red header is read in full at once (reading
    its top first only pays off when a mark is there, and costs a second OCR call on every clean page).
    """
    height, width = rgb.shape[:2]
    page, document_like = find_page(rgb)
    header, rule = find_red(rgb, page)
    if page is not None and header is None and rule is None:
        header, rule = find_red(rgb)  # the paper is not where find_page thought (a photo, a dark page)
    regions: list[Box] = []
    if header:
        hx, hy, hw, hh = header
        left = hx - max(hw * 0.45, width * 0.03)
        if page is not None and _inside(header, page):
            left = max(left, page[0])
        top = hy - 3.6 * hh
        if page is not None and _inside(header, page):
            top = min(top, hy - page[2] * 0.17)  # a thin header still has ~35 mm of marks above it
        regions.append(_clip((left, top, hx + hw * 0.6 - left, hy + hh * 0.15 - top), width, height))
        x0 = min(hx, rule[0]) - width * 0.02 if rule else hx - hw * 0.3
        x1 = max(hx + hw, rule[0] + rule[2]) + width * 0.02 if rule else hx + hw * 1.3
        bottom = rule[1] + rule[3] + height * 0.01 if rule and rule[1] > hy else hy + hh * 2.6
        regions.append(_clip((x0, hy - hh * 0.1, x1 - x0, bottom - hy + hh * 0.1), width, height))
    elif rule:
        x0, x1 = rule[0] - width * 0.02, rule[0] + rule[2] + width * 0.02
        regions.append(_clip((x0, rule[1] - height * 0.35, x1 - x0, height * 0.35 + rule[3] + height * 0.01),
                             width, height))
    return Cues(header, rule, page, document_like or header is not None, [r for r in regions if r[2] and r[3]])
