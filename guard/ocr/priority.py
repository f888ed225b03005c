"""Who goes first at the one OCR worker: a pasted screenshot (someone is waiting to paste) before pictures
from watched chat folders (a history sync can queue hundreds of them).

Callers say it once around a whole scan, `with ocr_priority(INTERACTIVE): files.scan_bytes(...)`, and every
OCR read inside that scan (regions, full page, embedded images) carries it, without threading a parameter
through the file scanner and the pipeline. The default is BACKGROUND (folder scans, the CLI). The setting
belongs to the current thread (a contextvar): set it inside the function a thread pool runs, not around
the `submit`.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

INTERACTIVE = 0  # the clipboard: a person waits for the answer
BACKGROUND = 10  # folder watching, `clipguard scan`
URGENT = -1  # closing the worker: goes before every waiting request

_current: ContextVar[int] = ContextVar("ocr_priority", default=BACKGROUND)


@contextmanager
def ocr_priority(priority: int) -> Iterator[None]:
    """OCR reads made in this block (on this thread) wait at `priority`; lower numbers are served first."""
    token = _current.set(priority)
    try:
        yield
    finally:
        _current.reset(token)


def current_priority() -> int:
    return _current.get()


class PriorityGate:
    """A lock whose waiters are let in by priority, then in arrival order; a waiter gives up at its deadline.

    The holder is never interrupted: a background read in progress finishes, the next one in is the most
    urgent waiter. One clipboard picture is several reads (mark regions, then the rest) with a few ms of
    work between them; for `grace` seconds after an interactive read, background waiters stay out so the
    next read of the same picture does not queue behind a chat-history image. Not reentrant.
    """

    def __init__(self, grace: float = 0.25) -> None:
        self.grace = grace
        self._cond = threading.Condition(threading.Lock())
        self._held = False
        self._holder = BACKGROUND
        self._favour_until = 0.0  # background waits until then (monotonic)
        self._queue: list[tuple[int, int]] = []  # heap of (priority, arrival)
        self._arrivals = itertools.count()

    def acquire(self, priority: int, deadline: float | None = None) -> bool:
        """Wait until it is our turn; False (and out of the queue) if `deadline` (monotonic) passes first."""
        with self._cond:
            ticket = (priority, next(self._arrivals))
            heapq.heappush(self._queue, ticket)
            try:
                while not self._may_enter(ticket):
                    now = time.monotonic()
                    if deadline is not None and deadline <= now:
                        self._leave(ticket)
                        return False
                    wake = [t for t in (self._grace_end(ticket), deadline) if t is not None]
                    self._cond.wait(max(0.0, min(wake) - now) if wake else None)
            except BaseException:  # interrupted while waiting: the ticket must not block the queue
                self._leave(ticket)
                raise
            heapq.heappop(self._queue)
            self._held, self._holder = True, priority
            return True

    def _may_enter(self, ticket: tuple[int, int]) -> bool:
        return not self._held and self._queue[0] == ticket and self._grace_end(ticket) is None

    def _grace_end(self, ticket: tuple[int, int]) -> float | None:
        """When a background ticket may go in after an interactive read; None when grace does not apply."""
        if ticket[0] > INTERACTIVE and time.monotonic() < self._favour_until:
            return self._favour_until
        return None

    def _leave(self, ticket: tuple[int, int]) -> None:
        self._queue.remove(ticket)
        heapq.heapify(self._queue)
        self._cond.notify_all()  # the waiter behind us may be first now

    def try_acquire(self) -> bool:
        """Take it only if nobody holds it and nobody waits (the idle check must not jump the queue)."""
        with self._cond:
            if self._held or self._queue:
                return False
            self._held, self._holder = True, BACKGROUND
            return True

    def release(self) -> None:
        with self._cond:
            self._held = False
            if self._holder <= INTERACTIVE:
                self._favour_until = time.monotonic() + self.grace
            self._cond.notify_all()

    def busy(self) -> bool:
        return self._held

    def waiting(self) -> dict[str, int]:
        """How many wait, by kind, for the status window and the tests."""
        with self._cond:
            interactive = sum(1 for p, _ in self._queue if p <= INTERACTIVE)
            return {"interactive": interactive, "background": len(self._queue) - interactive}
