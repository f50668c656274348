"""Who is signed in: roles from the roster (through the assistant's Access), and the audit log."""
from __future__ import annotations

from bot.kernel.messages import User


def role_of(assistant, user_id: str) -> str | None:
    """'member' | 'staff' | 'admin' | None, as the chat sees this account now."""
    return assistant.access.role(assistant, User(id=user_id))


def is_staff(role: str | None) -> bool:
    return role in ("staff", "admin")


def audit(assistant, session, action: str, target: str = "", detail: dict | None = None) -> None:
    """Write who did what from the desk to the roster's audit log (one log for chat, CLI and web)."""
    from bot.web.sources.roster import audit as roster_audit

    roster_audit(assistant, f"{session.user_id} {session.name} (web)", f"web:{action}", target, detail or {})


def staff_user(session) -> User:
    """The signed-in clerk as the chat features know people (answers are signed with this name)."""
    return User(id=session.user_id, display_name=session.name)


__all__ = ["role_of", "is_staff", "audit", "staff_user"]
