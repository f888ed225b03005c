"""A minimal OLE2 (Compound File Binary, v3) writer for tests: olefile reads but cannot create these.
Streams are padded to 4096 bytes so none lives in the mini stream."""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, start: int, size: int, right: int = NOSTREAM, child: int = NOSTREAM) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0"
    return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, 1, NOSTREAM, right, child)
            + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IQ", start, size))


def build_ole(streams: dict[str, bytes]) -> bytes:
    """At most 3 streams; sector 0 is the FAT, sector 1 the directory, then the stream data."""
    assert len(streams) <= 3
    fat = [FATSECT, END]
    data, entries = b"", []
    for i, (name, content) in enumerate(streams.items()):
        content = content.ljust(4096, b"\0")
        content += bytes(-len(content) % SECTOR)
        start, count = len(fat), len(content) // SECTOR
        fat += [start + k + 1 for k in range(count - 1)] + [END]
        right = i + 2 if i + 1 < len(streams) else NOSTREAM
        entries.append(_entry(name, 2, start, len(streams[name].ljust(4096, b"\0")), right))
        data += content
    assert len(fat) <= 128
    directory = _entry("Root Entry", 5, END, 0, child=1 if streams else NOSTREAM) + b"".join(entries)
    directory += b"".join(_entry("", 0, 0, 0) for _ in range(3 - len(entries)))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", FREE) * (128 - len(fat))
    return header + fat_sector + directory + data
