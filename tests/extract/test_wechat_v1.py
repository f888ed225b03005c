"""WeChat 4.x V1 .dat pictures, built here with the public scheme (AES-128-ECB under a constant key over the
head, plain middle, one-byte XOR over the tail) from real pictures with Chinese text on them."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image, ImageDraw, ImageFont

from guard.errors import ExtractError
from guard.extract import detect_kind, extract_file
from guard.extract.wechat_dat import V1_AES_KEY, decode_v1


def encode_v1(image: bytes, xor_key: int, aes_len: int = 1024, xor_len: int = 4096) -> bytes:
    """The V1 layout (docs/admin.md, Watched folders): signature, aes_len, xor_len, one byte, AES ‖ middle ‖ XOR."""
    xor_len = min(xor_len, max(0, len(image) - aes_len))
    padder = padding.PKCS7(128).padder()
    head = padder.update(image[:aes_len]) + padder.finalize()
    encryptor = Cipher(algorithms.AES(V1_AES_KEY), modes.ECB()).encryptor()
    cipher = encryptor.update(head) + encryptor.finalize()
    middle = image[aes_len:len(image) - xor_len]
    tail = bytes(b ^ xor_key for b in image[len(image) - xor_len:])
    return b"\x07\x08V1\x08\x07" + struct.pack("<II", aes_len, xor_len) + b"\x01" + cipher + middle + tail


def text_picture(fmt: str, cjk_font_path: Path) -> bytes:
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), "机密★1年", font=ImageFont.truetype(str(cjk_font_path), 72, index=2), fill=(20, 20, 20))
    draw.text((40, 180), "关于加强安全生产工作的通知", font=ImageFont.truetype(str(cjk_font_path), 48, index=2),
              fill=(20, 20, 20))
    buf = io.BytesIO()
    image.save(buf, fmt, quality=85) if fmt == "JPEG" else image.save(buf, fmt)
    return buf.getvalue()


@pytest.mark.parametrize(("fmt", "key"), [("JPEG", 0x37), ("JPEG", 0xE5), ("PNG", 0xDF)])
def test_a_v1_dat_decodes_to_the_exact_picture(fmt: str, key: int, cjk_font_path: Path, tmp_path: Path) -> None:
    original = text_picture(fmt, cjk_font_path)
    path = tmp_path / "5d41402abc4b2a76b9719d911017c592.dat"
    path.write_bytes(encode_v1(original, key))
    assert detect_kind(path) == "wechat_dat"
    extracted = extract_file(path)
    assert extracted.images[0].data == original
    assert extracted.images[0].where["wechat_dat"] == "v1"


def test_a_small_v1_picture_without_a_xor_tail_decodes(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buf, "PNG")
    original = buf.getvalue()
    decoded, kind = decode_v1(encode_v1(original, 0x11, aes_len=1024, xor_len=0))
    assert (decoded, kind) == (original, "png")


def test_a_v1_dat_with_lengths_past_its_end_is_an_error() -> None:
    data = bytearray(encode_v1(b"\xff\xd8\xff\xe0" + bytes(3000) + b"\xff\xd9", 0x37))
    data[10:14] = struct.pack("<I", 10**6)
    with pytest.raises(ExtractError, match="damaged"):
        decode_v1(bytes(data))


@pytest.mark.slow
def test_a_marked_page_in_a_v1_dat_is_blocked_after_ocr(cjk_font_path: Path, tmp_path: Path) -> None:
    from guard.files import FileScanner

    path = tmp_path / "a87ff679a2f3e71d9181a67b7542122c.dat"
    path.write_bytes(encode_v1(text_picture("JPEG", cjk_font_path), 0x37))
    with FileScanner() as scanner:
        result = scanner.scan(path)
    assert result.verdict == "block", (result.error, [f.rule for f in result.findings])
