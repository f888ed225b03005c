"""Rendering PDF pages for OCR: whole scanned pages, and the pictures on pages that also have a text layer.

A text layer can say anything: a page with three typed words over a scanned marked page (or a photo of one
pasted into a report) must have its picture read, as a .docx's pictures are. Pictures are rendered by pdfium,
not taken out of the file (pypdf `page.images`): pdfium composes what the reader sees (scanner strips, masks,
rotation, every codec: JBIG2, CCITT, JPX), checks nothing but what is drawn, and its output size is ours to
choose, so a hostile stream cannot pick the memory it takes. The text objects are removed before the render,
so the text layer is not read twice; the render is cropped to the pictures' area at their own resolution.

Each picture's pixel size is checked from its header before anything decodes it (decompression bombs); a
picture repeated on every page (a letterhead, a logo) is read once, by the hash of its stream.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from guard.extract.base import Limits

DPI = 200  # whole pages: what OCR reads well
MAX_DPI = 600  # pictures are rendered at their own resolution, up to this
MIN_SIDE_PT, MIN_LONG_PT, MIN_PX = 6.0, 20.0, 12  # smaller pictures cannot hold a readable line of text
MAX_OBJECTS = 20_000  # page objects looked at; past this the whole page is rendered


@dataclass(slots=True)
class Pictures:
    """What a page's pictures need: the area to render (page coordinates), the resolution that keeps their
    detail (pixels per point), and the first picture too large to decode, if any."""

    box: tuple[float, float, float, float] | None = None  # left, bottom, right, top; None: nothing new to read
    native: float = DPI / 72
    too_large: tuple[int, int] | None = None


def scan_pictures(page: pdfium.PdfPage, seen: set[bytes], limits: Limits) -> Pictures:
    """The pictures on `page` not read before (hashes in `seen`, updated), bounded by the decode ceiling."""
    ceiling = max(limits.max_decode_pixels, limits.max_pixels)
    found = Pictures()
    boxes: list[tuple[float, float, float, float]] = []
    top: tuple[float, float, float, float] | None = None
    for n, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM])):
        if n >= MAX_OBJECTS:
            found.box = page_box(page)
            return found
        if obj.level == 0:
            top = obj.get_bounds()  # a picture inside a form XObject has bounds in the form's space
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE or top is None:
            continue
        width, height = obj.get_px_size()
        if width * height > ceiling:
            found.too_large = (width, height)
            continue
        left, bottom, right, top_y = top if obj.level else obj.get_bounds()
        across, up = right - left, top_y - bottom
        if min(across, up) < MIN_SIDE_PT or max(across, up) < MIN_LONG_PT or min(width, height) < MIN_PX:
            continue
        digest = hashlib.blake2b(obj.get_data(decode_simple=False), digest_size=16).digest()
        if digest in seen:
            continue
        seen.add(digest)
        boxes.append((left, bottom, right, top_y))
        found.native = max(found.native, max(width, height) / max(across, up, 1.0))
    if boxes:
        found.box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                     max(b[3] for b in boxes))
    return found


def page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    return tuple(page.get_bbox())  # type: ignore[return-value]


def too_large_picture(page: pdfium.PdfPage, limits: Limits) -> tuple[int, int] | None:
    """The pixel size of the first picture on the page over the decode ceiling (checked before a render)."""
    ceiling = max(limits.max_decode_pixels, limits.max_pixels)
    for n, obj in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])):
        if n >= MAX_OBJECTS:
            break
        width, height = obj.get_px_size()
        if width * height > ceiling:
            return width, height
    return None


def render_page(page: pdfium.PdfPage, limits: Limits) -> bytes:
    """The whole page at DPI, or less when that would pass the pixel cap (an A0 scan fits, it is not refused)."""
    width, height = page.get_size()
    return _png(page.render(scale=_fit_scale(DPI / 72, width * height, limits.max_pixels)))


def render_pictures(page: pdfium.PdfPage, found: Pictures, limits: Limits) -> bytes:
    """The pictures' area with the text objects removed, at the pictures' own resolution within the caps."""
    for obj in list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT])):
        page.remove_obj(obj)
        obj.close()
    box = found.box or page_box(page)
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1.0)
    scale = _fit_scale(min(max(found.native, DPI / 72), MAX_DPI / 72), area, limits.max_pixels)
    return _png(page.render(scale=scale, crop=_crop(page, box, scale)))


def _fit_scale(scale: float, area_pt: float, max_pixels: int) -> float:
    """`scale`, or the largest one that keeps area_pt * scale² within max_pixels (rounding up kept in)."""
    fitting = math.sqrt(max_pixels / max(area_pt, 1.0)) * 0.995
    return max(min(scale, fitting), 0.01)


def _crop(page: pdfium.PdfPage, box: tuple[float, float, float, float], scale: float) -> tuple[float, ...]:
    """How much to cut off each side (left, bottom, right, top, in page units after rotation) to keep `box`:
    pdfium maps page to device coordinates itself (rotation, offset media boxes)."""
    width, height = page.get_size()
    size_x, size_y = math.ceil(width * scale), math.ceil(height * scale)
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(page, 0, 0, size_x, size_y, 0, x, y, dx, dy)
        xs.append(dx.value)
        ys.append(dy.value)
    left, right = max(0, min(xs)), min(size_x, max(xs))
    top, bottom = max(0, min(ys)), min(size_y, max(ys))
    if right - left < 2 or bottom - top < 2:
        return (0, 0, 0, 0)  # nothing sensible: the whole page
    return (left / scale, (size_y - bottom) / scale, (size_x - right) / scale, top / scale)


def _png(bitmap: pdfium.PdfBitmap) -> bytes:
    image = bitmap.to_pil()
    buf = io.BytesIO()
    image.save(buf, "PNG", compress_level=1)  # in memory only: speed over size
    return buf.getvalue()
