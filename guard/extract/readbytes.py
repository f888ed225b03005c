"""Read a file's bytes with bounds: the size is checked before reading (a 2 GB sparse file is refused at
once), and a file still being written (its size changes while it is read) is refused, not half-scanned."""

from __future__ import annotations

import os
from pathlib import Path

from guard.errors import ExtractError


def mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB"


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole file, or ExtractError with a plain reason (too large, being written, permission denied)."""
    try:
        with path.open("rb") as fh:
            before = os.fstat(fh.fileno()).st_size
            if before > max_bytes:
                raise ExtractError(f"file too large: {mb(before)} (limit {mb(max_bytes)}), not read")
            data = fh.read(max_bytes + 1)
            after = os.fstat(fh.fileno()).st_size
    except PermissionError:
        raise ExtractError("permission denied") from None
    except FileNotFoundError:
        raise ExtractError("file not found (deleted during the scan?)") from None
    except IsADirectoryError:
        raise ExtractError("is a directory, not a file") from None
    except OSError as exc:
        raise ExtractError(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ExtractError(f"file grew past the limit while being read ({mb(max_bytes)})")
    if after != before or len(data) != before:
        raise ExtractError("file is still being written (its size changed while it was read); scan it again")
    return data
