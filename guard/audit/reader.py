"""Reading the log without touching it: every file of the family, opened read-only, merged by time.

A reader never moves, renames, repairs or writes a log file (a running tray may be writing it); a file it
cannot read is reported, with the reason, and the others are read all the same. (SQLite may create a file's
-wal/-shm companions, as for any reader of a WAL database; the log file itself is opened read-only.)
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from guard.audit.event import COLUMNS, Event, from_row, same_event_key, utc_iso
from guard.audit.files import family
from guard.messages import t

BUSY_SECONDS = 2.0


@dataclass
class Reading:
    events: list[Event] = field(default_factory=list)  # newest first
    problems: list[tuple[Path, str]] = field(default_factory=list)  # (file, why it could not be read)


def read_events(base: Path, limit: int = 200, since: datetime | None = None, *,
                busy_seconds: float = BUSY_SECONDS) -> Reading:
    """The newest `limit` events of all files, newest first; an event found in two files (written again after
    a fault) shows once."""
    reading = Reading()
    found: list[tuple[str, int, int, Event]] = []
    for order, path in enumerate(family(base)):
        try:
            found += [(e.time, order, e.id or 0, e) for e in _read_file(path, limit, since, busy_seconds)]
        except (sqlite3.Error, OSError, ValueError, TypeError) as exc:  # a bad row spoils its file, not the rest
            reading.problems.append((path, _why(exc)))
    seen: set[tuple[object, ...]] = set()
    for *_key, event in sorted(found, key=lambda row: row[:3], reverse=True):
        same = same_event_key(event)
        if same not in seen:
            seen.add(same)
            reading.events.append(event)
    del reading.events[max(0, limit):]
    return reading


def _read_file(path: Path, limit: int, since: datetime | None, busy_seconds: float) -> list[Event]:
    if not path.is_file():
        raise OSError(t("log.cause.not_a_file"))
    db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=busy_seconds)
    try:
        present = {row[1] for row in db.execute("PRAGMA table_info(events)")}
        if not present:
            return []  # a new file the writer has not set up yet
        columns = ["id", *(c for c in COLUMNS if c in present)]
        query, args = f"SELECT {', '.join(columns)} FROM events", []
        if since is not None:
            query, args = query + " WHERE time >= ?", [utc_iso(since)]
        rows = db.execute(query + " ORDER BY time DESC, id DESC LIMIT ?", [*args, max(0, limit)]).fetchall()
        return [from_row(dict(zip(columns, row, strict=True))) for row in rows]
    finally:
        db.close()


def _why(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    key = {5: "locked", 6: "locked", 11: "corrupt", 26: "corrupt", 14: "cantopen"}.get(code)
    return f"{t(f'log.cause.{key}')} ({exc})" if key else str(exc)
