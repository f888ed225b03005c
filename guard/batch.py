"""Many files at once: N worker processes, each with its own engine (and OCR worker when pictures need one).

Office parsers are pure Python, so threads would share one core; processes use them all. A worker that
takes longer than the item time limit (a parser stuck on a hostile file) is killed and replaced: that
file becomes an `error` result with the reason and the scan goes on. Results come back as they finish.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from guard.extract.base import Limits
from guard.messages import t
from guard.model import ScanResult
from guard.ocr.runtime import THREADS_ENV

READY = "ready"
START_SECONDS = 60.0  # a worker process may take this long to start (imports, rules) before its clock runs


def scan_many(paths: Iterable[Path], *, workers: int = 2, rules: tuple[str, ...] = (), ocr: str | None = "auto",
              limits: Limits | None = None, item_timeout: float | None = None) -> Iterator[ScanResult]:
    """Scan every path; one result per path, in the order they finish. `workers <= 1` scans in this
    process (no start-up cost, no time limit beyond the OCR budget)."""
    limits = limits or Limits()
    timeout = item_timeout if item_timeout is not None else limits.seconds * 2 + 30
    if workers <= 1:
        from guard.engine import Engine
        from guard.files import FileScanner
        from guard.policy import load_policy

        with FileScanner(Engine(load_policy(*rules)), ocr, limits) as scanner:
            for path in paths:
                yield scanner.scan(path)
        return
    # each scan worker has its own OCR worker: each gets its share of the cores (inherited at spawn)
    saved = os.environ.get(THREADS_ENV)
    os.environ.setdefault(THREADS_ENV, str(max(1, (os.cpu_count() or 1) // workers)))
    pool = _Pool(workers, (tuple(rules), ocr, limits), timeout)
    try:
        yield from pool.run(paths)
    finally:
        pool.close()
        if saved is None:
            os.environ.pop(THREADS_ENV, None)


class _Worker:
    def __init__(self, ctx: Any, config: tuple[Any, ...]) -> None:
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, *config), name="clipguard-scan")
        self.proc.start()
        child.close()
        self.conn = parent
        self.path: Path | None = None
        self.started = 0.0
        self.ready = False  # the clock of the first item starts when the worker has loaded the rules

    def give(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.conn.send(str(path))

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(2)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # already gone
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        self.conn.close()


class _Pool:
    def __init__(self, size: int, config: tuple[Any, ...], timeout: float) -> None:
        self.ctx = mp.get_context("spawn")  # never fork a process that may hold Qt or threads
        self.size, self.config, self.timeout = size, config, timeout
        self.workers: list[_Worker] = []

    def run(self, paths: Iterable[Path]) -> Iterator[ScanResult]:
        todo = iter(paths)
        busy: dict[Any, _Worker] = {}
        idle: list[_Worker] = []
        exhausted = False
        while True:
            while not exhausted and (idle or len(self.workers) < self.size):
                path = next(todo, None)
                if path is None:
                    exhausted = True
                    break
                worker = idle.pop() if idle else self._spawn()
                worker.give(path)
                busy[worker.conn] = worker
            if not busy:
                return
            soonest = min(w.started + (0 if w.ready else START_SECONDS) for w in busy.values()) + self.timeout
            for conn in wait(list(busy), timeout=max(0.05, soonest - time.monotonic())):
                worker = busy[conn]
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    del busy[conn]
                    yield ScanResult(str(worker.path), "error", error=t("scan.worker_died"))
                    self._replace(worker)
                    continue
                if result == READY:
                    worker.ready, worker.started = True, time.monotonic()
                    continue
                del busy[conn]
                idle.append(worker)
                yield result
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if now - worker.started > self.timeout + (0 if worker.ready else START_SECONDS):
                    del busy[conn]
                    yield ScanResult(str(worker.path), "error", error=t("scan.timeout", seconds=self.timeout),
                                     ms=(now - worker.started) * 1000)
                    self._replace(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.ctx, self.config)
        self.workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self.workers.remove(worker)

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()


def _serve(conn: Any, rules: tuple[str, ...], ocr: str | None, limits: Limits) -> None:
    """Worker main loop: one path in, one ScanResult out; ends on None or when the parent is gone."""
    from guard.engine import Engine
    from guard.files import FileScanner
    from guard.platform.parent_watch import die_with_parent
    from guard.policy import load_policy

    # a killed `clipguard scan` leaves no worker behind, even one deep in a parser (workers may be restarted
    # from any thread of the parent, so the parent-pid watch, not the kernel's per-thread hook)
    die_with_parent(kernel=False)
    with FileScanner(Engine(load_policy(*rules)), ocr, limits) as scanner:
        conn.send(READY)
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return
            try:
                result = scanner.scan(Path(job))
            except Exception as exc:  # a bug must cost one file, not the scan
                result = ScanResult(job, "error", error=f"internal error: {type(exc).__name__}: {exc}"[:300])
            conn.send(result)
