"""Ask the running IM clients where their data is: the files a client holds open (its databases) sit inside
its account folder, whatever custom root the user picked. This is the most reliable discovery there is, and
it must never fail loudly: other users' processes and protected processes deny access.
"""

from __future__ import annotations

import logging
from pathlib import Path

from guard.sources.im_layouts import account_from_open_file

log = logging.getLogger(__name__)

# process names (lower case, without .exe): WeChat 3.x, WeChat 4.x (Windows `Weixin.exe`, Linux `wechat`), WeCom
CLIENT_PROCESSES = frozenset({"wechat", "weixin", "wechatappex", "wxwork", "wework"})
SNIPASTE = "snipaste"  # keeps its snip history in `history/` next to its program (and config.ini) by default


def running_accounts() -> list[tuple[str, Path, str]]:
    """(client, account folder, process name) for each running client whose open files we may read; for
    Snipaste ("screenshots", its history folder, name)."""
    try:
        import psutil
    except ImportError:
        return []
    found: dict[Path, tuple[str, Path, str]] = {}
    try:
        processes = list(psutil.process_iter(["name"]))
    except (psutil.Error, OSError) as exc:
        log.info("cannot list processes: %s", exc)
        return []
    for proc in processes:
        name = (proc.info.get("name") or "").lower().removesuffix(".exe")
        if name == SNIPASTE:
            try:
                history = Path(proc.exe()).parent / "history"
                found.setdefault(history, ("screenshots", history, name))
            except (psutil.Error, OSError):
                pass
            continue
        if name not in CLIENT_PROCESSES:
            continue
        try:
            files = proc.open_files()
        except (psutil.Error, OSError) as exc:  # AccessDenied, NoSuchProcess, ZombieProcess
            log.info("cannot read open files of %s: %s", name, type(exc).__name__)
            continue
        for item in files:
            hit = account_from_open_file(item.path)
            if hit and hit[1] not in found:
                found[hit[1]] = (hit[0], hit[1], name)
    return list(found.values())
