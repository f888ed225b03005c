"""Once per content: WeChat stores the same document again as `x(1).docx`, a forward makes another copy, and a
re-download rewrites it. The guard judges the bytes once. The bytes hashed are the bytes scanned, so a file
replaced between hashing and scanning cannot slip through under the old hash.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from guard.errors import ExtractError
from guard.extract.readbytes import open_regular
from guard.messages import t


@dataclass
class Read:
    data: bytes | None  # None: too large to hold, scan by path
    digest: str  # sha256 hex of the content ("" when it could not be read)
    error: str | None = None


def read_for_scan(path: Path, max_bytes: int) -> Read | None:
    """The file's bytes and hash; None when it is gone; an error Read when it cannot be read. Only a regular
    file is opened (a file swapped for a FIFO after the type check would block the watcher for good)."""
    try:
        with open_regular(path) as (fh, _stat):
            size = fh.seek(0, 2)
            fh.seek(0)
            if size <= max_bytes:
                data = fh.read()
                return Read(data, hashlib.sha256(data).hexdigest())
            digest = hashlib.sha256()
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
            return Read(None, digest.hexdigest())
    except ExtractError as exc:  # not a regular file, permission denied
        if not os.path.lexists(path):
            return None
        return Read(None, "", t("folders.unreadable", error=str(exc)))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:  # sharing violation, I/O error
        return Read(None, "", t("folders.unreadable", error=exc.strerror or type(exc).__name__))


class ContentSeen:
    """Hashes already judged, oldest forgotten first (bounded: a long-running guard must not grow forever)."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first(self, digest: str) -> bool:
        """True the first time a digest is offered (and remembers it)."""
        with self._lock:
            if digest in self._seen:
                self._seen.move_to_end(digest)
                return False
            self._seen[digest] = None
            if len(self._seen) > self.limit:
                self._seen.popitem(last=False)
            return True
