"""What the folder watcher and the chat-client discovery open is a regular file, never a FIFO planted where a
file was (opening a FIFO blocks until a writer comes: the watcher would go blind). And a killed
`clipguard scan` leaves no worker processes behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from guard.sources.content_seen import read_for_scan
from guard.sources.im_layouts import read_small

REPO = Path(__file__).resolve().parents[2]


def test_a_fifo_in_a_chat_folder_is_an_error_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "报告.docx"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    read = read_for_scan(fifo, 1 << 20)
    assert time.monotonic() - t0 < 2
    assert read is not None and read.error and read.data is None and read.digest == ""


def test_a_gone_file_is_none_and_a_real_one_is_read(tmp_path: Path) -> None:
    assert read_for_scan(tmp_path / "gone.docx", 1 << 20) is None
    real = tmp_path / "a.txt"
    real.write_bytes(b"hello")
    read = read_for_scan(real, 1 << 20)
    assert read is not None and read.data == b"hello" and read.error is None


def test_a_client_config_planted_as_a_fifo_reads_as_empty(tmp_path: Path) -> None:
    fifo = tmp_path / "3ebffe94.ini"
    os.mkfifo(fifo)
    assert read_small(fifo) == ""


@pytest.mark.slow
def _cmdline(p: psutil.Process) -> str:
    """A short-lived child (a tesseract run) may end between listing and reading it: that is no error."""
    try:
        return " ".join(p.cmdline())
    except (psutil.Error, OSError):
        return ""


def _name(p: psutil.Process) -> str:
    try:
        return p.name()
    except (psutil.Error, OSError):
        return ""


def test_a_killed_folder_scan_leaves_no_workers(tmp_path: Path) -> None:
    """SIGKILL `clipguard scan` while both workers are deep in OCR of big dense screenshots: the workers and
    their OCR processes end within seconds, not when their read would have finished."""
    from tests.ocr.images import dense_screen

    for n in range(2):
        (tmp_path / f"{n}.png").write_bytes(dense_screen(size=(3840, 2160)).png())
    proc = subprocess.Popen([sys.executable, "-m", "guard", "scan", "--workers", "2", "--ocr-engine", "tesseract",
                             "--timeout", "120", "--json", str(tmp_path)],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    family: list[psutil.Process] = []
    while time.monotonic() < deadline:
        family = [c for c in parent.children(recursive=True) if "resource_tracker" not in _cmdline(c)]
        if sum(_name(p) == "tesseract" for p in family) >= 2:  # both workers' OCR processes are reading
            break
        time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("the scan never reached OCR in both workers")
    time.sleep(1)  # well into the reads
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(5)
    _gone, alive = psutil.wait_procs(family, timeout=6)
    for p in alive:
        p.kill()
    assert not alive, [(p.pid, p.name()) for p in alive]
