"""The hold dialog: what was found and where, and the user's decision, made hard to get wrong.

Modal and on top, on the screen the pointer is on; Esc and Enter discard and release is never the default;
`confirm` needs a reason and waits out a short countdown before release enables, so a reflex click cannot
release; `block` cannot be released (unless the admin policy allows it, with a reason); when nobody answers,
it discards. Opened with `open()`, never `exec()`: a nested event loop inside the clipboard handler would let
a second copy re-enter it.
"""

from __future__ import annotations

import html
import sys
from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QImage, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from guard.messages import label
from guard.model import Severity
from ui.clipboard_guard import Held
from ui.icons import state_icon
from ui.scanning import source_name
from ui.text import tr

REASONS = ("public", "approved", "internal_channel", "own", "false_positive", "other")
MAX_SHOWN = 6


class HoldDialog(QDialog):
    released = Signal(str, bool)  # reason, false positive
    discarded = Signal(bool)  # True when the timeout decided

    def __init__(self, held: Held, settings: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.held = held
        self.block = held.severity >= Severity.BLOCK
        opt = (lambda k, d: getattr(settings, k, d)) if settings is not None else (lambda k, d: d)
        self.can_release = not self.block or bool(opt("allow_block_release", False))
        self.countdown = int(opt("release_countdown_seconds", 3))
        self.remaining = self.timeout = int(opt("dialog_timeout_seconds", 30))
        self._decided = False
        self.unjudged = bool(getattr(held, "unjudged", False))
        self.setWindowTitle(tr("dialog.title.block" if self.block else
                               "dialog.title.unjudged" if self.unjudged else "dialog.title.confirm"))
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
        box = QVBoxLayout(self)
        lead = QLabel(tr("dialog.lead.block" if self.block else
                         "dialog.lead.unjudged" if self.unjudged else "dialog.lead.confirm"))
        lead.setWordWrap(True)
        lead.setStyleSheet(f"font-weight: bold; color: {'#b00020' if self.block else '#8a5a00'};")
        box.addWidget(lead)
        box.addWidget(QLabel(f"<b>{tr('dialog.why_unjudged' if self.unjudged else 'dialog.found')}</b>"))
        self.findings = QLabel(self._findings_html())
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setWordWrap(True)
        box.addWidget(self.findings)
        image = self.held.snapshot.image
        self.thumbnail: QLabel | None = None
        if image and any("box" in f.where for f in self.held.result.findings):
            self.thumbnail = QLabel()
            self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._boxes = [f.where["box"] for f in self.held.result.findings if "box" in f.where]
            self.thumbnail.setPixmap(thumbnail(image, self._boxes))
            box.addWidget(self.thumbnail)
        source = label("source", source_name(self.held.job.kind))
        window = self.held.job.window or tr("dialog.window_unknown")
        where = QLabel(tr("dialog.where", source=source, window=html.escape(window)))
        where.setWordWrap(True)
        box.addWidget(where)
        if self.block:
            how = QLabel(tr("dialog.how_to_send"))
            how.setWordWrap(True)
            box.addWidget(how)
        self.reason = QComboBox()
        self.reason.addItems([tr(f"dialog.reason.{r}") for r in REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(tr("dialog.reason.placeholder"))
        self.reason_text = QLineEdit()
        self.reason_text.setPlaceholderText(tr("dialog.reason.placeholder"))
        if self.can_release:
            row = QHBoxLayout()
            row.addWidget(QLabel(tr("dialog.reason")))
            row.addWidget(self.reason, 1)
            box.addLayout(row)
            box.addWidget(self.reason_text)
        self.timeout_label = QLabel()
        box.addWidget(self.timeout_label)
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(tr("dialog.discard"))
        self.discard_button.setDefault(True)
        self.discard_button.setAutoDefault(True)
        self.release_button = QPushButton(tr("dialog.release_admin" if self.block else "dialog.release"))
        self.release_button.setAutoDefault(False)
        self.release_button.setDefault(False)
        self.release_button.setVisible(self.can_release)
        buttons.addStretch(1)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.discard_button)
        box.addLayout(buttons)
        self.discard_button.clicked.connect(self.reject)
        self.release_button.clicked.connect(self._release)
        self.reason.currentIndexChanged.connect(self._update)
        self.reason_text.textChanged.connect(self._update)
        # typing or choosing a reason is the clerk at work: the timeout starts again from its full length
        self.reason.currentIndexChanged.connect(self._grant_time)
        self.reason_text.textEdited.connect(self._grant_time)
        self.setMinimumWidth(560)

    def _findings_html(self) -> str:
        en = tr.language() == "en"
        # the worst first, then in reading order, so a clerk finds each one in the text
        items = sorted(self.held.result.findings, key=lambda f: (-f.severity, f.where.get("line", 0), f.start))
        rows = []
        for f in items[:MAX_SHOWN]:
            why = html.escape(f.why_en if en else f.why_zh)
            excerpt = html.escape(f.excerpt)
            colour = "#b00020" if f.severity >= Severity.BLOCK else "#8a5a00"
            rows.append(f"<li>{why}<br><span style='background:#fff3c4; color:{colour};'><b>{excerpt}</b>"
                        "</span></li>")
        if len(items) > MAX_SHOWN:
            rows.append(f"<li>{html.escape(tr('dialog.more', n=len(items) - MAX_SHOWN))}</li>")
        # what could not be read, and why: an unjudged hold must say what stopped the check (the readers' reasons
        # may be technical English: a plain sentence comes first)
        reasons = [r for r in [self.held.result.error, *self.held.result.notes] if r][:MAX_SHOWN]
        if reasons and self.unjudged:
            rows.append(f"<li>{html.escape(tr('dialog.unjudged_' + _what(self.held.job.kind)))}</li>")
        for reason in reasons:
            rows.append(f"<li><span style='color:#555;'>{html.escape(reason)}</span></li>")
        return "<ul>" + "".join(rows) + "</ul>"

    # -- behaviour ---------------------------------------------------------------------------------------

    def open(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        self.adjustSize()
        if screen is not None:
            geo = screen.availableGeometry()
            self._fit(geo.height() - 60)  # room for the window manager's title bar and frame
            self.move(geo.center().x() - self.width() // 2, max(geo.top(), geo.center().y() - self.height() // 2))
        self.setFixedSize(self.size())  # nothing to gain by resizing: window managers then offer no maximise
        super().open()
        exclude_from_capture(self)
        self.raise_()
        self.activateWindow()
        self.discard_button.setFocus()
        self._timer.start()
        self._update()

    def _fit(self, room: int) -> None:
        """A tall picture shrinks until the whole dialog (the decision buttons above all) fits on the screen."""
        image = self.held.snapshot.image
        if self.thumbnail is None or not image or self.height() <= room:
            return
        shown = self.thumbnail.pixmap().height()
        self.thumbnail.setPixmap(thumbnail(image, self._boxes, height=max(80, shown - (self.height() - room))))
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the reason field or the reason list neither discards nor releases: the clerk is typing.
        Esc discards, as anywhere in the dialog."""
        typing = self.focusWidget() in (self.reason_text, self.reason)
        if typing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _grant_time(self, *_: Any) -> None:
        self.remaining = max(self.remaining, self.timeout)
        self._update()

    def _reason(self) -> tuple[str, bool] | None:
        i = self.reason.currentIndex()
        if i < 0:
            return None
        key = REASONS[i]
        typed = self.reason_text.text().strip()
        if key == "other" and not typed:
            return None
        text = tr(f"dialog.reason.{key}") + (f": {typed}" if typed else "")
        return text, key == "false_positive"

    def _update(self) -> None:
        waiting = self.countdown > 0
        self.release_button.setEnabled(self.can_release and not waiting and self._reason() is not None)
        self.release_button.setText(
            tr("dialog.release_wait", n=self.countdown) if waiting and self.can_release
            else tr("dialog.release_admin" if self.block else "dialog.release"))
        self.timeout_label.setText(tr("dialog.timeout", n=self.remaining))

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


def _what(kind: str) -> str:
    return {"image": "picture", "files": "files"}.get(kind, "text")


def thumbnail(image: bytes, boxes: list[list[int]], width: int = 520, height: int = 100_000) -> QPixmap:
    """The picture, scaled down to fit `width` x `height`, with a red frame around each place something was
    found."""
    img = QImage.fromData(image)
    if img.isNull():
        return QPixmap()
    scale = min(1.0, width / max(1, img.width()), height / max(1, img.height()))
    shown = img.scaled(max(1, round(img.width() * scale)), max(1, round(img.height() * scale)),
                       Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(shown)
    painter.setPen(QPen(QColor(220, 0, 0), 3))
    for x, y, w, h in boxes:
        painter.drawRect(QRect(round(x * scale) - 3, round(y * scale) - 3, round(w * scale) + 6, round(h * scale) + 6))
    painter.end()
    return QPixmap.fromImage(shown)


def exclude_from_capture(widget: QDialog) -> None:
    """Keep the dialog (it shows the snippet) out of screenshots and screen sharing where the OS allows:
    Windows 10 2004+ `WDA_EXCLUDEFROMCAPTURE`. X11 has no such control."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.SetWindowDisplayAffinity(int(widget.winId()), 0x11)  # type: ignore[attr-defined]
    except Exception:  # older Windows: the dialog stays visible to capture, nothing else changes
        pass
