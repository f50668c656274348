"""The kernel's tables, ``questions`` and ``events``: the only code that touches them.

``questions`` is the question log: one row per question a member asked and
what they got (``status``: ``answered`` from the documents, ``curated`` from
the secretariat's FAQ, ``abstained``; ``feedback`` +1/-1 from the 👍/👎
buttons). ``events`` is the operations log (refusals, errors, staff actions),
each with a JSON ``detail``. Their schema is in :mod:`bot.kernel.schema`.

Writers (the Assistant, the flood gate, curation's curated answers) and
readers (statistics, the CSV export, the staff queue, the web desk) all come
here: the filters below are the ones they need, so none of them writes SQL
on these tables. Times are UNIX seconds; a *period* is ``since <= created_at
< until``. Rows are returned as plain dicts.
"""
from __future__ import annotations

import json
import time
from typing import Iterable

from app.db import transaction
from kb.errors import KBError

# What a question's ``status`` may be (the kb answered, staff's FAQ answered, or no answer).
STATUSES = ("answered", "curated", "abstained")
# Filters of the question log: a status, or "downvoted" (👎, whatever the status).
OUTCOMES = STATUSES + ("downvoted",)


class QuestionFilterError(KBError, ValueError):
    """A question-log filter that cannot be applied (the message says which and why)."""


# ----- questions: writing -----

def log_question(db, *, transport: str, user_id: str, chat_id: str, chat_kind: str, language: str,
                 text: str, status: str, citation: str | None = None, doc_key: str | None = None,
                 chunk_id: str | None = None, sources: list[str] | None = None,
                 best_dense: float | None = None, created_at: float | None = None) -> int:
    """Log one question and what it got; returns its id."""
    with transaction(db):
        return db["questions"].insert({
            "transport": transport, "user_id": user_id, "chat_id": chat_id, "chat_kind": chat_kind,
            "language": language, "text": text, "status": status, "citation": citation or None,
            "doc_key": doc_key or None, "chunk_id": chunk_id,
            "sources": json.dumps(sources or [], ensure_ascii=False), "best_dense": best_dense,
            "created_at": time.time() if created_at is None else created_at,
        }).last_pk


def set_reply(db, question_id: int, reply_message_id: str | None, latency_ms: float) -> None:
    """The message that carried the reply, and how long the reply took."""
    with transaction(db):
        db.execute("update questions set reply_message_id = ?, latency_ms = ? where id = ?",
                   [reply_message_id, latency_ms, question_id])


def set_feedback(db, question_id: int, value: int) -> None:
    """A 👍 (+1) or 👎 (-1) on the reply; a later press replaces an earlier one."""
    with transaction(db):
        db.execute("update questions set feedback = ? where id = ?", [value, question_id])


# ----- questions: reading -----

def question(db, question_id: int) -> dict | None:
    """One logged question, or None."""
    rows = list(db.query("select * from questions where id = ?", [question_id]))
    return rows[0] if rows else None


