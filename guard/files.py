"""One file (or one blob of bytes) to one verdict: sniff, extract, OCR what is a picture, scan it all as one.

The text engine knows nothing of files and OCR; this is where they meet. A picture goes through the OCR fast
path (mark regions first, early block); a document's own text, its page headers and the OCR text of its
embedded images and scanned pages are scanned together, so a mark in any of them counts for the file.
Nothing here raises on bad input: every failure is an `error` result with its reason. Anything left unread
(page or frame cap, OCR budget, no OCR engine) is a note and the verdict is then at least `confirm`; content
read less well (a picture reduced so much for OCR that small text may be lost) is a note and at least
`notice`. FIFOs, devices and sockets are never opened: an `error` with the reason.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

from guard.engine import Engine
from guard.errors import ExtractError, GuardError
from guard.extract.base import Embedded, Extracted, Limits
from guard.extract.readbytes import READ_SECONDS, special_kind, special_reason, with_deadline
from guard.extract.text import TEXT_SUFFIXES
from guard.messages import t
from guard.model import ScanResult, Severity

PICTURES = {"png", "jpg", "bmp", "gif", "webp", "tiff", "wechat_dat"}
SPECIAL = {"fifo", "char_device", "block_device", "socket", "other"}  # `sniff` kinds of what is never opened


class FileScanner:
    """Scans files with one engine and, when pictures need it, one OCR worker process (started lazily,
    stopped when idle). `ocr=None` turns OCR off: pictures are then an `error` ("cannot read"), never
    a silent allow."""

    def __init__(self, engine: Engine | None = None, ocr: str | None = "auto", limits: Limits | None = None,
                 ocr_idle_seconds: float = 60) -> None:
        self.engine = engine or Engine()
        self.limits = limits or Limits()
        self.ocr_name = ocr
        self.ocr_idle_seconds = ocr_idle_seconds
        self._worker: Any = None
        self._worker_lock = threading.Lock()  # scan threads and the folder watcher ask for it at once
        self._ocr_error: str | None = None if ocr else t("ocr.off")

    # -- entry points ----------------------------------------------------------------------------------

    def scan(self, path: Path | str, engine: Engine | None = None) -> ScanResult:
        """Verdict for one file, typed by its content (a renamed .docx is still a .docx); `engine` when the
        caller has taken one for a whole decision (a rules reload meanwhile must not mix policies)."""
        engine = engine or self.engine
        path = Path(path)
        t0 = time.perf_counter()
        source = str(path)
        kind = self.sniff(path)
        if kind in SPECIAL:  # an error, not a skip: what a FIFO or a device would give cannot be known
            return _error(source, special_reason(kind), t0)
        skip = self.skip_reason(path, kind)
        if skip:
            return ScanResult(source, "skipped", error=skip)
        try:
            from guard.extract import extract_file

            extracted = extract_file(path, self.limits, kind=kind)
        except ExtractError as exc:
            return _error(source, str(exc), t0)
        return self._finish(extracted, source, t0, engine)

    def scan_bytes(self, data: bytes, name: str, source: str | None = None, kind: str | None = None,
                   engine: Engine | None = None) -> ScanResult:
        """Verdict for content already in memory (a clipboard image, a file from an archive); `kind` when the
        caller has sniffed it already."""
        engine = engine or self.engine
        t0 = time.perf_counter()
        source = source or name
        try:
            from guard.extract import extract_bytes

            extracted = extract_bytes(data, name, self.limits, kind=kind)
        except ExtractError as exc:
            return _error(source, str(exc), t0)
        return self._finish(extracted, source, t0, engine)

    @staticmethod
    def sniff(path: Path) -> str | None:
        """The type from the file's head, before it is read whole; one of SPECIAL for a FIFO, device or socket
        (checked by stat, never opened: opening a FIFO blocks); None for text-named files (they are typed when
        read) and when it cannot be told yet (the read then reports why)."""
        try:
            return with_deadline(lambda: _sniff(path), READ_SECONDS)  # a stat on a dead share can hang too
        except ExtractError:
            return None

    @staticmethod
    def skip_reason(path: Path, kind: str | None) -> str | None:
        """Files that are not documents at all (programs, videos, unknown binaries) are listed as skipped,
        not reported as errors, so a folder scan is not buried in noise. A binary named like a text file is
        not skipped (`sniff` leaves it untyped): it is read and reported. FIFOs, devices and sockets have a
        reason too (the folder watcher passes them by); `scan` reports them as errors."""
        if kind == "binary":
            return t("scan.unsupported", suffix=path.suffix.lower() or "(none)")
        if kind in SPECIAL:
            return special_reason(kind)
        return None

    # -- the work --------------------------------------------------------------------------------------

    def _finish(self, extracted: Extracted, source: str, t0: float, engine: Engine) -> ScanResult:
        unread, degraded = list(extracted.notes), list(extracted.degraded)
        try:
            if not extracted.parts and len(extracted.images) == 1 and extracted.kind in PICTURES:
                result = self._picture(extracted.images[0], source, engine)
            else:
                result = self._document(extracted, source, unread, degraded, engine)
        except GuardError as exc:  # OCR worker failures that escaped the pipeline
            result = _error(source, str(exc), t0)
        with_notes(result, unread, degraded)
        result.source = source
        result.ms = (time.perf_counter() - t0) * 1000
        return result

    def _picture(self, image: Embedded, source: str, engine: Engine) -> ScanResult:
        worker = self.ocr_worker()
        if worker is None:
            return ScanResult(source, "error", error=t("ocr.picture_unread", reason=self._ocr_error))
        from guard.ocr.pipeline import scan_image

        where = {"page": 1, **{k: v for k, v in image.where.items() if k != "part"}}
        return scan_image(engine, image.data, where, worker, self.limits, scale=image.scale)

    def _document(self, extracted: Extracted, source: str, unread: list[str], degraded: list[str],
                  engine: Engine) -> ScanResult:
        """The document's text and the OCR text of its pictures, scanned as one; what OCR could not read is
        added to `unread`, what it read less well to `degraded`."""
        parts = list(extracted.parts)
        if extracted.images:
            worker = self.ocr_worker()
            if worker is None:
                unread.append(t("ocr.images_unread", n=len(extracted.images), reason=self._ocr_error))
            else:
                from guard.ocr.pipeline import scan_images

                parts += scan_images(engine, extracted.images, worker, self.limits, unread, degraded=degraded)
        return engine.scan_parts(parts, source=source)

    def ocr_worker(self) -> Any:
        """The OCR worker, created on first need; None (with the reason kept) when no engine works."""
        if self._worker is None and self._ocr_error is None:
            from guard.ocr.base import OcrUnavailable
            from guard.ocr.worker import OcrWorker

            with self._worker_lock:  # one worker process for all threads, not one per thread that raced here
                if self._worker is None and self._ocr_error is None:
                    try:
                        self._worker = OcrWorker(self.ocr_name or "auto", idle_seconds=self.ocr_idle_seconds,
                                                 limits=self.limits)
                    except OcrUnavailable as exc:
                        self._ocr_error = str(exc)
        return self._worker

    def close(self) -> None:
        with self._worker_lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def __enter__(self) -> FileScanner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _error(source: str, reason: str, t0: float) -> ScanResult:
    return ScanResult(source, "error", error=reason, ms=(time.perf_counter() - t0) * 1000)


def with_notes(result: ScanResult, unread: list[str], degraded: list[str]) -> ScanResult:
    """Attach what was not read (the verdict is then at least `confirm`: a clean verdict on half a file is
    not a clean verdict) and what was read less well (at least `notice`). An `error` keeps its verdict."""
    result.notes = list(dict.fromkeys([*result.notes, *unread, *degraded]))
    floor = Severity.CONFIRM if unread else Severity.NOTICE if degraded else Severity.ALLOW
    if result.verdict not in ("error", "skipped") and result.severity < floor:
        result.verdict = floor.label
    return result


def _sniff(path: Path) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # gone, no permission, a bad name: the read says which
    special = special_kind(mode)
    if special:
        return special
    if not stat.S_ISREG(mode) or path.suffix.lower() in TEXT_SUFFIXES:
        return None
    try:
        from guard.extract import detect_kind

        return detect_kind(path, seconds=None)  # already under the caller's deadline
    except (OSError, ExtractError):
        return None
