"""One event: what the guard decided and what the user chose, as stored in the log (never the content)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from guard.mask import mask_text
from guard.model import ScanResult

EXCERPT_LIMIT = 240  # a few findings' excerpts; a longer one is cut, whatever the caller passed
# the stored columns, in table order; `config` came later (files without it get it by ALTER TABLE)
COLUMNS = ("time", "source", "item", "verdict", "rules", "excerpt", "content_hash", "choice", "reason",
           "false_positive", "window", "rules_version", "secret", "config")
FLAGS = ("false_positive", "secret")  # stored as 0/1


def utc_iso(value: datetime) -> str:
    """One fixed format in UTC, so text order is time order in SQL."""
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time is the user's local time
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


@dataclass
class Event:
    time: str  # ISO-8601 UTC; filled in when empty
    # clipboard-text | clipboard-html | clipboard-image | clipboard-files | selection | folder | screen | cli | app
    source: str
    item: str  # a file name or "<clipboard>"
    verdict: str
    rules: list[str]
    excerpt: str  # already masked; empty for secrets
    content_hash: str  # sha256 hex of the content
    # held | discarded | released | timeout | notified | allowed | paused | resumed | error
    # | log_moved | log_dropped (the log itself: a new file, notices lost while it could not be written)
    choice: str
    reason: str = ""
    false_positive: bool = False
    window: str = ""
    rules_version: str = ""
    secret: bool = False
    id: int | None = field(default=None)
    config: str = ""  # the admin configuration file in force when an environment override chose it

    def __post_init__(self) -> None:
        self.time = utc_iso(datetime.fromisoformat(self.time) if self.time else datetime.now(UTC))

    @classmethod
    def from_result(cls, result: ScanResult, *, source: str, item: str, content_hash: str, choice: str,
                    reason: str = "", false_positive: bool = False, window: str = "", rules_version: str = "",
                    secret: bool = False, config: str = "") -> Event:
        """Rule ids and masked excerpts from the findings, in order, each once."""
        rules = list(dict.fromkeys(f.rule for f in result.findings))
        excerpts = [] if secret else list(dict.fromkeys(f.excerpt for f in result.findings if f.excerpt))
        if not reason and result.verdict == "error" and result.error:
            reason = result.error
        return cls(time="", source=source, item=item, verdict=result.verdict, rules=rules,
                   excerpt=" | ".join(excerpts), content_hash=content_hash, choice=choice, reason=reason,
                   false_positive=false_positive, window=window, rules_version=rules_version, secret=secret,
                   config=config)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def safe_excerpt(event: Event) -> str:
    """What may be stored or shown: nothing for a secret, else masked and cut (masked before the cut, so a
    number split by the cut cannot escape the mask)."""
    return "" if event.secret else mask_text(event.excerpt)[:EXCERPT_LIMIT]


def to_row(event: Event) -> list[Any]:
    """The column values of one event, in COLUMNS order."""
    row = {**asdict(event), "excerpt": safe_excerpt(event),
           "rules": json.dumps(list(event.rules), ensure_ascii=False)}
    return [int(row[c]) if c in FLAGS else row[c] for c in COLUMNS]


def same_event_key(event: Event) -> tuple[Any, ...]:
    """Every stored value but the id: the same event written twice (after a fault), or seen both waiting and
    written, has the same key."""
    return tuple(tuple(event.rules) if c == "rules" else getattr(event, c) for c in COLUMNS)


def from_row(values: dict[str, Any]) -> Event:
    """An event from one stored row; a column an older file lacks takes its default."""
    data = dict(values)
    data["rules"] = json.loads(data["rules"]) if data.get("rules") else []
    for flag in FLAGS:
        data[flag] = bool(data.get(flag, 0))
    return Event(**{name: data[name] for name in ("id", *COLUMNS) if name in data})


_RELATIVE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.I)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`2h`, `3d`, `30m`, `1w` back from now, or an ISO date / date-time (local time unless it says otherwise)."""
    now = now or datetime.now(UTC)
    m = _RELATIVE.fullmatch(text.strip())
    if m:
        return now - timedelta(**{_UNITS[m.group(2).lower()]: float(m.group(1))})
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a time: {text!r} (use 2h, 3d, 2026-12-01 or 2026-12-01T08:00)") from None
