"""Zip archives: nested entries read like files, bombs and deep nesting end in a clear reason."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.errors import ExtractError
from guard.extract import extract_bytes, extract_file
from guard.extract.base import Limits

MARKED = "机密★1年\n关于某项工作的通知\n各单位：".encode()


def zip_of(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_a_marked_text_two_levels_down_is_found_and_named(tmp_path: Path) -> None:
    inner = zip_of({"docs/notice.txt": MARKED, "readme.txt": "说明".encode()})
    path = tmp_path / "outer.zip"
    path.write_bytes(zip_of({"inner.zip": inner}))
    extracted = extract_file(path)
    assert extracted.kind == "zip"
    wheres = [p.where for p in extracted.parts]
    assert {"file": "inner.zip/docs/notice.txt", "part": "body"} in wheres
    assert Engine().scan_parts(extracted.parts).verdict == "block"


def test_a_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.txt", "w", force_zip64=True) as fh:
        for _ in range(200):
            fh.write(zeros)
    assert path.stat().st_size < 1 << 20
    t0 = time.perf_counter()
    with pytest.raises(ExtractError, match="zip bomb"):
        extract_file(path)
    assert time.perf_counter() - t0 < 2


def test_entries_that_together_unpack_past_the_limit_are_refused() -> None:
    import os

    data = zip_of({f"part{i}.bin": os.urandom(400_000) for i in range(3)}, zipfile.ZIP_STORED)
    with pytest.raises(ExtractError, match="limit"):
        extract_bytes(data, "parts.zip", Limits(max_unpacked_bytes=1_000_000))


def test_nesting_deeper_than_the_limit_leaves_a_note() -> None:
    data = zip_of({"notice.txt": MARKED})
    for level in range(5):
        data = zip_of({f"level{level}.zip": data})
    extracted = extract_bytes(data, "deep.zip", Limits(max_depth=3))
    assert any("levels deep" in n for n in extracted.notes)
    assert extracted.parts == []


def test_entry_limit_leaves_a_note() -> None:
    data = zip_of({f"{i}.txt": "正文".encode() for i in range(10)})
    extracted = extract_bytes(data, "many.zip", Limits(max_entries=4))
    assert len(extracted.parts) == 4
    assert any("entry limit" in n for n in extracted.notes)


def test_an_encrypted_entry_is_skipped_with_a_note_so_the_result_is_not_clean() -> None:
    data = bytearray(zip_of({"secret.txt": MARKED}))
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # the "encrypted" flag, as WinZip/7-Zip set it with ZipCrypto
    extracted = extract_bytes(bytes(data), "locked.zip")
    assert extracted.parts == []
    assert extracted.notes == ["secret.txt: encrypted entry skipped (cannot be read without the password)"]


def test_gbk_entry_names_from_windows_are_decoded() -> None:
    gbk = "机密通知.txt".encode("gbk")
    placeholder = b"X" * (len(gbk) - 4) + b".txt"
    data = zip_of({placeholder.decode(): MARKED}).replace(placeholder, gbk)  # no UTF-8 flag, as on Windows
    extracted = extract_bytes(data, "windows.zip")
    assert extracted.parts[0].where["file"] == "机密通知.txt"


def test_a_damaged_entry_leaves_a_note_and_the_rest_is_read() -> None:
    data = bytearray(zip_of({"a.txt": "正文内容".encode() * 50, "notice.txt": MARKED}))
    data[38:50] = bytes(12)  # inside the compressed data of a.txt
    extracted = extract_bytes(bytes(data), "damaged.zip")
    assert [p.where["file"] for p in extracted.parts] == ["notice.txt"]
    assert any(n.startswith("a.txt: not read") for n in extracted.notes)


def test_a_binary_entry_leaves_a_note_and_the_rest_is_read() -> None:
    data = zip_of({"tool.exe": b"MZ\x90\x00" + bytes(range(256)) * 4, "notice.txt": MARKED})
    extracted = extract_bytes(data, "mixed.zip")
    assert [p.where["file"] for p in extracted.parts] == ["notice.txt"]
    assert any(n.startswith("tool.exe: not read") for n in extracted.notes)
