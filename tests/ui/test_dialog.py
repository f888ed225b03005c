"""The hold dialog is keyboard-safe and hard to release by reflex: Esc and Enter discard, release needs a
reason and waits out a countdown, `block` cannot be released, nobody answering means discard."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from guard.engine import Engine
from ui.clipboard import Snapshot
from ui.clipboard_guard import Held, Job
from ui.dialog import REASONS, HoldDialog, thumbnail

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
INTERNAL = "内部资料 注意保存\n2027年工作要点（讨论稿）\n一、总体要求"


def held(text: str, window: str = "") -> Held:
    snap = Snapshot({"text/plain": text.encode()})
    return Held(Job(1, "clipboard", 1, "text", snap, window=window), Engine().scan_text(text))


def opts(**kw: object) -> SimpleNamespace:
    base = {"release_countdown_seconds": 0, "dialog_timeout_seconds": 30, "allow_block_release": False}
    return SimpleNamespace(**{**base, **kw})


@pytest.fixture
def outcome() -> dict[str, object]:
    return {}


def make(qtbot, item: Held, outcome: dict[str, object], **kw: object) -> HoldDialog:
    dialog = HoldDialog(item, opts(**kw))
    qtbot.addWidget(dialog)
    dialog.released.connect(lambda reason, fp: outcome.update(released=reason, fp=fp))
    dialog.discarded.connect(lambda timeout: outcome.update(discarded=timeout))
    dialog.open()
    return dialog


def test_it_says_what_was_found_and_where(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED, window="文件传输助手 - 微信"), outcome)
    text = dialog.findings.text()
    assert "机密★1年" in text and "密级标志" in text
    assert dialog.isModal() and dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.findings)))
    assert "文件传输助手 - 微信" in labels


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_escape_and_enter_discard(qtbot, outcome, key) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    dialog.reason.setCurrentIndex(0)  # even with a reason chosen, Enter does not release
    qtbot.keyClick(dialog, key)
    assert outcome == {"discarded": False}


def test_release_needs_a_reason(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    assert not dialog.release_button.isEnabled()
    dialog.reason.setCurrentIndex(REASONS.index("other"))
    assert not dialog.release_button.isEnabled()  # "other" needs words
    dialog.reason_text.setText("发给办公室同事核对")
    assert dialog.release_button.isEnabled()
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert "发给办公室同事核对" in str(outcome["released"]) and outcome["fp"] is False


def test_false_positive_is_flagged_for_the_admin(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    dialog.reason.setCurrentIndex(REASONS.index("false_positive"))
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert outcome["fp"] is True


def test_release_waits_out_the_countdown(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome, release_countdown_seconds=2)
    dialog.reason.setCurrentIndex(0)
    assert not dialog.release_button.isEnabled()
    dialog._release()  # a reflex click before the countdown ends does nothing
    assert outcome == {}
    qtbot.waitUntil(dialog.release_button.isEnabled, timeout=3500)
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert "released" in outcome


def test_block_cannot_be_released(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED), outcome)
    assert not dialog.release_button.isVisible()
    dialog.reason.setCurrentIndex(0)
    dialog._release()
    assert outcome == {}


def test_block_release_when_the_admin_allows_it(qtbot, outcome) -> None:
    dialog = make(qtbot, held(MARKED), outcome, allow_block_release=True)
    assert dialog.release_button.isVisible()
    dialog.reason.setCurrentIndex(REASONS.index("approved"))
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert "released" in outcome


def test_nobody_answering_means_discard(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome, dialog_timeout_seconds=1)
    qtbot.waitUntil(lambda: "discarded" in outcome, timeout=3000)
    assert not dialog.isVisible()
    assert outcome["discarded"] is True


def test_a_decision_is_taken_once(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    events: list[object] = []
    dialog.discarded.connect(events.append)
    dialog.reject()
    dialog.reject()
    assert len(events) == 1


def test_thumbnail_frames_what_was_found(qtbot) -> None:
    from tests.ocr.images import document_screen

    shot = document_screen()
    x, y, w, h = shot.boxes["mark"]
    pixmap = thumbnail(shot.png(), [[x, y, w, h]], width=960)
    image = pixmap.toImage()
    scale = 960 / shot.image.width
    edge = image.pixelColor(round(x * scale) - 3, round((y + h / 2) * scale))
    assert edge.red() > 180 and edge.green() < 60


def test_enter_in_the_reason_field_neither_discards_nor_loses_the_reason(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome)
    dialog.reason.setCurrentIndex(REASONS.index("other"))
    dialog.reason_text.setFocus()
    qtbot.keyClicks(dialog.reason_text, "to the office for checking")  # (QTest types Latin keys only)
    qtbot.keyClick(dialog.reason_text, Qt.Key.Key_Return)
    assert outcome == {} and dialog.isVisible()
    assert dialog.reason_text.text() == "to the office for checking"
    qtbot.keyClick(dialog.reason_text, Qt.Key.Key_Escape)  # Esc still discards from anywhere
    assert outcome == {"discarded": False}


def test_typing_a_reason_gives_the_clerk_the_full_time_again(qtbot, outcome) -> None:
    dialog = make(qtbot, held(INTERNAL), outcome, dialog_timeout_seconds=30)
    dialog.remaining = 3
    dialog.reason_text.setFocus()
    qtbot.keyClicks(dialog.reason_text, "ok")
    assert dialog.remaining == 30


def test_the_dialog_has_no_minimise_or_maximise_button(qtbot, outcome) -> None:
    flags = make(qtbot, held(MARKED), outcome).windowFlags()
    assert not flags & Qt.WindowType.WindowMinimizeButtonHint and not flags & Qt.WindowType.WindowMaximizeButtonHint
    assert flags & Qt.WindowType.WindowCloseButtonHint


def test_a_tall_held_picture_leaves_the_decision_on_the_screen(qtbot, outcome) -> None:
    """A long screenshot held behind the dialog: the preview shrinks, the buttons stay visible."""
    import io

    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    buf = io.BytesIO()
    Image.new("RGB", (1080, 4000), "white").save(buf, "PNG")
    text = MARKED
    result = Engine().scan_text(text)
    for f in result.findings:
        f.where["box"] = [40, 60, 300, 40]
    snap = Snapshot({"image/png": buf.getvalue()})
    dialog = HoldDialog(Held(Job(1, "clipboard", 1, "image", snap), result), opts())
    qtbot.addWidget(dialog)
    dialog.open()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= room.height() - 60
    bottom = dialog.discard_button.mapTo(dialog, dialog.discard_button.rect().bottomLeft()).y()
    assert dialog.y() + bottom <= room.bottom()
