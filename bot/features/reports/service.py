"""社情民意 reports: file, resubmit, list, show and move along their path.

These functions take the database (and this feature's settings) only, not a chat
connection, so the chat, the CLI (cli/reports.py) and the web desk call the same
code. A status change, its history line, the audit entry, the points and the
notice to the author are written in one transaction: nothing is half-done.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.db import transaction
from app.timefmt import local_time

from bot.features.reports import links, points, store
from bot.features.reports.settings import ReportsSettings
from bot.features.reports.status import (DraftError, DuplicateReceipt, ReportNotFound, StatusOrderError,
                                         check_step)
from bot.features.reports.texts import status_label
from bot.kernel.messages import esc
from bot.kernel.texts import t

COMMUNITY_MAX_CHARS = 40


@dataclass
class Author:
    id: str                     # transport-qualified chat user id (tg:42), or cli:<name> for imports
    chat_id: str | None         # where notices go (the private chat the report was filed in)
    name: str
    language: str = "zh"
    member_id: int | None = None


@dataclass
class Change:
    """What a status change did."""

    report: dict
    previous: str
    notice_id: int | None = None      # the outbox row of the author's notice
    points: float | None = None       # the report's points after the change (None: not credited)
    history: list = field(default_factory=list)


# ----- drafts

def check_title(text: str, settings: ReportsSettings) -> str:
    title = " ".join((text or "").split())
    if not title:
        raise DraftError("rp_title_empty")
    if len(title) > settings.title_max_chars:
        raise DraftError("rp_title_too_long", length=len(title), limit=settings.title_max_chars, rule=settings.rule)
    return title


def check_content(text: str, settings: ReportsSettings) -> str:
    content = (text or "").strip()
    if not content:
        raise DraftError("rp_content_empty")
    if len(content) > settings.content_max_chars:
        raise DraftError("rp_content_too_long", length=len(content), limit=settings.content_max_chars,
                         rule=settings.rule)
    return content


def check_community(text: str) -> str:
    community = " ".join((text or "").split())
    if not community:
        raise DraftError("rp_community_empty")
    if len(community) > COMMUNITY_MAX_CHARS:
        raise DraftError("rp_community_too_long", limit=COMMUNITY_MAX_CHARS)
    return community


def check_draft(draft: dict, settings: ReportsSettings) -> dict:
    """The draft with every field checked (the dialog checks each as it comes; imports here)."""
    category = draft.get("category")
    if category not in settings.categories:
        raise DraftError("rp_bad_category", text=category or "", choices="、".join(settings.categories))
    files = list(draft.get("files") or [])
    if len(files) > settings.max_files:
        raise DraftError("rp_too_many_files", count=settings.max_files, name=files[-1].get("name", ""))
    return {"title": check_title(draft.get("title", ""), settings),
            "content": check_content(draft.get("content", ""), settings),
            "category": category, "community": check_community(draft.get("community", "")), "files": files}


def _year(now: float, tz: str) -> int:
    return int(local_time(now, tz, "%Y"))


def receipt_of(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}-{year}-{seq:04d}"


def file_report(db, draft: dict, *, author: Author, settings: ReportsSettings, tz: str,
                now: float | None = None) -> dict:
    """Submit a checked draft: a new report, status ``received``, with the next receipt number."""
    clean = check_draft(draft, settings)
    now = time.time() if now is None else now
    year = _year(now, tz)
    with transaction(db):
        seq = store.next_number(db, year)
        receipt = receipt_of(settings.receipt_prefix, year, seq)
        rid = store.insert_report(db, {
            "receipt": receipt, "year": year, "seq": seq, "member_id": author.member_id,
            "author_id": author.id, "author_chat_id": author.chat_id, "author_name": author.name,
            "author_lang": author.language, "title": clean["title"], "content": clean["content"],
            "category": clean["category"], "community": clean["community"], "status": "received",
            "level": None, "instructed": 0, "comment": None, "source": "chat", "resubmissions": 0,
            "created_at": now, "submitted_at": now, "updated_at": now,
        })
        store.replace_files(db, rid, clean["files"])
        store.add_history(db, rid, None, "received", actor=f"{author.name} ({author.id})", at=now)
        report = store.by_id(db, rid)
        points.filed(db, report, tz=tz)
    return report


def resubmit(db, ref, draft: dict, *, author_id: str, settings: ReportsSettings, member_id: int | None = None,
             now: float | None = None) -> dict:
    """The author's corrected version of a returned report: same receipt, ``received`` again.
    The author is the chat account that filed it, or the same roster member on another account."""
    report = get_report(db, ref)
    if report["author_id"] != author_id and (member_id is None or report["member_id"] != member_id):
        raise ReportNotFound("rp_not_yours")
    clean = check_draft(draft, settings)
    now = time.time() if now is None else now
    with transaction(db):
        current = store.by_id(db, report["id"])       # re-read inside the transaction
        if current["status"] != "returned":
            raise StatusOrderError("rp_not_returned", receipt=current["receipt"],
                                   status=_label(current["status"]))
        store.update_report(db, report["id"], {
            "title": clean["title"], "content": clean["content"], "category": clean["category"],
            "community": clean["community"], "status": "received", "submitted_at": now, "updated_at": now,
            "resubmissions": (current["resubmissions"] or 0) + 1,
        })
        store.replace_files(db, report["id"], clean["files"])
        store.add_history(db, report["id"], "returned", "received",
                          actor=f"{current['author_name']} ({author_id})", at=now)
    return store.by_id(db, report["id"])


def _label(status, level=None):
    return lambda language: status_label(status, language, level)


# ----- reading

def get_report(db, ref) -> dict:
    """One report by id or receipt number (case-insensitive), with ``files`` and ``history``."""
    report = None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
        report = store.by_id(db, int(ref))
    elif isinstance(ref, str):
        report = store.by_receipt(db, ref.strip().upper())
    if report is None:
        raise ReportNotFound("rv_not_found", ref=str(ref))
    report["files"] = store.files_of(db, report["id"])
    report["history"] = store.history_of(db, report["id"])
    return report


def list_reports(db, *, status: str | list[str] | None = None, member_id: int | None = None,
                 author_id: str | None = None, year: int | None = None, text: str | None = None,
                 limit: int = 100, offset: int = 0, oldest_first: bool = False) -> list[dict]:
    """Reports, newest submission first, filtered by status(es), roster member, chat author,
    year, or text in the title, content, receipt or author's name."""
    return store.search(db, status=status, member_id=member_id, author_id=author_id, year=year, text=text,
                        limit=limit, offset=offset, oldest_first=oldest_first)


