"""Watch the IM folders and scan each file that lands there once it is complete, once per content.

Watchers only queue: watchdog callbacks feed the completion tracker, a ticker thread hands
finished files to the scan worker(s), and `on_hit` is called from a worker thread. Only files that appear
after start() are scanned, never the existing history. Roots that do not exist yet are picked up when they
appear (their nearest existing ancestor is watched non-recursively, and every `poll_seconds` they are looked
for again). Nothing here raises into the observer: bad files become `error` results or log lines.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog import events as wd
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from guard.files import FileScanner
from guard.model import ScanResult, Severity
from guard.sources.burst import Burst
from guard.sources.completion import Completion, is_transient
from guard.sources.content_seen import ContentSeen, read_for_scan
from guard.sources.im_folders import WatchRoot

log = logging.getLogger(__name__)
# no opened / closed-without-write events: with them a large IM tree overflows the inotify queue (field notes)
EVENTS: list[type[FileSystemEvent]] = [
    wd.FileCreatedEvent, wd.FileModifiedEvent, wd.FileMovedEvent, wd.FileClosedEvent, wd.FileDeletedEvent,
    wd.DirCreatedEvent, wd.DirMovedEvent, wd.DirDeletedEvent]
TICK = 0.1


@dataclass
class FolderHit:
    path: Path
    root: WatchRoot
    result: ScanResult
    content_hash: str
    completed: float  # time.monotonic() when the file was judged complete
    scanned: float  # monotonic when the verdict was ready


class _Files(FileSystemEventHandler):
    """Events below an active root go to the completion tracker (observer thread: no I/O beyond a stat)."""

    def __init__(self, guard: FolderGuard, root: Path) -> None:
        self.guard, self.root = guard, root

    def dispatch(self, event: FileSystemEvent) -> None:
        g = self.guard
        if event.is_directory:
            g._refresh_soon.set()
            return
        now = time.monotonic()
        src = Path(os.fsdecode(event.src_path))
        if isinstance(event, wd.FileDeletedEvent):
            g._completion.forget(src)
        elif isinstance(event, wd.FileMovedEvent):
            g._completion.forget(src)
            dest = Path(os.fsdecode(event.dest_path))
            if not is_transient(dest, self.root) and not g.ignored(dest):
                g._completion.touch(dest, now, closed=True)
        elif not is_transient(src, self.root) and not g.ignored(src):
            g._completion.touch(src, now, closed=isinstance(event, wd.FileClosedEvent))


class _Appear(FileSystemEventHandler):
    """On the nearest existing ancestor of a root that does not exist yet: a new folder may be the root."""

    def __init__(self, guard: FolderGuard) -> None:
        self.guard = guard

    def dispatch(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            self.guard._refresh_soon.set()


class FolderGuard:
    def __init__(self, roots: list[WatchRoot], files: FileScanner, on_hit: Callable[[FolderHit], None],
                 on_summary: Callable[[str], None] | None = None, *, quiet_seconds: float = 0.5,
                 poll_seconds: float = 2.0, workers: int = 1, burst_threshold: int = 20,
                 polling: bool = False, ignore: tuple[Path | str, ...] = ()) -> None:
        self.roots = list(roots)
        # folders inside a watched root that the admin excluded (ignore_folders)
        self._ignore = tuple(os.path.normcase(os.path.abspath(p)).rstrip(os.sep) + os.sep for p in ignore)
        self.files, self.on_hit, self.on_summary = files, on_hit, on_summary
        self.poll_seconds, self.workers, self.polling = poll_seconds, max(1, workers), polling
        self._completion = Completion(quiet_seconds, poll_seconds)
        self._burst = Burst(burst_threshold)
        self._seen = ContentSeen()
        self._queue: queue.Queue[tuple[Path, float] | None] = queue.Queue()
        self._busy = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._refresh_soon = threading.Event()
        self._active: dict[Path, tuple[WatchRoot, object]] = {}
        self._ancestors: dict[Path, object] = {}
        self._threads: list[threading.Thread] = []
        self._observer: object | None = None

    # -- public ----------------------------------------------------------------------------------------

    def ignored(self, path: Path) -> bool:
        return bool(self._ignore) and os.path.normcase(os.path.abspath(path)).startswith(self._ignore)

    def start(self) -> None:
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        self._observer = PollingObserver(timeout=min(1.0, self.poll_seconds / 2)) if self.polling else Observer()
        self._observer.start()  # type: ignore[attr-defined]
        self._refresh(initial=True)
        self._threads = [threading.Thread(target=self._tick, name="folder-guard-tick", daemon=True)]
        self._threads += [threading.Thread(target=self._work, name=f"folder-guard-scan-{i}", daemon=True)
                          for i in range(self.workers)]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._observer is not None:
            self._observer.stop()  # type: ignore[attr-defined]
            self._observer.join(timeout=5)  # type: ignore[attr-defined]
        for _ in range(self.workers):
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads, self._observer = [], None

    def watched(self) -> list[WatchRoot]:
        """The roots being watched now (a root that does not exist yet is not among them)."""
        with self._lock:
            return [root for root, _watch in self._active.values()]

    def pending(self) -> int:
        """Files seen but not judged yet: being written, waiting for a worker, or being scanned."""
        with self._lock:
            busy = self._busy
        return len(self._completion) + self._queue.qsize() + busy

    # -- watching --------------------------------------------------------------------------------------

    def _refresh(self, initial: bool = False) -> None:
        """Watch roots that exist, drop those that vanished, watch an ancestor of each missing one."""
        observer = self._observer
        wanted: set[Path] = set()
        for root in self.roots:
            path = root.path
            with self._lock:
                active = path in self._active
            if active and not path.is_dir():
                self._unschedule(self._active.pop(path)[1])
                active = False
            if not active and path.is_dir():
                try:
                    watch = observer.schedule(_Files(self, path), str(path), recursive=True,  # type: ignore
                                              event_filter=EVENTS)
                except OSError as exc:  # permission denied, inotify watch limit reached
                    log.warning("cannot watch %s: %s", path, exc)
                    continue
                with self._lock:
                    self._active[path] = (root, watch)
                if not initial:
                    self._seed(path)  # files that arrived with the folder itself
            elif not path.is_dir():
                ancestor = next((p for p in path.parents if p.is_dir()), None)
                if ancestor is not None:
                    wanted.add(ancestor)
        for ancestor in wanted - self._ancestors.keys():
            try:
                self._ancestors[ancestor] = observer.schedule(_Appear(self), str(ancestor),  # type: ignore
                                                              recursive=False, event_filter=EVENTS)
            except OSError as exc:
                log.info("cannot watch %s for new folders: %s", ancestor, exc)
        for ancestor in self._ancestors.keys() - wanted:
            self._unschedule(self._ancestors.pop(ancestor))

    def _unschedule(self, watch: object) -> None:
        with contextlib.suppress(KeyError, OSError):
            self._observer.unschedule(watch)  # type: ignore[union-attr]

    def _seed(self, root: Path) -> None:
        now = time.monotonic()
        for folder, _dirs, names in os.walk(root, onerror=lambda e: None):
            for name in names:
                path = Path(folder) / name
                if not is_transient(path, root):
                    self._completion.touch(path, now)

    def _tick(self) -> None:
        last_refresh = time.monotonic()
        while not self._stop.wait(TICK):
            now = time.monotonic()
            try:
                if self._refresh_soon.is_set() or now - last_refresh >= self.poll_seconds:
                    self._refresh_soon.clear()
                    last_refresh = now
                    self._refresh()
                for path in self._completion.due(now):
                    self._burst.completed(now)
                    self._queue.put((path, now))
                summary = self._burst.finish(now, idle=self.pending() == 0)
                if summary and self.on_summary:
                    self.on_summary(summary)
            except Exception:  # the ticker must outlive any one bad folder or callback
                log.exception("folder watch tick failed")

    # -- scanning --------------------------------------------------------------------------------------

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            with self._lock:
                self._busy += 1
            try:
                self._scan(*item)
            except Exception:
                log.exception("scanning a file from a watched folder failed")
            finally:
                with self._lock:
                    self._busy -= 1

    def _root_for(self, path: Path) -> WatchRoot:
        inside = [r for r in self.roots if path.is_relative_to(r.path)]
        return max(inside, key=lambda r: len(r.path.parts)) if inside else self.roots[0]

    def _scan(self, path: Path, completed: float) -> None:
        kind = self.files.sniff(path)
        if self.files.skip_reason(path, kind):
            return  # programs, videos: not documents
        read = read_for_scan(path, self.files.limits.max_file_bytes)
        if read is None:
            log.info("file gone before it could be read (%s)", path.suffix)
            return
        if read.digest and not self._seen.first(read.digest):
            return  # the same content under another name (x(1).docx): already judged
        if read.error:
            result = ScanResult(str(path), "error", error=read.error)
        elif read.data is None:
            result = self.files.scan(path)  # too large: the scanner reports it
        else:
            result = self.files.scan_bytes(read.data, path.name, source=str(path), kind=kind)
        if result.skipped:
            return
        root = self._root_for(path)
        hit = FolderHit(path, root, result, read.digest, completed, time.monotonic())
        quiet = self._burst.scanned(completed, result.verdict, root.label)
        if quiet and result.severity < Severity.CONFIRM:
            return
        self.on_hit(hit)
