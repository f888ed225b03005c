"""rapidocr 3.x (PP-OCRv6 small models inside the wheel, fully offline) on OpenVINO or onnxruntime.

The preferred engine: it reads ★ and photographed pages well. It is the heavy one (cv2, the runtime and the
models, ~0.4 GB after a 1080p page), so it is imported only inside `load` and only ever runs in the OCR
worker process. Which runtime it uses is `guard.ocr.runtime`'s choice.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image

from guard.ocr import runtime
from guard.ocr.base import ImageInput, OcrLine
from guard.ocr.memory import trim
from guard.ocr.rapid_memory import cpu_settings, free_stage, recognise_grouped


def warm_up_image() -> np.ndarray:
    """A small white strip with a few dark bars: enough for detection to find boxes and run recognition."""
    image = np.full((64, 320, 3), 255, np.uint8)
    for x in range(16, 300, 22):
        image[20:44, x:x + 14] = 30
    return image


def to_line(points: Any, text: str, score: float) -> OcrLine:
    """A line from rapidocr's four corner points: their axis-aligned box."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, y0 = int(min(xs)), int(min(ys))
    return OcrLine(str(text), (x0, y0, round(max(xs)) - x0, round(max(ys)) - y0), float(score))


def to_bgr(image: ImageInput) -> np.ndarray:
    """rapidocr takes arrays in cv2's channel order."""
    rgb = np.asarray(image.convert("RGB") if isinstance(image, Image.Image) else image)
    if rgb.ndim == 2:
        rgb = np.stack([rgb] * 3, axis=-1)
    return np.ascontiguousarray(rgb[:, :, 2::-1])


class RapidOcrEngine:
    """rapidocr with the settings measured to matter: no angle classifier (text on screens and pages is
    upright; it only costs time), and text found on a copy whose long side is at most `det_side` (detection
    cost grows with area) while each line is read from the full-size picture (small type keeps its strokes)."""

    name = "rapidocr"
    max_side = 2000  # rapidocr's own max_side_len: larger inputs are reduced to this anyway
    det_side = 1152  # benchmarks/compare_ocr.py: as many marks read as at 1280, less time and memory
    rec_batch = 6  # at most; guard.ocr.rapid_memory bounds each batch by its width
    rec_min_width = 96  # rapidocr pads every crop to at least 320 px: a spreadsheet's cells cost 3x their size

    def __init__(self, runtime_name: str = "") -> None:
        self.choice = runtime.choose(runtime_name)
        self.use_cls = False
        self._ocr: Any = None

    def available(self) -> bool:
        return not self.choice.why  # no import: that would load cv2

    def why_unavailable(self) -> str:
        return self.choice.why

    def version(self) -> str:
        return self.choice.describe() if self.available() else ""

    def params(self) -> dict[str, Any]:
        """rapidocr's settings: the bundled model files by path (so nothing is looked up or downloaded)."""
        from rapidocr import EngineType  # only in the worker: this import loads cv2

        kind = EngineType(self.choice.runtime)
        models = self.choice.models or {}
        params: dict[str, Any] = {"Global.use_cls": self.use_cls, "Global.log_level": "error",
                                  "Det.limit_type": "max", "Det.limit_side_len": self.det_side,
                                  "Rec.rec_batch_num": self.rec_batch,
                                  "Rec.rec_img_shape": [3, 48, self.rec_min_width]}
        if runtime.threads():  # OpenVINO's are set with its other CPU properties (cpu_settings)
            params["EngineConfig.onnxruntime.intra_op_num_threads"] = runtime.threads()
        for task, prefix in (("det", "Det"), ("rec", "Rec"), ("cls", "Cls")):
            params[f"{prefix}.engine_type"] = kind
            params[f"{prefix}.model_path"] = str(models[task])
        return params

    def load(self) -> None:
        """Load the models now (the worker does this at start, so the first request is not the slow one)."""
        if self._ocr is None:
            from rapidocr import RapidOCR

            class Staged(RapidOCR):  # type: ignore[misc]
                """rapidocr within the worker's memory budget (guard.ocr.rapid_memory): detection's memory
                goes back before recognition takes its own, and no shape cache grows with every new width."""

                def recognize_txt(self, img: list[np.ndarray]) -> Any:
                    free_stage(self.text_det)
                    trim()
                    return recognise_grouped(self, img)

            cpu_settings(runtime.threads())
            self._ocr = Staged(params=self.params())
            self._ocr(warm_up_image(), use_cls=self.use_cls)  # the runtime sets up its kernels on the first run
            self.release()

    def release(self) -> None:
        """Free what the runtime keeps between pictures (the worker calls this after each request)."""
        if self._ocr is not None:
            for stage in (self._ocr.text_det, self._ocr.text_cls, self._ocr.text_rec):
                free_stage(stage)

    def read(self, image: ImageInput) -> list[OcrLine]:
        self.load()
        out = self._ocr(to_bgr(image), use_cls=self.use_cls)
        boxes, texts, scores = getattr(out, "boxes", None), getattr(out, "txts", None), getattr(out, "scores", None)
        if boxes is None or texts is None:
            return []
        return [to_line(points, text, score) for points, text, score in zip(boxes, texts, scores or [], strict=False)]


