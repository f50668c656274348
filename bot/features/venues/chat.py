"""/venue (我的联系点): the member's assigned community venue and its next consultations."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

from bot.features.duty.chat import office, target_member, today
from bot.features.duty.intent import Intent
from bot.features.duty.members import member_for_user
from bot.features.venues import service
from bot.features.venues import texts as _texts  # noqa: F401  (the catalogue)

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

VENUE = Intent(zh=r"联系点|哪个社区|哪个街道", en=r"\bmy (community )?venue\b",
               exclude=r"如何|怎样|职责|要求|制度|什么是|\bhow\b")


def render(venue: dict | None, events: list[dict], who: str, language, office_name: str) -> str:
    if venue is None:
        return t("venue_none", language, office=esc(office_name))
    parts = [t("venue_head", language, who=esc(who), name=esc(venue["name"]))]
    for key in ("street", "address"):
        if venue.get(key):
            parts.append(t(f"venue_{key}", language, **{key: esc(venue[key])}))
    if venue.get("contact") or venue.get("phone"):
        contact = " ".join(x for x in (venue.get("contact"), venue.get("phone")) if x)
        parts.append(t("venue_contact", language, contact=esc(contact)))
    parts.append("\n" + t("venue_events", language))
    if not events:
        parts.append(t("venue_no_events", language))
    for e in events:
        parts.append(t("venue_event", language, day=esc(e["day"]), time=esc(e["time"] or ""),
                       topic=esc(e["topic"] or "")))
    return "\n".join(parts)


async def show(assistant: "Assistant", msg: Incoming, transport: Transport, member: dict, own: bool) -> None:
    venue, events = await assistant.run_blocking(service.venue_of, assistant.db, member["id"],
                                                 today(assistant).isoformat())
    who = t("venue_me", msg.user.language) if own else member["name"]
    await transport.send(msg.chat.id, OutMessage(render(venue, events, who, msg.user.language, office(assistant))))


def register(assistant: "Assistant") -> None:
    @assistant.command("venue", private_only=True,
                       description={"zh": t("cmd_venue", "zh"), "en": t("cmd_venue", "en")})
    async def venue(msg: Incoming, transport: Transport) -> None:
        member = await target_member(assistant, msg, transport, msg.args)
        if member is not None:
            await show(assistant, msg, transport, member, own=not msg.args.strip())

    async def venue_question(msg: Incoming, transport: Transport, question: str) -> bool:
        """"我在哪个社区联系点" → the asker's /venue."""
        if not msg.is_private or not VENUE.matches(question):
            return False
        member = member_for_user(assistant.db, msg.user.id)
        if member is None:
            return False
        await show(assistant, msg, transport, member, own=True)
        return True

    assistant.hooks.before_answer.append(venue_question)
