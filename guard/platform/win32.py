"""The foreground window's title and the session id on Windows, through user32/kernel32 (ctypes, nothing
to install). Untested here: no Windows in CI."""

from __future__ import annotations

import ctypes
import os

_last_foreign: list[str | None] = [None]  # the last foreground window that was not ours


def foreground_window() -> str | None:
    """Our own windows (the hold dialog has the focus while a copy arrives) give the last foreign title."""
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]  # only on Windows
    hwnd = user32.GetForegroundWindow()
    if not hwnd:
        return None
    pid = ctypes.c_ulong(0)
    user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
    if pid.value == os.getpid():
        return _last_foreign[0]
    length = user32.GetWindowTextLengthW(hwnd)
    buffer = ctypes.create_unicode_buffer(length + 1)
    user32.GetWindowTextW(hwnd, buffer, length + 1)
    _last_foreign[0] = buffer.value or None
    return _last_foreign[0]


def session_id() -> int | None:
    """The Windows session (console, each remote desktop) this process runs in; None if it cannot be told."""
    sid = ctypes.c_ulong(0)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(sid)):
        return None
    return int(sid.value)
