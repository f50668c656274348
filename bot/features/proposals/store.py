"""The proposals' tables (``proposals``, ``proposal_authors``) and every SQL statement on them."""
from __future__ import annotations

import time

from app.db import Migrations, transaction

proposals_migrations = Migrations("proposals")

FIELDS = ("year", "title", "status", "handling_unit", "reply_date", "satisfaction", "key_flag", "submitted_on",
          "merged_into")


@proposals_migrations
def m001_proposals(db):
    db["proposals"].create(
        {
            "number": str,              # the committee's own proposal number (the import key)
            "year": int,
            "title": str,
            "status": str,              # 审查中 | 立案 | 不予立案 | 并案
            "handling_unit": str,       # 承办单位
            "reply_date": str,          # YYYY-MM-DD
            "satisfaction": str,        # 满意 | 基本满意 | 不满意
            "key_flag": str,            # 重点提案 / 优秀提案, or ""
            "submitted_on": str,
            "merged_into": str,         # 并案: the number it was merged into
            "created_at": float,
            "updated_at": float,
        },
        pk="number",
    )
    db["proposal_authors"].create(
        {"number": str, "member_id": int, "role": str, "position": int},   # role: first | joint
        pk=("number", "member_id"),
    )
    db["proposal_authors"].create_index(["member_id"])


def get(db, number: str) -> dict | None:
    rows = list(db.query("select * from proposals where number = ?", [number]))
    return rows[0] if rows else None


def authors(db, number: str) -> list[dict]:
    return list(db.query("select * from proposal_authors where number = ? order by position", [number]))


def save(db, number: str, values: dict, authors_: list[tuple[int, str]]) -> None:
    now = time.time()
    with transaction(db):
        if get(db, number) is None:
            db["proposals"].insert({"number": number, **values, "created_at": now, "updated_at": now})
        else:
            db["proposals"].update(number, {**values, "updated_at": now})
        db.execute("delete from proposal_authors where number = ?", [number])
        db["proposal_authors"].insert_all(
            [{"number": number, "member_id": m, "role": role, "position": i} for i, (m, role) in enumerate(authors_)],
            pk=("number", "member_id"))


def of_member(db, member_id: int) -> list[dict]:
    return list(db.query(
        "select p.*, a.role from proposals p join proposal_authors a on a.number = p.number"
        " where a.member_id = ? order by p.year desc, p.number", [member_id]))


def first_author_names(db, numbers: list[str]) -> dict[str, int]:
    if not numbers:
        return {}
    rows = db.execute(f"select number, member_id from proposal_authors where role = 'first' and number in"
                      f" ({','.join('?' * len(numbers))})", numbers).fetchall()
    return {r[0]: r[1] for r in rows}
