"""Per-OS bits behind one tiny interface, chosen once at import with a portable fallback.

`foreground_window()` names the window the user is working in (for the dialog and the event log); None
means "unknown" and the UI says so. `session_tag()` names the graphical session (one guard each).
`autostart` starts the guard at login.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Callable

from guard.platform import autostart


def _none() -> str | None:
    return None


def _choose() -> Callable[[], str | None]:
    if sys.platform == "win32":
        from guard.platform.win32 import foreground_window as win
        return win
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        try:
            from guard.platform.x11 import foreground_window as x11
        except ImportError:  # python-xlib is part of the [gui] extra
            return _none
        return x11
    return _none


foreground_window: Callable[[], str | None] = _choose()


def _short(name: str) -> str:
    """Safe in a file or pipe name and short (a local socket's path has about 100 bytes)."""
    if re.fullmatch(r"[A-Za-z0-9_.-]{1,12}", name):
        return name
    return hashlib.sha1(name.encode()).hexdigest()[:12]


def _x_display(name: str) -> str:
    """`:1`, `:1.0` and `unix:1` are one display (the screen number and the local transport do not count)."""
    host, _, rest = name.rpartition(":")
    number = rest.split(".", 1)[0]
    host = "" if host in ("", "unix") else host
    return f"{host}_{number}" if host else number


def session_tag() -> str:
    """The graphical session this process shows its windows in: one guard per session, not per user (the
    same user on two displays, or on the console and a remote desktop, gets one guard on each).

    Wayland's display first (XWayland also sets DISPLAY), then X11's; on Windows the session id.
    """
    if sys.platform == "win32":
        from guard.platform.win32 import session_id

        sid = session_id()
        return f"s{sid}" if sid is not None else "s"
    wayland = os.environ.get("WAYLAND_DISPLAY")
    if wayland:
        return "w" + _short(wayland)
    x = os.environ.get("DISPLAY")
    if x:
        return "x" + _short(_x_display(x))
    return "none"


__all__ = ["autostart", "foreground_window", "session_tag"]
