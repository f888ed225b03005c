"""Readers read every log file of the folder, read-only: a damaged file is reported and left exactly as it is,
the others are read; an old file without the newer columns reads, and the writer migrates it."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guard.audit import EventLog, read_events
from tests.audit.conftest import event

OLD_SCHEMA = """CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, source TEXT NOT NULL,
    item TEXT NOT NULL, verdict TEXT NOT NULL, rules TEXT NOT NULL, excerpt TEXT NOT NULL,
    content_hash TEXT NOT NULL, choice TEXT NOT NULL, reason TEXT NOT NULL, false_positive INTEGER NOT NULL,
    window TEXT NOT NULL, rules_version TEXT NOT NULL, secret INTEGER NOT NULL);
CREATE INDEX events_time ON events(time);"""
START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def at(minutes: int) -> str:
    return (START + timedelta(minutes=minutes)).isoformat()


def old_file(path: Path, *items: tuple[int, str]) -> None:
    """A log as the version before the `config` column wrote it."""
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    for minutes, item in items:
        db.execute("INSERT INTO events (time, source, item, verdict, rules, excerpt, content_hash, choice, reason, "
                   "false_positive, window, rules_version, secret) VALUES (?, 'folder', ?, 'confirm', '[]', '', "
                   "?, 'alerted', '', 0, '', '', 0)", (at(minutes).replace("+00:00", ".000000+00:00"), item,
                                                      "d" * 64))
    db.commit()
    db.close()


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """The log files themselves (SQLite may add a -wal/-shm beside one, as for any reader of a WAL database)."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.glob("*.sqlite3")}


def test_all_files_are_merged_by_time_and_a_damaged_one_reported(tmp_path: Path) -> None:
    base = tmp_path / "events.sqlite3"
    old_file(base, (0, "first"), (20, "third"))
    second = EventLog(tmp_path / "events-2.sqlite3")
    second.record(event(time=at(10), item="second"))
    second.record(event(time=at(30), item="fourth"))
    assert second.close()
    (tmp_path / "events-3.sqlite3").write_bytes(b"not a database" * 50)
    before = snapshot(tmp_path)
    reading = read_events(base, limit=10)
    assert [e.item for e in reading.events] == ["fourth", "third", "second", "first"]
    assert [p.name for p, _why in reading.problems] == ["events-3.sqlite3"]
    assert "damaged" in reading.problems[0][1]
    assert snapshot(tmp_path) == before  # nothing renamed, rewritten or repaired
    assert [e.item for e in read_events(base, limit=2).events] == ["fourth", "third"]
    since = read_events(base, since=START + timedelta(minutes=15)).events
    assert [e.item for e in since] == ["fourth", "third"]


def test_an_event_written_again_after_a_fault_shows_once(tmp_path: Path) -> None:
    base = tmp_path / "events.sqlite3"
    same = event(time=at(5), item="twice")
    for path in (base, tmp_path / "events-2.sqlite3"):
        log = EventLog(path)
        log.record(same)
        assert log.close()
    assert [e.item for e in read_events(base).events] == ["twice"]


def test_an_old_file_reads_and_is_migrated_by_the_writer(tmp_path: Path) -> None:
    base = tmp_path / "events.sqlite3"
    old_file(base, (0, "old"))
    (old,) = read_events(base).events
    assert old.item == "old" and old.config == ""
    log = EventLog(base)
    log.record(event(time=at(1), item="new", config="/etc/clipguard/test-override.toml"))
    assert log.close()
    columns = [row[1] for row in sqlite3.connect(base).execute("PRAGMA table_info(events)")]
    assert columns[-1] == "config"
    new, old = read_events(base).events
    assert (new.item, new.config) == ("new", "/etc/clipguard/test-override.toml")
    assert (old.item, old.config) == ("old", "")


def test_files_that_are_not_the_logs_are_not_read(tmp_path: Path) -> None:
    base = tmp_path / "events.sqlite3"
    for name in ("events-backup.sqlite3", "other.sqlite3", "events-2.sqlite3-wal", "events-1.sqlite3"):
        (tmp_path / name).write_bytes(b"x")
    reading = read_events(base)
    assert reading.events == [] and reading.problems == []


def test_a_missing_folder_reads_as_empty(tmp_path: Path) -> None:
    reading = read_events(tmp_path / "nowhere" / "events.sqlite3")
    assert reading.events == [] and reading.problems == []
    assert not (tmp_path / "nowhere").exists()
