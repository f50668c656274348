"""The kernel's tables, ``questions`` and ``events``: the only code that touches them.

(Broadcast branch: only ``log_event``, with the signature of the curation helper's full
store; on merge, the curation helper's file replaces this one.)
"""
from __future__ import annotations

import json
import time

from app.db import transaction


def log_event(db, kind: str, *, user_id: str | None = None, chat_id: str | None = None,
              detail: dict | None = None, created_at: float | None = None) -> int:
    """Log one operations event; returns its id."""
    with transaction(db):
        return db["events"].insert({
            "kind": kind, "user_id": user_id, "chat_id": chat_id,
            "detail": json.dumps(detail or {}, ensure_ascii=False),
            "created_at": time.time() if created_at is None else created_at,
        }).last_pk
