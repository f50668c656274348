"""A channel post forwarded to the bot: answer it, or say why not.

Members forward a post from the committee's channel with a question in it ("提案最晚什么时候
交？") expecting an answer; the core used to hand every forwarded channel post to the access
policy, whose only use for it is staff registering a channel for broadcasts, so members got
silence. Now, in a private chat:

* staff and admins keep the registration offer (``hooks.on_staff_forward``) and are told that
  the post is not taken as a question (they forward posts to register channels);
* anyone else gets the post's text answered as a question (the usual access check, rate
  limit and hint for text without words apply), or, for a post without text (a photo, a
  file), a sentence saying that only text can be answered.

In a group a forwarded post is chatter unless it mentions or replies to the bot.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.flood import trusted
from bot.kernel.messages import Incoming, OutMessage, Transport
from bot.kernel.texts import TEXTS, t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

TEXTS.update({
    "fwd_no_text": {
        "zh": "转发的这条频道消息没有文字，我只能回答文字问题。请直接发送您的问题。",
        "en": "The forwarded channel post has no text; I can only answer questions in words. Please send your question.",
    },
    "fwd_staff_note": {
        "zh": "（转发的频道消息用于登记通知频道，不会当作提问；要测试问答，请直接发送问题。）",
        "en": "(Forwarded channel posts are for registering broadcast channels, not taken as questions; "
              "to test an answer, send the question itself.)",
    },
})


async def on_forwarded_post(assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
    language = msg.user.language
    if not msg.is_private:
        if msg.mentioned or msg.reply_to_bot:
            await assistant.ask(msg, transport, msg.text)
        return
    role = assistant.access.role(assistant, msg.user)
    if trusted(msg.user.id, role):
        await assistant.access.on_unaddressed(assistant, msg, transport)
        for hook in assistant.hooks.on_staff_forward:
            await hook(msg, transport)
        await transport.send(msg.chat.id, OutMessage(t("fwd_staff_note", language)))
        return
    if not (msg.text or "").strip():
        await transport.send(msg.chat.id, OutMessage(t("fwd_no_text", language), reply_to=msg.message_id))
        return
    await assistant.ask(msg, transport, msg.text)


__all__ = ["on_forwarded_post"]
