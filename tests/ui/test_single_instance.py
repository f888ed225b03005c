"""One guard per display, between real processes: a second start hands over to the first, a killed first
leaves no lock behind, and nothing another user plants (a socket in the way, a folder in /tmp with a
listener of uid nobody) can make the guard believe it is already running. The same user on two displays
runs two guards."""

from __future__ import annotations

import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from guard.platform import session_tag
from tests.xvfb import available, xvfb
from ui.single_instance import SingleInstance, socket_name

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534
INSTANCE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from ui.single_instance import SingleInstance

app = QCoreApplication([])
single = SingleInstance(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
claimed = single.claim()
print("claimed" if claimed else "refused", single.folder, single.warning or "", sep="|", flush=True)
single.show_requested.connect(lambda: print("show", flush=True))
QTimer.singleShot(60_000, app.quit)
if claimed:
    app.exec()
"""
# another local user's process: takes the predictable folder in the shared temp dir and waits on a socket
SQUATTER = """
import os, socket, sys
folder = sys.argv[1]
os.mkdir(folder, 0o755)
server = socket.socket(socket.AF_UNIX)
server.bind(os.path.join(folder, sys.argv[2]))
os.chmod(os.path.join(folder, sys.argv[2]), 0o777)
server.listen(5)
print("listening", flush=True)
server.settimeout(60)
conn, _ = server.accept()
print("contacted", conn.recv(64), flush=True)
"""


def line(proc: subprocess.Popen[str], timeout: float = 30) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "no answer from the process"
    return proc.stdout.readline().strip()


@pytest.fixture
def short_base() -> Iterator[Path]:
    """A local socket's path has room for about 100 bytes; pytest's tmp_path is longer."""
    base = Path(tempfile.mkdtemp(prefix="cg-"))
    base.chmod(0o755)  # other users may pass through (the squatter must reach the shared folder)
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def start_instance() -> Iterator:
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], list[str]]:
        proc = subprocess.Popen([sys.executable, "-c", INSTANCE, *args], cwd=REPO, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        procs.append(proc)
        return proc, line(proc).split("|")

    yield start
    for proc in procs:
        proc.kill()
        proc.wait(10)


def private(base: Path) -> Path:
    folder = base / "run"
    folder.mkdir(mode=0o700)
    return folder


def test_a_second_start_hands_over_to_the_first(qapp: object, short_base: Path, start_instance) -> None:
    folder = private(short_base)
    first, (state, *_rest) = start_instance(str(folder))
    assert state == "claimed"
    second = SingleInstance(folder)
    assert second.claim() is False
    assert line(first) == "show"
    _proc, (state, *_rest) = start_instance(str(folder))
    assert state == "refused"


def test_a_killed_instance_leaves_no_lock_behind(qapp: object, short_base: Path, start_instance) -> None:
    folder = private(short_base)
    first, (state, *_rest) = start_instance(str(folder))
    assert state == "claimed" and (folder / socket_name()).exists()
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    single = SingleInstance(folder)
    try:
        assert single.claim() is True and single.warning is None
        assert (folder / socket_name()).stat().st_uid == os.getuid()  # a fresh socket of ours
    finally:
        single.release()


@pytest.mark.skipif(os.geteuid() != 0, reason="a socket of another user needs root to make")
def test_a_socket_of_another_user_in_the_way_is_not_trusted(qapp: object, short_base: Path) -> None:
    folder = private(short_base)
    planted = socket.socket(socket.AF_UNIX)
    planted.bind(str(folder / socket_name()))
    planted.listen(1)
    os.chown(folder / socket_name(), NOBODY, NOBODY)
    single = SingleInstance(folder)
    try:
        assert single.claim() is True
        assert single.warning and "65534" in single.warning
        planted.setblocking(False)
        with pytest.raises(BlockingIOError):
            planted.accept()  # never asked to "show": nothing was written to a socket that is not ours
    finally:
        single.release()
        planted.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="running a process as another user needs root")
def test_a_folder_taken_in_tmp_by_another_user_does_not_stop_the_guard(short_base: Path, start_instance) -> None:
    """The attack of the issue: uid nobody takes /tmp/clipguard-<our uid> first and listens in it."""
    shared = short_base / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    python = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin")  # ours may sit in root's home
    if python is None:
        pytest.skip("no system python3 that another user can run")
    squatter = subprocess.Popen([python, "-c", SQUATTER, str(shared / f"clipguard-{os.getuid()}"),
                                 socket_name()], user=NOBODY, group=NOBODY, extra_groups=[], cwd="/", text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert line(squatter) == "listening", squatter.stderr.read() if squatter.stderr else ""
        env = {key: value for key, value in os.environ.items() if key != "XDG_RUNTIME_DIR"}
        env.update(TMPDIR=str(shared), XDG_CACHE_HOME=str(short_base / "cache"))
        first, (state, folder, _warning) = start_instance(env=env)
        assert state == "claimed" and folder == str(short_base / "cache" / "clipguard" / "run")
        _second, (state, *_rest) = start_instance(env=env)
        assert state == "refused"  # the lock in the safe place works
        assert line(first) == "show"
        ready, _, _ = select.select([squatter.stdout], [], [], 0.5)
        assert not ready, "the other user's socket was contacted"
    finally:
        squatter.kill()
        squatter.wait(10)


@pytest.mark.skipif(not available(), reason="needs Xvfb")
def test_one_guard_per_display_not_per_user(qapp: object, short_base: Path, start_instance) -> None:
    """Two real X servers, one user, one runtime folder: a guard on each; a second start on the first display
    brings the first guard forward, and the guard on the other display hears nothing."""
    folder = private(short_base)
    with xvfb() as one, xvfb() as two:
        first, (state, *_rest) = start_instance(str(folder), env={**os.environ, "DISPLAY": one})
        assert state == "claimed"
        other, (state, *_rest) = start_instance(str(folder), env={**os.environ, "DISPLAY": two})
        assert state == "claimed"
        _again, (state, *_rest) = start_instance(str(folder), env={**os.environ, "DISPLAY": f"{one}.0"})
        assert state == "refused"
        assert line(first) == "show"
        assert other.stdout is not None
        ready, _, _ = select.select([other.stdout], [], [], 0.5)
        assert not ready, "the guard on the other display was asked to show itself"
        assert len({p.name for p in folder.iterdir() if p.suffix == ".lock"}) == 2


def test_the_session_is_the_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    tags = set()
    for name in (":1", ":1.0", "unix:1"):
        monkeypatch.setenv("DISPLAY", name)
        tags.add(session_tag())
    assert len(tags) == 1
    monkeypatch.setenv("DISPLAY", ":2")
    assert session_tag() not in tags
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")  # XWayland sets DISPLAY as well: Wayland's names it
    assert session_tag() == "wwayland-0"
    monkeypatch.setenv("WAYLAND_DISPLAY", "/run/user/1000/a-very-long-wayland-socket-name")
    assert len(session_tag()) <= 13 and "/" not in session_tag()
