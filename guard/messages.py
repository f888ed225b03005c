"""One message catalogue for user-facing text: Simplified Chinese first, English second.

`CLIPGUARD_LANG=en` (or an English `LANG` with no Chinese locale) switches to English.
"""

from __future__ import annotations

import os

from guard.messages_extract import EXTRACT
from guard.messages_ocr import OCR

CATALOGUE: dict[str, tuple[str, str]] = {
    "verdict.block": ("拦截", "block"),
    "verdict.confirm": ("需确认", "confirm"),
    "verdict.notice": ("提示", "notice"),
    "verdict.allow": ("通过", "allow"),
    "verdict.error": ("错误", "error"),
    "clip.text_cut": ("复制的内容过长（{format}）：只检查了前 {read:,} 个字符，共 {total:,} 个",
                      "the copy is too long ({format}): only the first {read:,} of {total:,} characters were checked"),
    "clip.too_slow": ("检查超过 {seconds} 秒仍未完成", "the check did not finish within {seconds} s"),
    "clip.no_result": ("检查没有给出结果", "the check gave no result"),
    "clip.internal": ("检查程序内部错误：{error}", "internal error in the check: {error}"),
    "scan.skipped": ("跳过", "skipped"),
    "scan.unsupported": ("暂不支持的文件类型 {suffix}", "unsupported file type {suffix}"),
    "scan.not_found": ("路径不存在", "path does not exist"),
    "scan.summary": ("共检查 {items} 项，用时 {seconds:.1f} 秒：", "{items} item(s) checked in {seconds:.1f} s:"),
    "scan.skipped_count": ("跳过 {n} 个文件", "{n} file(s) skipped"),
    "scan.clipboard_missing": (
        "无法读取剪贴板（Linux 上需要 xclip 或 xsel，并且需要图形会话）：{error}",
        "cannot read the clipboard (needs xclip or xsel and a graphical session on Linux): {error}"),
    "rules.valid": ("规则文件有效：{name} 版本 {version}，{rules} 条规则，{allow} 条放行规则，{recs} 个识别器",
                    "rules file is valid: {name} version {version}, {rules} rules, {allow} allow entries, "
                    "{recs} recognizers"),
    "rules.examples_failed": ("{n} 个规则示例与规则的实际结果不符", "{n} rule example(s) do not behave as written"),
    "rules.invalid": ("规则文件无效：{error}", "invalid rules: {error}"),
    "where.line": ("第{line}行第{column}列", "line {line}, column {column}"),
    "where.page": ("第{page}页", "page {page}"),
    "where.box": ("图中位置：左{x} 上{y}，宽{w} 高{h}", "at x={x} y={y}, {w}x{h} px"),
    "ocr.off": ("未启用文字识别（OCR）", "OCR is turned off"),
    "ocr.picture_unread": ("无法识别图片中的文字：{reason}", "cannot read the text in this picture: {reason}"),
    "ocr.images_unread": ("{n} 张图片未经文字识别：{reason}", "{n} picture(s) not read by OCR: {reason}"),
    "scan.notes": ("未完整检查", "partly read"),
    # what the event log records, as a clerk or an admin reads it (the JSON keeps the names)
    "source.clipboard-text": ("剪贴板文本", "clipboard text"),
    "source.clipboard-image": ("剪贴板图片", "clipboard picture"),
    "source.clipboard-files": ("剪贴板中的文件", "files on the clipboard"),
    "source.selection": ("选中的文本", "selected text"),
    "source.screen": ("屏幕截图", "screen"),
    "source.folder": ("聊天软件文件夹", "chat client folder"),
    "source.app": ("保密卫士", "ClipGuard"),
    "choice.allowed": ("放行（未发现问题）", "allowed (nothing found)"),
    "choice.notice": ("提示", "noted"),
    "choice.notified": ("已提醒", "notified"),
    "choice.alerted": ("已弹出撤回提醒", "recall alert shown"),
    "choice.held": ("已暂扣", "held"),
    "choice.released": ("用户放行", "released by the user"),
    "choice.discarded": ("已丢弃", "discarded"),
    "choice.timeout": ("超时自动丢弃", "discarded on timeout"),
    "choice.reported": ("已丢弃，用户报告误报", "discarded, reported as a false positive"),
    "choice.late_risky": ("检查完成时内容已被替换", "replaced before the check ended"),
    "choice.late_verdict": ("迟到的检查结果", "late verdict"),
    "choice.started": ("启动", "started"),
    "choice.stopped": ("退出", "stopped"),
    "choice.stopped_unexpectedly": ("意外停止", "stopped unexpectedly"),
    "choice.paused": ("暂停保护", "paused"),
    "choice.resumed": ("恢复保护", "resumed"),
    "choice.error": ("出错", "error"),
    "choice.log_dropped": ("日志有事件未能写入", "log events lost"),
    "choice.log_moved": ("日志已改写到新文件", "log moved to a new file"),
    "explain.evidence": ("判定依据", "evidence"),
    "explain.total": ("合计 {score:.2f} → 置信度 {confidence:.2f}（不高于识别器设定的置信度上限）",
                      "total {score:.2f} → confidence {confidence:.2f} (at most the recognizer's confidence setting)"),
    "explain.caps": ("最高只到“{cap}”", "caps the verdict at {cap}"),
    "explain.tags": ("依据标签：{tags}", "evidence tags: {tags}"),
    "scan.progress": ("正在检查", "scanning"),
    "scan.timeout": ("检查超时（{seconds:g} 秒），已终止", "scan took longer than {seconds:g} s and was stopped"),
    "scan.worker_died": ("检查进程意外退出", "the scanning process died"),
    "file.not_regular": ("不是普通文件（{kind}），未打开、未检查",
                         "not a regular file ({kind}): not opened, not checked"),
    "file.kind.fifo": ("命名管道", "a named pipe, FIFO"),
    "file.kind.char_device": ("字符设备", "a character device"),
    "file.kind.block_device": ("块设备", "a block device"),
    "file.kind.socket": ("套接字", "a socket"),
    "file.kind.other": ("特殊文件", "a special file"),
    "file.read_timeout": ("读取文件超过 {seconds:g} 秒仍未完成（网络共享无响应？），未检查",
                          "reading the file took longer than {seconds:g} s (a network share not answering?): "
                          "not checked"),
    "image.frames_cut": ("{total} {unit_zh}中只检查了前 {read} {unit_zh}（每张图片最多识别 {limit} 个不同画面），"
                         "其余未检查",
                         "only {read} of {total} {unit} read (at most {limit} different ones are read by OCR); "
                         "the rest unchecked"),
    "image.frames_stopped": ("{total} {unit_zh}中只检查了前 {read} {unit_zh}（{why}），其余未检查",
                             "only {read} of {total} {unit} read ({why}); the rest unchecked"),
    "image.frame_bad": ("第 {n} {unit_zh}无法解码：{error}", "{unit_one} {n} cannot be decoded: {error}"),
    "image.why.examined": ("最多解码 {limit} 帧", "at most {limit} are decoded"),
    "image.why.time": ("已到 {seconds:g} 秒时限", "time limit of {seconds:g} s reached"),
    "image.why.memory": ("已解出的画面超过 {limit} MB 内存上限",
                         "the frames taken out pass the memory limit of {limit} MB"),
    "image.why.damaged": ("第 {n} {unit_zh}已损坏（{error}），其后无法读取",
                          "{one} {n} is damaged ({error}), what follows cannot be reached"),
    "image.unit.frames": ("帧", "frames"),
    "image.unit.pages": ("页", "pages"),
    "ocr.downscaled": ("{what}为 {width}×{height} 像素，文字识别时缩小了 {factor:.1f} 倍，小字可能无法识别",
                       "{what} of {width}×{height} pixels was reduced {factor:.1f}× for OCR: small text may be "
                       "unreadable"),
    "ocr.what.picture": ("图片", "the picture"),
    "ocr.tiles_cut": ("{what}为 {width}×{height} 像素，整体缩小 {factor:.1f} 倍识别后，"
                      "只来得及分块细读 {total} 块中的 {done} 块，小字可能漏检",
                      "{what} of {width}×{height} pixels was read reduced {factor:.1f}×, and only {done} of {total} "
                      "tiles again at full detail in time: small text may be missed"),
    "pdf.renders_cut": ("另有 {n} 页的图片或扫描页未经文字识别（最多 {limit} 页），未检查",
                        "{n} more pages with pictures or scans not rendered for OCR (limit {limit}): not checked"),
    "pdf.renders_memory": ("渲染结果超过 {limit} MB 内存上限，另有 {n} 页的图片或扫描页未经文字识别，未检查",
                           "renders pass the memory limit of {limit} MB: {n} more pages with pictures or scans not "
                           "rendered for OCR, not checked"),
    "pdf.picture_too_large": ("第 {page} 页有一张 {width}×{height} 像素的图片，超过安全解码上限，该页图片未检查",
                              "page {page} holds a picture of {width}×{height} pixels, too large to decode safely: "
                              "its pictures were not checked"),
    "log.columns": ("时间|来源|内容|结论|处理|规则", "time|source|item|verdict|choice|rules"),
    "log.empty": ("事件日志中没有符合条件的记录（{path}）", "no matching events in the event log ({path})"),
    "log.bad_since": ("无法识别的时间 {value}：请用 2h、3d、2026-12-01 或 2026-12-01T08:00",
                      "not a time: {value} (use 2h, 3d, 2026-12-01 or 2026-12-01T08:00)"),
    "log.unreadable": ("无法读取事件日志文件 {path}：{error}。其余文件照常显示，该文件保持原样、未作改动",
                       "cannot read event log file {path}: {error}. The other files are shown; this one was left "
                       "as it is"),
    "log.pending": ("事件日志写入失败，已暂存 {n} 条，稍后重试：{cause}",
                    "the event log cannot be written: {n} event(s) kept in memory, retrying: {cause}"),
    "log.dropped_note": ("；已丢弃 {n} 条提示类事件（拦截和需确认的事件从不丢弃）",
                         "; {n} notice event(s) dropped (block and confirm events are never dropped)"),
    "log.dropped": ("事件日志无法写入期间，内存队列已满，丢弃了 {n} 条提示类事件（拦截和需确认的事件从不丢弃）",
                    "{n} notice event(s) dropped while the event log could not be written and the queue was full "
                    "(block and confirm events are never dropped)"),
    "log.moved": ("事件日志 {old} 无法写入（{cause}），已改为写入同一文件夹中的新文件 {new}；原文件保持原样",
                  "event log {old} cannot be written ({cause}); now writing to a new file {new} in the same folder, "
                  "the old one is left as it is"),
    "log.bad_event": ("一条事件无法保存（程序错误）：{error}",
                      "an event could not be stored (a program error): {error}"),
    "log.cause.locked": ("文件被其他程序锁定", "the file is locked by another program"),
    "log.cause.full": ("磁盘空间已满", "the disk is full"),
    "log.cause.size_limit": ("超出文件大小限制", "the file size limit was reached"),
    "log.cause.io": ("读写错误", "an I/O error"),
    "log.cause.readonly": ("文件只读", "the file is read-only"),
    "log.cause.corrupt": ("文件已损坏", "the file is damaged"),
    "log.cause.replaced": ("文件已被删除或替换", "the file was deleted or replaced"),
    "log.cause.not_a_file": ("不是普通文件", "it is not a regular file"),
    "log.cause.cantopen": ("无法打开文件", "the file cannot be opened"),
    "log.cause.no_new_file": ("无法在该文件夹中新建日志文件", "no new log file can be created in the folder"),
    "autostart.enabled": ("已设置登录后自动启动：{where}", "starts at login: {where}"),
    "autostart.disabled": ("已取消登录后自动启动", "no longer starts at login"),
    "autostart.on": ("登录后自动启动：已开启（{where}）", "start at login: on ({where})"),
    "autostart.off": ("登录后自动启动：未开启", "start at login: off"),
    "autostart.failed": ("无法设置自动启动：{error}", "cannot change autostart: {error}"),
    "tray.unavailable": ("无法启动托盘程序：{error}。需要图形界面组件：pip install 'clipguard[gui]'",
                         "cannot start the tray app: {error}. It needs the GUI parts: pip install 'clipguard[gui]'"),
    "tray.no_display": ("没有图形界面，无法启动托盘程序；可用的命令如下。",
                        "no graphical session, so the tray app cannot start; the commands are below."),
    "settings.invalid": ("设置文件无效：{error}", "invalid settings: {error}"),
    # `clipguard settings` as a clerk or an admin reads it (the JSON keeps the keys)
    "settings.admin_file": ("管理员配置文件：{path}", "admin configuration: {path}"),
    "settings.user_file": ("本人设置文件：{path}", "your settings file: {path}"),
    "settings.no_file": ("（不存在）", "(not there)"),
    "settings.columns": ("设置|值|来源", "setting|value|set by"),
    "settings.ignored_keys": ("本人设置文件中未采用的项（已由管理员设定，或不属于本人可改的设置）：{keys}",
                              "not taken from your settings file (set by the admin or not yours to set): {keys}"),
    "settings.user_ignored": ("已忽略用户设置中的错误项，改用默认值：{error}",
                              "ignored an error in the user settings, the default applies: {error}"),
    "settings.admin_error": ("管理员配置有错误，在修正之前按最严格的设置运行"
                             "（不能暂停、退出或放行“拦截”内容）：{error}",
                             "the admin configuration has an error; until it is fixed the strictest settings apply "
                             "(no pause, no quit, no release of block content): {error}"),
    "settings.admin_unreadable": ("无法完整读取管理员配置，所有设置都锁定为最严格的值，能读出的设置照常生效：{error}",
                                  "the admin configuration cannot be read whole; every setting is locked at its "
                                  "strictest value, the settings that could be read apply: {error}"),
    "settings.override_refused": ("已拒绝环境变量 CLIPGUARD_ADMIN_CONFIG 指定的管理员配置 {path}"
                                  "（{reason}），改用 {standard}",
                                  "refused the admin configuration named by CLIPGUARD_ADMIN_CONFIG, {path} ({reason}); "
                                  "using {standard}"),
    "folders.burst": ("{seconds:.0f} 秒内有 {n} 个文件进入{label}文件夹（例如同步聊天记录），已全部检查：{counts}",
                      "{n} files arrived in the {label} folders within {seconds:.0f} s (a history sync?), "
                      "all checked: {counts}"),
    "folders.counts": ("拦截 {block} 个，需确认 {confirm} 个，提示 {notice} 个，无法读取 {error} 个，通过 {allow} 个",
                       "{block} block, {confirm} confirm, {notice} notice, {error} unreadable, {allow} allow"),
    "folders.watched": ("监视中", "watched"),
    "folders.waiting": ("尚未创建，出现后自动监视", "not created yet, watched once it appears"),
    "folders.not_found": ("未找到（已查找：{places}）", "not found (looked in {places})"),
    "folders.off": ("管理员已关闭即时通讯文件夹监视（watch_im_folders = false）",
                    "IM folder watching turned off by the admin (watch_im_folders = false)"),
    "folders.ignored": ("管理员设置为不监视：{paths}", "not watched by admin setting: {paths}"),
    "folders.unreadable": ("无法读取文件：{error}", "cannot read the file: {error}"),
    "app.stopped_unexpectedly": ("保密卫士于 {time} 停止运行，并非通过菜单退出（进程 {pid} 被强制结束、崩溃或关机）。",
                                 "the guard was stopped at {time}, not by the menu (process {pid} was killed, "
                                 "crashed or the machine went down)."),
    "app.stopped_by_signal": ("保密卫士被信号 {signal} 终止。", "stopped by signal {signal}."),
    "app.quit_not_allowed": ("管理员已禁止退出（allow_quit = false）。",
                             "Quitting is turned off by the admin (allow_quit = false)."),
    "app.quit": ("从菜单退出。", "quit from the menu."),
    "app.session_ended": ("会话结束（注销或关机），正常退出。",
                          "the session ended (log out or shut down); a clean stop."),
    **EXTRACT,  # what could not be read, and why
    **OCR,  # which OCR engine and runtime run, or why not
}


def language() -> str:
    forced = os.environ.get("CLIPGUARD_LANG", "").lower()
    if forced.startswith(("zh", "en")):
        return forced[:2]
    lang = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or "").lower()
    # Chinese by default (the product's users; also an unset or C locale, common on UOS/Kylin services),
    # English when the system says another language
    if not lang or lang.startswith(("zh", "c.", "posix")) or lang == "c":
        return "zh"
    return "en"


def t(key: str, **kwargs: object) -> str:
    zh, en = CATALOGUE[key]
    return (en if language() == "en" else zh).format(**kwargs)


def label(kind: str, value: str) -> str:
    """The reader's words for a logged name (`choice.timeout` -> 超时自动丢弃); an unknown name as it is."""
    key = f"{kind}.{value}"
    return t(key) if key in CATALOGUE else value


def both(key: str, **kwargs: object) -> str:
    """Both languages, for labels that must read in either: `拦截 block`."""
    zh, en = CATALOGUE[key]
    return f"{zh.format(**kwargs)} {en.format(**kwargs)}"
