"""The hold dialog's words: what was found, what happens now, the clerk's choices.
(Simplified Chinese first, English second.)"""

WORDS: dict[str, tuple[str, str]] = {
    "category.state_secret": ("国家秘密标志", "state-secret marks"),
    "category.internal": ("内部材料标识", "internal markings"),
    "category.draft": ("未定稿标识", "draft markings"),
    "category.official_document": ("未公开的公文", "an unpublished official document"),
    "category.personal_data": ("批量个人信息", "personal data in bulk"),
    "category.medical": ("病历信息", "patient records"),
    "category.itinerary": ("领导行程安排", "leaders' itineraries"),
    "category.keyword": ("管理员设定的敏感词", "words your admin listed"),
    "category.other": ("敏感内容", "sensitive content"),
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
}
