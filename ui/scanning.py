"""Checks run off the GUI thread: clipboard contents go to a small thread pool, pictures on to the OCR
worker process (cv2 never loads here); answers come back to the GUI thread as a Qt signal.

The engine is taken once per check (guard/sources/clip_check.py), so a rules reload in the middle of a check
cannot mix two policies in one decision; it is swapped, not mutated, when the rules reload.
"""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from guard.engine import Engine
from guard.errors import GuardError
from guard.extract.base import Limits
from guard.extract.text import html_to_text
from guard.files import FileScanner
from guard.messages import t
from guard.model import ScanResult
from guard.ocr.priority import INTERACTIVE, ocr_priority
from guard.platform.parent_watch import die_with_parent
from guard.sources.clip_check import check_content
from guard.sources.clipboard import Job

LARGE_TEXT = 1_000_000  # characters: judged in a helper process, where it cannot stall the GUI


_helper_engine: Engine | None = None  # in the helper process: the engine for the last policy it was sent


def _scan_text_in_process(text: str, source: str, is_html: bool, policy: Any) -> ScanResult:
    """The policy itself is sent (pickled), not the rules files' paths: a file that changed since (or a bad admin
    file left out at start) cannot make the helper judge by other rules than the guard's."""
    global _helper_engine
    if _helper_engine is None or _helper_engine.policy.digest != policy.digest:
        _helper_engine = Engine(policy)
    return _helper_engine.scan_text(html_to_text(text) if is_html else text, source=source)


class Scanner(QObject):
    finished = Signal(object, object)  # the Job, its ScanResult

    def __init__(self, engine: Engine, ocr: str | None = "auto", seconds: float = 15.0,
                 max_text_chars: int = 20_000_000) -> None:
        super().__init__()
        self.files = FileScanner(engine, ocr, Limits(seconds=seconds, max_text_chars=max_text_chars))
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="clipguard-scan")
        self._procs: ProcessPoolExecutor | None = None
        self._closed = False

    def warm_ocr(self) -> None:
        """Start the OCR worker now, off the GUI thread, so the first screenshot copied is not the one that
        waits for models to load; it stops again after a minute without pictures (its memory goes back)."""

        def start() -> None:
            if self._closed:
                return
            worker = self.files.ocr_worker()
            if worker is not None:
                with suppress(GuardError):  # no engine or a failed start: the first picture reports it, as before
                    worker.start()

        if not self._closed:
            self._pool.submit(start)

    def set_engine(self, engine: Engine) -> None:
        self.files.engine = engine

    def submit(self, job: Job) -> None:
        self._pool.submit(self._run, job)

    def call(self, fn: Any, done: Any) -> None:
        """Run `fn()` on the pool and emit `done` (a Qt signal) with its result or the exception."""

        def run() -> None:
            try:
                out = fn()
            except Exception as exc:  # reported to the caller, which shows it
                out = exc
            done.emit(out)

        self._pool.submit(run)

    def _text_scanner(self, engine: Engine) -> Any:
        def scan_text(text: str, source: str, is_html: bool) -> ScanResult:
            """Small texts here; a huge copy (tens of MB) in a helper process, where normalising it cannot
            hold this process's interpreter lock and stall the GUI."""
            if len(text) < LARGE_TEXT:
                return engine.scan_text(html_to_text(text) if is_html else text, source=source)
            if self._procs is None:
                # the helper ends with the tray, even when the tray is killed: no orphan holding 50 MB of text
                self._procs = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"), initializer=die_with_parent)
            try:
                return self._procs.submit(_scan_text_in_process, text, source, is_html,
                                          engine.policy).result(timeout=300)
            except Exception:  # the rules file changed under us, or the helper died: judge it here instead
                return engine.scan_text(html_to_text(text) if is_html else text, source=source)

        return scan_text

    def _run(self, job: Job) -> None:
        engine = self.files.engine  # once: the whole content is judged by one policy
        try:
            # the user is waiting on this copy: its OCR reads go before the chat folders' history
            with ocr_priority(INTERACTIVE):
                result = check_content(job.content, self.files, selection=job.kind == "selection",
                                       scan_text=self._text_scanner(engine), engine=engine)
        except Exception as exc:  # a bug costs one check, reported and held, never a silent allow
            result = ScanResult("<clipboard>", "error", error=t("clip.internal", error=f"{type(exc).__name__}: {exc}"))
        self.finished.emit(job, result)

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._procs is not None:
            self._procs.shutdown(wait=False, cancel_futures=True)
        self.files.close()


def source_name(kind: str) -> str:
    """The event-log source name for a job kind."""
    return {"text": "clipboard-text", "image": "clipboard-image", "files": "clipboard-files",
            "selection": "selection", "screen": "screen", "app": "app", "folder": "folder"}.get(kind, "clipboard-text")
