"""Events recorded but not yet written, in order. Bounded: past the limit the oldest notice is dropped (and
counted); what the guard held, blocked or asked about, and the guard's own events, are never dropped.

Not thread-safe by itself: the EventLog holds its lock around every call.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from guard.audit.event import Event

MAX_PENDING = 10_000
DROPPABLE_VERDICTS = ("allow", "notice")
_WAITING, _WRITING, _DROPPED, _WRITTEN = 0, 1, 2, 3


def droppable(event: Event) -> bool:
    """A notice the admin can lose without losing a decision: no block/confirm/error, nothing from the app."""
    return event.verdict in DROPPABLE_VERDICTS and event.source != "app"


@dataclass(eq=False)
class Entry:
    event: Event
    state: int = _WAITING
    row: list[Any] | None = None  # the stored values, made once by the writer (retries reuse them)


class Pending:
    def __init__(self, limit: int = MAX_PENDING) -> None:
        self.limit = limit
        self._entries: deque[Entry] = deque()
        self._droppable: deque[Entry] = deque()  # the droppable entries, oldest first
        self._live = 0  # waiting + writing
        self.dropped = 0  # since the last take_dropped()

    def __len__(self) -> int:
        return self._live

    def add(self, event: Event) -> None:
        entry = Entry(event)
        self._entries.append(entry)
        self._live += 1
        if droppable(event):
            self._droppable.append(entry)
        if self._live > self.limit:
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        """The oldest notice not written yet (one in the batch being written too: should that write succeed, it
        counts as written after all); none left means only decisions wait, and they stay."""
        while self._droppable:
            entry = self._droppable.popleft()
            if entry.state in (_WAITING, _WRITING):
                entry.state = _DROPPED
                self._live -= 1
                self.dropped += 1
                return

    def take(self, n: int) -> list[Entry]:
        """The oldest n waiting entries, marked as being written."""
        while self._entries and self._entries[0].state == _DROPPED:
            self._entries.popleft()
        batch = []
        for entry in self._entries:
            if len(batch) == n:
                break
            if entry.state == _WAITING:
                entry.state = _WRITING
                batch.append(entry)
        return batch

    def done(self, batch: list[Entry]) -> None:
        """Written: off the front of the queue (the batch is its oldest part, give or take dropped entries)."""
        written = set(map(id, batch))
        while written and self._entries:
            entry = self._entries.popleft()
            if id(entry) in written:
                written.discard(id(entry))
                if entry.state == _DROPPED:
                    self.dropped -= 1  # dropped while being written, and written all the same
                else:
                    self._live -= 1
                entry.state = _WRITTEN
        while self._droppable and self._droppable[0].state == _WRITTEN:
            self._droppable.popleft()

    def failed(self, batch: list[Entry]) -> None:
        for entry in batch:
            if entry.state == _WRITING:
                entry.state = _WAITING

    def events(self) -> list[Event]:
        """What is waiting, oldest first (for readers that must see unwritten events too)."""
        return [e.event for e in self._entries if e.state != _DROPPED]

    def take_dropped(self) -> int:
        count, self.dropped = self.dropped, 0
        return count
