"""What went wrong with a log file, sorted by what the writer does about it.

- locked: another program holds the write lock; retry soon with backoff, same file.
- stalled: the disk is full, a size limit or an I/O error; keep the events in memory, retry later, same file.
- damaged: the file is read-only, corrupt, replaced or not a file at all; move on to a new file beside it.

SQLite reports a full disk as SQLITE_FULL on some file systems and as a plain I/O error on others (and a hit
file-size limit always as an I/O error), so an I/O error is judged by looking at the file and the disk.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

from guard.messages import t

LOCKED, STALLED, DAMAGED = "locked", "stalled", "damaged"
_BUSY, _LOCKED, _READONLY, _CORRUPT, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 14, 26
LOW_SPACE = 256 * 1024  # less than this left on the disk counts as full
PROBE_BUSY_SECONDS = 0.1


class LogFault(Exception):
    def __init__(self, kind: str, cause_key: str, detail: object = "") -> None:
        self.kind, self.cause_key, self.detail = kind, cause_key, str(detail)
        super().__init__(self.cause)

    @property
    def cause(self) -> str:
        """The reason in the user's language, with the system's own words for the admin."""
        text = t(f"log.cause.{self.cause_key}")
        return f"{text} ({self.detail})" if self.detail and self.detail != text else text


def check_file(path: Path, identity: tuple[int, int] | None = None) -> LogFault | None:
    """Why this file cannot take writes any more (None: it can). `identity` is (device, inode) when opened."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return LogFault(DAMAGED, "replaced", path.name) if identity else None
    except OSError as exc:
        return LogFault(DAMAGED, "cantopen", exc)
    if not stat.S_ISREG(info.st_mode):
        return LogFault(DAMAGED, "not_a_file", path.name)
    if identity is not None and (info.st_dev, info.st_ino) != identity:
        return LogFault(DAMAGED, "replaced", path.name)
    if not os.access(path, os.W_OK):  # also true for root on an immutable file or a read-only mount
        return LogFault(DAMAGED, "readonly", path.name)
    return _probe(path) if info.st_size else None


def _probe(path: Path) -> LogFault | None:
    """Can a new reader read the file (its header, schema and newest rows)? SQLite keeps page 1 cached, so a
    header overwritten while we have it open shows only to a fresh connection. Through SQLite, not open():
    closing our own descriptor of the file would drop the locks SQLite holds on it (POSIX lock semantics)."""
    try:
        probe = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=PROBE_BUSY_SECONDS)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
            probe.execute("SELECT id FROM events ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            probe.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (_BUSY, _LOCKED) or "no such table" in str(exc):
            return None  # busy: cannot tell now, the write itself will; no table: a new, empty file
        return LogFault(DAMAGED, "corrupt", exc)
    return None


def classify(exc: BaseException, path: Path, identity: tuple[int, int] | None = None) -> LogFault:
    """Sort an error from SQLite or the file system into locked / stalled / damaged."""
    if isinstance(exc, LogFault):
        return exc
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF if isinstance(exc, sqlite3.Error) else 0
    if code in (_BUSY, _LOCKED):
        return LogFault(LOCKED, "locked", exc)
    if code in (_READONLY, _CORRUPT, _NOTADB, _CANTOPEN):
        key = {_READONLY: "readonly", _CANTOPEN: "cantopen"}.get(code, "corrupt")
        return check_file(path, identity) or LogFault(DAMAGED, key, exc)
    return check_file(path, identity) or LogFault(STALLED, _why_stalled(path), exc)


def _why_stalled(path: Path) -> str:
    """Full disk, size limit or a plain I/O error: what the admin should look at."""
    try:
        if shutil.disk_usage(path.parent).free < LOW_SPACE:
            return "full"
    except OSError:
        pass
    try:
        import resource  # POSIX only; Windows has no file-size limit
    except ImportError:
        return "io"
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY:
        sizes = [os.path.getsize(p) for p in (path, Path(f"{path}-wal")) if p.exists()]
        if max(sizes, default=0) + LOW_SPACE >= limit:
            return "size_limit"
    return "io"
