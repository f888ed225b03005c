"""Process memory figures and handing freed memory back to the OS, for the recyclable OCR worker.

rapidocr holds ~0.5 GB after a 1080p page (peak ~0.86 GB); glibc keeps freed arenas mapped unless asked,
so the worker calls `malloc_trim(0)` after each request, and `clipguard doctor`/benchmarks read its RSS.
"""

from __future__ import annotations

import ctypes
import sys
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # musl or another libc without malloc_trim
        return None


def trim() -> bool:
    """Return freed heap pages to the OS where the C library can (glibc); False where it cannot."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def _proc_status(pid: int) -> dict[str, int]:
    out = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0]) * 1024
    except (OSError, ValueError):
        pass
    return out


def memory_of(pid: int) -> tuple[int | None, int | None]:
    """(rss, peak rss) in bytes of a process; psutil if installed, else /proc; None where unknown."""
    status = _proc_status(pid)
    rss, peak = status.get("VmRSS"), status.get("VmHWM")
    try:
        import psutil
    except ImportError:
        return rss, peak
    try:
        info = psutil.Process(pid).memory_info()
    except psutil.Error:
        return rss, peak
    return info.rss, peak if peak is not None else getattr(info, "peak_wset", None)
