"""The chat-folder alert follows the recall clock and the direction, shows a short path without the account id,
says when the client is not running, and fits a 1366x768 screen."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from guard.engine import Engine
from guard.sources.folder_watch import FolderHit
from guard.sources.im_direction import SENT
from guard.sources.im_folders import WatchRoot
from tests.ui.openbox import available as wm_available
from tests.ui.openbox import run, screen_with_wm
from tests.xvfb import available, xvfb
from ui.folder_alert import FolderAlert, place, running_client

MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
ROOT = Path(__file__).resolve().parents[2]
LONG = ("C:/Users/clerk/Documents/WeChat Files/wxid_k3l9x2m4q8/FileStorage/MsgAttach/"
        "9e20f478899dc29eb19741386f9343c8/File/2026-12")


def hit(where: str = LONG, client: str = "wechat3", ago: float = 0.0, label: str = "微信",
        name: str = "关于年度安全生产检查情况的通报（征求意见稿）.docx") -> FolderHit:
    root = WatchRoot(Path(where.split("/MsgAttach")[0] + "/MsgAttach" if "MsgAttach" in where else where),
                     client, label, "test", True)
    now = time.monotonic()
    return FolderHit(Path(where) / name, root, Engine().scan_text(MARKED), "h", now - ago, now)


def make(qtbot, item: FolderHit, **kw: object) -> FolderAlert:
    alert = FolderAlert(item, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(alert)
    alert.show_on_top()
    qtbot.waitExposed(alert)
    return alert


def test_within_the_window_the_lead_says_recall_now(qtbot) -> None:
    alert = make(qtbot, hit(ago=55))
    assert "请立即到聊天窗口撤回" in alert.lead.text()
    assert alert.countdown.text() == "还可撤回 1 分 05 秒"
    alert.hit.completed = time.monotonic() - 91
    alert._tick()
    assert alert.countdown.text() == "还可撤回 29 秒"


def test_after_the_window_no_recall_now(qtbot) -> None:
    alert = make(qtbot, hit(ago=300))
    assert "立即" not in alert.lead.text() and "撤回时限" not in alert.lead.text()
    assert "接收方删除" in alert.lead.text() and "保密员" in alert.lead.text()
    assert alert.countdown.text() == "撤回时限已过"


def test_the_words_change_when_the_clock_runs_out(qtbot) -> None:
    alert = make(qtbot, hit(ago=118.5))
    assert "请立即到聊天窗口撤回" in alert.lead.text()
    qtbot.waitUntil(lambda: alert.countdown.text() == "撤回时限已过", timeout=5000)
    assert "立即" not in alert.lead.text()


def test_wecom_counts_down_a_day(qtbot) -> None:
    alert = make(qtbot, hit("D:/WXWork/1688850123456789/Cache/File", "wecom", ago=10, label="企业微信"))
    assert alert.countdown.text() == "还可撤回 23 小时 59 分"


def test_a_received_file_gets_received_advice_and_no_clock(qtbot) -> None:
    alert = make(qtbot, hit("C:/Documents/Tencent Files/364528149/FileRecv", "qq", label="QQ"))
    assert "收到的文件" in alert.lead.text() and "不要转发" in alert.lead.text()
    assert "撤回" not in alert.lead.text()
    assert alert.countdown.isHidden() and alert.advice.isHidden()


def test_unknown_direction_gives_both_advices_and_a_known_send_only_one(qtbot) -> None:
    unknown = make(qtbot, hit())
    assert unknown.lead.text().count("如果是您发出的") == 1
    assert "如果是收到的" in unknown.advice.text() and unknown.advice.isVisible()
    sent = make(qtbot, hit(), direction=SENT)
    assert "如果" not in sent.lead.text() and sent.advice.isHidden()


def test_the_path_is_elided_in_the_middle_without_the_account_id(qtbot) -> None:
    alert = make(qtbot, hit())
    text, label = alert.where.text(), alert.where
    assert "…" in text and not label.wordWrap()
    assert label.fontMetrics().horizontalAdvance(text) <= label.width()
    assert text.endswith(".docx")
    for secret in ("wxid_k3l9x2m4q8", "9e20f478899dc29eb19741386f9343c8"):
        assert secret not in text and secret not in label.toolTip()
    assert "FileStorage" in label.toolTip() and "〔账号〕" in label.toolTip()


def test_a_client_that_is_not_running_is_named_so(qtbot) -> None:
    assert running_client("dingtalk") is None
    alert = make(qtbot, hit("C:/Users/clerk/Documents/DingDing", "dingtalk", label="钉钉"))
    assert alert.open_button.text() == "钉钉未在运行" and not alert.open_button.isEnabled()
    assert alert.open_client() is False
    assert alert.status.isVisible() and "未找到正在运行的钉钉" in alert.status.text()


def test_a_client_that_quits_after_the_alert_opened(qtbot, tmp_path: Path) -> None:
    assert running_client("wechat3") is None
    fake = tmp_path / "wechat"
    shutil.copy("/bin/sleep", fake)
    proc = subprocess.Popen([str(fake), "60"])
    try:
        qtbot.waitUntil(lambda: running_client("wechat3") == str(fake), timeout=5000)
        alert = make(qtbot, hit())
        assert alert.open_button.text() == "打开微信" and alert.open_button.isEnabled()
    finally:
        proc.kill()
        proc.wait()
    assert alert.open_client() is False
    assert "未找到正在运行的微信" in alert.status.text()
    assert alert.open_button.text() == "微信未在运行" and not alert.open_button.isEnabled()


def test_place_keeps_the_alert_on_screen() -> None:
    geo = QRect(0, 0, 1366, 728)
    for size in (QSize(560, 420), QSize(900, 900), QSize(1500, 300)):
        assert geo.contains(place(size, geo))


SHOW = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.test_folder_alert import hit
from ui.folder_alert import FolderAlert
alert = FolderAlert(hit())
alert.show_on_top()
app.processEvents()
g, s = alert.frameGeometry(), alert.screen().availableGeometry()
print(json.dumps([[g.x(), g.y(), g.width(), g.height()], [s.x(), s.y(), s.width(), s.height()]]))
"""


