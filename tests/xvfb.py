"""Start a private Xvfb server for tests that need a real X display (clipboard, windows, Qt on xcb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


def available() -> bool:
    return bool(shutil.which("Xvfb") and shutil.which("xclip"))


@contextmanager
def xvfb(size: str = "1280x800x24") -> Iterator[str]:
    """A display name like ":93" for as long as the block runs; RuntimeError if it cannot start."""
    for number in range(91, 160):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
            break
    display = f":{number}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)
