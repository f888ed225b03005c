"""rapidocr-onnxruntime 1.4 (PP-OCRv4 mobile models, onnxruntime): the engine before issue 12, kept only so
the benchmarks can measure the new path beside the old one in the same run.

Never chosen by "auto" and not a dependency: it requires the full opencv-python build (a second Qt). To
measure it: `pip install --no-deps rapidocr-onnxruntime==1.4.4` (it then runs on the headless cv2).
"""

from __future__ import annotations

import importlib.util
from importlib import metadata
from typing import Any

import numpy as np

from guard.messages import t
from guard.ocr.base import ImageInput, OcrLine
from guard.ocr.rapid import to_bgr, to_line, warm_up_image

PACKAGE = "rapidocr_onnxruntime"


class LegacyRapidOcrEngine:
    """rapidocr with the settings measured to matter: `use_cls=False` (text on screens and pages is
    upright; the angle classifier only costs time) and `det_limit_type="max"` (the default "min" upscales a
    thin strip until it is slower than a whole screen)."""

    name = "rapidocr-1.4"
    max_side = 2000  # rapidocr's own max_side_len: larger inputs are reduced to this anyway
    det_side = 1280  # text is found on a smaller copy (detection cost grows with area) and read at full size

    def __init__(self) -> None:
        self._ocr: Any = None

    def available(self) -> bool:
        return importlib.util.find_spec(PACKAGE) is not None  # no import: that would load cv2

    def why_unavailable(self) -> str:
        return "" if self.available() else t("ocr.package.missing", package="rapidocr-onnxruntime 1.x",
                                               command="pip install --no-deps rapidocr-onnxruntime==1.4.4")

    def version(self) -> str:
        try:
            return metadata.version("rapidocr-onnxruntime")
        except metadata.PackageNotFoundError:
            return ""

    def load(self) -> None:
        """Load the models now (the worker does this at start, so the first request is not the slow one)."""
        if self._ocr is None:
            from rapidocr_onnxruntime import RapidOCR

            self._ocr = RapidOCR(use_cls=False, det_limit_type="max")
            self._ocr(warm_up_image(), use_cls=False)  # onnxruntime sets up its kernels on the first run

    def read(self, image: ImageInput) -> list[OcrLine]:
        self.load()
        bgr = to_bgr(image)
        result = self._split_read(bgr) if max(bgr.shape[:2]) > self.det_side * 1.15 else None
        if result is None:
            result, _elapsed = self._ocr(bgr, use_cls=False)
        return [to_line(points, text, score) for points, text, score in result or []]

    def _split_read(self, bgr: np.ndarray) -> list[tuple[Any, str, float]] | None:
        """Find the lines on a copy scaled to `det_side` (0.2-0.3 s less on a 1080p screen), read each at
        full resolution (small type keeps its strokes). Uses rapidocr's stage objects; None when this
        rapidocr version does not have them, and the whole-image call is used instead."""
        ocr = self._ocr
        if not all(hasattr(ocr, a) for a in ("text_det", "get_crop_img_list", "text_rec")):
            return None
        import cv2  # only ever imported here, in the OCR worker process

        h, w = bgr.shape[:2]
        scale = self.det_side / max(h, w)
        small = cv2.resize(bgr, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
        boxes, _ = ocr.text_det(small)
        if boxes is None or len(boxes) == 0:
            return []
        boxes = (np.asarray(boxes, dtype=np.float32) / scale).astype(np.float32)
        crops = ocr.get_crop_img_list(bgr, boxes)
        recognised, _ = ocr.text_rec(crops)
        min_score = getattr(ocr, "text_score", 0.5)
        return [(box.tolist(), text, float(score))
                for box, (text, score, *_rest) in zip(boxes, recognised, strict=False)
                if text and float(score) >= min_score]
