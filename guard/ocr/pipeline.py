"""The image fast path: visual cues first, OCR of the likely regions, early verdict, full OCR if needed.

A marked document gives itself away in a fixed place (份号/密级 above the red header), so reading that
strip (~0.2-0.4 s) usually decides before a full-screen OCR (1-3 s) would. Only `block` stops early:
anything less may still be raised by text further down, so the whole image is read then.

Time budget (`limits.seconds`): when the full OCR cannot finish in time the result must not look clean.
The verdict is what was read so far, raised to at least `confirm` (the rest is unread), and both
`ScanResult.notes` and `ScanResult.error` say "OCR time budget exceeded ..." (a verdict with an error text
means: partial, here is why).

A picture reduced `SMALL_TEXT` times or more to fit the engine (a 7760x7760 screenshot, an A0 scan) is read,
but small text in it may be lost: a note says so and the verdict is at least `notice`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from guard.engine import Engine
from guard.errors import ExtractError, GuardError
from guard.extract.base import Box, Embedded, Limits, Part
from guard.messages import t
from guard.model import ScanResult, Severity
from guard.ocr import tiles
from guard.ocr.base import OcrLine, OcrTimeout, lines_to_part
from guard.ocr.cues import find_cues
from guard.ocr.images import LoadedImage, load_image
from guard.ocr.worker import OcrWorker

BUDGET_NOTE = "OCR time budget exceeded"  # how the English notes begin (`ocr.budget`, `ocr.images_time`)
SMALL_TEXT = 3.0  # reduced this many times, 20 px screen text is under 7 px: too small to read reliably


def _source(where: dict[str, Any]) -> str:
    return str(where.get("source") or where.get("path") or "-")


def _result(engine: Engine, lines: list[OcrLine], where: dict[str, Any], scale: float, t0: float) -> ScanResult:
    part = lines_to_part([ln.moved(0, 0, scale) for ln in lines], {"part": "image", **where})
    result = engine.scan_parts([part], source=_source(where))
    result.ms = (time.monotonic() - t0) * 1000
    return result


def scan_image(engine: Engine, data: bytes, where: dict[str, Any], ocr: OcrWorker,
               limits: Limits | None = None, *, scale: float = 1.0) -> ScanResult:
    """Verdict for one image (PNG/JPEG bytes); findings carry `where["box"]` in original image pixels
    (`scale`: original pixels per pixel of `data`, for a frame the reader already reduced).

    Bad images and OCR failures come back as an `error` result with the reason, never as an exception.
    """
    limits = limits or Limits()
    t0 = time.monotonic()
    deadline = t0 + limits.seconds
    try:
        loaded = load_image(data, limits, ocr.max_side)
    except ExtractError as exc:
        return ScanResult(_source(where), "error", error=str(exc), ms=(time.monotonic() - t0) * 1000)
    to_orig = loaded.scale * scale
    rgb = np.asarray(loaded.image)
    cues = find_cues(rgb)
    early: list[OcrLine] = []
    kept: list[OcrLine] = []  # region lines the full read does not need again
    try:
        for region in cues.regions:
            lines = ocr.read(rgb, region=region, timeout=max(0.1, deadline - time.monotonic()))
            early += lines
            kept += [ln for ln in lines if _well_inside(ln.box, region)]
            result = _result(engine, early, {**where, "ocr": "regions"}, to_orig, t0)
            if result.verdict == "block":
                return result  # early evidence decides
        rest = _masked(rgb, [ln.box for ln in kept]) if kept else rgb
        full = ocr.read(rest, timeout=max(0.1, deadline - time.monotonic()))
    except OcrTimeout:
        return _noted(_over_budget(engine, early, where, to_orig, t0, limits),
                      downscale_note(loaded, t("ocr.what.picture")))
    except GuardError as exc:
        return ScanResult(_source(where), "error", error=t("ocr.failed", error=exc), ms=(time.monotonic() - t0) * 1000)
    def blocks(lines: list[OcrLine]) -> bool:
        return _result(engine, lines, where, 1.0, t0).verdict == "block"

    lines, small = _refined(data, loaded, kept + full, ocr, limits, deadline, scale, t("ocr.what.picture"), blocks)
    return _noted(_result(engine, lines, where, 1.0, t0), small)


def _refined(data: bytes, loaded: LoadedImage, coarse: list[OcrLine], ocr: OcrWorker, limits: Limits,
             deadline: float, scale: float, what: str,
             blocks: Callable[[list[OcrLine]], bool] | None = None) -> tuple[list[OcrLine], str | None]:
    """The lines in original pixels, and a note when small text may have been lost. A picture reduced
    SMALL_TEXT times or more for the first read is read again in tiles (guard.ocr.tiles) with what is left
    of the budget (stopping once `blocks(lines so far)`); the note then says how much was read in detail."""
    lines = [ln.moved(0, 0, loaded.scale * scale) for ln in coarse]
    if loaded.scale < SMALL_TEXT or (blocks is not None and blocks(lines)):
        return lines, None  # read well enough, or a block already: finer reading cannot change it
    width, height = loaded.original_size
    side = tiles.tile_side(ocr.max_side)
    try:
        fine = load_image(data, limits, math.floor(max(width, height) / tiles.tile_scale(width, height, side)))
        plan = tiles.plan(*fine.image.size, side)
        def decided(found: list[OcrLine]) -> bool:
            return blocks is not None and blocks(tiles.merge(lines, [ln.moved(0, 0, fine.scale * scale)
                                                                       for ln in found]))

        found, done = tiles.read_tiles(ocr, np.asarray(fine.image), plan, deadline, decided)
    except GuardError:  # the coarse read stands, with its note
        return lines, downscale_note(loaded, what)
    merged = tiles.merge(lines, [ln.moved(0, 0, fine.scale * scale) for ln in found])
    if done < len(plan):
        return merged, t("ocr.tiles_cut", what=what, width=width, height=height, factor=loaded.scale, done=done,
                         total=len(plan))
    return merged, downscale_note(fine, what)  # None once the tiles were read at less than SMALL_TEXT


def downscale_note(loaded: LoadedImage, what: str) -> str | None:
    """The note for a picture reduced so much for OCR that small text may be lost, else None."""
    if loaded.scale < SMALL_TEXT:
        return None
    width, height = loaded.original_size
    return t("ocr.downscaled", what=what, width=width, height=height, factor=loaded.scale)


def _noted(result: ScanResult, note: str | None) -> ScanResult:
    """`note` (read less well) attached, and the verdict at least `notice`."""
    if note and result.verdict != "error":
        result.notes.append(note)
        if Severity.parse(result.verdict) < Severity.NOTICE:
            result.verdict = "notice"
    return result


def _well_inside(box: Box, region: Box, margin: int = 3) -> bool:
    """A line read whole inside a region (not cut by its edge), so the full read may skip it."""
    x, y, w, h = box
    rx, ry, rw, rh = region
    return x >= rx + margin and y >= ry + margin and x + w <= rx + rw - margin and y + h <= ry + rh - margin


def _masked(rgb: np.ndarray, boxes: list[Box], pad: int = 2) -> np.ndarray:
    """A copy with the given text boxes painted over in their surrounding colour: text already read in a
    region is not recognised a second time by the full read (recognition costs per line, not per pixel)."""
    out = rgb.copy()
    height, width = out.shape[:2]
    for x, y, w, h in boxes:
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(width, x + w + pad), min(height, y + h + pad)
        if x1 <= x0 or y1 <= y0:
            continue
        ring = np.concatenate((out[y0, x0:x1], out[y1 - 1, x0:x1], out[y0:y1, x0], out[y0:y1, x1 - 1]))
        out[y0:y1, x0:x1] = np.median(ring, axis=0).astype(out.dtype)
    return out


def _over_budget(engine: Engine, lines: list[OcrLine], where: dict[str, Any], scale: float, t0: float,
                 limits: Limits) -> ScanResult:
    """What was read before the budget ran out, never cleaner than `confirm` (the rest is unread), with the
    reason attached."""
    result = _result(engine, lines, {**where, "ocr": "regions"}, scale, t0)
    if Severity.parse(result.verdict) < Severity.CONFIRM:
        result.verdict = "confirm"
    read = t("ocr.budget.regions") if lines else t("ocr.budget.nothing")
    result.error = t("ocr.budget", seconds=limits.seconds, read=read)
    result.notes.append(result.error)
    return result


def scan_images(engine: Engine, images: list[Embedded], ocr: OcrWorker, limits: Limits | None = None,
                notes: list[str] | None = None, *, degraded: list[str] | None = None) -> list[Part]:
    """OCR text of images embedded in a document, as parts the caller scans with the document's own text.

    Reads at most `limits.max_images` within `limits.seconds` in total; what is skipped or unreadable is
    appended to `notes` (for `Extracted.notes`: the verdict is then at least confirm) so a partial read is
    never silent; a picture reduced so much that small text may be lost adds to `degraded` (at least
    notice). `engine` only tells when a picture already blocks (its tiles need not be read); the caller
    scans all parts together.
    """
    limits = limits or Limits()
    notes = notes if notes is not None else []
    degraded = degraded if degraded is not None else []
    deadline = time.monotonic() + limits.seconds
    parts = []
    for i, image in enumerate(images):
        if i >= limits.max_images:
            notes.append(t("ocr.images_cut", n=len(images) - i, limit=limits.max_images))
            break
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            notes.append(t("ocr.images_time", n=len(images) - i))
            break
        what = f"{t('ocr.what.picture')} ({_label(image.where, i)})"
        try:
            loaded = load_image(image.data, limits, ocr.max_side)
            lines = ocr.read(np.asarray(loaded.image), timeout=remaining)
            lines, small = _refined(image.data, loaded, lines, ocr, limits, deadline, image.scale, what,
                                    lambda found, where=image.where: engine.scan_parts(
                                        [lines_to_part(found, {"part": "image", **where})]).verdict == "block")
        except GuardError as exc:
            notes.append(t("ocr.image_failed", where=image.where or i + 1, label=_label_zh(image.where, i), error=exc))
            continue
        if small:
            degraded.append(small)
        part = lines_to_part(lines, {"part": "image", **image.where})
        if part.text:
            parts.append(part)
    return parts


def _label_zh(where: dict[str, Any], i: int) -> str:
    """`第2页`, `word/media/image1.png`, `#3`: which picture a Chinese note is about."""
    if "page" in where:
        return t("where.page", page=where["page"])
    return str(where.get("name") or f"#{i + 1}")


def _label(where: dict[str, Any], i: int) -> str:
    """`page 2`, `frame 3`, `word/media/image1.png`: which picture a note is about."""
    shown = ", ".join(f"{k} {v}" for k, v in where.items() if k not in ("part", "scanned"))
    return shown or f"#{i + 1}"
