"""Real OCR engines in real worker processes, shared per session (a cold start costs 0.3-2 s)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guard.engine import Engine
from guard.ocr.base import OcrUnavailable
from guard.ocr.worker import OcrWorker


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: runs a real OCR engine (seconds); deselect with -m 'not slow'")


def _worker(name: str) -> Iterator[OcrWorker]:
    try:
        worker = OcrWorker(name, idle_seconds=600, max_requests=1000)
    except OcrUnavailable as exc:
        pytest.skip(str(exc))
    with worker:
        yield worker


@pytest.fixture(scope="session")
def rapid() -> Iterator[OcrWorker]:
    yield from _worker("rapidocr")


@pytest.fixture(scope="session")
def tess() -> Iterator[OcrWorker]:
    yield from _worker("tesseract")


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()
