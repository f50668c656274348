"""The annual assessment table (第三十六条): member, sector, points per group, total, grade, annual report.

Phone numbers are left out unless asked for (``with_phones``). Written through
:func:`bot.kernel.exports.write_table` (formula-safe cells, a 0600 file).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.features.duty import api, members
from bot.features.duty.rules import DutyRules


@dataclass
class AssessmentRow:
    member_id: int
    name: str
    sector: str
    mobile: str
    groups: dict[str, float]
    total: float
    grade: str
    report: str           # 按时提交 | 逾期提交（date） | 未提交
    note: str             # why not the next grade / why failing


@dataclass
class AssessmentTable:
    year: int
    groups: list[str]
    rows: list[AssessmentRow] = field(default_factory=list)

    def header(self, with_phones: bool = False) -> list[str]:
        return (["姓名", "界别"] + (["手机"] if with_phones else []) + self.groups
                + ["合计", "等次", "年度履职报告", "说明"])

    def table(self, with_phones: bool = False) -> list[list]:
        out = [self.header(with_phones)]
        for r in self.rows:
            out.append([r.name, r.sector] + ([r.mobile] if with_phones else [])
                       + [_number(r.groups[g]) for g in self.groups]
                       + [_number(r.total), r.grade, r.report, r.note])
        return out


def _number(value: float):
    return int(value) if float(value).is_integer() else round(value, 1)


def scored_groups(rules: DutyRules) -> list[str]:
    """Groups with at least one rule that scores (a group of evidence-only rules has no column)."""
    return [g for g in rules.groups
            if any(r.group == g and (r.points or r.levels) for r in rules.rules.values())]


def _note(s: api.Summary, rules: DutyRules) -> str:
    from bot.features.duty.views import missing_text
    from bot.kernel.messages import to_plain

    return to_plain(missing_text(s, rules, "zh"))


def assessment_rows(db, year: int, *, rules: DutyRules | None = None) -> AssessmentTable:
    rules = rules or api.active_rules()
    groups = scored_groups(rules)
    table = AssessmentTable(int(year), groups)
    records = api.year_records(db, year)
    roster = members.all_members(db)
    seen = set()
    for m in roster:
        if m.get("role") not in (None, "member") and m["id"] not in records:
            continue             # staff without records are not assessed
        seen.add(m["id"])
        s = api.summarize(records.get(m["id"], []), m["id"], int(year), rules)
        report = ("按时提交" if s.report_on_time else
                  f"逾期提交（{s.report_date}）" if s.report_date else "未提交")
        table.rows.append(AssessmentRow(m["id"], m.get("name") or "", m.get("sector") or "", m.get("mobile") or "",
                                        {g: s.groups.get(g, 0.0) for g in groups}, s.total, s.grade, report,
                                        _note(s, rules)))
    return table


def export_assessment(db, path: Path | str, year: int, *, with_phones: bool = False,
                      rules: DutyRules | None = None) -> int:
    """Write the year's table to XLSX (or CSV by suffix); returns the number of members in it."""
    from bot.kernel.exports import write_table

    table = assessment_rows(db, year, rules=rules)
    return write_table(path, table.table(with_phones), sheet=f"{year}年度考核",
                       text_columns=[2] if with_phones else [])
