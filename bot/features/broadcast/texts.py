"""What the broadcast feature says (zh first, en on request), and the delivery reasons in words."""
from __future__ import annotations

from bot.kernel.texts import TEXTS, lang_of

TEXTS.update({
    "cmd_broadcast": {"zh": "发布通知（工作人员）", "en": "Send an announcement (staff)"},
    "cmd_broadcasts": {"zh": "通知发送记录（工作人员）", "en": "Past announcements (staff)"},
    "cmd_scheduled": {"zh": "待发送的定时通知（工作人员）", "en": "Scheduled announcements (staff)"},
    "cmd_channels": {"zh": "通知发送的群和频道（工作人员）", "en": "Broadcast channels and groups (staff)"},
    "cmd_register": {"zh": "登记群或频道为通知对象（工作人员）", "en": "Register a group or channel (staff)"},
    "cmd_unregister": {"zh": "移除通知对象（工作人员）", "en": "Remove a group or channel (staff)"},
    "cmd_mute": {"zh": "不再接收通知推送", "en": "Stop announcements in this chat"},
    "cmd_unmute": {"zh": "恢复接收通知推送", "en": "Receive announcements again"},
    "bc_ask_text": {
        "zh": "请发送通知正文（可使用粗体、斜体、链接等格式）。\n如需附件，可直接发送文件（文件说明即为正文）。\n随时发送 /cancel 取消。",
        "en": "Send the text of the announcement (bold, italics and links are kept).\n"
              "To attach a document, send the file (its caption becomes the text).\nSend /cancel at any time to stop.",
    },
    "bc_need_text": {"zh": "请发送文字或文件作为通知内容。", "en": "Please send text or a file as the announcement."},
    "bc_too_long": {
        "zh": "正文太长（{length} 字，带格式时上限 {limit} 字）。请缩短，或作为文件附件发送。",
        "en": "The text is too long ({length} characters; {limit} with formatting). Shorten it or send it as a file.",
    },
    "bc_file_too_big": {"zh": "文件太大（上限 {mb} MB）。", "en": "The file is too large (limit {mb} MB)."},
    "bc_file_damaged": {"zh": "文件“{name}”在传输中损坏或无法解密（加密附件的校验值或密钥不符），未附上，请重新发送。",
                        "en": "“{name}” arrived damaged or could not be decrypted (the encrypted attachment's "
                              "checksum or key does not match); it was not attached. Please send it again."},
    "bc_audience": {
        "zh": "<b>选择发送对象</b>（可多选）\n已选：{picked}\n预计接收：{count} 个\n\n可再发送文字替换正文，或发送文件作为附件。",
        "en": "<b>Choose the audience</b> (several allowed)\nChosen: {picked}\nRecipients: {count}\n\n"
              "You may still send new text to replace it, or a file to attach.",
    },
    "bc_nothing_picked": {"zh": "（未选择）", "en": "(nothing yet)"},
    "bc_all_members": {"zh": "全体委员", "en": "All members"},
    "bc_all_channels": {"zh": "全部群和频道", "en": "All channels and groups"},
    "bc_by_sector": {"zh": "按界别…", "en": "By sector (界别)…"},
    "bc_by_district": {"zh": "按街道社区…", "en": "By district…"},
    "bc_sector": {"zh": "界别：{name}", "en": "Sector: {name}"},
    "bc_district": {"zh": "街道社区：{name}", "en": "District: {name}"},
    "bc_pick_sector": {"zh": "<b>选择界别</b>（可多选）", "en": "<b>Choose sectors</b> (several allowed)"},
    "bc_pick_district": {"zh": "<b>选择街道社区</b>（可多选）", "en": "<b>Choose districts</b> (several allowed)"},
    "bc_none_listed": {"zh": "名册中还没有已验证的委员。", "en": "No verified members on the roster yet."},
    "bc_back": {"zh": "◀ 返回", "en": "◀ Back"},
    "bc_next": {"zh": "下一步：预览 ▶", "en": "Next: preview ▶"},
    "bc_cancel": {"zh": "取消", "en": "Cancel"},
    "bc_pick_first": {"zh": "请先选择发送对象。", "en": "Choose an audience first."},
    "bc_no_recipients": {"zh": "所选对象中没有可接收的人或群。", "en": "Nobody in that audience can receive it."},
    "bc_preview_head": {"zh": "👇 预览（对方看到的样子）：", "en": "👇 Preview (what recipients will see):"},
    "bc_preview_doc": {"zh": "📎 附件：{name}（{size}）", "en": "📎 Attachment: {name} ({size})"},
    "bc_preview": {
        "zh": "<b>确认发送</b>\n对象：{audience}\n接收方：{count} 个（群/频道 {channels}，委员 {members}）{muted}\n确认后立即发送，无法撤回。",
        "en": "<b>Confirm</b>\nAudience: {audience}\nRecipients: {count} ({channels} channels/groups, {members} members){muted}\n"
              "Sending starts when you confirm and cannot be undone.",
    },
    "bc_preview_muted": {"zh": "\n另有 {n} 位委员已关闭通知，不发送。", "en": "\n{n} members muted announcements and are skipped."},
    "bc_send_now": {"zh": "✅ 立即发送", "en": "✅ Send now"},
    "bc_schedule": {"zh": "🕘 定时发送", "en": "🕘 Schedule"},
    "bc_edit": {"zh": "✏️ 修改对象", "en": "✏️ Change audience"},
    "bc_ask_time": {
        "zh": "请发送发送时间（{tz}），例如：<code>{example}</code>、<code>明天 9:00</code>",
        "en": "Send the time ({tz}), e.g. <code>{example}</code> or <code>tomorrow 9:00</code>",
    },
    "bc_bad_time": {"zh": "看不懂这个时间，请按 <code>{example}</code> 的格式发送。",
                    "en": "I could not read that time; please use the form <code>{example}</code>."},
    "bc_past_time": {"zh": "这个时间已经过去了，请发送将来的时间。", "en": "That time has passed; please send a future time."},
    "bc_confirm_schedule": {
        "zh": "<b>确认定时发送</b>\n时间：{when}\n对象：{audience}\n接收方：{count} 个（发送时按最新名册确定）",
        "en": "<b>Confirm the schedule</b>\nTime: {when}\nAudience: {audience}\nRecipients: {count} (the roster is read again when it is sent)",
    },
    "bc_confirm": {"zh": "✅ 确认", "en": "✅ Confirm"},
    "bc_started": {"zh": "📣 通知 #{id} 开始发送，共 {count} 个接收方。发送完毕后我会告诉您结果。",
                   "en": "📣 Announcement #{id} is being sent to {count} recipients. I will report when it is done."},
    "bc_scheduled_ok": {"zh": "🕘 通知 #{id} 将于 {when} 发送。/scheduled 可查看或取消。",
                        "en": "🕘 Announcement #{id} will be sent at {when}. /scheduled lists or cancels it."},
    "bc_draft_gone": {"zh": "这个草稿已失效，请重新 /broadcast。", "en": "This draft has expired; start again with /broadcast."},
    "bc_draft_cancelled": {"zh": "已取消，未发送任何内容。", "en": "Cancelled; nothing was sent."},
    "bc_cancelled_generic": {"zh": "已取消。", "en": "Cancelled."},
    "bc_report": {
        "zh": "📣 <b>通知 #{id} {status}</b>\n对象：{audience}\n接收方 {total} 个：✅ 送达 {sent}{unconfirmed}{failed}{pending}\n用时：{duration}",
        "en": "📣 <b>Announcement #{id} {status}</b>\nAudience: {audience}\n{total} recipients: ✅ delivered {sent}{unconfirmed}{failed}{pending}\n"
              "Time taken: {duration}",
    },
    "bc_status_done": {"zh": "已发送完毕", "en": "sent"},
    "bc_status_sending": {"zh": "正在发送", "en": "sending"},
    "bc_status_scheduled": {"zh": "定时待发", "en": "scheduled"},
    "bc_status_cancelled": {"zh": "已取消", "en": "cancelled"},
    "bc_r_unconfirmed": {"zh": "，❔ 未确认 {n}（网络中断，很可能已送达）", "en": ", ❔ unconfirmed {n} (connection lost; probably delivered)"},
    "bc_r_failed": {"zh": "，❌ 失败 {n}（{reasons}）", "en": ", ❌ failed {n} ({reasons})"},
    "bc_r_pending": {"zh": "，⏳ 待发送 {n}", "en": ", ⏳ pending {n}"},
    "bc_details_button": {"zh": "查看明细", "en": "Details"},
    "bc_resend_button": {"zh": "重发未确认的 {n} 个", "en": "Resend the {n} unconfirmed"},
    "bc_resent": {"zh": "已重新排队 {n} 个接收方。", "en": "{n} recipients queued again."},
    "bc_details": {"zh": "<b>通知 #{id} 明细</b>", "en": "<b>Announcement #{id}: details</b>"},
    "bc_waiting": {"zh": "等待重试（{reason}）", "en": "waiting ({reason})"},
    "bc_details_line": {"zh": "{mark} {label}：{what}", "en": "{mark} {label}: {what}"},
    "bc_details_more": {"zh": "……另有 {n} 个", "en": "…and {n} more"},
    "bc_details_all_ok": {"zh": "全部送达。", "en": "Everyone got it."},
    "bc_list_empty": {"zh": "还没有发过通知。", "en": "No announcements yet."},
    "bc_list_line": {"zh": "#{id} {when} {author} → {audience}：{status}", "en": "#{id} {when} {author} → {audience}: {status}"},
    "bc_list_counts": {"zh": "送达 {sent}/{total}", "en": "delivered {sent}/{total}"},
    "bc_scheduled_empty": {"zh": "没有待发送的通知。", "en": "Nothing is scheduled or being sent."},
    "bc_scheduled_line": {"zh": "#{id} {when} → {audience}（{count}）：{status}",
                          "en": "#{id} {when} → {audience} ({count}): {status}"},
    "bc_cancel_button": {"zh": "取消 #{id}", "en": "Cancel #{id}"},
    "bc_cancel_done": {"zh": "通知 #{id} 已取消{rest}。", "en": "Announcement #{id} cancelled{rest}."},
    "bc_cancel_rest": {"zh": "（已发出 {n} 条无法撤回）", "en": " ({n} already delivered cannot be recalled)"},
    "bc_cancel_too_late": {"zh": "通知 #{id} 已发送完毕，无法取消。", "en": "Announcement #{id} has already been sent."},
    "bc_not_found": {"zh": "找不到通知 #{id}。", "en": "No announcement #{id}."},
    "bc_reg_ask": {
        "zh": "请转发一条该频道的消息给我，或发送频道的 @用户名（例如 @linjiang_cppcc）。\n登记群聊：把我加入群后，在群里发送 /register。",
        "en": "Forward me a post from the channel, or send its @name (e.g. @linjiang_cppcc).\n"
              "For a group: add me to the group and send /register there.",
    },
    "bc_reg_bad": {"zh": "这不是频道转发的消息，也不是 @用户名。已取消登记。",
                   "en": "That is neither a forwarded channel post nor an @name. Registration cancelled."},
    "bc_reg_offer": {"zh": "要把“{title}”登记为通知对象吗？", "en": "Register “{title}” for announcements?"},
    "bc_reg_button": {"zh": "✅ 登记", "en": "✅ Register"},
    "bc_reg_ok": {"zh": "✅ 已登记“{title}”为通知对象。", "en": "✅ “{title}” is registered for announcements."},
    "bc_reg_again": {"zh": "“{title}”早已登记为通知对象。", "en": "“{title}” was already registered."},
    "bc_unreg_ok": {"zh": "已移除“{title}”，不再向其发送通知。", "en": "“{title}” removed; it gets no more announcements."},
    "bc_unreg_unknown": {"zh": "没有找到这个通知对象。发送 /channels 查看列表。",
                         "en": "No such target. /channels lists them."},
    "bc_unreg_pick": {"zh": "要移除哪个？", "en": "Remove which one?"},
    "bc_channels_empty": {"zh": "还没有登记群或频道。把我加入群后在群里发送 /register；频道请私聊我 /register。",
                          "en": "No groups or channels yet. Add me to a group and send /register there; "
                                "for a channel send me /register in private."},
    "bc_channels_head": {"zh": "<b>通知对象（{n} 个）</b>", "en": "<b>Broadcast targets ({n})</b>"},
    "bc_remove_button": {"zh": "移除 {title}", "en": "Remove {title}"},
    "bc_mute_ok": {"zh": "已关闭通知推送。工作人员发布的通知将不再私信给您（频道和群不受影响）。发送 /unmute 恢复。",
                   "en": "Announcements are muted: staff announcements will no longer come to this chat "
                         "(channels and groups are not affected). /unmute to undo."},
    "bc_unmute_ok": {"zh": "已恢复接收通知推送。", "en": "You will receive announcements again."},
    "bc_mute_not_member": {"zh": "您不在委员名册中，不会收到通知推送。", "en": "You are not on the member roster, so you receive no announcements."},
    "bc_error": {"zh": "无法发送：{reason}", "en": "Cannot send: {reason}"},
})

