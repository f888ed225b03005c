"""Issue 11 through the whole tray app on the real X11 clipboard (Xvfb, xclip in another process): a dialog
that times out gives back what the clipboard held before, and a pause (ended by the clerk or by the clock)
never leaves a marked text on the clipboard unchecked while the window says 正在保护."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.audit import EventLog
from guard.settings import load_settings
from tests.ui.conftest import XClip
from tests.ui.test_app import write_admin
from ui.app import GuardApp
from ui.clipboard import MARKER

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。".encode()
CLEAN = "周五下午三点在三楼会议室开会，请准时参加。".encode()


@pytest.fixture
def make_app(qapp: object, tmp_path: Path) -> Iterator:
    apps: list[GuardApp] = []

    def make(**admin: object) -> GuardApp:
        write_admin(tmp_path, watch_im_folders=False, **admin)
        app = GuardApp(load_settings(), EventLog())
        apps.append(app)
        return app

    yield make
    for app in apps:
        if app.dialog is not None:
            app.dialog.blockSignals(True)
            app.dialog.done(0)
        app.close()


def copy_clean(qtbot: object, app: GuardApp, xclip: XClip) -> None:
    xclip.copy(CLEAN)
    qtbot.waitUntil(lambda: any(e.choice == "allowed" for e in app.log.recent()), timeout=3000)  # type: ignore


def test_a_timed_out_dialog_gives_back_what_was_there_before(make_app, qtbot, xclip: XClip) -> None:
    app = make_app(dialog_timeout_seconds=1)
    copy_clean(qtbot, app, xclip)
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=3000)
    assert "保密卫士" in xclip.paste().decode()
    qtbot.waitUntil(lambda: app.dialog is None, timeout=5000)  # nobody answered
    assert xclip.paste() == CLEAN and MARKER not in xclip.targets()
    qtbot.waitUntil(lambda: any(e.choice == "timeout" for e in app.log.recent()), timeout=3000)
    # the same text again: a dialog again, not only a bubble
    xclip.copy(MARKED)
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=3000)
    assert app.dialog.held.result.verdict == "block"


def test_resume_checks_what_was_copied_during_the_pause(make_app, qtbot, xclip: XClip) -> None:
    app = make_app(allow_pause=True)
    copy_clean(qtbot, app, xclip)
    app.pause()
    xclip.copy(MARKED)
    qtbot.wait(300)
    assert app.dialog is None and xclip.paste() == MARKED  # paused: the clerk's choice, logged
    app.resume()
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=3000)
    assert app.dialog.held.result.verdict == "block" and app.tray.state == "alert"
    assert "保密卫士" in xclip.paste().decode() and "机密" not in xclip.paste().decode()


def test_a_pause_that_runs_out_checks_the_clipboard(make_app, qtbot, xclip: XClip) -> None:
    app = make_app(allow_pause=True)
    copy_clean(qtbot, app, xclip)
    app.guard.pause(1.0)  # as the menu's pause, only shorter
    xclip.copy(MARKED)
    qtbot.wait(200)
    assert app.dialog is None and app.guard.paused
    qtbot.waitUntil(lambda: app.dialog is not None, timeout=5000)  # the clock ended the pause
    assert not app.guard.paused and app.dialog.held.result.verdict == "block"
    assert "机密" not in xclip.paste().decode()
