"""A log file that cannot take writes (read-only, corrupt, replaced, a directory in its place), found at start
or while running: the damaged file is left exactly as it is, the writer moves on to a new file beside it and
says so in the log, nothing recorded is lost, and record() never raises."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from guard.audit import EventLog
from tests.audit.conftest import event, stored


def fingerprint(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_ino, info.st_mtime_ns


def written_log(path: Path, *items: str) -> None:
    log = EventLog(path)
    for item in items:
        log.record(event(item=item))
    assert log.close()


def moved_to_second_file(log: EventLog, old: Path, cause: str) -> list[tuple[str, str, str]]:
    """The rows of the new file, after checking the move is where and what it should be."""
    assert log.flush(10)
    assert log.path == old.with_name("events-2.sqlite3")
    rows = stored(log.path)
    moved = [r for r in rows if r[1] == "log_moved"]
    assert len(moved) == 1 and moved[0][0] == old.name
    assert old.name in moved[0][2] and cause in moved[0][2] and "events-2.sqlite3" in moved[0][2]
    assert log.moved == moved[0][2] and log.problem is None
    return rows


def test_a_corrupt_file_at_start_is_left_alone_and_a_new_one_written(tmp_path: Path, make_log) -> None:
    old = tmp_path / "events.sqlite3"
    old.write_bytes(b"this is not a database at all" * 100)
    before = fingerprint(old)
    log = make_log(old)
    log.record(event(item="after"))
    rows = moved_to_second_file(log, old, "damaged")
    assert [r[0] for r in rows if r[1] != "log_moved"] == ["after"]
    assert fingerprint(old) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == ["events-2.sqlite3",
                                                                                   "events.sqlite3"]


def test_a_header_overwritten_while_running_moves_on_without_losing_events(tmp_path: Path, make_log) -> None:
    old = tmp_path / "events.sqlite3"
    log = make_log(old)
    log.record(event(item="before"))
    assert log.flush(10)
    with open(old, "r+b") as f:  # another program scribbles over the file the writer has open
        f.write(b"GARBAGE!" * 16)
    log.record(event(item="after-1"))
    log.record(event(item="after-2"))
    rows = moved_to_second_file(log, old, "damaged")
    assert [r[0] for r in rows if r[1] != "log_moved"] == ["after-1", "after-2"]
    assert old.read_bytes().startswith(b"GARBAGE!")  # not renamed, not repaired


def test_the_next_start_writes_the_new_file_without_another_move(tmp_path: Path, make_log) -> None:
    old = tmp_path / "events.sqlite3"
    old.write_bytes(b"garbage" * 500)
    first = make_log(old)
    first.record(event(item="one"))
    assert first.flush(10)
    first.close()
    second = make_log(old)
    assert second.path.name == "events-2.sqlite3"
    second.record(event(item="two"))
    assert second.flush(10)
    assert [r[:2] for r in stored(second.path)] == [("one", "held"), ("events.sqlite3", "log_moved"),
                                                    ("two", "held")]
    assert not (tmp_path / "events-3.sqlite3").exists()


def test_a_directory_in_the_way(tmp_path: Path, make_log) -> None:
    old = tmp_path / "events.sqlite3"
    old.mkdir()
    log = make_log(old)
    log.record(event(item="x"))
    moved_to_second_file(log, old, "not a regular file")
    assert old.is_dir()


def test_a_file_deleted_while_running_is_written_anew(tmp_path: Path, make_log) -> None:
    old = tmp_path / "events.sqlite3"
    log = make_log(old)
    log.record(event(item="before"))
    assert log.flush(10)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{old}{suffix}").unlink(missing_ok=True)
    log.record(event(item="after"))
    rows = moved_to_second_file(log, old, "deleted or replaced")
    assert [r[0] for r in rows if r[1] != "log_moved"] == ["after"]


def test_an_immutable_file_at_start(tmp_path: Path, make_log, immutable) -> None:
    old = tmp_path / "events.sqlite3"
    written_log(old, "earlier")
    immutable(old)
    before = fingerprint(old)
    log = make_log(old)
    log.record(event(item="later"))
    moved_to_second_file(log, old, "read-only")
    assert fingerprint(old) == before
    assert [e.item for e in log.recent() if e.choice == "held"] == ["later", "earlier"]  # both files read


def test_a_file_made_immutable_while_running(tmp_path: Path, make_log, immutable) -> None:
    old = tmp_path / "events.sqlite3"
    log = make_log(old)
    log.record(event(item="before"))
    assert log.flush(10)
    immutable(old)
    log.record(event(item="after"))
    rows = moved_to_second_file(log, old, "read-only")
    assert [r[0] for r in rows if r[1] != "log_moved"] == ["after"]
    assert [r[0] for r in stored(old)] == ["before"]


def test_a_read_only_folder_keeps_events_in_memory_until_it_is_writable(tmp_path: Path, make_log, mounts) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "events.sqlite3"
    written_log(path, "earlier")
    mounts("--bind", str(folder), str(folder))
    mounts("-o", "remount,bind,ro", str(folder))
    reports: list[str | None] = []
    log = make_log(path, retry_seconds=0.1, on_problem=reports.append)
    for i in range(3):
        log.record(event(item=f"while-ro-{i}"))  # never raises, the guard goes on
    assert not log.flush(1.0)
    assert log.problem and "3 event(s) kept in memory" in log.problem and "no new log file" in log.problem
    assert reports and reports[0] == log.problem
    subprocess.run(["mount", "-o", "remount,bind,rw", str(folder)], check=True, timeout=30)
    assert log.flush(10)
    assert [r[0] for r in stored(path)] == ["earlier", "while-ro-0", "while-ro-1", "while-ro-2"]
    assert log.path == path and log.problem is None and reports[-1] is None
    assert sorted(p.name for p in folder.glob("events*.sqlite3")) == ["events.sqlite3"]


def test_a_data_folder_that_cannot_exist_never_reaches_the_caller(tmp_path: Path, make_log) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    log = make_log(blocker / "data" / "events.sqlite3", retry_seconds=0.1)
    log.record(event(item="kept"))
    assert not log.flush(0.5)
    assert log.problem and "1 event(s) kept in memory" in log.problem
    assert [e.item for e in log.recent()] == ["kept"]
    assert blocker.read_text() == "a file where the data folder should be"
