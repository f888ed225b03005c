"""One OCR child process and the pipe to it: every exchange ends by its deadline, and a child that went away
by itself (crash, SIGKILL, the out-of-memory killer) is told apart from one we killed for being late: the
first is worth one retry on a fresh process, the second is not (it would only be late again).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from multiprocessing.connection import wait as wait_for
from typing import Any, NoReturn

from guard.errors import ExtractError
from guard.messages import t
from guard.ocr.base import OcrFailed, OcrTimeout, OcrUnavailable
from guard.ocr.child import serve

_ERRORS = {"extract": ExtractError, "unavailable": OcrUnavailable, "failed": OcrFailed}


class WorkerGone(Exception):
    """The child ended under a request without being asked to; `how` says how (signal or exit code)."""

    def __init__(self, how: str) -> None:
        super().__init__(how)
        self.how = how


def answer_error(reply: tuple[Any, ...]) -> Exception:
    """The exception a child's error reply ("extract", "unavailable", "failed") stands for."""
    return _ERRORS.get(reply[0], OcrFailed)(reply[1])


class WorkerProcess:
    """A started child serving one engine. `ask` raises OcrTimeout (we killed it) or WorkerGone (it died)."""

    def __init__(self, ctx: Any, engine_name: str, max_pixels: int) -> None:
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=serve, args=(child, engine_name, max_pixels),
                                 name=f"clipguard-ocr-{engine_name}", daemon=True)
        try:
            self._proc.start()
        except OSError as exc:  # out of processes or memory: the picture is not read, and says why
            parent.close()
            raise OcrFailed(t("ocr.no_start", error=exc)) from None
        finally:
            child.close()
        self._conn: Any = parent
        self.pid: int = self._proc.pid
        self.version = ""
        self.reading = False  # a request is with the child now

    def wait_ready(self, deadline: float, seconds: float) -> None:
        """Until the engine's models are loaded; its own load errors come back as their exceptions."""
        reply = self._receive(deadline, "start", seconds)
        if reply[0] != "ready":
            self.stop()
            raise answer_error(reply)
        self.version = reply[2]

    def ask(self, request: Any, deadline: float, seconds: float) -> tuple[Any, ...]:
        """Send one request and return the child's reply, both by `deadline` (monotonic)."""
        self.reading = True
        try:
            self._send(request, deadline, seconds)
            return self._receive(deadline, "request", seconds)
        finally:
            self.reading = False

    def _send(self, message: Any, deadline: float, seconds: float) -> None:
        # A picture is megabytes and the pipe holds 64 KB: a child that stopped reading (SIGSTOP, hung) would
        # block this send for good, so a watchdog kills the child at the deadline, which ends the send.
        expired = threading.Event()
        lock = threading.Lock()
        sent = False

        def expire() -> None:
            with lock:
                if sent:
                    return
                expired.set()
            self._proc.kill()

        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), expire)
        watchdog.daemon = True
        watchdog.start()
        broken = False
        try:
            self._conn.send(message)
        except (OSError, ValueError):  # broken pipe: the child is gone
            broken = True
        finally:
            watchdog.cancel()
            with lock:
                sent = True
        if expired.is_set():
            self._late("request", seconds)
        if broken:
            raise self._gone()

    def _receive(self, deadline: float, what: str, seconds: float) -> tuple[Any, ...]:
        try:
            if self._conn.poll(max(0.0, deadline - time.monotonic())):
                reply: tuple[Any, ...] = self._conn.recv()
                return reply
        except (EOFError, OSError):
            raise self._gone() from None
        self._late(what, seconds)

    def _late(self, what: str, seconds: float) -> NoReturn:
        self.kill()
        raise OcrTimeout(t("ocr.late", what=what, seconds=seconds))

    def _gone(self) -> WorkerGone:
        self.kill()
        return WorkerGone(describe_exit(self._proc.exitcode))

    def alive(self) -> bool:
        """Whether the child still runs, without reaping it (a reap from another thread could race ours)."""
        return not wait_for([self._proc.sentinel], 0)

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self._proc.exitcode is None:
                self._proc.kill()
        self.stop()

    def stop(self) -> None:
        """Ask the child to exit (its memory goes with it); kill it if it has not within 2 s."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):  # already gone
                conn.send(None)
            conn.close()
        self._proc.join(2)
        if self._proc.exitcode is None:
            self._proc.kill()
            self._proc.join(2)


def describe_exit(code: int | None) -> str:
    """"killed by SIGKILL" / "exit code 1": how a child ended, for the reason a picture was not read."""
    if code is None:
        return t("ocr.exit.none")
    if code < 0:
        try:
            return t("ocr.exit.signal", name=signal.Signals(-code).name)
        except ValueError:
            return t("ocr.exit.number", n=-code)
    return t("ocr.exit.code", code=code)
