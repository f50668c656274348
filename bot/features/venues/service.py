"""Community venues (委员社区联系点): imported with their schedules, a member's own venue shown.

Imports are idempotent by the source's ids: a venue by its 联系点编号, a scheduled
consultation by its 活动编号, an assignment by the member.
"""
from __future__ import annotations

from app.db import transaction

from bot.features.duty import api as duty
from bot.features.duty.imports import WHO, who_of
from bot.features.duty.members import RosterIndex
from bot.features.duty.rules import DutyRules
from bot.features.duty.tables import Column, ImportReport, cell_text, key_text, parse_date, read_rows
from bot.features.venues import store

VENUES = [Column("venue", ("联系点编号", "联系点id", "venue_id"), True),
          Column("name", ("联系点名称", "联系点", "名称", "venue_name"), True),
          Column("street", ("街道", "所属街道", "street")),
          Column("address", ("地址", "address")),
          Column("contact", ("联系人", "contact")),
          Column("phone", ("联系电话", "电话", "contact_phone")),
          # Optional: one scheduled consultation per row (venues repeat on several rows).
          Column("event", ("活动编号", "协商编号", "event_id")),
          Column("day", ("协商日期", "活动日期", "日期", "date")),
          Column("time", ("时间", "协商时间", "time")),
          Column("topic", ("议题", "协商议题", "主题", "topic"))]

ASSIGNMENTS = [*WHO, Column("venue", ("联系点编号", "联系点id", "venue_id"), True)]


def import_venues(db, path, *, rules: DutyRules | None = None) -> ImportReport:
    rules = rules or duty.active_rules()
    rows, ignored = read_rows(path, VENUES, max_bytes=rules.max_import_bytes, max_rows=rules.max_import_rows,
                              what="联系点")
    report = ImportReport("venues", str(getattr(path, "name", path)), ignored_columns=ignored)
    done_venues: dict[str, dict] = {}
    with transaction(db):
        for line, row in rows:
            venue_id, name = key_text(row.get("venue")), cell_text(row.get("name"))
            values = {k: cell_text(row.get(k)) for k in store.VENUE_FIELDS}
            event_id = key_text(row.get("event"))
            day_text = cell_text(row.get("day"))
            day = parse_date(row.get("day")) if day_text else None
            reason = ("缺少联系点编号" if not venue_id else "缺少联系点名称" if not name else
                      f"联系点 {venue_id} 与前面的行信息不一致" if venue_id in done_venues
                      and done_venues[venue_id] != values else "")
            if not reason and (event_id or day_text):
                reason = ("缺少活动编号" if not event_id else
                          f"协商日期“{day_text}”无法识别" if not day else "")
            if reason:
                report.add(line, venue_id or "?", "rejected", reason)
                continue
            statuses = []
            if venue_id not in done_venues:
                old = store.venue(db, venue_id)
                changes = [k for k in store.VENUE_FIELDS if old and (old[k] or "") != values[k]]
                if old is None or changes:
                    store.save_venue(db, venue_id, values)
                statuses.append("added" if old is None else "updated" if changes else "unchanged")
                done_venues[venue_id] = values
            key = venue_id
            if event_id:
                key = f"{venue_id} {event_id}"
                ev = {"venue_id": venue_id, "day": day, "time": cell_text(row.get("time")),
                      "topic": cell_text(row.get("topic"))}
                old = store.event(db, event_id)
                changed = old is not None and any((old[k] or "") != ev[k] for k in store.EVENT_FIELDS)
                if old is None or changed:
                    store.save_event(db, event_id, ev)
                statuses.append("added" if old is None else "updated" if changed else "unchanged")
            status = "added" if "added" in statuses else "updated" if "updated" in statuses else "unchanged"
            report.add(line, key, status)
    return report


def import_assignments(db, path, *, rules: DutyRules | None = None) -> ImportReport:
    rules = rules or duty.active_rules()
    rows, ignored = read_rows(path, ASSIGNMENTS, max_bytes=rules.max_import_bytes, max_rows=rules.max_import_rows,
                              what="联系点分配")
    report = ImportReport("assignments", str(getattr(path, "name", path)), ignored_columns=ignored)
    roster = RosterIndex(db)
    with transaction(db):
        for line, row in rows:
            member, why = who_of(roster, row)
            venue_id = key_text(row.get("venue"))
            key = f"{cell_text(row.get('name')) or cell_text(row.get('mobile'))} → {venue_id}"
            reason = why or ("缺少联系点编号" if not venue_id else
                             "" if store.venue(db, venue_id) else f"联系点 {venue_id} 尚未导入（先导入联系点表）")
            if reason:
                report.add(line, key, "rejected", reason)
                continue
            old = store.assignment(db, member["id"])
            if old is None or old["venue_id"] != venue_id:
                store.assign(db, member["id"], venue_id)
            report.add(line, key, "added" if old is None else "updated" if old["venue_id"] != venue_id else "unchanged")
    return report


def venue_of(db, member_id: int, today: str) -> tuple[dict | None, list[dict]]:
    """(the member's venue, its next scheduled consultations from ``today``)."""
    assigned = store.assignment(db, member_id)
    if assigned is None:
        return None, []
    found = store.venue(db, assigned["venue_id"])
    if found is None:
        return None, []
    return found, store.upcoming(db, found["id"], today)
