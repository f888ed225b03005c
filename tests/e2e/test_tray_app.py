"""`clipguard tray` as a user runs it, on a real X server: another program copies a marked text, the app
takes it off the clipboard within a second, its dialog window appears, nobody answers and the timeout
discards it, and `clipguard log --json` shows the decisions. A second start hands over to the first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MARKED = "机密★1年\n关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。".encode()


def window_titles(display: str) -> list[str]:
    """Titles of the mapped top-level windows, read over X11 like any other client would."""
    from Xlib import X
    from Xlib import display as xdisplay

    d = xdisplay.Display(display)
    try:
        titles = []
        for w in d.screen().root.query_tree().children:
            try:
                if w.get_attributes().map_state != X.IsViewable:
                    continue
                name = w.get_full_text_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING")) \
                    or w.get_wm_name()
            except Exception:  # windows come and go while we look
                continue
            if name:
                titles.append(str(name))
        return titles
    finally:
        d.close()


@pytest.fixture
def app_env(xvfb_display: str, tmp_path: Path) -> dict[str, str]:
    admin = tmp_path / "admin.toml"
    admin.write_text("dialog_timeout_seconds = 2\n", encoding="utf-8")
    runtime = tmp_path / "run"  # a private session runtime folder: the single-instance lock of this test only
    runtime.mkdir(mode=0o700)
    return {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "CLIPGUARD_LANG": "zh",
            "CLIPGUARD_DATA_DIR": str(tmp_path / "data"), "CLIPGUARD_CONFIG_DIR": str(tmp_path / "config"),
            "CLIPGUARD_ADMIN_CONFIG": str(admin), "PYTHONIOENCODING": "utf-8", "XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def tray(app_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "guard", "tray"], cwd=REPO, env=app_env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not any("保密卫士" in t for t in window_titles(app_env["DISPLAY"])):  # no tray here: the status window
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the tray app did not start: {proc.communicate()[1][-2000:]}")
        time.sleep(0.1)
    yield proc
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    err = proc.stderr.read() if proc.stderr else ""
    assert "Traceback" not in err, err


def xclip(env: dict[str, str], *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["xclip", "-selection", "clipboard", *args], input=data, env=env, capture_output=True,
                          timeout=10).stdout


def test_marked_copy_is_held_shown_and_logged(tray: subprocess.Popen[str], app_env: dict[str, str]) -> None:
    t0 = time.monotonic()
    xclip(app_env, "-i", data=MARKED)
    while b"\xe4\xbf\x9d\xe5\xaf\x86\xe5\x8d\xab\xe5\xa3\xab" not in xclip(app_env, "-o"):  # 保密卫士
        assert time.monotonic() - t0 < 1.0, "not held within 1 s"
        time.sleep(0.02)
    assert "机密★1年" not in xclip(app_env, "-o").decode()
    deadline = time.monotonic() + 5
    while not any("已拦截" in t for t in window_titles(app_env["DISPLAY"])):
        assert time.monotonic() < deadline, window_titles(app_env["DISPLAY"])
        time.sleep(0.05)
    # nobody answers: the 2 s timeout discards; nothing was on the clipboard before, so it is left empty, with
    # neither the marked text nor a stale placeholder
    deadline = time.monotonic() + 8
    while any("已拦截" in t for t in window_titles(app_env["DISPLAY"])):
        assert time.monotonic() < deadline, "the dialog did not time out"
        time.sleep(0.1)
    left = xclip(app_env, "-o").decode()
    assert "机密★1年" not in left and "保密卫士" not in left
    log = subprocess.run([sys.executable, "-m", "guard", "log", "--json"], cwd=REPO, env=app_env,
                         capture_output=True, text=True, timeout=60)
    events = [json.loads(line) for line in log.stdout.splitlines()]
    choices = {e["choice"] for e in events if e["verdict"] == "block"}
    assert {"held", "timeout"} <= choices, events
    assert all("机密★1年\n关于" not in json.dumps(e, ensure_ascii=False) for e in events)


def test_a_second_start_hands_over_to_the_first(tray: subprocess.Popen[str], app_env: dict[str, str]) -> None:
    second = subprocess.run([sys.executable, "-m", "guard", "tray"], cwd=REPO, env=app_env, capture_output=True,
                            text=True, timeout=60)
    assert second.returncode == 0
    assert "已在运行" in second.stderr or "already running" in second.stderr
    assert tray.poll() is None


def test_a_marked_file_landing_in_wechat_is_alerted_and_logged(xvfb_display: str, tmp_path: Path) -> None:
    """A WeChat 4.x tree under the user's Documents, found by discovery; a marked .docx lands in this
    month's folder as the client writes it; the alert window is up and the event logged within 3 s."""
    from docx import Document

    home = tmp_path / "home"
    month = home / "Documents" / "xwechat_files" / "zhang-san_9d75" / "msg" / "file" / "2026-12"
    month.mkdir(parents=True)
    (month.parents[2] / "db_storage").mkdir()
    admin = tmp_path / "admin.toml"
    admin.write_text("dialog_timeout_seconds = 5\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb",
           "CLIPGUARD_LANG": "zh", "CLIPGUARD_DATA_DIR": str(tmp_path / "data"),
           "CLIPGUARD_CONFIG_DIR": str(tmp_path / "config"), "CLIPGUARD_ADMIN_CONFIG": str(admin),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share")}
    proc = subprocess.Popen([sys.executable, "-m", "guard", "tray"], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not any("保密卫士" in t for t in window_titles(xvfb_display)):
            assert proc.poll() is None and time.monotonic() < deadline, "the tray app did not start"
            time.sleep(0.1)
        time.sleep(1.0)  # the watchers are up shortly after the window
        doc = Document()
        doc.sections[0].header.paragraphs[0].text = "机密★5年"
        doc.add_paragraph("关于做好防汛工作的通知")
        staged = tmp_path / "通知.docx"
        doc.save(staged)
        t0 = time.monotonic()
        with open(month / "通知.docx", "wb") as out:  # written by the client, then closed
            out.write(staged.read_bytes())
        while not any("涉密文件进入了聊天软件" in t for t in window_titles(xvfb_display)):
            assert time.monotonic() - t0 < 3.0, f"no alert within 3 s: {window_titles(xvfb_display)}"
            time.sleep(0.05)
        log = subprocess.run([sys.executable, "-m", "guard", "log", "--json"], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=60)
        events = [json.loads(line) for line in log.stdout.splitlines()]
        hit = next(e for e in events if e["source"] == "folder")
        assert hit["verdict"] == "block" and hit["item"] == "通知.docx" and hit["choice"] == "alerted"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
