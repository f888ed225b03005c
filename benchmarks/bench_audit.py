"""Event log: what `record()` costs the GUI thread (p50/p99/max) on a free file and on a file another process
holds locked (BEGIN EXCLUSIVE), and how fast the writer thread catches up (events/s once the lock is gone).
Target from issue 9: record() well under a millisecond whatever the file does.

Run: .venv/bin/python benchmarks/bench_audit.py   (prints figures)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guard.audit import Event, EventLog

N = 5000
HOLD = ("import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.readline()\n")


def _event(i: int) -> Event:
    return Event(time="", source="clipboard-text", item=f"<clipboard> {i}", verdict="block",
                 rules=["secret.classification_mark", "pii.id_card"], excerpt="机密★1年 身份证 110***********002X",
                 content_hash="ab" * 32, choice="held", window="微信")


def _record_times(log: EventLog) -> list[float]:
    times = []
    for i in range(N):
        t0 = time.perf_counter()
        log.record(_event(i))
        times.append((time.perf_counter() - t0) * 1e6)
    return sorted(times)


def _line(name: str, times: list[float]) -> str:
    return (f"{name:<28} p50 {times[len(times) // 2]:6.1f} us   p99 {times[int(len(times) * 0.99)]:6.1f} us   "
            f"max {times[-1]:7.1f} us")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.sqlite3"
        log = EventLog(path)
        print(_line("record(), file free", _record_times(log)))
        t0 = time.perf_counter()
        assert log.flush(60)
        print(f"{'':<28} written within {time.perf_counter() - t0:.2f} s of the last record()")
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdin is not None
        holder.stdout.readline()
        print(_line("record(), file locked", _record_times(log)))
        print(f"{'':<28} {log.pending} waiting in memory while locked")
        t0 = time.perf_counter()
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()
        assert log.flush(60)
        seconds = time.perf_counter() - t0
        print(f"{'catch-up after the lock':<28} {N} events in {seconds:.2f} s ({N / seconds:,.0f} events/s, "
              f"includes up to 1 s of backoff)")
        log.close()


if __name__ == "__main__":
    main()
