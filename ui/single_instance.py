"""One guard per graphical session (per display: the same user on :1 and :2 runs two): a second start on the
same display hands over to the first (which comes to the front) and exits. The lock's and the socket's names
carry the session (`guard.platform.session_tag`).

POSIX: the lock is an flock on a file in a folder only this user controls (`guard.platform.runtime_dir`:
the session's $XDG_RUNTIME_DIR, else a verified 0700 folder), so no other local user can make our tray
believe it is already running; the kernel drops the lock when a process dies, so a killed tray leaves no
stale lock. The holder listens on a local socket beside it (a full path) only to be asked to show itself;
a second start writes to it only after checking that the socket and the process behind it are this user's.
When no safe place exists the guard runs without the lock and says so: two guards beat no guard.

Windows (untested here): the named pipe of the user's name and session id is the lock, created with access
for the user only.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import struct
import sys
from pathlib import Path
from typing import IO

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from guard.platform import session_tag
from guard.platform.runtime_dir import UnsafeFolder, owner_of, private_runtime_dir
from ui.text import tr

SHOW = b"show\n"


def lock_name() -> str:
    return f"clipguard-tray-{session_tag()}.lock"


def socket_name() -> str:
    return f"clipguard-tray-{session_tag()}.sock"


def server_name() -> str:
    """The Windows pipe name (per user and session: pipe names are global to the machine)."""
    user = hashlib.sha1(getpass.getuser().encode()).hexdigest()[:12]
    return f"clipguard-{user}-{session_tag()}"


def _peer_uid(sock: QLocalSocket) -> int | None:
    """The uid of the process at the other end of a connected socket (Linux); None when unknown."""
    fd = int(sock.socketDescriptor())
    if fd < 0 or not hasattr(socket, "SO_PEERCRED"):
        return None
    try:
        with socket.socket(fileno=os.dup(fd)) as peer:
            _pid, uid, _gid = struct.unpack("3i", peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                                  struct.calcsize("3i")))
        return uid
    except OSError:
        return None


class SingleInstance(QObject):
    """`claim()` is True for the first instance; later starts get False after asking it to show itself.

    `warning` says why the lock is weaker than it should be (no safe folder, a foreign socket removed);
    the app shows it and keeps guarding.
    """

    show_requested = Signal()

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder  # None: found at claim()
        self.server: QLocalServer | None = None
        self.warning: str | None = None
        self._lock: IO[bytes] | None = None

    @property
    def socket_path(self) -> str:
        return str(Path(self.folder) / socket_name()) if self.folder is not None else server_name()

    def claim(self) -> bool:
        if sys.platform == "win32":
            return self._claim_pipe()
        if self.folder is None:
            try:
                self.folder = private_runtime_dir()
            except UnsafeFolder as exc:
                self.warning = tr("instance.no_safe_place", reasons=str(exc))
                return True
        if not self._take_lock():
            self._ask_to_show()
            return False
        path = self.socket_path
        owner = owner_of(Path(path))
        if owner is not None and owner != os.getuid():
            self.warning = tr("instance.foreign_socket", path=path, uid=owner)
        QLocalServer.removeServer(path)  # we hold the lock, so whatever is here is stale or planted
        return self._listen(path)

    def _take_lock(self) -> bool:
        """False when another guard of this user on this display holds it; True when ours (or no lock here)."""
        import fcntl

        assert self.folder is not None
        try:
            fd = os.open(Path(self.folder) / lock_name(), os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            self.warning = tr("instance.no_safe_place", reasons=f"{self.folder}: {exc.strerror or exc}")
            return True
        self._lock = os.fdopen(fd, "r+b")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            self._lock = None
            return False
        return True

    def _ask_to_show(self) -> None:
        """Tell the running guard to come to the front; only through a socket that is this user's own."""
        path = self.socket_path
        if owner_of(Path(path)) != os.getuid():
            return
        probe = QLocalSocket()
        probe.connectToServer(path)
        if probe.waitForConnected(500) and _peer_uid(probe) in (None, os.getuid()):
            probe.write(SHOW)
            probe.waitForBytesWritten(500)
        probe.abort()

    def _claim_pipe(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.socket_path)
        if probe.waitForConnected(500):
            probe.write(SHOW)
            probe.waitForBytesWritten(500)
            probe.disconnectFromServer()
            return False
        return self._listen(self.socket_path)

    def _listen(self, name: str) -> bool:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):  # the lock is ours; only "show yourself" is lost
            self.warning = tr("instance.no_socket", path=name, error=self.server.errorString())
            self.server = None
            return True
        self.server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        sock = self.server.nextPendingConnection()
        if sock is None:
            return
        if _peer_uid(sock) not in (None, os.getuid()):  # the socket is 0700 in a 0700 folder; belt and braces
            sock.abort()
            return
        sock.readyRead.connect(lambda: self._read(sock))
        sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()  # removes the socket file
            self.server = None
        if self._lock is not None:
            self._lock.close()  # the lock file stays: removing it would let two starts lock two files
            self._lock = None
