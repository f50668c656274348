"""Staff imports of duty records, proposals and venues; the annual assessment export.

Real SQLite in a temp dir, the real roster import, the real outbox notices.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from bot.features import open_bot_db
from bot.features.duty import api
from bot.features.duty.export import assessment_rows, export_assessment
from bot.features.duty.imports import import_activities, import_attendance
from bot.features.duty.rules import parse_rules
from bot.features.duty.tables import ImportFileError
from bot.features.proposals.service import import_proposals, proposals_of
from bot.features import roster
from bot.kernel.messages import User as CoreUser
from bot.features.venues.service import import_assignments, import_venues, venue_of

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "duty"
RULES = parse_rules({})


def write_csv(path: Path, rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def db(tmp_path):
    database = open_bot_db(tmp_path / "assistant.db")
    roster.import_roster(database, SAMPLES / "roster.csv", actor="test")
    api.configure(RULES)
    return database


def member_id(db, name):
    return roster.find_member(db, name)["id"]


def outbox_rows(db):
    return list(db.query("select chat_id, member_id, label, html, owner from outbox order by id"))


def test_sample_imports_are_idempotent(db):
    imports = [(import_venues, "venues.csv"), (import_assignments, "assignments.csv"),
               (import_attendance, "attendance.csv"), (import_activities, "activities.csv"),
               (import_proposals, "proposals.csv")]
    for fn, name in imports:
        report = fn(db, SAMPLES / name, rules=RULES)
        assert report.count("rejected") == 0, report.lines(verbose=True)
        assert report.count("added") == len(report.rows)
    for fn, name in imports:
        report = fn(db, SAMPLES / name, rules=RULES)
        assert report.count("unchanged") == len(report.rows), report.lines(verbose=True)
    # 王明: plenary 3 + standing 3×2 + proposals 3+2+3+1 + activities 3 + speech 3 = 24.
    s = api.summary(db, member_id(db, "王明"), 2026, rules=RULES)
    assert s.total == 24 and s.groups == {"会议": 9, "提案": 9, "社情民意": 0, "活动": 3, "发言": 3, "其他": 0}
    assert s.grade == "基本合格" and not s.report_on_time
    assert [(g.name, g.points_short, g.needs_report) for g in s.ahead] == [("合格", 0, True), ("优秀", 6, True)]
    venue, events = venue_of(db, member_id(db, "王明"), "2026-12-01")
    assert venue["name"] == "东湖街道委员社区联系点" and [e["day"] for e in events][:2] == ["2026-12-10", "2027-01-14"]


def test_rejected_rows_say_why_and_the_rest_is_imported(db, tmp_path):
    roster.import_roster(db, write_csv(tmp_path / "extra.csv", [
        ["姓名", "手机"], ["王芳", "13900000011"], ["王芳", "13900000012"]]), actor="test")
    path = write_csv(tmp_path / "att.csv", [
        ["会议编号", "会议名称", "会议类型", "日期", "姓名", "手机", "出席情况"],
        ["M1", "全会", "全体会议", "2026-01-12", "王明", "", "出席"],
        ["M1", "全会", "全体会议", "2026/1/12", "不在册", "", "出席"],
        ["M1", "全会", "全体会议", "2026-01-12", "王芳", "", "出席"],
        ["M1", "全会", "全体会议", "1月12日", "李华", "", "出席"],
        ["M1", "全会", "茶话会", "2026-01-12", "张丽", "", "出席"],
        ["M1", "全会", "全体会议", "2026-01-12", "王明", "13900000001", "出席"],
        ["M1", "全会", "全体会议", "2026-01-12", "赵强", "", "迟到"],
        ["M1", "全会", "全体会议", "2026-01-12", "", "12345", "出席"],
    ])
    report = import_attendance(db, path, rules=RULES)
    reasons = {r.line: r.reason for r in report.rows if r.status == "rejected"}
    assert report.count("added") == 1
    assert "名单中没有此人" in reasons[3]
    assert "同名" in reasons[4] and "手机号" in reasons[4]
    assert "日期“1月12日”无法识别" in reasons[5]
    assert "会议类型“茶话会”" in reasons[6]
    assert "与第2行重复" in reasons[7]
    assert "出席情况“迟到”" in reasons[8]
    assert "手机号无效" in reasons[9]
    text = "\n".join(report.lines())
    assert "新增 1" in text and "拒绝 7" in text and "第3行" in text


def test_a_file_that_fails_writes_nothing(db, tmp_path, monkeypatch):
    big = parse_rules({"max_import_mb": 0.0001})
    with pytest.raises(ImportFileError, match="超过导入上限"):
        import_attendance(db, SAMPLES / "attendance.csv", rules=big)
    with pytest.raises(ImportFileError, match="缺少必需的列：出席情况"):
        import_attendance(db, write_csv(tmp_path / "a.csv", [["会议编号", "会议类型", "日期", "姓名"],
                                                              ["M1", "全体会议", "2026-01-01", "王明"]]), rules=RULES)
    with pytest.raises(ImportFileError, match=r"\.xls"):
        shutil.copy(SAMPLES / "attendance.csv", tmp_path / "old.xls")
        import_attendance(db, tmp_path / "old.xls", rules=RULES)
    # A failure half-way through (here: the disk, simulated on the 5th record) leaves nothing behind.
    calls = {"n": 0}
    real = api.record

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "record", failing)
    with pytest.raises(OSError):
        import_attendance(db, SAMPLES / "attendance.csv", rules=RULES)
    assert api.year_records(db, 2026) == {}


def test_xlsx_import(db, tmp_path):
    from openpyxl import Workbook
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.append(["活动一览"])                       # a title row above the header
    ws.append(["活动编号", "活动名称", "类型", "日期", "姓名"])
    ws.append(["A9", "专题调研", "调研", dt.datetime(2026, 4, 2), "李华"])
    wb.save(tmp_path / "act.xlsx")
    report = import_activities(db, tmp_path / "act.xlsx", rules=RULES)
    assert report.count("added") == 1
    [line] = api.summary(db, member_id(db, "李华"), 2026, rules=RULES).lines
    assert line.entries[0].occurred_on == "2026-04-02" and line.rule.key == "activity"


def test_proposal_status_change_updates_points_and_notifies_authors(db, tmp_path):
    wang = roster.find_member(db, "王明")
    roster.bind_user(db, wang["id"], CoreUser(id="tg:777", display_name="王明"), "contact")
    import_proposals(db, SAMPLES / "proposals.csv", rules=RULES)
    assert outbox_rows(db) == []                    # first sight of a proposal: nobody is told
    rows = list(csv.reader(open(SAMPLES / "proposals.csv", encoding="utf-8")))
    for row in rows:
        if row[0] == "2026-003":                      # 李华 first, 王明 co-proposer: 立案 -> 不予立案
            row[4] = "不予立案"
        if row[0] == "2026-006":                      # 张丽, 陈静: 审查中 -> 立案
            row[4], row[5] = "立案", "市卫生健康委员会"
    report = import_proposals(db, write_csv(tmp_path / "p2.csv", rows), rules=RULES)
    assert (report.count("updated"), report.count("unchanged")) == (2, 4)
    # 王明 is the only author with a verified chat: one notice; 李华, 张丽, 陈静 are unreachable.
    assert report.notified == 1 and report.unreachable == 3
    [notice] = outbox_rows(db)
    assert notice["chat_id"] == "tg:777" and notice["member_id"] == wang["id"]
    html = notice["html"]
    assert notice["owner"] == "proposals" and "2026-003" in html and "立案 → <b>不予立案</b>" in html
    s = api.summary(db, wang["id"], 2026, rules=RULES)
    assert s.groups["提案"] == 8                     # 3 + 2 + 3, the co-proposer point gone
    zhang = proposals_of(db, member_id(db, "张丽"))
    assert {p["number"]: p["status"] for p in zhang} == {"2026-001": "立案", "2026-006": "立案"}
    assert api.summary(db, member_id(db, "陈静"), 2026, rules=RULES).groups["提案"] == 1


def test_proposal_rows_rejected(db, tmp_path):
    head = ["提案编号", "案由", "第一提案人", "联名提案人", "状态", "提交日期"]
    report = import_proposals(db, write_csv(tmp_path / "p.csv", [
        head,
        ["P1", "好建议", "王明", "李华、查无此人", "立案", "2026-01-01"],
        ["P2", "好建议", "王明", "", "已办结", "2026-01-01"],
        ["P3", "", "王明", "", "立案", "2026-01-01"],
        ["P4", "好建议", "王明", "", "立案", "2026-01-01"],
        ["P4", "好建议", "王明", "", "立案", "2026-01-01"],
    ]), rules=RULES)
    reasons = [r.reason for r in report.rows if r.status == "rejected"]
    assert reasons == ["联名提案人“查无此人”不在委员名单中", "状态“已办结”应为审查中、立案、不予立案或并案",
                       "缺少案由（标题）", "提案编号与第5行重复"]


# A worked example of 第二十六条, 第三十三条 and 第三十六条, computed by hand from samples/duty plus
# the records added in the test:
#   王明 plenary 3 + standing 3×2 | proposals first 3+3, key 2, joint 1 | 社情民意 province 4 (the city's 2
#        not added) + instruction 3 | activities 3 | speech 3 = 31, report on time, no absence -> 优秀
#   李华 plenary 3 + standing 2×2 | first 3 | national 6 | activity 1 | written speech 1 = 18, report on
#        time -> 合格
#   张丽 plenary 3 | joint 1 | activity 1 = 5, no report -> 基本合格
#   赵强 excused 0, three unexcused absences -2×3 | activity 1 = -5 -> 不合格 (第三十六条（四）)
#   陈静 one absence -2 | activity 1 = -1, report late -> 基本合格
#   刘洋 plenary 3 | joint 1 + first 3 (并案 counts as registered) | activity 1 = 8 -> 基本合格
HAND = [
    ["姓名", "界别", "会议", "提案", "社情民意", "活动", "发言", "合计", "等次", "年度履职报告"],
    ["王明", "经济界", 9, 9, 7, 3, 3, 31, "优秀", "按时提交"],
    ["李华", "教育界", 7, 3, 6, 1, 1, 18, "合格", "按时提交"],
    ["张丽", "医药卫生界", 3, 1, 0, 1, 0, 5, "基本合格", "未提交"],
    ["赵强", "科技界", -6, 0, 0, 1, 0, -5, "不合格", "未提交"],
    ["陈静", "文化艺术界", -2, 0, 0, 1, 0, -1, "基本合格", "逾期提交（2027-01-03）"],
    ["刘洋", "农业界", 3, 4, 0, 1, 0, 8, "基本合格", "未提交"],
]


def test_annual_export_equals_the_hand_computed_table(db, tmp_path):
    for fn, name in [(import_attendance, "attendance.csv"), (import_activities, "activities.csv"),
                     (import_proposals, "proposals.csv")]:
        fn(db, SAMPLES / name, rules=RULES)
    ids = {n: member_id(db, n) for n in ("王明", "李华", "赵强", "陈静")}
    # 王明: a report adopted by the city, then the province (4, not 2 + 4), and a leader's instruction (+3).
    for level in ("city", "province"):
        api.record(db, member_id=ids["王明"], category="sqmy_adopted", source="sqmy", source_id="SQMY-2026-0001",
                   occurred_on="2026-06-01", title="关于电梯维保的建议", level=level, rules=RULES)
    api.record(db, member_id=ids["王明"], category="sqmy_instruction", source="sqmy", source_id="SQMY-2026-0001",
               occurred_on="2026-07-01", title="关于电梯维保的建议", rules=RULES)
    api.record(db, member_id=ids["王明"], category="annual_report", source="report", source_id="2026",
               occurred_on="2026-12-28", rules=RULES)
    # 李华: adopted nationally (6) -> 18 with the report on time: 合格.
    api.record(db, member_id=ids["李华"], category="sqmy_adopted", source="sqmy", source_id="SQMY-2026-0002",
               occurred_on="2026-08-01", level="national", rules=RULES)
    # 赵强: three unexcused absences: 不合格 whatever the points (第三十六条（四）).
    for n in range(3):
        api.record(db, member_id=ids["赵强"], category="absence", source="attendance", source_id=f"X{n}",
                   occurred_on="2026-10-0" + str(n + 1), rules=RULES)
    # 陈静: a report submitted in January of the next year is late.
    api.record(db, member_id=ids["陈静"], category="annual_report", source="report", source_id="2026",
               occurred_on="2027-01-03", year=2026, rules=RULES)
    path = tmp_path / "考核表.xlsx"
    assert export_assessment(db, path, 2026, rules=RULES) == 6
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    got = [list(r[:10]) for r in sheet.iter_rows(values_only=True)]
    assert got == HAND
    assert "手机" not in [c.value for c in sheet[1]]
    phones = assessment_rows(db, 2026, rules=RULES).table(with_phones=True)
    assert phones[0][2] == "手机" and phones[1][2] == "13900000001"
    notes = {r.name: r.note for r in assessment_rows(db, 2026, rules=RULES).rows}
    assert "无故缺席" in notes["赵强"] and "3 次" in notes["赵强"]


async def test_duty_in_chat_shows_last_year_when_this_year_is_empty(empty_kb, recording_transport):
    """January: nothing recorded yet this year, so /duty shows last year's record (still disputable)."""
    import datetime as dt

    from bot.app import build_assistant
    from bot.features.roster import RosterAccess
    from bot.kernel.messages import Chat, Incoming, User

    assistant = build_assistant(kb=empty_kb, access=RosterAccess("members"))
    try:
        db = assistant.db
        roster.import_roster(db, SAMPLES / "roster.csv", actor="test")
        wang = roster.find_member(db, "王明")
        roster.bind_user(db, wang["id"], User("tg:42", "王明"), "contact")
        last = dt.date.today().year - 1
        api.record(db, member_id=wang["id"], category="plenary", source="attendance", source_id="M-last",
                   occurred_on=f"{last}-01-12", title="全体会议")
        user = User("tg:42", "王明", language="zh-hans")
        await assistant.handle(Incoming("telegram", user, Chat("tg:42", "private"), text="/duty", command="duty"),
                               recording_transport)
        [text] = recording_transport.texts()
        assert f"{last}年" in text and "积分合计：3 分" in text and f"{last + 1}年1月31日前" in text
        # Someone else's record is a staff action: refused, and nothing of theirs is shown.
        await assistant.handle(Incoming("telegram", user, Chat("tg:42", "private"), text="/duty 李华",
                                        command="duty", args="李华"), recording_transport)
        assert "没有使用这个功能的权限" in recording_transport.texts()[-1]
    finally:
        assistant.close()
