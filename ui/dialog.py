"""The hold dialog: what was found and where, and the user's decision, made hard to get wrong.

Modal and on top, on the screen the pointer is on; Esc and Enter discard and release is never the default;
`confirm` needs a reason and waits out a short countdown before release enables, so a reflex click cannot
release; `block` cannot be released (unless the admin policy allows it, with a reason), only reported as a
false positive (logged for the admin, nothing released); when nobody answers, it discards. Opened with
`open()`, never `exec()`: a nested event loop inside the clipboard handler would let a second copy re-enter it.
The words are composed in ui/dialog_words.py, laid out in ui/dialog_layout.py and fitted to the screen in
ui/dialog_fit.py; the picture preview is ui/dialog_picture.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QDialog

from guard.model import Severity
from ui.clipboard_guard import Held
from ui.dialog_fit import fit_on_screen
from ui.dialog_layout import build
from ui.dialog_picture import exclude_from_capture, thumbnail
from ui.dialog_words import MAX_SHOWN, REASONS, reason_choices, title
from ui.icons import state_icon
from ui.text import tr

__all__ = ["MAX_SHOWN", "REASONS", "HoldDialog", "exclude_from_capture", "thumbnail"]


class HoldDialog(QDialog):
    released = Signal(str, bool)  # reason, false positive
    discarded = Signal(bool)  # True when the timeout decided
    reported = Signal(str)  # a block the clerk calls a false positive: the note (may be ""); nothing is released

    def __init__(self, held: Held, settings: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.held = held
        self.block = held.severity >= Severity.BLOCK
        self.opt = (lambda k, d: getattr(settings, k, d)) if settings is not None else (lambda k, d: d)
        self.can_release = not self.block or bool(self.opt("allow_block_release", False))
        self.countdown = int(self.opt("release_countdown_seconds", 3))
        self.remaining = self.timeout = int(self.opt("dialog_timeout_seconds", 30))
        self._decided = False
        self.unjudged = bool(getattr(held, "unjudged", False))
        self.choices = reason_choices(self.opt)
        self.setWindowTitle(title(held, self.block, self.unjudged))
        # a decision, not a window to park: title and close only (no minimise, no maximise), always on top
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
                            | Qt.WindowType.WindowCloseButtonHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowIcon(state_icon("alert" if self.block else "rules_problem"))
        self.setModal(True)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    # -- layout ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        build(self)

    # -- behaviour ---------------------------------------------------------------------------------------

    def open(self) -> None:
        self._place()
        super().open()
        exclude_from_capture(self)
        self.raise_()
        self.activateWindow()
        self.discard_button.setFocus()
        self._timer.start()
        self._update()

    def _place(self) -> None:
        """Fit the available screen (the picture and then the list of findings shrink), centred on it."""
        # opening: the screen the pointer is on; later (a revealed note field): the screen the dialog is on
        screen = self.screen() if self.isVisible() else None
        fit_on_screen(self, screen or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the reason field, the reason list or the note neither discards, releases nor reports: the
        clerk is typing. Esc discards, as anywhere in the dialog."""
        typing = self.focusWidget() in (self.reason_text, self.reason, self.note)
        if typing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _grant_time(self, *_: Any) -> None:
        self.remaining = max(self.remaining, self.timeout)
        self._update()

    def _reason(self) -> tuple[str, bool] | None:
        i = self.reason.currentIndex()
        if not 0 <= i < len(self.choices):
            return None
        key, words = self.choices[i]
        typed = self.reason_text.text().strip()
        if key == "other" and not typed:
            return None
        return words + (f": {typed}" if typed else ""), key == "false_positive"

    def _update(self) -> None:
        waiting = self.countdown > 0
        self.release_button.setEnabled(self.can_release and not waiting and self._reason() is not None)
        self.release_button.setText(
            tr("dialog.release_wait", n=self.countdown) if waiting and self.can_release
            else tr("dialog.release_admin" if self.block else "dialog.release"))
        self.timeout_label.setText(tr("dialog.timeout" if self.can_release else "dialog.closes", n=self.remaining))

    def _tick(self) -> None:
        self.countdown = max(0, self.countdown - 1)
        self.remaining -= 1
        if self.remaining <= 0:
            self._finish(lambda: self.discarded.emit(True))
            return
        self._update()

    def _release(self) -> None:
        reason = self._reason()
        if not self.can_release or self.countdown > 0 or reason is None:
            return
        self._finish(lambda: self.released.emit(*reason))

    def _report(self) -> None:
        """First click: the optional note shows in the dialog; second: the report goes (nothing released)."""
        if self.can_release:
            return
        if not self.note.isVisible():
            self.note.setVisible(True)
            self.report_button.setText(tr("dialog.report_send"))
            self._grant_time()
            self._place()
            self.note.setFocus()
            return
        note = self.note.text().strip()
        self._finish(lambda: self.reported.emit(note))

    def reject(self) -> None:
        self._finish(lambda: self.discarded.emit(False))

    def _finish(self, emit: Any) -> None:
        if self._decided:
            return
        self._decided = True
        self._timer.stop()
        emit()
        if self.isVisible():
            super().reject()

