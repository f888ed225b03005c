"""Pause and Quit ask the clerk why, in a real dialog opened from the real tray actions: the reason reaches
the event log with the paused/stopped event; Esc or 取消 does nothing and logs nothing; Enter never confirms
an empty reason. The About box speaks Chinese (确定, not Qt's OK) and shows the product icon."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from tests.ui.test_app import make_app  # noqa: F401  (a fixture)
from ui.stop_reason import StopReasonDialog


@pytest.fixture
def zh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    yield


def app_events(app) -> list[tuple[str, str]]:
    app.log.flush(2)
    return [(e.choice, e.reason) for e in app.log.recent() if e.source == "app"]


def asked(app, qtbot, key: str) -> StopReasonDialog:
    app.tray.actions[key].trigger()
    dialog = app.tray.asking
    assert isinstance(dialog, StopReasonDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_pause_logs_the_duration_and_the_reason(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(allow_pause=True, watch_im_folders=False)
    dialog = asked(app, qtbot, "pause")
    assert not app.guard.paused  # asking is not pausing
    assert [b.text() for b in dialog.findChildren(QAbstractButton)] == ["确定", "取消"]
    dialog.reason.setCurrentIndex(0)  # 正在演示或共享屏幕
    dialog.text.insert("给领导汇报")  # QTest types no Chinese
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.guard.paused, timeout=2000)
    paused = [r for c, r in app_events(app) if c == "paused"]
    assert paused == ["15 min — 正在演示或共享屏幕；给领导汇报"], paused
    assert app.tray.asking is None


def test_cancel_and_escape_change_nothing(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(allow_pause=True, allow_quit=True, watch_im_folders=False)
    dialog = asked(app, qtbot, "pause")
    dialog.reason.setCurrentIndex(1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: app.tray.asking is None, timeout=2000)
    dialog = asked(app, qtbot, "quit")
    dialog.text.insert("下班")
    dialog.cancel.click()
    qtbot.waitUntil(lambda: app.tray.asking is None, timeout=2000)
    assert not app.guard.paused and app_events(app) == []
    assert app.tray.state == "protected"


def test_enter_never_confirms_an_empty_reason(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(allow_pause=True, watch_im_folders=False)
    dialog = asked(app, qtbot, "pause")
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "   ")  # blanks are not a reason
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    dialog.accept()  # even called directly
    qtbot.wait(100)
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    assert not app.guard.paused and app_events(app) == []


def test_a_second_click_brings_the_open_dialog_forward(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(allow_pause=True, watch_im_folders=False)
    button = next(b for b in app.tray.status.findChildren(QAbstractButton) if b.text() == "暂停 15 分钟")
    button.click()  # the status window (no tray on Xvfb) asks as the menu does
    first = app.tray.asking
    assert isinstance(first, StopReasonDialog) and not app.guard.paused
    app.tray.actions["pause"].trigger()
    assert app.tray.asking is first


def test_quit_logs_the_reason_once(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(allow_quit=True, watch_im_folders=False)
    dialog = asked(app, qtbot, "quit")
    dialog.reason.setCurrentIndex(dialog.reason.findText("下班或不再使用电脑"))
    dialog.ok.click()
    stopped = [r for c, r in app_events(app) if c == "stopped"]
    assert len(stopped) == 1 and "从菜单退出" in stopped[0] and stopped[0].endswith("— 下班或不再使用电脑"), stopped
    assert getattr(app, "quit_logged", False)


def test_the_about_box_says_ok_in_chinese_with_the_product_icon(make_app, qtbot, zh) -> None:  # noqa: F811
    app = make_app(watch_im_folders=False)
    app.tray.actions["about"].trigger()
    box = app.about_box
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert texts == ["确定"], texts
    assert not box.iconPixmap().isNull() and not box.windowIcon().isNull()
    assert "保密卫士" in box.text()
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
