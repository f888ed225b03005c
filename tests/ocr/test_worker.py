"""The OCR worker process: engines stay out of the caller, hung requests are killed, memory goes back."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from guard.errors import ExtractError
from guard.ocr.base import OcrTimeout, OcrUnavailable
from guard.ocr.engines import engine_report, get_engine
from guard.ocr.worker import OcrWorker

from .images import dense_screen, document_screen, png_bomb_header

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_engines_report_for_doctor_and_unknown_names_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")  # the reason in English, to match its words
    rows = {row["name"]: row for row in engine_report()}
    assert {"rapidocr", "tesseract"} <= set(rows) <= {"rapidocr", "tesseract", "rapidocr-1.4"}  # 1.4: where installed
    assert all(set(row) == {"name", "available", "version", "reason"} for row in rows.values())
    with pytest.raises(OcrUnavailable, match="unknown OCR engine"):
        get_engine("abbyy")


def test_the_caller_never_loads_cv2_or_onnxruntime() -> None:
    """In a fresh process: other tests read with an engine in this one, which says nothing about the worker."""
    code = ("import sys; from guard.ocr.worker import OcrWorker; from tests.ocr.images import document_screen; "
            "w = OcrWorker('rapidocr'); assert w.read(document_screen().png(), region=(560, 90, 800, 320)); "
            "w.close(); print('cv2' in sys.modules, 'onnxruntime' in sys.modules, 'openvino' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "False", "False"], out.stderr[-800:]


def test_a_region_of_bytes_comes_back_in_full_image_coordinates(rapid: OcrWorker) -> None:
    shot = document_screen()
    lines = rapid.read(shot.png(), region=(560, 90, 800, 320))
    mark = next(ln for ln in lines if ln.text == "机密★1年")
    assert abs(mark.box[0] - shot.boxes["mark"][0]) <= 8 and abs(mark.box[1] - shot.boxes["mark"][1]) <= 8
    arr = np.asarray(shot.image)
    mark2 = next(ln for ln in rapid.read(arr, region=(560, 90, 800, 320)) if ln.text == "机密★1年")
    # bytes are decoded at the engine's working size (1920 > 1600 px), the array is read as given: the two
    # boxes agree to a few pixels of rounding
    assert all(abs(a - b) <= 4 for a, b in zip(mark2.box, mark.box, strict=True)), (mark2.box, mark.box)


def test_hostile_bytes_raise_extract_error_from_the_worker_and_it_keeps_serving(tess: OcrWorker) -> None:
    with pytest.raises(ExtractError):
        tess.read(png_bomb_header())
    assert tess.read(document_screen().png(), region=(560, 90, 800, 320))


def test_a_hung_request_is_killed_and_the_worker_recovers() -> None:
    with OcrWorker("tesseract") as worker:
        worker.start()
        first_pid = worker.stats()["pid"]
        with pytest.raises(OcrTimeout):
            worker.read(dense_screen().png(), timeout=0.3)
        assert worker.stats()["alive"] is False and worker.stats()["timeouts"] == 1
        assert any("机密" in ln.text for ln in worker.read(document_screen().png(), region=(560, 90, 800, 320)))
        assert worker.stats()["pid"] != first_pid


def test_the_worker_is_recycled_after_max_requests() -> None:
    with OcrWorker("tesseract", max_requests=2) as worker:
        small = document_screen().png()
        pids = []
        for _ in range(3):
            worker.read(small, region=(560, 90, 400, 160))
            pids.append(worker.stats()["pid"])
        assert pids[0] is not None and pids[1] is None  # stopped right after its 2nd request
        assert pids[2] not in (None, pids[0])
        assert worker.stats()["starts"] == 2


def test_memory_is_returned_after_a_request_and_all_of_it_when_idle() -> None:
    with OcrWorker("rapidocr", idle_seconds=1.5) as worker:
        worker.read(document_screen().png())
        stats = worker.stats()
        assert stats["peak_rss_bytes"] > 300e6  # a 1080p page really costs this much at its peak
        # the page's working memory went back (OpenVINO's buffers released, malloc_trim); what stays is the
        # loaded runtime and models, which go with the process when it is idle
        assert stats["rss_bytes"] < stats["peak_rss_bytes"] - 60e6
        time.sleep(2.5)
        assert worker.stats()["alive"] is False and worker.stats()["rss_bytes"] == 0
