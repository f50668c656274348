"""What this feature uses of other features, through their public functions only, in one place.

The roster (who a chat user is, the audit trail, its table reader), the outbox (durable
notices to the author) and the duty ledger (points, in points.py). When one of them
changes its public API, this is the file to adapt.
"""
from __future__ import annotations

NOTICE_SOURCE = "reports"      # the outbox rows' owner, for operators reading the outbox


def member_for_user(db, user_id: str) -> dict | None:
    from bot.features.roster import member

    return member(db, user_id)


def member_by_ref(db, ref: str) -> dict | None:
    """A roster person by mobile, @username, Matrix id, tg:/mx: id or exact name."""
    from bot.features.roster import find_member

    return find_member(db, ref)


def member_by_id(db, member_id: int | None) -> dict | None:
    from bot.features.roster import member_by_id as by_id

    return by_id(db, member_id) if member_id is not None else None


def member_chat_id(member: dict) -> str | None:
    """Where a roster person's notices go: their verified Telegram chat, else their Matrix id."""
    from bot.features.roster import member_chat

    return member_chat(member)


def audit(db, actor: str, action: str, target: str, detail: dict) -> None:
    from bot.features.roster import audit as write

    write(db, actor, action, target, detail)


def audit_rows(db, action: str | None = None, limit: int = 100) -> list[dict]:
    from bot.features.roster import audit_rows as read

    return read(db, action, limit)


def read_table(path) -> list[list]:
    """Rows of a CSV (UTF-8 or GB18030) or XLSX file, header included (the roster's reader)."""
    from bot.features.roster import read_table as read

    return read(path)


def queue_notice(db, chat_id: str, html: str, *, label: str, member_id: int | None) -> int:
    """One message to one chat through the durable outbox (delivered by the running bot's worker,
    or ``ingest.py outbox run``); joins the caller's transaction. Returns the outbox row id."""
    from bot.features.outbox import notify
    from bot.kernel.messages import OutMessage

    return notify(db, chat_id, OutMessage(html), source=NOTICE_SOURCE, label=label, member_id=member_id)


def delivering_worker(db) -> dict | None:
    """The running bot (or `ingest.py outbox run`) that delivers the outbox now, or None."""
    from bot.features.outbox import delivering_worker as holder

    return holder(db)


__all__ = ["member_for_user", "member_by_ref", "member_by_id", "member_chat_id", "audit", "audit_rows", "read_table",
           "queue_notice", "delivering_worker"]
