"""The conversation feature: each member's context in each chat, follow-ups and small talk.

Modules: ``service`` (the Conversation the kernel consults before a message is
searched), ``followup`` (the rules reading an elliptical follow-up with the
previous question), ``readings`` (candidate readings of a possible follow-up),
``choice`` (searching them and keeping the one the knowledge base answers),
``smalltalk`` (greetings, thanks, "你是谁"). State lives in memory: there are no
tables and no migrations.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.conversation.service import Conversation
from bot.kernel.messages import Incoming, OutMessage, Transport
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> Conversation:
    """Give the kernel its conversation (``assistant.conversation``) and register /new."""
    settings = assistant.settings.conversation
    conv = Conversation(assistant, settings.ttl_seconds,
                        {"zh": list(settings.examples), "en": list(settings.examples_en)},
                        margin=settings.reading_margin, by=settings.reading_by,
                        agreement=settings.agreement_confidence, typed_margin=settings.reading_margin_typed)
    assistant.conversation = conv

    @assistant.command("new", description={"zh": t("cmd_new", "zh"), "en": t("cmd_new", "en")})
    async def new(msg: Incoming, transport: Transport) -> None:
        conv.clear((msg.chat.id, msg.user.id))
        await transport.send(msg.chat.id, OutMessage(t("new_context", msg.user.language), reply_to=msg.message_id))

    return conv


__all__ = ["Conversation", "install"]
