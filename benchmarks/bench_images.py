"""Pictures, time to verdict through the real OCR worker, per engine: the product's path (rapidocr 3.x on
OpenVINO, and on onnxruntime) beside the path before issue 12 (rapidocr-onnxruntime 1.4.4), in one run.

Prints figures, asserts nothing. Targets (issue 12): marked 1080p screenshot p95 <= 0.4 s to a block; clean
1080p screenshot <= 0.8 s; text-dense 1080p desktop (spreadsheet, news page, code editor) <= 1.5 s; 4K
screenshot <= 2 s; 12 MP phone photo of a marked page <= 1.5 s; worker peak memory <= 600 MB and none while
idle; `clipguard scan` over 100 screenshots at least 2x the old pictures per second.
The old engine needs `pip install --no-deps rapidocr-onnxruntime==1.4.4` (it is left out where missing).
Run: .venv/bin/python benchmarks/bench_images.py [--runs N] [--scan 100]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guard.engine import Engine  # noqa: E402
from guard.extract.base import Limits  # noqa: E402
from guard.ocr.engines import LEGACY, engine_report  # noqa: E402
from guard.ocr.pipeline import scan_image  # noqa: E402
from guard.ocr.runtime import ENV  # noqa: E402
from guard.ocr.worker import OcrWorker  # noqa: E402
from tests.corpus import regression_images as ri  # noqa: E402
from tests.ocr.images import document_screen, plain_screen  # noqa: E402

# (label, engine, OpenVINO or onnxruntime underneath)
PATHS = [("new: rapidocr 3 + openvino", "rapidocr", "openvino"),
         ("new: rapidocr 3 + onnxruntime", "rapidocr", "onnxruntime"),
         ("old: rapidocr-onnxruntime 1.4.4", LEGACY, "")]


def screens(size: tuple[int, int], make: Callable[[random.Random], ri.Img], n: int, seed: int) -> list[bytes]:
    """`n` pictures of one kind at one screen size (the generators scale their UI with the width)."""
    saved = ri.SCREENS
    ri.SCREENS = [size]
    try:
        return [ri.encode(make(random.Random(seed + i))) for i in range(n)]
    finally:
        ri.SCREENS = saved


def marked_viewer(rng: random.Random) -> ri.Img:
    return ri.viewer_screen(ri._marked_page(rng, rng.choice(ri.MARK_MIX)), rng)


def public_viewer(rng: random.Random) -> ri.Img:
    return ri.viewer_screen(ri._marked_page(rng, "public"), rng)


def kinds() -> dict[str, list[bytes]]:
    """Realistic pictures of each kind the targets name, several of each, deterministic."""
    hd, uhd = (1920, 1080), (3840, 2160)
    dense = [ri.spreadsheet, ri.browser_article, ri.code_editor]
    photo_rng = random.Random(7)
    return {
        "marked 1080p screenshot": [document_screen().png(), *screens(hd, marked_viewer, 3, 100)],
        "clean 1080p screenshot": [plain_screen().png(), *screens(hd, ri.chat_plain, 3, 300)],
        "text-dense 1080p desktop": [png for i, make in enumerate(dense) for png in screens(hd, make, 1, 400 + i)],
        "4K screenshot (text-dense)": [png for i, make in enumerate(dense) for png in screens(uhd, make, 1, 500 + i)],
        "12 MP photo of a marked page": [ri.photograph(ri._marked_page(photo_rng, "star", 1400), photo_rng,
                                                       size=(4032, 3024)) for _ in range(3)],
    }


def pct(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(worker: OcrWorker, pictures: dict[str, list[bytes]], runs: int) -> None:
    engine, limits = Engine(), Limits()
    for label, datas in pictures.items():
        scan_image(engine, datas[0], {}, worker, limits)  # warm for this size
        times, verdicts = [], []
        for _ in range(max(1, runs // len(datas))):
            for data in datas:
                t0 = time.perf_counter()
                verdicts.append(scan_image(engine, data, {}, worker, limits).verdict)
                times.append(time.perf_counter() - t0)
        counts = ", ".join(f"{v} {verdicts.count(v)}" for v in sorted(set(verdicts)))
        print(f"  {label:30} p50 {statistics.median(times):5.2f} s  p95 {pct(times, 0.95):5.2f} s  "
              f"({len(times)} reads; {counts})", flush=True)


def bench(label: str, name: str, runtime: str, pictures: dict[str, list[bytes]], runs: int) -> None:
    os.environ[ENV] = runtime  # the spawned worker inherits it
    colds = []
    for _ in range(2):
        with OcrWorker(name) as w:
            colds.append(w.start())
    with OcrWorker(name, idle_seconds=3, max_requests=100_000) as worker:
        worker.start()
        print(f"{label} ({worker.version}): worker cold start {min(colds):.2f}-{max(colds):.2f} s", flush=True)
        measure(worker, pictures, runs)
        stats = worker.stats()
        print(f"  worker memory: peak {stats['peak_rss_bytes'] / 1e6:.0f} MB, between pictures "
              f"{stats['rss_bytes'] / 1e6:.0f} MB", flush=True)
        time.sleep(3.5)
        stats = worker.stats()
        print(f"  after 3 s idle: worker alive={stats['alive']}, RSS {stats['rss_bytes'] / 1e6:.0f} MB", flush=True)


def scan_folder(label: str, name: str, runtime: str, count: int) -> None:
    """`clipguard scan` over a folder of `count` screenshots (the mix of kinds a secrecy check meets)."""
    with tempfile.TemporaryDirectory() as tmp:
        makers = [marked_viewer, public_viewer, ri.chat_plain, ri.spreadsheet, ri.browser_article, ri.code_editor]
        for i in range(count):
            (Path(tmp) / f"shot-{i:03d}.png").write_bytes(ri.encode(makers[i % len(makers)](random.Random(900 + i))))
        env = {**os.environ, ENV: runtime}
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "guard", "scan", "--json", "--ocr-engine", name, tmp],
                             cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        rows = [line for line in out.stdout.splitlines() if line.startswith("{")]
        print(f"  clipguard scan, {count} screenshots ({label}): {elapsed:.1f} s, {len(rows) / elapsed:.2f} pictures/s"
              f" (exit {out.returncode})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=12, help="reads per kind of picture")
    parser.add_argument("--scan", type=int, default=100, help="screenshots in the scanned folder (0: skip)")
    parser.add_argument("--only", default="", help="paths whose label holds this")
    parser.add_argument("--kinds", default="", help="kinds of picture whose label holds this")
    args = parser.parse_args()
    available = {row["name"] for row in engine_report() if row["available"]}
    paths = [p for p in PATHS if p[1] in available and args.only in p[0]]
    for label, name, _rt in PATHS:
        if name not in available:
            print(f"{label}: not installed, not measured")
    pictures = {label: datas for label, datas in kinds().items() if args.kinds in label}
    for label, name, runtime in paths:
        bench(label, name, runtime, pictures, args.runs)
    if args.scan:
        for label, name, runtime in paths:
            scan_folder(label, name, runtime, args.scan)


if __name__ == "__main__":
    main()
