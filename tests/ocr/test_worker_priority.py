"""One real OCR worker shared by the clipboard and a chat-history sync: a pasted picture is read before the
folder pictures queued ahead of it, its wait counts in its deadline, and threads racing to create the worker
get one process."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from guard.engine import Engine
from guard.extract.base import Limits
from guard.files import FileScanner
from guard.ocr.base import OcrTimeout
from guard.ocr.priority import INTERACTIVE, ocr_priority
from guard.ocr.worker import OcrWorker

from .images import document_screen
from .polling import tesseract, wait_until

STRIP = (560, 90, 800, 320)  # the mark strip of document_screen(): a fraction of a second of tesseract
PAGE = document_screen().png()

pytestmark = pytest.mark.slow  # real OCR worker processes (tesseract; rapidocr for one)


class FolderSync:
    """Threads that keep the worker busy the way a chat-history sync does: each submits background reads
    back to back, so some are always queued. `log` holds (asked, answered) per finished read."""

    def __init__(self, read: object, threads: int = 3) -> None:
        self.read, self.log, self._stop = read, [], threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        while not self._stop.is_set():
            asked = time.monotonic()
            self.read()  # type: ignore[operator]
            self.log.append((asked, time.monotonic()))

    def __enter__(self) -> FolderSync:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(120)

    def served_between(self, asked: float, answered: float) -> int:
        """Folder reads that were asked before `asked` and answered after it but before `answered`: the one in
        progress when the paste came, plus any queued one served before it."""
        return sum(1 for a, b in self.log if a < asked < b < answered)


def test_a_pasted_picture_is_read_before_the_folder_pictures_queued_ahead_of_it() -> None:
    with tesseract() as worker:
        worker.start()
        with FolderSync(lambda: worker.read(PAGE, region=STRIP, timeout=120)) as sync:
            wait_until(lambda: worker.stats()["waiting"]["background"] >= 2)  # queued ahead of the paste
            asked = time.monotonic()
            with ocr_priority(INTERACTIVE):
                lines = worker.read(PAGE, region=STRIP, timeout=60)
            answered = time.monotonic()
        assert any("机密" in ln.text for ln in lines)
        assert sync.served_between(asked, answered) <= 1  # only the read in progress finished first
        assert len(sync.log) >= 3 and worker.stats()["timeouts"] == 0  # nobody was killed or starved


def test_the_wait_for_a_busy_worker_counts_in_the_deadline_and_the_folder_read_is_not_killed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    tall = np.vstack([np.asarray(document_screen().image)] * 2)  # two pages: a couple of seconds of OCR
    with tesseract() as worker, ThreadPoolExecutor(1) as pool:
        worker.start()
        pid = worker.stats()["pid"]
        folder = pool.submit(worker.read, tall, timeout=120)
        wait_until(lambda: worker.stats()["reading"])
        with ocr_priority(INTERACTIVE), pytest.raises(OcrTimeout, match="busy with other pictures"):
            worker.read(PAGE, region=STRIP, timeout=0.2)
        folder_was_still_reading = not folder.done()
        assert folder.result(timeout=120)  # the read in progress finished, with its answer
        assert folder_was_still_reading  # so the paste gave up while waiting, not after being served
        stats = worker.stats()
        assert stats["wait_timeouts"] == 1 and stats["timeouts"] == 0 and stats["pid"] == pid
        assert stats["waiting"] == {"interactive": 0, "background": 0}


def test_a_scan_run_as_interactive_reads_all_its_regions_before_the_queued_folder_pictures() -> None:
    # an unmarked page with a red header: the header strip is read first, then the rest; the folder reads
    # must not slip in between the two
    pasted = document_screen(marked=False).png()
    with FileScanner(Engine(), ocr="tesseract", limits=Limits(seconds=60)) as files:
        worker = files.ocr_worker()
        if worker is None:
            pytest.skip("tesseract is not available")
        alone = files.scan_bytes(pasted, "clipboard.png", source="<clipboard image>")
        with FolderSync(lambda: files.scan_bytes(PAGE, "folder.png")) as sync:
            wait_until(lambda: worker.stats()["waiting"]["background"] >= 2)
            reads_before = worker.stats()["requests"]
            asked = time.monotonic()
            with ocr_priority(INTERACTIVE):
                result = files.scan_bytes(pasted, "clipboard.png", source="<clipboard image>")
            answered = time.monotonic()
        assert result.error is None and result.verdict == alone.verdict  # read in full, as if alone
        assert [f.rule for f in result.findings] == [f.rule for f in alone.findings]
        assert worker.stats()["requests"] - reads_before >= 2  # it really was more than one read
        assert sync.served_between(asked, answered) <= 1


def test_threads_racing_to_create_the_worker_get_one_process() -> None:
    def ours() -> set[int]:
        return {p.pid for p in mp.active_children() if p.name.startswith("clipguard-ocr")}

    before = ours()
    threads = 16
    barrier = threading.Barrier(threads)
    with FileScanner(Engine(), ocr="tesseract") as files:
        def first_need(_: int) -> OcrWorker:
            barrier.wait()
            worker = files.ocr_worker()
            if worker is None:
                pytest.skip("tesseract is not available")
            worker.start()
            return worker

        with ThreadPoolExecutor(threads) as pool:
            workers = list(pool.map(first_need, range(threads)))
        assert len({id(w) for w in workers}) == 1
        assert workers[0].stats()["starts"] == 1
        assert len(ours() - before) == 1
    assert ours() <= before  # closing the scanner stopped it
