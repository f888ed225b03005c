"""Which folders to watch: where the IM clients installed for this user keep received and sent files, plus the
screenshot folders and whatever the admin adds. Roots are derived first (running client, the client's own
config, the real Documents folder), then accounts are found by structure. A root that does not exist yet but
whose account does is still returned (exists=False): the watcher picks it up when the client creates it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from guard.settings import Settings
from guard.sources import im_layouts as lay
from guard.sources.user_dirs import same_key


@dataclass(frozen=True)
class WatchRoot:
    path: Path
    client: str  # "wechat3" | "wechat4" | "wecom" | "qq" | "dingtalk" | "screenshots" | "admin"
    label: str  # Chinese display name, e.g. "微信"
    why: str  # how it was found
    exists: bool


@dataclass
class Discovery:
    """What discovery found, where it looked for each client (for `clipguard doctor`), what the admin removed."""

    roots: list[WatchRoot] = field(default_factory=list)
    looked: dict[str, list[str]] = field(default_factory=dict)
    ignored: list[WatchRoot] = field(default_factory=list)
    enabled: bool = True
    _keys: set[str] = field(default_factory=set, repr=False)

    def look(self, client: str, where: Path) -> None:
        places = self.looked.setdefault(client, [])
        if str(where) not in places:
            places.append(str(where))

    def add(self, path: Path, client: str, why: str, *, anchor: Path | None = None, force: bool = False) -> None:
        """Keep `path` if it exists, or if `anchor` (default: its parent) exists so it can appear later."""
        exists = path.is_dir()
        if not (exists or force or (anchor or path.parent).is_dir()):
            return
        if client == "screenshots" and exists:
            path = path.resolve()
        key = same_key(path)
        if key not in self._keys:
            self._keys.add(key)
            self.roots.append(WatchRoot(path, client, lay.LABELS[client], why, exists))


def discover(settings: Settings | None = None, *, home: Path | None = None, env: Mapping[str, str] | None = None,
             running: bool = True) -> list[WatchRoot]:
    """The folders to watch for this user, in order of how sure we are (running client first)."""
    return explore(settings, home=home, env=env, running=running).roots


def explore(settings: Settings | None = None, *, home: Path | None = None, env: Mapping[str, str] | None = None,
            running: bool = True) -> Discovery:
    """Like discover(), with the places looked at and the roots the admin removed."""
    from guard.sources import im_clients

    settings = settings or Settings()
    registry = sys.platform == "win32" and home is None and env is None
    env = os.environ if env is None else env
    home = Path(home) if home is not None else Path.home()
    found = Discovery(enabled=settings.watch_im_folders)
    if settings.watch_im_folders:
        if running:
            im_clients.from_processes(found)
        im_clients.find_all(found, home, env, registry)
    for folder in settings.watch_folders:
        found.add(Path(folder), "admin", "watch_folders (admin config)", force=True)
    ignored = [same_key(Path(p)) for p in settings.ignore_folders]
    keep = []
    for root in found.roots:
        key = same_key(root.path)
        if any(key == bad or key.startswith(bad.rstrip(os.sep) + os.sep) for bad in ignored):
            found.ignored.append(root)
        else:
            keep.append(root)
    found.roots = keep
    return found
