"""The events window in the reader's words: one row per decision (a held copy and what became of it), a copy
by its masked excerpt, rule titles, and the selected decision's record below, only what the log holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.audit import Event, EventLog
from guard.engine import scan_text
from ui.events_window import EventsWindow

RISKY = "000123\n机密★1年\n关于做好防汛工作的通知，联系人手机 13812345678"


def record(path: Path, *events: Event) -> EventLog:
    log = EventLog(path)
    for e in events:
        log.record(e)
    assert log.close()
    return EventLog(path)


def copy_events(*choices: str, digest: str = "a", **kw: object) -> list[Event]:
    result = scan_text(RISKY)
    return [Event.from_result(result, source="clipboard-text", item="<clipboard>", content_hash=digest * 64,
                              choice=c, window="微信", rules_version="默认策略 2026.12", **kw) for c in choices]


def open_window(qtbot, log: EventLog) -> EventsWindow:
    window = EventsWindow(log)
    qtbot.addWidget(window)
    window.refresh()
    return window


def cells(window: EventsWindow, row: int) -> list[str]:
    return [window.table.item(row, col).text() for col in range(window.table.columnCount())]


def test_a_copy_shows_its_masked_excerpt_and_the_decision_in_words(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    window = open_window(qtbot, record(tmp_path / "events.sqlite3", *copy_events("timeout")))
    row = cells(window, 0)
    assert row[1] == "剪贴板文本" and "机密★1年" in row[2] and row[3] == "拦截" and row[4] == "超时自动丢弃"
    assert "<clipboard>" not in row and "13812345678" not in row[2] and "138****5678" in row[2]
    assert row[5] == "密级标志、手机号码"  # titles, not `secret.classification_mark`


def test_one_row_per_decision_and_a_hold_not_yet_decided_reads_held(qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    first = copy_events("held", "discarded")
    report = Event(time="", source="folder", item="汇报材料.docx", verdict="confirm", rules=["internal.marker"],
                   excerpt="内部资料", content_hash="f" * 64, choice="notified")
    log = record(tmp_path / "events.sqlite3", *first, report,
                 *copy_events("held", digest="b"))
    window = open_window(qtbot, log)
    assert window.table.rowCount() == 3  # four events of the copies, one of the file: three decisions
    choices = [cells(window, r)[4] for r in range(3)]
    assert choices == ["已暂扣", "已提醒", "已丢弃"]
    assert cells(window, 1)[2] == "汇报材料.docx" and cells(window, 1)[5] == "内部资料标识"
    assert window.table.horizontalHeaderItem(2).text() == "内容"


def test_the_detail_pane_holds_the_record_of_the_selected_decision(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "zh")
    events = [*copy_events("held"), *copy_events("released", reason="公开通知，已核实", false_positive=True)]
    window = open_window(qtbot, record(tmp_path / "events.sqlite3", *events))
    assert window.table.rowCount() == 1 and window.detail.toPlainText() == ""
    window.table.selectRow(0)
    text = window.detail.toPlainText()
    for line in ("来源：剪贴板文本", "窗口：微信", "结论：拦截", "处理：用户放行", "理由：公开通知，已核实",
                 "误报：是，用户标记为误报", "规则：密级标志、手机号码", "规则版本：默认策略 2026.12"):
        assert line in text, (line, text)
    assert "时间：" in text and "处理时间：" in text and "机密★1年" in text and "138****5678" in text
    # never more than the log holds: no full number, no rule ids, no `<clipboard>`
    assert "13812345678" not in text and "pii.mobile" not in text and "<clipboard>" not in text


def test_a_secret_shows_no_excerpt_and_english_follows_the_language(qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPGUARD_LANG", "en")
    window = open_window(qtbot, record(tmp_path / "events.sqlite3", *copy_events("held", "timeout", secret=True)))
    row = cells(window, 0)
    assert row[1] == "clipboard text" and row[4] == "discarded on timeout" and "secret" in row[2]
    assert "机密" not in row[2] and row[5] == "classification mark, mobile number"
    window.table.selectRow(0)
    assert "Verdict: block" in window.detail.toPlainText() and "False positive: no" in window.detail.toPlainText()


def test_the_window_fits_a_1366x768_screen(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, record(tmp_path / "events.sqlite3", *copy_events("held", "released")))
    window.show()
    qtbot.waitExposed(window)
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768 - 40  # a panel takes some of the height
    assert window.table.height() > 150 and window.detail.height() > 100  # both halves usable
