"""The screen check's window says the outcome in words (never "拦截": nothing was held back) and fits the free
area of a 1366x768 screen at 100, 125 and 150 % (a real app on its own Xvfb of that size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from guard.model import Finding, ScanResult, Severity
from tests.xvfb import available, xvfb
from ui.screen_check import ScreenResultWindow

REPO = Path(__file__).resolve().parents[2]


def finding(category: str, severity: Severity = Severity.BLOCK) -> Finding:
    return Finding("r." + category, category, severity, 0.9, 0, 4, "内容含敏感信息", "sensitive", where={})


def words(window: ScreenResultWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


@pytest.mark.parametrize(("result", "expected"), [
    (ScanResult("<screen>", "allow"), "屏幕上未发现敏感内容"),
    (ScanResult("<screen>", "block", [finding("state_secret")]), "屏幕上有涉密标志"),
    (ScanResult("<screen>", "confirm", [finding("internal", Severity.CONFIRM)] * 3), "屏幕上发现 3 处需注意的内容"),
    (ScanResult("<screen>", "error", error="OCR 未安装"), "屏幕未能完成检查"),
])
def test_the_heading_says_the_outcome(qtbot, monkeypatch: pytest.MonkeyPatch, result: ScanResult,
                                      expected: str) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    window = ScreenResultWindow(result, b"")
    qtbot.addWidget(window)
    assert window.heading.text() == expected
    assert "拦截" not in words(window) and "需确认" not in words(window)


def test_a_long_list_is_cut_short(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    window = ScreenResultWindow(ScanResult("<screen>", "confirm", [finding("internal")] * 30), b"")
    qtbot.addWidget(window)
    assert words(window).count("•") == 8 and "另有 22 处" in words(window)


SHOW = """
import json, sys
from PySide6.QtCore import QBuffer, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
app = QApplication(["t", "-platform", "xcb"])
from guard.model import Finding, ScanResult, Severity
from ui.screen_check import ScreenResultWindow
image = QImage(1920, 1080, QImage.Format.Format_RGB32)
image.fill(0xFFFFFF)
buf = QBuffer()
buf.open(QBuffer.OpenModeFlag.WriteOnly)
image.save(buf, "PNG")
found = [Finding("r", "state_secret", Severity.BLOCK, 0.9, 0, 4, "机密标志", "mark", where={"box": [10, 10, 50, 50]})]
window = ScreenResultWindow(ScanResult("<screen>", "block", found * 12 if sys.argv[1] == "found" else []),
                            bytes(buf.data()))
window.show()
def report():
    avail, frame = window.screen().availableGeometry(), window.frameGeometry()
    print(json.dumps({"avail": [avail.width(), avail.height()], "frame": [frame.width(), frame.height()],
                      "size": [window.width(), window.height()]}))
    app.quit()
QTimer.singleShot(800, report)
app.exec()
"""


@pytest.mark.skipif(not available(), reason="needs Xvfb")
@pytest.mark.parametrize("scale", ["1", "1.25", "1.5"])
@pytest.mark.parametrize("kind", ["found", "clean"])
def test_the_window_fits_a_1366x768_screen_and_its_content(scale: str, kind: str) -> None:
    with xvfb("1366x768x24") as display:
        env = {**os.environ, "DISPLAY": display, "QT_SCALE_FACTOR": scale, "CLIPGUARD_LANG": "zh"}
        out = subprocess.run([sys.executable, "-c", SHOW, kind], cwd=REPO, env=env, capture_output=True,
                             text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    (aw, ah), (w, h) = got["avail"], got["size"]
    assert w <= aw - 40 and h <= ah - 60, got  # inside the free area, with room for the frame
    if kind == "found":  # the frames must be readable: the picture as wide as the room allows, up to 900 px
        assert w >= min(900, aw - 100), got
    else:  # nothing found: a small picture and no empty band around it
        assert w <= 540 and h <= 420, got


def test_nothing_found_the_window_is_no_bigger_than_its_heading_and_picture(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QImage

    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    image, buf = QImage(1920, 1080, QImage.Format.Format_RGB32), QBuffer()
    image.fill(0xFFFFFF)
    buf.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    window = ScreenResultWindow(ScanResult("<screen>", "allow"), bytes(buf.data()))
    qtbot.addWidget(window)
    window.show()
    picture = next(label for label in window.findChildren(QLabel) if not label.pixmap().isNull())
    assert picture.pixmap().width() <= 480
    spare = window.height() - window.heading.height() - picture.pixmap().height()
    assert 0 < spare <= 60, spare  # margins, spacing and the area's frame only
