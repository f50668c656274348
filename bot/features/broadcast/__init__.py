"""Broadcasts: staff announcements to registered channels/groups and to members.

Targets: staff add the bot to a group and run ``/register`` there; for a channel they run
``/register`` in a private chat and forward one of the channel's posts (or give its
@name). ``/channels`` lists targets, ``/unregister`` removes one.

``/broadcast`` (staff, private chat) is a dialog: the text (HTML subset kept; a file may be
attached), then the audience (registered channels, all verified members, members of a 界别
or a 街道社区 — any combination), then a preview with the recipient count; nothing is sent
before the confirm button. "Schedule" asks for a time in the committee's time zone;
``/scheduled`` lists pending broadcasts and cancels them. ``/broadcasts`` shows past ones
with delivery counts and, on request, who did not get it and why. Members opt out of
broadcasts to their private chat with ``/mute`` (``/unmute`` to undo).

The package:

========== ===============================================================
store      the four broadcast tables and every SQL statement on them
texts      what it says (zh, en) and delivery reasons in words
sanitize   staff's HTML subset
content    parts of a message, documents, authors, BroadcastError
targets    registered groups/channels
audience   who receives it (members through the roster's functions)
schedule   times in the committee's zone
service    create, fire, follow, cancel, resend (the API the CLI uses)
journal    who did what (roster's audit + the kernel's events)
reports    the delivery report and details
delivery   the outbox client: payloads, schedule, done, report
chat       commands and what dialog steps and buttons do
drafts     the draft as dialog data
dialogs    the declared dialogs
buttons    the pattern-routed buttons
========== ===============================================================
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from bot.features.broadcast.audience import (Audience, Recipient, audience_label, groups_of, member_chat,
                                             normalize_audience, resolve_audience, verified_members)
from bot.features.broadcast.content import (CAPTION_LIMIT, MESSAGE_LIMIT, Author, BroadcastError, Document,
                                            prepare_parts)
from bot.features.broadcast.reports import details_html, report_buttons, report_html, send_report
from bot.features.broadcast.sanitize import sanitize_html
from bot.features.broadcast.schedule import format_duration, format_when, parse_when
from bot.features.broadcast.service import (OWNER, cancel_broadcast, create_broadcast, get_broadcast,
                                            list_broadcasts, materialize, recipient_states, requeue_unconfirmed,
                                            summary)
from bot.features.broadcast.store import broadcast_migrations
from bot.features.broadcast.targets import find_target, register_target, target_label, targets, unregister_target
from bot.features.broadcast.texts import REASON_LABELS, reason_label
from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.broadcast.chat import BroadcastService
    from bot.kernel.assistant import Assistant

_installed: "weakref.WeakKeyDictionary[Assistant, BroadcastService]" = weakref.WeakKeyDictionary()


def outbox_client(db, transport_for, *, clock=None):
    """The outbox client of broadcasts for a worker without an Assistant (``ingest.py outbox run``)."""
    import time

    from bot.features.broadcast.delivery import BroadcastDelivery

    return BroadcastDelivery(db, transport_for, clock=clock or time.time)


def install(assistant: "Assistant") -> "BroadcastService":
    """Commands, dialogs and buttons of broadcasts; their outbox client on the bot's outbox worker.

    The worker (bot.features.outbox) starts when a transport attaches inside a running loop
    and stops with ``assistant.close()``. Idempotent (FEATURES and a test may both install)."""
    if assistant in _installed:
        return _installed[assistant]
    from bot.features import outbox
    from bot.features.broadcast import buttons, dialogs, drafts
    from bot.features.broadcast.chat import BroadcastService
    from bot.features.broadcast.delivery import BroadcastDelivery

    broadcast_migrations.apply(assistant.db)     # ours, explicitly (idempotent)
    runner = outbox.install(assistant)
    service = _installed[assistant] = BroadcastService(assistant, runner)
    runner.add_client(BroadcastDelivery(assistant.db, assistant.transport_for, clock=lambda: runner.clock()))
    assistant.broadcast = service

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    assistant.command("broadcast", role="staff", private_only=True, description=desc("cmd_broadcast"))(service.cmd_broadcast)
    assistant.command("broadcasts", role="staff", private_only=True, description=desc("cmd_broadcasts"))(service.cmd_broadcasts)
    assistant.command("scheduled", role="staff", private_only=True, description=desc("cmd_scheduled"))(service.cmd_scheduled)
    assistant.command("channels", role="staff", private_only=True, description=desc("cmd_channels"))(service.cmd_channels)
    assistant.command("register", role="staff", description=desc("cmd_register"))(service.cmd_register)
    assistant.command("unregister", role="staff", description=desc("cmd_unregister"))(service.cmd_unregister)

    async def mute(msg: Incoming, transport: Transport) -> None:
        await service.set_muted(msg, transport, True)

    async def unmute(msg: Incoming, transport: Transport) -> None:
        await service.set_muted(msg, transport, False)

    assistant.command("mute", private_only=True, description=desc("cmd_mute"))(mute)
    assistant.command("unmute", private_only=True, description=desc("cmd_unmute"))(unmute)
    dialogs.declare(service)
    buttons.register(assistant, service)

    if "cancel" not in assistant.commands:
        # /cancel outside any dialog (a dialog's /cancel is the kernel's): say so anyway.
        async def cancel(msg: Incoming, transport: Transport) -> None:
            await transport.send(msg.chat.id, OutMessage(t("bc_cancelled_generic", msg.user.language)))

        assistant.command("cancel")(cancel)

    assistant.hooks.on_staff_forward.append(service.on_forwarded)
    drafts.sweep(assistant.config.data_dir)
    return service


__all__ = ["install", "outbox_client", "OWNER", "broadcast_migrations", "BroadcastError", "Document", "Author",
           "Recipient", "Audience", "sanitize_html", "prepare_parts", "normalize_audience", "resolve_audience",
           "audience_label", "groups_of", "member_chat", "verified_members", "targets", "register_target",
           "find_target", "unregister_target", "target_label", "create_broadcast", "materialize", "get_broadcast",
           "list_broadcasts", "recipient_states", "summary", "cancel_broadcast", "requeue_unconfirmed",
           "report_html", "report_buttons", "details_html", "send_report", "parse_when", "format_when",
           "format_duration", "reason_label", "REASON_LABELS", "MESSAGE_LIMIT", "CAPTION_LIMIT", "esc"]
