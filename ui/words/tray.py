"""The tray, its menu, the status window, notices and the clipboard placeholders.
(Simplified Chinese first, English second.)"""

WORDS: dict[str, tuple[str, str]] = {
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
    "notify.notice_title": ("保密提示", "ClipGuard notice"),
    "notify.selection_title": ("选中内容含敏感信息", "Sensitive text selected"),
    "notify.too_slow": ("检查超过 {seconds} 秒未完成，内容已放回剪贴板", "not checked within {seconds} s; put back"),
    "notify.unreadable": ("无法完整检查：{reason}", "could not be fully checked: {reason}"),
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
