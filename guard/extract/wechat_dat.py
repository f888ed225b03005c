"""WeChat PC keeps the pictures of every chat as .dat files. The old format is the image XORed with one
byte, so the key falls out of the image magic. WeChat 4.x "V1" files encrypt the first ~1 KiB with AES under a
public constant key and XOR the tail with one byte that falls out of the image's end marker: readable offline.
"V2" files use a per-install AES key that only the running client's memory holds: the guard says it cannot
read them rather than calling the picture clean. Layout: docs/admin.md, Watched folders.
"""

from __future__ import annotations

import struct

from guard.errors import ExtractError
from guard.extract.base import Extracted, Limits
from guard.extract.images import read_image
from guard.messages import t

V1, V2 = b"\x07\x08V1\x08\x07", b"\x07\x08V2\x08\x07"
V1_AES_KEY = b"cfcd208495d565ef"  # public constant (first 16 hex digits of md5("0"))
V4_HEADER = 15  # signature 6, aes_len u32 LE, xor_len u32 LE, one unknown byte
V1_DEFAULT_XOR = 0x37  # the key seen most often; used only when no end marker tells the real one
# the image's last bytes, from which the tail's XOR key is recovered
END_MARKERS = {"jpg": b"\xff\xd9", "png": b"\xaeB`\x82", "gif": b"\x00;"}
_last_xor_key: int | None = None  # one key per install: a key proven on one file (a thumbnail) serves the next
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


def magic_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC if data.startswith(magic)), None)


def decode_v1(data: bytes, xor_key: int | None = None) -> tuple[bytes, str]:
    """(image bytes, kind) of a WeChat 4.x V1 .dat; ExtractError when it is damaged or not a picture."""
    global _last_xor_key
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if len(data) < V4_HEADER + 16:
        raise ExtractError(t("wechat.too_short"))
    aes_len, xor_len = struct.unpack_from("<II", data, 6)
    body = data[V4_HEADER:]
    cipher_len = min(aes_len // 16 * 16 + 16, len(body) // 16 * 16)  # PKCS#7 always pads
    if cipher_len + xor_len > len(body):
        raise ExtractError(t("wechat.bad_lengths"))
    decryptor = Cipher(algorithms.AES(V1_AES_KEY), modes.ECB()).decryptor()
    head = decryptor.update(body[:cipher_len]) + decryptor.finalize()
    pad = head[-1]
    if 1 <= pad <= 16 and head.endswith(bytes([pad]) * pad):
        head = head[:-pad]
    if head.startswith(b"wxgf"):
        raise ExtractError(t("wechat.video_coded"))
    kind = magic_kind(head)
    if kind is None:
        raise ExtractError(t("wechat.not_picture"))
    tail = body[len(body) - xor_len:] if xor_len else b""
    if tail:
        marker = END_MARKERS.get(kind, b"")
        key = xor_key
        if key is None and marker and len(tail) >= len(marker):
            guess = tail[-1] ^ marker[-1]
            if bytes(b ^ guess for b in tail[-len(marker):]) == marker:
                key = _last_xor_key = guess
        key = key if key is not None else _last_xor_key if _last_xor_key is not None else V1_DEFAULT_XOR
        tail = tail.translate(bytes(b ^ key for b in range(256)))
    return head + body[cipher_len:len(body) - xor_len] + tail, kind


def read_wechat_dat(data: bytes, limits: Limits) -> Extracted:
    if data.startswith(V2):
        raise ExtractError(t("wechat.install_key"))
    if data.startswith(V1):
        decoded, kind = decode_v1(data)
        return _picture(decoded, kind, "v1", limits)
    found = xor_key(data[:16])
    if found is None:
        raise ExtractError(t("wechat.unknown"))
    key, kind = found
    return _picture(data.translate(bytes(b ^ key for b in range(256))), kind, "xor", limits)


def _picture(decoded: bytes, kind: str, how: str, limits: Limits) -> Extracted:
    """The decoded picture, read like any picture file (every frame of a GIF sent in a chat counts)."""
    inner = read_image(decoded, kind, limits)
    for image in inner.images:
        image.where = {**image.where, "wechat_dat": how, "format": kind}
    return Extracted(images=inner.images, notes=inner.notes, kind="wechat_dat")
