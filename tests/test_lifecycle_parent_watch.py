"""Helper processes end with their parent, even when the parent is killed with SIGKILL: a real parent process
starts a spawned ProcessPoolExecutor worker (as ui/scanning.py does for huge texts) or a busy worker
process, is killed, and the helper is gone within seconds. Without `die_with_parent` the pool worker stays
behind (the control case: that is the orphan this prevents)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[1]
POOL_PARENT = """
import multiprocessing as mp, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from guard.platform.parent_watch import die_with_parent

if __name__ == "__main__":
    init = die_with_parent if sys.argv[1] == "watch" else None
    pool = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"), initializer=init)
    print(pool.submit(os.getpid).result(timeout=60), flush=True)
    if sys.argv[2] == "busy":
        pool.submit(sum, range(10**12))  # keeps the worker computing when the parent dies
        time.sleep(0.5)
    time.sleep(120)
"""
BUSY_PARENT = """
import multiprocessing as mp, os, time
from guard.platform.parent_watch import die_with_parent

def work(conn):
    die_with_parent(kernel=False)  # the OCR worker's way: only the watch thread
    conn.send(os.getpid())
    while True:  # a long OCR request: pure computation, no reads that would notice the parent is gone
        sum(range(100_000))

if __name__ == "__main__":
    parent, child = mp.get_context("spawn").Pipe()
    mp.get_context("spawn").Process(target=work, args=(child,)).start()
    print(parent.recv(), flush=True)
    time.sleep(120)
"""


def helper_after_parent_killed(code: str, folder: Path, *args: str, wait: float) -> psutil.Process | None:
    """Run `code` as the parent, SIGKILL it once it printed its helper's pid; the helper if still alive after
    `wait` seconds (then it is killed here, so no test leaves an orphan of its own)."""
    script = folder / "parent.py"  # a file, not -c: spawned children import the parent's main module
    script.write_text(code, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script), *args], cwd=REPO, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert parent.stdout is not None
        ready, _, _ = select.select([parent.stdout], [], [], 60)
        assert ready, "the parent never reported its helper"
        helper = psutil.Process(int(parent.stdout.readline()))
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
    _gone, alive = psutil.wait_procs([helper], timeout=wait)
    for proc in alive:
        proc.kill()
    return alive[0] if alive else None


@pytest.mark.parametrize("state", ["idle", "busy"])
def test_a_pool_worker_ends_when_its_parent_is_killed(state: str, tmp_path: Path) -> None:
    assert helper_after_parent_killed(POOL_PARENT, tmp_path, "watch", state, wait=5) is None


def test_without_it_the_pool_worker_is_left_behind(tmp_path: Path) -> None:
    """The control: what happened in the tray before (a spawned worker waits for work forever)."""
    assert helper_after_parent_killed(POOL_PARENT, tmp_path, "none", "idle", wait=3) is not None


def test_a_busy_worker_with_only_the_watch_thread_ends_too(tmp_path: Path) -> None:
    assert helper_after_parent_killed(BUSY_PARENT, tmp_path, wait=5) is None
