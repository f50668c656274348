"""The duty ledger's table (``duty_records``) and every SQL statement on it.

One row per (source, source_id, member, category): the source's own id makes
re-importing idempotent, and a report adopted first by the city and then by the
province stays one row holding the highest level. Points are not stored: they
are computed from the configured rules when read, so a changed rule applies to
every record at once.
"""
from __future__ import annotations

import json
import time

from app.db import Migrations, transaction

duty_migrations = Migrations("duty")

FIELDS = ("member_id", "category", "source", "source_id", "year", "occurred_on", "title", "level", "extra")


@duty_migrations
def m001_duty_records(db):
    db["duty_records"].create(
        {
            "id": int,
            "member_id": int,           # roster person (members.id, through roster's API)
            "category": str,            # a rule key of config duty.rules
            "source": str,              # attendance | proposals | activities | sqmy | ...
            "source_id": str,           # the source's own id (meeting id, proposal number, receipt number)
            "year": int,                # the assessment year the record counts for
            "occurred_on": str,         # YYYY-MM-DD
            "title": str,
            "level": str,               # levelled rules: city | province | national
            "extra": str,               # JSON
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"member_id", "category", "source", "source_id", "year", "occurred_on"},
    )
    db["duty_records"].create_index(["source", "source_id", "member_id", "category"], unique=True)
    db["duty_records"].create_index(["member_id", "year"])
    db["duty_records"].create_index(["year"])


def find(db, source: str, source_id: str, member_id: int, category: str) -> dict | None:
    rows = list(db.query("select * from duty_records where source = ? and source_id = ? and member_id = ?"
                         " and category = ?", [source, source_id, member_id, category]))
    return rows[0] if rows else None


COLUMNS = FIELDS + ("created_at", "updated_at")
_INSERT = f"insert into duty_records ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})"


def insert(db, values: dict) -> int:
    # Plain SQL, not sqlite-utils' insert (which inspects the table on every call): an import
    # writes tens of thousands of records in one transaction.
    now = time.time()
    row = {**values, "created_at": now, "updated_at": now}
    with transaction(db):
        return db.execute(_INSERT, [row.get(c) for c in COLUMNS]).lastrowid


def update(db, record_id: int, values: dict) -> None:
    values = {k: v for k, v in values.items() if k in FIELDS}
    values["updated_at"] = time.time()
    with transaction(db):
        db.execute(f"update duty_records set {', '.join(f'{k} = ?' for k in values)} where id = ?",
                   [*values.values(), record_id])


def delete(db, record_ids: list[int]) -> None:
    if not record_ids:
        return
    with transaction(db):
        db.execute(f"delete from duty_records where id in ({','.join('?' * len(record_ids))})", record_ids)


def of_source(db, source: str, source_id: str, member_id: int | None = None) -> list[dict]:
    if member_id is None:
        return list(db.query("select * from duty_records where source = ? and source_id = ? order by id",
                             [source, source_id]))
    return list(db.query("select * from duty_records where source = ? and source_id = ? and member_id = ?"
                         " order by id", [source, source_id, member_id]))


def of_member(db, member_id: int, year: int) -> list[dict]:
    return list(db.query("select * from duty_records where member_id = ? and year = ?"
                         " order by occurred_on, id", [member_id, year]))


def of_year(db, year: int) -> list[dict]:
    return list(db.query("select * from duty_records where year = ? order by member_id, occurred_on, id", [year]))


def by_source_ids(db, source: str) -> dict[tuple[str, int, str], dict]:
    """Every record of one source, keyed by (source_id, member_id, category): for bulk imports."""
    return {(r["source_id"], r["member_id"], r["category"]): r
            for r in db.query("select * from duty_records where source = ?", [source])}


def latest_year(db, member_id: int) -> int | None:
    row = db.execute("select max(year) from duty_records where member_id = ?", [member_id]).fetchone()
    return row[0] if row else None


def years(db) -> list[int]:
    return [r[0] for r in db.execute("select distinct year from duty_records order by year").fetchall()]


def extra_of(row: dict) -> dict:
    try:
        return json.loads(row.get("extra") or "{}")
    except ValueError:
        return {}
