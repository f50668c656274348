"""Who did what to broadcasts: the roster's audit trail and the kernel's event log.

Every broadcast, cancellation, resend and target change is recorded with its author in
both, as before the restructure, through their owners' functions (this feature writes
neither table itself).
"""
from __future__ import annotations

from bot.features.roster import audit
from bot.kernel.store import log_event


def record(db, actor: str, action: str, target: str, detail: dict) -> None:
    """``actor``: "tg:42 (@name)" or "cli:alice"; the event's user is the id before the space."""
    log_event(db, action, user_id=actor.split(" ", 1)[0], detail=detail)
    audit(db, actor, action, target, detail)


__all__ = ["record"]
