"""The event log the guard writes: `record()` queues and returns at once; one writer thread does the writing.

The GUI thread must never wait for the disk: a file locked by another program, a full disk or a damaged file
delays or reroutes the writing, never the guard. What could not be written yet stays in memory (bounded, see
pending.py), is retried, and `problem` says so; a file that cannot take writes any more is left as it is and
the writer moves on to a new file beside it (files.py), with an event saying so.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import errno
import threading
import time
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from guard.audit.event import Event, safe_excerpt, same_event_key, to_row
from guard.audit.faults import DAMAGED, LOCKED, STALLED, LogFault
from guard.audit.files import create_next, current, default_path
from guard.audit.health import Health
from guard.audit.pending import MAX_PENDING, Entry, Pending
from guard.audit.reader import read_events
from guard.audit.store import Store
from guard.messages import t

MAX_EVENTS = 100_000
MAX_AGE_DAYS = 365
BATCH = 200
RETRY_SECONDS = 5.0  # a full disk or an unwritable folder is tried again this often
LOCK_GRACE_SECONDS = 2.0  # a lock shorter than this is normal (another reader, a backup) and not a problem
READ_BUSY_SECONDS = 0.5  # recent() runs on the GUI thread: a file that stays busy longer is left out this time
_open_logs: weakref.WeakSet[EventLog] = weakref.WeakSet()


class EventLog:
    """Thread-safe; `record` from any thread. Call `close()` at the end (it writes what is still queued)."""

    def __init__(self, path: Path | None = None, *, max_events: int = MAX_EVENTS, max_age_days: int = MAX_AGE_DAYS,
                 max_pending: int = MAX_PENDING, retry_seconds: float = RETRY_SECONDS,
                 lock_grace_seconds: float = LOCK_GRACE_SECONDS,
                 on_problem: Callable[[str | None], None] | None = None) -> None:
        self.base = Path(path) if path is not None else default_path()
        self.path = current(self.base)  # the file written now; changes when the writer moves on
        self.max_events, self.max_age_days = max_events, max_age_days
        self.retry_seconds = retry_seconds
        self.on_problem = on_problem  # called from the writer thread, with the new problem or None
        self.moved: str | None = None  # the last move to a new file, for the status window
        self.dropped = 0  # notices dropped since the start because the queue was full
        self._pending = Pending(max_pending)
        self._cond = threading.Condition()
        self._health = Health(lock_grace_seconds)
        self._store: Store | None = None
        self._stop = self._nudge = False
        self._thread = threading.Thread(target=self._run, name="event-log-writer", daemon=True)
        self._thread.start()
        _open_logs.add(self)

    # -- the caller's side ----------------------------------------------------------------------------------

    def record(self, event: Event) -> None:
        """Queue one event (a copy: the caller may reuse its object) and return; never raises, never waits.
        Something that is not an event is queued as an error event saying so (a bug must leave a trace)."""
        try:
            if not isinstance(event, Event):
                raise TypeError(f"not an Event: {type(event).__name__}")
            copied = copy.copy(event)
            copied.rules = list(event.rules)
        except Exception as exc:
            copied = self._app_event("error", t("log.bad_event", error=f"{type(exc).__name__}: {exc}"))
        with contextlib.suppress(Exception), self._cond:  # nothing may reach the guard from here
            self._pending.add(copied)
            self._cond.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything recorded so far is written (tries at once, whatever the retry pace);
        False when the time ran out first."""
        with self._cond:
            self._nudge = True
            self._cond.notify_all()
            self._cond.wait_for(lambda: not self._pending or not self._thread.is_alive(), timeout)
            return not self._pending

    def close(self, timeout: float = 5.0) -> bool:
        """Flush, then stop the writer; False when events were still unwritten (they are lost with the process)."""
        flushed = self.flush(timeout)
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout)
        _open_logs.discard(self)
        return flushed

    @property
    def pending(self) -> int:
        """Events recorded but not written yet."""
        with self._cond:
            return len(self._pending)

    @property
    def problem(self) -> str | None:
        """Why events wait in memory (None: the log is being written normally)."""
        with self._cond:
            return self._problem()

    def recent(self, limit: int = 200, since: datetime | None = None) -> list[Event]:
        """Newest first: every log file, plus what is still waiting to be written."""
        with self._cond:
            waiting = [copy.copy(e) for e in self._pending.events()]
        for event in waiting:
            event.excerpt = safe_excerpt(event)
        if since is not None:
            waiting = [e for e in waiting if datetime.fromisoformat(e.time) >= since.astimezone()]
        stored = read_events(self.base, limit, since, busy_seconds=READ_BUSY_SECONDS).events
        # one written between the two looks shows in both: once is enough
        written = {same_event_key(e) for e in stored}
        waiting = [e for e in waiting if same_event_key(e) not in written]
        return sorted([*stored, *waiting], key=lambda e: e.time, reverse=True)[:max(0, limit)]

    # -- the writer thread ------------------------------------------------------------------------------------

    def _run(self) -> None:
        delay = 0.0
        while True:
            with self._cond:
                if delay:
                    self._cond.wait_for(lambda: self._stop or self._nudge, delay)
                self._cond.wait_for(lambda: self._stop or len(self._pending) > 0)
                self._nudge = False
                if self._stop:
                    break
                batch = self._pending.take(BATCH)
            try:
                self._write(batch)
            except Exception as exc:  # LogFault; anything else is a bug, which must not end the thread either
                with self._cond:
                    self._pending.failed(batch)
                try:
                    delay = self._after(exc if isinstance(exc, LogFault) else LogFault(STALLED, "io", exc), delay)
                except Exception:
                    delay = self.retry_seconds
                continue
            with self._cond:
                self._pending.done(batch)
                self._health.cleared()
                delay = 0.0
                if self._pending.dropped:
                    self._pending.add(self._app_event("log_dropped", t("log.dropped", n=self._pending.dropped)))
                    self.dropped += self._pending.take_dropped()
                self._cond.notify_all()
            self._announce()
        if self._store is not None:
            self._store.close()

    def _write(self, batch: list[Entry]) -> None:
        for entry in batch:
            if entry.row is None:
                entry.row = self._row(entry.event)
                time.sleep(0)  # hand the GIL to a waiting GUI thread now, not after Python's 5 ms switch interval
        rows = [entry.row for entry in batch if entry.row is not None]
        if self._store is None:
            self._store = Store(self.path, max_events=self.max_events, max_age_days=self.max_age_days)
        self._store.write(rows)

    def _row(self, event: Event) -> list[Any]:
        """A malformed event (a caller's bug) is stored as an error saying so, so it cannot block the queue."""
        try:
            return to_row(event)
        except Exception as exc:
            return to_row(self._app_event("error", t("log.bad_event", error=f"{type(exc).__name__}: {exc}")))

    def _after(self, fault: LogFault, delay: float) -> float:
        """What to do about a failed write; returns how long to wait before the next try."""
        if fault.kind == DAMAGED:
            return self._move_on(fault)
        with self._cond:
            self._health.failed(fault)
        self._announce()
        return min(max(delay * 2, 0.05), 1.0) if fault.kind == LOCKED else self.retry_seconds

    def _move_on(self, fault: LogFault) -> float:
        """Leave the damaged file as it is and write a new one beside it; no new file: wait and try again."""
        if self._store is not None:
            self._store.close()
            self._store = None
        old = self.path
        try:
            new = create_next(self.base)
        except OSError as exc:
            return self._after(LogFault(STALLED, "full" if exc.errno == errno.ENOSPC else "no_new_file", exc), 0.0)
        self.path = new
        self.moved = t("log.moved", old=old.name, new=new.name, cause=fault.cause)
        with self._cond:
            self._pending.add(self._app_event("log_moved", self.moved, item=old.name))
        return 0.0

    @staticmethod
    def _app_event(choice: str, reason: str, item: str = "<event log>") -> Event:
        return Event(time="", source="app", item=item, verdict="notice", rules=[], excerpt="", content_hash="",
                     choice=choice, reason=reason)

    def _problem(self) -> str | None:
        # drops during this trouble only: earlier ones are in the log already
        return self._health.problem(len(self._pending), self._pending.dropped)

    def _announce(self) -> None:
        """Tell on_problem when the state changed (see health.py)."""
        with self._cond:
            text = self._problem()
            changed = self._health.changed(text)
        if changed and self.on_problem is not None:
            with contextlib.suppress(Exception):  # the UI's callback must not stop the writer
                self.on_problem(text)


@atexit.register
def _flush_at_exit() -> None:
    """A process that forgot close() still writes what it recorded (briefly: exit must not hang)."""
    for log in list(_open_logs):
        log.close(timeout=2.0)
