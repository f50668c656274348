"""Broadcasts: audiences, drafts, sending, delivery state (the broadcast feature's public API)."""
from __future__ import annotations

from dataclasses import dataclass

from bot.kernel.transports import known_networks


@dataclass
class AudienceChoice:
    channels: list[dict]                 # registered groups and channels
    sectors: list[tuple[str, int]]       # (界别, verified members)
    districts: list[tuple[str, int]]


def _svc():
    from bot.features import broadcast

    return broadcast


def choices(assistant) -> AudienceChoice:
    s = _svc()
    db = assistant.db
    return AudienceChoice(s.targets(db), s.groups_of(db, "sector"), s.groups_of(db, "district"))


def target_label(target: dict) -> str:
    return _svc().target_label(target)


def audience_items(form_values: list[str]) -> list[str]:
    """The picker's checkboxes as the feature's audience items ("members", "sector:…", "chat:…")."""
    return _svc().normalize_audience([v for v in form_values if v])


def resolve(assistant, audience: list[str]):
    """The feature's Audience: recipients, muted, unknown."""
    return _svc().resolve_audience(assistant.db, audience)


def audience_label(assistant, audience: list[str], lang: str) -> str:
    return _svc().audience_label(assistant.db, audience, lang)


def sanitize(html: str) -> str:
    return _svc().sanitize_html(html)


def parse_when(text: str, tz: str) -> float:
    return _svc().parse_when(text, tz)


def create(assistant, session, *, html: str, audience: list[str], scheduled_at: float | None, lang: str) -> int:
    s = _svc()
    author = s.Author(id=session.user_id, name=session.name, chat_id=_private_chat(session.user_id), language=lang)
    return s.create_broadcast(assistant.db, html=html, audience=audience, author=author,
                              scheduled_at=scheduled_at, source="web")


def wake(assistant) -> None:
    """Tell the outbox worker of this process there is work (call on the event loop's thread)."""
    assistant.broadcast.wake()


def _private_chat(user_id: str) -> str | None:
    # On Telegram and in the console a person's private chat has their id (declared:
    # TransportInfo.user_is_chat); a Matrix DM is a room the desk does not know, so no chat report
    # there (the desk shows the report).
    return known_networks().private_chat(user_id)


def cancel(assistant, session, bid: int):
    return _svc().cancel_broadcast(assistant.db, bid, by=f"{session.user_id} {session.name} (web)")


def get(assistant, bid: int) -> dict | None:
    return _svc().get_broadcast(assistant.db, bid)


def recent(assistant, limit: int = 50) -> list[dict]:
    return _svc().list_broadcasts(assistant.db, limit=limit)


def progress(assistant, bid: int) -> dict:
    return _svc().summary(assistant.db, bid)


def recipients(assistant, bid: int) -> list[dict]:
    return _svc().recipient_states(assistant.db, bid)


def reason_label(reason: str | None, lang: str) -> str:
    return _svc().reason_label(reason, lang)


def errors():
    """The feature's error class (a clear sentence a clerk can act on)."""
    return _svc().BroadcastError


__all__ = ["choices", "target_label", "audience_items", "resolve", "audience_label", "sanitize", "parse_when",
           "create", "wake", "cancel", "get", "recent", "progress", "recipients", "reason_label", "errors"]
