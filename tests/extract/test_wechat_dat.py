"""WeChat PC .dat pictures: old XOR format and 4.x V1 decoded, 4.x V2 a clear error."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from guard.errors import ExtractError
from guard.extract import detect_kind, extract_file


def picture(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buf, fmt)
    return buf.getvalue()


def xor(data: bytes, key: int) -> bytes:
    return bytes(b ^ key for b in data)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP"])
def test_an_old_format_dat_decodes_to_the_picture(fmt: str, tmp_path: Path) -> None:
    original = picture(fmt)
    key = random.Random(fmt).randrange(1, 256)
    path = tmp_path / "3f2a9c1e0b.dat"
    path.write_bytes(xor(original, key))
    assert detect_kind(path) == "wechat_dat"
    extracted = extract_file(path)
    assert extracted.kind == "wechat_dat"
    assert extracted.images[0].data == original
    assert extracted.images[0].where["wechat_dat"] == "xor"


def test_a_wechat_4_v2_dat_is_an_error_not_a_clean_result(tmp_path: Path) -> None:
    path = tmp_path / "a1b2c3.dat"
    path.write_bytes(b"\x07\x08V2\x08\x07" + random.Random(1).randbytes(2000))
    with pytest.raises(ExtractError, match=r"WeChat 4\.x image \(V2\): .*per-install key.* not checked"):
        extract_file(path)


def test_a_v1_dat_that_does_not_decode_to_a_picture_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a1b2c3.dat"
    path.write_bytes(b"\x07\x08V1\x08\x07" + random.Random(1).randbytes(2000))
    with pytest.raises(ExtractError, match=r"WeChat 4\.x image \(V1\)"):
        extract_file(path)


def test_random_bytes_are_not_taken_for_a_dat_picture() -> None:
    rng = random.Random(7)
    assert sum(detect_kind(rng.randbytes(64)) == "wechat_dat" for _ in range(2000)) == 0
