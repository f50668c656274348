"""Who may press a button that acts on a logged question.

Callback data comes from the client and can be forged (any ``full:N`` or
``fb:down:N`` on any of the bot's messages). The core admits the presser with
the access policy before any button handler runs (``Assistant._handle_callback``);
the handlers of buttons that act on a question (``fb:``, ``full:``, ``cq:kb:``)
then call :func:`owned_question`, which checks that the question is the
presser's own. In a group, everyone there saw the answer, so read-only buttons
(the full article) are open to whoever presses in that same group.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.kernel import store
from bot.kernel.messages import Incoming, Transport
from bot.kernel.texts import TEXTS, t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.buttons")

TEXTS.update({
    "button_not_yours": {
        "zh": "这个按钮属于别人的提问，无法操作。",
        "en": "This button belongs to someone else's question.",
    },
})


async def owned_question(assistant: "Assistant", msg: Incoming, transport: Transport, qid: str,
                         *, group_ok: bool = False) -> dict | None:
    """The questions row ``qid`` if the presser may act on it; otherwise answer the press and return None.

    ``group_ok``: also allowed for anyone pressing in the group chat where the question was asked
    (for buttons that only show what the group has already seen).
    """
    data = msg.callback.data if msg.callback else ""
    if not qid.isdigit():
        assistant.log_event("refused", msg, {"callback": data[:64], "why": "bad_data"})
        await transport.answer_callback(msg.callback)
        return None
    row = store.question(assistant.db, int(qid))
    if row is not None and row["user_id"] == msg.user.id:
        return row
    if row is not None and group_ok and row["chat_kind"] != "private" and row["chat_id"] == msg.chat.id:
        return row
    assistant.log_event("refused", msg, {"callback": data[:64], "why": "not_owner" if row else "unknown"})
    log.info("refused button %s from %s: not their question", data[:64], msg.user.id)
    await transport.answer_callback(msg.callback, t("button_not_yours", msg.user.language))
    return None


__all__ = ["owned_question"]
