"""The chat side of broadcasts: commands, menus, and what the dialog steps and buttons do.

The steps of the ``/broadcast`` and ``/register`` dialogs are declared in
:mod:`bot.features.broadcast.dialogs`, the buttons in :mod:`bot.features.broadcast.buttons`;
both call the methods here. The draft of a broadcast is the dialog's JSON data
(:mod:`bot.features.broadcast.drafts`).
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.features.broadcast import drafts
from bot.features.broadcast.audience import audience_label, groups_of, reachable_members, resolve_audience
from bot.features.broadcast.content import Author, BroadcastError, prepare_parts
from bot.features.broadcast.reports import details_html, report_buttons, report_html
from bot.features.broadcast.sanitize import sanitize_html
from bot.features.broadcast.schedule import example_time, format_when, parse_when
from bot.features.broadcast.service import (cancel_broadcast, create_broadcast, get_broadcast, list_broadcasts,
                                            requeue_unconfirmed, summary)
from bot.features.broadcast.targets import register_target, target_label, targets, unregister_target
from bot.features.roster import member_for_user, set_muted
from bot.kernel.messages import AttachmentDamaged, Button, Chat, Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.outbox import OutboxRunner
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.broadcast")

DIALOG = "broadcast"              # the /broadcast dialog: states content, preview, time
REGISTER_DIALOG = "bc_register"   # /register in private: the forwarded post or @name
DRAFT_TTL = 3600.0


def actor(msg: Incoming) -> str:
    return msg.user.id + (f" (@{msg.user.username})" if msg.user.username else "")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BroadcastService:
    """Broadcasts in chat. The outbox worker runs in the outbox feature's runner; ``wake``,
    ``stop`` and ``clock`` reach it (a broadcast confirmed here is sent at once)."""

    def __init__(self, assistant: "Assistant", runner: "OutboxRunner"):
        self.assistant = assistant
        self.db = assistant.db
        self.runner = runner
        self.tz = assistant.config.committee.timezone
        self.data_dir = assistant.config.data_dir
        self.offers: dict[str, Chat] = {}      # user id -> channel offered for registration

    # ----- the delivering worker (the outbox's) -----

    @property
    def clock(self):
        return self.runner.clock

    @clock.setter
    def clock(self, fn) -> None:     # tests move time forward
        self.runner.clock = fn

    @property
    def worker(self):
        return self.runner.worker

    @property
    def _task(self):
        return self.runner._task

    def start(self):
        return self.runner.start()

    async def stop(self) -> None:
        await self.runner.stop()

    def wake(self) -> None:
        self.runner.wake()

    # ----- the draft -----

    def draft(self, msg: Incoming) -> dict | None:
        found = self.assistant.dialogs.active(msg.chat.id, msg.user.id)
        return found.data if found is not None and found.dialog == DIALOG else None

    def save(self, msg: Incoming, draft: dict, state: str | None = None) -> None:
        found = self.assistant.dialogs.active(msg.chat.id, msg.user.id)
        self.assistant.dialogs.start(msg, DIALOG, state or (found.state if found else "content"), draft)

    def drop(self, msg: Incoming, draft: dict | None) -> None:
        if draft is not None:
            drafts.drop_document(draft, self.data_dir)
        self.assistant.dialogs.clear(msg.chat.id, msg.user.id)

    # ----- /broadcast -----

    async def cmd_broadcast(self, msg: Incoming, transport: Transport) -> None:
        old = self.draft(msg)
        if old is not None:
            drafts.drop_document(old, self.data_dir)
        self.assistant.dialogs.start(msg, DIALOG, "content", drafts.new_draft())
        await transport.send(msg.chat.id, OutMessage(t("bc_ask_text", msg.user.language)))

    async def take_content(self, msg: Incoming, transport: Transport, draft: dict) -> None:
        """Text and/or a file: at the first step, and later (replace the text, attach a file)."""
        lang = msg.user.language
        if msg.attachment is not None:
            limit_mb = self.assistant.config.ingest.max_file_mb
            if msg.attachment.size and msg.attachment.size > limit_mb * 1024 * 1024:
                await transport.send(msg.chat.id, OutMessage(t("bc_file_too_big", lang, mb=limit_mb)))
                return
            try:
                data = await msg.attachment.fetch()
            except AttachmentDamaged as exc:   # altered on the way or undecryptable: nothing is kept
                log.warning("broadcast attachment %s arrived damaged: %s", msg.attachment.file_name, exc)
                await transport.send(msg.chat.id, OutMessage(t("bc_file_damaged", lang,
                                                               name=esc(msg.attachment.file_name or ""))))
                return
            drafts.attach(draft, self.data_dir, msg.attachment.file_name, msg.attachment.mime_type, data)
        text = msg.html or sanitize_html(msg.text or "")
        if text.strip():
            draft["html"] = text.strip()
        if not draft["html"] and not draft["doc"]:
            await transport.send(msg.chat.id, OutMessage(t("bc_need_text", lang)))
            return
        try:
            prepare_parts(draft["html"], drafts.doc_name(draft))
        except BroadcastError as exc:
            if exc.key == "bc_too_long":
                draft["html"] = ""
            await transport.send(msg.chat.id, OutMessage(t(exc.key, lang, **exc.values) if exc.values or exc.key != "bc_error"
                                                         else t("bc_error", lang, reason=esc(str(exc)))))
            return
        draft["scheduled_at"] = None
        drafts.set_menu(draft, await transport.send(msg.chat.id, self.audience_menu(draft, lang)))

    def audience_menu(self, draft: dict, lang) -> OutMessage:
        picks = draft["picks"]
        count = len(resolve_audience(self.db, picks).recipients) if picks else 0
        picked = esc(audience_label(self.db, picks, lang)) if picks else t("bc_nothing_picked", lang)
        rows: list[list[Button]] = []
        for target in targets(self.db)[:30]:
            mark = "✅ " if f"target:{target['id']}" in picks else ""
            icon = "📢 " if target["kind"] == "channel" else "👥 "
            rows.append([Button(mark + icon + target_label(target)[:40], data=f"bc:t:{target['id']}")])
        mark = "✅ " if "members" in picks else ""
        rows.append([Button(f"{mark}{t('bc_all_members', lang)} ({reachable_members(self.db)})", data="bc:all")])
        rows.append([Button(t("bc_by_sector", lang), data="bc:sec"), Button(t("bc_by_district", lang), data="bc:dis")])
        rows.append([Button(t("bc_next", lang), data="bc:done"), Button(t("bc_cancel", lang), data="bc:x")])
        return OutMessage(t("bc_audience", lang, picked=picked, count=count), buttons=rows)

    def group_menu(self, draft: dict, column: str, lang) -> OutMessage:
        groups = groups_of(self.db, column)
        draft["sectors" if column == "sector" else "districts"] = [g for g, _ in groups]
        rows = []
        for i, (name, n) in enumerate(groups[:40]):
            mark = "✅ " if f"{column}:{name}" in draft["picks"] else ""
            rows.append([Button(f"{mark}{name} ({n})", data=f"bc:{column[0]}:{i}")])
        rows.append([Button(t("bc_back", lang), data="bc:back")])
        head = t("bc_pick_sector" if column == "sector" else "bc_pick_district", lang)
        if not groups:
            head += "\n" + t("bc_none_listed", lang)
        return OutMessage(head, buttons=rows)

    async def edit_menu(self, msg: Incoming, transport: Transport, out: OutMessage, draft: dict) -> None:
        ref = msg.callback.message if msg.callback and msg.callback.message else drafts.menu_ref(draft)
        if ref is None:
            drafts.set_menu(draft, await transport.send(msg.chat.id, out))
        else:
            await transport.edit(ref, out)

    async def preview(self, msg: Incoming, transport: Transport, draft: dict) -> bool:
        """The message as recipients will see it and the confirm buttons; False if nothing to confirm."""
        lang = msg.user.language
        if not draft["picks"]:
            await transport.answer_callback(msg.callback, t("bc_pick_first", lang))
            return False
        audience = resolve_audience(self.db, draft["picks"])
        if not audience.recipients:
            await transport.answer_callback(msg.callback, t("bc_no_recipients", lang))
            return False
        await transport.answer_callback(msg.callback)
        await transport.send(msg.chat.id, OutMessage(t("bc_preview_head", lang)))
        if draft["html"]:
            for _kind, part in prepare_parts(draft["html"], None):
                await transport.send(msg.chat.id, OutMessage(part, notice=False))
        if draft["doc"]:
            await transport.send(msg.chat.id, OutMessage(t("bc_preview_doc", lang, name=esc(draft["doc"]["name"]),
                                                           size=_size(draft["doc"]["size"]))))
        muted = t("bc_preview_muted", lang, n=audience.muted) if audience.muted else ""
        await transport.send(msg.chat.id, OutMessage(
            t("bc_preview", lang, audience=esc(audience_label(self.db, draft["picks"], lang)),
              count=len(audience.recipients), channels=audience.channels, members=audience.members, muted=muted),
            buttons=[[Button(t("bc_send_now", lang), data="bc:now"), Button(t("bc_schedule", lang), data="bc:sched")],
                     [Button(t("bc_edit", lang), data="bc:back"), Button(t("bc_cancel", lang), data="bc:x")]]))
        return True

    async def ask_time(self, msg: Incoming, transport: Transport) -> None:
        await transport.send(msg.chat.id, OutMessage(t("bc_ask_time", msg.user.language, tz=esc(self.tz),
                                                       example=example_time(self.tz, self.clock()))))

    async def take_time(self, msg: Incoming, transport: Transport, draft: dict) -> bool:
        """A time for the schedule; True when understood (the confirmation is shown)."""
        lang = msg.user.language
        try:
            when = parse_when(msg.text, self.tz, now=self.clock())
        except ValueError:
            await transport.send(msg.chat.id, OutMessage(t("bc_bad_time", lang,
                                                           example=example_time(self.tz, self.clock()))))
            return False
        if when <= self.clock():
            await transport.send(msg.chat.id, OutMessage(t("bc_past_time", lang)))
            return False
        draft["scheduled_at"] = when
        audience = resolve_audience(self.db, draft["picks"])
        await transport.send(msg.chat.id, OutMessage(
            t("bc_confirm_schedule", lang, when=format_when(when, self.tz),
              audience=esc(audience_label(self.db, draft["picks"], lang)), count=len(audience.recipients)),
            buttons=[[Button(t("bc_confirm", lang), data="bc:ok"), Button(t("bc_cancel", lang), data="bc:x")]]))
        return True

    async def confirm(self, msg: Incoming, transport: Transport, *, scheduled: bool) -> None:
        lang = msg.user.language
        draft = self.draft(msg)
        if draft is None or (scheduled and not draft["scheduled_at"]):
            await transport.answer_callback(msg.callback, t("bc_draft_gone", lang))
            return
        # Ended before any await: a double press sends once.
        self.assistant.dialogs.clear(msg.chat.id, msg.user.id)
        await transport.answer_callback(msg.callback)
        author = Author(msg.user.id, msg.user.display_name or msg.user.username or msg.user.id, msg.chat.id, lang)
        when = draft["scheduled_at"] if scheduled else None
        if when is not None and when <= self.clock():
            when = None     # the time passed while the staff member looked at the preview: send now
        try:
            bid = create_broadcast(self.db, html=draft["html"], audience=draft["picks"], author=author,
                                   document=drafts.document(draft, self.data_dir), scheduled_at=when, source="chat",
                                   now=self.clock())
        except BroadcastError as exc:
            await transport.send(msg.chat.id, OutMessage(t("bc_error", lang, reason=esc(str(exc)))))
            return
        finally:
            drafts.drop_document(draft, self.data_dir)
        b = get_broadcast(self.db, bid)     # recorded (events + audit) by create_broadcast
        if when:
            text = t("bc_scheduled_ok", lang, id=bid, when=format_when(when, self.tz))
        else:
            text = t("bc_started", lang, id=bid, count=b["recipients"])
        await transport.send(msg.chat.id, OutMessage(text))
        self.wake()

    # ----- lists, cancel, details -----

    async def cmd_scheduled(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        rows = list_broadcasts(self.db, states=("scheduled", "sending"), limit=20)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_scheduled_empty", lang)))
            return
        lines, buttons = [], []
        for b in reversed(rows):
            when = b["scheduled_at"] if b["state"] == "scheduled" else b["created_at"]
            lines.append(t("bc_scheduled_line", lang, id=b["id"], when=format_when(when, self.tz),
                           audience=esc(audience_label(self.db, b["audience"], lang)), count=b["recipients"],
                           status=t(f"bc_status_{b['state']}", lang)))
            buttons.append([Button(t("bc_cancel_button", lang, id=b["id"]), data=f"bc:c:{b['id']}")])
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=buttons))

    async def cancel(self, msg: Incoming, transport: Transport, bid: int) -> None:
        lang = msg.user.language
        result = cancel_broadcast(self.db, bid, by=actor(msg))
        if result is None:
            key = "bc_cancel_too_late" if get_broadcast(self.db, bid) else "bc_not_found"
            await transport.send(msg.chat.id, OutMessage(t(key, lang, id=bid)))
            return
        _, delivered = result
        rest = t("bc_cancel_rest", lang, n=delivered) if delivered else ""
        await transport.send(msg.chat.id, OutMessage(t("bc_cancel_done", lang, id=bid, rest=rest)))

    async def resend(self, msg: Incoming, transport: Transport, bid: int) -> None:
        n = requeue_unconfirmed(self.db, bid, by=actor(msg))
        self.wake()
        await transport.send(msg.chat.id, OutMessage(t("bc_resent", msg.user.language, n=n)))

    async def cmd_broadcasts(self, msg: Incoming, transport: Transport) -> None:
        lang = msg.user.language
        arg = msg.args.strip().lstrip("#")
        if arg.isdigit():
            await self.details(msg, transport, int(arg))
            return
        rows = list_broadcasts(self.db, limit=10)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_list_empty", lang)))
            return
        lines, buttons = [], []
        for b in rows:
            s = summary(self.db, b["id"])
            status = t(f"bc_status_{b['state']}", lang)
            if b["state"] != "scheduled":
                status += " · " + t("bc_list_counts", lang, sent=s["sent"], total=s["total"])
            lines.append(t("bc_list_line", lang, id=b["id"], when=format_when(b["created_at"], self.tz),
                           author=esc(b["author_name"] or b["author_id"]),
                           audience=esc(audience_label(self.db, b["audience"], lang)), status=status))
            buttons.append(Button(f"#{b['id']}", data=f"bc:i:{b['id']}"))
        rows_of_buttons = [buttons[i:i + 5] for i in range(0, len(buttons), 5)]
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=rows_of_buttons))

    async def details(self, msg: Incoming, transport: Transport, bid: int) -> None:
        lang = msg.user.language
        if get_broadcast(self.db, bid) is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_not_found", lang, id=bid)))
            return
        resend = report_buttons(self.db, bid, lang)[0][1:]      # details are shown: keep only "resend"
        await transport.send(msg.chat.id, OutMessage(
            report_html(self.db, bid, lang) + "\n\n" + details_html(self.db, bid, lang),
            buttons=[resend] if resend else []))

    # ----- targets -----

    async def cmd_register(self, msg: Incoming, transport: Transport) -> None:
        if not msg.is_private:
            await self.register_chat(msg, transport, msg.chat)
            return
        arg = msg.args.strip()
        if arg:
            await self.register_ref(msg, transport, arg)
            return
        self.assistant.dialogs.start(msg, REGISTER_DIALOG, "reply")
        await transport.send(msg.chat.id, OutMessage(t("bc_reg_ask", msg.user.language)))

    async def take_register_reply(self, msg: Incoming, transport: Transport) -> None:
        text = (msg.text or "").strip()
        if msg.forwarded_from_chat is not None:
            await self.register_chat(msg, transport, msg.forwarded_from_chat)
        elif re.fullmatch(r"@[A-Za-z][A-Za-z0-9_]{3,}", text):
            await self.register_ref(msg, transport, text)
        else:
            await transport.send(msg.chat.id, OutMessage(t("bc_reg_bad", msg.user.language)))

    async def register_ref(self, msg: Incoming, transport: Transport, ref: str) -> None:
        """``@channelname``: resolved to the numeric id when the transport can (``info.resolves_names``)."""
        name = ref if ref.startswith("@") else "@" + ref
        chat = None
        if transport.info.resolves_names:
            try:
                chat = await transport.resolve_chat(name)
            except Exception:
                log.info("could not resolve %s", name, exc_info=True)
        network = self.assistant.network_of(msg.chat.id) or transport.info   # the staff chat's network
        chat = chat or Chat(id=network.qualify(name), kind="channel", title=name)
        await self.register_chat(msg, transport, chat, username=name.lstrip("@"))

    async def register_chat(self, msg: Incoming, transport: Transport, chat: Chat, username: str | None = None) -> None:
        kind = "channel" if chat.kind == "channel" else "group"
        target, created = register_target(self.db, chat.id, kind=kind, title=chat.title or chat.id,
                                          username=username, by=actor(msg))
        key = "bc_reg_ok" if created else "bc_reg_again"
        await transport.send(msg.chat.id, OutMessage(t(key, msg.user.language, title=esc(target_label(target)))))

    async def register_offered(self, msg: Incoming, transport: Transport) -> None:
        chat = self.offers.pop(msg.user.id, None)
        if chat is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_draft_gone", msg.user.language)))
        else:
            await self.register_chat(msg, transport, chat)

    async def unregister(self, msg: Incoming, transport: Transport, ref: str) -> None:
        lang = msg.user.language
        target = unregister_target(self.db, ref, by=actor(msg))
        text = t("bc_unreg_ok", lang, title=esc(target_label(target))) if target else t("bc_unreg_unknown", lang)
        await transport.send(msg.chat.id, OutMessage(text))

    async def cmd_unregister(self, msg: Incoming, transport: Transport) -> None:
        ref = msg.args.strip() or (msg.chat.id if not msg.is_private else "")
        if ref:
            await self.unregister(msg, transport, ref)
            return
        await self.cmd_channels(msg, transport, head=t("bc_unreg_pick", msg.user.language))

    async def cmd_channels(self, msg: Incoming, transport: Transport, head: str | None = None) -> None:
        lang = msg.user.language
        rows = targets(self.db)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("bc_channels_empty", lang)))
            return
        lines = [head or t("bc_channels_head", lang, n=len(rows))]
        buttons = []
        for x in rows:
            icon = "📢" if x["kind"] == "channel" else "👥"
            lines.append(f"{icon} {esc(target_label(x))}  <code>{esc(x['chat_id'])}</code>")
            buttons.append([Button(t("bc_remove_button", lang, title=target_label(x)[:30]), data=f"bc:u:{x['id']}")])
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=buttons))

    async def on_forwarded(self, msg: Incoming, transport: Transport) -> None:
        """A channel post forwarded in private without /register: offer to register it (staff)."""
        chat = msg.forwarded_from_chat
        if chat is None or not msg.is_private:
            return
        role = self.assistant.access.role(self.assistant, msg.user)
        if role not in ("staff", "admin"):
            return
        self.offers[msg.user.id] = chat
        lang = msg.user.language
        await transport.send(msg.chat.id, OutMessage(t("bc_reg_offer", lang, title=esc(chat.title or chat.id)),
                                                     buttons=[[Button(t("bc_reg_button", lang), data="bc:reg")]]))

    # ----- mute -----

    async def set_muted(self, msg: Incoming, transport: Transport, muted: bool) -> None:
        lang = msg.user.language
        member = member_for_user(self.db, msg.user.id)
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("bc_mute_not_member", lang)))
            return
        set_muted(self.db, member["id"], muted)
        self.assistant.log_event("broadcast_mute" if muted else "broadcast_unmute", msg, {"member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(t("bc_mute_ok" if muted else "bc_unmute_ok", lang)))


__all__ = ["BroadcastService", "DIALOG", "REGISTER_DIALOG", "DRAFT_TTL", "actor"]
