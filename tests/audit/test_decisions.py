"""One copy, one decision: a hold and what became of it read as one, over events from a real log file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from guard.audit import Event, EventLog
from guard.audit.decisions import decisions
from guard.audit.reader import read_events

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def event(seconds: int, choice: str, digest: str = "a", source: str = "clipboard-text",
          item: str = "<clipboard>") -> Event:
    return Event(time=(NOW + timedelta(seconds=seconds)).isoformat(), source=source, item=item, verdict="block",
                 rules=["secret.classification_mark"], excerpt="机密★1年", content_hash=digest * 64, choice=choice)


def stored(tmp_path: Path, events: list[Event]) -> list[Event]:
    log = EventLog(tmp_path / "events.sqlite3")
    for e in events:
        log.record(e)
    assert log.close()
    return read_events(tmp_path / "events.sqlite3").events


def test_a_hold_and_its_answer_are_one_decision_showing_the_answer(tmp_path: Path) -> None:
    events = stored(tmp_path, [event(0, "held"), event(4, "released"), event(10, "held", "b"),
                               event(12, "timeout", "b"), event(20, "held", "c"), event(30, "resumed", "")])
    rows = decisions(events)
    assert [(d.first.choice, d.final.choice) for d in rows] == [
        ("resumed", "resumed"), ("held", "held"), ("held", "timeout"), ("held", "released")]
    assert rows[1].waiting and not rows[2].waiting and rows[3].held is rows[3].first
    assert len(rows[3].events) == 2 and rows[3].final.time > rows[3].first.time


def test_the_same_content_held_twice_is_two_decisions_each_with_its_answer(tmp_path: Path) -> None:
    events = stored(tmp_path, [event(0, "held"), event(3, "discarded"), event(5, "held"), event(9, "released")])
    assert [(d.first.choice, d.final.choice) for d in decisions(events)] == [
        ("held", "released"), ("held", "discarded")]


def test_an_answer_pairs_only_with_the_same_copy_and_one_without_its_hold_stands_alone(tmp_path: Path) -> None:
    events = stored(tmp_path, [event(0, "discarded", "z"), event(1, "held", "a"), event(2, "held", "a", "selection"),
                               event(3, "held", "a", item="报告.docx"), event(4, "released", "a", "selection")])
    rows = decisions(events)
    assert [(d.first.source, d.first.item, d.final.choice) for d in rows] == [
        ("clipboard-text", "报告.docx", "held"), ("selection", "<clipboard>", "released"),
        ("clipboard-text", "<clipboard>", "held"), ("clipboard-text", "<clipboard>", "discarded")]
    assert rows[-1].held is None and not rows[-1].waiting
