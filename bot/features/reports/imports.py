"""Reports that exist elsewhere (the information platform's export, the samples) read into the store.

CSV or XLSX with a header row: 回执编号, 报送人 (roster name or mobile), 标题, 正文, 类别,
街道社区, 报送日期 (2026-03-15), 状态, 采用级别 (市级/省级/全国), 领导批示 (是/否), 意见.
Keyed by the receipt number, so importing again is idempotent: a row is added,
updated (its status moved on: history, points and a notice to the author follow),
unchanged, or rejected with a reason (a receipt that another report already holds, an
author not on the roster, a bad status ...). The whole file is one transaction.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.db import transaction

from bot.features.reports import links, points, store
from bot.features.reports.service import author_chat, check_draft, notice_html, receipt_of
from bot.features.reports.settings import ReportsSettings
from bot.features.reports.status import LEVELS, STATUSES, ReportError

HEADERS = {
    "回执编号": "receipt", "receipt": "receipt", "报送人": "author", "author": "author", "标题": "title",
    "title": "title", "正文": "content", "内容": "content", "content": "content", "类别": "category",
    "category": "category", "街道社区": "community", "社区": "community", "community": "community",
    "报送日期": "date", "date": "date", "状态": "status", "status": "status", "采用级别": "level",
    "level": "level", "领导批示": "instructed", "instructed": "instructed", "意见": "comment", "comment": "comment",
}
STATUS_NAMES = {"已接收": "received", "接收": "received", "已退回": "returned", "退回": "returned",
                "已编发": "issued", "编发": "issued", "已报送": "forwarded", "报送": "forwarded",
                "已采用": "adopted", "采用": "adopted", "已批示": "instructed", "批示": "instructed",
                "已反馈": "feedback", "反馈": "feedback", **{s: s for s in STATUSES}}
LEVEL_NAMES = {"市级": "city", "省级": "province", "全国": "national", "国家级": "national",
               **{lv: lv for lv in LEVELS}}
YES = {"是", "有", "yes", "y", "1", "true"}

REASONS = {
    "bad_receipt": "回执编号格式不对（应为 {prefix}-年份-编号，如 {prefix}-2026-0042）",
    "duplicate_receipt": "回执编号已被另一篇信息使用（《{other}》），不能重复",
    "repeated": "同一文件中回执编号重复",
    "not_on_roster": "报送人“{author}”不在委员名单中",
    "bad_status": "状态“{value}”无法识别",
    "bad_level": "采用级别“{value}”无法识别（市级/省级/全国）",
    "no_level": "状态为已采用时须注明采用级别",
    "bad_date": "报送日期“{value}”无法识别（应如 2026-03-15）",
    "bad_field": "{detail}",
}


@dataclass
class Row:
    line: int
    receipt: str
    status: str                  # added | updated | unchanged | rejected
    reason: str = ""


@dataclass
class ImportReport:
    rows: list[Row] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def summary(self) -> str:
        return (f"新增 {self.count('added')} 篇，更新 {self.count('updated')} 篇，"
                f"未变 {self.count('unchanged')} 篇，拒绝 {self.count('rejected')} 篇")


class Rejected(Exception):
    def __init__(self, code: str, **values):
        super().__init__(REASONS[code].format(**values))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _timestamp(value, tz: str) -> float:
    from zoneinfo import ZoneInfo

    if isinstance(value, datetime):
        day = value
    else:
        try:
            day = datetime.fromisoformat(_text(value)[:10])
        except ValueError:
            raise Rejected("bad_date", value=_text(value)) from None
    return day.replace(hour=12, tzinfo=ZoneInfo(tz)).timestamp()


def _parse(cells: dict, settings: ReportsSettings, tz: str, db) -> dict:
    receipt = _text(cells.get("receipt")).upper()
    m = re.fullmatch(rf"{re.escape(settings.receipt_prefix)}-(\d{{4}})-(\d{{1,6}})", receipt)
    if not m:
        raise Rejected("bad_receipt", prefix=settings.receipt_prefix)
    author = _text(cells.get("author"))
    member = links.member_by_ref(db, author) if author else None
    if member is None:
        raise Rejected("not_on_roster", author=author)
    status = STATUS_NAMES.get(_text(cells.get("status")) or "received")
    if status is None:
        raise Rejected("bad_status", value=_text(cells.get("status")))
    level_raw = _text(cells.get("level"))
    level = LEVEL_NAMES.get(level_raw) if level_raw else None
    if level_raw and level is None:
        raise Rejected("bad_level", value=level_raw)
    if status == "adopted" and level is None:
        raise Rejected("no_level")
    if status in ("issued", "forwarded", "adopted", "instructed", "feedback") and level is None:
        level = "city"            # issued (编发) at least: the city level
    instructed = status == "instructed" or _text(cells.get("instructed")).lower() in YES
    try:
        clean = check_draft({k: _text(cells.get(k)) for k in ("title", "content", "category", "community")},
                            settings)
    except ReportError as err:
        raise Rejected("bad_field", detail=str(err)) from None
    when = _timestamp(cells.get("date"), tz) if _text(cells.get("date")) else time.time()
    receipt = receipt_of(settings.receipt_prefix, int(m.group(1)), int(m.group(2)))    # SQMY-2026-42 → …-0042
    return {"receipt": receipt, "year": int(m.group(1)), "seq": int(m.group(2)), "member": member,
            "status": status, "level": level, "instructed": int(instructed),
            "comment": _text(cells.get("comment")) or None, "when": when, **clean}


def import_reports(db, path: Path | str, *, settings: ReportsSettings, tz: str, actor: str = "import") -> ImportReport:
    """Read a CSV/XLSX of reports into the store (idempotent by receipt number)."""
    rows = links.read_table(Path(path))
    report = ImportReport()
    if not rows:
        return report
    columns = {i: HEADERS.get(_text(c).lower()) for i, c in enumerate(rows[0])}
    seen: set[str] = set()
    with transaction(db):
        for n, raw in enumerate(rows[1:], start=2):
            if not any(_text(c) for c in raw):
                continue
            cells = {columns[i]: v for i, v in enumerate(raw) if columns.get(i)}
            receipt = _text(cells.get("receipt")).upper()
            try:
                row = _parse(cells, settings, tz, db)
                if row["receipt"] in seen:
                    raise Rejected("repeated")
                seen.add(row["receipt"])
                report.rows.append(Row(n, row["receipt"], _store(db, row, actor=actor, tz=tz)))
            except Rejected as why:
                report.rows.append(Row(n, receipt, "rejected", str(why)))
    return report


def _store(db, row: dict, *, actor: str, tz: str) -> str:
    member = row["member"]
    old = store.by_receipt(db, row["receipt"])
    if old is not None:
        if old["member_id"] != member["id"] or old["title"] != row["title"]:
            raise Rejected("duplicate_receipt", other=old["title"])
        moved = {k: row[k] for k in ("status", "level", "instructed", "comment") if old[k] != row[k]}
        if not moved:
            return "unchanged"
        store.update_report(db, old["id"], moved)
        store.add_history(db, old["id"], old["status"], row["status"], actor=actor, level=row["level"],
                          comment=row["comment"])
        updated = store.by_id(db, old["id"])
        credited = points.credit(db, updated, when=time.time(), tz=tz)
        chat = author_chat(db, updated)
        if chat and ("status" in moved or "level" in moved):
            links.queue_notice(db, chat,
                               notice_html(updated, updated["status"], updated["level"], updated["comment"], credited),
                               label=updated["receipt"], member_id=updated["member_id"])
        return "updated"
    rid = store.insert_report(db, {
        "receipt": row["receipt"], "year": row["year"], "seq": row["seq"], "member_id": member["id"],
        "author_id": links.member_chat_id(member) or f"roster:{member['id']}",
        "author_chat_id": None, "author_name": member["name"], "author_lang": "zh",
        "title": row["title"], "content": row["content"], "category": row["category"],
        "community": row["community"], "status": row["status"], "level": row["level"],
        "instructed": row["instructed"], "comment": row["comment"], "source": "import", "resubmissions": 0,
        "created_at": row["when"], "submitted_at": row["when"], "updated_at": time.time(),
    })
    store.reserve_number(db, row["year"], row["seq"])
    store.add_history(db, rid, None, "received", actor=f"{member['name']} ({actor})", at=row["when"])
    if row["status"] != "received":
        store.add_history(db, rid, "received", row["status"], actor=actor, level=row["level"], comment=row["comment"])
    created = store.by_id(db, rid)
    points.filed(db, created, tz=tz)
    points.credit(db, created, when=row["when"], tz=tz)
    return "added"


__all__ = ["import_reports", "ImportReport", "Row", "REASONS"]
