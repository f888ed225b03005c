"""Choosing an OCR engine by name, and telling the user (`clipguard doctor`) which ones work and why not.

"auto" prefers rapidocr (reads ★ and photos far better; OpenVINO or onnxruntime underneath, see
`guard.ocr.runtime`) and falls back to tesseract. All checks are look-ups of installed files that load no
engine, so the GUI process can decide without importing cv2. "rapidocr-1.4" (the engine before issue 12) is
taken only when named, by the benchmarks.
"""

from __future__ import annotations

from typing import Any

from guard.messages import t
from guard.ocr.base import OcrEngine, OcrUnavailable
from guard.ocr.rapid import RapidOcrEngine
from guard.ocr.rapid_legacy import LegacyRapidOcrEngine
from guard.ocr.tess import TesseractEngine

NAMES = ("rapidocr", "tesseract")  # what "auto" tries, in order
LEGACY = "rapidocr-1.4"
KNOWN = (*NAMES, LEGACY)
MAX_SIDE = {"rapidocr": RapidOcrEngine.max_side, "tesseract": TesseractEngine.max_side,
            LEGACY: LegacyRapidOcrEngine.max_side}


def _make(name: str) -> Any:
    return {"rapidocr": RapidOcrEngine, "tesseract": TesseractEngine, LEGACY: LegacyRapidOcrEngine}[name]()


def _reason(engine: Any) -> str:
    return str(engine.why_unavailable())


def resolve_name(name: str = "auto") -> str:
    """The concrete engine "auto" stands for, or `name` itself once checked; OcrUnavailable otherwise."""
    if name == "auto":
        reasons = []
        for candidate in NAMES:
            why = _reason(_make(candidate))
            if not why:
                return candidate
            reasons.append(f"{candidate}: {why}")
        raise OcrUnavailable(t("ocr.none_available", reasons="; ".join(reasons)))
    if name not in KNOWN:
        raise OcrUnavailable(t("ocr.unknown_engine", name=name))
    why = _reason(_make(name))
    if why:
        raise OcrUnavailable(t("ocr.engine_unavailable", name=name, why=why))
    return name


def get_engine(name: str = "auto") -> OcrEngine:
    """An engine ready to `read` (its models load on first use)."""
    engine: OcrEngine = _make(resolve_name(name))
    return engine


def engine_report() -> list[dict[str, Any]]:
    """One row per engine for `clipguard doctor`: name, available, version (for rapidocr: the runtime and
    models it runs), reason (empty when fine). The 1.4 engine is listed only where it is installed."""
    rows = []
    for name in KNOWN:
        engine = _make(name)
        why = _reason(engine)
        if name == LEGACY and why:
            continue
        rows.append({"name": name, "available": not why, "version": engine.version() if not why else "",
                     "reason": why})
    return rows
