"""The roster: import with a preview, search, roles (the roster feature's public API)."""
from __future__ import annotations

from pathlib import Path


def _svc():
    from bot.features.roster import service

    return service


class _Preview(Exception):
    """Raised inside the import's transaction so that nothing it wrote is kept."""

    def __init__(self, report):
        super().__init__("preview")
        self.report = report


def preview_import(assistant, path: Path, *, actor: str):
    """What importing ``path`` would do (added / updated / unchanged / rejected rows), without writing:
    the real import runs inside a transaction that is then rolled back."""
    from app.db import transaction

    try:
        with transaction(assistant.db):
            raise _Preview(_svc().import_roster(assistant.db, path, actor=actor))
    except _Preview as preview:
        return preview.report


def commit_import(assistant, path: Path, *, actor: str):
    return _svc().import_roster(assistant.db, path, actor=actor)


def errors():
    return _svc().RosterError


def members(assistant, query: str = "") -> list[dict]:
    rows = _svc().list_members(assistant.db)
    query = query.strip().lower()
    if query:
        rows = [m for m in rows if any(query in (m.get(k) or "").lower()
                                       for k in ("name", "sector", "district", "telegram_username", "matrix_id"))
                or (query.isdigit() and query in (m.get("mobile") or ""))]
    return rows


def mask_phone(mobile: str | None) -> str:
    return _svc().mask_phone(mobile)


def set_role(assistant, session, member_id: int, role: str):
    """(member, previous role); raises the roster's error with a sentence to show."""
    member = next((m for m in _svc().list_members(assistant.db) if m["id"] == member_id), None)
    if member is None:
        raise _svc().RosterError("No such roster person.")
    ref = member["mobile"] or member["name"]
    return _svc().set_role(assistant.db, ref, role, actor=f"{session.user_id} {session.name} (web)")


def export_rows(assistant) -> list[list]:
    return _svc().export_rows(assistant.db, tz=assistant.config.committee.timezone)


__all__ = ["preview_import", "commit_import", "members", "mask_phone", "set_role", "export_rows", "errors"]
