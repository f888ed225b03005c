"""`clipguard tray` stopped the ways a session or an attacker stops it, on a real X server: SIGTERM (with
quitting turned off by the admin) ends it cleanly and is logged; SIGKILL leaves no helper process behind and
is reported at the next start; a folder another user took in the shared temp dir does not keep it from
starting."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534
MARK = "机密★1年\n关于做好防汛工作的通知\n"


@pytest.fixture
def env(xvfb_display: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = Path(tempfile.mkdtemp(prefix="cg-"))  # short: a local socket's path has room for ~100 bytes
    admin = tmp_path / "admin.toml"
    admin.write_text("dialog_timeout_seconds = 2\nallow_quit = false\n", encoding="utf-8")
    yield {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "CLIPGUARD_LANG": "zh",
           "CLIPGUARD_DATA_DIR": str(tmp_path / "data"), "CLIPGUARD_CONFIG_DIR": str(tmp_path / "config"),
           "CLIPGUARD_ADMIN_CONFIG": str(admin), "PYTHONIOENCODING": "utf-8", "XDG_RUNTIME_DIR": str(runtime)}
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def start_tray(env: dict[str, str]) -> Iterator:
    procs: list[subprocess.Popen[str]] = []

    def start(run_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        run_env = run_env or env
        proc = subprocess.Popen([sys.executable, "-m", "guard", "tray"], cwd=REPO, env=run_env, text=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(proc)
        deadline = time.monotonic() + 30
        while not has_window(run_env["DISPLAY"], proc.pid):  # its own status window, not a previous test's
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the tray app did not start: {proc.communicate()[1][-2000:]}")
            time.sleep(0.1)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            kids = psutil.Process(proc.pid).children(recursive=True)
            proc.kill()
            for kid in kids:  # whatever this test found, it leaves nothing running
                kid.kill() if kid.is_running() else None
        proc.wait(10)


def has_window(display: str, pid: int) -> bool:
    """A mapped top-level window of process `pid` (Qt sets _NET_WM_PID), read over X11."""
    from Xlib import X
    from Xlib import display as xdisplay

    d = xdisplay.Display(display)
    try:
        atom = d.intern_atom("_NET_WM_PID")
        for w in d.screen().root.query_tree().children:
            try:
                prop = w.get_full_property(atom, X.AnyPropertyType)
                if prop is not None and pid in prop.value and w.get_attributes().map_state == X.IsViewable:
                    return True
            except Exception:  # windows come and go while we look
                continue
        return False
    finally:
        d.close()


def events(env: dict[str, str]) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "guard", "log", "--json"], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=60)
    return [json.loads(line) for line in out.stdout.splitlines()]


def xclip(env: dict[str, str], data: bytes, target: str = "UTF8_STRING") -> None:
    subprocess.run(["xclip", "-selection", "clipboard", "-t", target, "-i"], input=data, env=env, check=True,
                   timeout=10)


def helpers(proc: subprocess.Popen[str], least: int, seconds: float = 90) -> list[psutil.Process]:
    """The tray's child processes once at least `least` multiprocessing workers run among them."""
    deadline = time.monotonic() + seconds
    while True:
        kids = psutil.Process(proc.pid).children(recursive=True)
        workers = [k for k in kids if "spawn_main" in " ".join(_cmdline(k))]
        if len(workers) >= least:
            return kids
        assert time.monotonic() < deadline, f"only {len(workers)} worker(s) started: {[_cmdline(k) for k in kids]}"
        time.sleep(0.2)


def _cmdline(proc: psutil.Process) -> list[str]:
    try:
        return proc.cmdline()
    except psutil.Error:
        return []


def assert_all_end(kids: list[psutil.Process], seconds: float = 5) -> None:
    _gone, alive = psutil.wait_procs(kids, timeout=seconds)
    left = [(p.pid, " ".join(_cmdline(p))[-80:]) for p in alive]
    for proc in alive:
        proc.kill()
    assert not left, f"left behind: {left}"


