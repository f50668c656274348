"""The staff queue, curated answers, the question log and the figures: the curation and stats
features' public API and the kernel's question log (bot/kernel/store.py).

The queue actions are the chat's own (Curation.answer_item / attach_item /
dismiss_item), so an answer from the desk reaches every asker exactly as one
given in chat.
"""
from __future__ import annotations

from bot.web.sources.people import staff_user

LOG_PAGE = 200      # questions shown on the page; the download has the whole period


def _curation(assistant):
    return assistant.curation


# ----- the queue -----

def open_items(assistant) -> list[dict]:
    """Open items, most asked first, each with its distinct questions (``questions``) and, when
    one is close, the FAQ entry it may be the same as (``suggested_entry``)."""
    cur = _curation(assistant)
    return [cur.item_view(item) for item in cur.open_items()]


async def answer(assistant, session, item_id: int, text: str):
    """(entry id, sent, failed), or the item's status when it is no longer open."""
    return await _curation(assistant).answer_item(item_id, staff_user(session), text)


async def merge(assistant, session, item_id: int, entry_id: int):
    return await _curation(assistant).attach_item(item_id, entry_id, staff_user(session))


async def dismiss(assistant, session, item_id: int, reason: str):
    return await _curation(assistant).dismiss_item(item_id, staff_user(session), reason)


def top_unanswered(assistant, limit: int = 8) -> list[tuple[str, int]]:
    from bot.features.curation import open_topics

    return [(item["title"], item["asks"]) for item in open_topics(assistant.db, limit)]


# ----- curated answers (FAQ) -----

def entries(assistant) -> list[dict]:
    """Active curated entries, newest first, with the question other members see."""
    cur = _curation(assistant)
    out = []
    for entry in cur.entries("active"):
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

def _outcome(outcome: str) -> str | None:
    return {"down": "downvoted", "": None}.get(outcome, outcome)


def question_page(assistant, since: float, until: float, *, outcome: str = "", doc: str = "",
                  limit: int = LOG_PAGE) -> tuple[list[dict], int]:
    """(the newest ``limit`` questions of the filter, how many there are), with the asker's roster
    name. Staff see questions as written, as in chat."""
    from bot.features.roster import accounts
    from bot.kernel import store

    filters = dict(since=since, until=until, status=_outcome(outcome), doc_key=doc or None)
    rows = store.question_log(assistant.db, limit=limit, **filters)
    people = accounts(assistant.db) if rows else {}
    for row in rows:
        row["member_name"] = (people.get(row["user_id"]) or {}).get("name") or ""
    return rows, store.count_questions(assistant.db, **filters)


def question_export(assistant, since: float, until: float, *, outcome: str = "", doc: str = "") -> list[list]:
    """The filtered log as a table (header first) for a download: phones, IDs and roster names masked."""
    from bot.features.roster import accounts, names
    from bot.kernel import store
    from bot.kernel.privacy import mask_personal

    from app.timefmt import local_time

    tz = assistant.config.committee.timezone
    people = accounts(assistant.db)
    roster_names = names(assistant.db)
    header = ["id", "asked_at", "member_name", "sector", "district", "question", "status", "source", "doc_key",
              "feedback", "latency_ms"]
    rows = [header]
    for r in store.question_log(assistant.db, since=since, until=until, status=_outcome(outcome),
                                doc_key=doc or None, newest_first=False):
        person = people.get(r["user_id"]) or {}
        rows.append([r["id"], local_time(r["created_at"], tz, "%Y-%m-%d %H:%M:%S"), person.get("name") or "",
                     person.get("sector") or "", person.get("district") or "", mask_personal(r["text"], roster_names),
                     r["status"], r["citation"] or "", r["doc_key"] or "",
                     "" if r["feedback"] is None else r["feedback"],
                     "" if r["latency_ms"] is None else round(r["latency_ms"])])
    return rows


def stats(assistant, since: float, until: float):
    from bot.features.stats.service import compute_stats, document_titles

    return compute_stats(assistant.db, since, until, assistant.config.committee.timezone, top=8,
                         titles=document_titles(assistant.kb))


def day_start(day, tz: str) -> float:
    from bot.features.stats.service import day_start as start

    return start(day, tz)


__all__ = ["open_items", "answer", "merge", "dismiss", "top_unanswered", "entries", "edit_entry", "retire_entry",
           "question_page", "question_export", "stats", "day_start"]
