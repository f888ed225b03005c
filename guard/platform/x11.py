"""The active window's title on X11: `_NET_ACTIVE_WINDOW` on the root (set by the window manager), then
the window's `_NET_WM_NAME` (UTF-8) or the older `WM_NAME`.

Our own windows (the hold dialog, the status window: their `_NET_WM_PID` is this process) are never the
answer: a copy made while our dialog has the focus is named after the last foreign window seen, else unknown.

One connection per display is kept open (a check runs on every copy) and reopened after an X error.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

from Xlib import X, error
from Xlib import display as xdisplay

_lock = threading.Lock()
_conn: dict[str, Any] = {}
_last_foreign: dict[str, str | None] = {}  # display -> the title of the last active window not ours


def _display(name: str) -> Any:
    d = _conn.get(name)
    if d is None:
        for old in _conn.values():  # DISPLAY changed: one connection at a time
            _close(old)
        _conn.clear()
        d = xdisplay.Display(name)
        _conn[name] = d
    return d


def _title(d: Any, window_id: int) -> str | None:
    window = d.create_resource_object("window", window_id)
    prop = window.get_full_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"))
    if prop is not None and prop.value:
        value = prop.value
        return (value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)) or None
    name = window.get_wm_name()  # latin-1 or compound text by the old rules; python-xlib decodes what it can
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return name or None


def _pid(d: Any, window_id: int) -> int | None:
    """The process that owns the window, as the client says (`_NET_WM_PID`); None when it does not say."""
    window = d.create_resource_object("window", window_id)
    prop = window.get_full_property(d.intern_atom("_NET_WM_PID"), X.AnyPropertyType)
    return int(prop.value[0]) if prop is not None and len(prop.value) else None


def foreground_window() -> str | None:
    """None without a display, without a window manager that sets `_NET_ACTIVE_WINDOW`, or on an X error;
    the last foreign window's title (or None) when the active window is one of ours."""
    name = os.environ.get("DISPLAY")
    if not name:
        return None
    with _lock:
        try:
            d = _display(name)
            active = d.screen().root.get_full_property(d.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
            if active is None or not len(active.value) or not active.value[0]:
                return None
            window_id = int(active.value[0])
            if _pid(d, window_id) == os.getpid():
                return _last_foreign.get(name)
            title = _title(d, window_id)
            _last_foreign[name] = title
            return title
        except (error.BadWindow, error.BadDrawable):  # the window closed while we looked
            return None
        except (error.XError, error.DisplayError, error.ConnectionClosedError, OSError):
            stale = _conn.pop(name, None)
            if stale is not None:
                _close(stale)
            return None


def _close(d: Any) -> None:
    with contextlib.suppress(Exception):  # the server is already gone
        d.close()
