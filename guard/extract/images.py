"""Pictures are handed on whole for OCR (a photo of a classified page is a classified page); only their
size is checked here, from the header, so a decompression bomb is refused before anything decodes it."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from guard.errors import ExtractError
from guard.extract.base import Embedded, Extracted, Limits


def read_image(data: bytes, kind: str, limits: Limits) -> Extracted:
    check_image(data, kind, limits)
    return Extracted(images=[Embedded(data, {"part": "image"})], kind=kind)


def check_image(data: bytes, kind: str, limits: Limits) -> None:
    """ExtractError for a damaged picture or one with more pixels than limits.max_pixels."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except Image.DecompressionBombError:
        raise ExtractError("picture too large to decode safely (decompression bomb?)") from None
    except UnidentifiedImageError:
        raise ExtractError(f"damaged {kind.upper()} picture: its data cannot be decoded") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ExtractError(f"damaged {kind.upper()} picture: {exc}") from None
    if width * height > limits.max_pixels:
        raise ExtractError(f"picture too large: {width}×{height} pixels (limit {limits.max_pixels / 1e6:.0f} "
                           "megapixels)")
