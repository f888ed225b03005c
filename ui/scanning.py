"""Checks run off the GUI thread: clipboard contents go to a small thread pool, pictures on to the OCR
worker process (cv2 never loads here); results come back to the GUI thread as a Qt signal.

The engine is swapped, not mutated, when the rules reload, so a scan in flight finishes on the rules it
started with.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from guard.engine import Engine
from guard.extract.base import Limits
from guard.extract.text import html_to_text
from guard.files import FileScanner
from guard.model import ScanResult
from ui.clipboard import Snapshot

LARGE_TEXT = 1_000_000  # characters


@lru_cache(maxsize=2)
def _engine_for(rules: tuple[str, ...]) -> Engine:
    from guard.policy import load_policy

    return Engine(load_policy(*rules))


def _scan_text_in_process(text: str, source: str, rules: tuple[str, ...]) -> ScanResult:
    return _engine_for(rules).scan_text(text, source=source)


@dataclass(slots=True)
class Job:
    """One clipboard content to check, and what the GUI needs to act on the answer."""

    seq: int
    kind: str  # "text" | "html" | "image" | "files" | "selection"
    snapshot: Snapshot
    selection: bool = False  # the X11 PRIMARY selection, not the clipboard
    window: str = ""
    held_while_scanning: bool = False
    started: float = field(default_factory=time.monotonic)
    result: ScanResult | None = None
    done: bool = False  # answered (by the scan, or by the guard giving up on it)


class Scanner(QObject):
    finished = Signal(object)  # the Job, with .result set

    def __init__(self, engine: Engine, ocr: str | None = "auto", seconds: float = 15.0,
                 max_text_chars: int = 20_000_000) -> None:
        super().__init__()
        self.files = FileScanner(engine, ocr, Limits(seconds=seconds, max_text_chars=max_text_chars))
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="clipguard-scan")
        self._procs: ProcessPoolExecutor | None = None
        self.rules_files: tuple[str, ...] = ()  # what a helper process loads to judge by the same rules

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

    def scan_text(self, text: str, source: str) -> ScanResult:
        """Small texts here; a huge copy (tens of MB) in a helper process, where normalising it cannot hold
        this process's interpreter lock and stall the GUI."""
        if len(text) < LARGE_TEXT:
            return self.files.engine.scan_text(text, source=source)
        if self._procs is None:
            self._procs = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"))
        try:
            return self._procs.submit(_scan_text_in_process, text, source, self.rules_files).result(timeout=300)
        except Exception:  # the rules file changed under us, or the helper died: judge it here instead
            return self.files.engine.scan_text(text, source=source)

    def _run(self, job: Job) -> None:
        try:
            job.result = scan_snapshot(self.files, job, self.scan_text)
        except Exception as exc:  # a bug costs one check, reported, never a silent allow
            job.result = ScanResult("<clipboard>", "error", error=f"internal error: {type(exc).__name__}: {exc}")
        self.finished.emit(job)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._procs is not None:
            self._procs.shutdown(wait=False, cancel_futures=True)
        self.files.close()


def scan_snapshot(files: FileScanner, job: Job, scan_text: Any = None) -> ScanResult:
    snap = job.snapshot
    scan_text = scan_text or files.engine.scan_text
    t0 = time.perf_counter()
    results: list[ScanResult] = []
    # everything the content offers is checked: a browser copy of a picture carries HTML and the image
    for path in snap.files if not job.selection else ():
        result = files.scan(Path(path))
        if result.skipped:
            continue
        for f in result.findings:
            f.where = {"file": Path(path).name, **f.where}
        results.append(result)
    text, html = snap.text, None if job.selection else snap.html
    if text and not snap.files:
        results.append(scan_text(text[: files.limits.max_text_chars], source="<clipboard>"))
    if html and not snap.files and len(html) < 4 * 1024 * 1024:
        # rich text may carry what its plain twin does not (hidden rows, alt texts): check both
        results.append(scan_text(html_to_text(html), source="<clipboard html>"))
    image = None if job.selection else snap.image
    if image:
        results.append(files.scan_bytes(image, "clipboard.png", source="<clipboard image>"))
    merged = merge(results, source=_source(job))
    merged.ms = (time.perf_counter() - t0) * 1000
    return merged


def merge(results: list[ScanResult], source: str) -> ScanResult:
    """One verdict for content made of several items (a file list, text plus HTML): the worst one wins."""
    if not results:
        return ScanResult(source, "allow")
    worst = max(results, key=lambda r: r.severity)
    findings, seen = [], set()
    for f in (f for r in results for f in r.findings):  # plain text and its HTML twin find the same things
        key = (f.rule, f.excerpt, f.where.get("file"))
        if key not in seen:
            seen.add(key)
            findings.append(f)
    notes = [n for r in results for n in r.notes]
    errors = [r.error for r in results if r.error]
    verdict = worst.verdict
    if verdict == "error" and any(r.verdict not in ("error", "allow") for r in results):
        verdict = max((r for r in results if r.verdict != "error"), key=lambda r: r.severity).verdict
    out = ScanResult(source, verdict, findings=findings, notes=notes + errors[1:])
    out.error = errors[0] if errors else None
    return out


def _source(job: Job) -> str:
    return {"text": "<clipboard>", "html": "<clipboard>", "image": "<clipboard image>",
            "files": "<clipboard files>", "selection": "<selection>"}.get(job.kind, "<clipboard>")


def kind_of(snap: Snapshot, selection: bool) -> str | None:
    """What to check in a snapshot; None when there is nothing to check (empty, or only unknown formats)."""
    if selection:
        return "selection" if snap.text else None
    if snap.files:
        return "files"
    if snap.text or snap.html:
        return "text"
    if snap.image:
        return "image"
    return None


def describe(kind: str) -> dict[str, Any]:
    """The event-log source name for a job kind."""
    return {"source": {"text": "clipboard-text", "image": "clipboard-image", "files": "clipboard-files",
                       "selection": "selection", "screen": "screen", "app": "app",
                       "folder": "folder"}.get(kind, "clipboard-text")}
