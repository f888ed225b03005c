"""rapidocr (PP-OCRv4 models inside the wheel, fully offline): reads ★ and photographed pages well.

It is the preferred engine but the heavy one: importing it loads cv2 and onnxruntime, and a 1080p page
costs ~0.5 GB, so it is imported only inside `read` and only ever runs in the OCR worker process.
"""

from __future__ import annotations

import importlib.util
from importlib import metadata
from typing import Any

import numpy as np
from PIL import Image

from guard.ocr.base import ImageInput, OcrLine

PACKAGE = "rapidocr_onnxruntime"


def _warm_up_image() -> np.ndarray:
    """A small white strip with a few dark bars: enough for detection to find boxes and run recognition."""
    image = np.full((64, 320, 3), 255, np.uint8)
    for x in range(16, 300, 22):
        image[20:44, x:x + 14] = 30
    return image


class RapidOcrEngine:
    """rapidocr with the settings measured to matter: `use_cls=False` (text on screens and pages is
    upright; the angle classifier only costs time) and `det_limit_type="max"` (the default "min" upscales a
    thin strip until it is slower than a whole screen)."""

    name = "rapidocr"
    max_side = 1600  # detection cost grows with area; at 1600 a 1080p screen reads the same text 0.2-0.3 s sooner

    def __init__(self) -> None:
        self._ocr: Any = None

    def available(self) -> bool:
        return importlib.util.find_spec(PACKAGE) is not None  # no import: that would load cv2

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
            self._ocr(_warm_up_image(), use_cls=False)  # onnxruntime sets up its kernels on the first run


    def read(self, image: ImageInput) -> list[OcrLine]:
        self.load()
        rgb = np.asarray(image.convert("RGB") if isinstance(image, Image.Image) else image)
        if rgb.ndim == 2:
            rgb = np.stack([rgb] * 3, axis=-1)
        bgr = np.ascontiguousarray(rgb[:, :, 2::-1])  # rapidocr takes arrays as BGR (cv2 order)
        result, _elapsed = self._ocr(bgr, use_cls=False)
        lines = []
        for points, text, score in result or []:
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            x0, y0 = int(min(xs)), int(min(ys))
            box = (x0, y0, round(max(xs)) - x0, round(max(ys)) - y0)
            lines.append(OcrLine(str(text), box, float(score)))
        return lines
