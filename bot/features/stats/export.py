"""The question log of a period as a table (CSV for `ingest.py stats --csv`, rows for the web desk).

Members' phone numbers never appear unless ``with_phones`` is asked for: without it there
is no mobile column, and numbers, ID numbers, e-mail addresses and roster names typed into
questions are masked (bot.kernel.privacy). Each row carries the asker's roster data
(``bot.features.roster.api.accounts``) and the queue item the question entered, if any (curation's API).
"""
from __future__ import annotations

from typing import Iterable

from bot.features.curation import queue_of_questions
from bot.features.stats.service import local
from bot.kernel import store as kernel_store
from bot.kernel.privacy import mask_personal

EXPORT_COLUMNS = ["id", "asked_at", "date", "transport", "user_id", "member_name", "sector", "district",
                  "chat_kind", "language", "question", "status", "source", "doc_key", "feedback",
                  "latency_ms", "queue_item", "queue_status"]


def mask_phones(text: str) -> str:
    """Hide phone and ID numbers a member typed into a question (138****1234): bot.kernel.privacy."""
    return mask_personal(text)


def export_rows(db, since: float, until: float, tz: str, *, with_phones: bool = False) -> Iterable[dict]:
    """The question log of a period, one dict per question, oldest first (phones only when asked for)."""
    from bot.features.roster.api import accounts, names as roster_names

    roster = accounts(db)              # user id -> name, sector, district, mobile
    queue = queue_of_questions(db)
    names = [] if with_phones else roster_names(db)
    for r in kernel_store.questions_between(db, since, until):
        when = local(r["created_at"], tz)
        who = roster.get(r["user_id"], {})
        item = queue.get(r["id"], (None, None))
        row = {
            "id": r["id"], "asked_at": when.isoformat(timespec="seconds"), "date": when.strftime("%Y-%m-%d"),
            "transport": r["transport"], "user_id": r["user_id"], "member_name": who.get("name") or "",
            "sector": who.get("sector") or "", "district": who.get("district") or "",
            "chat_kind": r["chat_kind"], "language": r["language"],
            "question": r["text"] if with_phones else mask_personal(r["text"], names),
            "status": r["status"], "source": r["citation"] or "", "doc_key": r["doc_key"] or "",
            "feedback": r["feedback"] if r["feedback"] is not None else "",
            "latency_ms": round(r["latency_ms"]) if r["latency_ms"] is not None else "",
            "queue_item": item[0] or "", "queue_status": item[1] or "",
        }
        if with_phones:
            row["mobile"] = who.get("mobile") or ""
        yield row


def write_csv(path, rows: Iterable[dict], *, with_phones: bool = False) -> int:
    """Write rows as UTF-8 CSV with a BOM (so spreadsheet programs on Windows read the Chinese).

    Through bot.kernel.exports: a question like ``=HYPERLINK(…)`` is written as text, not a formula.
    """
    from bot.kernel.exports import write_table

    columns = EXPORT_COLUMNS + (["mobile"] if with_phones else [])
    return write_table(path, [columns, *([row.get(c, "") for c in columns] for row in rows)])


__all__ = ["export_rows", "write_csv", "mask_phones", "EXPORT_COLUMNS"]
