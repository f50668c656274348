"""The conversation's one table (``offered_readings``) and every SQL statement on it.

A member's context stays in memory (service.py); what is kept here is the other reading a
reply offered as a button, by the logged question it was offered under, so that the button
still works after a restart or hours later. The question row itself is the kernel's.
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

conversation_migrations = Migrations("conversation")


@conversation_migrations
def m001_offered_readings(db):
    db["offered_readings"].create({
        "question_id": int,     # the kernel's questions.id of the reply that offered it
        "text": str,            # the reading, searched as a standalone question when pressed
        "kind": str,            # readings.KINDS
        "language": str,        # of the text searched
        "frame": str,           # the language of the reply's own words (bot.kernel.texts)
        "focus": str,           # the member's own words in it (kb.answer.compose's focus)
        "citation": str,        # the article its answer quoted when offered (the button's label)
        "created_at": float,
    }, pk="question_id")


@conversation_migrations
def m002_offered_reading_shown(db):
    """How the reading is shown when pressed ("（按“提案晚了还能交吗”理解）"): it depends on the message
    it was offered under (a 吗 there is kept, readings.as_shown), which the table did not hold.
    Rows offered before have none ("") and are shown as searched."""
    db["offered_readings"].add_column("shown", str, not_null_default="")


def offer(db, question_id: int, *, text: str, kind: str, language: str, frame: str, focus: str,
          citation: str, shown: str = "") -> None:
    with transaction(db):
        db["offered_readings"].upsert({"question_id": question_id, "text": text, "kind": kind,
                                       "language": language, "frame": frame, "focus": focus,
                                       "citation": citation, "shown": shown, "created_at": time.time()},
                                      pk="question_id")


def offered(db, question_id: int) -> dict | None:
    rows = list(db.query("select * from offered_readings where question_id = ?", [question_id]))
    return rows[0] if rows else None


__all__ = ["conversation_migrations", "offer", "offered"]
