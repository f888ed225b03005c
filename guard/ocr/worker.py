"""OCR in a separate, recyclable process: cv2/onnxruntime never load into the caller (the GUI), a hung
request is killed, and the 0.5-0.9 GB an engine holds goes back when it is idle or has served N requests.

One request at a time, shared by the clipboard and the folder watcher: waiting requests are let in by
priority (`guard.ocr.priority`: a pasted screenshot before a chat-history sync), and the wait counts in a
request's timeout, so a busy worker can make a read late but never unbounded. A worker that dies under a
request (crash, SIGKILL, the out-of-memory killer) is replaced and the request tried once more; one we killed
for being late is not retried. Images cross the boundary as encoded bytes (decoded safely in the worker) or
as RGB numpy arrays (the caller crops first, so only the region crosses).
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from typing import Any

import numpy as np

from guard.extract.base import Box, Limits
from guard.messages import t
from guard.ocr.base import OcrLine, OcrTimeout, OcrWorkerDied
from guard.ocr.engines import MAX_SIDE, resolve_name
from guard.ocr.memory import memory_of
from guard.ocr.priority import URGENT, PriorityGate, current_priority
from guard.ocr.process import WorkerGone, WorkerProcess, answer_error


class OcrWorker:
    """`read()` OCRs in the worker process, starting it on demand; `close()` or idleness stops it.

    Thread-safe: any number of threads may call `read` at once; they are served one by one."""

    def __init__(self, engine_name: str = "auto", idle_seconds: float = 60, max_requests: int = 50,
                 limits: Limits | None = None, start_timeout: float = 60) -> None:
        self.engine_name = resolve_name(engine_name)  # cheap: no engine is imported here
        self.max_side = MAX_SIDE[self.engine_name]
        self.idle_seconds, self.max_requests, self.start_timeout = idle_seconds, max_requests, start_timeout
        self.limits = limits or Limits()
        self._ctx = mp.get_context("spawn")  # a fork would copy the caller (Qt and all) into the worker
        self._gate = PriorityGate()
        self._proc: WorkerProcess | None = None
        self._timer: threading.Timer | None = None
        self._served = self._requests = self._starts = self._timeouts = self._deaths = self._wait_timeouts = 0
        self._last_used = time.monotonic()
        self.version = ""

    def start(self) -> float:
        """Start the worker and load the engine's models if not running; returns the seconds it took."""
        deadline = time.monotonic() + self.start_timeout
        self._enter(current_priority(), deadline, self.start_timeout)
        try:
            return self._start(deadline)
        except WorkerGone as gone:
            raise OcrWorkerDied(t("ocr.died_starting", how=gone.how)) from None
        finally:
            self._leave()

    def read(self, image: bytes | np.ndarray, region: Box | None = None, timeout: float = 30.0,
             priority: int | None = None) -> list[OcrLine]:
        """Lines of `image` (PNG/JPEG bytes or an RGB array), optionally only inside `region` (x, y, w, h).

        `timeout` runs from this call, waiting for the worker included; `priority` defaults to the one set
        with `ocr_priority()` (else BACKGROUND). Boxes come back in the full image's pixels: original pixels
        for bytes, the array's for arrays. Raises ExtractError (bad image), OcrTimeout (no answer in time:
        waited too long, or the worker was killed for it), OcrWorkerDied (died twice), OcrFailed.
        """
        deadline = time.monotonic() + timeout
        self._enter(current_priority() if priority is None else priority, deadline, timeout)
        try:
            dx = dy = 0
            if isinstance(image, np.ndarray) and region is not None:
                x, y, w, h = region
                image, region, dx, dy = np.ascontiguousarray(image[y:y + h, x:x + w]), None, x, y
            self._requests += 1
            reply = self._ask((image, region), deadline, timeout)
        finally:
            self._leave()
        if reply[0] != "ok":
            raise answer_error(reply)
        return [OcrLine(text, box, conf).moved(dx, dy) if dx or dy else OcrLine(text, box, conf)
                for text, box, conf in reply[1]]

    def _enter(self, priority: int, deadline: float, timeout: float) -> None:
        if not self._gate.acquire(priority, deadline):
            self._wait_timeouts += 1
            raise OcrTimeout(t("ocr.busy", seconds=timeout))
        self._cancel_timer()

    def _leave(self) -> None:
        self._last_used = time.monotonic()
        self._arm_timer()
        self._gate.release()

    def _ask(self, request: Any, deadline: float, timeout: float) -> tuple[Any, ...]:
        """One try, and one more on a fresh process if the worker died under it (not if it was late)."""
        first_death = ""
        while True:
            try:
                self._start(deadline)
                return self._exchange(request, deadline, timeout)
            except OcrTimeout as late:
                if first_death:  # the retry ran out of time: say why there was a retry at all
                    raise OcrTimeout(t("ocr.late_after_death", late=late, how=first_death)) from None
                raise
            except WorkerGone as gone:
                self._deaths += 1
                if first_death:
                    raise OcrWorkerDied(t("ocr.died_twice", first=first_death, second=gone.how)) from None
                if deadline <= time.monotonic():
                    raise OcrWorkerDied(t("ocr.died_no_time", how=gone.how)) from None
                first_death = gone.how

    def _start(self, deadline: float) -> float:
        if self._proc is not None and self._proc.alive():
            return 0.0
        self._stop()  # died while idle: reap it and start afresh
        t0 = time.monotonic()
        self._proc, self._served = WorkerProcess(self._ctx, self.engine_name, self.limits.max_pixels), 0
        self._starts += 1
        try:
            ready_by = min(deadline, t0 + self.start_timeout)  # a read's own deadline bounds its start too
            self._proc.wait_ready(ready_by, ready_by - t0)
        except BaseException as exc:  # the process was stopped or killed on the way out
            self._proc = None
            self._timeouts += isinstance(exc, OcrTimeout)
            raise
        self.version = self._proc.version
        return time.monotonic() - t0

    def _exchange(self, request: Any, deadline: float, timeout: float) -> tuple[Any, ...]:
        proc = self._proc
        assert proc is not None
        self._served += 1
        try:
            return proc.ask(request, deadline, timeout)
        except OcrTimeout:
            self._timeouts += 1
            raise
        finally:
            if self._served >= self.max_requests or not proc.alive():
                self._stop()  # recycled (a fresh process starts with the next request), or already dead

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.stop()

    def _arm_timer(self) -> None:
        if self._proc is not None and self.idle_seconds > 0:
            self._timer = threading.Timer(self.idle_seconds, self._idle)
            self._timer.daemon = True
            self._timer.start()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _idle(self) -> None:
        if self._gate.try_acquire():  # a request in flight or waiting is not idle
            try:
                if time.monotonic() - self._last_used >= self.idle_seconds * 0.99:
                    self._stop()
            finally:
                self._gate.release()

    def close(self) -> None:
        """Stop the worker; waits for a read in progress (each ends by its deadline), goes before waiting ones."""
        self._gate.acquire(URGENT)
        try:
            self._cancel_timer()
            self._stop()
        finally:
            self._gate.release()

    def __enter__(self) -> OcrWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stats(self) -> dict[str, Any]:
        """Engine, pid, whether running/reading, waiting requests by priority, request counts, restarts,
        timeouts (killed for being late), wait timeouts (never got the worker), deaths, and RSS now/peak."""
        proc = self._proc
        alive = proc is not None and proc.alive()
        rss, peak = memory_of(proc.pid) if proc is not None and alive else (0, 0)
        return {"engine": self.engine_name, "version": self.version, "pid": proc.pid if proc and alive else None,
                "alive": alive, "reading": bool(proc and proc.reading), "waiting": self._gate.waiting(),
                "requests": self._requests, "served_by_this_process": self._served if alive else 0,
                "starts": self._starts, "timeouts": self._timeouts, "wait_timeouts": self._wait_timeouts,
                "deaths": self._deaths, "rss_bytes": rss, "peak_rss_bytes": peak}
