"""The community venues' tables (``venues``, ``venue_events``, ``venue_members``) and their SQL.

A member's venue assignment is kept here, keyed by the roster's member id, rather than
as a column of the roster's table (the roster owns ``members``).
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

venues_migrations = Migrations("venues")

VENUE_FIELDS = ("name", "street", "address", "contact", "phone")
EVENT_FIELDS = ("venue_id", "day", "time", "topic")


@venues_migrations
def m001_venues(db):
    db["venues"].create({"id": str, "name": str, "street": str, "address": str, "contact": str, "phone": str,
                         "updated_at": float}, pk="id")
    db["venue_events"].create({"id": str, "venue_id": str, "day": str, "time": str, "topic": str,
                               "updated_at": float}, pk="id")
    db["venue_events"].create_index(["venue_id", "day"])
    db["venue_members"].create({"member_id": int, "venue_id": str, "updated_at": float}, pk="member_id")
    db["venue_members"].create_index(["venue_id"])


def _one(db, sql, params):
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def venue(db, venue_id: str) -> dict | None:
    return _one(db, "select * from venues where id = ?", [venue_id])


def event(db, event_id: str) -> dict | None:
    return _one(db, "select * from venue_events where id = ?", [event_id])


def assignment(db, member_id: int) -> dict | None:
    return _one(db, "select * from venue_members where member_id = ?", [member_id])


def save_venue(db, venue_id: str, values: dict) -> None:
    with transaction(db):
        db["venues"].upsert({"id": venue_id, **values, "updated_at": time.time()}, pk="id")


def save_event(db, event_id: str, values: dict) -> None:
    with transaction(db):
        db["venue_events"].upsert({"id": event_id, **values, "updated_at": time.time()}, pk="id")


def assign(db, member_id: int, venue_id: str) -> None:
    with transaction(db):
        db["venue_members"].upsert({"member_id": member_id, "venue_id": venue_id, "updated_at": time.time()},
                                   pk="member_id")


def upcoming(db, venue_id: str, from_day: str, limit: int = 5) -> list[dict]:
    return list(db.query("select * from venue_events where venue_id = ? and day >= ? order by day, time limit ?",
                         [venue_id, from_day, limit]))
