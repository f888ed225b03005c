"""Big pictures that are no bombs are decoded and scaled down, not refused; the decode ceiling still holds
by the header, and JPEGs decode at a fraction of their size (memory measured in a fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from guard.errors import ExtractError
from guard.extract.base import Limits
from guard.ocr.images import load_image

from .images import png_bomb_header

REPO = Path(__file__).resolve().parents[2]
MEASURE = """
import json, resource, sys
from guard.extract.base import Limits
from guard.ocr.images import load_image
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
loaded = load_image(data, Limits(), 2000)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"size": loaded.image.size, "scale": loaded.scale, "grew_kb": after - before}))
"""


def measured(path: Path) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=300, check=True)
    return json.loads(proc.stdout)


def test_a_7760_pixel_screenshot_just_over_the_cap_is_decoded_and_scaled(tmp_path: Path) -> None:
    path = tmp_path / "long.png"
    Image.new("RGB", (7760, 7760), "white").save(path)  # 60.2 MP: was "too large"
    loaded = load_image(path.read_bytes(), Limits(), 2000)
    assert loaded.original_size == (7760, 7760)
    assert max(loaded.image.size) <= 2000
    assert loaded.scale == pytest.approx(7760 / loaded.image.size[0])


def test_without_an_engine_side_the_pixel_cap_still_bounds_the_working_picture(tmp_path: Path) -> None:
    path = tmp_path / "wide.png"
    Image.new("L", (4000, 3000), 255).save(path)
    loaded = load_image(path.read_bytes(), Limits(max_pixels=3_000_000))
    width, height = loaded.image.size
    assert width * height <= 3_000_000 and loaded.original_size == (4000, 3000)


def test_a_header_past_the_decode_ceiling_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    with pytest.raises(ExtractError, match="too large"):
        load_image(png_bomb_header(20_000, 20_000))  # 400 MP
    with pytest.raises(ExtractError, match="too large"):
        load_image(png_bomb_header(3_000, 3_000), Limits(max_pixels=1_000_000, max_decode_pixels=5_000_000))


def test_a_100_megapixel_jpeg_decodes_at_a_fraction_of_its_size(tmp_path: Path) -> None:
    path = tmp_path / "panorama.jpg"
    Image.new("RGB", (10_000, 10_000), (250, 250, 250)).save(path, quality=80)
    result = measured(path)
    assert max(result["size"]) <= 2000  # type: ignore[arg-type]
    # a full decode holds 10000x10000x4 bytes (400 MB); decoded at 1/4 it is 25 MB
    assert int(result["grew_kb"]) < 150 * 1024, result  # type: ignore[call-overload]
