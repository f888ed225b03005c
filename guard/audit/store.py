"""One writable log file: opened with checks, migrated, written in batches, pruned. Used by the writer thread
only, so it needs no lock; every failure comes out as a LogFault saying what to do about it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from guard.audit.event import COLUMNS, FLAGS, utc_iso
from guard.audit.faults import DAMAGED, LogFault, check_file, classify

BUSY_SECONDS = 0.1  # SQLite's own wait for a lock; the writer's backoff does the rest, so it can stop any time
PRUNE_EVERY = 1000
_TYPES = {c: "INTEGER NOT NULL DEFAULT 0" if c in FLAGS else "TEXT NOT NULL DEFAULT ''" for c in COLUMNS}
SCHEMA = f"""CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT,
    {", ".join(f"{c} {_TYPES[c]}" for c in COLUMNS)});
CREATE INDEX IF NOT EXISTS events_time ON events(time);"""
_INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class Store:
    def __init__(self, path: Path, *, max_events: int, max_age_days: int) -> None:
        """Open `path` for writing, or raise LogFault: it must be a healthy SQLite file (or empty/absent)."""
        self.path, self.max_events, self.max_age_days = path, max_events, max_age_days
        self._since_prune = 0
        self.identity: tuple[int, int] | None = None
        fault = check_file(path)
        if fault:
            raise fault
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise classify(exc, path) from exc
        try:
            info = os.stat(path)
            self.identity = (info.st_dev, info.st_ino)
            self._db.execute("PRAGMA journal_mode=WAL")
            check = self._db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise LogFault(DAMAGED, "corrupt", check)
            self._db.executescript(SCHEMA)
            self._migrate()
            self.prune()
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise classify(exc, path, self.identity) from exc
        except LogFault:
            self.close()
            raise

    def _migrate(self) -> None:
        """Columns added since the file was made (e.g. `config`) get their default in old rows."""
        present = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
        for column in (c for c in COLUMNS if c not in present):
            self._db.execute(f"ALTER TABLE events ADD COLUMN {column} {_TYPES[column]}")

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        """All or nothing, and only counted as written when a fresh reader can still read the file afterwards
        (a header overwritten while we have it open goes unnoticed by our own connection)."""
        fault = check_file(self.path, self.identity)
        if fault:
            raise fault
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(_INSERT, rows)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            # the file alone then holds every written event (a copy without its -wal is complete), and a
            # fresh reader sees the file itself, not pages still waiting in the WAL
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (OSError, sqlite3.Error) as exc:
            raise classify(exc, self.path, self.identity) from exc
        fault = check_file(self.path, self.identity)
        if fault:
            raise fault
        self._since_prune += len(rows)
        if self._since_prune >= PRUNE_EVERY:  # a long-running guard stays within its limits too
            self.prune()

    def prune(self) -> None:
        """Drop events older than max_age_days and all but the newest max_events; a failure waits for next time."""
        cutoff = utc_iso(datetime.now(UTC) - timedelta(days=self.max_age_days))
        try:
            self._db.execute("DELETE FROM events WHERE time < ?", (cutoff,))
            self._db.execute("DELETE FROM events WHERE id <= (SELECT id FROM events ORDER BY id DESC "
                             "LIMIT 1 OFFSET ?)", (self.max_events,))
            self._since_prune = 0
        except sqlite3.Error:
            pass

    def close(self) -> None:
        with contextlib.suppress(AttributeError, sqlite3.Error):  # not opened, or already unusable
            self._db.close()
