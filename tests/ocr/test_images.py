"""Hostile and odd image bytes are a clear ExtractError or an upright RGB image (no engine needed)."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from guard.errors import ExtractError
from guard.extract.base import Limits
from guard.ocr.images import load_image

from .images import document_screen, png_bomb_header


def test_a_decompression_bomb_is_refused_from_its_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no DecompressionBombWarning may leak either
        with pytest.raises(ExtractError, match="too large"):
            load_image(png_bomb_header(100_000, 100_000))
        with pytest.raises(ExtractError, match="too large"):
            load_image(png_bomb_header(13_000, 12_000), Limits(max_pixels=60_000_000))  # 156 MP > 150 MP
        with pytest.raises(ExtractError, match="corrupt or truncated"):  # 70 MP: decoded and scaled, not refused
            load_image(png_bomb_header(10_000, 7_000), Limits(max_pixels=60_000_000))


def test_corrupt_and_truncated_bytes_are_extract_errors() -> None:
    with pytest.raises(ExtractError):
        load_image(b"not an image at all")
    png = document_screen().png()
    with pytest.raises(ExtractError):
        load_image(png[: len(png) // 2])
    with pytest.raises(ExtractError):
        load_image(png_bomb_header(100, 100))  # header fine, pixel data missing


def test_exif_orientation_is_applied() -> None:
    im = Image.new("RGB", (200, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    assert load_image(buf.getvalue()).image.size == (100, 200)


def test_transparent_screenshots_are_flattened_onto_white_not_black() -> None:
    im = Image.new("RGBA", (50, 20), (0, 0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    assert load_image(buf.getvalue()).image.getpixel((5, 5)) == (255, 255, 255)


def test_large_images_are_downscaled_and_keep_the_factor_back_to_original_pixels() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (4000, 3000), "white").save(buf, "PNG")
    loaded = load_image(buf.getvalue(), max_side=2000)
    assert loaded.image.size == (2000, 1500)
    assert loaded.scale == pytest.approx(2.0)
    assert loaded.original_size == (4000, 3000)
