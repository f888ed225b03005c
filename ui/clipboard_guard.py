"""The clipboard guard: a change arrives, the content is copied out and checked off the GUI thread; at
`confirm` or `block` it is taken off the clipboard (a placeholder says why) and held in memory until the
user decides in the dialog. Nothing the user copied is lost: held content can be released byte for byte
until it is discarded.

The change handler only queues (it never opens a dialog, never blocks), so a second copy while a dialog is
open is queued, not nested. The X11 PRIMARY selection is guarded more lightly: selecting text in a
classified document to read it is normal, so a risky selection is replaced by the placeholder (a
middle-click pastes that) with a notification, not a dialog.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from guard.model import ScanResult, Severity
from ui.clipboard import Snapshot, modes, placeholder, take, to_mime
from ui.scanning import Job, Scanner, kind_of
from ui.text import UI, tr

HOLD_AT = Severity.CONFIRM


@dataclass(slots=True)
class Held:
    """Content taken off the clipboard, waiting for the user's decision."""

    job: Job
    result: ScanResult
    since: float = field(default_factory=time.monotonic)

    @property
    def snapshot(self) -> Snapshot:
        return self.job.snapshot

    @property
    def severity(self) -> Severity:
        return self.result.severity


class ClipboardGuard(QObject):
    """Signals: `decide(Held)` asks the UI for a dialog (one at a time); `notify(title, text)` for notices;
    `event(dict)` for every decision, for the event log; `busy(bool)` while checks are in flight."""

    decide = Signal(object)
    notify = Signal(str, str)
    event = Signal(dict)

    def __init__(self, scanner: Scanner, settings: Any = None,
                 window_title: Callable[[], str | None] | None = None) -> None:
        super().__init__()
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.scanner = scanner
        self.settings = settings
        self.window_title = window_title or (lambda: None)
        self.paused_until = 0.0
        self._seq = {m: 0 for m in modes(self.clipboard)}
        self._own: dict[QClipboard.Mode, str] = {}  # digest of what we last wrote, per mode
        self._recent: dict[str, tuple[str, float]] = {}  # digest -> (decision, when): no repeat pop-ups
        self.queue: deque[Held] = deque()
        self.current: Held | None = None
        self.in_flight: dict[tuple[bool, int], Job] = {}
        # a check that neither answers nor fails (a parser stuck on a hostile file) must not hold the user's
        # copy forever: after this long it is answered as unreadable and the content goes back
        self.give_up_seconds = scanner.files.limits.seconds * 2 + 10
        scanner.finished.connect(self._on_result)
        self.clipboard.changed.connect(self._on_changed)

    # -- settings ------------------------------------------------------------------------------------------

    def _opt(self, name: str, default: Any) -> Any:
        return getattr(self.settings, name, default) if self.settings is not None else default

    @property
    def paused(self) -> bool:
        return time.monotonic() < self.paused_until

    # -- change → job ----------------------------------------------------------------------------------

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._seq:
            return
        if mode == QClipboard.Mode.Selection and not self._opt("watch_selection", True):
            return
        snap = take(self.clipboard.mimeData(mode))
        if snap.is_placeholder or (self._own.get(mode) == snap.digest and self._owns(mode)):
            return  # our own write (placeholder, or content we released): not a new copy
        self._own.pop(mode, None)
        self._seq[mode] += 1
        if self.paused:
            return
        selection = mode == QClipboard.Mode.Selection
        kind = kind_of(snap, selection)
        if kind is None:
            return
        if selection:
            # selections change on every drag of the mouse: check only the one the user settles on
            self._pending_selection = (self._seq[mode], snap)
            QTimer.singleShot(300, lambda seq=self._seq[mode]: self._selection_settled(seq))
            return
        self._start(Job(self._seq[mode], kind, snap, window=self.window_title() or ""), mode)

    def _selection_settled(self, seq: int) -> None:
        mode = QClipboard.Mode.Selection
        if self._seq.get(mode) != seq:
            return
        _, snap = self._pending_selection
        self._start(Job(seq, "selection", snap, selection=True, window=self.window_title() or ""), mode)

    def _start(self, job: Job, mode: QClipboard.Mode) -> None:
        decided = self._recent.get(job.snapshot.digest)
        window = self._opt("repeat_window_seconds", 20.0)
        if decided and time.monotonic() - decided[1] < window and decided[0] == "released":
            self._log(job, None, "allowed", reason="released moments ago")
            return
        # pictures and files take longer to read than a reflex paste: hold them while they are checked
        if job.kind in ("image", "files") and self._opt("hold_images_while_scanning", True):
            job.held_while_scanning = True
            self._write(mode, placeholder(tr("placeholder.checking")))
        self.in_flight[(job.selection, job.seq)] = job
        self.scanner.submit(job)
        QTimer.singleShot(int(self.give_up_seconds * 1000), lambda j=job: self._overdue(j))

    def _overdue(self, job: Job) -> None:
        if job.done:
            return
        job.result = ScanResult("<clipboard>", "error",
                                error=tr("notify.too_slow", seconds=round(self.give_up_seconds)))
        self._on_result(job)

    # -- result → act --------------------------------------------------------------------------------------

    def _on_result(self, job: Job) -> None:
        if job.done:
            return  # given up on earlier; its late answer changes nothing
        job.done = True
        self.in_flight.pop((job.selection, job.seq), None)
        result = job.result or ScanResult("<clipboard>", "error", error="no result")
        mode = QClipboard.Mode.Selection if job.selection else QClipboard.Mode.Clipboard
        current = self._seq.get(mode) == job.seq
        risky = result.severity >= HOLD_AT and result.verdict != "error"
        if not risky:
            if job.held_while_scanning and current:
                self._write(mode, job.snapshot)  # clean: back untouched, before the user notices
            if result.verdict in ("notice", "error"):
                self.notify.emit(tr("notify.notice_title"), _summary(result))
                self._log(job, result, "notified")
            else:
                self._log(job, result, "allowed")
            return
        if job.selection:
            if current:
                self._write(mode, placeholder(tr("placeholder.selection")))
            self.notify.emit(tr("notify.selection_title"), _summary(result))
            self._log(job, result, "held")
            return
        if current:
            # the placeholder names the kind of content only: pasted into a chat, it must not quote the mark
            self._write(mode, placeholder(tr("placeholder.held", what=_categories(result))))
        held = Held(job, result)
        decided = self._recent.get(job.snapshot.digest)
        if decided and time.monotonic() - decided[1] < self._opt("repeat_window_seconds", 20.0):
            # the same content again, just discarded: held again, quietly
            self.notify.emit(tr("notify.held_again"), _summary(result))
            self._log(job, result, "discarded", reason="same content discarded moments ago")
            return
        self._log(job, result, "held")
        self.queue.append(held)
        self._next()

    def _next(self) -> None:
        if self.current is None and self.queue:
            self.current = self.queue.popleft()
            self.decide.emit(self.current)

    # -- the user's decision -------------------------------------------------------------------------------

    def release(self, held: Held, reason: str, false_positive: bool = False) -> None:
        """Put back every format, byte for byte."""
        self._write(QClipboard.Mode.Clipboard, held.snapshot)
        self._recent[held.snapshot.digest] = ("released", time.monotonic())
        self._log(held.job, held.result, "released", reason=reason, false_positive=false_positive)
        self._done(held)

    def discard(self, held: Held, timeout: bool = False) -> None:
        """The placeholder stays; the held content leaves memory."""
        self._recent[held.snapshot.digest] = ("discarded", time.monotonic())
        self._log(held.job, held.result, "timeout" if timeout else "discarded")
        held.job.snapshot = Snapshot()  # drop the content now, not when the last reference goes
        self._done(held)

    def _done(self, held: Held) -> None:
        if self.current is held:
            self.current = None
        QTimer.singleShot(0, self._next)

    # -- clipboard writes ----------------------------------------------------------------------------------

    def _write(self, mode: QClipboard.Mode, snap: Snapshot) -> None:
        self._own[mode] = snap.digest
        self.clipboard.setMimeData(to_mime(snap), mode)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        cb = self.clipboard
        return cb.ownsSelection() if mode == QClipboard.Mode.Selection else cb.ownsClipboard()

    def _log(self, job: Job, result: ScanResult | None, choice: str, reason: str = "",
             false_positive: bool = False) -> None:
        self.event.emit({"job": job, "result": result, "choice": choice, "reason": reason,
                         "false_positive": false_positive})

    def close(self) -> None:
        """Stop listening (the app is quitting, or a test is done with this guard)."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.clipboard.changed.disconnect(self._on_changed)

    def pause(self, seconds: float) -> None:
        self.paused_until = time.monotonic() + seconds

    def resume(self) -> None:
        self.paused_until = 0.0


def _summary(result: ScanResult) -> str:
    """One line for a placeholder or a notification: the strongest finding, in words."""
    if result.verdict == "error":
        return tr("notify.unreadable", reason=result.error or "")
    if not result.findings:
        return tr(f"verdict.{result.verdict}")
    top = max(result.findings, key=lambda f: (f.severity, f.confidence))
    return top.why_zh if tr.language() == "zh" else top.why_en


def _categories(result: ScanResult) -> str:
    """The kinds of content found, worst first, in words (no excerpt)."""
    cats: list[str] = []
    for f in sorted(result.findings, key=lambda f: -f.severity):
        if f.severity >= HOLD_AT and f.category not in cats:
            cats.append(f.category)
    words = [tr(f"category.{c}") if f"category.{c}" in UI else tr("category.other") for c in cats]
    return "、".join(dict.fromkeys(words)) or tr("category.other")
