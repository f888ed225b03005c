"""WeChat PC keeps the pictures of every chat as .dat files. The old format is the image XORed with one
byte, so the key falls out of the image magic. WeChat 4.x (V1/V2 headers) encrypts with a key kept per
install: the guard cannot read those and says so rather than calling the picture clean."""

from __future__ import annotations

from guard.errors import ExtractError
from guard.extract.base import Embedded, Extracted, Limits
from guard.extract.images import check_image

V1, V2 = b"\x07\x08V1\x08\x07", b"\x07\x08V2\x08\x07"
# magic bytes long enough that random data matches one by chance about once in 16 million files
MAGIC = ((b"\xff\xd8\xff", "jpg"), (b"\x89PNG", "png"), (b"GIF8", "gif"), (b"II*\x00", "tiff"),
         (b"MM\x00*", "tiff"), (b"RIFF", "webp"), (b"BM", "bmp"))


def xor_key(head: bytes) -> tuple[int, str] | None:
    """(key, image kind) of an old-format .dat, or None if no image magic fits one key."""
    if len(head) < 12:
        return None
    for magic, kind in MAGIC:
        key = head[0] ^ magic[0]
        if key == 0 or any(head[i] ^ key != b for i, b in enumerate(magic)):
            continue
        if kind == "jpg" and not 0xC0 <= head[3] ^ key <= 0xFE:
            continue
        if kind == "webp" and bytes(b ^ key for b in head[8:12]) != b"WEBP":
            continue
        if kind == "bmp" and bytes(b ^ key for b in head[6:10]) != b"\0\0\0\0":
            continue
        return key, kind
    return None


def is_wechat_dat(head: bytes) -> bool:
    return head.startswith((V1, V2)) or xor_key(head) is not None


def read_wechat_dat(data: bytes, limits: Limits) -> Extracted:
    if data.startswith((V1, V2)):
        version = "V1" if data.startswith(V1) else "V2"
        raise ExtractError(f"WeChat 4.x image ({version}): needs the per-install key, cannot be read")
    found = xor_key(data[:16])
    if found is None:
        raise ExtractError("not a WeChat image (.dat) the guard can decode")
    key, kind = found
    decoded = data.translate(bytes(b ^ key for b in range(256)))
    check_image(decoded, kind, limits)
    return Extracted(images=[Embedded(decoded, {"part": "image", "wechat_dat": "xor", "format": kind})],
                     kind="wechat_dat")
