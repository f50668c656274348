"""The staff dialogs of the queue and the FAQ, as declared states (bot.kernel.dialogs).

A button opens one (``cq:a``, ``cq:d``, ``cq:e``, ``cq:q``: bot.features.curation.buttons);
the staff member's next message is the answer, the reason, the new answer or the new
display question. The draft (which item or entry) is the dialog's ``data``, so the dialog
survives a restart; ``/cancel`` ends it; a message without text is asked for again.

=================  ================  ===============================================
state              data              the next message
=================  ================  ===============================================
``answer``         ``{"item": N}``   answers queue item N (askers notified)
``dismiss``        ``{"item": N}``   dismisses item N with that reason
``edit_answer``    ``{"entry": N}``  replaces FAQ entry N's answer
``edit_question``  ``{"entry": N}``  replaces the question entry N shows to members
=================  ================  ===============================================
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from bot.features.curation.chat import answer_and_report, dismiss_and_report
from bot.kernel.dialogs import END, STAY, Dialog, Step
from bot.kernel.messages import Incoming, OutMessage
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.curation.service import Curation

NAME = "curation"


async def _text_only(step: Step) -> bool:
    """False (after asking for text) when the message has none: a photo is not an answer."""
    if step.msg.text.strip():
        return True
    await step.transport.send(step.msg.chat.id, OutMessage(t("cur_text_only", step.language)))
    return False


async def take_answer(cur: "Curation", step: Step) -> str | None:
    if not await _text_only(step):
        return STAY
    await answer_and_report(cur, step.msg, step.transport, step.data["item"], step.msg.text)
    return END


async def take_reason(cur: "Curation", step: Step) -> str | None:
    if not await _text_only(step):
        return STAY
    await dismiss_and_report(cur, step.msg, step.transport, step.data["item"], step.msg.text)
    return END


async def take_new_answer(cur: "Curation", step: Step) -> str | None:
    if not await _text_only(step):
        return STAY
    ok = cur.edit_entry(step.data["entry"], step.msg.text, step.msg.user)
    await _edited(step, ok)
    return END


async def take_new_question(cur: "Curation", step: Step) -> str | None:
    if not await _text_only(step):
        return STAY
    ok = cur.edit_question(step.data["entry"], step.msg.text, step.msg.user)
    await _edited(step, ok)
    return END


async def _edited(step: Step, ok: bool) -> None:
    await step.transport.send(step.msg.chat.id, OutMessage(
        t("cur_edited_ok" if ok else "cur_not_found", step.language, id=step.data["entry"])))


def declare(cur: "Curation") -> Dialog:
    return cur.assistant.dialogs.declare(Dialog(NAME, {
        "answer": partial(take_answer, cur),
        "dismiss": partial(take_reason, cur),
        "edit_answer": partial(take_new_answer, cur),
        "edit_question": partial(take_new_question, cur),
    }))


def start(cur: "Curation", msg: Incoming, state: str, **data: int) -> None:
    """Put the presser of a button at ``state``: their next message goes to that step."""
    cur.assistant.dialogs.start(msg, NAME, state, data)


def stop(cur: "Curation", msg: Incoming) -> None:
    """End the presser's dialog (a preset reason replaced the typed one)."""
    active = cur.assistant.dialogs.active(msg.chat.id, msg.user.id)
    if active is not None and active.dialog == NAME:
        cur.assistant.dialogs.clear(msg.chat.id, msg.user.id)


__all__ = ["declare", "start", "stop", "NAME"]
