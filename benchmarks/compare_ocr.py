"""Which models and settings to run rapidocr with: mark recall and time per picture on the image regression
corpus (tests/corpus/regression_images.py: screens, snips, chats, photos of marked pages, harmless pictures).

Each variant reads every picture whole, in this process (the worker adds the same cost to all), and the
text is judged by the real engine. Prints a table (issue 12's closing note has it); asserts nothing.
Run: .venv/bin/python benchmarks/compare_ocr.py [--n 140]  (needs rapidocr-onnxruntime 1.4 for the v4
models and the old path: pip install --no-deps rapidocr-onnxruntime==1.4.4)
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from guard.engine import Engine  # noqa: E402
from guard.extract.base import Limits  # noqa: E402
from guard.ocr.base import lines_to_part  # noqa: E402
from guard.ocr.images import load_image  # noqa: E402
from guard.ocr.rapid import RapidOcrEngine  # noqa: E402
from guard.ocr.rapid_legacy import LegacyRapidOcrEngine  # noqa: E402
from tests.corpus.measure_images import ok, pick  # noqa: E402
from tests.corpus.regression_images import build_corpus  # noqa: E402


def v4_models() -> dict[str, Path] | None:
    spec = importlib.util.find_spec("rapidocr_onnxruntime")
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "models"
    return {"det": folder / "ch_PP-OCRv4_det_infer.onnx", "rec": folder / "ch_PP-OCRv4_rec_infer.onnx",
            "cls": folder / "ch_ppocr_mobile_v2.0_cls_infer.onnx"}


class Variant(RapidOcrEngine):
    """The product's adapter with other settings: runtime, detection size, recognition batch, models, cls."""

    def __init__(self, label: str, runtime: str, det_side: int, batch: int, models: dict[str, Path] | None = None,
                 cls: bool = False) -> None:
        super().__init__(runtime)
        self.label, self.det_side, self.batch, self.models, self.use_cls = label, det_side, batch, models, cls

    def params(self) -> dict[str, Any]:
        params = super().params()
        params["Rec.rec_batch_num"] = self.batch
        if self.models:
            params.update({f"{p}.model_path": str(self.models[t]) for t, p in (("det", "Det"), ("rec", "Rec"),
                                                                                ("cls", "Cls"))})
        return params


def variants(only: str) -> list[Any]:
    v4 = v4_models()
    out: list[Any] = []
    if v4:
        legacy = LegacyRapidOcrEngine()
        legacy.label = "1.4.4 onnxruntime v4 (old path)"  # type: ignore[attr-defined]
        out.append(legacy)
    out += [Variant("3.x openvino v6 det1280 b6", "openvino", 1280, 6),
            Variant("3.x openvino v6 det1152 b1", "openvino", 1152, 1),
            Variant("3.x openvino v6 det960 b1", "openvino", 960, 1),
            Variant("3.x onnxruntime v6 det1152 b1", "onnxruntime", 1152, 1),
            Variant("3.x openvino v6 det1152 b1 cls", "openvino", 1152, 1, cls=True)]
    if v4:
        out.append(Variant("3.x openvino v4 det1152 b1", "openvino", 1152, 1, models=v4))
    return [v for v in out if not only or only in v.label]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=140, help="an even spread of N corpus pictures")
    parser.add_argument("--only", default="", help="variants whose label holds this")
    args = parser.parse_args()
    samples = pick(build_corpus(), args.n)
    t0 = time.monotonic()
    images = [s.render() for s in samples]
    print(f"{len(samples)} pictures rendered in {time.monotonic() - t0:.0f} s")
    engine, limits = Engine(), Limits()
    print(f"{'variant':34} {'screen':>7} {'photo':>7} {'harmless blocked':>17} {'p50 s':>6} {'p95 s':>6}  misses")
    for variant in variants(args.only):
        variant.load()
        rates: dict[str, list[bool]] = defaultdict(list)
        times, misses = [], []
        for sample, data in zip(samples, images, strict=True):
            rgb = np.asarray(load_image(data, limits, variant.max_side).image)
            start = time.perf_counter()
            lines = variant.read(rgb)
            times.append(time.perf_counter() - start)
            verdict = engine.scan_parts([lines_to_part(lines, {})]).verdict
            rates[sample.group].append(ok(sample, verdict))
            if not ok(sample, verdict):
                misses.append(sample.id)
        share = {g: sum(v) / len(v) for g, v in rates.items()}
        times.sort()
        print(f"{variant.label:34} {share.get('screen', 0):7.3f} {share.get('photo', 0):7.3f} "
              f"{1 - share.get('harmless', 1):17.3f} {statistics.median(times):6.2f} "
              f"{times[round(0.95 * (len(times) - 1))]:6.2f}  {' '.join(misses) or '-'}", flush=True)


if __name__ == "__main__":
    main()
