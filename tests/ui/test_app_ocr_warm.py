"""The tray starts the OCR worker shortly after it comes up (the first screenshot must not wait for models
to load), not at all when OCR is off, and stops it when it closes."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.audit import EventLog
from guard.settings import load_settings
from tests.ui.test_app import write_admin
from ui.app import WARM_OCR_MS, GuardApp

pytestmark = pytest.mark.slow  # a real OCR worker process


def test_the_worker_is_started_after_the_tray_and_stopped_with_it(qapp: object, qtbot, tmp_path: Path) -> None:
    write_admin(tmp_path, ocr_engine="tesseract")  # the quick one to start; rapidocr is started the same way
    app = GuardApp(load_settings(), EventLog())
    try:
        files = app.scanner.files
        assert files._worker is None  # nothing at once: the tray's own start goes first
        qtbot.waitUntil(lambda: files._worker is not None and files._worker.stats()["alive"],
                        timeout=WARM_OCR_MS + 20_000)
        worker = files._worker
    finally:
        app.close()
    assert worker.stats()["alive"] is False


def test_with_ocr_off_no_worker_is_started(qapp: object, qtbot, tmp_path: Path) -> None:
    write_admin(tmp_path, ocr_engine="off")
    app = GuardApp(load_settings(), EventLog())
    try:
        qtbot.wait(WARM_OCR_MS + 1500)
        assert app.scanner.files._worker is None
    finally:
        app.close()
