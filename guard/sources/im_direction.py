"""Was a file in a chat folder sent or received, and how to show where it is without the account id.

The advice differs: a sent file must be recalled, a received one must not be forwarded. Only what the layout
or the clerk's own recent copy says is used (docs/admin.md, Watched folders): QQ's folders and the DingTalk
download folder hold received files; WeChat and WeCom keep both in the same folders, so there only a file the
clerk copied moments ago (same name and size) counts as sent, and anything else stays "unknown".
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path, PurePath

from guard.sources.im_folders import WatchRoot

SENT, RECEIVED, UNKNOWN = "sent", "received", "unknown"
RECENT_SECONDS = 600.0  # a file copied ten minutes ago and now in the chat folder is the one being sent
# folder names that are (or embed) an account or chat id: wxid_..., QQ numbers, nt_qq_<hash>, talker hashes
ACCOUNT_LIKE = re.compile(r"^(wxid_\w+|qq\d{5,}|\d{5,}|nt_qq_\w+|\w+_v\d+|[0-9a-f]{16,})$", re.I)


class RecentFiles:
    """(name, size) of files the clerk put on the clipboard lately, fed by the clipboard guard (any thread)."""

    def __init__(self, within: float = RECENT_SECONDS) -> None:
        self.within = within
        self._seen: dict[tuple[str, int], float] = {}
        self._lock = threading.Lock()

    def saw(self, paths: Iterable[Path], now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._seen = {k: t for k, t in self._seen.items() if now - t <= self.within}
            for path in paths:
                try:
                    self._seen[(path.name.lower(), path.stat().st_size)] = now
                except OSError:
                    continue  # gone or unreadable: nothing to compare with later

    def matches(self, path: Path, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        try:
            key = (path.name.lower(), path.stat().st_size)
        except OSError:
            return False
        with self._lock:
            seen = self._seen.get(key)
        return seen is not None and now - seen <= self.within


def direction(path: Path, root: WatchRoot, recent: RecentFiles | None = None, now: float | None = None) -> str:
    """SENT, RECEIVED or UNKNOWN; a receive-only folder wins over a recent copy of the same name."""
    if root.client == "qq" or (root.client == "dingtalk" and root.path.name.lower() == "dingding"):
        return RECEIVED
    if recent is not None and recent.matches(path, now):
        return SENT
    return UNKNOWN


def account_folder(root: WatchRoot) -> PurePath | None:
    """The account folder a watched root sits in, from the client's layout (im_layouts)."""
    p = PurePath(root.path)
    up = [a.name.lower() for a in p.parents[:3]]
    if root.client == "wechat3" and up[:1] in (["filestorage"], ["message"]):
        return p.parents[1]
    if root.client == "wechat4" and up[:1] == ["msg"]:
        return p.parents[1]
    if root.client == "wecom" and up[:1] in (["cache"], ["caches"]):
        return p.parents[1]
    if root.client == "qq" and p.name.lower() == "filerecv":
        return p.parent
    if root.client == "qq" and up[:2] == ["nt_data", "nt_qq"]:
        return p.parents[2]
    if root.client == "dingtalk" and p.name.lower() == "imagefiles":
        return p.parent
    return None


def masked(path: Path, root: WatchRoot, mask: str) -> str:
    """The path with the account folder, and every folder that looks like an account or chat id, as `mask`."""
    parts = list(PurePath(path).parts)
    account = account_folder(root)
    at = len(account.parts) - 1 if account is not None and PurePath(path).is_relative_to(account) else -1
    shown = [mask if i == at or (0 < i < len(parts) - 1 and ACCOUNT_LIKE.match(part)) else part
             for i, part in enumerate(parts)]
    return str(PurePath(*shown))


def elide_middle(text: str, limit: int) -> str:
    """At most `limit` characters, the middle replaced by an ellipsis; the end (the file name) is kept longer."""
    if len(text) <= limit:
        return text
    keep = max(limit - 1, 0)
    head = keep // 3
    return text[:head] + "…" + text[len(text) - (keep - head):]
