"""Keeping the memory of rapidocr's runtime in the OCR worker bounded, at little cost in time.

Measured on 1080p/4K screenshots and 12 MP photos (benchmarks/bench_images.py):
- OpenVINO keeps a compiled variant for every input shape it meets; recognition meets a new width on nearly
  every batch, so the worker grew past 0.9 GB. Its shape cache is turned off (`CPU_RUNTIME_CACHE_CAPACITY`
  0): 3-5 % slower, resident memory flat.
- OpenVINO keeps each model's intermediate tensors between calls: detection's (~150 MB on a 1080p screen)
  are released before recognition allocates its own, and both after each picture.
- Recognition in batches of 6 is what makes a spreadsheet quick (hundreds of short cells), but six full-width
  lines in one batch set the peak (845 MB). Batches are bounded by their padded width instead: short crops
  still go six at a time, long lines one or two. With 2400 px the worker peaked at 609 MB (4800: 704 MB,
  batches of 1: 616 MB but a clean screenshot 0.98 s instead of 0.69 s at p95).
Everything here works on rapidocr's stage objects by their attribute names and does nothing where a name is
missing (another rapidocr version, or onnxruntime, which keeps no memory arena).
"""

from __future__ import annotations

from typing import Any

import numpy as np

CPU_CONFIG = {"CPU_RUNTIME_CACHE_CAPACITY": "0"}
BATCH_WIDTH = 2400  # padded crop pixels (at the model's 48 px height) per recognition call; measured below


def _compiled(stage: Any) -> Any:
    session = getattr(getattr(stage, "session", None), "session", None)
    get = getattr(session, "get_compiled_model", None)
    return get() if get is not None else None


def free_stage(stage: Any) -> None:
    """Give back the intermediate tensors the runtime keeps between calls of one model."""
    compiled = _compiled(stage)
    if compiled is not None:
        compiled.release_memory()


def cpu_settings(threads: int = 0) -> None:
    """Have rapidocr compile its OpenVINO models with the shape cache off (see the module's docstring) and on
    `threads` threads (0: OpenVINO's own choice). rapidocr passes only a few CPU properties through its
    settings, so its one place that builds them is extended, in the worker process only; where that place
    is not found (another rapidocr version), OpenVINO's defaults stand."""
    try:
        from rapidocr.inference_engine.openvino import device_config
    except ImportError:  # no OpenVINO: nothing to set
        return
    base = getattr(device_config.CPUConfig, "clipguard_base", device_config.CPUConfig.get_config)
    extra = {**CPU_CONFIG, **({"INFERENCE_NUM_THREADS": str(threads)} if threads else {})}

    def get_config(self: Any) -> dict[str, Any]:
        return {**base(self), **extra}

    device_config.CPUConfig.clipguard_base = base
    device_config.CPUConfig.get_config = get_config


def width_groups(widths: list[float], size: int, budget: float = BATCH_WIDTH) -> list[list[int]]:
    """Indices of crops in groups of at most `size`, narrowest first, whose padded width (the widest one
    times the count) stays within `budget`: rapidocr pads every crop of a batch to its widest."""
    groups: list[list[int]] = []
    for i in sorted(range(len(widths)), key=lambda i: widths[i]):
        if groups and len(groups[-1]) < size and widths[i] * (len(groups[-1]) + 1) <= budget:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def recognise_grouped(ocr: Any, crops: list[np.ndarray]) -> Any:
    """rapidocr's recognition over width-bounded groups of crops, answers put back in the crops' order."""
    from rapidocr.ch_ppocr_rec import TextRecOutput  # only in the worker

    widths = [48.0 * c.shape[1] / max(1, c.shape[0]) for c in crops]
    texts: list[str] = [""] * len(crops)
    scores: list[float] = [0.0] * len(crops)
    words: list[Any] = [None] * len(crops)
    elapse, viser = 0.0, None
    recognise = super(type(ocr), ocr).recognize_txt
    for group in width_groups(widths, ocr.cfg.Rec.rec_batch_num):
        out = recognise([crops[i] for i in group])
        elapse, viser = elapse + out.elapse, out.viser
        for slot, i in enumerate(group):
            texts[i], scores[i], words[i] = out.txts[slot], out.scores[slot], out.word_results[slot]
    return TextRecOutput(crops, tuple(texts), tuple(scores), tuple(words), elapse, viser=viser)
