"""The clipboard guard's Qt adapter: Qt's clipboard signals become events for the state machine
(guard/sources/clipboard.py, where every decision is made and tested without Qt), and its actions become
clipboard writes, checks on the scan pool, dialogs, notifications and event-log records.

The change handler only feeds the machine (it never opens a dialog, never blocks), so a second copy while a
dialog is open is queued, not nested. One single-shot timer wakes the machine at its next deadline.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from guard.model import ScanResult
from guard.sources.clip_actions import Action, Ask, Check, Dismiss, Notify, Record, Write
from guard.sources.clipboard import CLIPBOARD, SELECTION, ClipboardMachine, Held, Job, Options
from guard.sources.im_direction import RecentFiles
from ui.clipboard import modes, take, to_mime
from ui.scanning import Scanner
from ui.text import tr

__all__ = ["ClipboardGuard", "Held", "Job"]
_MODES = {QClipboard.Mode.Clipboard: CLIPBOARD, QClipboard.Mode.Selection: SELECTION}
_QT_MODES = {v: k for k, v in _MODES.items()}
_TITLES = {"notice": "notify.notice_title", "selection": "notify.selection_title",
           "late_risky": "notify.late_risky"}


class ClipboardGuard(QObject):
    """Signals: `decide(Held)` asks the UI for a dialog (one at a time); `dismiss(Held)` closes one whose
    verdict a late answer replaced; `notify(title, text)`; `event(AuditRecord)` for every decision."""

    decide = Signal(object)
    dismiss = Signal(object)
    notify = Signal(str, str)
    event = Signal(object)

    def __init__(self, scanner: Scanner, settings: Any = None,
                 window_title: Callable[[], str | None] | None = None) -> None:
        super().__init__()
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.scanner = scanner
        self.settings = settings
        self.window_title = window_title or (lambda: None)
        self.recent_files = RecentFiles()  # a file copied here and then seen in a chat folder was sent
        self._modes = [_MODES[m] for m in modes(self.clipboard)]
        # a check that neither answers nor fails (a parser stuck on a hostile file) is held as unjudged
        self.machine = ClipboardMachine(tr, Options(
            deadline_seconds=scanner.files.limits.seconds * 2 + 10,
            repeat_window_seconds=self._opt("repeat_window_seconds", 20.0),
            hold_images_while_scanning=self._opt("hold_images_while_scanning", True),
            on_error=self._opt("on_error", "hold")))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._wake)
        scanner.finished.connect(self._on_result)
        self.clipboard.changed.connect(self._on_changed)

    def _opt(self, name: str, default: Any) -> Any:
        return getattr(self.settings, name, default) if self.settings is not None else default

    # -- the machine's state, for the app and the tests ----------------------------------------------------

    @property
    def queue(self) -> Any:
        return self.machine.queue

    @property
    def current(self) -> Held | None:
        return self.machine.current

    @property
    def in_flight(self) -> dict[int, Job]:
        return {i: j for i, j in self.machine.jobs.items() if j.state.value == "checking"}

    @property
    def give_up_seconds(self) -> float:
        return self.machine.options.deadline_seconds

    @give_up_seconds.setter
    def give_up_seconds(self, seconds: float) -> None:
        self.machine.options.deadline_seconds = seconds

    @property
    def paused_until(self) -> float:
        return self.machine.paused_until

    @property
    def paused(self) -> bool:
        return self.machine.paused(time.monotonic())

    # -- events in ----------------------------------------------------------------------------------------

    def _wake(self) -> None:
        now = time.monotonic()
        pause_over = bool(self.machine.paused_until) and now >= self.machine.paused_until
        current = self._now_on() if pause_over else None
        self._do(self.machine.tick(now, current, (self.window_title() or "") if pause_over else ""))

    def _now_on(self) -> dict[str, tuple[Any, bool]]:
        """What each watched mode holds at this moment, and whether we own it: read fresh, not remembered."""
        out: dict[str, tuple[Any, bool]] = {}
        for mode in self._modes:
            if mode == SELECTION and not self._opt("watch_selection", True):
                continue
            qt_mode = _QT_MODES[mode]
            owned = self.clipboard.ownsSelection() if mode == SELECTION else self.clipboard.ownsClipboard()
            out[mode] = (take(self.clipboard.mimeData(qt_mode)), owned)
        return out

    def _on_changed(self, qt_mode: QClipboard.Mode) -> None:
        mode = _MODES.get(qt_mode)
        if mode not in self._modes or (mode == SELECTION and not self._opt("watch_selection", True)):
            return
        content = take(self.clipboard.mimeData(qt_mode))
        owned = self.clipboard.ownsSelection() if mode == SELECTION else self.clipboard.ownsClipboard()
        if content.files:
            self.recent_files.saw(Path(f) for f in content.files)
        self._do(self.machine.copied(mode, content, owned, self.window_title() or "", time.monotonic()))

    def _on_result(self, job: Job, result: ScanResult) -> None:
        self._do(self.machine.checked(job.id, result, time.monotonic()))

    def release(self, held: Held, reason: str, false_positive: bool = False) -> None:
        """Put back every format, byte for byte."""
        self._do(self.machine.released(held, reason, false_positive, time.monotonic()))

    def discard(self, held: Held, timeout: bool = False, reported: str | None = None) -> None:
        """The clipboard gets back what it held before (or is cleared); the held content leaves memory.
        `reported`: the clerk called it a false positive (the note goes to the log; nothing is released)."""
        self._do(self.machine.discarded(held, timeout, time.monotonic(), reported))

    def pause(self, seconds: float) -> None:
        self.machine.pause(seconds, time.monotonic())
        self._do([])  # wake when the pause runs out: what is on the clipboard then is checked

    def resume(self) -> None:
        """What is on the clipboard now is checked as a fresh copy."""
        self._do(self.machine.resume(time.monotonic(), self.window_title() or "", self._now_on()))

    def close(self) -> None:
        """Stop listening (the app is quitting, or a test is done with this guard)."""
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.clipboard.changed.disconnect(self._on_changed)

    # -- actions out --------------------------------------------------------------------------------------

    def _do(self, actions: list[Action]) -> None:
        for action in actions:
            if isinstance(action, Write) and action.content.empty:
                self.clipboard.clear(_QT_MODES[action.mode])  # nothing to give back after a discard
            elif isinstance(action, Write):
                self.clipboard.setMimeData(to_mime(action.content), _QT_MODES[action.mode])
            elif isinstance(action, Check):
                self.scanner.submit(action.job)
            elif isinstance(action, Record):
                self.event.emit(action.record)
            elif isinstance(action, Notify):
                self.notify.emit(tr(_TITLES[action.what]), summary(action.result))
            elif isinstance(action, Dismiss):
                self.dismiss.emit(action.held)
            elif isinstance(action, Ask):
                # after the actions of this event: a dialog opened from inside a clipboard handler would
                # otherwise run while the rest of this event's actions wait
                QTimer.singleShot(0, lambda held=action.held: self._ask(held))
        wake = self.machine.next_wake()
        if wake is not None:
            self._timer.start(max(0, int((wake - time.monotonic()) * 1000) + 1))
        else:
            self._timer.stop()

    def _ask(self, held: Held) -> None:
        if self.machine.current is held:
            self.decide.emit(held)


def summary(result: ScanResult | None) -> str:
    """One line for a notification: the strongest finding, in words, or why it could not be judged."""
    if result is None:
        return ""
    if result.verdict == "error" or (result.error and not result.findings):
        return tr("notify.unreadable", reason=result.error or "")
    if not result.findings:
        return tr("notify.unreadable", reason="; ".join(result.notes)) if result.notes else \
            tr(f"verdict.{result.verdict}")
    top = max(result.findings, key=lambda f: (f.severity, f.confidence))
    return top.why_zh if tr.language() == "zh" else top.why_en
