"""The staff queue, curated answers, the question log and the figures: curation's public API.

The queue actions are the chat's own (Curation.answer_item / attach_item /
dismiss_item), so an answer from the desk reaches every asker exactly as one
given in chat.
"""
from __future__ import annotations

import time

from bot.web.sources.people import staff_user


def _curation(assistant):
    return assistant.curation


# ----- the queue -----

def open_items(assistant) -> list[dict]:
    """Open items, most asked first, each with its asks (the questions as the askers wrote them)."""
    cur = _curation(assistant)
    items = cur.open_items()
    for item in items:
        item["asks_list"] = cur.asks_of(item["id"])
    return items


async def answer(assistant, session, item_id: int, text: str):
    """(entry id, sent, failed), or the item's status when it is no longer open."""
    return await _curation(assistant).answer_item(item_id, staff_user(session), text)


async def merge(assistant, session, item_id: int, entry_id: int):
    return await _curation(assistant).attach_item(item_id, entry_id, staff_user(session))


async def dismiss(assistant, session, item_id: int, reason: str):
    return await _curation(assistant).dismiss_item(item_id, staff_user(session), reason)


# ----- curated answers (FAQ) -----

def entries(assistant, *, active_only: bool = True) -> list[dict]:
    """Curated entries, newest first, with the question other members see.

    Curation has no list call yet: entries are read one by one by id (they are
    numbered from 1 and never deleted), up to the first run of missing ids.
    """
    cur = _curation(assistant)
    out, missing, entry_id = [], 0, 1
    while missing < 20:
        entry = cur.entry(entry_id)
        entry_id += 1
        if entry is None:
            missing += 1
            continue
        missing = 0
        if active_only and entry["status"] != "active":
            continue
        entry["shown_question"] = cur.display_question(entry["id"])
        out.append(entry)
    return sorted(out, key=lambda e: -e["id"])


def edit_entry(assistant, session, entry_id: int, *, question: str | None, answer: str | None) -> bool:
    cur = _curation(assistant)
    ok = True
    if answer is not None and answer.strip():
        ok = cur.edit_entry(entry_id, answer, staff_user(session)) and ok
    if question is not None and question.strip():
        ok = cur.edit_question(entry_id, question, staff_user(session)) and ok
    return ok


def retire_entry(assistant, session, entry_id: int) -> bool:
    return _curation(assistant).retire_entry(entry_id, staff_user(session))


# ----- the question log and figures -----

def question_log(assistant, since: float, until: float, *, masked: bool = False) -> list[dict]:
    """Every question of the period, one dict each (curation's export rows).

    Staff see questions as written (as in chat), so the page does not mask; the roster's
    phone column is dropped all the same. ``masked``: phones, IDs and names hidden (downloads).
    """
    from bot.features.curation.service import export_rows

    rows = list(export_rows(assistant.db, since, until, assistant.config.committee.timezone, with_phones=not masked))
    for row in rows:
        row.pop("mobile", None)
    return rows


def stats(assistant, since: float, until: float):
    from bot.features.curation.service import compute_stats

    return compute_stats(assistant.db, since, until, assistant.config.committee.timezone, top=8)


def day_start(day, tz: str) -> float:
    from bot.features.curation.service import day_start as start

    return start(day, tz)


def now() -> float:
    return time.time()


__all__ = ["open_items", "answer", "merge", "dismiss", "entries", "edit_entry", "retire_entry",
           "question_log", "stats", "day_start"]
