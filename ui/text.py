"""The tray app's words, Simplified Chinese first, English second (`CLIPGUARD_LANG=en` or an English
system locale), in one catalogue beside the engine's (`guard.messages`, whose keys it also answers)."""

from __future__ import annotations

from guard import messages

UI: dict[str, tuple[str, str]] = {
    "app.name": ("保密卫士", "ClipGuard"),
    "placeholder.checking": ("【保密卫士】正在检查复制的内容，请稍候再粘贴……",
                             "[ClipGuard] Checking what you copied, paste again in a moment..."),
    "placeholder.held": ("【保密卫士】复制的内容已暂扣：{what}。请在保密卫士窗口中处理。",
                         "[ClipGuard] What you copied is held: {what}. Decide in the ClipGuard window."),
    "placeholder.unjudged": ("【保密卫士】复制的内容未能完成检查，已暂扣。请在保密卫士窗口中处理。",
                             "[ClipGuard] What you copied could not be checked and is held. Decide in the ClipGuard "
                             "window."),
    "notify.late_risky": ("刚才放行的内容经检查含敏感信息", "What you just released turned out to be sensitive"),
    "placeholder.selection": ("【保密卫士】选中的内容含敏感信息，未放入选择剪贴板。",
                              "[ClipGuard] The selected text is sensitive and was kept out of the selection."),
    "category.state_secret": ("国家秘密标志", "state-secret marks"),
    "category.internal": ("内部材料标识", "internal markings"),
    "category.draft": ("未定稿标识", "draft markings"),
    "category.official_document": ("未公开的公文", "an unpublished official document"),
    "category.personal_data": ("批量个人信息", "personal data in bulk"),
    "category.medical": ("病历信息", "patient records"),
    "category.itinerary": ("领导行程安排", "leaders' itineraries"),
    "category.keyword": ("管理员设定的敏感词", "words your admin listed"),
    "category.other": ("敏感内容", "sensitive content"),
    "notify.notice_title": ("保密提示", "ClipGuard notice"),
    "notify.selection_title": ("选中内容含敏感信息", "Sensitive text selected"),
    "notify.too_slow": ("检查超过 {seconds} 秒未完成，内容已放回剪贴板", "not checked within {seconds} s; put back"),
    "notify.unreadable": ("无法完整检查：{reason}", "could not be fully checked: {reason}"),
    "dialog.title.block": ("已拦截：内容含国家秘密标志", "Blocked: state-secret content"),
    "dialog.title.confirm": ("请确认：内容可能属于内部或敏感信息",
                             "Please confirm: internal or sensitive content"),
    "dialog.lead.block": ("您复制的内容含有国家秘密标志，依照保密规定不得通过微信、QQ等互联网渠道传递，"
                          "已从剪贴板中移除。",
                          "What you copied carries state-secret marks. It may not travel over WeChat, QQ or any "
                          "internet channel and was taken off the clipboard."),
    "dialog.lead.confirm": ("您复制的内容可能属于内部资料、未公开公文或个人信息，已暂时从剪贴板中移除。"
                            "确认可以发送时请选择理由后放行。",
                            "What you copied may be internal, an unpublished official document or personal data. "
                            "It was taken off the clipboard; choose a reason to release it if it may go."),
    "dialog.title.unjudged": ("未能完成检查，内容已暂扣", "Could not be checked: held"),
    "dialog.lead.unjudged": ("您复制的内容未能完整检查（原因见下），为防止泄密已暂时从剪贴板中移除。"
                             "确认其中没有涉密或内部内容时，请选择理由后放行。",
                             "What you copied could not be checked in full (see why below), so it was taken off "
                             "the clipboard. If you are sure it holds nothing classified or internal, choose a "
                             "reason to release it."),
    "dialog.why_unjudged": ("未能完成检查的原因", "Why it could not be checked"),
    "dialog.unjudged_picture": ("图片中的文字未能识别完（识别程序出错、超时或图片无法读取）。",
                                "The text in the picture could not be read in full (the reader failed, ran out of "
                                "time, or the picture cannot be read)."),
    "dialog.unjudged_files": ("复制的文件中有未能读取或只读取了一部分的。",
                              "Some of the copied files could not be read, or were read only in part."),
    "dialog.unjudged_text": ("复制的内容未能全部检查。", "Not all of what you copied could be checked."),
    "dialog.found": ("发现的内容", "What was found"),
    "dialog.where": ("来源：{source}　当前窗口：{window}", "From: {source}   Window in front: {window}"),
    "dialog.window_unknown": ("未知", "unknown"),
    "dialog.how_to_send": ("如确需传递，请使用涉密网络、机要交通或保密部门指定的渠道，并联系本单位保密员。",
                           "If it must be sent, use the classified network, confidential courier or the channel "
                           "your secrecy office names, and talk to your secrecy officer."),
    "dialog.reason": ("放行理由", "Reason"),
    "dialog.reason.public": ("内容已公开发布", "it has been published"),
    "dialog.reason.approved": ("已经领导或保密员审核同意", "approved by my superior or the secrecy officer"),
    "dialog.reason.internal_channel": ("发送到单位内部工作群", "going to an internal work group"),
    "dialog.reason.own": ("本人的个人信息", "it is my own personal data"),
    "dialog.reason.false_positive": ("误报：这不是敏感内容", "false positive: this is not sensitive"),
    "dialog.reason.other": ("其他（请填写）", "other (write it below)"),
    "dialog.reason.placeholder": ("请说明理由", "say why"),
    "dialog.discard": ("丢弃（推荐）", "Discard (recommended)"),
    "dialog.release": ("放行", "Release"),
    "dialog.release_wait": ("放行（{n}）", "Release ({n})"),
    "dialog.release_admin": ("管理员放行", "Admin release"),
    "dialog.timeout": ("{n} 秒后自动丢弃", "Discarded automatically in {n} s"),
    "dialog.more": ("另有 {n} 处", "{n} more"),
    "alert.title.block": ("保密卫士 — 涉密文件进入了聊天软件", "ClipGuard — a classified file reached a chat client"),
    "alert.title.confirm": ("保密卫士 — 内部文件进入了聊天软件", "ClipGuard — an internal file reached a chat client"),
    "alert.lead": ("“{name}”刚刚出现在{client}的文件夹中。如果是您发出的，请立即到聊天窗口撤回。",
                   "'{name}' just appeared in {client}'s folder. If you sent it, recall it in the chat now."),
    "alert.where": ("位置：{path}", "Where: {path}"),
    "alert.recall": ("{m} 分 {s:02d} 秒内可撤回", "{m}:{s:02d} left to recall it"),
    "alert.recall_over": ("撤回时限可能已过，请联系接收方删除并报告保密员。",
                          "The recall window may be over: ask the recipients to delete it and tell your secrecy "
                          "officer."),
    "alert.open_client": ("打开{client}", "Open {client}"),
    "alert.ok": ("知道了", "Got it"),
    "alert.summary": ("{text}", "{text}"),
    "tray.protected": ("保密卫士：正在保护", "ClipGuard: protecting"),
    "tray.paused": ("保密卫士：已暂停，{until} 恢复", "ClipGuard: paused until {until}"),
    "tray.alert": ("保密卫士：有待处理的内容", "ClipGuard: something is waiting for you"),
    "tray.rules_problem": ("保密卫士：规则文件有问题，仍使用上次有效的规则",
                           "ClipGuard: rules problem, last good rules in use"),
    "menu.status": ("状态…", "Status..."),
    "menu.events": ("最近事件…", "Recent events..."),
    "menu.scan_screen": ("立即检查屏幕", "Scan the screen now"),
    "menu.pause": ("暂停 15 分钟", "Pause for 15 minutes"),
    "menu.resume": ("恢复保护", "Resume"),
    "menu.rules": ("规则：{version}", "Rules: {version}"),
    "menu.about": ("关于", "About"),
    "menu.quit": ("退出", "Quit"),
    "status.title": ("保密卫士 状态", "ClipGuard status"),
    "status.rules_error": ("规则文件错误：{error}", "Rules error: {error}"),
    "status.admin_error": ("管理员配置有误，相关设置已按最严格的值锁定：{error}",
                           "The admin configuration has an error; those settings are locked at their strictest: "
                           "{error}"),
    "status.admin_override": ("管理员配置来自环境变量指定的文件：{path}",
                              "The admin configuration comes from a file named by the environment: {path}"),
    "tray.problem": ("保密卫士：配置或事件日志有问题，仍在保护", "ClipGuard: configuration or event log problem, still "
                     "protecting"),
    "status.no_tray": ("桌面没有系统托盘，保密卫士以此窗口运行。",
                       "No system tray here: ClipGuard runs in this window."),
    "events.title": ("保密卫士 最近事件", "ClipGuard recent events"),
    "events.columns": ("时间|来源|内容|结论|处理|规则", "Time|Source|Item|Verdict|Choice|Rules"),
    "screen.title": ("屏幕检查结果", "Screen check"),
    "screen.clean": ("屏幕上未发现敏感内容。", "Nothing sensitive found on the screen."),
    "instance.already_running": ("保密卫士已在运行", "ClipGuard is already running"),
    "instance.no_safe_place": ("找不到只有本用户可写的位置存放单实例锁（{reasons}），"
                               "保密卫士照常运行，但可能同时运行多个。",
                               "no place only this user can write to for the single-instance lock ({reasons}); "
                               "ClipGuard runs anyway, possibly twice."),
    "instance.foreign_socket": ("{path} 属于其他用户（uid {uid}），不是本用户的保密卫士，已删除并照常启动。",
                                "{path} belongs to another user (uid {uid}), not to this user's ClipGuard; "
                                "removed, starting anyway."),
    "instance.no_socket": ("无法在 {path} 建立本地连接（{error}），再次启动时不能唤出本窗口。",
                           "cannot listen on {path} ({error}); a second start cannot bring this one forward."),
    "about.text": ("保密卫士 ClipGuard {version}\n"
                   "离线检查剪贴板、截图和聊天文件中的密级标志、内部材料和个人信息。",
                   "ClipGuard {version}\nChecks the clipboard, screenshots and chat files offline for classification "
                   "marks, internal material and personal data."),
}


class _Tr:
    def __call__(self, key: str, **kwargs: object) -> str:
        pair = UI.get(key) or messages.CATALOGUE[key]
        zh, en = pair
        return (en if self.language() == "en" else zh).format(**kwargs)

    @staticmethod
    def language() -> str:
        return messages.language()


tr = _Tr()
