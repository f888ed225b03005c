"""Recent events: what the guard decided and what the user chose, newest first, from the local event log.
It shows what the log holds and nothing more (masked excerpts, rule ids), so it is safe to open."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from guard.messages import label
from ui.text import tr


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%m-%d %H:%M:%S")
    except ValueError:
        return iso


class EventsWindow(QWidget):
    def __init__(self, log: Any) -> None:
        super().__init__()
        self.log = log
        self.setWindowTitle(tr("events.title"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(tr("events.columns").split("|"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(860, 420)

    def refresh(self) -> None:
        events = self.log.recent(limit=200) if self.log is not None else []
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            # the reader's words for what the log records by name (guard.messages holds them for every side)
            choice = label("choice", e.choice) + (f"：{e.reason}" if e.reason else "")
            # a file by its name; a copy by its masked excerpt (what the log holds), not `<clipboard>`
            item = e.item if not e.item.startswith("<") else e.excerpt
            cells = [local_time(e.time), label("source", e.source), item, label("verdict", e.verdict), choice,
                     ", ".join(e.rules)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)
