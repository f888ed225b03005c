"""OCR in a separate, recyclable process: cv2/onnxruntime never load into the caller (the GUI), a hung
request is killed, and the 0.5-0.9 GB an engine holds goes back when it is idle or has served N requests.

One request at a time; images cross the boundary as encoded bytes (decoded safely in the worker) or as
RGB numpy arrays (the caller crops first, so only the region crosses).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import threading
import time
from typing import Any

import numpy as np

from guard.errors import ExtractError
from guard.extract.base import Box, Limits
from guard.ocr.base import OcrFailed, OcrLine, OcrTimeout, OcrUnavailable
from guard.ocr.child import serve
from guard.ocr.engines import MAX_SIDE, resolve_name
from guard.ocr.memory import memory_of

_ERRORS = {"extract": ExtractError, "unavailable": OcrUnavailable, "failed": OcrFailed}


class OcrWorker:
    """`read()` OCRs in the worker process, starting it on demand; `close()` or idleness stops it."""

    def __init__(self, engine_name: str = "auto", idle_seconds: float = 60, max_requests: int = 50,
                 limits: Limits | None = None, start_timeout: float = 60) -> None:
        self.engine_name = resolve_name(engine_name)  # cheap: no engine is imported here
        self.max_side = MAX_SIDE[self.engine_name]
        self.idle_seconds, self.max_requests, self.start_timeout = idle_seconds, max_requests, start_timeout
        self.limits = limits or Limits()
        self._ctx = mp.get_context("spawn")  # a fork would copy the caller (Qt and all) into the worker
        self._lock = threading.RLock()
        self._proc: Any = None
        self._conn: Any = None
        self._timer: threading.Timer | None = None
        self._served = self._requests = self._starts = self._timeouts = 0
        self._last_used = time.monotonic()
        self.version = ""

    def start(self) -> float:
        """Start the worker and load the engine's models if not running; returns the seconds it took."""
        with self._lock:
            if self._proc is not None and self._proc.is_alive():
                return 0.0
            self._stop()
            t0 = time.monotonic()
            parent, child = self._ctx.Pipe()
            self._proc = self._ctx.Process(target=serve, args=(child, self.engine_name, self.limits.max_pixels),
                                           name=f"clipguard-ocr-{self.engine_name}", daemon=True)
            self._proc.start()
            child.close()
            self._conn, self._served = parent, 0
            self._starts += 1
            reply = self._wait(self.start_timeout, "start")
            if reply[0] != "ready":
                self._stop()
                raise _ERRORS.get(reply[0], OcrFailed)(reply[1])
            self.version = reply[2]
            return time.monotonic() - t0

    def read(self, image: bytes | np.ndarray, region: Box | None = None, timeout: float = 30.0) -> list[OcrLine]:
        """Lines of `image` (PNG/JPEG bytes or an RGB array), optionally only inside `region` (x, y, w, h).

        Boxes come back in the full image's pixels: original pixels for bytes, the array's for arrays.
        Raises ExtractError (bad image), OcrTimeout (worker killed; the next call restarts it), OcrFailed.
        """
        with self._lock:
            self._cancel_timer()
            self.start()
            dx = dy = 0
            if isinstance(image, np.ndarray) and region is not None:
                x, y, w, h = region
                image, region, dx, dy = np.ascontiguousarray(image[y:y + h, x:x + w]), None, x, y
            self._requests += 1
            self._served += 1
            try:
                self._conn.send((image, region))
                reply = self._wait(timeout, "request")
            finally:
                self._last_used = time.monotonic()
                if self._served >= self.max_requests:
                    self._stop()  # recycled: a fresh process starts with the next request
                self._arm_timer()
            if reply[0] != "ok":
                raise _ERRORS.get(reply[0], OcrFailed)(reply[1])
            return [OcrLine(text, box, conf).moved(dx, dy) if dx or dy else OcrLine(text, box, conf)
                    for text, box, conf in reply[1]]

    def _wait(self, timeout: float, what: str) -> tuple[Any, ...]:
        try:
            if not self._conn.poll(max(0.0, timeout)):
                self._timeouts += 1
                self._kill()
                raise OcrTimeout(f"OCR {what} took longer than {timeout:.1f} s; the OCR worker was restarted")
            return self._conn.recv()
        except (EOFError, OSError):
            code = self._proc.exitcode if self._proc is not None else None
            self._kill()
            raise OcrFailed(f"the OCR worker died during the {what} (exit code {code})") from None

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
        self._stop()

    def _stop(self) -> None:
        """Ask the worker to exit (its memory goes with it); kill it if it does not within 2 s."""
        proc, conn, self._proc, self._conn = self._proc, self._conn, None, None
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):  # already gone
                conn.send(None)
            conn.close()
        if proc is not None and proc.pid is not None:  # a process that failed to start has nothing to join
            proc.join(2)
            if proc.is_alive():
                proc.kill()
                proc.join(2)

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
        if self._lock.acquire(blocking=False):  # a request in flight is not idle
            try:
                if time.monotonic() - self._last_used >= self.idle_seconds * 0.99:
                    self._stop()
            finally:
                self._lock.release()

    def close(self) -> None:
        with self._lock:
            self._cancel_timer()
            self._stop()

    def __enter__(self) -> OcrWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stats(self) -> dict[str, Any]:
        """Engine, pid, whether running, request counts, restarts, timeouts, and the worker's RSS now/peak."""
        proc = self._proc
        alive = proc is not None and proc.is_alive()
        rss, peak = memory_of(proc.pid) if alive else (0, 0)
        return {"engine": self.engine_name, "version": self.version, "pid": proc.pid if alive else None,
                "alive": alive, "requests": self._requests, "served_by_this_process": self._served if alive else 0,
                "starts": self._starts, "timeouts": self._timeouts, "rss_bytes": rss, "peak_rss_bytes": peak}
