"""The chat-folder alert's words: what reached which client, and what can still be done. The action follows
the clock (recall while the window runs, ask the recipients to delete once it has passed) and the direction
(a received file must not be forwarded). (Simplified Chinese first, English second.)"""

WORDS: dict[str, tuple[str, str]] = {
    "alert.title.block": ("保密卫士 — 涉密文件进入了聊天软件", "ClipGuard — a classified file reached a chat client"),
    "alert.title.confirm": ("保密卫士 — 内部文件进入了聊天软件", "ClipGuard — an internal file reached a chat client"),
    "alert.lead": ("“{name}”刚刚出现在{client}的文件夹中。", "'{name}' just appeared in {client}'s folder."),
    "alert.lead.received": ("“{name}”是在{client}中收到的文件。", "'{name}' is a file received in {client}."),
    "alert.do.sent.now": ("请立即到聊天窗口撤回。", "Recall it in the chat now."),
    "alert.do.sent.over": ("已无法撤回：请联系接收方删除，并报告保密员。",
                           "It can no longer be recalled: ask the recipients to delete it and tell your secrecy "
                           "officer."),
    "alert.do.unknown.now": ("如果是您发出的：请立即到聊天窗口撤回。", "If you sent it: recall it in the chat now."),
    "alert.do.unknown.over": ("如果是您发出的：已无法撤回，请联系接收方删除，并报告保密员。",
                              "If you sent it: it can no longer be recalled; ask the recipients to delete it and "
                              "tell your secrecy officer."),
    "alert.do.received": ("请不要转发或另存，报告保密员，按规定处理。",
                          "Do not forward or copy it; tell your secrecy officer and handle it as the rules say."),
    "alert.do.unknown.received": ("如果是收到的：请不要转发或另存，报告保密员，按规定处理。",
                                  "If you received it: do not forward or copy it; tell your secrecy officer and "
                                  "handle it as the rules say."),
    "alert.where": ("位置：", "Where: "),
    "alert.account": ("〔账号〕", "[account]"),
    "alert.recall.s": ("还可撤回 {s} 秒", "{s} s left to recall it"),
    "alert.recall.ms": ("还可撤回 {m} 分 {s:02d} 秒", "{m} min {s:02d} s left to recall it"),
    "alert.recall.hm": ("还可撤回 {h} 小时 {m:02d} 分", "{h} h {m:02d} min left to recall it"),
    "alert.recall_over": ("撤回时限已过", "The recall window has passed"),
    "alert.open_client": ("打开{client}", "Open {client}"),
    "alert.client_not_running": ("{client}未在运行", "{client} is not running"),
    "alert.client_not_found": ("未找到正在运行的{client}，请手动打开。",
                               "No running {client} was found: please open it yourself."),
    "alert.ok": ("知道了", "Got it"),
    "alert.summary": ("{text}", "{text}"),
}
