"""Staff imports of attendance and activities into the duty ledger (idempotent by the source's ids).

One row per member and meeting (attendance) or activity. Re-importing the same file
changes nothing; a corrected row updates its record; a row that cannot be used is
rejected with its reason and the rest is imported, all in one transaction (a file that
fails as a whole writes nothing).
"""
from __future__ import annotations

from app.db import transaction

from bot.features.duty import api
from bot.features.duty.members import RosterIndex
from bot.features.duty.rules import DutyRules
from bot.features.duty.tables import Column, ImportReport, cell_text, key_text, parse_date, read_rows

WHO = [Column("name", ("姓名", "委员姓名", "name")), Column("mobile", ("手机", "手机号", "手机号码", "mobile", "phone"))]

ATTENDANCE = [Column("meeting", ("会议编号", "会议id", "meeting_id", "meeting"), True),
              Column("title", ("会议名称", "名称", "title")),
              Column("kind", ("会议类型", "类型", "kind"), True),
              Column("date", ("日期", "会议日期", "date"), True),
              *WHO,
              Column("status", ("出席情况", "出席", "签到", "status"), True)]

MEETING_KINDS = {"全体会议": "plenary", "全会": "plenary", "plenary": "plenary",
                 "常委会会议": "standing", "常务委员会会议": "standing", "常委会": "standing", "standing": "standing"}
PRESENT = {"出席", "到会", "签到", "present", "attended"}
EXCUSED = {"请假", "因公请假", "因病请假", "excused", "leave"}
ABSENT = {"缺席", "无故缺席", "未请假缺席", "absent"}

ACTIVITIES = [Column("activity", ("活动编号", "活动id", "activity_id", "id"), True),
              Column("title", ("活动名称", "名称", "标题", "title")),
              Column("kind", ("类型", "活动类型", "kind", "type"), True),
              Column("date", ("日期", "活动日期", "date"), True),
              Column("year", ("年度", "考核年度", "year")),
              *WHO]

ACTIVITY_KINDS = {"视察": "activity", "调研": "activity", "协商": "activity", "社区协商": "activity",
                  "专题协商": "activity", "界别协商": "activity", "活动": "activity",
                  "大会发言": "speech", "口头发言": "speech", "书面发言": "written_speech",
                  "年度履职报告": "annual_report", "履职报告": "annual_report", "通报": "notice"}

REASONS = {"not_on_roster": "名单中没有此人", "ambiguous_name": "名单中有同名委员，请填写手机号",
           "bad_phone": "手机号无效"}


def who_of(roster: RosterIndex, row: dict) -> tuple[dict | None, str]:
    name, mobile = cell_text(row.get("name")), cell_text(row.get("mobile"))
    if not name and not mobile:
        return None, "缺少姓名或手机号"
    member, why = roster.resolve(name, mobile)
    if member is None:
        return None, f"{REASONS[why]}（{name or mobile}）"
    return member, ""


def import_attendance(db, path, *, rules: DutyRules | None = None) -> ImportReport:
    rules = rules or api.active_rules()
    rows, ignored = read_rows(path, ATTENDANCE, max_bytes=rules.max_import_bytes,
                              max_rows=rules.max_import_rows, what="出席记录")
    report = ImportReport("attendance", str(getattr(path, "name", path)), ignored_columns=ignored)
    roster = RosterIndex(db)
    seen: dict[tuple[str, int], int] = {}
    with transaction(db):
        for line, row in rows:
            meeting = key_text(row.get("meeting"))
            member, why = who_of(roster, row)
            key = f"{meeting} {cell_text(row.get('name')) or cell_text(row.get('mobile'))}".strip()
            kind = MEETING_KINDS.get(key_text(row.get("kind")).lower())
            day = parse_date(row.get("date"))
            status = key_text(row.get("status")).lower()
            reason = (why or ("缺少会议编号" if not meeting else "") or
                      ("" if kind else f"会议类型“{cell_text(row.get('kind'))}”应为全体会议或常委会会议") or
                      ("" if day else f"日期“{cell_text(row.get('date'))}”无法识别") or
                      ("" if status in PRESENT | EXCUSED | ABSENT
                       else f"出席情况“{cell_text(row.get('status'))}”应为出席、请假或缺席"))
            if not reason and (meeting, member["id"]) in seen:
                reason = f"与第{seen[(meeting, member['id'])]}行重复"
            if reason:
                report.add(line, key, "rejected", reason)
                continue
            seen[(meeting, member["id"])] = line
            category = kind if status in PRESENT else "absence" if status in ABSENT else "excused"
            entries = [{"member_id": member["id"], "category": category, "occurred_on": day,
                        "title": cell_text(row.get("title"))}]
            result = api.replace_source(db, source="attendance", source_id=meeting, entries=entries,
                                        member_id=member["id"], rules=rules)
            report.add(line, key, result)
    return report


def import_activities(db, path, *, rules: DutyRules | None = None) -> ImportReport:
    rules = rules or api.active_rules()
    rows, ignored = read_rows(path, ACTIVITIES, max_bytes=rules.max_import_bytes,
                              max_rows=rules.max_import_rows, what="活动记录")
    report = ImportReport("activities", str(getattr(path, "name", path)), ignored_columns=ignored)
    roster = RosterIndex(db)
    by_name = {r.name: r.key for r in rules.rules.values()}
    seen: dict[tuple[str, int, str], int] = {}
    with transaction(db):
        for line, row in rows:
            activity = key_text(row.get("activity"))
            member, why = who_of(roster, row)
            key = f"{activity} {cell_text(row.get('name')) or cell_text(row.get('mobile'))}".strip()
            raw_kind = key_text(row.get("kind"))
            category = ACTIVITY_KINDS.get(raw_kind) or by_name.get(raw_kind) or (
                raw_kind if raw_kind in rules.rules else None)
            day = parse_date(row.get("date"))
            year_text = key_text(row.get("year")).rstrip("年")
            reason = (why or ("缺少活动编号" if not activity else "") or
                      ("" if category else f"类型“{raw_kind}”不是已配置的积分项目") or
                      ("" if day else f"日期“{cell_text(row.get('date'))}”无法识别") or
                      ("" if not year_text or (year_text.isdigit() and len(year_text) == 4)
                       else f"年度“{year_text}”应为四位数字"))
            if not reason and category in ("plenary", "standing", "absence"):
                reason = "会议出席请用出席记录导入（duty import attendance）"
            if not reason and rules.rules[category].levels:
                reason = "社情民意采用由社情民意平台记录，不在活动表中导入"
            if not reason and (activity, member["id"], category) in seen:
                reason = f"与第{seen[(activity, member['id'], category)]}行重复"
            if reason:
                report.add(line, key, "rejected", reason)
                continue
            seen[(activity, member["id"], category)] = line
            result = api.record(db, member_id=member["id"], category=category, source="activities",
                                source_id=activity, occurred_on=day, title=cell_text(row.get("title")),
                                year=int(year_text) if year_text else None, rules=rules)
            report.add(line, key, result.status)
    return report
