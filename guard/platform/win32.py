"""The foreground window's title on Windows, through user32 (ctypes, nothing to install)."""

from __future__ import annotations

import ctypes


def foreground_window() -> str | None:
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]  # only on Windows
    hwnd = user32.GetForegroundWindow()
    if not hwnd:
        return None
    length = user32.GetWindowTextLengthW(hwnd)
    buffer = ctypes.create_unicode_buffer(length + 1)
    user32.GetWindowTextW(hwnd, buffer, length + 1)
    return buffer.value or None
