"""The OCR worker process's side: load the engine once, answer requests, give memory back after each.

Kept apart from `worker.py` so the code that runs in the child is easy to see: this is the only place an
OCR engine (and with rapidocr, cv2 and onnxruntime) is ever loaded.
"""

from __future__ import annotations

import gc
import os
import signal
from typing import Any

import numpy as np

from guard.errors import ExtractError
from guard.extract.base import Box, Limits
from guard.ocr.base import OcrEngine, OcrLine, OcrUnavailable
from guard.ocr.engines import get_engine
from guard.ocr.images import load_image
from guard.ocr.memory import trim
from guard.platform.parent_watch import die_with_parent


def read_bytes(engine: OcrEngine, data: bytes, region: Box | None, limits: Limits) -> list[OcrLine]:
    """Decode safely, scale for the engine, crop `region` (original pixels), OCR, boxes back to original."""
    loaded = load_image(data, limits, engine.max_side)
    arr = np.asarray(loaded.image)
    dx = dy = 0
    if region is not None:
        s = loaded.scale
        x, y, w, h = (round(v / s) for v in region)
        arr, dx, dy = arr[max(0, y):y + h, max(0, x):x + w], max(0, x), max(0, y)
    if arr.size == 0:
        return []
    return [line.moved(dx, dy, loaded.scale) for line in engine.read(arr)]


def _answer(engine: OcrEngine, request: tuple[Any, Box | None], limits: Limits) -> tuple[Any, ...]:
    image, region = request
    try:
        lines = read_bytes(engine, image, region, limits) if isinstance(image, bytes) else engine.read(image)
        return ("ok", [(ln.text, ln.box, ln.confidence) for ln in lines])
    except ExtractError as exc:
        return ("extract", str(exc))
    except Exception as exc:  # an engine bug must come back as an answer, not kill the worker silently
        return ("failed", f"{type(exc).__name__}: {exc}")


def _tell(conn: Any, message: tuple[Any, ...]) -> bool:
    try:
        conn.send(message)
        return True
    except (BrokenPipeError, EOFError, OSError):
        return False


def serve(conn: Any, engine_name: str, max_pixels: int) -> None:
    """Worker main loop; ends on None, on EOF (the parent is gone) or when killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the app's terminal is the parent's to handle
    # a killed tray must not leave us behind mid-OCR (EOF only comes once a request is done); no kernel hook:
    # it would also fire when the thread that started us ends, and any scan thread may start the worker
    die_with_parent(kernel=False)
    os.environ["OMP_THREAD_LIMIT"] = "1"  # tesseract: 5x slower with its default threads on 2 cores
    limits = Limits(max_pixels=max_pixels)
    try:
        engine = get_engine(engine_name)
        load = getattr(engine, "load", None)
        if load is not None:
            load()
    except OcrUnavailable as exc:
        _tell(conn, ("unavailable", str(exc)))
        return
    except Exception as exc:
        _tell(conn, ("failed", f"cannot load {engine_name}: {type(exc).__name__}: {exc}"))
        return
    if not _tell(conn, ("ready", os.getpid(), engine.version())):
        return  # the parent went away while the models loaded (it was stopped or killed)
    trim()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        reply = _answer(engine, request, limits)
        del request
        release = getattr(engine, "release", None)
        if release is not None:
            release()  # the runtime's working memory, which trim() cannot reach
        gc.collect()
        trim()
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
