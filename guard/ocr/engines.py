"""Choosing an OCR engine by name, and telling the user (`clipguard doctor`) which ones work and why not.

"auto" prefers rapidocr (reads ★ and photos far better) and falls back to tesseract; both checks are
cheap and load no engine, so the GUI process can decide without importing cv2.
"""

from __future__ import annotations

from typing import Any

from guard.messages import t
from guard.ocr.base import OcrEngine, OcrUnavailable
from guard.ocr.rapid import RapidOcrEngine
from guard.ocr.tess import TesseractEngine

NAMES = ("rapidocr", "tesseract")
MAX_SIDE = {"rapidocr": RapidOcrEngine.max_side, "tesseract": TesseractEngine.max_side}


def _make(name: str) -> Any:
    return RapidOcrEngine() if name == "rapidocr" else TesseractEngine()


def _reason(engine: Any) -> str:
    if isinstance(engine, TesseractEngine):
        return engine.why_unavailable()
    if not engine.available():
        return "the rapidocr-onnxruntime package is not installed (pip install 'clipguard[ocr]')"
    return ""


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
    if name not in NAMES:
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
    """One row per engine for `clipguard doctor`: name, available, version, reason (empty when fine)."""
    rows = []
    for name in NAMES:
        engine = _make(name)
        why = _reason(engine)
        rows.append({"name": name, "available": not why, "version": engine.version() if not why else "",
                     "reason": why})
    return rows