def test_sigterm_with_quit_turned_off_ends_cleanly_and_is_logged(start_tray, env: dict[str, str]) -> None:
    tray = start_tray()
    tray.send_signal(signal.SIGTERM)
    assert tray.wait(20) == 0
    assert "Traceback" not in (tray.stderr.read() if tray.stderr else "")
    stopped = [e for e in events(env) if e["source"] == "app" and e["choice"] == "stopped"]
    assert len(stopped) == 1 and "SIGTERM" in stopped[0]["reason"] and "allow_quit = false" in stopped[0]["reason"]
    assert not list(Path(env["CLIPGUARD_DATA_DIR"]).glob("running-*.json"))  # a clean stop: nothing to report
    start_tray()  # and the next start has nothing unexpected to say
    assert not [e for e in events(env) if e["choice"] == "stopped_unexpectedly"]


def test_a_sigkill_is_reported_at_the_next_start(start_tray, env: dict[str, str]) -> None:
    tray = start_tray()
    tray.send_signal(signal.SIGKILL)
    tray.wait(10)
    start_tray()
    deadline = time.monotonic() + 10
    while not (found := [e for e in events(env) if e["choice"] == "stopped_unexpectedly"]):
        assert time.monotonic() < deadline, events(env)
        time.sleep(0.2)
    assert len(found) == 1 and str(tray.pid) in found[0]["reason"] and "not by the menu" in found[0]["reason"]


def test_a_killed_tray_leaves_no_ocr_worker(start_tray, env: dict[str, str]) -> None:
    from tests.ocr.images import document_screen

    tray = start_tray()
    xclip(env, document_screen().png(), "image/png")
    kids = helpers(tray, least=1)
    tray.send_signal(signal.SIGKILL)
    tray.wait(10)
    assert_all_end(kids)


def test_sigterm_stops_the_helpers_too(start_tray, env: dict[str, str]) -> None:
    from tests.ocr.images import document_screen

    tray = start_tray()
    xclip(env, document_screen().png(), "image/png")
    kids = helpers(tray, least=1)
    tray.send_signal(signal.SIGTERM)
    assert tray.wait(20) == 0
    assert_all_end(kids)


def test_a_killed_tray_leaves_no_helper_for_huge_texts(start_tray, env: dict[str, str]) -> None:
    """A copy of over a million characters is judged in a spawned pool worker (ui/scanning.py)."""
    tray = start_tray()
    xclip(env, (MARK + "各区县人民政府：" * 150_000).encode())
    kids = helpers(tray, least=1)
    tray.send_signal(signal.SIGKILL)
    tray.wait(10)
    assert_all_end(kids)


@pytest.mark.skipif(os.geteuid() != 0, reason="running a process as another user needs root")
def test_a_tmp_folder_taken_by_another_user_does_not_stop_the_tray(start_tray, env: dict[str, str]) -> None:
    """The attack of the issue: uid nobody takes the predictable folder in the shared temp dir first."""
    from tests.ui.test_single_instance import SQUATTER

    python = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin")  # ours may sit in root's home
    if python is None:
        pytest.skip("no system python3 that another user can run")
    base = Path(env["XDG_RUNTIME_DIR"])
    base.chmod(0o755)
    shared = base / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    sock = subprocess.run([sys.executable, "-c", "from ui.single_instance import socket_name; print(socket_name())"],
                          cwd=REPO, env=env, capture_output=True, text=True, check=True).stdout.strip()
    squatter = subprocess.Popen([python, "-c", SQUATTER, str(shared / f"clipguard-{os.getuid()}"), sock],
                                user=NOBODY, group=NOBODY, extra_groups=[], cwd="/",
                                text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert squatter.stdout is not None and squatter.stdout.readline().strip() == "listening"
        run_env = {k: v for k, v in env.items() if k != "XDG_RUNTIME_DIR"}
        run_env.update(TMPDIR=str(shared), XDG_CACHE_HOME=str(base / "cache"))
        tray = start_tray(run_env)
        second = subprocess.run([sys.executable, "-m", "guard", "tray"], cwd=REPO, env=run_env, capture_output=True,
                                text=True, timeout=60)
        assert "已在运行" in second.stderr and tray.poll() is None  # the lock in the safe place holds
        assert (base / "cache" / "clipguard" / "run" / sock).exists()
        assert squatter.poll() is None  # never contacted (it prints and exits when it is)
    finally:
        squatter.kill()
        squatter.wait(10)
