"""The roster: import with a preview, search, roles (the roster feature's public API)."""
from __future__ import annotations


def _api():
    from bot.features import roster

    return roster


def errors():
    return _api().RosterError


def preview_upload(assistant, data: bytes, file_name: str, *, actor: str):
    """What importing the file would do (added / updated / unchanged / rejected rows); nothing written.
    The report's ``digest`` names the plan: the commit refuses if the roster changed meanwhile."""
    return _api().import_upload(assistant.db, data, file_name, actor=actor, dry_run=True)


def commit_upload(assistant, data: bytes, file_name: str, *, actor: str, digest: str):
    return _api().import_upload(assistant.db, data, file_name, actor=actor, expect_digest=digest)


def members(assistant, query: str = "") -> list[dict]:
    api = _api()
    query = query.strip()
    return api.search(assistant.db, query, limit=500) if query else api.members(assistant.db)


def count(assistant) -> int:
    return len(_api().members(assistant.db))


def mask_phone(mobile: str | None) -> str:
    return _api().mask_phone(mobile)


def set_role(assistant, session, member_id: int, role: str):
    """(member, previous role); raises the roster's error with a sentence to show."""
    return _api().set_role(assistant.db, int(member_id), role, actor=f"{session.user_id} {session.name} (web)")


def export_rows(assistant) -> list[list]:
    return _api().export_rows(assistant.db, tz=assistant.config.committee.timezone)


def audit(assistant, actor: str, action: str, target: str, detail: dict) -> None:
    _api().audit(assistant.db, actor, action, target, detail)


def audit_rows(assistant, limit: int = 100) -> list[dict]:
    return _api().audit_rows(assistant.db, limit=limit)


__all__ = ["preview_upload", "commit_upload", "members", "count", "mask_phone", "set_role", "export_rows",
           "audit", "audit_rows", "errors"]
