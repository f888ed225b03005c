"""Quit from the menu is in the event log, once: written at the click (like a pause), not left to the exit
path, and the exit path does not write it a second time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from guard.audit import EventLog
from guard.settings import load_settings
from tests.ui.test_app import write_admin
from ui.app import GuardApp

SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(["clipguard", "-platform", "offscreen"])
import ui.app

real_start = ui.app.GuardApp.start


def start(self):
    real_start(self)
    QTimer.singleShot(500, self.quit)  # the clerk picks 退出 in the menu


ui.app.GuardApp.start = start
raise SystemExit(ui.app.main([]))
"""


def stops(log: EventLog) -> list[tuple[str, str]]:
    return [(e.choice, e.reason) for e in log.recent() if e.source == "app"]


def test_quit_is_logged_at_the_click(qapp: object, tmp_path: Path) -> None:
    write_admin(tmp_path, allow_quit=True, watch_im_folders=False)
    log = EventLog()
    app = GuardApp(load_settings(), log)
    app.quit()
    log.flush(2)
    found = stops(log)
    assert [c for c, _ in found] == ["stopped"] and "从菜单退出" in found[0][1], found


def test_a_quit_by_the_menu_is_logged_once(tmp_path: Path) -> None:
    write_admin(tmp_path, allow_quit=True, watch_im_folders=False)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = stops(EventLog())
    assert [c for c, _ in found] == ["stopped"] and "quit from the menu" in found[0][1], found