@pytest.mark.skipif(not available(), reason="needs Xvfb")
def test_the_alert_fits_a_1366x768_screen(tmp_path: Path) -> None:
    with xvfb("1366x768x24") as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "CLIPGUARD_DATA_DIR": str(tmp_path)}
        out = subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=60, check=True).stdout
    (x, y, w, h), (sx, sy, sw, sh) = json.loads(out.strip().splitlines()[-1])
    assert (sw, sh) == (1366, 768)
    assert sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh
    assert w >= 520


def test_english_sentences_are_spaced(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import folder_alert_words as words

    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert words.lead("unknown", 30, "WeChat", "a.docx") == (
        "'a.docx' just appeared in WeChat's folder. If you sent it: recall it in the chat now.")
    assert words.countdown("sent", 65) == "1 min 05 s left to recall it"


GAPS = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.test_folder_alert import hit
from ui.folder_alert import FolderAlert
alert = FolderAlert(hit())
alert.show_on_top()
def report():
    rows = [[w.geometry().top(), w.geometry().bottom()] for w in (alert.lead, alert.advice, alert.findings)]
    print(json.dumps({"h": alert.height(), "need": alert.heightForWidth(alert.width()), "rows": rows,
                      "spacing": alert.layout().spacing(), "icon": not alert.windowIcon().isNull()}))
    app.quit()
QTimer.singleShot(1500, report)  # after the window manager has mapped and sized it
app.exec()
"""


@pytest.mark.skipif(not wm_available(), reason="needs Xvfb and openbox")
def test_the_alert_is_as_tall_as_its_lines_with_no_gaps_between_them(tmp_path: Path) -> None:
    with screen_with_wm() as env:
        got = json.loads(run(GAPS, {**env, "CLIPGUARD_DATA_DIR": str(tmp_path)}, str(ROOT)))
    assert got["h"] <= got["need"] + 1, got  # under openbox the old alert was 316 px for 208 px of lines
    rows = got["rows"]
    for (_, bottom), (top, _) in itertools.pairwise(rows):
        assert top - bottom <= got["spacing"] + 2, got
    assert got["icon"]  # the guard's shield in the title bar, not the desktop's default