REASON_LABELS = {
    "blocked": {"zh": "已屏蔽机器人", "en": "blocked the bot"},
    "deactivated": {"zh": "账号已注销", "en": "account deleted"},
    "left": {"zh": "已退出或被移出群", "en": "left the group"},
    "forbidden": {"zh": "无权发送", "en": "not allowed to post"},
    "chat_not_found": {"zh": "找不到会话", "en": "chat not found"},
    "bad_request": {"zh": "消息被拒收", "en": "message rejected"},
    "unsupported": {"zh": "该通道不支持", "en": "not supported there"},
    "no_transport": {"zh": "通道未连接", "en": "network not connected"},
    "temporary": {"zh": "网络故障多次重试失败", "en": "network errors, gave up"},
    "flood": {"zh": "频率限制", "en": "rate limited"},
    "crash": {"zh": "发送中断", "en": "interrupted"},
    "no_answer": {"zh": "未收到回执", "en": "no answer"},
}


def normal_waiting(error: str) -> str:
    """The outbox's ``error`` of a row that is retried -> a REASON_LABELS key."""
    low = (error or "").lower()
    if "no_transport" in low:
        return "no_transport"
    if "retry after" in low or "flood" in low or "429" in low:
        return "flood"
    return "temporary"


def reason_label(reason: str | None, language: str | None) -> str:
    entry = REASON_LABELS.get(reason or "")
    return entry[lang_of(language)] if entry else (reason or "?")
