"""`clipguard scan --clipboard` reads the real X11 clipboard that another program (xclip) owns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _set_clipboard(display: str, text: str) -> subprocess.Popen[bytes]:
    # xclip keeps serving the selection until another owner takes it: the test's "other application"
    env = {**os.environ, "DISPLAY": display}
    proc = subprocess.Popen(["xclip", "-selection", "clipboard", "-quiet"], stdin=subprocess.PIPE, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert proc.stdin is not None
    proc.stdin.write(text.encode("utf-8"))
    proc.stdin.close()
    # wait until the selection is really owned
    for _ in range(100):
        out = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=env, capture_output=True, timeout=5)
        if out.returncode == 0 and out.stdout:
            break
    return proc


def _scan_clipboard(display: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISPLAY": display}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "guard", "scan", "--clipboard", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_marked_text_on_the_clipboard_is_blocked(xvfb_display: str) -> None:
    owner = _set_clipboard(xvfb_display, "领导，文件发您：\n机密★1年\n关于某项工作的通知\n各单位：\n")
    try:
        out = _scan_clipboard(xvfb_display)
    finally:
        owner.kill()
    assert out.returncode == 1, out.stderr
    item = json.loads(out.stdout.strip().splitlines()[-1])
    assert item["path"] == "<clipboard>"
    assert item["verdict"] == "block"
    assert item["findings"][0]["where"]["line"] == 2


def test_harmless_clipboard_text_passes(xvfb_display: str) -> None:
    owner = _set_clipboard(xvfb_display, "今晚七点在三楼会议室开会，请准时参加。")
    try:
        out = _scan_clipboard(xvfb_display)
    finally:
        owner.kill()
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["verdict"] == "allow"


def test_without_a_display_the_command_fails_clearly() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = subprocess.run([sys.executable, "-m", "guard", "scan", "--clipboard"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "剪贴板" in out.stderr or "clipboard" in out.stderr
