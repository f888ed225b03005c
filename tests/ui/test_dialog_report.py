"""A block the clerk cannot release (issue 11): "知道了" is the default, "我认为是误报" asks for an optional note
in the dialog itself and reports it (logged for the admin, nothing released), the countdown is a quiet line;
and the whole dialog, a big picture included, fits a 1366x768 screen at 150 % (about 911x512 of Qt's pixels)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt

from guard.engine import Engine
from tests.ui.conftest import XClip
from tests.ui.test_app import MARKED as MARKED_BYTES
from tests.ui.test_app import make_app  # noqa: F401  (the fixture)
from tests.ui.test_dialog import MARKED, held, make, opts
from ui.clipboard import Snapshot
from ui.clipboard_guard import Held, Job
from ui.dialog import HoldDialog
from ui.dialog_fit import FRAME, fit_on_screen


@pytest.fixture
def outcome() -> dict[str, object]:
    return {}


def watch(dialog: HoldDialog, outcome: dict[str, object]) -> HoldDialog:
    dialog.reported.connect(lambda note: outcome.update(reported=note))
    return dialog


def test_got_it_is_the_default_and_the_countdown_is_quiet(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED), outcome, dialog_timeout_seconds=30)
    assert dialog.discard_button.text() == "知道了" and dialog.discard_button.isDefault()
    assert dialog.report_button.isVisible() and dialog.report_button.text() == "我认为是误报"
    assert not dialog.release_button.isVisible()
    assert dialog.timeout_label.text() == "此窗口将在 30 秒后关闭"
    assert "#777" in dialog.timeout_label.styleSheet()


def test_the_block_timeout_still_discards(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED), outcome, dialog_timeout_seconds=1)
    qtbot.waitUntil(lambda: "discarded" in outcome, timeout=3000)
    assert outcome == {"discarded": True} and not dialog.isVisible()


def test_a_false_positive_report_carries_the_note(qtbot, outcome) -> None:
    dialog = watch(make(qtbot, held(MARKED), outcome), outcome)
    assert not dialog.note.isVisible()
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.note.isVisible() and outcome == {}  # a field in the dialog, no new window
    assert dialog.report_button.text() == "提交误报"
    qtbot.keyClicks(dialog.note, "public notice")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter in the note neither reports nor discards
    assert outcome == {} and dialog.isVisible()
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert outcome == {"reported": "public notice"} and not dialog.isVisible()


def test_a_report_without_a_note(qtbot, outcome) -> None:
    dialog = watch(make(qtbot, held(MARKED), outcome), outcome)
    dialog.report_button.click()
    dialog.report_button.click()
    assert outcome == {"reported": ""}


def test_confirm_and_admin_release_offer_no_report(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED), outcome, allow_block_release=True)
    assert not dialog.report_button.isVisible() and dialog.discard_button.text() == "丢弃（推荐）"
    assert dialog.timeout_label.text() == "30 秒后自动丢弃"


class SmallScreen:
    """1366x768 at 150 %: what Qt reports as the available area (the offscreen platform has one size only)."""

    size = (911, 512)

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, *self.size)


class BigScreen(SmallScreen):
    size = (1920, 1080)


def test_a_big_picture_fits_1366x768_at_150_percent(qtbot, outcome) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (1920, 3000), "white").save(buf, "PNG")
    result = Engine().scan_text(MARKED)
    for f in result.findings:
        f.where["box"] = [40, 60, 300, 40]
    dialog = HoldDialog(Held(Job(1, "clipboard", 1, "image", Snapshot({"image/png": buf.getvalue()})), result),
                        opts())
    qtbot.addWidget(dialog)
    dialog.show()
    fit_on_screen(dialog, BigScreen())  # type: ignore[arg-type]
    assert dialog.thumbnail.pixmap().height() <= 540  # a long screenshot takes at most half of a big screen
    fit_on_screen(dialog, SmallScreen())  # type: ignore[arg-type]
    assert dialog.width() <= 911 and dialog.height() <= 512 - FRAME
    assert dialog.y() >= 0 and dialog.y() + dialog.height() <= 512
    for button in (dialog.discard_button, dialog.report_button):
        bottom = button.mapTo(dialog, button.rect().bottomRight())
        assert bottom.y() <= dialog.height() and bottom.x() <= dialog.width()
    assert 80 <= dialog.thumbnail.pixmap().height() < 3000  # shrunk, and still a picture
    # the note field revealed later makes the dialog taller: fitted again, it still fits
    dialog.report_button.click()
    fit_on_screen(dialog, SmallScreen())  # type: ignore[arg-type]
    assert dialog.note.isVisible() and dialog.height() <= 512 - FRAME
    bottom = dialog.report_button.mapTo(dialog, dialog.report_button.rect().bottomRight())
    assert bottom.y() <= dialog.height()


def test_reported_through_the_app_is_logged_and_not_released(make_app, qtbot, xclip: XClip) -> None:  # noqa: F811
    app = make_app(dialog_timeout_seconds=30)
    xclip.copy(MARKED_BYTES)
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=3000)
    dialog = app.dialog
    dialog.report_button.click()
    dialog.note.setText("这是公开的演练通知")
    dialog.report_button.click()
    qtbot.waitUntil(lambda: app.dialog is None, timeout=2000)
    event = app.log.recent()[0]
    assert event.choice == "reported" and event.false_positive and event.reason == "这是公开的演练通知"
    assert xclip.paste() != MARKED_BYTES  # nothing went back on the clipboard
