"""Proposals (提案) imported from the committee's system, and what each member sees of their own.

Keyed by the committee's proposal number: re-importing is idempotent; a row whose
status changed updates the proposal, re-credits the duty points (《委员履职手册》第三十三条:
registered, first proposer +3, co-proposer +1, key or excellent +2) and tells every
author through the outbox. A proposal seen for the first time notifies nobody (loading
a year's history must not send a flood of old news).
"""
from __future__ import annotations

import re

from app.db import transaction

from bot.kernel.messages import esc
from bot.kernel.texts import t

from bot.features.duty import api as duty
from bot.features.duty.members import RosterIndex, member_chat
from bot.features.duty.rules import DutyRules
from bot.features.duty.tables import Column, ImportReport, cell_text, key_text, parse_date, read_rows
from bot.features.proposals import store
from bot.features.proposals import texts as _texts  # noqa: F401  (the catalogue)

COLUMNS = [Column("number", ("提案编号", "编号", "提案号", "number"), True),
           Column("title", ("案由", "提案标题", "标题", "题目", "title"), True),
           Column("first", ("第一提案人", "提案人", "first_proposer"), True),
           Column("first_mobile", ("第一提案人手机", "提案人手机", "first_mobile")),
           Column("joint", ("联名提案人", "联名人", "co_proposers")),
           Column("status", ("状态", "立案情况", "审查结果", "status"), True),
           Column("unit", ("承办单位", "主办单位", "handling_unit")),
           Column("reply", ("答复日期", "答复时间", "reply_date")),
           Column("satisfaction", ("满意度", "评价", "satisfaction")),
           Column("key", ("重点提案", "类别", "评优", "key")),
           Column("submitted", ("提交日期", "提交时间", "submitted_on"), True),
           Column("merged", ("并入提案", "并入提案编号", "merged_into"))]

STATUSES = {"审查中": "审查中", "待审查": "审查中", "立案": "立案", "已立案": "立案", "不予立案": "不予立案",
            "未立案": "不予立案", "并案": "并案", "并案处理": "并案"}
SATISFACTION = {"满意", "基本满意", "不满意", ""}
KEY_FLAGS = {"重点提案": "重点提案", "重点": "重点提案", "优秀提案": "优秀提案", "优秀": "优秀提案", "是": "重点提案"}
SPLIT = re.compile(r"[、，,;；/\s]+")
LABELS = {"title": "标题", "status": "状态", "handling_unit": "承办单位", "reply_date": "答复日期",
          "satisfaction": "满意度", "key_flag": "重点/优秀", "submitted_on": "提交日期", "merged_into": "并入",
          "year": "年度", "authors": "提案人"}


def notify(db, chat_id: str, html: str, *, member_id: int, label: str) -> None:
    """One message to one member through the durable outbox (the running bot delivers it)."""
    from bot.features.outbox import notify as outbox_notify
    from bot.kernel.messages import OutMessage

    outbox_notify(db, chat_id, OutMessage(html), source="proposals", label=label, member_id=member_id)


def _details(p: dict, language) -> str:
    out = ""
    if p.get("merged_into"):
        out += t("proposals_merged", language, number=esc(p["merged_into"]))
    if p.get("handling_unit"):
        out += t("proposals_unit", language, unit=esc(p["handling_unit"]))
    if p.get("reply_date"):
        out += t("proposals_reply", language, date=esc(p["reply_date"]))
    if p.get("satisfaction"):
        out += t("proposals_satisfaction", language, value=esc(p["satisfaction"]))
    return out


def status_notice(p: dict, old_status: str | None, language="zh") -> str:
    return t("proposals_notice", language, number=esc(p["number"]), title=esc(p["title"]),
             old=esc(old_status) if old_status else t("proposals_notice_new", language),
             new=esc(p["status"]), details=_details(p, language))


