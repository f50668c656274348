"""The conversation feature: each member's context in each chat, follow-ups and small talk.

Modules: ``service`` (the Conversation the kernel consults before a message is
searched), ``followup`` (the rules reading an elliptical follow-up with the
previous question), ``readings`` (candidate readings of a possible follow-up),
``choice`` (searching them and keeping the one the knowledge base answers),
``smalltalk`` (greetings, thanks, "你是谁"), ``store`` (its one table). A member's
context lives in memory; the other reading a reply offers as a button ("🔄 换个理解")
is kept in ``offered_readings``, so that the button still works after a restart.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.features.conversation.service import Conversation
from bot.features.conversation.store import conversation_migrations
from bot.kernel.buttons import owned_question
from bot.kernel.messages import Incoming, OutMessage, Transport
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> Conversation:
    """Give the kernel its conversation (``assistant.conversation``), register /new and the
    button that asks another reading."""
    conversation_migrations.apply(assistant.db)      # ours, explicitly (idempotent)
    settings = assistant.settings.conversation
    conv = Conversation(assistant, settings.ttl_seconds,
                        {"zh": list(settings.examples), "en": list(settings.examples_en)},
                        margin=settings.reading_margin, by=settings.reading_by,
                        agreement=settings.agreement_confidence, typed_margin=settings.reading_margin_typed,
                        offer=settings.offer_other_reading, as_typed=settings.reading_margin_as_typed)
    assistant.conversation = conv

    @assistant.command("new", description={"zh": t("cmd_new", "zh"), "en": t("cmd_new", "en")})
    async def new(msg: Incoming, transport: Transport) -> None:
        conv.clear((msg.chat.id, msg.user.id))
        await transport.send(msg.chat.id, OutMessage(t("new_context", msg.user.language), reply_to=msg.message_id))

    @assistant.button(r"alt:(?P<qid>.*)$")
    async def other_reading(msg: Incoming, transport: Transport, match: re.Match) -> None:
        # Only the asker's own answer: in a group, another member's press is refused.
        row = await owned_question(assistant, msg, transport, match["qid"])
        if row is None:
            return
        await transport.answer_callback(msg.callback)
        assistant.log_event("other_reading", msg, {"question_id": int(match["qid"])})
        understood = conv.offered(int(match["qid"]))
        if understood is None:
            await transport.send(msg.chat.id, OutMessage(t("other_reading_gone", msg.user.language)))
            return
        await assistant.ask(msg, transport, understood.text, understood=understood)

    return conv


__all__ = ["Conversation", "install"]
