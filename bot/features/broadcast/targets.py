"""Registered groups and channels (broadcast targets): add, find, remove, name."""
from __future__ import annotations

import time

from bot.features.broadcast import store
from bot.features.broadcast.journal import record


def targets(db, *, active_only: bool = True) -> list[dict]:
    return store.targets(db, active_only=active_only)


def register_target(db, chat_id: str, *, kind: str, title: str = "", username: str | None = None,
                    by: str = "cli") -> tuple[dict, bool]:
    """Add (or re-activate) a target; returns (target, created)."""
    from app.db import transaction

    with transaction(db):
        tid, created = store.upsert_target(db, chat_id, kind=kind, title=title, username=username, by=by,
                                           now=time.time())
        if created:
            record(db, by, "broadcast_target_added", title or chat_id, {"chat_id": chat_id, "kind": kind})
    return store.target(db, tid), created


def find_target(db, ref: str) -> dict | None:
    ref = (ref or "").strip()
    if not ref:
        return None
    rows = store.find_targets(db, ref)
    return rows[0] if len(rows) == 1 else None


def unregister_target(db, ref: str, *, by: str = "cli") -> dict | None:
    from app.db import transaction

    target = find_target(db, ref)
    if target is None:
        return None
    with transaction(db):
        store.deactivate_target(db, target["id"])
        record(db, by, "broadcast_target_removed", target["title"] or target["chat_id"], {"chat_id": target["chat_id"]})
    return target


def target_label(target: dict) -> str:
    return target.get("title") or (("@" + target["username"]) if target.get("username") else target["chat_id"])


__all__ = ["targets", "register_target", "find_target", "unregister_target", "target_label"]
