"""Recent events: one row per decision (a held copy and what became of it), newest first, from the local event
log, with the selected decision's record below. It shows what the log holds and nothing more (masked excerpts,
rule titles), so it is safe to open."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guard.audit.decisions import Decision, decisions
from guard.messages import label
from guard.rule_titles import rule_titles
from ui.text import tr


def local_time(iso: str, fmt: str = "%m-%d %H:%M:%S") -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime(fmt)
    except ValueError:
        return iso


def _excerpts(decision: Decision) -> list[str]:
    event = decision.final
    if event.secret:
        return [tr("events.secret")]
    parts = [p for p in event.excerpt.split(" | ") if p] or [p for p in decision.first.excerpt.split(" | ") if p]
    return parts or [tr("events.no_excerpt")]


def item_text(decision: Decision) -> str:
    """A file by its name; a copy by its masked excerpt (what the log holds), never `<clipboard>`."""
    item = decision.final.item
    return item if not item.startswith("<") else " | ".join(_excerpts(decision))


def colon() -> str:
    return ": " if tr.language() == "en" else "："


def choice_text(decision: Decision) -> str:
    reason = decision.final.reason or decision.first.reason
    return label("choice", decision.final.choice) + (f"{colon()}{reason}" if reason else "")


def detail_lines(decision: Decision) -> list[tuple[str, str]]:
    """The record of one decision, field by field: only what the log holds."""
    first, final = decision.first, decision.final
    full = "%Y-%m-%d %H:%M:%S"
    rows = [("time", local_time(first.time, full))]
    if final is not first:
        rows.append(("decided", local_time(final.time, full)))
    rows += [("source", label("source", final.source)), ("window", final.window or tr("events.none"))]
    if not final.item.startswith("<"):  # a file's name; a copy is its excerpts below
        rows.append(("item", final.item))
    rows += [("verdict", label("verdict", final.verdict)), ("choice", label("choice", final.choice)),
             ("reason", final.reason or first.reason or tr("events.none")),
             ("false_positive", tr("events.yes") if final.false_positive else tr("events.no")),
             ("rules", rule_titles(final.rules or first.rules) or tr("events.none")),
             ("excerpts", "\n    ".join(_excerpts(decision))),
             ("rules_version", final.rules_version or first.rules_version or tr("events.none"))]
    if final.config:
        rows.append(("config", final.config))
    return [(tr(f"events.detail.{key}"), value) for key, value in rows]


class EventsWindow(QWidget):
    def __init__(self, log: Any) -> None:
        super().__init__()
        self.log = log
        self.rows: list[Decision] = []
        self.setWindowTitle(tr("events.title"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(tr("events.columns").split("|"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the excerpt and the decision share what is left: a long reason no longer squeezes the excerpt to "通…";
        # either is elided, never a sideways scroll, and the detail pane holds both in full
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.detail = QPlainTextEdit(readOnly=True)
        self.detail.setPlaceholderText(tr("events.pick"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([300, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # 900x560 where there is room; inside the screen's free area (with the frame) on a small or scaled one:
        # 1366x768 at 150 % leaves 911x512 of Qt's pixels
        avail = self.screen().availableGeometry()
        self.resize(min(900, avail.width() - 40), min(560, avail.height() - 60))

    def refresh(self) -> None:
        events = self.log.recent(limit=200) if self.log is not None else []
        self.rows = decisions(events)
        self.table.setRowCount(len(self.rows))
        for row, d in enumerate(self.rows):
            cells = [local_time(d.first.time), label("source", d.final.source), item_text(d),
                     label("verdict", d.final.verdict), choice_text(d), rule_titles(d.final.rules or d.first.rules)]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.show_detail()

    def show_detail(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            self.detail.clear()
            return
        lines = detail_lines(self.rows[picked[0].row()])
        self.detail.setPlainText("\n".join(f"{name}{colon()}{value}" for name, value in lines))

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)
