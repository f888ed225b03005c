"""The tray icon and its menu, or a small status window where the desktop has no system tray (plain X
sessions, some UOS/Kylin setups): the guard must not vanish just because there is nowhere to put an icon.

Pause and Quit (from the menu or the status window) first ask why (`ui.stop_reason`); the handler gets the
reason, and nothing happens when the clerk cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from ui.fit import fitted
from ui.icons import state_icon
from ui.stop_reason import StopReasonDialog
from ui.text import tr

ASK_WHY = ("pause", "quit")  # actions that switch the guard off: their handlers take the clerk's reason


class StatusWindow(QWidget):
    """State, rules and the last notices; the tray menu's actions as buttons when there is no tray."""

    def __init__(self, actions: list[QAction]) -> None:
        super().__init__()
        self.setWindowTitle(tr("status.title"))
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.problems = QLabel()  # what weakens the guard now, one line each, in amber
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #9a5b00;")
        self.problems.hide()
        self.note = QLabel()  # hidden while empty: an empty label still takes a line of spacing
        self.note.setWordWrap(True)
        self.note.hide()
        for label in (self.state, self.rules, self.problems, self.note):
            layout.addWidget(label)
        self.no_tray = QLabel(tr("status.no_tray"))
        self.no_tray.setWordWrap(True)
        layout.addWidget(self.no_tray)
        for action in actions:
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: (b.setText(a.text()), b.setVisible(a.isVisible()),
                                                                b.setEnabled(a.isEnabled())))
            button.setVisible(action.isVisible())
            layout.addWidget(button)
        self.setMinimumWidth(480)
        self.fit()

    def fit(self) -> None:
        """Grow (or shrink) to what the labels need now: wrapped lines are never cut off, and no gaps.
        adjustSize() would take the labels' height at a narrower guess and spread the surplus between them."""
        self.resize(fitted(self, min(self.screen().availableGeometry().width() - 40, 640)))


def about_box(text: str) -> QMessageBox:
    """The About box with the product's icon and a 确定 button in the clerk's language (Qt's own says OK)."""
    box = QMessageBox()
    box.setWindowTitle(tr("app.name"))
    box.setWindowIcon(state_icon("protected"))
    box.setIconPixmap(state_icon("protected").pixmap(64, 64))
    box.setText(text)
    box.setDefaultButton(box.addButton(tr("about.close"), QMessageBox.ButtonRole.AcceptRole))
    return box


class Tray(QObject):
    """`handlers`: one per menu key; those of ASK_WHY are called with the reason the clerk gave."""

    def __init__(self, handlers: dict[str, Callable[..., None]]) -> None:
        super().__init__()
        self.menu = QMenu()
        self.actions: dict[str, QAction] = {}
        self.asking: StopReasonDialog | None = None
        for key in ("status", "events", "scan_screen", "pause", "resume", "rules", "about", "quit"):
            action = QAction(tr(f"menu.{key}", version=""), self.menu)
            if key in ASK_WHY and key in handlers:
                action.triggered.connect(lambda _=False, k=key, h=handlers[key]: self.ask_why(k, h))
            elif key in handlers:
                action.triggered.connect(handlers[key])
            if key == "rules":
                action.setEnabled(False)  # information only
            self.menu.addAction(action)
            self.actions[key] = action
        self.actions["resume"].setVisible(False)
        self.status = StatusWindow([self.actions[k] for k in ("events", "scan_screen", "pause", "resume", "quit")])
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(state_icon("protected"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(lambda reason: self.show_status()
                                        if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
            self.icon.show()
            self.status.no_tray.hide()
        self.state = ""

    def ask_why(self, kind: str, then: Callable[[str], None]) -> StopReasonDialog:
        """One reason dialog at a time (a second click brings the open one forward); `then(reason)` on 确定."""
        if self.asking is not None:
            self.asking.raise_()
            self.asking.activateWindow()
            return self.asking
        dialog = StopReasonDialog(kind)
        dialog.chosen.connect(then)
        dialog.finished.connect(lambda _code: self._asked(dialog))
        self.asking = dialog
        dialog.open()
        return dialog

    def _asked(self, dialog: StopReasonDialog) -> None:
        if self.asking is dialog:
            self.asking = None
        dialog.deleteLater()

    @property
    def has_tray(self) -> bool:
        return self.icon is not None

    def start(self) -> None:
        if not self.has_tray:
            self.show_status()

    def show_status(self) -> None:
        self.status.show()
        self.status.raise_()
        self.status.activateWindow()

    def set_state(self, state: str, text: str, rules: str, problems: list[str] | None = None) -> None:
        """`problems`: lines already in words (rules error, admin configuration, settings, event log)."""
        self.state = state
        icon = state_icon(state)
        self.status.setWindowIcon(icon)
        self.status.state.setText(text)
        self.status.rules.setText(tr("menu.rules", version=rules))
        self.status.problems.setText("\n".join(f"• {p}" for p in problems or []))
        self.status.problems.setVisible(bool(problems))
        self.status.fit()
        self.actions["rules"].setText(tr("menu.rules", version=rules))
        if self.icon is not None:
            self.icon.setIcon(icon)
            self.icon.setToolTip(text)

    def set_paused(self, paused: bool, may_pause: bool, may_quit: bool) -> None:
        self.actions["pause"].setVisible(may_pause and not paused)
        self.actions["resume"].setVisible(paused)
        self.actions["quit"].setVisible(may_quit)

    def notify(self, title: str, text: str) -> None:
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 8000)
        self.status.note.setText(f"{title}: {text}")
        self.status.note.show()
        self.status.fit()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
        self.status.hide()
