"""Decode untrusted image bytes safely, upright and in RGB, at a size the OCR engine reads well.

Images come from the clipboard, chat folders and inside documents, so they are hostile input: a PNG header
can claim 100000x100000 pixels (a 30 GB decode), bytes can be truncated or not an image at all. Every
such case is an `ExtractError` with a plain reason; nothing else escapes (no DecompressionBombWarning).

A large picture that is no bomb (a long scrolling screenshot of 7760x7760, an A0 scan) is decoded and scaled
down to fit `Limits.max_pixels` and the engine's side, not refused: only a header above
`Limits.max_decode_pixels` is. JPEG decodes straight at 1/2..1/8 size (draft); other formats decode whole and
are reduced at once by an integer box filter, so the full-size copy lives only for a moment.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from guard.errors import ExtractError
from guard.extract.base import Limits
from guard.messages import t

# EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose does)
UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
           5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
           8: Image.Transpose.ROTATE_90}
PLAIN_MODES = ("L", "LA", "RGB", "RGBA")  # modes every later step (reduce, flatten) takes as they are


@dataclass(slots=True)
class LoadedImage:
    """The working image and how to map its pixels back: original = working * scale."""

    image: Image.Image  # RGB, EXIF orientation applied, long side <= the requested max
    scale: float  # >= 1.0
    original_size: tuple[int, int]  # (width, height) after EXIF rotation, before downscaling
    kind: str  # "PNG", "JPEG", ...


def load_image(data: bytes, limits: Limits | None = None, max_side: int | None = None) -> LoadedImage:
    """Decode `data`, apply EXIF orientation, flatten onto white, scale down to fit `limits.max_pixels` and
    `max_side`.

    The decode ceiling (`limits.max_decode_pixels`) is checked from the header, before any pixel is decoded.
    Pillow's process-wide `Image.MAX_IMAGE_PIXELS` is left alone (threads may scan with different limits);
    its own bomb error (above ~179 MP) is still caught and reported the same way.
    """
    limits = limits or Limits()
    ceiling = max(limits.max_decode_pixels, limits.max_pixels)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
        kind = im.format or "image"
        width, height = im.size
        if width * height > ceiling:
            raise ExtractError(t("picture.too_large_px", width=width, height=height, ceiling=ceiling))
        need = reduction(width, height, limits.max_pixels, max_side)
        if need > 1 and kind == "JPEG":  # decode big photos at 1/2..1/8 size: far less time and memory
            im.draft("RGB", (math.ceil(width / need), math.ceil(height / need)))
        im.load()
        orientation = im.getexif().get(0x0112, 1)  # read now: the reduced copy below has no EXIF
        im = _plain(im)
        factor = int(need * im.size[0] / width)
        if factor >= 2:
            im = _reduce(im, factor)  # the full-size decode is dropped here
        if orientation in UPRIGHT:
            im = im.transpose(UPRIGHT[orientation])
            if orientation >= 5:
                width, height = height, width
        rgb = _flatten(im)
    except Image.DecompressionBombError as exc:
        raise ExtractError(t("picture.bomb_detail", error=exc)) from None
    except UnidentifiedImageError:
        raise ExtractError(t("picture.unreadable")) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractError(t("picture.corrupt", error=exc)) from None
    side = max_side or max(rgb.size)
    fitted = max(1.0, max(rgb.size) / side, (rgb.size[0] * rgb.size[1] / limits.max_pixels) ** 0.5)
    rgb, _ = fit(rgb, math.floor(max(rgb.size) / fitted) if fitted > 1 else None)
    return LoadedImage(rgb, width / rgb.size[0], (width, height), kind)


def reduction(width: int, height: int, max_pixels: int, max_side: int | None) -> float:
    """How many times a picture must shrink to fit both the pixel cap and the engine's long side (>= 1)."""
    by_side = max(width, height) / max_side if max_side else 1.0
    return max(1.0, by_side, (width * height / max(max_pixels, 1)) ** 0.5)


def _reduce(im: Image.Image, factor: int, rows: int = 256) -> Image.Image:
    """`im.reduce(factor)`, in bands for pictures with alpha: Pillow reduces those through a premultiplied
    full-size copy, which would double the peak memory of a 60 MP screenshot."""
    if im.mode not in ("RGBA", "LA"):
        return im.reduce(factor)
    width, height = im.size
    out = Image.new(im.mode, (math.ceil(width / factor), math.ceil(height / factor)))
    band = rows * factor
    for top in range(0, height, band):
        out.paste(im.crop((0, top, width, min(height, top + band))).reduce(factor), (0, top // factor))
    return out


def _plain(im: Image.Image) -> Image.Image:
    """A mode reduce and flatten take: palettes expanded, bilevel as grey, 16-bit scans stretched to grey."""
    if im.mode in PLAIN_MODES:
        return im
    if im.mode in ("P", "PA"):
        return im.convert("RGBA" if im.mode == "PA" or "transparency" in im.info else "RGB")
    if im.mode == "1":
        return im.convert("L")
    if im.mode.startswith("I") or im.mode == "F":
        return ImageOps.autocontrast(im.convert("L")) if im.mode != "F" else im.convert("L")
    return im.convert("RGB")  # CMYK, YCbCr, LAB ...


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on a white background: a transparent screenshot converted naively turns black text on black."""
    im = _plain(im)
    if im.mode in ("RGBA", "LA"):
        rgba = im.convert("RGBA")
        page = Image.new("RGB", rgba.size, (255, 255, 255))
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    return im.convert("RGB") if im.mode != "RGB" else im


def fit(im: Image.Image, max_side: int | None) -> tuple[Image.Image, float]:
    """Downscale so the long side is <= max_side; returns the image and the factor back to its pixels."""
    long_side = max(im.size)
    if not max_side or long_side <= max_side:
        return im, 1.0
    scale = long_side / max_side
    size = (max(1, round(im.size[0] / scale)), max(1, round(im.size[1] / scale)))
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0), scale
