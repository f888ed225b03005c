"""The events window in the reader's words: a copy by its masked excerpt, the decision and the source in
Chinese (the log's JSON keeps the names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.audit import Event, EventLog
from guard.engine import scan_text
from ui.events_window import EventsWindow


def test_a_copy_shows_its_masked_excerpt_and_the_decision_in_words(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    log = EventLog(tmp_path / "events.sqlite3")
    result = scan_text("000123\n机密★1年\n关于做好防汛工作的通知")
    log.record(Event.from_result(result, source="clipboard-text", item="<clipboard>", content_hash="a" * 64,
                                 choice="timeout"))
    log.close()
    window = EventsWindow(EventLog(tmp_path / "events.sqlite3"))
    qtbot.addWidget(window)
    window.refresh()
    row = [window.table.item(0, col).text() for col in range(6)]
    assert row[1] == "剪贴板文本" and "机密★1年" in row[2] and row[3] == "拦截" and row[4] == "超时自动丢弃"
    assert "<clipboard>" not in row
