"""A window manager on a test's Xvfb: without one X takes any size a window asks for, and the gaps a WM's
size hints bring out (a wrapped label's surplus height) never show."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.xvfb import xvfb


def available() -> bool:
    return bool(shutil.which("Xvfb") and shutil.which("openbox"))


@contextmanager
def screen_with_wm(size: str = "1366x768x24") -> Iterator[dict[str, str]]:
    """The environment for a child process drawing on an Xvfb of `size` managed by openbox."""
    with xvfb(size) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)  # openbox takes the screen before the window maps, or the window is never managed
        try:
            yield env
        finally:
            wm.terminate()
            wm.wait(timeout=10)


def run(script: str, env: dict[str, str], cwd: str, *args: str) -> str:
    """The last line the script prints (JSON by convention)."""
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]
