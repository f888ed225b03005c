"""The window named in the hold dialog and the event log is the one the clerk copied from, read when the
copy arrives: never one of the guard's own windows (the hold dialog has the focus when a second copy comes).

Real X: a foreign program's window (xmessage, its own process) and our real dialog on Xvfb; the root's
`_NET_ACTIVE_WINDOW` is set here the way a window manager sets it (no window manager runs on Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from Xlib import X, Xatom
from Xlib import display as xdisplay

import guard.platform.x11 as x11
from tests.ui.conftest import XClip
from tests.ui.test_app_clipboard import MARKED, make_app  # noqa: F401  (a fixture)

TITLE = "Quarterly report - Editor"
SECOND = "绝密★长期\n某型装备技术参数汇总表，仅限本单位使用。".encode()


@pytest.fixture
def foreign(x_display: str | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[object, int]]:
    """An xmessage window of another process, made the active window; yields (X connection, its id)."""
    if x_display is None or not shutil.which("xmessage"):
        pytest.skip("needs Xvfb, xclip and xmessage")
    monkeypatch.setenv("DISPLAY", x_display)
    monkeypatch.setattr(x11, "_last_foreign", {})
    proc = subprocess.Popen(["xmessage", "-title", TITLE, "-display", x_display, "hello"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = xdisplay.Display(x_display)
    try:
        deadline = time.monotonic() + 10
        window = None
        while window is None and time.monotonic() < deadline:
            for child in d.screen().root.query_tree().children:
                if child.get_wm_name() == TITLE:
                    window = child.id
            time.sleep(0.05)
        assert window is not None, "xmessage did not map its window"
        activate(d, window)
        yield d, window
    finally:
        proc.kill()
        proc.wait(10)
        d.close()


def activate(d: object, window: int) -> None:
    """What the window manager does when a window gets the focus."""
    root = d.screen().root  # type: ignore[attr-defined]
    root.change_property(d.intern_atom("_NET_ACTIVE_WINDOW"), Xatom.WINDOW, 32, [window])  # type: ignore
    d.sync()  # type: ignore[attr-defined]


def pid_of(d: object, window: int) -> int | None:
    w = d.create_resource_object("window", window)  # type: ignore[attr-defined]
    prop = w.get_full_property(d.intern_atom("_NET_WM_PID"), X.AnyPropertyType)  # type: ignore[attr-defined]
    return int(prop.value[0]) if prop else None


def test_the_window_copied_from_is_named_never_ours(make_app, qtbot, xclip: XClip, foreign) -> None:  # noqa: F811
    d, _window = foreign
    app = make_app()
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=5000)
    assert app.dialog.held.job.window == TITLE
    # our dialog comes to the front (as it does: always on top, activated); the clerk copies again
    ours = int(app.dialog.winId())
    assert pid_of(d, ours) == os.getpid()  # the window the old lookup would have named
    activate(d, ours)
    xclip.copy(SECOND)
    qtbot.waitUntil(lambda: len(app.guard.queue) == 1, timeout=5000)
    assert app.guard.queue[0].job.window == TITLE
    assert app.dialog.held.job.window == TITLE


def test_ours_in_front_with_no_foreign_window_seen_is_unknown(make_app, qtbot, xclip: XClip,  # noqa: F811
                                                              foreign) -> None:
    d, _window = foreign
    app = make_app()
    app.tray.show_status()  # the status window: ours
    qtbot.waitExposed(app.tray.status)
    activate(d, int(app.tray.status.winId()))
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=5000)
    assert app.dialog.held.job.window == ""
    assert any("未知" in label.text() for label in app.dialog.findChildren(QLabel))
