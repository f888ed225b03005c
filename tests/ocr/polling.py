"""Waiting for another thread or process to reach a state, for tests that provoke faults at a chosen moment, and
the real tesseract worker those tests provoke them in."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from guard.ocr.base import OcrUnavailable
from guard.ocr.worker import OcrWorker


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Poll until `condition` holds (a guard against hanging the suite, not a speed check)."""
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "the condition never became true"
        time.sleep(0.005)


def tesseract() -> OcrWorker:
    """A real tesseract worker that stops at once when closed (skips where tesseract is missing)."""
    try:
        return OcrWorker("tesseract", idle_seconds=0)
    except OcrUnavailable as exc:
        pytest.skip(str(exc))
