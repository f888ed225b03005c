"""One guard per user session: a second start hands over to the first (which comes to the front) and exits.

A local socket named for the user is the lock: whoever listens on it is the running instance. A stale
socket file left by a crash is removed when nobody answers on it.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"


def server_name() -> str:
    user = hashlib.sha1(getpass.getuser().encode()).hexdigest()[:12]
    return f"clipguard-{user}"


class SingleInstance(QObject):
    """`claim()` is True for the first instance; later starts get False after asking it to show itself."""

    show_requested = Signal()

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self.name = name or server_name()
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):
            probe.write(SHOW)
            probe.waitForBytesWritten(500)
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # nobody answered: a crashed instance left its socket behind
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            return True  # cannot listen (odd platform): run anyway rather than not guard at all
        self.server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        sock = self.server.nextPendingConnection()
        if sock is None:
            return
        sock.readyRead.connect(lambda: self._read(sock))
        sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
