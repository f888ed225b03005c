"""While the log cannot be written, memory is bounded: the oldest notices go first (counted, and the count
reaches the log), decisions never."""

from __future__ import annotations

from pathlib import Path

from tests.audit.conftest import event, stored


def test_a_full_queue_drops_the_oldest_notices_and_never_a_decision(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path, max_pending=6, lock_grace_seconds=0.0)
    log.record(event(item="start"))
    assert log.flush(10)
    holder = lock_holder(path)
    log.record(event(item="block-1"))
    for i in range(4):
        log.record(event(item=f"notice-{i}", verdict="notice", choice="notified"))
    log.record(event(item="confirm-1", verdict="confirm", choice="released", reason="工作需要"))
    log.record(event(item="allow-1", verdict="allow", choice="allowed"))
    log.record(event(item="block-2"))
    log.record(event(item="error-1", verdict="error", choice="error"))
    log.record(event(item="paused", source="app", verdict="notice", choice="paused"))
    assert log.pending == 6  # ten recorded: the four oldest notices made room
    assert not log.flush(0.3)
    assert log.problem and "4 notice event(s) dropped" in log.problem
    holder.release()
    assert log.flush(10)
    rows = stored(path)
    assert [r[0] for r in rows[1:-1]] == ["block-1", "confirm-1", "allow-1", "block-2", "error-1", "paused"]
    assert rows[-1][1] == "log_dropped" and "4 notice event(s) dropped" in rows[-1][2]
    assert log.dropped == 4 and log.problem is None


def test_only_decisions_waiting_keeps_them_all_past_the_bound(tmp_path: Path, make_log, lock_holder) -> None:
    path = tmp_path / "events.sqlite3"
    log = make_log(path, max_pending=3)
    log.record(event(item="start"))
    assert log.flush(10)
    holder = lock_holder(path)
    for i in range(10):
        log.record(event(item=f"block-{i}"))
    assert log.pending == 10
    holder.release()
    assert log.flush(10)
    assert [r[0] for r in stored(path)][1:] == [f"block-{i}" for i in range(10)]
    assert log.dropped == 0
