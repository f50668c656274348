"""The roster's chat commands: /invite (staff), /role (admin), /whoami (anyone)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.timefmt import local_date

from bot.features.roster import api
from bot.features.roster.access import RosterAccess
from bot.features.roster.links import command_prefix, start_link
from bot.features.roster.roles import ROLE_ORDER, actor_of, parse_role, role_label, target_of
from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def _desc(key: str) -> dict:
    return {"zh": t(key, "zh"), "en": t(key, "en")}


def register(assistant: "Assistant") -> None:
    """Register /invite, /role and /whoami on ``assistant``."""

    @assistant.command("invite", role="staff", private_only=True, description=_desc("cmd_invite"))
    async def invite(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        ref = msg.args.strip()
        db = assistant.db
        member, role = None, "member"
        if ref in ("help", "?", "？", "帮助"):
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_usage", language)))
            return
        if ref:
            role_ref = parse_role(ref)
            if role_ref:
                role = role_ref
            else:
                member = api.find_member(db, ref)
                if member is None:
                    await transport.send(msg.chat.id, OutMessage(
                        t("roster_no_such_person", language, ref=esc(ref)) + "\n" + t("roster_invite_usage", language)))
                    return
        wanted = member["role"] if member else role
        if ROLE_ORDER[wanted] > ROLE_ORDER["member"] and assistant.access.role(assistant, msg.user) != "admin":
            assistant.log_event("refused", msg, {"command": "invite", "needed": "admin", "for_role": wanted})
            api.audit(db, actor_of(msg.user), "refused", "invite", {"needed": "admin", "for_role": wanted})
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_higher", language)))
            return
        hours = assistant.settings.invite_ttl_hours
        created = api.create_invite(db, created_by=actor_of(msg.user), ttl_hours=hours, member=member, role=role)
        who = esc(target_of(member)) if member else t("roster_invite_for_role", language,
                                                       role=role_label(created.role, language))
        access = assistant.access
        link = start_link(transport, created.code,
                          access.bot_username if isinstance(access, RosterAccess) else None)
        if link:
            text = t("roster_invite_created", language, who=who, hours=hours, link=esc(link))
        else:
            text = t("roster_invite_code", language, who=who, hours=hours, code=created.code,
                     prefix=command_prefix(transport))
        await transport.send(msg.chat.id, OutMessage(text))

    @assistant.command("role", role="admin", private_only=True, description=_desc("cmd_role"))
    async def role_cmd(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        parts = msg.args.split()
        if len(parts) < 2:
            await transport.send(msg.chat.id, OutMessage(t("roster_role_usage", language)))
            return
        ref, new = " ".join(parts[:-1]), parts[-1]
        if parse_role(new) is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_role_usage", language)))
            return
        member = api.find_member(assistant.db, ref)
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_no_such_person", language, ref=esc(ref))))
            return
        try:
            member, old = api.set_role(assistant.db, ref, new, actor=actor_of(msg.user))
        except api.RosterError:
            await transport.send(msg.chat.id, OutMessage(t("roster_last_admin", language, name=esc(member["name"]))))
            return
        key = "roster_role_same" if old == member["role"] else "roster_role_changed"
        await transport.send(msg.chat.id, OutMessage(t(
            key, language, name=esc(member["name"]), old=role_label(old, language),
            new=role_label(member["role"], language))))

    @assistant.command("whoami", description=_desc("cmd_whoami"))
    async def whoami(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        role = assistant.access.role(assistant, msg.user)
        member = api.member(assistant.db, msg.user.id)
        lines = []
        if member is not None:
            lines.append(t("roster_whoami_member", language, name=esc(member["name"]),
                           sector=esc(member["sector"] or "—")))
            if member["verified_at"]:
                how = t(f"roster_how_{member['verified_by'] or 'roster'}", language)
                date = local_date(member["verified_at"], assistant.config.committee.timezone)
                lines.append(t("roster_verified_on", language, how=how, date=date))
            else:
                lines.append(t("roster_verified_on", language, how=t("roster_how_roster", language), date="—"))
        else:
            lines.append(t("roster_not_verified", language))
            if role is not None:
                lines.append(t("roster_open_mode", language))
        await transport.send(msg.chat.id, OutMessage(t(
            "roster_whoami", language, user=esc(msg.user.id), role=role_label(role, language),
            verified="\n".join(lines))))


__all__ = ["register"]
