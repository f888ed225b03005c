"""Helper processes end when the tray ends, even when it is killed (SIGKILL leaves no chance to stop them).

`die_with_parent()` is called first thing in a helper process (as a ProcessPoolExecutor `initializer`, or at
the top of a worker's main). Two guards, because neither covers every case alone:

- Linux: `prctl(PR_SET_PDEATHSIG, SIGKILL)`: the kernel kills this process the moment its parent dies, even
  while it runs C code that holds the interpreter lock. The kernel counts the *thread* that started this
  process as the parent, so it is only asked for (`kernel=True`) when that thread lives as long as the app.
- Everywhere: a daemon thread that checks once a second whether the parent still runs and ends this
  process if not (psutil compares start times, so a reused pid is not mistaken for the parent).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_THREAD = "clipguard-parent-watch"
EXIT_PARENT_GONE = 75  # nothing waits for this code; it only tells a human reading `ps`/journal why


def _parent_pid() -> int:
    """The process that started us: multiprocessing knows it even when it died before we got here."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    return parent.pid if parent is not None and parent.pid else os.getppid()


def _ask_kernel() -> bool:
    """PR_SET_PDEATHSIG on Linux; False where there is no such thing or it is refused."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def parent_alive(parent: Any) -> bool:
    """True while `parent` (a psutil.Process, or None when it could not be looked up) still runs."""
    if parent is None:
        return False
    if os.name == "posix" and os.getppid() != parent.pid:
        return False  # re-parented to init or a subreaper: the parent is gone (cheapest check first)
    return bool(parent.is_running())  # psutil compares start times: a reused pid is another process


def die_with_parent(kernel: bool = True, poll_seconds: float = 1.0) -> None:
    """End this process as soon as its parent is gone. Cheap (one check a second), idempotent per process."""
    import psutil

    if kernel:
        _ask_kernel()
    try:
        parent = psutil.Process(_parent_pid())
    except psutil.Error:
        parent = None
    if not parent_alive(parent):  # it died before we could ask: the kernel will not tell us any more
        _end_with_family()
    if any(t.name == WATCH_THREAD for t in threading.enumerate()):
        return

    def watch() -> None:
        while parent_alive(parent):
            time.sleep(poll_seconds)
        _end_with_family()

    threading.Thread(target=watch, name=WATCH_THREAD, daemon=True).start()


def _end_with_family() -> None:
    """Exit now, taking this process's own children along (a tesseract or LibreOffice run would otherwise
    outlive us by the length of its page); no atexit, no joins: they could wait on the parent that is gone."""
    import psutil

    try:
        for child in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.kill()
    except psutil.Error:
        pass
    os._exit(EXIT_PARENT_GONE)
