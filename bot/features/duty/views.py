"""The /duty reply: points by rule with the article behind each, records, grade and what is missing."""
from __future__ import annotations

from bot.kernel.messages import esc
from bot.kernel.texts import lang_of, t

from bot.features.duty import texts as _texts  # noqa: F401  (the catalogue)
from bot.features.duty.api import Summary
from bot.features.duty.rules import DutyRules

MAX_RECORDS = 40      # records listed in chat; earlier ones are counted


def num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def signed(value: float) -> str:
    return ("+" if value > 0 else "") + num(value)


def month_day(md: str, year: int, language) -> str:
    month, day = (int(x) for x in md.split("-"))
    return f"{year}年{month}月{day}日" if lang_of(language) == "zh" else f"{year}-{month:02d}-{day:02d}"


def missing_text(s: Summary, rules: DutyRules, language) -> str:
    """"距优秀还差 6 分，且需按时提交年度履职报告（…）" or why the grade is what it is."""
    if s.failed_because:
        reasons = []
        for reason in s.failed_because:
            kind, _, key = reason.partition(":")
            name = rules.rules[key].name if key in rules.rules else key
            if kind == "at_least":
                reasons.append(t("duty_failed_at_least", language, name=esc(name), count=s.counts.get(key, 0)))
            elif kind == "none_of":
                reasons.append(t("duty_failed_none_of", language))
            else:
                reasons.append(t("duty_failed_any_of", language, name=esc(name)))
        sep = "；" if lang_of(language) == "zh" else "; "
        return t("duty_failed", language, citation=esc(rules.cite(rules.fail.article)),
                 reasons=sep.join(reasons), grade=esc(s.grade))
    if s.next is None:
        return t("duty_best", language)
    sentences, cited = [], False
    for nxt in s.ahead:
        if nxt.blocked:
            names = "、".join(rules.rules[k].name for k in nxt.blocked)
            sentences.append(t("duty_blocked", language, names=esc(names), grade=esc(nxt.name)) + t("duty_stop", language))
            continue
        citation = "" if cited else t("duty_report_citation", language, citation=esc(rules.cite(rules.report.article)),
                                      due=month_day(rules.report.due, s.year, language))
        report = t("duty_missing_report", language, citation=citation)
        cited = cited or nxt.needs_report
        if nxt.points_short > 0:
            text = t("duty_missing_points", language, grade=esc(nxt.name), points=num(nxt.points_short))
            if nxt.needs_report:
                text += t("duty_and", language) + report
        elif nxt.needs_report:
            text = t("duty_missing_only_report", language, grade=esc(nxt.name)) + report
        else:
            continue
        sentences.append(text + t("duty_stop", language))
    return "".join(sentences).strip()


def render_summary(s: Summary, rules: DutyRules, language, *, who: str) -> str:
    parts = [t("duty_head", language, who=esc(who), year=s.year)]
    if not s.lines:
        parts.append(t("duty_none", language, year=s.year))
    parts.append(t("duty_total", language, total=num(s.total), grade=esc(s.grade),
                   citation=esc(rules.cite(s.grade_article))))
    parts.append(missing_text(s, rules, language))
    if s.report_date:
        parts.append(t("duty_report_done", language, date=s.report_date,
                       late="" if s.report_on_time else t("duty_report_late", language)))
    if s.lines:
        parts.append("\n" + t("duty_groups", language))
        for line in s.lines:
            key = "duty_line" if line.rule.points or line.rule.levels else "duty_line_evidence"
            text = t(key, language, name=esc(line.rule.name), count=line.count, points=num(line.points),
                     citation=esc(line.citation))
            if line.capped:
                text += t("duty_line_capped", language, cap=num(line.rule.cap))
            parts.append(text)
        parts.append("\n" + t("duty_records", language))
        entries = [e for line in s.lines for e in line.entries]
        # A 0-point entry beside a scoring one of the same source (提交提案 beside 提案立案) says nothing more.
        scoring = {(e.source, e.source_id) for e in entries if e.points}
        entries = sorted((e for e in entries if e.points or (e.source, e.source_id) not in scoring),
                         key=lambda e: (e.occurred_on, e.id))
        hidden = max(0, len(entries) - MAX_RECORDS)
        if hidden:
            parts.append(t("duty_more_records", language, count=hidden))
        for e in entries[hidden:]:
            rule = rules.rules[e.category]
            title = f"《{e.title}》" if e.title and e.category.startswith(("proposal", "sqmy")) else (
                f"：{e.title}" if e.title else "")
            name = rule.name + (f"（{_level_name(e.level)}）" if e.level else "")
            parts.append(t("duty_record", language, date=e.occurred_on, name=esc(name), title=esc(title),
                           points=signed(e.points)))
    d = rules.dispute
    parts.append("\n" + t("duty_dispute", language, deadline=month_day(d.deadline, s.year + 1, language),
                          office=esc(d.office), citation=esc(rules.cite(d.article))))
    return "\n".join(parts)


LEVEL_NAMES = {"city": "市级编发", "province": "省政协采用", "national": "全国政协采用"}


def _level_name(level: str) -> str:
    return LEVEL_NAMES.get(level, level)
