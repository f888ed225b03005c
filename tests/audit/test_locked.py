"""A log file locked by another program (a second process in BEGIN EXCLUSIVE): recording does not wait for
it, nothing is lost or reordered, and a lock that lasts is reported."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.audit.conftest import event, stored


def test_record_returns_while_another_process_holds_the_lock(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path)
    log.record(event(item="before"))
    assert log.flush(10)
    holder = lock_holder(path)
    for i in range(100):
        log.record(event(item=f"locked-{i}"))
    # had record() waited for the lock, these would be written or the loop would still hang: they wait instead
    assert log.pending == 100
    assert not log.flush(0.5)
    assert [row[0] for row in stored(path)] == ["before"]
    holder.release()
    assert log.flush(10)
    assert [row[0] for row in stored(path)] == ["before", *(f"locked-{i}" for i in range(100))]
    assert log.path == path  # a lock is waited out, never a reason for a new file
    assert sorted(p.name for p in tmp_path.glob("events*.sqlite3")) == ["events.sqlite3"]


def test_the_tray_starts_while_the_file_is_locked(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    make_log(path).close()
    holder = lock_holder(path)
    log = make_log(path)
    log.record(event(item="at start"))
    assert not log.flush(0.5)
    holder.release()
    assert log.flush(10)
    assert stored(path)[-1][0] == "at start"


def test_unwritten_events_show_in_recent_in_order(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path)
    log.record(event(item="written"))
    assert log.flush(10)
    holder = lock_holder(path)
    log.record(event(item="waiting", excerpt="身份证 11010519491231002X"))
    items = [e.item for e in log.recent()]
    assert items == ["waiting", "written"]
    assert "11010519491231002X" not in log.recent()[0].excerpt  # masked before anyone sees it
    holder.release()


def test_a_lasting_lock_is_reported_and_the_report_cleared(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    reports: list[str | None] = []
    changed = threading.Event()

    def on_problem(message: str | None) -> None:
        reports.append(message)
        changed.set()

    log = make_log(path, lock_grace_seconds=0.2, on_problem=on_problem)
    log.record(event(item="first"))
    assert log.flush(10)
    assert log.problem is None and reports == []
    holder = lock_holder(path)
    log.record(event(item="held back"))
    assert changed.wait(20), "no report of the lasting lock"
    assert reports[0] and "locked by another program" in reports[0] and "1 event(s) kept in memory" in reports[0]
    assert log.problem and "kept in memory" in log.problem
    changed.clear()
    holder.release()
    assert log.flush(10)
    assert changed.wait(10) and reports[-1] is None and log.problem is None
    assert len(reports) == 2  # one report when it began, one when it ended, not one per retry


def test_records_from_many_threads_keep_each_threads_order(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path)
    log.record(event(item="start"))
    assert log.flush(10)
    holder = lock_holder(path)

    def worker(n: int) -> None:
        for i in range(50):
            log.record(event(item=f"t{n}-{i:02d}"))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    holder.release()
    assert log.flush(10)
    items = [row[0] for row in stored(path)][1:]
    assert len(items) == 400
    for n in range(8):
        assert [i for i in items if i.startswith(f"t{n}-")] == [f"t{n}-{i:02d}" for i in range(50)]


def test_close_says_when_events_could_not_be_written(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path)
    log.record(event(item="first"))
    assert log.flush(10)
    holder = lock_holder(path)
    log.record(event(item="never written"))
    assert log.close(timeout=0.5) is False
    holder.release()
    assert [row[0] for row in stored(path)] == ["first"]
