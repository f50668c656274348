"""Broadcasts: create one, fire a scheduled one, follow, cancel or resend it (the feature's API).

Durability: :func:`create_broadcast` writes the broadcast, its parts and one outbox row per
recipient and part in one transaction before anything is sent (a scheduled broadcast's
rows are written when it fires, so members verified meanwhile are included). The outbox
(:mod:`bot.features.outbox`) delivers them and tells :mod:`bot.features.broadcast.delivery`
what happened. Every broadcast, cancellation and resend is recorded with its author
(:mod:`bot.features.broadcast.journal`).
"""
from __future__ import annotations

import time
from collections import Counter

from app.db import transaction

from bot.features import outbox
from bot.features.broadcast import store
from bot.features.broadcast.audience import Audience, normalize_audience, resolve_audience
from bot.features.broadcast.content import Author, BroadcastError, Document, prepare_parts
from bot.features.broadcast.journal import record
from bot.features.broadcast.texts import normal_waiting
from bot.kernel.messages import to_plain
from bot.kernel.texts import lang_of

OWNER = "broadcast"          # the owner of a broadcast's outbox rows (batch_id = the broadcast id)


def create_broadcast(db, *, html: str, audience: list[str], author: Author, document: Document | None = None,
                     scheduled_at: float | None = None, source: str = "chat", now: float | None = None) -> int:
    """Write the broadcast and (unless scheduled) one outbox row per recipient and part,
    in one transaction. Raises :class:`BroadcastError` (empty, too long, nobody to send to)."""
    now = now if now is not None else time.time()
    audience = normalize_audience(audience)
    if not audience:
        raise BroadcastError("Choose an audience.", "bc_pick_first")
    parts = prepare_parts(html, document.name if document else None)
    resolved = resolve_audience(db, audience)
    if resolved.unknown:
        raise BroadcastError("Unknown audience: " + ", ".join(resolved.unknown))
    if not resolved.recipients:
        raise BroadcastError("Nobody in that audience can receive it.", "bc_no_recipients")
    with transaction(db):
        bid = store.insert_broadcast(db, {
            "author_id": author.id, "author_name": author.name, "author_chat_id": author.chat_id,
            "author_lang": lang_of(author.language), "source": source, "html": html,
            "doc_name": document.name if document else None, "audience": audience,
            "state": "scheduled" if scheduled_at else "sending", "scheduled_at": scheduled_at, "created_at": now,
            "recipients": len(resolved.recipients), "muted_skipped": resolved.muted,
        }, parts, document)
        if not scheduled_at:
            _write_outbox(db, bid, resolved, len(parts), now)
        record(db, author.id, "broadcast", f"#{bid}", {
            "id": bid, "author": author.name, "audience": audience, "recipients": len(resolved.recipients),
            "scheduled_at": scheduled_at, "source": source, "document": document.name if document else None,
            "text": to_plain(html)[:200]})
    return bid


def _write_outbox(db, bid: int, audience: Audience, n_parts: int, now: float) -> int:
    rows = [{"owner": OWNER, "batch_id": bid, "part": part, "chat_id": r.chat_id, "recipient_kind": r.kind,
             "member_id": r.member_id, "label": r.label}
            for r in audience.recipients for part in range(n_parts)]
    outbox.enqueue(db, rows, now=now)
    store.mark_sending(db, bid, now=now, recipients=len(audience.recipients), muted=audience.muted)
    return len(rows)


def materialize(db, bid: int, *, now: float | None = None) -> int:
    """A scheduled broadcast whose time has come: write its outbox rows (roster read now)."""
    now = now if now is not None else time.time()
    with transaction(db):
        found = store.state(db, bid)
        if found is None or found[0] != "scheduled":
            return 0
        return _write_outbox(db, bid, resolve_audience(db, found[1]), store.part_count(db, bid), now)


def get_broadcast(db, bid: int) -> dict | None:
    return store.get(db, bid)


def list_broadcasts(db, *, states: tuple[str, ...] | None = None, limit: int = 10) -> list[dict]:
    return store.listing(db, states=states, limit=limit)


def recipient_states(db, bid: int) -> list[dict]:
    """One entry per recipient: the state of its message as a whole (all parts)."""
    by_chat: dict[str, dict] = {}
    for row in outbox.batch_rows(db, OWNER, bid):
        chat_id, state, error = row["chat_id"], row["state"], row["error"]
        entry = by_chat.setdefault(chat_id, {"chat_id": chat_id, "kind": row["recipient_kind"], "label": row["label"],
                                             "states": [], "reason": None, "duplicate_risk": 0, "waiting": None})
        entry["states"].append(state)
        if state in ("failed", "unconfirmed") and entry["reason"] is None:
            entry["reason"] = row["reason"]
        if state == "pending" and error and entry["waiting"] is None:
            entry["waiting"] = normal_waiting(error)   # why a row is still waiting (no_transport, 429 ...)
        entry["duplicate_risk"] |= row["duplicate_risk"] or 0
    for entry in by_chat.values():
        states = entry.pop("states")
        for state in ("failed", "sending", "pending", "cancelled", "unconfirmed"):
            if state in states:
                entry["state"] = "pending" if state == "sending" else state
                break
        else:
            entry["state"] = "sent"
    return list(by_chat.values())


def summary(db, bid: int) -> dict:
    entries = recipient_states(db, bid)
    counts = Counter(e["state"] for e in entries)
    reasons = Counter(e["reason"] for e in entries if e["state"] == "failed")
    return {"total": len(entries), "sent": counts["sent"], "failed": counts["failed"],
            "unconfirmed": counts["unconfirmed"], "pending": counts["pending"], "cancelled": counts["cancelled"],
            "reasons": dict(reasons), "duplicate_risk": sum(e["duplicate_risk"] for e in entries)}


def cancel_broadcast(db, bid: int, *, by: str) -> tuple[str, int] | None:
    """Cancel a scheduled broadcast, or the rest of one being sent.
    Returns (previous state, rows already delivered), or None if it was finished/unknown."""
    now = time.time()
    with transaction(db):
        found = store.state(db, bid)
        if found is None or found[0] not in ("scheduled", "sending"):
            return None
        outbox.cancel_pending(db, OWNER, bid, now=now)
        store.mark_cancelled(db, bid, by=by, now=now)
        delivered = outbox.count_rows(db, OWNER, bid, ("sent",))
        record(db, by, "broadcast_cancelled", f"#{bid}", {"id": bid, "was": found[0], "delivered": delivered})
    return found[0], delivered


def requeue_unconfirmed(db, bid: int, *, by: str) -> int:
    """Staff decided the unconfirmed ones should be sent again (accepting a possible second copy)."""
    with transaction(db):
        n = outbox.requeue_unconfirmed(db, OWNER, bid, now=time.time())
        if n:
            store.reopen(db, bid)
            record(db, by, "broadcast_resend_unconfirmed", f"#{bid}", {"id": bid, "rows": n})
    return n


__all__ = ["OWNER", "create_broadcast", "materialize", "get_broadcast", "list_broadcasts", "recipient_states",
           "summary", "cancel_broadcast", "requeue_unconfirmed"]
