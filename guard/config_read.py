"""Read a configuration file (settings, rules) with bounds, before any parser sees it.

A FIFO or device named as a rules or settings file would block the guard at start, and a 50 MB file would
cost seconds and gigabytes in the TOML parser: both are refused from `stat` alone, before the file is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class ConfigReadError(OSError):
    """The file exists but is not something to read as configuration (reason in plain words)."""


def mib(n: int) -> str:
    return f"{n / 1048576:.2f} MB"


def _check(st: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ConfigReadError("is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ConfigReadError("not a regular file (a FIFO, socket or device), not read")
    if st.st_size > max_bytes:
        raise ConfigReadError(f"file too large: {mib(st.st_size)} (limit {mib(max_bytes)}), not read")


def read_config_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes. FileNotFoundError when it is absent; ConfigReadError (an OSError) when it is not a
    regular file, is over `max_bytes` or grows past it while read; other OSErrors as the system gives them."""
    _check(os.stat(path), max_bytes)  # before opening: opening a FIFO for reading blocks until a writer comes
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        _check(os.fstat(fh.fileno()), max_bytes)  # the path may have been swapped since the stat
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ConfigReadError(f"file grew past the limit while being read ({mib(max_bytes)})")
    return data


def read_config_text(path: Path, max_bytes: int) -> str:
    """The file as UTF-8 text (a BOM is dropped); UnicodeDecodeError when it is not UTF-8."""
    return read_config_bytes(path, max_bytes).decode("utf-8-sig")
