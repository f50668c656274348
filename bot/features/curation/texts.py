"""What the staff queue and the FAQ say, in Chinese and English."""
from bot.kernel.texts import TEXTS

TEXTS.update({
    "cur_queued": {
        "zh": "📮 您的问题已转给市政协工作人员，答复后会在这里通知您。",
        "en": "📮 Your question has been passed to the committee staff; you will get their answer here.",
    },
    "cur_curated_head": {
        "zh": "📌 <b>秘书处答复</b>（{date}）",
        "en": "📌 <b>Answer from the secretariat</b> ({date})",
    },
    "cur_curated_for": {
        "zh": "这条答复针对的问题：「{question}」。如不是您要问的，可点“查找文件”。",
        "en": "This answer was written for: “{question}”. If that is not your question, tap “Search documents”.",
    },
    "cur_button_search": {"zh": "🔎 查找文件", "en": "🔎 Search documents"},
    "cur_notify": {
        "zh": "📮 <b>秘书处答复</b>（{date}）\n您之前问：「{question}」\n<blockquote>{answer}</blockquote>",
        "en": "📮 <b>Answer from the secretariat</b> ({date})\nYou asked: “{question}”\n<blockquote>{answer}</blockquote>",
    },
    "cur_dismissed": {
        "zh": "📮 秘书处回复：{reason}。\n（关于您之前问的「{question}」）",
        "en": "📮 The secretariat replies: {reason}.\n(About your question “{question}”.)",
    },
    "cur_office": {
        "zh": "建议您联系：\n<b>{citation}</b>\n<blockquote>{excerpt}</blockquote>",
        "en": "You could contact:\n<b>{citation}</b>\n<blockquote>{excerpt}</blockquote>",
    },
    "cur_office_fallback": {"zh": "如需帮助，请联系{contact}。", "en": "For help, please contact {contact}."},
    "cur_queue_empty": {"zh": "目前没有待处理的问题。", "en": "The queue is empty."},
    "cur_queue_head": {
        "zh": "<b>待答复问题 {open} 个</b>（共 {asks} 人次，按提问人数排序），显示前 {shown} 个。\n直接<b>回复</b>某条消息，或发送 /answer 编号 答复内容，即答复该问题：答复存为常见问题，并通知提问的委员。/dismiss 编号 理由：不予答复。",
        "en": "<b>{open} open questions</b> ({asks} asks, most-asked first); showing {shown}.\n<b>Reply</b> to an item, or send /answer N text, to answer it: the answer becomes a FAQ entry and the askers are notified. /dismiss N reason dismisses one.",
    },
    "cur_item": {
        "zh": "<b>#{id}</b> · {asks} 人次 · 首次 {first} · {why}\n{questions}",
        "en": "<b>#{id}</b> · {asks} asks · first {first} · {why}\n{questions}",
    },
    "cur_why_abstained": {"zh": "未找到答案", "en": "no answer found"},
    "cur_why_downvoted": {"zh": "👎 答复没用", "en": "👎 answer not helpful"},
    "cur_why_cited": {"zh": "（机器人引用了：{citation}）", "en": "(the bot cited: {citation})"},
    "cur_more_variants": {"zh": "……另有 {n} 种问法", "en": "… and {n} more wordings"},
    "cur_suggest": {
        "zh": "💡 可能与常见问题 #{id} 相同：「{question}」",
        "en": "💡 Maybe the same as FAQ #{id}: “{question}”",
    },
    "cur_button_answer": {"zh": "✍️ 答复", "en": "✍️ Answer"},
    "cur_button_dismiss": {"zh": "🚫 不予答复", "en": "🚫 Dismiss"},
    "cur_button_attach": {"zh": "➕ 归入 #{id}", "en": "➕ Same as #{id}"},
    "cur_answer_prompt": {
        "zh": "请发送对 #{id}「{question}」的答复（/cancel 取消）。",
        "en": "Send your answer to #{id} “{question}” (/cancel to stop).",
    },
    "cur_dismiss_prompt": {
        "zh": "请输入不予答复 #{id}「{question}」的理由（会转告提问的委员，/cancel 取消），或点选：",
        "en": "Type the reason for dismissing #{id} “{question}” (the askers will see it; /cancel to stop), or pick:",
    },
    "cur_reason_not_committee": {"zh": "此事不属于政协工作范围", "en": "this is not a committee matter"},
    "cur_text_only": {"zh": "请用文字发送。", "en": "Please send text."},
    "cur_answered_ok": {
        "zh": "✅ 已保存为常见问题 #{entry}，已通知 {sent} 位提问的委员{failed}。",
        "en": "✅ Saved as FAQ #{entry}; {sent} asker(s) notified{failed}.",
    },
    "cur_display_question": {
        "zh": "其他委员看到的问题：「{question}」（可在 /faq 中点“✏️ 修改问题”改写）",
        "en": "Other members will see the question as: “{question}” (/faq, “✏️ Edit question” to rewrite it)",
    },
    "cur_answer_shown_as": {
        "zh": "（其他委员将看到的问题：「{question}」，答复后可修改）",
        "en": "(other members will see the question as “{question}”; you can change it afterwards)",
    },
    "cur_button_edit_question": {"zh": "✏️ 修改问题", "en": "✏️ Edit question"},
    "cur_edit_question_prompt": {
        "zh": "请发送常见问题 #{id} 向其他委员显示的问题（现为「{question}」，不要包含个人信息；/cancel 取消）。",
        "en": "Send the question FAQ #{id} shows to other members (now “{question}”; no personal data; /cancel to stop).",
    },
    "cur_entry_shown_as": {"zh": "显示为：「{question}」", "en": "Shown as: “{question}”"},
    "cur_failed_part": {"zh": "，{n} 位未能送达", "en": ", {n} could not be reached"},
    "cur_dismissed_ok": {
        "zh": "✅ #{id} 已不予答复，已告知 {sent} 位提问的委员{failed}。指引：{pointer}",
        "en": "✅ #{id} dismissed; {sent} asker(s) told{failed}. Pointed to: {pointer}",
    },
    "cur_attached_ok": {
        "zh": "✅ #{id} 已归入常见问题 #{entry}，已通知 {sent} 位提问的委员{failed}。",
        "en": "✅ #{id} filed under FAQ #{entry}; {sent} asker(s) notified{failed}.",
    },
    "cur_item_closed": {
        "zh": "#{id} 已经处理过了（{status}）。",
        "en": "#{id} has already been handled ({status}).",
    },
    "cur_item_done_mark": {"zh": "✅ 已答复（常见问题 #{entry}）", "en": "✅ Answered (FAQ #{entry})"},
    "cur_item_dismissed_mark": {"zh": "🚫 已不予答复：{reason}", "en": "🚫 Dismissed: {reason}"},
    "cur_not_found": {"zh": "没有找到这一条。", "en": "Not found."},
    "cur_faq_empty": {"zh": "还没有常见问题。", "en": "There are no FAQ entries yet."},
    "cur_faq_head": {
        "zh": "<b>常见问题 {active} 条</b>（另有 {retired} 条已停用），显示 {shown} 条。回复某条即可修改答复。",
        "en": "<b>{active} FAQ entries</b> ({retired} retired); showing {shown}. Reply to one to edit its answer.",
    },
    "cur_entry": {
        "zh": "<b>#{id}</b> · {date} · {author} · 已使用 {served} 次\n{questions}\n<blockquote>{answer}</blockquote>",
        "en": "<b>#{id}</b> · {date} · {author} · served {served} times\n{questions}\n<blockquote>{answer}</blockquote>",
    },
    "cur_button_edit": {"zh": "✏️ 修改", "en": "✏️ Edit"},
    "cur_button_retire": {"zh": "🗑 停用", "en": "🗑 Retire"},
    "cur_edit_prompt": {
        "zh": "请发送常见问题 #{id} 的新答复（/cancel 取消）。",
        "en": "Send the new answer for FAQ #{id} (/cancel to stop).",
    },
    "cur_edited_ok": {"zh": "✅ 常见问题 #{id} 已更新。", "en": "✅ FAQ #{id} updated."},
    "cur_retired_ok": {"zh": "🗑 常见问题 #{id} 已停用，不会再用于回答。", "en": "🗑 FAQ #{id} retired; it will not be served again."},
    "cur_retired_mark": {"zh": "🗑 已停用", "en": "🗑 Retired"},
    "cur_dismiss_usage": {
        "zh": "用法：回复待答复问题并发送 /dismiss 理由，或 /dismiss 编号 理由。",
        "en": "Usage: reply to a queue item with /dismiss reason, or /dismiss number reason.",
    },
    "cmd_queue": {"zh": "待答复问题", "en": "Unanswered questions"},
    "cmd_faq": {"zh": "常见问题（秘书处答复）", "en": "FAQ (secretariat answers)"},
    "cmd_answer": {"zh": "答复待答复问题：/answer 编号 答复", "en": "Answer a queue item: /answer N text"},
    "qo_answer_usage": {
        "zh": "用法：/answer 编号 答复内容（编号见 /queue 中的 #编号），或回复待答复问题并发送 /answer 答复内容。",
        "en": "Usage: /answer N your answer (N is the #number in /queue), or reply to a queue item with /answer text.",
    },
    "cur_merged_ok": {
        "zh": "✅ #{id} 已并入 #{into}（共 {asks} 人次）。",
        "en": "✅ #{id} merged into #{into} ({asks} asks).",
    },
})
