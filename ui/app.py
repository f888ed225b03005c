"""`clipguard tray`: wires the pieces together and nothing more. Settings and rules (reloaded when the admin
file changes), the clipboard guard, one dialog at a time, the tray or status window, the event log.

Every decision is logged with rule ids, a masked excerpt and a hash, never the content itself; secrets that
password managers mark are checked but logged without any excerpt.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from guard import __version__
from guard.audit import Event, EventLog
from guard.messages import label
from guard.model import ScanResult
from guard.policy.reload import PolicyWatcher
from guard.settings import Settings, load_settings
from guard.sources.decision import AuditRecord, Response, respond
from guard.sources.im_direction import direction
from ui.clipboard_guard import ClipboardGuard, Held
from ui.dialog import HoldDialog
from ui.events_window import EventsWindow
from ui.folder_alert import FolderAlert
from ui.scanning import Scanner, source_name
from ui.screen_check import ScreenCheck, ScreenResultWindow
from ui.single_instance import SingleInstance
from ui.text import tr
from ui.tray import Tray, about_box

PAUSE_SECONDS = 15 * 60
REDISCOVER_SECONDS = 10 * 60  # new IM accounts and clients are looked for this often
WARM_OCR_MS = 3000  # the OCR worker is started this long after the tray, off the GUI thread


class GuardApp(QObject):
    def __init__(self, settings: Settings | None = None, log: EventLog | None = None) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        if self.settings.language:
            os.environ["CLIPGUARD_LANG"] = self.settings.language
        self._own_log = log is None
        self.log = log or EventLog()
        self._log_bridge = _Bridge()
        self._log_bridge.summary.connect(self._log_problem)
        self.log.on_problem = self._log_bridge.summary.emit  # from the writer thread to the GUI thread
        self.rules = PolicyWatcher(self.settings)
        ocr = None if self.settings.ocr_engine == "off" else self.settings.ocr_engine
        self.scanner = Scanner(self.rules.engine, ocr=ocr,
                               max_text_chars=self.settings.max_clipboard_mb * 1024 * 1024)
        self._warm = QTimer(self)  # the OCR worker starts once the tray is up: our own start goes first
        self._warm.setSingleShot(True)
        self._warm.timeout.connect(self.scanner.warm_ocr)
        if ocr is not None:
            self._warm.start(WARM_OCR_MS)
        self.guard = ClipboardGuard(self.scanner, self.settings, window_title=_foreground_window)
        self.guard.decide.connect(self._show_dialog)
        self.guard.dismiss.connect(self._dismiss_dialog)
        self.guard.notify.connect(self._notify)
        self.guard.event.connect(self._record)
        self.dialog: HoldDialog | None = None
        self.events_window: EventsWindow | None = None
        self.screen = ScreenCheck(self.scanner)
        self.screen.finished.connect(self._screen_done)
        self.screen_window: ScreenResultWindow | None = None
        self.tray = Tray({"status": self._show_status, "events": self.show_events, "scan_screen": self.scan_screen,
                          "pause": self.pause, "resume": self.resume, "about": self._about, "quit": self.quit})
        # rules: a file watcher for local files, polling for network shares where change events do not come
        self._watcher = QFileSystemWatcher([s for s in self.rules.sources if _is_file(s)])
        self._watcher.fileChanged.connect(lambda _path: QTimer.singleShot(300, self.check_rules))
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check_rules)
        self._poll.start(int(max(1.0, self.settings.poll_seconds) * 1000))
        self.folders: Any = None
        self._roots: set[Any] = set()
        self._rediscover = QTimer(self)
        self._rediscover.timeout.connect(self.rediscover)
        self.alerts: list[FolderAlert] = []
        self._bridge = _Bridge()
        self._bridge.hit.connect(self._folder_hit)
        self._bridge.summary.connect(lambda text: self.tray.notify(label("source", "folder"), text))
        self._state_timer = QTimer(self)
        self._state_timer.timeout.connect(self.refresh_state)
        self._state_timer.start(5000)
        self.refresh_state()

    # -- dialogs and notices ----------------------------------------------------------------------------

    def _show_dialog(self, held: Held) -> None:
        dialog = HoldDialog(held, self.settings)
        dialog.released.connect(
            lambda reason, fp: self._decided(dialog, lambda: self.guard.release(held, reason, fp)))
        dialog.discarded.connect(lambda timeout: self._decided(dialog, lambda: self.guard.discard(held, timeout)))
        dialog.reported.connect(lambda note: self._decided(dialog, lambda: self.guard.discard(held, reported=note)))
        self.dialog = dialog
        self.refresh_state()
        dialog.open()

    def _dismiss_dialog(self, held: Held) -> None:
        """A late verdict replaced the one this dialog shows: close it without a decision."""
        dialog = self.dialog
        if dialog is not None and dialog.held is held:
            self.dialog = None
            dialog.blockSignals(True)
            dialog.done(0)
            dialog.deleteLater()
            self.refresh_state()

    def _decided(self, dialog: HoldDialog, act: Any) -> None:
        act()
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.refresh_state()

    def _notify(self, title: str, text: str) -> None:
        self.tray.notify(title, text)

    # -- the event log ------------------------------------------------------------------------------------

    def _record(self, rec: AuditRecord) -> None:
        result: ScanResult = rec.result or ScanResult("<clipboard>", "allow")
        item = rec.item if rec.item and rec.item != "<clipboard>" else result.source
        try:
            event = Event.from_result(result, source=source_name(rec.kind), item=item,
                                      content_hash=rec.content_hash or hashlib.sha256(b"").hexdigest(),
                                      choice=rec.choice, reason=rec.reason, false_positive=rec.false_positive,
                                      window=rec.window, rules_version=rec.rules_version or self.rules.version_label,
                                      secret=rec.secret, config=self.settings.admin_override or "")
            self.log.record(event)
        except Exception as exc:  # the log must never take the guard down; say so where the user looks
            self.tray.notify(tr("status.title"), f"event log: {exc}")

    def _log_problem(self, problem: str | None) -> None:
        if problem:
            self.tray.notify(tr("status.title"), problem)
        self.refresh_state()

    # -- rules, state ------------------------------------------------------------------------------------

    def check_rules(self) -> None:
        if self.rules.check():
            self.scanner.set_engine(self.rules.engine)
            watched = set(self._watcher.files())
            for path in (s for s in self.rules.sources if _is_file(s) and s not in watched):
                self._watcher.addPath(path)
        self.refresh_state()

    def problems(self) -> list[str]:
        """Everything that weakens the guard and that the user (and whoever looks at the PC) should see."""
        out = [tr("status.rules_error", error=self.rules.error)] if self.rules.error else []
        if self.settings.admin_error:
            out.append(tr("status.admin_error", error=self.settings.admin_error))
        if self.settings.admin_override:
            out.append(tr("status.admin_override", path=self.settings.admin_override))
        out += list(self.settings.warnings)
        log_problem = getattr(self.log, "problem", None)
        if log_problem:
            out.append(log_problem)
        return out

    def refresh_state(self) -> None:
        paused = self.guard.paused
        problems = self.problems()
        if self.rules.error:
            state, text = "rules_problem", tr("tray.rules_problem")
        elif self.settings.admin_error or getattr(self.log, "problem", None):
            state, text = "rules_problem", tr("tray.problem")
        elif self.dialog is not None or self.guard.queue:
            state, text = "alert", tr("tray.alert")
        elif paused:
            until = time.strftime("%H:%M", time.localtime(time.time() + self.guard.paused_until - time.monotonic()))
            state, text = "paused", tr("tray.paused", until=until)
        else:
            state, text = "protected", tr("tray.protected")
        self.tray.set_state(state, text, self.rules.version_label, problems)
        self.tray.set_paused(paused, self.settings.allow_pause, self.settings.allow_quit)

    # -- menu actions ------------------------------------------------------------------------------------

    def _show_status(self) -> None:
        self.tray.show_status()

    def show_events(self) -> None:
        if self.events_window is None:
            self.events_window = EventsWindow(self.log)
        self.events_window.show()
        self.events_window.raise_()

    def scan_screen(self) -> None:
        self.screen.start()

    def _screen_done(self, result: ScanResult, png: bytes) -> None:
        self.screen_window = ScreenResultWindow(result, png)
        self.screen_window.show()
        self._record(AuditRecord("screen", "notified", result, item="<screen>",
                                 content_hash=hashlib.sha256(png).hexdigest()))

    def pause(self, reason: str = "") -> None:
        """`reason`: the clerk's, asked by the tray before it calls this; logged after the duration."""
        if not self.settings.allow_pause:
            return
        self.guard.pause(PAUSE_SECONDS)
        said = f"{PAUSE_SECONDS // 60} min" + (f" — {reason}" if reason else "")
        self._record(AuditRecord("app", "paused", item="<app>", reason=said))
        self.refresh_state()

    def resume(self) -> None:
        self._record(AuditRecord("app", "resumed", item="<app>"))
        self.guard.resume()  # what was copied during the pause is checked now
        self.refresh_state()

    def _about(self) -> None:
        self.about_box = about_box(tr("about.text", version=__version__))  # kept: open() does not wait
        self.about_box.open()

    def quit(self, reason: str = "") -> None:
        """Logged at the click, like a pause: the trace of who switched the guard off is not left to the
        exit path (which logs only the stops nobody asked for here). `reason`: the clerk's, from the tray."""
        if not self.settings.allow_quit:
            return
        from guard.lifecycle import quit_event

        try:
            self.log.record(quit_event(False, reason, rules_version=self.rules.version_label,
                                       config=self.settings.admin_override or ""))
        except Exception as exc:  # the log must never keep the guard from leaving
            print(f"event log: {type(exc).__name__}: {exc}", file=sys.stderr)
        self.quit_logged = True
        self.close()
        QApplication.quit()

    def start(self) -> None:
        self.tray.start()
        if getattr(self.settings, "watch_im_folders", True):
            try:
                self.start_folders()
            except Exception as exc:  # the clipboard guard must run even if folder watching cannot
                self.tray.notify(label("source", "folder"), f"{type(exc).__name__}: {exc}")

    # -- chat-client folders -----------------------------------------------------------------------------

    def start_folders(self, roots: list[Any] | None = None) -> None:
        """Watch the IM clients' file folders; hits come back from the watcher's thread as a signal."""
        from guard.sources.folder_watch import FolderGuard
        from guard.sources.im_folders import discover

        found = roots if roots is not None else discover(self.settings)
        self.folders = FolderGuard(found, self.scanner.files, self._bridge.hit.emit, self._bridge.summary.emit,
                                   ignore=tuple(getattr(self.settings, "ignore_folders", ())))
        self.folders.start()
        self._roots = {r.path for r in found}
        if roots is None and not self._rediscover.isActive():
            self._rediscover.start(REDISCOVER_SECONDS * 1000)

    def rediscover(self) -> None:
        """A client installed or an account logged in since the start has new folders: watch them too."""
        from guard.sources.im_folders import discover

        found = discover(self.settings)
        if {r.path for r in found} != self._roots and self.folders is not None:
            self.folders.stop()
            self.start_folders(found)

    def _folder_hit(self, hit: Any) -> None:
        # the action policy shared with the clipboard; a file already in a chat folder cannot be held, so what
        # could not be judged is a notification (every WeChat 4.x "V2" picture is unreadable: an alert for each
        # would be switched off), and only a risky verdict raises the recall alert
        response = respond(hit.result, getattr(self.settings, "on_error", "hold"))
        risky = response == Response.HOLD
        self._record(AuditRecord("folder", "alerted" if risky else "notified", hit.result, item=hit.path.name,
                                 content_hash=hit.content_hash, window=hit.root.label))
        if risky:
            alert = FolderAlert(hit, direction(Path(hit.path), hit.root, self.guard.recent_files))
            alert.closed.connect(lambda: self.alerts.remove(alert) if alert in self.alerts else None)
            self.alerts.append(alert)
            alert.show_on_top()
        elif response in (Response.NOTIFY, Response.HOLD_UNJUDGED):
            self.tray.notify(label("source", "folder"), f"{hit.root.label}: {hit.path.name}")

    def close(self) -> None:
        self._warm.stop()
        self._rediscover.stop()
        if self.folders is not None:
            self.folders.stop()
            self.folders = None
        self._poll.stop()
        self._state_timer.stop()
        self.guard.close()
        self.tray.hide()
        self.scanner.close()
        # the last decisions before quitting reach the disk (a log handed in by the caller stays open)
        if self._own_log:
            self.log.close(2)
        else:
            self.log.flush(2)