def import_proposals(db, path, *, rules: DutyRules | None = None, notify_members: bool = True) -> ImportReport:
    rules = rules or duty.active_rules()
    rows, ignored = read_rows(path, COLUMNS, max_bytes=rules.max_import_bytes, max_rows=rules.max_import_rows,
                              what="提案")
    report = ImportReport("proposals", str(getattr(path, "name", path)), ignored_columns=ignored)
    roster = RosterIndex(db)
    seen: dict[str, int] = {}
    pending: list[tuple[dict, str, list[int]]] = []
    with transaction(db):
        for line, row in rows:
            number = key_text(row.get("number"))
            values, authors, reason = _parse(row, roster)
            if not reason and not number:
                reason = "缺少提案编号"
            if not reason and number in seen:
                reason = f"提案编号与第{seen[number]}行重复"
            if reason:
                report.add(line, number or "?", "rejected", reason)
                continue
            seen[number] = line
            old = store.get(db, number)
            old_authors = [(a["member_id"], a["role"]) for a in store.authors(db, number)] if old else []
            changes = [LABELS[k] for k in store.FIELDS if old and (old.get(k) or "") != (values[k] or "")]
            if old and old_authors != authors:
                changes.append(LABELS["authors"])
            if old is None or changes:
                store.save(db, number, values, authors)
            entries = _duty_entries(values, authors, rules)
            duty.replace_source(db, source="proposals", source_id=number, entries=entries, rules=rules)
            report.add(line, number, "added" if old is None else "updated" if changes else "unchanged",
                       changes=changes)
            if old is not None and old["status"] != values["status"]:
                pending.append(({"number": number, **values}, old["status"], [m for m, _ in authors]))
        if notify_members:
            for proposal, old_status, member_ids in pending:
                html = status_notice(proposal, old_status)
                for member_id in member_ids:
                    chat = member_chat(roster.by_id[member_id])
                    if chat is None:
                        report.unreachable += 1
                        continue
                    notify(db, chat, html, member_id=member_id, label=roster.by_id[member_id].get("name") or chat)
                    report.notified += 1
    return report


def _parse(row: dict, roster: RosterIndex) -> tuple[dict, list[tuple[int, str]], str]:
    """(proposal values, [(member id, role)], rejection reason or "")."""
    title = cell_text(row.get("title"))
    raw_status = key_text(row.get("status"))
    status = STATUSES.get(raw_status)
    submitted = parse_date(row.get("submitted"))
    reply_text = cell_text(row.get("reply"))
    reply = parse_date(row.get("reply")) if reply_text else ""
    satisfaction = key_text(row.get("satisfaction"))
    flag_text = key_text(row.get("key"))
    key_flag = KEY_FLAGS.get(flag_text, "") if flag_text not in ("", "否", "无", "-") else ""
    values = {"year": int(submitted[:4]) if submitted else 0, "title": title, "status": status or "",
              "handling_unit": cell_text(row.get("unit")), "reply_date": reply or "", "satisfaction": satisfaction,
              "key_flag": key_flag, "submitted_on": submitted or "", "merged_into": key_text(row.get("merged"))}
    reason = ("缺少案由（标题）" if not title else
              "" if status else f"状态“{raw_status}”应为审查中、立案、不予立案或并案")
    reason = reason or ("" if submitted else f"提交日期“{cell_text(row.get('submitted'))}”无法识别")
    reason = reason or ("" if reply is not None else f"答复日期“{reply_text}”无法识别")
    reason = reason or ("" if satisfaction in SATISFACTION else f"满意度“{satisfaction}”应为满意、基本满意或不满意")
    reason = reason or ("" if not flag_text or key_flag or flag_text in ("否", "无", "-")
                        else f"重点提案一栏“{flag_text}”应为重点提案、优秀提案或留空")
    if reason:
        return values, [], reason
    authors: list[tuple[int, str]] = []
    first, why = roster.resolve(cell_text(row.get("first")), cell_text(row.get("first_mobile")))
    if first is None:
        return values, [], _who_reason("第一提案人", cell_text(row.get("first")), why)
    authors.append((first["id"], "first"))
    for name in [n for n in SPLIT.split(cell_text(row.get("joint"))) if n]:
        member, why = roster.resolve(name, "")
        if member is None:
            return values, [], _who_reason("联名提案人", name, why)
        if member["id"] not in [a for a, _ in authors]:
            authors.append((member["id"], "joint"))
    return values, authors, ""


def _who_reason(role: str, name: str, why: str | None) -> str:
    if not name:
        return f"缺少{role}"
    if why == "ambiguous_name":
        return f"{role}“{name}”在名单中有重名，请填写手机号列"
    return f"{role}“{name}”不在委员名单中"


def _duty_entries(values: dict, authors: list[tuple[int, str]], rules: DutyRules) -> list[dict]:
    """The ledger records one proposal gives its authors (第三十三条 2; filing itself is 0-point evidence)."""
    base = {"occurred_on": values["submitted_on"], "title": values["title"]}
    entries = []
    registered = values["status"] in rules.registered_statuses
    for member_id, role in authors:
        wanted = ["proposal_filed"]
        if registered:
            wanted.append("proposal_first" if role == "first" else "proposal_joint")
            if role == "first" and values["key_flag"]:
                wanted.append("proposal_key")
        entries += [{"member_id": member_id, "category": c, **base} for c in wanted if c in rules.rules]
    return entries


def proposals_of(db, member_id: int) -> list[dict]:
    return store.of_member(db, member_id)
