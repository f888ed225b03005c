"""What the guard does with a verdict, for every source alike (clipboard, selection, chat folders), and the
typed record each decision leaves in the event log.

Fail closed: content that could not be judged (unreadable, cut at a limit, a check that crashed or never
answered) is treated like `confirm` unless the admin chose `on_error = "release"`. A clean verdict on half a
document is not a clean verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from guard.model import ScanResult, Severity


class Response(Enum):
    ALLOW = "allow"  # nothing found: leave it
    NOTIFY = "notify"  # a weak signal: a quiet note, nothing held
    HOLD = "hold"  # confirm or block: held until the user decides (block: only the admin may let it go)
    HOLD_UNJUDGED = "hold_unjudged"  # could not be judged: held like confirm, with the reason


def unjudged(result: ScanResult) -> bool:
    """Not (wholly) read: an error, or a partial read noted by the readers."""
    return result.verdict == "error" or bool(result.notes) or result.error is not None


def respond(result: ScanResult, on_error: str = "hold") -> Response:
    if result.severity >= Severity.CONFIRM and result.verdict != "error":
        return Response.HOLD
    if unjudged(result):
        return Response.HOLD_UNJUDGED if on_error != "release" else Response.NOTIFY
    if result.verdict == "notice":
        return Response.NOTIFY
    return Response.ALLOW


def releasable(result: ScanResult, admin_allows_block: bool) -> bool:
    """May the user let it go with a reason? A `block` only when the admin allows it."""
    return result.verdict != "block" or admin_allows_block


@dataclass(slots=True)
class AuditRecord:
    """One decision, as the event log stores it: no content, only what identifies and explains it."""

    kind: str  # text | image | files | selection | folder | screen | app
    choice: str  # held | released | discarded | timeout | notified | allowed | alerted | paused | resumed | ...
    result: ScanResult | None = None
    item: str = ""  # file names, or "<clipboard>"
    content_hash: str = ""
    reason: str = ""
    false_positive: bool = False
    window: str = ""
    secret: bool = False  # a password manager marked it: logged without any excerpt
    rules_version: str = ""
