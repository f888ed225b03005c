"""The recent-events and screen-check windows' words. Simplified Chinese first, English second."""

WORDS: dict[str, tuple[str, str]] = {
    "events.title": ("保密卫士 最近事件", "ClipGuard recent events"),
    "events.columns": ("时间|来源|内容|结论|处理|规则", "Time|Source|Item|Verdict|Choice|Rules"),
    "screen.title": ("屏幕检查结果", "Screen check"),
    "screen.clean": ("屏幕上未发现敏感内容。", "Nothing sensitive found on the screen."),
}
