"""The local event log: what the guard decided and what the user chose, in one SQLite file.

An admin reads it to see what was held and released; it must never become a copy of what it guarded, so it
stores rule ids, masked excerpts (none at all for secrets) and a hash, never the content.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from guard.mask import mask_text
from guard.model import ScanResult

MAX_EVENTS = 100_000
MAX_AGE_DAYS = 365
EXCERPT_LIMIT = 240  # a few findings' excerpts; a longer one is cut, whatever the caller passed
_COLUMNS = ("time", "source", "item", "verdict", "rules", "excerpt", "content_hash", "choice", "reason",
            "false_positive", "window", "rules_version", "secret")
_SCHEMA = f"""CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT,
    {", ".join(f"{c} {'INTEGER' if c in ('false_positive', 'secret') else 'TEXT'} NOT NULL" for c in _COLUMNS)});
CREATE INDEX IF NOT EXISTS events_time ON events(time);"""


def _utc_iso(value: datetime) -> str:
    """One fixed format in UTC, so text order is time order in SQL."""
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time is the user's local time
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


@dataclass
class Event:
    time: str  # ISO-8601 UTC; filled in when empty
    # clipboard-text | clipboard-html | clipboard-image | clipboard-files | selection | folder | screen | cli | app
    source: str
    item: str  # a file name or "<clipboard>"
    verdict: str
    rules: list[str]
    excerpt: str  # already masked; empty for secrets
    content_hash: str  # sha256 hex of the content
    choice: str  # held | discarded | released | timeout | notified | allowed | paused | resumed | error
    reason: str = ""
    false_positive: bool = False
    window: str = ""
    rules_version: str = ""
    secret: bool = False
    id: int | None = field(default=None)

    def __post_init__(self) -> None:
        self.time = _utc_iso(datetime.fromisoformat(self.time) if self.time else datetime.now(UTC))

    @classmethod
    def from_result(cls, result: ScanResult, *, source: str, item: str, content_hash: str, choice: str,
                    reason: str = "", false_positive: bool = False, window: str = "", rules_version: str = "",
                    secret: bool = False) -> Event:
        """Rule ids and masked excerpts from the findings, in order, each once."""
        rules = list(dict.fromkeys(f.rule for f in result.findings))
        excerpts = [] if secret else list(dict.fromkeys(f.excerpt for f in result.findings if f.excerpt))
        if not reason and result.verdict == "error" and result.error:
            reason = result.error
        return cls(time="", source=source, item=item, verdict=result.verdict, rules=rules,
                   excerpt=" | ".join(excerpts), content_hash=content_hash, choice=choice, reason=reason,
                   false_positive=false_positive, window=window, rules_version=rules_version, secret=secret)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def default_path() -> Path:
    """CLIPGUARD_DATA_DIR (tests), else the per-user data folder (XDG_DATA_HOME on Linux)."""
    folder = os.environ.get("CLIPGUARD_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("clipguard", appauthor=False)
    return Path(folder) / "events.sqlite3"


class EventLog:
    """Thread-safe: the clipboard worker threads and the GUI thread share one connection behind a lock."""

    def __init__(self, path: Path | None = None, *, max_events: int = MAX_EVENTS, max_age_days: int = MAX_AGE_DAYS):
        self.path = Path(path) if path is not None else default_path()
        self.max_events, self.max_age_days = max_events, max_age_days
        self.warning: str | None = None  # why an unreadable log was moved aside, for the status window
        self._lock = threading.Lock()
        self._since_prune = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            aside = self.path.with_name(f"{self.path.stem}.corrupt-{datetime.now():%Y%m%d-%H%M%S}{self.path.suffix}")
            for suffix in ("", "-wal", "-shm"):
                old = Path(f"{self.path}{suffix}")
                if old.exists():
                    old.replace(f"{aside}{suffix}")
            self.warning = f"event log {self.path} was unreadable ({exc}); moved to {aside.name}, a new one started"
            self._db = self._open()
        self._prune()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            db.executescript(_SCHEMA)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _prune(self) -> None:
        cutoff = _utc_iso(datetime.now(UTC) - timedelta(days=self.max_age_days))
        with self._lock:
            self._db.execute("DELETE FROM events WHERE time < ?", (cutoff,))
            self._db.execute("DELETE FROM events WHERE id <= (SELECT id FROM events ORDER BY id DESC "
                             "LIMIT 1 OFFSET ?)", (self.max_events,))
            self._since_prune = 0

    def record(self, event: Event) -> int:
        """Store one event and return its id; a secret keeps its rule ids and hash but no excerpt."""
        excerpt = "" if event.secret else mask_text(event.excerpt)[:EXCERPT_LIMIT]
        row = {**asdict(event), "excerpt": excerpt, "rules": json.dumps(list(event.rules), ensure_ascii=False),
               "false_positive": int(event.false_positive), "secret": int(event.secret)}
        with self._lock:
            cur = self._db.execute(f"INSERT INTO events ({', '.join(_COLUMNS)}) VALUES "
                                   f"({', '.join('?' * len(_COLUMNS))})", [row[c] for c in _COLUMNS])
            self._since_prune += 1
            event_id = int(cur.lastrowid or 0)
        if self._since_prune >= 1000:  # a long-running guard stays within its limits too
            self._prune()
        return event_id

    def recent(self, limit: int = 200, since: datetime | None = None) -> list[Event]:
        """Newest first."""
        query, args = "SELECT id, " + ", ".join(_COLUMNS) + " FROM events", []
        if since is not None:
            query, args = query + " WHERE time >= ?", [_utc_iso(since)]
        with self._lock:
            rows = self._db.execute(query + " ORDER BY time DESC, id DESC LIMIT ?", [*args, limit]).fetchall()
        names = ["id", *_COLUMNS]
        out = []
        for row in rows:
            data = dict(zip(names, row, strict=True))
            data.update(rules=json.loads(data["rules"]), false_positive=bool(data["false_positive"]),
                        secret=bool(data["secret"]))
            out.append(Event(**{f.name: data[f.name] for f in fields(Event)}))
        return out

    def close(self) -> None:
        with self._lock:
            self._db.close()


_RELATIVE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.I)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`2h`, `3d`, `30m`, `1w` back from now, or an ISO date / date-time (local time unless it says otherwise)."""
    now = now or datetime.now(UTC)
    m = _RELATIVE.fullmatch(text.strip())
    if m:
        return now - timedelta(**{_UNITS[m.group(2).lower()]: float(m.group(1))})
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a time: {text!r} (use 2h, 3d, 2026-12-01 or 2026-12-01T08:00)") from None
