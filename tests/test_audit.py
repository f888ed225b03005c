"""The event log: a real SQLite file, written from threads, pruned, never a copy of the content it guarded.
Its faults (locks, damaged and read-only files, full disks) are in tests/audit/."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guard.audit import Event, EventLog, default_path, parse_since
from guard.engine import scan_text
from tests.audit.conftest import event

ID = "11010519491231002X"
LIST = f"姓名,身份证号\n张三,{ID}\n李四,110105194912310037\n王五,11010519491231005X\n"


@pytest.fixture(autouse=True)
def _close_logs(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every EventLog a test opens is closed at its end (its writer thread stopped)."""
    opened: list[EventLog] = []
    real_init = EventLog.__init__

    def tracking_init(self: EventLog, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        opened.append(self)

    monkeypatch.setattr(EventLog, "__init__", tracking_init)
    yield
    for log in opened:
        log.close(timeout=1.0)


def test_an_event_reads_back_with_every_field(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    e = event(reason="工作需要", false_positive=True, window="微信", rules_version="默认 2026.11.23",
              config="/etc/clipguard/override.toml")
    assert log.record(e) is None
    assert log.flush(10)
    (back,) = log.recent()
    assert back.id is not None
    e.id = back.id
    assert back == e
    assert back.false_positive is True and back.rules == ["secret.classification_mark"]
    assert datetime.fromisoformat(back.time).utcoffset() == timedelta(0)


def test_an_event_not_written_yet_is_in_recent_already(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    log.record(event(item="now"))
    assert [e.item for e in log.recent()] == ["now"]  # written or waiting: either way the window shows it


def test_the_caller_may_reuse_its_event_object(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    e = event(item="first")
    log.record(e)
    e.item = "changed afterwards"
    e.rules.append("other")
    assert log.flush(10)
    (back,) = log.recent()
    assert back.item == "first" and back.rules == ["secret.classification_mark"]


def test_something_that_is_not_an_event_leaves_an_error_event(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "events.sqlite3")
    log.record({"item": "a dict"})  # type: ignore[arg-type]
    log.record(event(item="next"))
    assert log.flush(10)
    bad, good = reversed(log.recent())
    assert bad.source == "app" and bad.choice == "error" and "not an Event" in bad.reason
    assert good.item == "next"


def test_recent_is_newest_first_and_limited(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "e.sqlite3")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(5):
        log.record(event(time=(start + timedelta(minutes=i)).isoformat(), item=f"f{i}.txt"))
    assert [e.item for e in log.recent(limit=3)] == ["f4.txt", "f3.txt", "f2.txt"]
    since = [e.item for e in log.recent(since=start + timedelta(minutes=3))]
    assert since == ["f4.txt", "f3.txt"]


def test_a_secret_event_stores_no_excerpt_at_all(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite3"
    log = EventLog(path)
    log.record(event(excerpt="密码 hunter2-very-secret", secret=True))
    assert log.close()
    assert not any(b"hunter2" in p.read_bytes() for p in tmp_path.iterdir())
    (back,) = EventLog(path).recent()
    assert back.excerpt == "" and back.secret and back.rules == ["secret.classification_mark"]


def test_from_result_takes_rules_and_masked_excerpts_never_the_text(tmp_path: Path) -> None:
    result = scan_text(LIST, source="<clipboard>")
    assert result.findings
    digest = hashlib.sha256(LIST.encode()).hexdigest()
    e = Event.from_result(result, source="clipboard-text", item="<clipboard>", content_hash=digest, choice="held")
    assert e.verdict == result.verdict and e.content_hash == digest
    assert e.rules == list(dict.fromkeys(f.rule for f in result.findings))
    path = tmp_path / "e.sqlite3"
    log = EventLog(path)
    log.record(e)
    assert log.flush(10)
    stored = log.recent()[0]
    assert ID not in stored.excerpt and "002X" in stored.excerpt
    raw = sqlite3.connect(path).execute("SELECT * FROM events").fetchall()
    assert ID not in repr(raw) and LIST not in repr(raw)


def test_from_result_for_a_secret_drops_the_excerpts() -> None:
    result = scan_text("机密★1年\n关于做好有关工作的通知\n正文。\n")
    e = Event.from_result(result, source="clipboard-text", item="<clipboard>", content_hash="0" * 64,
                          choice="held", secret=True)
    assert e.rules and e.excerpt == ""


def test_record_masks_an_unmasked_excerpt_passed_by_mistake(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "e.sqlite3")
    log.record(event(excerpt=f"身份证 {ID}"))
    assert ID not in log.recent()[0].excerpt


def test_records_from_many_threads_all_arrive(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "e.sqlite3")

    def worker(n: int) -> None:
        for i in range(50):
            log.record(event(item=f"t{n}-{i}"))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert log.flush(10)
    stored = log.recent(limit=1000)
    assert len({e.id for e in stored}) == 400 and None not in {e.id for e in stored}


def test_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite3"
    log = EventLog(path)
    log.record(event())
    assert log.flush(10)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_opening_prunes_old_and_surplus_events(tmp_path: Path) -> None:
    path = tmp_path / "e.sqlite3"
    log = EventLog(path)
    now = datetime.now(UTC)
    log.record(event(time=(now - timedelta(days=400)).isoformat(), item="ancient"))
    for i in range(6):
        log.record(event(time=(now - timedelta(minutes=10 - i)).isoformat(), item=f"n{i}"))
    assert log.close()
    assert len(EventLog(path).recent()) == 7
    pruning = EventLog(path, max_events=4)
    pruning.record(event(item="new"))  # the writer opens the file at its first write, and prunes it then
    assert pruning.flush(10)
    items = [e.item for e in pruning.recent()]
    assert items == ["new", "n5", "n4", "n3", "n2"]


def test_a_healthy_log_has_no_problem(tmp_path: Path) -> None:
    log = EventLog(tmp_path / "e.sqlite3")
    log.record(event())
    assert log.flush(10)
    assert log.problem is None and log.moved is None and log.pending == 0 and log.dropped == 0
    assert log.path == tmp_path / "e.sqlite3"


def test_the_default_path_honours_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_DATA_DIR", str(tmp_path / "d"))
    assert default_path() == tmp_path / "d" / "events.sqlite3"
    monkeypatch.delenv("CLIPGUARD_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "clipguard" / "events.sqlite3"


def test_to_json_carries_verdict_item_choice_and_config() -> None:
    data = event(choice="released", reason="已脱密").to_json()
    assert data["verdict"] == "block" and data["item"] == "<clipboard>" and data["choice"] == "released"
    assert data["rules"] == ["secret.classification_mark"] and data["config"] == ""
    assert event(config="/srv/admin.toml").to_json()["config"] == "/srv/admin.toml"


def test_from_result_carries_the_config_override() -> None:
    result = scan_text("机密★1年\n关于做好有关工作的通知\n")
    e = Event.from_result(result, source="clipboard-text", item="<clipboard>", content_hash="0" * 64,
                          choice="held", config="/srv/admin.toml")
    assert e.config == "/srv/admin.toml"
    assert Event.from_result(result, source="cli", item="x", content_hash="0" * 64, choice="held").config == ""


@pytest.mark.parametrize(("text", "delta"), [("2h", timedelta(hours=2)), ("3d", timedelta(days=3)),
                                             ("30m", timedelta(minutes=30)), ("1w", timedelta(weeks=1))])
def test_relative_since(text: str, delta: timedelta) -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    assert parse_since(text, now) == now - delta


def test_absolute_since_and_garbage() -> None:
    assert parse_since("2026-12-01") == datetime(2026, 12, 1)
    assert parse_since("2026-12-01T08:00+08:00").utcoffset() == timedelta(hours=8)
    with pytest.raises(ValueError):
        parse_since("yesterday")


def test_recent_shows_an_event_once_while_the_writer_writes_it(tmp_path: Path) -> None:
    """recent() looks at the queue and then at the files: an event written in between is in both."""
    log = EventLog(tmp_path / "e.sqlite3")
    for i in range(300):
        log.record(event(item=f"i{i}"))
        time.sleep(i % 7 * 0.0005)  # look at different moments of the write
        items = [e.item for e in log.recent(limit=1000)]
        assert len(items) == len(set(items)) == i + 1
