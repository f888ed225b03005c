"""What the clipboard state machine asks its adapter to do. Plain data: the adapter (Qt on the desktop, a
list in the tests) carries them out in order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guard.model import ScanResult
from guard.sources.clip_content import Content
from guard.sources.decision import AuditRecord


@dataclass(slots=True)
class Write:
    """Put `content` on the clipboard (or the selection): a placeholder, or what is given back."""

    mode: str
    content: Content


@dataclass(slots=True)
class Check:
    """Judge the job's content off the GUI thread; answer with `machine.checked(job.id, result, now)`."""

    job: Any


@dataclass(slots=True)
class Ask:
    """Open the dialog for this held content (one at a time)."""

    held: Any


@dataclass(slots=True)
class Dismiss:
    """Close the dialog of this held content: a late verdict replaced the one it shows."""

    held: Any


@dataclass(slots=True)
class Notify:
    """A tray notification: `what` is notice | selection | late_risky."""

    what: str
    result: ScanResult | None = None


@dataclass(slots=True)
class Record:
    """One decision for the event log."""

    record: AuditRecord


Action = Write | Check | Ask | Dismiss | Notify | Record