class _Bridge(QObject):
    """Carries folder-watcher callbacks (from its thread) to the GUI thread."""

    hit = Signal(object)
    summary = Signal(str)


def _is_file(path: str) -> bool:
    from pathlib import Path

    try:
        return Path(path).is_file()
    except OSError:
        return False


def _foreground_window() -> str | None:
    try:
        from guard.platform import foreground_window

        return foreground_window()
    except Exception:  # never let a window-title lookup stop a check
        return None


STUCK_STOP_SECONDS = 10  # a stop by signal that has not finished by then ends the process anyway


def _log_app_event(guard_app: GuardApp, event: Event) -> None:
    """The app's own events (start-up leftovers, stops); the log must never take the guard down."""
    try:
        guard_app.log.record(event)
    except Exception as exc:
        print(f"event log: {type(exc).__name__}: {exc}", file=sys.stderr)


def _event_context(guard_app: GuardApp) -> dict[str, str]:
    """What every event carries: the rules in force and an admin configuration chosen by the environment."""
    return {"rules_version": guard_app.rules.version_label,
            "config": getattr(guard_app.settings, "admin_override", None) or ""}


def _flush_log(log: EventLog, seconds: float = 2.0) -> None:
    """Let queued events reach the disk now: the process may be gone soon (the session is ending)."""
    try:
        log.flush(seconds)
    except Exception as exc:  # leaving must not hang or crash on a broken log
        print(f"event log: {type(exc).__name__}: {exc}", file=sys.stderr)


