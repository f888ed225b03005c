"""Image scans, time to verdict: the cue-guided fast path against a plain full-image OCR, per engine.

Prints figures, asserts nothing. Targets (issue 3): marked document p95 <= 0.5 s warm, clean 1080p page
<= 1.5 s, worker cold start <= 3 s. Run: .venv/bin/python benchmarks/bench_images.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guard.engine import Engine  # noqa: E402
from guard.extract.base import Limits  # noqa: E402
from guard.ocr.base import lines_to_part  # noqa: E402
from guard.ocr.engines import engine_report  # noqa: E402
from guard.ocr.pipeline import scan_image  # noqa: E402
from guard.ocr.worker import OcrWorker  # noqa: E402
from tests.ocr.images import document_screen, plain_screen  # noqa: E402


def timed(fn: Callable[[], str], runs: int) -> tuple[list[float], set[str]]:
    fn()  # warm
    times, verdicts = [], set()
    for _ in range(runs):
        t0 = time.perf_counter()
        verdicts.add(fn())
        times.append(time.perf_counter() - t0)
    return times, verdicts


def pct(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def row(label: str, times: list[float], verdicts: set[str]) -> None:
    print(f"  {label:<34} p50 {statistics.median(times):6.3f} s   p95 {pct(times, 0.95):6.3f} s   "
          f"verdict {'/'.join(sorted(verdicts))}")


def bench(name: str, runs: int) -> None:
    engine, limits = Engine(), Limits()
    marked, clean = document_screen().png(), plain_screen().png()
    colds = []
    for _ in range(2):
        with OcrWorker(name) as w:
            colds.append(w.start())
    print(f"{name}: worker cold start (spawn + model load) {min(colds):.2f}-{max(colds):.2f} s")
    with OcrWorker(name, idle_seconds=3, max_requests=10_000) as worker:
        t0 = time.perf_counter()
        worker.start()
        worker.read(marked, region=(560, 90, 800, 320))
        print(f"  cold start to first result (region)  {time.perf_counter() - t0:.2f} s")

        def fast(data: bytes) -> Callable[[], str]:
            return lambda: scan_image(engine, data, {}, worker, limits).verdict

        def full(data: bytes) -> Callable[[], str]:
            return lambda: engine.scan_parts([lines_to_part(worker.read(data), {})]).verdict

        row("marked 1080p, fast path", *timed(fast(marked), runs))
        row("marked 1080p, full-image OCR", *timed(full(marked), max(3, runs // 2)))
        row("clean 1080p, fast path", *timed(fast(clean), max(3, runs // 2)))
        row("clean 1080p, full-image OCR", *timed(full(clean), max(3, runs // 2)))
        stats = worker.stats()
        print(f"  worker RSS: peak {stats['peak_rss_bytes'] / 1e6:.0f} MB, between requests (after malloc_trim) "
              f"{stats['rss_bytes'] / 1e6:.0f} MB")
        time.sleep(3.5)
        stats = worker.stats()
        print(f"  after 3 s idle: worker alive={stats['alive']}, RSS {stats['rss_bytes'] / 1e6:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--engine", choices=["rapidocr", "tesseract", "all"], default="all")
    args = parser.parse_args()
    for report in engine_report():
        if args.engine in ("all", report["name"]):
            if report["available"]:
                bench(report["name"], args.runs)
            else:
                print(f"{report['name']}: not available ({report['reason']})")


if __name__ == "__main__":
    main()
