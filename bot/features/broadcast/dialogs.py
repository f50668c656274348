"""The broadcast feature's dialogs, declared as states (bot.kernel.dialogs).

``broadcast`` (``/broadcast``, staff, private):

======== ================================================ ==========================
state    a message there                                   buttons meanwhile
======== ================================================ ==========================
content  text and/or a file: the draft; the audience menu  audience, preview (-> preview)
preview  new text or file: replaces the draft's (-> content) send now, schedule (-> time)
time     a time in the committee's zone (-> preview)       confirm the schedule
======== ================================================ ==========================

``bc_register`` (``/register`` in private): one state, ``reply``, a forwarded channel post
or an ``@name``. ``/cancel`` ends either at any step (a draft's file is removed).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.broadcast import drafts
from bot.features.broadcast.chat import DIALOG, DRAFT_TTL, REGISTER_DIALOG
from bot.kernel.dialogs import END, Dialog, Step
from bot.kernel.messages import OutMessage
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.broadcast.chat import BroadcastService


def declare(service: "BroadcastService") -> None:
    async def content(step: Step) -> str:
        await service.take_content(step.msg, step.transport, step.data)
        return "content"

    async def time_step(step: Step) -> str:
        return "preview" if await service.take_time(step.msg, step.transport, step.data) else "time"

    async def cancelled(step: Step) -> None:
        drafts.drop_document(step.data, service.data_dir)
        await step.transport.send(step.msg.chat.id, OutMessage(t("bc_cancelled_generic", step.language)))

    async def register_reply(step: Step):
        await service.take_register_reply(step.msg, step.transport)
        return END

    dialogs = service.assistant.dialogs
    dialogs.declare(Dialog(DIALOG, {"content": content, "preview": content, "time": time_step},
                           on_cancel=cancelled, timeout=DRAFT_TTL))
    dialogs.declare(Dialog(REGISTER_DIALOG, {"reply": register_reply}, timeout=DRAFT_TTL))


__all__ = ["declare"]
