"""Which words the chat-folder alert shows, from the direction and the time left to recall (no Qt, so the
choice is tested apart from the widget): lead (what happened and the one thing to do now), the advice for
the other case when the direction is unknown, and the countdown line."""

from __future__ import annotations

from guard.sources.im_direction import RECEIVED, SENT
from ui.text import tr

# seconds a sender may recall a message: WeChat and QQ two minutes, WeCom and DingTalk a day (public help
# pages of the clients; not verified on every version)
RECALL_SECONDS = {"wecom": 24 * 3600, "dingtalk": 24 * 3600}
DEFAULT_RECALL = 120


def recall_seconds(client: str) -> int:
    return RECALL_SECONDS.get(client, DEFAULT_RECALL)


def lead(direction: str, left: int, client: str, name: str) -> str:
    """The bold first line: no "recall now" once the window has passed, none at all for a received file."""
    gap = " " if tr.language() == "en" else ""  # Chinese sentences follow each other without a space
    if direction == RECEIVED:
        return tr("alert.lead.received", client=client, name=name) + gap + tr("alert.do.received")
    which = "sent" if direction == SENT else "unknown"
    return tr("alert.lead", client=client, name=name) + gap + tr(f"alert.do.{which}.{'now' if left else 'over'}")


def advice(direction: str) -> str:
    """What to do if the file was received, shown beside the lead only when the layout cannot tell."""
    return "" if direction in (SENT, RECEIVED) else tr("alert.do.unknown.received")


def countdown(direction: str, left: int) -> str:
    """"还可撤回 29 秒", "还可撤回 1 分 05 秒", "还可撤回 23 小时 59 分", then "撤回时限已过"; "" when received."""
    if direction == RECEIVED:
        return ""
    if left <= 0:
        return tr("alert.recall_over")
    if left < 60:
        return tr("alert.recall.s", s=left)
    if left < 3600:
        return tr("alert.recall.ms", m=left // 60, s=left % 60)
    return tr("alert.recall.hm", h=left // 3600, m=left % 3600 // 60)
