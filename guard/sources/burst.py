"""A history sync drops thousands of old files into the IM folders at once. Each is still scanned, but the user
gets one summary instead of a pop-up per file; only what must be confirmed or blocked is still alerted.
"""

from __future__ import annotations

import threading
from collections import Counter, deque

from guard.messages import t

VERDICTS = ("block", "confirm", "notice", "error", "allow")


class Burst:
    """Counts completed files in a sliding window; above `threshold` it is a burst until things settle."""

    def __init__(self, threshold: int, window: float = 10.0, settle: float = 2.0) -> None:
        self.threshold, self.window, self.settle = threshold, window, settle
        self._completed: deque[float] = deque()
        self._recent: deque[tuple[float, str]] = deque()  # (completed, verdict) of results scanned lately
        self._counts: Counter[str] = Counter()
        self._labels: list[str] = []
        self._since = 0.0
        self._last = 0.0
        self.active = False
        self._lock = threading.Lock()

    def completed(self, now: float) -> None:
        with self._lock:
            self._last = now
            self._completed.append(now)
            while self._completed and self._completed[0] < now - self.window:
                self._completed.popleft()
            if not self.active and len(self._completed) > self.threshold:
                self.active, self._since = True, self._completed[0]
                self._counts = Counter(v for c, v in self._recent if c >= self._since)

    def scanned(self, completed: float, verdict: str, label: str) -> bool:
        """Record a verdict; True when it belongs to a running burst (so only confirm/block are alerted)."""
        with self._lock:
            self._recent.append((completed, verdict))
            while self._recent and self._recent[0][0] < completed - self.window:
                self._recent.popleft()
            if not self.active or completed < self._since:
                return False
            self._counts[verdict] += 1
            if label not in self._labels:
                self._labels.append(label)
            return True

    def finish(self, now: float, idle: bool) -> str | None:
        """The summary once the burst is over (nothing pending and `settle` s without a new file), else None."""
        with self._lock:
            if not (self.active and idle and now - self._last >= self.settle):
                return None
            self.active = False
            counts, self._counts = self._counts, Counter()
            self._completed.clear()
            n = sum(counts.values())
            tally = t("folders.counts", **{v: counts[v] for v in VERDICTS})
            return t("folders.burst", n=n, seconds=max(1.0, self._last - self._since),
                     label="、".join(self._labels), counts=tally)
