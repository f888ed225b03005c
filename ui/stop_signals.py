"""SIGTERM, SIGINT and SIGHUP reach the Qt app as a Qt signal, so a stop by the session or `kill` is logged
and ends the app cleanly (helpers stopped) instead of killing it mid-write with no trace.

Python runs its signal handlers only between bytecodes, and Qt's event loop runs no Python while it waits;
`signal.set_wakeup_fd` makes the C-level handler write the signal's number into a socket that a
QSocketNotifier watches, so the loop wakes at once and we read which signal came.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class StopSignals(QObject):
    """Emits `caught("SIGTERM")` on the GUI thread for each stop signal; `restore()` puts things back."""

    caught = Signal(str)

    def __init__(self, signals: tuple[int, ...] = STOP_SIGNALS) -> None:
        super().__init__()
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {sig: signal.signal(sig, _note) for sig in signals}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._read.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in data:
            if number in self._previous:
                self.caught.emit(signal.Signals(number).name)

    def restore(self) -> None:
        """Default handling again (a second SIGTERM while stopping then ends the process at once)."""
        if self._read.fileno() < 0:
            return  # already restored
        self._notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(sig, previous if previous is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._previous = {}
        self._read.close()
        self._write.close()


def _note(_signum: int, _frame: object) -> None:
    """A Python-level handler must exist to keep the default action (death) away; the work is in _drain."""
