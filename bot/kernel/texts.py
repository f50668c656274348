"""Every sentence the bot says, in Simplified Chinese and English.

Chinese is the default; English goes to users whose client language is
English, traditional characters to those whose client asks for them or who typed them (t()).
Values are str.format templates over the HTML subset of
``bot.kernel.messages``: anything interpolated must already be escaped.
"""
from __future__ import annotations

import functools

TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "zh": "您好！我是{committee}的履职助手。\n直接发来您的问题（如“提案怎么提交”），我会从委员手册和相关文件中找到原文并注明出处。发送 /help 查看全部功能。",
        "en": "Hello! I am the assistant of the {committee}.\nSend me a question (e.g. how to submit a proposal) and I will quote the passage that answers it, with its source. /help lists what I can do.",
    },
    "help": {
        "zh": "<b>我能做什么</b>\n• 直接发问题：我会引用文件原文并注明出处（《文件》第X条）。\n• 群聊中：@我、回复我的消息，或用 /ask 问题。\n• 答案下方 👍/👎 反馈，“查看全文”显示整条原文。\n• 找不到答案时，我会告诉您该联系谁。\n• /mute 不再接收群发通知，/unmute 恢复。\n• /duty 我的履职积分，/proposals 我的提案，/venue 我的社区联系点（也可以直接问“我今年积分多少”）。",
        "en": "<b>What I can do</b>\n• Ask a question: I quote the documents and cite the source (《document》 article).\n• In groups: mention me, reply to me, or use /ask question.\n• Rate answers with 👍/👎; “Full text” shows the whole article.\n• When I have no answer, I tell you whom to ask.\n• /mute stops announcements in this chat; /unmute restores them.\n• /duty my duty points, /proposals my proposals, /venue my community venue.",
    },
    "help_staff": {
        "zh": "\n\n<b>工作人员</b>\n• 发送 PDF/DOCX/TXT/MD/HTML 文件即可入库；/docs 文件列表；/remove 删除文件；/invite 邀请链接。\n• /queue 待答复问题（回复某条或 /answer 编号 答复）；/faq 常见问题；/stats 统计。\n• /broadcast 群发通知；/channels 群发目标；/scheduled 定时群发；/broadcasts 发送报告。\n• /duty 姓名、/proposals 姓名、/venue 姓名 查看委员的记录；/assessment 年度考核汇总。",
        "en": "\n\n<b>Staff</b>\n• Send a PDF/DOCX/TXT/MD/HTML file to add it; /docs lists documents; /remove removes one; /invite makes an invite link.\n• /queue unanswered questions (reply to one, or /answer N text); /faq FAQ entries; /stats statistics.\n• /broadcast sends an announcement; /channels targets; /scheduled pending ones; /broadcasts delivery reports.\n• /duty NAME, /proposals NAME, /venue NAME show a member's records; /assessment the year's summary.",
    },
    "dialog_cancelled": {"zh": "已取消。", "en": "Cancelled."},
    "answer_intro": {"zh": "根据{citation}：", "en": "According to {citation}:"},
    "answer_second": {"zh": "相关的还有{citation}：", "en": "Also relevant, {citation}:"},
    # Another passage with the same citation: a further paragraph of the same report.
    "answer_same": {"zh": "同篇还写道：", "en": "The same text also says:"},
    "direct_answer": {"zh": "📌 “{text}”", "en": "📌 In short: “{text}”"},
    "pointer_intro": {"zh": "这可能相关：{citation}", "en": "This may be relevant: {citation}"},
    "understood_as": {"zh": "（按“{question}”理解）", "en": "(Understood as “{question}”)"},
    "further_sources": {"zh": "另见：{sources}", "en": "See also: {sources}"},
    "nearest": {"zh": "最接近的是{citation}，但它未必回答您的问题。",
                "en": "The closest passage is {citation}; it may not answer your question."},
    "no_answer": {
        "zh": "抱歉，知识库中没有找到能回答这个问题的内容，我不想猜测。请联系{contact}。",
        "en": "Sorry, the knowledge base has nothing that answers this, and I won't guess. Please contact {contact}.",
    },
    "private_only": {
        "zh": "这项功能涉及委员信息，请私聊我使用。",
        "en": "This shows members' information: please message me privately to use it.",
    },
    "ask_usage": {"zh": "请在 /ask 后面写上问题，例如：/ask 提案怎么提交", "en": "Put your question after /ask, e.g. /ask how do I submit a proposal"},
    "no_words": {
        "zh": "请用文字写下您的问题，例如：提案怎么提交？",
        "en": "Please write your question in words, e.g. how do I submit a proposal?",
    },
    "empty_question": {"zh": "请用文字发送您的问题。", "en": "Please send your question as text."},
    "too_long": {
        "zh": "问题太长了（{length} 字）。请用一两句话描述，{limit} 字以内。",
        "en": "That question is too long ({length} characters). Please ask in a sentence or two, under {limit} characters.",
    },
    "rate_limited": {
        "zh": "您提问太快了，请稍等 {seconds} 秒再问。",
        "en": "You are asking very fast; please wait {seconds} seconds.",
    },
    "error": {
        "zh": "抱歉，处理您的问题时出错了，已记录，请稍后再试。",
        "en": "Sorry, something went wrong with your question. It has been logged; please try again later.",
    },
    "button_up": {"zh": "👍 有用", "en": "👍 Helpful"},
    "button_down": {"zh": "👎 没用", "en": "👎 Not helpful"},
    "button_full": {"zh": "📄 查看全文", "en": "📄 Full text"},
    "button_nearest": {"zh": "📄 看看这一条", "en": "📄 Read it"},
    "feedback_thanks": {"zh": "谢谢反馈！", "en": "Thanks for the feedback!"},
    "feedback_down_thanks": {
        "zh": "谢谢反馈，工作人员会查看这个问题。",
        "en": "Thanks; staff will look at this question.",
    },
    "full_text": {"zh": "<b>{citation}</b>\n{text}", "en": "<b>{citation}</b>\n{text}"},
    "gone": {"zh": "这条原文已不在知识库中。", "en": "That passage is no longer in the knowledge base."},
    "not_allowed": {"zh": "抱歉，您没有使用这个功能的权限。", "en": "Sorry, you are not allowed to use this."},
    "unknown_command": {"zh": "不认识这个命令。发送 /help 查看可用命令。", "en": "Unknown command. Send /help to see what I can do."},
    "cmd_start": {"zh": "开始使用", "en": "Start"},
    "cmd_help": {"zh": "帮助", "en": "Help"},
    "cmd_new": {"zh": "开始新话题（忘记上一个问题）", "en": "New topic (forget the previous question)"},
    "new_context": {"zh": "好的，我们换个话题。请直接发来新问题。", "en": "OK, new topic. Send me your question."},
    # The button under a follow-up's answer that asks the other reading (conversation.choice.alternative).
    "other_reading": {"zh": "🔄 换个理解：{citation}", "en": "🔄 Or did you mean: {citation}"},
    "other_reading_gone": {"zh": "这个选项已失效，请直接再问一次。", "en": "That option has expired; please ask again."},
    "smalltalk_greeting": {"zh": "您好！我是{committee}的履职助手，有关提案、社情民意、会议请假、履职考核等问题都可以直接问我。",
                           "en": "Hello! I am the assistant of the {committee}: ask me about proposals, public-opinion reports, leave from meetings, duty performance and more."},
    "smalltalk_thanks": {"zh": "不客气！还有问题随时问我。", "en": "You're welcome! Ask me anything else any time."},
    "smalltalk_identity": {"zh": "我是{committee}的履职助手：从委员手册和相关文件中找到原文回答您的问题，并注明出处。",
                           "en": "I am the assistant of the {committee}: I answer from the committee's documents and quote the source."},
    "smalltalk_capability": {"zh": "我能回答委员履职中的问题，引用文件原文并注明出处；找不到答案时告诉您该联系谁。",
                             "en": "I answer questions about a member's work by quoting the documents, with the source; when I have no answer I tell you whom to ask."},
    "smalltalk_bye": {"zh": "再见！有问题随时找我。", "en": "Goodbye! I'm here whenever you need me."},
    "smalltalk_examples": {"zh": "您可以这样问：", "en": "For example, you can ask:"},
    "cmd_ask": {"zh": "提问（群聊中使用）", "en": "Ask a question (in groups)"},
}


