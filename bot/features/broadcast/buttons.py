"""The broadcast feature's buttons, routed by pattern (``bc:<action>[:<argument>]``).

Every press is checked for the staff role first (callback data can be forged). Buttons on
stored broadcasts and targets work at any time; the draft's buttons need the presser's
``/broadcast`` dialog (else: "this draft has expired").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.features.broadcast import drafts
from bot.features.broadcast.chat import BroadcastService
from bot.kernel.messages import Incoming, OutMessage, Transport
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def register(assistant: "Assistant", service: BroadcastService) -> None:
    def staff_button(pattern: str):
        def deco(fn):
            async def handler(msg: Incoming, transport: Transport, match: re.Match) -> None:
                if await assistant.access.allow(assistant, msg, transport, "staff"):
                    await fn(msg, transport, match)

            assistant.button(pattern)(handler)
            return fn
        return deco

    def draft_button(pattern: str):
        """A button of the draft: handler(msg, transport, match, draft); the draft is saved after it."""
        def deco(fn):
            @staff_button(pattern)
            async def handler(msg: Incoming, transport: Transport, match: re.Match) -> None:
                draft = service.draft(msg)
                if draft is None:
                    await transport.answer_callback(msg.callback, t("bc_draft_gone", msg.user.language))
                    return
                state = await fn(msg, transport, match, draft)
                if state is not None:
                    service.save(msg, draft, state)
            return fn
        return deco

    # ----- stored broadcasts and targets -----

    @staff_button(r"bc:c:(?P<id>\d+)$")
    async def cancel(msg, transport, match):
        await transport.answer_callback(msg.callback)
        await service.cancel(msg, transport, int(match["id"]))

    @staff_button(r"bc:i:(?P<id>\d+)$")
    async def details(msg, transport, match):
        await transport.answer_callback(msg.callback)
        await service.details(msg, transport, int(match["id"]))

    @staff_button(r"bc:r:(?P<id>\d+)$")
    async def resend(msg, transport, match):
        await transport.answer_callback(msg.callback)
        await service.resend(msg, transport, int(match["id"]))

    @staff_button(r"bc:u:(?P<ref>.+)$")
    async def unregister(msg, transport, match):
        await transport.answer_callback(msg.callback)
        await service.unregister(msg, transport, match["ref"])

    @staff_button(r"bc:reg$")
    async def register_offered(msg, transport, match):
        await transport.answer_callback(msg.callback)
        await service.register_offered(msg, transport)

    # ----- the draft -----

    @draft_button(r"bc:x$")
    async def drop(msg, transport, match, draft):
        service.drop(msg, draft)
        await transport.answer_callback(msg.callback)
        await transport.send(msg.chat.id, OutMessage(t("bc_draft_cancelled", msg.user.language)))
        return None

    @draft_button(r"bc:(?P<what>t:(?P<target>\d+)|all)$")
    async def pick(msg, transport, match, draft):
        drafts.toggle(draft["picks"], f"target:{match['target']}" if match["target"] else "members")
        await transport.answer_callback(msg.callback)
        await service.edit_menu(msg, transport, service.audience_menu(draft, msg.user.language), draft)
        return "content"

    @draft_button(r"bc:(?P<column>[sd]):(?P<i>\d+)$")
    async def pick_group(msg, transport, match, draft):
        column = "sector" if match["column"] == "s" else "district"
        names = draft["sectors" if column == "sector" else "districts"]
        i = int(match["i"])
        if i < len(names):
            drafts.toggle(draft["picks"], f"{column}:{names[i]}")
        await transport.answer_callback(msg.callback)
        await service.edit_menu(msg, transport, service.group_menu(draft, column, msg.user.language), draft)
        return "content"

    @draft_button(r"bc:(?P<column>sec|dis)$")
    async def groups(msg, transport, match, draft):
        await transport.answer_callback(msg.callback)
        column = "sector" if match["column"] == "sec" else "district"
        await service.edit_menu(msg, transport, service.group_menu(draft, column, msg.user.language), draft)
        return "content"

    @draft_button(r"bc:back$")
    async def back(msg, transport, match, draft):
        await transport.answer_callback(msg.callback)
        draft["scheduled_at"] = None
        drafts.set_menu(draft, await transport.send(msg.chat.id, service.audience_menu(draft, msg.user.language)))
        return "content"

    @draft_button(r"bc:done$")
    async def preview(msg, transport, match, draft):
        return "preview" if await service.preview(msg, transport, draft) else None

    @draft_button(r"bc:sched$")
    async def schedule(msg, transport, match, draft):
        await transport.answer_callback(msg.callback)
        await service.ask_time(msg, transport)
        return "time"

    @staff_button(r"bc:(?P<how>now|ok)$")
    async def confirm(msg, transport, match):
        await service.confirm(msg, transport, scheduled=match["how"] == "ok")


__all__ = ["register"]