def _where(*, since: float | None = None, until: float | None = None, status: str | None = None,
           doc_key: str | None = None, user_id: str | None = None, search: str | None = None
           ) -> tuple[str, list]:
    clauses, params = [], []
    if since is not None:
        clauses.append("created_at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("created_at < ?")
        params.append(until)
    if status is not None:
        if status not in OUTCOMES:
            raise QuestionFilterError(f"Unknown question status {status!r}; use one of {', '.join(OUTCOMES)}.")
        if status == "downvoted":
            clauses.append("feedback = -1")
        else:
            clauses.append("status = ?")
            params.append(status)
    if doc_key is not None:
        clauses.append("doc_key = ?")
        params.append(doc_key)
    if user_id is not None:
        clauses.append("user_id = ?")
        params.append(user_id)
    if search:
        clauses.append("instr(text, ?) > 0")
        params.append(search)
    return (" where " + " and ".join(clauses) if clauses else ""), params


def question_log(db, *, since: float | None = None, until: float | None = None, status: str | None = None,
                 doc_key: str | None = None, user_id: str | None = None, search: str | None = None,
                 limit: int | None = None, offset: int = 0, newest_first: bool = True) -> list[dict]:
    """The question log, filtered.

    ``status``: ``answered`` / ``curated`` / ``abstained``, or ``downvoted`` (👎 whatever the
    status); ``doc_key``: questions answered from that document; ``search``: the text contains
    these characters. Newest first unless ``newest_first=False``; ``limit``/``offset`` page it.
    """
    where, params = _where(since=since, until=until, status=status, doc_key=doc_key, user_id=user_id,
                           search=search)
    order = "desc" if newest_first else "asc"
    sql = f"select * from questions{where} order by created_at {order}, id {order}"
    if limit is not None:
        sql += " limit ? offset ?"
        params += [int(limit), int(offset)]
    return list(db.query(sql, params))


def count_questions(db, *, since: float | None = None, until: float | None = None, status: str | None = None,
                    doc_key: str | None = None, user_id: str | None = None, search: str | None = None) -> int:
    """How many questions :func:`question_log` would return without a limit."""
    where, params = _where(since=since, until=until, status=status, doc_key=doc_key, user_id=user_id,
                           search=search)
    return db.execute(f"select count(*) from questions{where}", params).fetchone()[0]


def questions_between(db, since: float, until: float) -> list[dict]:
    """Every question of a period, oldest first (the CSV export)."""
    return question_log(db, since=since, until=until, newest_first=False)


def outcomes_between(db, since: float, until: float) -> list[tuple[str, int | None, str | None, float]]:
    """(status, feedback, doc_key, created_at) of every question of a period: what statistics count."""
    return [tuple(r) for r in db.execute(
        "select status, feedback, doc_key, created_at from questions where created_at >= ? and created_at < ?",
        [since, until]).fetchall()]


def status_counts(db, since: float | None = None, until: float | None = None) -> dict[str, int]:
    """Questions per status in a period, and ``downvoted`` / ``upvoted`` (feedback) counts."""
    where, params = _where(since=since, until=until)
    counts = {s: 0 for s in STATUSES}
    for status, n in db.execute(f"select status, count(*) from questions{where} group by status", params):
        counts[status] = n
    for value, name in ((-1, "downvoted"), (1, "upvoted")):
        extra = " and " if where else " where "
        counts[name] = db.execute(f"select count(*) from questions{where}{extra}feedback = ?",
                                  params + [value]).fetchone()[0]
    return counts


def documents_asked_about(db, since: float | None = None, until: float | None = None,
                          limit: int = 10) -> list[tuple[str, int]]:
    """(doc_key, answered questions) of the documents the knowledge base answered from most."""
    where, params = _where(since=since, until=until, status="answered")
    return [tuple(r) for r in db.execute(
        f"select doc_key, count(*) as n from questions{where} and doc_key is not null"
        " group by doc_key order by n desc, doc_key limit ?", params + [int(limit)]).fetchall()]


def last_question_of(db, user_id: str) -> dict | None:
    """The latest question a person asked (operations, tests)."""
    rows = question_log(db, user_id=user_id, limit=1)
    return rows[0] if rows else None


# ----- events -----

def log_event(db, kind: str, *, user_id: str | None = None, chat_id: str | None = None,
              detail: dict | None = None, created_at: float | None = None) -> int:
    """Log one operations event; returns its id."""
    with transaction(db):
        return db["events"].insert({
            "kind": kind, "user_id": user_id, "chat_id": chat_id,
            "detail": json.dumps(detail or {}, ensure_ascii=False),
            "created_at": time.time() if created_at is None else created_at,
        }).last_pk


def update_event_detail(db, event_id: int, detail: dict) -> None:
    """Replace an event's detail (the flood gate's running tally of one window)."""
    with transaction(db):
        db.execute("update events set detail = ? where id = ?",
                   [json.dumps(detail, ensure_ascii=False), event_id])


def events(db, kind: str | Iterable[str] | None = None, *, since: float | None = None,
           until: float | None = None, limit: int | None = 100) -> list[dict]:
    """Events, newest first, with ``detail`` decoded; ``kind`` one kind or several."""
    clauses, params = [], []
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        clauses.append(f"kind in ({','.join('?' * len(kinds))})")
        params += kinds
    if since is not None:
        clauses.append("created_at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("created_at < ?")
        params.append(until)
    sql = "select * from events" + (" where " + " and ".join(clauses) if clauses else "")
    sql += " order by created_at desc, id desc"
    if limit is not None:
        sql += " limit ?"
        params.append(int(limit))
    out = []
    for row in db.query(sql, params):
        row["detail"] = json.loads(row["detail"] or "{}")
        out.append(row)
    return out


def count_events(db, kind: str, since: float, until: float) -> int:
    """How many events of ``kind`` were logged in a period (``since <= created_at < until``)."""
    return db.execute("select count(*) from events where kind = ? and created_at >= ? and created_at < ?",
                      [kind, since, until]).fetchone()[0]


__all__ = ["log_question", "set_reply", "set_feedback", "question", "question_log", "count_questions",
           "questions_between", "outcomes_between", "status_counts", "documents_asked_about",
           "last_question_of", "log_event", "update_event_detail", "events", "count_events", "STATUSES", "OUTCOMES",
           "QuestionFilterError"]
