"""The alert after a risky file landed in a chat client's folder: the send may already have happened, so
the one useful thing left is to recall it while that is still possible (WeChat: two minutes). The alert
comes at once, on top, says which file, which client and what was found, counts down the recall window,
and offers to bring the chat client to the front."""

from __future__ import annotations

import html
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from guard.model import Severity
from ui.text import tr

RECALL_SECONDS = 120  # WeChat; QQ allows the same, WeCom and DingTalk longer
PROCESSES = {"wechat3": ("WeChat.exe", "wechat"), "wechat4": ("Weixin.exe", "wechat", "weixin"),
             "wecom": ("WXWork.exe", "wxwork"), "qq": ("QQ.exe", "qq"), "dingtalk": ("DingTalk.exe", "dingtalk")}


class FolderAlert(QWidget):
    closed = Signal()

    def __init__(self, hit: Any) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.hit = hit
        block = hit.result.severity >= Severity.BLOCK
        self.setWindowTitle(tr("alert.title.block" if block else "alert.title.confirm"))
        layout = QVBoxLayout(self)
        lead = QLabel(tr("alert.lead", client=html.escape(hit.root.label), name=html.escape(Path(hit.path).name)))
        lead.setWordWrap(True)
        lead.setStyleSheet(f"font-weight: bold; color: {'#b00020' if block else '#8a5a00'};")
        layout.addWidget(lead)
        en = tr.language() == "en"
        found = [f"<li>{html.escape(f.why_en if en else f.why_zh)}</li>"
                 for f in sorted(hit.result.findings, key=lambda f: -f.severity)[:5]]
        self.findings = QLabel("<ul>" + "".join(found) + "</ul>")
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings)
        self.where = QLabel(tr("alert.where", path=html.escape(str(hit.path))))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.countdown = QLabel()
        self.countdown.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.countdown)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("alert.open_client", client=hit.root.label))
        self.open_button.setVisible(hit.root.client in PROCESSES)
        self.open_button.clicked.connect(self.open_client)
        self.ok_button = QPushButton(tr("alert.ok"))
        self.ok_button.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self._tick()
        self.setMinimumWidth(520)

    def remaining(self) -> int:
        return max(0, round(RECALL_SECONDS - (time.monotonic() - self.hit.completed)))

    def _tick(self) -> None:
        left = self.remaining()
        self.countdown.setText(tr("alert.recall", m=left // 60, s=left % 60) if left else tr("alert.recall_over"))

    def show_on_top(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        self.adjustSize()
        if screen is not None:
            geo = screen.availableGeometry()
            self.move(geo.right() - self.width() - 24, geo.top() + 48)
        self.show()
        self.raise_()
        self.activateWindow()

    def open_client(self) -> bool:
        """Start the client's program again: a running WeChat/QQ brings its window to the front."""
        exe = running_client(self.hit.root.client)
        if exe is None:
            return False
        try:
            subprocess.Popen([exe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=sys.platform != "win32")
            return True
        except OSError:
            return False

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)


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
