"""What /duty and the assessment say, in Simplified Chinese and English."""
from __future__ import annotations

from bot.kernel.texts import TEXTS

TEXTS.update({
    "cmd_duty": {"zh": "我的履职积分", "en": "My duty points"},
    "cmd_assessment": {"zh": "年度考核汇总（工作人员）", "en": "Annual assessment summary (staff)"},
    "duty_head": {"zh": "<b>{who}的履职 · {year}年</b>", "en": "<b>Duty record of {who} · {year}</b>"},
    "duty_me": {"zh": "我", "en": "me"},
    "duty_total": {"zh": "积分合计：<b>{total}</b> 分　当前等次：<b>{grade}</b>（{citation}）",
                   "en": "Total: <b>{total}</b> points. Grade now: <b>{grade}</b> ({citation})"},
    "duty_missing_points": {"zh": "距{grade}还差 {points} 分", "en": "{points} more points for {grade}"},
    "duty_missing_report": {"zh": "需按时提交年度履职报告{citation}",
                            "en": "the annual duty report must be submitted on time{citation}"},
    "duty_report_citation": {"zh": "（{citation}，{due}前）", "en": " ({citation}, by {due})"},
    "duty_missing_only_report": {"zh": "距{grade}：积分已够，", "en": "For {grade}: the points are enough; "},
    "duty_and": {"zh": "，且", "en": ", and "},
    "duty_blocked": {"zh": "因本年有“{names}”记录，本年度不能评为{grade}",
                     "en": "the records of “{names}” this year rule out {grade}"},
    "duty_failed_at_least": {"zh": "“{name}”已达 {count} 次", "en": "“{name}”: {count} times"},
    "duty_failed_none_of": {"zh": "本年度尚未提交提案，也未报送社情民意信息",
                            "en": "no proposal and no public-opinion report this year yet"},
    "duty_failed_any_of": {"zh": "有“{name}”记录", "en": "a record of “{name}”"},
    "duty_failed": {"zh": "按{citation}，{reasons}，等次为{grade}。",
                    "en": "Under {citation}: {reasons}; the grade is {grade}."},
    "duty_best": {"zh": "已达到最高等次。", "en": "This is the best grade."},
    "duty_report_done": {"zh": "年度履职报告：{date} 已提交{late}", "en": "Annual report: submitted {date}{late}"},
    "duty_report_late": {"zh": "（逾期）", "en": " (late)"},
    "duty_groups": {"zh": "<b>分类积分</b>", "en": "<b>Points by category</b>"},
    "duty_line": {"zh": "• {name}：{count} 次，{points} 分（{citation}）",
                  "en": "• {name}: {count}×, {points} points ({citation})"},
    "duty_line_evidence": {"zh": "• {name}：{count} 次（{citation}）", "en": "• {name}: {count}× ({citation})"},
    "duty_line_capped": {"zh": "（本项上限 {cap} 分）", "en": " (capped at {cap})"},
    "duty_records": {"zh": "<b>记录明细</b>", "en": "<b>Records</b>"},
    "duty_record": {"zh": "{date}　{name}{title}　{points}", "en": "{date}  {name}{title}  {points}"},
    "duty_more_records": {"zh": "……另有 {count} 条较早的记录。", "en": "… and {count} earlier records."},
    "duty_none": {"zh": "{year}年暂无履职记录。记录由委员工作室按月更新。",
                  "en": "No duty records for {year} yet. The members' office updates them monthly."},
    "duty_dispute": {
        "zh": "对记录有异议的，可在{deadline}前向{office}提出核实申请，并提供参会通知、活动记录等证明材料（{citation}）。",
        "en": "To dispute a record, apply to {office} by {deadline} with evidence such as the meeting notice or "
              "activity record ({citation}).",
    },
    "duty_not_member": {"zh": "没有在委员名单中找到您，无法查询履职记录。请联系{office}。",
                        "en": "You are not on the members' roster, so there is no duty record to show. "
                              "Please contact {office}."},
    "duty_no_such_member": {"zh": "名单中没有找到“{ref}”（请写姓名或手机号）。",
                            "en": "No roster member matches “{ref}” (give a name or mobile number)."},
    "duty_bad_year": {"zh": "年份请写四位数字，例如：/assessment 2026", "en": "Give the year as four digits, e.g. /assessment 2026"},
    "duty_assessment": {"zh": "<b>{year}年度履职考核（按当前记录）</b>\n委员 {members} 人\n{grades}\n导出考核表：<code>python ingest.py duty export 考核表.xlsx --year {year}</code>",
                        "en": "<b>Duty assessment {year} (records so far)</b>\nMembers: {members}\n{grades}\nExport the table: <code>python ingest.py duty export table.xlsx --year {year}</code>"},
    "duty_assessment_grade": {"zh": "• {grade}：{count} 人", "en": "• {grade}: {count}"},
})
