"""Events grouped into decisions: one copy is one decision, however many events the log holds for it.

A risky copy is logged when it is held and again when the user (or the clock) decides: `held`, then
`released`, `discarded` or `timeout`, with the same source and content hash. A reader wants one line for
that copy saying what became of it; a hold with no decision yet reads as held. No Qt here: the events
window and the CLI can share it.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field

from guard.audit.event import Event

HELD = "held"
DECIDED = frozenset({"released", "discarded", "timeout"})  # what closes a hold


@dataclass
class Decision:
    """One copy (or one event that stands alone): its events oldest first; `final` is the one to show."""

    events: list[Event] = field(default_factory=list)

    @property
    def first(self) -> Event:
        return self.events[0]

    @property
    def final(self) -> Event:
        return self.events[-1]

    @property
    def held(self) -> Event | None:
        return self.first if self.first.choice == HELD else None

    @property
    def waiting(self) -> bool:
        """Held and not decided (yet, or in what the log read holds)."""
        return self.final.choice == HELD


def _key(event: Event) -> tuple[str, str, str]:
    return event.source, event.item, event.content_hash


def decisions(events: list[Event]) -> list[Decision]:
    """Events newest first (as the log reads them) -> decisions newest first, by when each began.

    A decision closes the oldest open hold of the same copy: the same content held twice in a row is two
    decisions, each with its own answer. A decision whose hold is older than what was read stands alone."""
    open_holds: dict[tuple[str, str, str], deque[Decision]] = defaultdict(deque)
    out: list[Decision] = []
    for event in sorted(events, key=lambda e: (e.time, e.id or 0)):
        waiting = open_holds.get(_key(event))
        if event.choice in DECIDED and waiting:
            waiting.popleft().events.append(event)
            continue
        decision = Decision([event])
        out.append(decision)
        if event.choice == HELD:
            open_holds[_key(event)].append(decision)
    return sorted(out, key=lambda d: (d.first.time, d.first.id or 0), reverse=True)
