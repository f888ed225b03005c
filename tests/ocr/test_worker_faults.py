"""A real OCR worker process killed (SIGKILL, as the out-of-memory killer does) or stopped under a request:
the read is retried once on a fresh process, a second death is OcrWorkerDied, being late is never retried,
and no request waits past its deadline."""

from __future__ import annotations

import os
import signal
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from guard.ocr.base import OcrFailed, OcrTimeout, OcrUnavailable, OcrWorkerDied
from guard.ocr.worker import OcrWorker

from .images import dense_screen, document_screen
from .polling import tesseract, wait_until

PAGE = document_screen().png()  # a full 1080p page: about a second of tesseract, time enough to kill it

pytestmark = pytest.mark.slow  # real OCR worker processes (tesseract; rapidocr for one)


def kill_while_reading(worker: OcrWorker, not_pid: int | None = None) -> int:
    """SIGKILL the worker process once it has a request (a new process, when `not_pid` is the old one)."""
    def reading() -> bool:
        stats = worker.stats()
        return bool(stats["reading"]) and stats["pid"] not in (None, not_pid)

    wait_until(reading)
    pid: int = worker.stats()["pid"]
    os.kill(pid, signal.SIGKILL)
    return pid


def texts(lines: list) -> list[str]:
    return [ln.text for ln in lines]


def test_a_worker_killed_mid_read_is_restarted_and_the_read_retried_in_full() -> None:
    with tesseract() as worker, ThreadPoolExecutor(1) as pool:
        expected = texts(worker.read(PAGE))
        assert any("机密" in text for text in expected)
        pending = pool.submit(worker.read, PAGE, timeout=60)
        killed = kill_while_reading(worker)
        assert texts(pending.result(timeout=120)) == expected  # the retry read the whole page again
        stats = worker.stats()
        assert stats["deaths"] == 1 and stats["starts"] == 2 and stats["timeouts"] == 0
        assert stats["pid"] not in (None, killed)


def test_a_worker_killed_twice_under_one_read_fails_with_the_reason_and_the_next_read_works(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    with tesseract() as worker, ThreadPoolExecutor(1) as pool:
        worker.start()
        pending = pool.submit(worker.read, PAGE, timeout=60)
        first = kill_while_reading(worker)
        kill_while_reading(worker, not_pid=first)  # the retry's process
        with pytest.raises(OcrWorkerDied, match=r"killed by SIGKILL.*died again \(killed by SIGKILL") as caught:
            pending.result(timeout=120)
        assert isinstance(caught.value, OcrFailed)  # what the scanner turns into an `error` result
        assert worker.stats()["deaths"] == 2 and worker.stats()["starts"] == 2
        assert any("机密" in ln.text for ln in worker.read(PAGE, region=(560, 90, 800, 320)))
        assert worker.stats()["starts"] == 3


def test_a_worker_killed_for_being_late_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    with tesseract() as worker:
        worker.start()
        with pytest.raises(OcrTimeout, match=r"took longer than 0\.5 s"):
            worker.read(dense_screen().png(), timeout=0.5)  # ~25 s of work
        stats = worker.stats()
        assert stats["timeouts"] == 1 and stats["deaths"] == 0
        assert stats["starts"] == 1 and stats["alive"] is False  # killed, and no second process tried it


def test_a_worker_that_died_while_idle_is_replaced_quietly() -> None:
    with tesseract() as worker:
        worker.start()
        os.kill(worker.stats()["pid"], signal.SIGKILL)
        wait_until(lambda: worker.stats()["alive"] is False)
        assert worker.read(PAGE, region=(560, 90, 800, 320))
        assert worker.stats()["deaths"] == 0 and worker.stats()["starts"] == 2  # no request was under it


def test_a_stopped_worker_cannot_hold_a_request_past_its_deadline() -> None:
    # SIGSTOP: the process lives but reads nothing, so a 6 MB picture fills the 64 KB pipe and the send
    # itself would block for good; the deadline must cover the send too
    page = np.asarray(document_screen().image)
    with tesseract() as worker, ThreadPoolExecutor(1) as pool:
        worker.start()
        stopped = worker.stats()["pid"]
        os.kill(stopped, signal.SIGSTOP)
        try:
            pending = pool.submit(worker.read, page, timeout=1.0)
            with pytest.raises(OcrTimeout):
                pending.result(timeout=60)
        finally:
            if worker.stats()["pid"] == stopped:  # the worker did not kill it: do not leave it stopped
                os.kill(stopped, signal.SIGKILL)
        assert worker.stats()["timeouts"] == 1 and worker.stats()["deaths"] == 0
        assert worker.read(page, region=(560, 90, 800, 320))
        assert worker.stats()["pid"] != stopped


def test_rapidocr_killed_mid_read_is_retried_too() -> None:
    try:
        worker = OcrWorker("rapidocr", idle_seconds=0)
    except OcrUnavailable as exc:
        pytest.skip(str(exc))
    with worker, ThreadPoolExecutor(1) as pool:
        pending = pool.submit(worker.read, PAGE, timeout=120)
        killed = kill_while_reading(worker)
        lines = pending.result(timeout=240)
        assert any(ln.text == "机密★1年" for ln in lines)
        assert worker.stats()["deaths"] == 1 and worker.stats()["pid"] not in (None, killed)
