"""The 社情民意 tables and every SQL statement on them (nothing else names these tables).

- ``sqmy_reports``: one row per report; ``receipt`` (SQMY-2026-0042) is unique.
- ``sqmy_sequence``: the last number handed out per year. Numbers come from here inside
  the filing transaction and the counter only grows, so a number is never handed out
  twice, even after a report is imported with a number of its own.
- ``sqmy_files``: attachments (content-addressed files under the data dir).
- ``sqmy_history``: every status change: who, when, from what to what, the comment.
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

reports_migrations = Migrations("reports")


@reports_migrations
def m001_reports(db):
    db["sqmy_reports"].create(
        {
            "id": int,
            "receipt": str,
            "year": int,
            "seq": int,
            "member_id": int,          # roster person (bot.features.roster), null if unknown
            "author_id": str,          # transport-qualified chat user id (tg:42)
            "author_chat_id": str,     # where status notices go
            "author_name": str,
            "author_lang": str,
            "title": str,
            "content": str,
            "category": str,
            "community": str,
            "status": str,             # bot.features.reports.status.STATUSES
            "level": str,              # highest adoption level: city | province | national | null
            "instructed": int,         # 1 once a leader's instruction is recorded
            "comment": str,            # the editor's latest comment (returned) or feedback
            "source": str,             # chat | import
            "resubmissions": int,
            "created_at": float,
            "submitted_at": float,     # the latest (re)submission
            "updated_at": float,
        },
        pk="id",
        not_null={"receipt", "year", "seq", "title", "content", "status"},
        defaults={"instructed": 0, "resubmissions": 0},
    )
    db["sqmy_reports"].create_index(["receipt"], unique=True)
    db["sqmy_reports"].create_index(["year", "seq"], unique=True)
    db["sqmy_reports"].create_index(["member_id"])
    db["sqmy_reports"].create_index(["author_id"])
    db["sqmy_reports"].create_index(["status", "submitted_at"])
    db["sqmy_sequence"].create({"year": int, "last": int}, pk="year")
    db["sqmy_files"].create(
        {"id": int, "report_id": int, "name": str, "size": int, "mime": str, "sha256": str, "created_at": float},
        pk="id", foreign_keys=[("report_id", "sqmy_reports", "id")],
    )
    db["sqmy_files"].create_index(["report_id"])
    db["sqmy_history"].create(
        {"id": int, "report_id": int, "from_status": str, "to_status": str, "level": str, "actor": str,
         "comment": str, "created_at": float},
        pk="id", foreign_keys=[("report_id", "sqmy_reports", "id")],
    )
    db["sqmy_history"].create_index(["report_id"])


def _one(db, sql: str, params: list) -> dict | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


# ----- numbers

def next_number(db, year: int) -> int:
    """The next number of ``year``; call inside the transaction that inserts the report."""
    row = _one(db, "select last from sqmy_sequence where year = ?", [year])
    top = db.execute("select coalesce(max(seq), 0) from sqmy_reports where year = ?", [year]).fetchone()[0]
    number = max(row["last"] if row else 0, top) + 1
    db.execute("insert into sqmy_sequence (year, last) values (?, ?) "
               "on conflict(year) do update set last = excluded.last", [year, number])
    return number


def reserve_number(db, year: int, seq: int) -> None:
    """An imported report holds ``seq``: later numbers of that year start above it."""
    db.execute("insert into sqmy_sequence (year, last) values (?, ?) "
               "on conflict(year) do update set last = max(last, excluded.last)", [year, seq])


# ----- reports

def insert_report(db, row: dict) -> int:
    return db["sqmy_reports"].insert(row).last_pk


def update_report(db, report_id: int, fields: dict) -> None:
    db["sqmy_reports"].update(report_id, {**fields, "updated_at": fields.get("updated_at", time.time())})


def by_id(db, report_id: int) -> dict | None:
    return _one(db, "select * from sqmy_reports where id = ?", [report_id])


def by_receipt(db, receipt: str) -> dict | None:
    return _one(db, "select * from sqmy_reports where receipt = ?", [receipt])


def search(db, *, status: str | list[str] | None = None, member_id: int | None = None,
           author_id: str | None = None, year: int | None = None, text: str | None = None,
           limit: int = 100, offset: int = 0, oldest_first: bool = False) -> list[dict]:
    where, params = [], []
    if status:
        names = [status] if isinstance(status, str) else list(status)
        where.append(f"status in ({', '.join('?' * len(names))})")
        params += names
    if member_id is not None:
        where.append("member_id = ?")
        params.append(member_id)
    if author_id is not None:
        where.append("author_id = ?")
        params.append(author_id)
    if year is not None:
        where.append("year = ?")
        params.append(year)
    if text:
        where.append("(title like ? or content like ? or receipt like ? or author_name like ?)")
        params += [f"%{text}%"] * 4
    sql = "select * from sqmy_reports" + (" where " + " and ".join(where) if where else "")
    sql += f" order by submitted_at {'asc' if oldest_first else 'desc'}, id limit ? offset ?"
    return list(db.query(sql, params + [limit, offset]))


def count_by_status(db) -> dict[str, int]:
    return {r["status"]: r["n"] for r in db.query("select status, count(*) as n from sqmy_reports group by status")}


# ----- files and history

def replace_files(db, report_id: int, files: list[dict]) -> None:
    db.execute("delete from sqmy_files where report_id = ?", [report_id])
    now = time.time()
    for f in files:
        db["sqmy_files"].insert({"report_id": report_id, "name": f["name"], "size": f["size"],
                                 "mime": f.get("mime"), "sha256": f["sha256"], "created_at": now})


def files_of(db, report_id: int) -> list[dict]:
    return list(db.query("select * from sqmy_files where report_id = ? order by id", [report_id]))


def file_in_use(db, sha256: str) -> bool:
    return _one(db, "select 1 as x from sqmy_files where sha256 = ? limit 1", [sha256]) is not None


def add_history(db, report_id: int, from_status: str | None, to_status: str, *, actor: str,
                level: str | None = None, comment: str | None = None, at: float | None = None) -> None:
    db["sqmy_history"].insert({"report_id": report_id, "from_status": from_status, "to_status": to_status,
                               "level": level, "actor": actor, "comment": comment,
                               "created_at": at if at is not None else time.time()})


def history_of(db, report_id: int) -> list[dict]:
    return list(db.query("select * from sqmy_history where report_id = ? order by id", [report_id]))


__all__ = ["reports_migrations", "transaction", "next_number", "reserve_number", "insert_report", "update_report",
           "by_id", "by_receipt", "search", "count_by_status", "replace_files", "files_of", "file_in_use",
           "add_history", "history_of"]
