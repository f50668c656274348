"""/venue (我的联系点): the member's assigned community venue and its next consultations."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

from bot.features.duty.chat import office, own_record_command, today
from bot.features.duty.intent import Intent
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
    await transport.send(msg.chat.id, OutMessage(render(venue, events, who, msg.user.language, office(assistant)),
                                                 reply_to=msg.message_id))


def register(assistant: "Assistant") -> None:
    own_record_command(assistant, "venue", show, VENUE)
