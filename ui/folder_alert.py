"""The alert after a risky file landed in a chat client's folder: the send may already have happened, so what is
left is to recall it while that is still possible, or, for a received file, not to pass it on. The alert comes at
once, on top, says which file, which client and what was found, follows the recall clock, and offers to bring
the chat client to the front (or says that it is not running)."""

from __future__ import annotations

import html
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from guard.model import Severity
from guard.sources import im_direction as im
from ui import folder_alert_words as words
from ui.fit import fitted
from ui.icons import state_icon
from ui.text import tr

PROCESSES = {"wechat3": ("WeChat.exe", "wechat"), "wechat4": ("Weixin.exe", "wechat", "weixin"),
             "wecom": ("WXWork.exe", "wxwork"), "qq": ("QQ.exe", "qq"), "dingtalk": ("DingTalk.exe", "dingtalk")}
CLIENT_CHECK_TICKS = 5  # look for the client's process every few seconds, not every second


class ElidedLabel(QLabel):
    """One line, elided in the middle to the width it gets: a long path never wraps inside a folder name."""

    def __init__(self, full: str) -> None:
        super().__init__()
        self.full = full
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(full)
        self.setText(full)

    def resizeEvent(self, event: Any) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, self.width()))
        super().resizeEvent(event)


class FolderAlert(QWidget):
    closed = Signal()

    def __init__(self, hit: Any, direction: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.hit = hit
        self.direction = direction or im.direction(Path(hit.path), hit.root)
        self.recall_seconds = words.recall_seconds(hit.root.client)
        block = hit.result.severity >= Severity.BLOCK
        self.setWindowTitle(tr("alert.title.block" if block else "alert.title.confirm"))
        self.setWindowIcon(state_icon("alert" if block else "rules_problem"))  # the guard's shield, not X's default
        layout = QVBoxLayout(self)
        self.lead = self._label(f"font-weight: bold; color: {'#b00020' if block else '#8a5a00'};")
        self.lead.setTextFormat(Qt.TextFormat.RichText)  # the file name is escaped: never shown as markup
        self.advice = self._label("")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setText(html.escape(words.advice(self.direction)))
        self.advice.setVisible(bool(self.advice.text()))
        en = tr.language() == "en"
        found = [f"<li>{html.escape(f.why_en if en else f.why_zh)}</li>"
                 for f in sorted(hit.result.findings, key=lambda f: -f.severity)[:5]]
        self.findings = self._label("")
        # Qt gives a list 12 px above and below and a 40 px indent: a gap in a window this small
        self.findings.setText('<ul style="margin-top: 0; margin-bottom: 0; -qt-list-indent: 1;">'
                              + "".join(found) + "</ul>")
        where = QHBoxLayout()
        where.addWidget(QLabel(tr("alert.where")))
        self.where = ElidedLabel(im.masked(Path(hit.path), hit.root, tr("alert.account")))
        where.addWidget(self.where, 1)
        self.countdown = self._label("font-size: 15px; font-weight: bold;")
        for widget in (self.lead, self.advice, self.findings):
            layout.addWidget(widget)
        layout.addLayout(where)
        layout.addWidget(self.countdown)
        self.status = self._label("color: #b00020;")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.setVisible(hit.root.client in PROCESSES)
        self.open_button.clicked.connect(self.open_client)
        self.ok_button = QPushButton(tr("alert.ok"))
        self.ok_button.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.refresh_client()
        self._tick()
        self.setMinimumWidth(520)

    def _label(self, style: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(style)
        return label

    def remaining(self) -> int:
        return max(0, round(self.recall_seconds - (time.monotonic() - self.hit.completed)))

    def _tick(self) -> None:
        left = self.remaining()
        name = html.escape(Path(self.hit.path).name)
        self.lead.setText(words.lead(self.direction, left, html.escape(self.hit.root.label), name))
        self.countdown.setText(words.countdown(self.direction, left))
        self.countdown.setVisible(bool(self.countdown.text()))
        self._ticks += 1
        if self._ticks % CLIENT_CHECK_TICKS == 0:
            self.refresh_client()

    def refresh_client(self) -> None:
        """The button says whether there is a client to bring to the front."""
        if self.hit.root.client not in PROCESSES:
            return
        running = running_client(self.hit.root.client) is not None
        key = "alert.open_client" if running else "alert.client_not_running"
        self.open_button.setText(tr(key, client=self.hit.root.label))
        self.open_button.setEnabled(running)

    def show_on_top(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None:
            geo = screen.availableGeometry()
            self.setMaximumSize(geo.size())
            self.setMinimumWidth(min(520, geo.width()))
            self.setGeometry(place(fitted(self, geo.width()), geo))
        else:
            self.resize(fitted(self, 10_000))
        self.show()
        self.raise_()
        self.activateWindow()

    def open_client(self) -> bool:
        """Start the client's program again: a running WeChat/QQ brings its window to the front."""
        exe = running_client(self.hit.root.client)
        if exe is not None:
            try:
                subprocess.Popen([exe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=sys.platform != "win32")
                self.status.hide()
                return True
            except OSError:
                pass
        self.status.setText(tr("alert.client_not_found", client=self.hit.root.label))
        self.status.show()
        self.refresh_client()
        return False

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)


def place(size: QSize, geo: QRect, margin: int = 24) -> QRect:
    """Top right of the available area, clamped so the whole alert stays on screen."""
    width, height = min(size.width(), geo.width()), min(size.height(), geo.height())
    x = max(geo.left(), geo.right() + 1 - width - margin)
    y = max(geo.top(), min(geo.top() + 2 * margin, geo.bottom() + 1 - height))
    return QRect(x, y, width, height)


def running_client(client: str) -> str | None:
    """Path of the running client's executable, if one is running and visible to us."""
    names = {n.lower() for n in PROCESSES.get(client, ())}
    try:
        import psutil
    except ImportError:
        return None
    for proc in psutil.process_iter(["name", "exe"]):
        try:
            if (proc.info["name"] or "").lower() in names and proc.info["exe"]:
                return str(proc.info["exe"])
        except (psutil.Error, OSError):
            continue
    return None
