"""The hold dialog asks the window manager for title and close only: Qt writes that into _MOTIF_WM_HINTS
(read back here with xprop under Xvfb and openbox). openbox draws minimise and maximise anyway: it does not let
MWM hints remove buttons (its `client.c` keeps them on purpose), so the test checks what we ask for and records
what openbox grants."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.ui.openbox import available, run, screen_with_wm

ROOT = Path(__file__).resolve().parents[2]
MWM_FUNC_MINIMIZE, MWM_FUNC_MAXIMIZE, MWM_FUNC_CLOSE = 0x08, 0x10, 0x20
MWM_DECOR_MINIMIZE, MWM_DECOR_MAXIMIZE, MWM_DECOR_TITLE = 0x20, 0x40, 0x08

SHOW = """
import json, subprocess, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tests.ui.test_dialog import held, opts
from ui.dialog import HoldDialog
dialog = HoldDialog(held("机密★1年\\n关于做好防汛工作的通知"), opts())
dialog.open()
def report():
    props = subprocess.run(["xprop", "-id", str(int(dialog.winId())), "_MOTIF_WM_HINTS", "_NET_WM_ALLOWED_ACTIONS"],
                           capture_output=True, text=True).stdout
    print(json.dumps(props))
    app.quit()
QTimer.singleShot(1500, report)  # after openbox has managed it
app.exec()
"""


@pytest.mark.skipif(not (available() and shutil.which("xprop")), reason="needs Xvfb, openbox and xprop")
def test_the_dialog_asks_for_title_and_close_only(tmp_path: Path) -> None:
    with screen_with_wm() as env:
        props = json.loads(run(SHOW, {**env, "CLIPGUARD_DATA_DIR": str(tmp_path)}, str(ROOT)))
    motif = next(line for line in props.splitlines() if line.startswith("_MOTIF_WM_HINTS"))
    flags, functions, decorations = (int(v, 16) for v in motif.split("=")[1].split(",")[:3])
    assert flags & 0x3 == 0x3, motif  # both functions and decorations are given
    assert functions & MWM_FUNC_CLOSE and not functions & (MWM_FUNC_MINIMIZE | MWM_FUNC_MAXIMIZE), motif
    assert decorations & MWM_DECOR_TITLE and not decorations & (MWM_DECOR_MINIMIZE | MWM_DECOR_MAXIMIZE), motif
    # openbox grants close and still offers minimise: the WM's choice, not a flag we set or lost
    assert "_NET_WM_ACTION_CLOSE" in props, props
