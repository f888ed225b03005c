"""Decode untrusted image bytes safely, upright and in RGB, at a size the OCR engine reads well.

Images come from the clipboard, chat folders and inside documents, so they are hostile input: a PNG header
can claim 100000x100000 pixels (a 30 GB decode), bytes can be truncated or not an image at all. Every
such case is an `ExtractError` with a plain reason; nothing else escapes (no DecompressionBombWarning).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from guard.errors import ExtractError
from guard.extract.base import Limits


@dataclass(slots=True)
class LoadedImage:
    """The working image and how to map its pixels back: original = working * scale."""

    image: Image.Image  # RGB, EXIF orientation applied, long side <= the requested max
    scale: float  # >= 1.0
    original_size: tuple[int, int]  # (width, height) after EXIF rotation, before downscaling
    kind: str  # "PNG", "JPEG", ...


def load_image(data: bytes, limits: Limits | None = None, max_side: int | None = None) -> LoadedImage:
    """Decode `data` within `limits.max_pixels`, apply EXIF orientation, flatten onto white, downscale.

    The pixel limit is checked from the header, before any pixel is decoded. Pillow's process-wide
    `Image.MAX_IMAGE_PIXELS` is left alone (threads may scan with different limits); its own bomb error is
    still caught and reported the same way.
    """
    limits = limits or Limits()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
        kind = im.format or "image"
        width, height = im.size
        if width * height > limits.max_pixels:
            raise ExtractError(f"image too large: {width}x{height} pixels (limit {limits.max_pixels:,}), "
                               "not decoded (decompression bomb?)")
        if max_side and kind == "JPEG":
            im.draft("RGB", (max_side, max_side))  # decode big photos at 1/2..1/8 size: far less time and memory
        im.load()
        draft_scale = width / im.size[0]
        im = ImageOps.exif_transpose(im) or im
        rgb = _flatten(im)
    except Image.DecompressionBombError as exc:
        raise ExtractError(f"image too large, not decoded (decompression bomb?): {exc}") from None
    except UnidentifiedImageError:
        raise ExtractError("not a readable image (unknown or corrupt format)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractError(f"corrupt or truncated image: {exc}") from None
    original = (round(rgb.size[0] * draft_scale), round(rgb.size[1] * draft_scale))
    rgb, scale = fit(rgb, max_side)
    return LoadedImage(rgb, scale * draft_scale, original, kind)


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on a white background: a transparent screenshot converted naively turns black text on black."""
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        page = Image.new("RGB", rgba.size, (255, 255, 255))
        page.paste(rgba, mask=rgba.getchannel("A"))
        return page
    if im.mode in ("I;16", "I;16B", "I", "F"):
        im = ImageOps.autocontrast(im.convert("L")) if im.mode != "F" else im.convert("L")
    return im.convert("RGB") if im.mode != "RGB" else im


def fit(im: Image.Image, max_side: int | None) -> tuple[Image.Image, float]:
    """Downscale so the long side is <= max_side; returns the image and the factor back to its pixels."""
    long_side = max(im.size)
    if not max_side or long_side <= max_side:
        return im, 1.0
    scale = long_side / max_side
    size = (max(1, round(im.size[0] / scale)), max(1, round(im.size[1] / scale)))
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0), scale
