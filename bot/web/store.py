"""The web desk's own table: sign-in links already used (a link works once).

Only this module names it (tests/test_table_ownership.py). Sessions themselves
are signed cookies and need no table; who did what is written to the roster's
audit log through bot.web.sources.audit.
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

web_migrations = Migrations("web")


@web_migrations
def m001_web_links(db):
    db["web_links_used"].create({"nonce": str, "user_id": str, "used_at": float}, pk="nonce")


def claim_link(db, nonce: str, user_id: str, *, now: float | None = None) -> bool:
    """Mark a link's nonce used; False when it already was (a reused link)."""
    now = time.time() if now is None else now
    with transaction(db):
        if db.execute("select 1 from web_links_used where nonce = ?", [nonce]).fetchone():
            return False
        db.execute("insert into web_links_used (nonce, user_id, used_at) values (?, ?, ?)", [nonce, user_id, now])
        # Links older than a day can no longer be valid: keep the table small.
        db.execute("delete from web_links_used where used_at < ?", [now - 86400])
    return True


def link_used(db, nonce: str) -> bool:
    return db.execute("select 1 from web_links_used where nonce = ?", [nonce]).fetchone() is not None


__all__ = ["web_migrations", "claim_link", "link_used"]
