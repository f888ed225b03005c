"""Which inference runtime runs rapidocr's models, and where the models that ship in its wheel are.

OpenVINO runs the same ONNX models faster than onnxruntime on office CPUs (benchmarks/bench_images.py on a
2-core machine: a clean 1080p screenshot 0.69 s against 0.97 s at p95, recognition alone about 2x), so it
comes first where it installs (x86-64 Windows and Linux, aarch64 with a recent glibc); onnxruntime is the
fallback. Everything here is a look-up of installed files: no
runtime, cv2 or model is loaded, so the GUI process can call it.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from guard.messages import t

RUNTIMES = ("openvino", "onnxruntime")  # preference order
PACKAGE = "rapidocr"
INSTALL = "pip install 'clipguard[ocr]'"
# the models rapidocr 3.x ships inside its wheel: nothing is downloaded at run time
MODELS = {"det": "PP-OCRv6_det_small.onnx", "rec": "PP-OCRv6_rec_small.onnx",
          "cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx"}
MODEL_SET = "PP-OCRv6 small"
ENV = "CLIPGUARD_OCR_RUNTIME"  # "openvino" or "onnxruntime": pin one (benchmarks, a PC where one misbehaves)
THREADS_ENV = "CLIPGUARD_OCR_THREADS"  # threads per OCR worker; `clipguard scan` sets it for its parallel workers


@dataclass(frozen=True, slots=True)
class Choice:
    """The runtime and model files rapidocr will use, or why it cannot run (`why` empty when it can)."""

    runtime: str = ""
    models: dict[str, Path] | None = None
    why: str = ""

    def describe(self) -> str:
        """"rapidocr 3.10.0 · openvino 2026.4.1 · PP-OCRv6 small" for the doctor and the worker's version."""
        return " · ".join(filter(None, (f"{PACKAGE} {_version(PACKAGE)}",
                                        f"{self.runtime} {_version(self.runtime)}", MODEL_SET)))


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def model_dir() -> Path | None:
    """rapidocr's `models/` folder, found without importing the package (that would load cv2)."""
    spec = importlib.util.find_spec(PACKAGE) if _installed(PACKAGE) else None
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent / "models"


def choose(wanted: str = "") -> Choice:
    """The runtime to use: `wanted` (or $CLIPGUARD_OCR_RUNTIME) if given, else the first installed."""
    wanted = wanted or os.environ.get(ENV, "")
    folder = model_dir()
    if folder is None:
        return Choice(why=t("ocr.package.missing", package=PACKAGE, command=INSTALL))
    missing = [name for name in MODELS.values() if not (folder / name).is_file()]
    if missing:
        return Choice(why=t("ocr.rapid.models_missing", package=PACKAGE, files=", ".join(missing)))
    models = {task: folder / name for task, name in MODELS.items()}
    if wanted:
        if wanted not in RUNTIMES:
            return Choice(why=t("ocr.runtime.unknown", name=wanted, choices=", ".join(RUNTIMES)))
        if not _installed(wanted):
            return Choice(why=t("ocr.runtime.missing", name=wanted))
        return Choice(wanted, models)
    for runtime in RUNTIMES:
        if _installed(runtime):
            return Choice(runtime, models)
    return Choice(why=t("ocr.runtime.none", names=" / ".join(RUNTIMES), command=INSTALL))


def threads() -> int:
    """Threads one OCR worker may use (0: the runtime decides, i.e. all cores). Parallel scan workers each
    get their share, so two OCR workers do not fight over the same two cores."""
    try:
        return max(0, int(os.environ.get(THREADS_ENV, "0")))
    except ValueError:
        return 0
