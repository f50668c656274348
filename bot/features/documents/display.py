"""How documents are shown in chat: short names, button labels, dates, one message edited in place."""
from __future__ import annotations

import logging

from bot.kernel.messages import OutMessage, SentRef, Transport

log = logging.getLogger("bot.documents")


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def doc_label(doc: dict) -> str:
    """A /remove button: title, file name and version, so that two documents with the same
    title (a new version under another file name) are told apart."""
    return f"《{short(doc['title'], 18)}》 {short(doc['doc_key'], 22)} v{doc['version']}"


def local_day(kb, ts: float | None) -> str:
    """A date in the committee's time zone."""
    from app.timefmt import local_date

    return local_date(ts or None, kb.config.committee.timezone)


async def edit_or_send(transport: Transport, ref: SentRef | None, chat_id: str, message: OutMessage) -> SentRef:
    """Edit the message ``ref`` (progress, confirmations); send a new one if there is none or
    the edit fails (a message too old to edit)."""
    if ref is None:
        return await transport.send(chat_id, message)
    try:
        await transport.edit(ref, message)
    except Exception:
        log.debug("edit failed; sending instead", exc_info=True)
        return await transport.send(chat_id, message)
    return ref


__all__ = ["short", "doc_label", "local_day", "edit_or_send"]
