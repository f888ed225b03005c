"""Text engine speed: 10 KB latency (p50/p99) with the default rules plus 10,000 admin keywords, MB/s on
1 MB, the same keyword work done the naive way (one regex per keyword), and rules load time.

Run: .venv/bin/python benchmarks/bench_text.py   (prints figures; targets from issue 2 beside them)
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import document, keywords, rules_toml

from guard.engine import Engine
from guard.normalize import Document
from guard.policy import load_policy


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    words = keywords(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "admin.toml"
        path.write_text(rules_toml(words), encoding="utf-8")
        loads = []
        for _ in range(5):
            t0 = time.perf_counter()
            policy = load_policy(path)
            engine = Engine(policy)
            loads.append((time.perf_counter() - t0) * 1000)
    text10k = document(10 * 1024)
    # a few admin keywords really occur, as they would
    text10k += "\n" + "，".join(words[::1000]) + "\n"
    text1m = document(1024 * 1024, seed=3)

    for _ in range(20):
        engine.scan_text(text10k)
    lat = []
    for _ in range(300):
        t0 = time.perf_counter()
        result = engine.scan_text(text10k)
        lat.append((time.perf_counter() - t0) * 1000)
    assert result.verdict == "block"

    mb_times = []
    for _ in range(3):
        t0 = time.perf_counter()
        engine.scan_text(text1m)
        mb_times.append(time.perf_counter() - t0)
    mb = len(text1m.encode()) / 1048576

    # naive: the same engine work, but keywords found by one compiled regex search per keyword
    naive_rx = [re.compile(re.escape(w)) for w in words]
    naive_engine = Engine(load_policy())

    def naive(text: str) -> int:
        doc = Document(text)
        naive_engine.findings(doc)
        return sum(1 for rx in naive_rx for _ in rx.finditer(doc.text))

    naive_lat = []
    for _ in range(15):
        t0 = time.perf_counter()
        naive(text10k)
        naive_lat.append((time.perf_counter() - t0) * 1000)

    p50, p99 = statistics.median(lat), _percentile(lat, 0.99)
    n50 = statistics.median(naive_lat)
    print(f"rules load, default + 10,000 admin keywords: median {statistics.median(loads):.0f} ms "
          f"(target <= 300 ms)")
    print(f"10 KB text ({len(text10k)} chars), default rules + 10,000 keywords: p50 {p50:.2f} ms, "
          f"p99 {p99:.2f} ms (targets p50 <= 2 ms, p99 <= 5 ms)")
    print(f"1 MB text: best {min(mb_times) * 1000:.0f} ms, {mb / min(mb_times):.1f} MB/s (target <= 250 ms)")
    print(f"naive (one regex search per keyword) on the 10 KB text: p50 {n50:.1f} ms; "
          f"engine is {n50 / p50:.0f}x faster (target >= 20x)")


if __name__ == "__main__":
    main()
