"""Numbered migrations for the chat side: the question log and feedback."""
from app.db import Migrations

bot_migrations = Migrations("bot")


@bot_migrations
def m001_questions(db):
    db["questions"].create(
        {
            "id": int,
            "transport": str,
            "user_id": str,
            "chat_id": str,
            "chat_kind": str,
            "language": str,
            "text": str,
            "status": str,           # "answered" | "abstained" | "error" | "curated"
            "citation": str,
            "doc_key": str,
            "chunk_id": str,
            "sources": str,          # JSON list of citations shown
            "best_dense": float,
            "latency_ms": float,
            "reply_message_id": str,
            "feedback": int,         # +1 / -1 / null
            "created_at": float,
        },
        pk="id",
    )
    db["questions"].create_index(["created_at"])
    db["questions"].create_index(["user_id"])
    db["events"].create(
        {"id": int, "kind": str, "user_id": str, "chat_id": str, "detail": str, "created_at": float},
        pk="id",
    )
    db["events"].create_index(["kind", "created_at"])


@bot_migrations
def m002_dialog_state(db):
    # Where each (chat, person) is in a multi-step dialog and the draft so far
    # (bot.kernel.dialogs): a dialog survives a restart.
    db["dialog_state"].create(
        {"chat_id": str, "user_id": str, "dialog": str, "state": str, "data": str, "updated_at": float},
        pk=("chat_id", "user_id"),
    )
