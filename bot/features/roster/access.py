"""RosterAccess: the members-only access policy, with verification by contact or invite link.

A member verifies once, by sharing their Telegram contact (the phone number is
matched against the roster) or by opening a one-time invite link (``/invite``).
Matrix users are matched directly by the roster's ``matrix_id`` column. "open"
mode lets everyone ask, but staff and admins still come from the roster. Every
refusal and every verification is audited.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING

from app.db import transaction

from bot.features.roster import api
from bot.features.roster.invites import INVITE_PREFIX
from bot.features.roster.links import command_prefix
from bot.features.roster.roles import ROLE_ORDER, actor_of, role_label, target_of
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, User, esc
from bot.kernel.texts import lang_of, t
from bot.kernel.transports import known_networks

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def committee_name(assistant, language) -> str:
    committee = assistant.config.committee
    return committee.name_en if lang_of(language) == "en" else committee.name


class RosterAccess:
    """Members-only access (or "open"), verification by contact or invite, roles from the roster.

    ``mode`` defaults to ``settings.access`` of the assistant. ``public_commands``
    are commands anyone may run (``/whoami``), like the core's /start and /help.
    """

    public_commands = {"whoami"}

    def __init__(self, mode: str | None = None, *, bot_username: str | None = None):
        if mode not in (None, "members", "open"):
            raise ValueError(f"access mode must be 'members' or 'open', not {mode!r}")
        self.mode = mode
        self.bot_username = bot_username

    def _mode(self, assistant) -> str:
        return self.mode or assistant.settings.access

    # -- Access protocol --

    def role(self, assistant: "Assistant", user: User) -> str | None:
        if known_networks().is_operator(user.id):
            return "admin"   # the terminal on the server itself: whoever has it has the data
        member = api.member(assistant.db, user.id)
        if member is not None:
            if user.username and member.get("telegram_username") != user.username \
                    and api.keeps_username(user.id):
                api.remember_username(assistant.db, member["id"], user.username)
            return member["role"]
        return "member" if self._mode(assistant) == "open" else None

    async def allow(self, assistant: "Assistant", msg: Incoming, transport: Transport, role: str) -> bool:
        if role == "member" and msg.command in self.public_commands and msg.callback is None:
            return True
        have = self.role(assistant, msg.user)
        if have is not None and ROLE_ORDER.get(have, 0) >= ROLE_ORDER[role]:
            return True
        detail = {"command": msg.command, "needed": role, "had": have,
                  "callback": msg.callback.data if msg.callback else None,
                  "what": "question" if not msg.command and not msg.callback and not msg.attachment
                  else ("attachment" if msg.attachment else None)}
        assistant.log_event("refused", msg, detail)
        api.audit(assistant.db, actor_of(msg.user), "refused", msg.command or detail["what"] or "callback", detail)
        language = msg.user.language
        if msg.callback:
            await transport.answer_callback(msg.callback, t("not_allowed", language) if have
                                            else t("roster_verify_short", language))
            return False
        if have is None:
            await self.explain_verification(assistant, msg, transport)
        else:
            await transport.send(msg.chat.id, OutMessage(t("not_allowed", language), reply_to=msg.message_id))
        return False

    async def on_start_payload(self, assistant: "Assistant", msg: Incoming, transport: Transport,
                               payload: str) -> bool:
        if not payload.startswith(INVITE_PREFIX):
            return False
        return await self.redeem(assistant, msg, transport, payload)

    async def after_start(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        if self.role(assistant, msg.user) is None:
            await self.explain_verification(assistant, msg, transport)

    async def on_unaddressed(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        if msg.contact_phone is not None:
            if msg.is_private:
                await self.verify_contact(assistant, msg, transport)
            return

    # -- verification --

    async def explain_verification(self, assistant, msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        committee = esc(committee_name(assistant, language))
        if not msg.is_private:
            await transport.send(msg.chat.id, OutMessage(t("roster_verify_group", language),
                                                         reply_to=msg.message_id))
        elif (network := assistant.network_of(msg.user.id)) is not None and network.shares_contacts:
            await transport.send(msg.chat.id, OutMessage(
                t("roster_verify", language, committee=committee),
                buttons=[[Button(t("roster_share_button", language), request_contact=True)]]))
        else:
            await transport.send(msg.chat.id, OutMessage(t(
                "roster_verify_other", language, committee=committee, prefix=command_prefix(transport))))

    async def verify_contact(self, assistant, msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        db = assistant.db
        if not msg.contact_phone:
            # Someone else's contact (the transport blanks it): it proves nothing.
            await transport.send(msg.chat.id, OutMessage(
                t("roster_contact_not_own", language),
                buttons=[[Button(t("roster_share_button", language), request_contact=True)]]))
            return
        member = api.member_by_phone(db, msg.contact_phone)
        if member is None:
            mobile = api.normalize_phone(msg.contact_phone) or api.normalize_phone(msg.contact_phone,
                                                                                  international=True)
            detail = {"what": "contact", "phone": api.mask_phone(mobile or msg.contact_phone)}
            assistant.log_event("refused", msg, detail)
            api.audit(db, actor_of(msg.user), "refused", "verify", detail)
            from bot.kernel.render import staff_contact

            await transport.send(msg.chat.id, OutMessage(
                t("roster_phone_unknown", language, contact=esc(staff_contact(assistant.config.committee, language))),
                remove_keyboard=True))
            return
        api.bind_user(db, member["id"], msg.user, "contact")
        api.audit(db, actor_of(msg.user), "verify", target_of(member), {"how": "contact", "member_id": member["id"]})
        assistant.log_event("verified", msg, {"how": "contact", "member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(
            t("roster_verified", language, name=esc(member["name"]), role=role_label(member["role"], language)),
            remove_keyboard=True))

    async def redeem(self, assistant, msg: Incoming, transport: Transport, code: str) -> bool:
        language = msg.user.language
        db = assistant.db
        now = time.time()
        invite = api.find_invite(db, code)
        problem = None
        if invite is None:
            problem = "roster_invite_invalid"
        elif invite["used_at"] is not None:
            current = api.member(db, msg.user.id)
            if invite["used_by"] == msg.user.id and current is not None:
                await transport.send(msg.chat.id, OutMessage(
                    t("roster_already", language, role=role_label(current["role"], language)),
                    remove_keyboard=True))
                return True
            problem = "roster_invite_used"
        elif invite["expires_at"] < now:
            problem = "roster_invite_expired"
        elif api.id_column(msg.user.id) is None:
            problem = "roster_invite_invalid"
        if problem:
            detail = {"what": "invite", "problem": problem.rsplit("_", 1)[-1], "code_hash": api.invite_key(code)[:12]}
            assistant.log_event("refused", msg, detail)
            api.audit(db, actor_of(msg.user), "refused", "invite", detail)
            await transport.send(msg.chat.id, OutMessage(t(problem, language)))
            return True
        with transaction(db):
            # Claim the code first: of two simultaneous redemptions only one wins.
            claimed = api.claim_invite(db, code, msg.user.id, now)
            if not claimed:
                member = None
            elif invite["member_id"] is not None:
                member = api.member_by_id(db, invite["member_id"])
            else:
                # A link tied to a role: the person joins the roster (staff can add the mobile later).
                member = api.member(db, msg.user.id)
                if member is None:
                    member = api.add_person(db, name=msg.user.display_name or msg.user.username or msg.user.id,
                                            role=invite["role"])
                elif ROLE_ORDER[invite["role"]] > ROLE_ORDER[member["role"]]:
                    api.raise_role(db, member["id"], invite["role"])
                    member["role"] = invite["role"]
            if member is not None:
                api.bind_user(db, member["id"], msg.user, "invite")
                api.audit(db, actor_of(msg.user), "verify", target_of(member),
                          {"how": "invite", "member_id": member["id"], "invited_by": invite["created_by"]})
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("roster_invite_used" if not claimed
                                                           else "roster_invite_invalid", language)))
            return True
        assistant.log_event("verified", msg, {"how": "invite", "member_id": member["id"]})
        await transport.send(msg.chat.id, OutMessage(
            t("roster_verified", language, name=esc(member["name"]), role=role_label(member["role"], language)),
            remove_keyboard=True))
        return True


__all__ = ["RosterAccess", "committee_name"]