def counts(db) -> dict[str, int]:
    """Number of reports per status."""
    return store.count_by_status(db)


# ----- status changes

def change_status(db, ref, status: str, *, actor: str, tz: str, level: str | None = None,
                  comment: str | None = None, now: float | None = None) -> Change:
    """Move a report one step along its path (staff: chat /review, the CLI, the web desk).

    Refused with :class:`StatusOrderError` when the step is out of order. Writes the
    history, audits the action (roster's audit trail), credits points when the report is
    issued, adopted or instructed (the duty ledger, 第二十六条), and queues a notice to
    the author in the durable outbox, all in one transaction.
    """
    comment = (comment or "").strip() or None
    now = time.time() if now is None else now
    if status == "received":
        raise StatusOrderError("resubmit_only", receipt=str(ref))
    with transaction(db):
        report = get_report(db, ref)
        previous = report["status"]
        check_step(report["receipt"], previous, status, level=level, current_level=report["level"],
                   instructed=bool(report["instructed"]))
        fields: dict = {"status": status, "updated_at": now}
        if status == "issued":
            level = "city"            # 编发 in the committee's own bulletin: the city level (第二十六条 1.)
        if level is not None and status in ("issued", "adopted"):
            if points.rank(level) > points.rank(report["level"]):
                fields["level"] = level
        if status == "instructed":
            fields["instructed"] = 1
        if comment is not None or status == "returned":
            fields["comment"] = comment
        store.update_report(db, report["id"], fields)
        store.add_history(db, report["id"], previous, status, actor=actor, level=level, comment=comment, at=now)
        links.audit(db, actor, f"report_{status}", report["receipt"],
                    {"report_id": report["id"], "from": previous, "to": status, "level": level,
                     "comment": comment})
        updated = store.by_id(db, report["id"])
        credited = points.credit(db, updated, when=now, tz=tz) if status in ("issued", "adopted", "instructed") else None
        notice_id = None
        chat = author_chat(db, updated)
        if chat:
            notice_id = links.queue_notice(db, chat,
                                           notice_html(updated, status, level, comment, credited),
                                           label=updated["receipt"], member_id=updated["member_id"])
    return Change(updated, previous, notice_id, credited, store.history_of(db, report["id"]))


def author_chat(db, report: dict) -> str | None:
    """Where the author is told: the chat they filed in, else (an imported report) the chat the
    roster knows for them now, so a member who verifies after the import still hears of it."""
    if report["author_chat_id"]:
        return report["author_chat_id"]
    member = links.member_by_id(db, report["member_id"])
    return links.member_chat_id(member) if member else None


def notice_html(report: dict, status: str, level: str | None, comment: str | None, credited) -> str:
    language = report.get("author_lang") or "zh"
    html = t("rp_notice", language, receipt=esc(report["receipt"]), title=esc(report["title"]),
             status=esc(status_label(status, language, level if status == "adopted" else None)))
    if comment and comment not in ("-", "无"):
        html += t("rp_notice_comment", language, comment=esc(comment))
    if status == "returned":
        html += t("rp_notice_returned", language)
    if credited is not None:
        html += t("rp_notice_points", language, points=points.show(credited), rule=esc(points.cite()))
    return html


__all__ = ["Author", "Change", "check_title", "check_content", "check_community", "check_draft", "file_report",
           "resubmit", "get_report", "list_reports", "counts", "change_status", "notice_html", "receipt_of",
           "DraftError", "DuplicateReceipt", "ReportNotFound", "StatusOrderError", "COMMUNITY_MAX_CHARS"]
