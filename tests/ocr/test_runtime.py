"""rapidocr 3.x runs on OpenVINO where it installs and on onnxruntime otherwise, from the models in its own
wheel (nothing downloaded), on the headless cv2 (no second Qt beside PySide6); the doctor says which."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from guard.ocr.runtime import ENV, MODELS, RUNTIMES, choose, model_dir
from guard.ocr.worker import OcrWorker
from tests.ocr.images import document_screen

ROOT = Path(__file__).resolve().parents[2]
X86 = platform.machine().lower() in ("x86_64", "amd64")


def test_openvino_is_chosen_where_the_ocr_extra_installs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    choice = choose()
    assert not choice.why
    if X86:  # the extra pulls openvino on x86-64: if it stopped doing so, pictures got 2x slower
        assert choice.runtime == "openvino"
    assert choice.runtime in RUNTIMES
    assert choice.runtime in choice.describe() and "PP-OCRv6 small" in choice.describe()


def test_a_runtime_can_be_pinned_and_a_wrong_name_says_what_to_choose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    assert choose("onnxruntime").runtime == "onnxruntime"
    monkeypatch.setenv(ENV, "onnxruntime")
    assert choose().runtime == "onnxruntime"
    wrong = choose("tensorrt")
    assert wrong.runtime == "" and wrong.why == "unknown OCR runtime 'tensorrt' (choose openvino, onnxruntime)"


def test_the_models_are_the_ones_inside_the_rapidocr_wheel() -> None:
    folder = model_dir()
    assert folder is not None and folder.parent.name == "rapidocr"
    models = choose("onnxruntime").models
    assert models is not None
    assert {task: path.name for task, path in models.items()} == MODELS
    assert all(path.is_file() and path.parent == folder for path in models.values())


def test_the_headless_opencv_is_installed_not_the_one_with_qt() -> None:
    with pytest.raises(metadata.PackageNotFoundError):
        metadata.distribution("opencv-python")  # the full build ships its own Qt libraries
    metadata.distribution("opencv-python-headless")
    code = "import cv2; print([l.split()[-1] for l in cv2.getBuildInformation().splitlines() if 'GUI:' in l])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "['NONE']", out.stderr[-400:]


@pytest.mark.slow
def test_loading_downloads_nothing() -> None:
    """rapidocr fetches a model it does not find; with the paths given it never has to. Its downloader is
    made to fail, and both runtimes still load and read (in a child: cv2 stays out of the test process)."""
    code = """
import json, sys
import rapidocr.utils.download_file as d
def refuse(*a, **k): raise SystemExit("download attempted")
d.DownloadFile.run = staticmethod(refuse)
from guard.ocr.rapid import RapidOcrEngine
from tests.ocr.images import document_screen
texts = {}
for rt in ("openvino", "onnxruntime"):
    engine = RapidOcrEngine(rt)
    if engine.available():
        texts[rt] = [ln.text for ln in engine.read(document_screen().image)]
print(json.dumps(texts, ensure_ascii=False))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-800:]
    texts = json.loads(out.stdout.strip().splitlines()[-1])
    assert "onnxruntime" in texts and (not X86 or "openvino" in texts)
    assert all("机密★1年" in lines for lines in texts.values()), texts


@pytest.mark.slow
def test_the_worker_runs_on_the_pinned_runtime_and_reports_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "onnxruntime")  # the spawned worker inherits it
    with OcrWorker("rapidocr", idle_seconds=0) as worker:
        lines = worker.read(document_screen().png(), region=(560, 90, 800, 320))
        assert "onnxruntime" in worker.version and "openvino" not in worker.version
    assert "机密★1年" in [ln.text for ln in lines]


def test_the_doctor_names_the_runtime_and_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    out = subprocess.run([sys.executable, "-m", "guard", "doctor", "--json"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    rows = {row["name"]: row for row in json.loads(out.stdout)}
    detail = rows["OCR rapidocr"]["detail"]
    assert f"rapidocr {metadata.version('rapidocr')}" in detail and "PP-OCRv6 small" in detail
    assert choose().runtime in detail
