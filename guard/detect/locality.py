"""Locality: count-based rules count a cluster, not a total over the whole text.

A 2 MB yearbook holds hundreds of leader titles, dates, places and a few phone numbers; what makes a
list or an itinerary is that its parts stand together. `densest` slides a window of at most `lines`
lines and `chars` characters over sorted hits and returns the best-scoring window.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Hit(NamedTuple):  # a tuple: long texts make tens of thousands of them
    start: int
    end: int
    kind: str
    key: str = ""  # hits of one kind with one key count once (the same ID number twice is one person)


@dataclass(frozen=True, slots=True)
class Window:
    start: int
    end: int
    score: float
    counts: dict[str, int]  # distinct keys per kind inside the window
    hits: tuple[Hit, ...]


def densest(text: str, hits: Iterable[Hit], lines: int, chars: int,
            score: Callable[[dict[str, int]], float]) -> Window | None:
    """The window (<= `lines` lines, <= `chars` characters) whose distinct counts score highest (> 0).

    Each window ends at a hit and reaches back as far as the limits allow, so `score` should grow with
    the counts (more evidence, never less); windows scoring 0 or less are never returned.
    """
    ordered = sorted(hits, key=lambda h: (h.start, h.end))
    if not ordered:
        return None
    line_of: list[int] = []
    line, prev = 0, 0
    for h in ordered:  # line numbers by counting newlines between consecutive hits (C speed, one pass)
        line += text.count("\n", prev, h.start)
        prev = h.start
        line_of.append(line)
    keys: Counter[tuple[str, str]] = Counter()
    counts: dict[str, int] = {}
    best: Window | None = None
    left = 0
    for right, h in enumerate(ordered):
        _add(keys, counts, h)
        while left < right and (ordered[left].start < h.end - chars or line_of[right] - line_of[left] >= lines):
            _remove(keys, counts, ordered[left])
            left += 1
        value = score(counts)
        if value > 0 and (best is None or value > best.score):
            inside = tuple(ordered[left:right + 1])
            best = Window(inside[0].start, max(x.end for x in inside), value, dict(counts), inside)
    return best


def _add(keys: Counter[tuple[str, str]], counts: dict[str, int], h: Hit) -> None:
    k = (h.kind, h.key or str(h.start))
    keys[k] += 1
    if keys[k] == 1:
        counts[h.kind] = counts.get(h.kind, 0) + 1


def _remove(keys: Counter[tuple[str, str]], counts: dict[str, int], h: Hit) -> None:
    k = (h.kind, h.key or str(h.start))
    keys[k] -= 1
    if not keys[k]:
        del keys[k]
        counts[h.kind] -= 1
