"""The duty ledger: idempotent records, the highest adoption level only, grades by 第三十六条."""
from __future__ import annotations

import datetime as dt

import pytest

from app.db import open_db
from bot.features.duty import api
from bot.features.duty.rules import parse_rules
from bot.features.duty.store import duty_migrations
from app.errors import ConfigError

RULES = parse_rules({})


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "a.db")
    duty_migrations.apply(database)
    return database


def rec(db, **kw):
    base = {"member_id": 1, "source": "attendance", "occurred_on": "2026-03-01", "title": "会议", "rules": RULES}
    return api.record(db, **{**base, **kw})


def test_re_recording_is_idempotent_and_updates(db):
    first = rec(db, category="plenary", source_id="M1")
    assert first.status == "added" and first.points == 3
    assert rec(db, category="plenary", source_id="M1").status == "unchanged"
    again = rec(db, category="plenary", source_id="M1", title="十四届三次全会")
    assert again.status == "updated" and again.record_id == first.record_id
    assert api.summary(db, 1, 2026, rules=RULES).total == 3


def test_only_the_highest_adoption_level_counts_and_an_instruction_adds_on(db):
    kw = {"category": "sqmy_adopted", "source": "sqmy", "source_id": "SQMY-2026-0042"}
    assert rec(db, level="city", **kw).points == 2
    up = rec(db, level="province", occurred_on="2026-05-01", **kw)
    assert (up.status, up.points, up.previous_points) == ("updated", 4, 2)
    # The city issuing it again later does not lower it.
    down = rec(db, level="city", occurred_on="2026-06-01", **kw)
    assert down.points == 4 and down.level == "province"
    rec(db, category="sqmy_instruction", source="sqmy", source_id="SQMY-2026-0042", occurred_on="2026-07-01")
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.groups["社情民意"] == 7 and s.total == 7
    [line] = [x for x in s.lines if x.rule.key == "sqmy_adopted"]
    assert line.citation == "《委员履职手册》第二十六条" and line.count == 1


def test_bad_records_are_refused(db):
    with pytest.raises(api.UnknownCategory, match="nonsense"):
        rec(db, category="nonsense", source_id="X")
    with pytest.raises(api.LedgerError, match="level"):
        rec(db, category="sqmy_adopted", source="sqmy", source_id="S1", level="galactic")
    with pytest.raises(api.LedgerError, match="date"):
        rec(db, category="plenary", source_id="M2", occurred_on="3月1日")


def add(db, category, n, **kw):
    for i in range(n):
        rec(db, category=category, source="t", source_id=f"{category}-{i}", **kw)


def test_grades_follow_article_36(db):
    add(db, "plenary", 1)
    add(db, "proposal_filed", 1)
    add(db, "proposal_first", 4)          # 3 + 12 = 15
    s = api.summary(db, 1, 2026, rules=RULES)
    assert (s.total, s.grade) == (15, "基本合格")      # no annual report yet
    assert s.next.name == "合格" and s.next.points_short == 0 and s.next.needs_report
    rec(db, category="annual_report", source="report", source_id="2026", occurred_on="2026-12-20")
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.grade == "合格" and (s.next.name, s.next.points_short, s.next.needs_report) == ("优秀", 15, False)
    add(db, "speech", 5)                    # 30 points
    assert api.summary(db, 1, 2026, rules=RULES).grade == "优秀"
    add(db, "absence", 1)                   # 28 points, and an unexcused absence
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.total == 28 and s.grade == "合格" and s.next.blocked == ["absence"]
    add(db, "absence", 3)
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.grade == "不合格" and s.failed_because == ["at_least:absence"]


def test_late_report_and_no_proposal_nor_report(db):
    add(db, "plenary", 6)
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.grade == "不合格" and s.failed_because == ["none_of"]
    add(db, "sqmy_filed", 1)
    rec(db, category="annual_report", source="report", source_id="2026", occurred_on="2027-01-05", year=2026)
    s = api.summary(db, 1, 2026, rules=RULES)
    assert s.report_date == "2027-01-05" and not s.report_on_time and s.grade == "基本合格"


def test_replace_source_removes_what_is_no_longer_listed(db):
    entries = [{"member_id": 1, "category": "proposal_first", "occurred_on": "2026-01-10", "title": "提案"},
               {"member_id": 2, "category": "proposal_joint", "occurred_on": "2026-01-10", "title": "提案"}]
    assert api.replace_source(db, source="proposals", source_id="P1", entries=entries, rules=RULES) == "added"
    assert api.replace_source(db, source="proposals", source_id="P1", entries=entries, rules=RULES) == "unchanged"
    assert api.replace_source(db, source="proposals", source_id="P1", entries=entries[:1], rules=RULES) == "updated"
    assert api.summary(db, 2, 2026, rules=RULES).total == 0
    assert api.retract(db, source="proposals", source_id="P1") == 1


def test_cap_and_config_errors():
    rules = parse_rules({"rules": [
        {"key": "activity", "name": "活动", "group": "活动", "points": 1, "cap": 2, "article": "第三十三条"},
        {"key": "annual_report", "name": "报告", "group": "其他", "article": "第三十四条"}],
        "grades": [{"name": "好", "min_points": 2, "article": "x"}, {"name": "一般"}], "fail": {}})
    rows = [{"id": i, "category": "activity", "source": "a", "source_id": str(i), "occurred_on": "2026-01-01",
             "title": "", "level": None} for i in range(5)]
    s = api.summarize(rows, 1, 2026, rules, today=dt.date(2026, 6, 1))
    assert s.total == 2 and s.lines[0].raw_points == 5 and s.lines[0].capped and s.grade == "好"
    with pytest.raises(ConfigError, match=r"duty.rules\[0\].*article"):
        parse_rules({"rules": [{"key": "x", "name": "x", "group": "g", "points": 1}]})
    with pytest.raises(ConfigError, match=r"duty.rules\[0\].pointz"):
        parse_rules({"rules": [{"key": "x", "pointz": 1}]})
    with pytest.raises(ConfigError, match="absent"):
        parse_rules({"grades": [{"name": "a", "max_counts": {"absent": 0}}, {"name": "b"}]})
