"""When is a file that is being written finished? Scanning a half-written .docx gives a damaged-file error and,
worse, a clean verdict for half a document. The rule that held on a real office machine: a
close-after-write or a rename, then `quiet` seconds without further events for that path, size non-zero and
unchanged; where the OS reports no close (Windows, network shares, polling), `poll` seconds quiet and size and
mtime unchanged between two checks. Temp and partial-download names are never candidates: their final rename is.
"""

from __future__ import annotations

import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

TEMP_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".downloading", ".!qb", ".swp")


def is_transient(path: Path, root: Path | None = None) -> bool:
    """Temp files, partial downloads, Office lock files, hidden files and anything in a hidden folder below
    the root (QQ writes to `.tmp/` and renames). WeChat 4.x thumbnails (`*_t.dat`) are too small to read."""
    name = path.name.lower()
    if name.startswith((".", "~$")) or name.endswith(TEMP_SUFFIXES) or name.endswith("_t.dat"):
        return True
    if root is not None:
        try:
            parts = path.relative_to(root).parts[:-1]
        except ValueError:
            parts = ()
        return any(p.startswith(".") for p in parts)
    return False


def stat_key(path: Path) -> tuple[int, int] | None:
    """(size, mtime in ns), or None when the file is gone or is not a regular file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


@dataclass
class _Pending:
    last_event: float
    closed: bool
    seen: tuple[int, int] | None  # size and mtime at the last event or check


class Completion:
    """Paths being written, fed by watcher events from any thread; `due()` hands out the finished ones."""

    def __init__(self, quiet: float, poll: float) -> None:
        self.quiet, self.poll = quiet, poll
        self._items: dict[Path, _Pending] = {}
        self._lock = threading.Lock()

    def touch(self, path: Path, now: float, closed: bool = False) -> None:
        seen = stat_key(path)
        with self._lock:
            item = self._items.get(path)
            if item is None:
                self._items[path] = _Pending(now, closed, seen)
            else:
                item.last_event, item.closed, item.seen = now, item.closed or closed, seen

    def forget(self, path: Path) -> None:
        with self._lock:
            self._items.pop(path, None)

    def due(self, now: float) -> list[Path]:
        """Paths complete as of `now`, removed from the tracker; gone or empty files are dropped."""
        with self._lock:
            quiet = [(p, i) for p, i in self._items.items()
                     if now - i.last_event >= (self.quiet if i.closed else self.poll)]
        done = []
        for path, item in quiet:
            current = stat_key(path)
            with self._lock:
                if self._items.get(path) is not item or item.last_event > now:
                    continue  # touched again meanwhile
                if current is None or (current == item.seen and current[0] == 0):
                    del self._items[path]  # gone, or stays empty
                elif current == item.seen:
                    del self._items[path]
                    done.append(path)
                else:  # still changing without telling us: check again after another quiet period
                    item.seen, item.last_event = current, now
        return done

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