def lang_of(language: str | None) -> str:
    return "en" if language and language.lower().startswith("en") else "zh"


# Chinese written in traditional characters: a client's language code (Telegram sends "zh-hant",
# "zh-tw", "zh-hk"), or TRADITIONAL for a member who typed the question so (bot.features.conversation).
TRADITIONAL = "zh-hant"
_TRADITIONAL_CODES = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def traditional(language: str | None) -> bool:
    """Whether ``language`` asks for Chinese in traditional characters."""
    return bool(language) and language.lower().replace("_", "-").startswith(_TRADITIONAL_CODES)


def frame_language(language: str | None) -> str:
    """The language of a reply's frame: "en", TRADITIONAL or "zh"."""
    return TRADITIONAL if traditional(language) else lang_of(language)


@functools.lru_cache(maxsize=256)
def _in_traditional(template: str) -> str:
    from kb.script import to_traditional

    return to_traditional(template)


def t(key: str, language: str | None = "zh", **values) -> str:
    """The sentence ``key`` in ``language``. The Chinese templates are written once, in simplified
    characters, and converted for TRADITIONAL before the values go in: a value may quote a
    document (a citation, a passage), and a quote stays as the document writes it."""
    entry = TEXTS[key]
    template = entry.get(lang_of(language)) or entry["zh"]
    if traditional(language):
        template = _in_traditional(template)
    return template.format(**values) if values else template
