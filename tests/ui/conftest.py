"""Qt tests run on a private Xvfb with the real xcb platform when Xvfb and xclip are installed (so the
clipboard is the real X11 clipboard, driven from another process by xclip); offscreen otherwise, where
the tests that need the real clipboard skip."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop

from tests.xvfb import available, xvfb


@pytest.fixture(scope="session")
def x_display() -> Iterator[str | None]:
    if not available():
        yield None
        return
    with xvfb() as display:
        yield display


@pytest.fixture(scope="session")
def qapp_args(x_display: str | None) -> list[str]:
    if x_display is None:
        return ["clipguard-tests", "-platform", "offscreen"]
    return ["clipguard-tests", "-platform", "xcb", "-display", x_display]


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Event log, settings and admin config of the test, never the machine's."""
    monkeypatch.setenv("CLIPGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLIPGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CLIPGUARD_ADMIN_CONFIG", str(tmp_path / "admin" / "config.toml"))


class XClip:
    """The clipboard as another program sees it: xclip in its own process, on the test's X display."""

    def __init__(self, display: str) -> None:
        self.env = {**os.environ, "DISPLAY": display}

    def copy(self, data: bytes, target: str = "UTF8_STRING", selection: str = "clipboard") -> None:
        # xclip forks a server that keeps serving the selection until another owner takes it
        subprocess.run(["xclip", "-selection", selection, "-t", target, "-i"], input=data, env=self.env,
                       check=True, timeout=10)

    def paste(self, target: str = "UTF8_STRING", selection: str = "clipboard") -> bytes:
        """Read as another program would. Qt's event loop keeps running meanwhile: when this process owns
        the clipboard, it is the one that must answer xclip's request."""
        proc = subprocess.Popen(["xclip", "-selection", selection, "-t", target, "-o"], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        chunks: list[bytes] = []
        reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()), daemon=True)  # type: ignore
        reader.start()  # a picture is bigger than the pipe's buffer
        deadline = time.monotonic() + 10
        # PySide6 6.12's static QCoreApplication.processEvents() drops a reference to None on every call
        # (thousands of calls crash the interpreter); the method on a QEventLoop instance does not
        loop = QEventLoop()
        while reader.is_alive() and time.monotonic() < deadline:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            reader.join(0.002)
        if proc.poll() is None:
            proc.kill()
        reader.join(1)
        proc.wait(5)
        return b"".join(chunks)

    def targets(self, selection: str = "clipboard") -> list[str]:
        return self.paste("TARGETS", selection).decode(errors="replace").split()


@pytest.fixture
def xclip(x_display: str | None, qapp: object) -> XClip:
    if x_display is None:
        pytest.skip("Xvfb and xclip are needed for the real clipboard (bash .ci/setup installs them)")
    return XClip(x_display)
