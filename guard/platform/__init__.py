"""Per-OS bits behind one tiny interface, chosen once at import with a portable fallback.

`foreground_window()` names the window the user is working in (for the dialog and the event log); None
means "unknown" and the UI says so. `autostart` starts the guard at login.
"""

from __future__ import annotations

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

__all__ = ["autostart", "foreground_window"]
