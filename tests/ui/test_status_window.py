"""The status window (shown where there is no tray) is as tall as its lines under a real window manager: no
band between the problems and the buttons, an empty notice takes no room, a long problem wraps whole."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.ui.openbox import available, run, screen_with_wm

ROOT = Path(__file__).resolve().parents[2]

SHOW = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from ui.tray import StatusWindow
actions = [QAction(text) for text in ("最近事件…", "立即检查屏幕", "暂停 15 分钟", "退出")]
window = StatusWindow(actions)
window.state.setText("保密卫士：正在保护")
window.rules.setText("规则：ClipGuard 默认策略 2026.11.23")
window.problems.setText("• 管理员配置来自环境变量指定的文件：" + "/很长的目录" * 12 + "/admin.toml")
window.problems.show()
if sys.argv[1] == "note":
    window.note.setText("保密提示: 刚才放行的内容经检查含敏感信息")
    window.note.show()
window.fit()
window.show()
def report():
    shown = [w for w in (window.state, window.rules, window.problems, window.note, window.no_tray) if w.isVisible()]
    p = window.problems
    print(json.dumps({"h": window.height(), "need": window.heightForWidth(window.width()),
                      "rows": [[w.geometry().top(), w.geometry().bottom()] for w in shown],
                      "spacing": window.layout().spacing(), "note": window.note.isVisible(),
                      "problem": [p.height(), p.heightForWidth(p.width()), p.fontMetrics().height()]}))
    app.quit()
QTimer.singleShot(1500, report)  # after the window manager has mapped and sized it
app.exec()
"""


@pytest.mark.skipif(not available(), reason="needs Xvfb and openbox")
@pytest.mark.parametrize("kind", ["plain", "note"])
def test_the_window_is_as_tall_as_its_lines(kind: str, tmp_path: Path) -> None:
    with screen_with_wm() as env:
        got = json.loads(run(SHOW, {**env, "CLIPGUARD_DATA_DIR": str(tmp_path)}, str(ROOT), kind))
    assert got["note"] is (kind == "note")  # an empty notice is hidden, not an empty line
    assert got["h"] <= got["need"] + 1, got
    for (_, bottom), (top, _) in itertools.pairwise(got["rows"]):
        assert top - bottom <= got["spacing"] + 2, got
    shown, needed, line = got["problem"]
    assert shown >= needed and shown > 2 * line, got  # the long problem wrapped and is shown whole
