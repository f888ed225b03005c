"""What the UI is told about the log: a fault that keeps events waiting in memory, once it matters.

A lock of a moment is normal (a reader, a backup tool) and not worth a warning; one that lasts is. The UI is
called when the state changes (a new cause, or fixed), not at every queued event; it reads `problem` for the
current count.
"""

from __future__ import annotations

import time

from guard.audit.faults import LOCKED, LogFault
from guard.messages import t


class Health:
    """Not thread-safe by itself: the EventLog holds its lock around every call."""

    def __init__(self, lock_grace_seconds: float) -> None:
        self.lock_grace_seconds = lock_grace_seconds
        self.fault: LogFault | None = None
        self._locked_since: float | None = None
        self._shown: tuple[str, str] | None = None  # (kind, cause) last told to the UI

    def failed(self, fault: LogFault) -> None:
        self.fault = fault
        if fault.kind == LOCKED:
            self._locked_since = self._locked_since or time.monotonic()

    def cleared(self) -> None:
        self.fault, self._locked_since = None, None

    def problem(self, waiting: int, dropped: int) -> str | None:
        """The message for `waiting` events kept in memory (and `dropped` notices lost); None when writing works
        or a lock is still young."""
        fault = self.fault
        if fault is None or (fault.kind == LOCKED and self._locked_since is not None
                             and time.monotonic() - self._locked_since < self.lock_grace_seconds):
            return None
        text = t("log.pending", n=waiting, cause=fault.cause)
        return text + t("log.dropped_note", n=dropped) if dropped else text

    def changed(self, problem: str | None) -> bool:
        """Whether `problem` (just computed) is news to the UI; remembers it."""
        key = None if problem is None or self.fault is None else (self.fault.kind, self.fault.cause_key)
        news, self._shown = key != self._shown, key
        return news
