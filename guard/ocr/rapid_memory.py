"""Keeping the memory of rapidocr's runtime in the OCR worker bounded, at little cost in time.

Measured on 1080p/4K screenshots and 12 MP photos (benchmarks/bench_images.py):
- OpenVINO keeps a compiled variant for every input shape it meets; recognition meets a new width on nearly
  every batch, so the worker grew past 0.9 GB. Its shape cache is turned off (`CPU_RUNTIME_CACHE_CAPACITY`
  0): 3-5 % slower, resident memory flat.
- OpenVINO keeps each model's intermediate tensors between calls: detection's (~150 MB on a 1080p screen)
  are released before recognition allocates its own, and both after each picture.
Everything here works on rapidocr's stage objects by their attribute names and does nothing where a name is
missing (another rapidocr version, or onnxruntime, which keeps no memory arena).
"""

from __future__ import annotations

from typing import Any

CPU_CONFIG = {"CPU_RUNTIME_CACHE_CAPACITY": "0"}


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
