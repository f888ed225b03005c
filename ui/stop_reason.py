"""Why the clerk pauses or quits the guard: a small modal dialog before the guard stops watching, so the
event log says who switched it off and why (an admin reading the log sees "15 min — 正在演示", not a gap).

A reason from the list, or words of one's own, or both; 确定 stays disabled until there is one, so Enter
never confirms an empty reason. Esc and 取消 change nothing and log nothing. Opened with `open()` (no nested
event loop): `chosen(reason)` when confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.icons import state_icon
from ui.text import tr

REASONS = {"pause": ("presenting", "false_holds", "slow", "told"), "quit": ("false_holds", "slow", "told", "leaving")}
MAX_CHARS = 200  # a reason, not a document: what is typed here goes into the event log as it is


class StopReasonDialog(QDialog):
    """`kind`: "pause" or "quit"."""

    chosen = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr(f"stop.{kind}.title"))
        self.setWindowIcon(state_icon("paused" if kind == "pause" else "alert"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        layout = QVBoxLayout(self)
        prompt = QLabel(tr(f"stop.{kind}.prompt"))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.reason = QComboBox()
        self.reason.addItems([tr(f"stop.reason.{r}") for r in REASONS[kind]])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(tr("stop.reason.choose"))
        layout.addWidget(self.reason)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_CHARS)
        self.text.setPlaceholderText(tr("stop.reason.own_words"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.ok: QPushButton = buttons.addButton(tr("stop.ok"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel: QPushButton = buttons.addButton(tr("stop.cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAutoDefault(False)  # Enter in the text field means 确定 (when allowed), never 取消
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(420)

    def value(self) -> str:
        """The chosen reason and the clerk's own words, in that order; "" when there is neither."""
        parts = [self.reason.currentText() if self.reason.currentIndex() >= 0 else "", self.text.text().strip()]
        return "；".join(p for p in parts if p)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.value()))

    def accept(self) -> None:
        reason = self.value()
        if not reason:  # Enter from an empty form (the default button may be reached without the mouse)
            return
        super().accept()
        self.chosen.emit(reason)