def _close_log(log: EventLog, seconds: float = 2.0) -> None:
    """Write what is queued and let go of the file (never hangs the exit for longer than `seconds`)."""
    try:
        log.close(seconds)
    except Exception as exc:
        print(f"event log: {type(exc).__name__}: {exc}", file=sys.stderr)


def _warn(guard_app: GuardApp, text: str) -> None:
    """A weakness the user and the admin should know about; the guard keeps running."""
    from guard.lifecycle import app_event

    print(text, file=sys.stderr)
    guard_app.tray.notify(tr("status.title"), text)
    _log_app_event(guard_app, app_event("warning", text, **_event_context(guard_app)))


def _end_if_stuck(seconds: float, code: int) -> None:
    """The session is ending us: if a helper hangs the clean stop, leave anyway (the event is logged)."""
    import threading

    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()


def main(argv: list[str] | None = None) -> int:
    import signal

    from guard.lifecycle import HEARTBEAT_SECONDS, RunMarker, quit_event, signal_stop_event, unexpected_stop_event
    from ui.stop_signals import StopSignals

    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setQuitOnLastWindowClosed(False)  # closing the dialog or the status window must not end the guard
    app.setApplicationName("clipguard")
    app.setApplicationDisplayName(tr("app.name"))
    single = SingleInstance()
    if not single.claim():
        print(f"{tr('instance.already_running')} / ClipGuard is already running", file=sys.stderr)
        return 0
    stops = StopSignals()  # from here on a SIGTERM is acted on (once the event loop runs), never fatal
    log = EventLog()  # ours, not the app's: it must outlive GuardApp.close() to take the last event
    guard_app = GuardApp(log=log)
    marker = RunMarker()
    for leftover in marker.start():  # earlier runs that ended without a trace: SIGKILL, crash, power cut
        _log_app_event(guard_app, unexpected_stop_event(leftover, **_event_context(guard_app)))
    heartbeat = QTimer()
    heartbeat.timeout.connect(marker.beat)
    heartbeat.start(HEARTBEAT_SECONDS * 1000)
    stopped_by: list[str] = []

    def stop_by_signal(name: str) -> None:
        """Even with allow_quit = false: the session is ending, and refusing would only lose the trace."""
        if stopped_by:
            return
        stopped_by.append(name)
        stops.restore()  # a second signal while stopping ends the process at once
        _log_app_event(guard_app, signal_stop_event(name, guard_app.settings.allow_quit, **_event_context(guard_app)))
        _flush_log(guard_app.log)
        _end_if_stuck(STUCK_STOP_SECONDS, 128 + int(signal.Signals[name]))
        app.quit()

    stops.caught.connect(stop_by_signal)
    session_ending: list[bool] = []  # X11 session managers (XSMP) and Windows log-off ask before the app quits
    app.commitDataRequest.connect(lambda _manager: session_ending.append(True))
    single.show_requested.connect(guard_app.tray.show_status)
    guard_app.start()
    for warning in (single.warning, marker.warning):
        if warning:
            _warn(guard_app, warning)
    clean = False
    try:
        code = app.exec()
        clean = True
        return code
    finally:
        heartbeat.stop()
        single.release()
        guard_app.close()
        if clean and not stopped_by and not getattr(guard_app, "quit_logged", False):
            _log_app_event(guard_app, quit_event(bool(session_ending), **_event_context(guard_app)))
        _close_log(log)
        if clean:
            marker.stop()  # a crash in the loop keeps the marker: the next start reports it
        stops.restore()
