"""The duty ledger's public API: what other features (社情民意 reports, proposals, imports) call.

Nothing outside ``bot.features.duty`` touches the ledger's table; call these::

    record(db, *, member_id: int, category: str, source: str, source_id: str,
           occurred_on: str | datetime.date, title: str = "", level: str | None = None,
           extra: dict | None = None, year: int | None = None,
           rules: DutyRules | None = None) -> RecordResult

        Idempotent on (source, source_id, member_id, category). Re-recording the same
        source id updates the record in place. For a levelled rule (sqmy_adopted: city 2,
        province 4, national 6 points, 《委员履职手册》第二十六条) the record keeps the
        HIGHEST level it was ever given, so a report adopted first by the city and then by
        the province counts 4, never 2 + 4; a leader's instruction is its own category
        (sqmy_instruction, +3) under the same source id and adds on. ``year`` defaults to
        the year of ``occurred_on`` (give it for a report of 2026 submitted in January 2027).
        Raises UnknownCategory (a category no rule defines) or LedgerError (bad date,
        a level the rule does not know, a level on a rule without levels).

    retract(db, *, source: str, source_id: str, member_id: int | None = None,
            category: str | None = None) -> int
        Remove records (a proposal no longer registered, a record corrected); returns how many.

    replace_source(db, *, source: str, source_id: str, entries: list[dict],
                   member_id: int | None = None, rules: DutyRules | None = None) -> str
        Make the records of one source id (of one member, when ``member_id`` is given)
        exactly ``entries`` (each a dict of record()'s keyword arguments without
        source/source_id): those not listed are removed.
        Returns "added" | "updated" | "unchanged" for the whole set.

    summary(db, member_id: int, year: int, *, today: datetime.date | None = None,
            rules: DutyRules | None = None) -> Summary
        Points by rule (each with the article that states it) and by group, the records
        behind them with dates, the total, the grade reached now, and what is missing for
        the next grade (points, the annual report, or what cannot be made up).

    configure(rules: DutyRules) -> None
        The rules ``record`` and ``summary`` use when none are passed (set by install()
        and the CLI from config.yaml ``duty:``; the handbook's defaults until then).

Categories in the sample config: plenary, standing, absence, proposal_first,
proposal_joint, proposal_key, proposal_filed, sqmy_adopted (levels city/province/national),
sqmy_instruction, sqmy_filed (0 points: evidence that a report was filed, 第三十六条（四）),
activity, speech, written_speech, annual_report, notice.

Writes join the caller's transaction when there is one (``app.db.transaction``), so an
importer writes a whole file or nothing.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from app.db import transaction
from app.errors import AppError

from bot.features.duty import store
from bot.features.duty.rules import DutyRules, Rule, UnknownCategory, parse_rules


class LedgerError(AppError):
    """A record the ledger cannot take (the message says which value and why)."""


_active: list[DutyRules] = []


def configure(rules: DutyRules) -> None:
    _active[:] = [rules]


def active_rules() -> DutyRules:
    if not _active:
        _active.append(parse_rules({}))
    return _active[0]


@dataclass(frozen=True)
class RecordResult:
    status: str                 # "added" | "updated" | "unchanged"
    record_id: int
    points: float               # what this record counts now
    previous_points: float      # what it counted before (0 when added)
    level: str | None = None    # the level kept (the highest given)


@dataclass(frozen=True)
class Entry:
    """One record as a member sees it."""

    id: int
    category: str
    source: str
    source_id: str
    occurred_on: str
    title: str
    level: str | None
    points: float


@dataclass
class RuleLine:
    rule: Rule
    citation: str               # 《委员履职手册》第三十三条
    entries: list[Entry] = field(default_factory=list)
    raw_points: float = 0.0     # before the cap
    points: float = 0.0         # after the cap

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def capped(self) -> bool:
        return self.points != self.raw_points


@dataclass
class NextGrade:
    name: str
    points_short: float         # 0 when the points are enough
    needs_report: bool          # the annual report is still missing (or late)
    blocked: list[str]          # categories over the grade's limit (cannot be made up this year)


@dataclass
class Summary:
    member_id: int
    year: int
    lines: list[RuleLine]       # rules with at least one record, in config order
    groups: dict[str, float]    # group -> points (every configured group, 0 included)
    total: float
    grade: str
    grade_article: str
    failed_because: list[str]   # fail reasons: "at_least:absence", "none_of", "any_of:notice"
    report_on_time: bool
    report_date: str | None
    next: NextGrade | None      # None at the best grade
    counts: dict[str, int]
    ahead: list[NextGrade] = field(default_factory=list)   # every better grade, nearest first


def _date(value, what: str = "occurred_on") -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise LedgerError(f"{what} must be a date like 2026-03-15, got {value!r}.") from None


def _check_level(rule: Rule, level: str | None) -> str | None:
    if rule.levels:
        if level not in rule.levels:
            raise LedgerError(f"Category {rule.key} needs a level, one of {', '.join(rule.levels)}; got {level!r}.")
        return level
    if level:
        raise LedgerError(f"Category {rule.key} has no levels (got level {level!r}).")
    return None


def record(db, *, member_id: int, category: str, source: str, source_id: str, occurred_on, title: str = "",
           level: str | None = None, extra: dict | None = None, year: int | None = None,
           rules: DutyRules | None = None) -> RecordResult:
    rules = rules or active_rules()
    rule = rules.rule(category)
    level = _check_level(rule, level)
    if not source or not str(source_id or "").strip():
        raise LedgerError("A record needs its source and the source's own id (to stay idempotent).")
    day = _date(occurred_on)
    values = {
        "member_id": int(member_id), "category": category, "source": source, "source_id": str(source_id).strip(),
        "year": int(year or day[:4]), "occurred_on": day, "title": (title or "").strip(), "level": level,
        "extra": json.dumps(extra or {}, ensure_ascii=False, sort_keys=True),
    }
    with transaction(db):
        old = store.find(db, values["source"], values["source_id"], values["member_id"], category)
        if old is None:
            rid = store.insert(db, values)
            return RecordResult("added", rid, rule.points_for(level), 0.0, level)
        before = rule.points_for(old["level"])
        if rule.levels and rule.level_rank(old["level"]) > rule.level_rank(level):
            # A lower level after a higher one (the city issues what the province adopted):
            # the highest counts (第二十六条); keep its level and date, take the rest.
            values.update(level=old["level"], occurred_on=old["occurred_on"], year=old["year"])
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return RecordResult("unchanged", old["id"], before, before, old["level"])
        store.update(db, old["id"], changed)
        return RecordResult("updated", old["id"], rule.points_for(values["level"]), before, values["level"])


def retract(db, *, source: str, source_id: str, member_id: int | None = None, category: str | None = None) -> int:
    with transaction(db):
        ids = [r["id"] for r in store.of_source(db, source, str(source_id))
               if (member_id is None or r["member_id"] == member_id) and (category is None or r["category"] == category)]
        store.delete(db, ids)
    return len(ids)


def replace_source(db, *, source: str, source_id: str, entries: list[dict], member_id: int | None = None,
                   rules: DutyRules | None = None) -> str:
    with transaction(db):
        def current():
            return store.of_source(db, source, str(source_id), member_id)

        existed = bool(current())
        kept, statuses = set(), []
        for entry in entries:
            result = record(db, source=source, source_id=source_id, rules=rules, **entry)
            statuses.append(result.status)
            kept.add(result.record_id)
        stale = [r["id"] for r in current() if r["id"] not in kept]
        store.delete(db, stale)
    if not existed:
        return "added" if entries else "unchanged"
    return "updated" if stale or any(s != "unchanged" for s in statuses) else "unchanged"


# ----------------------------------------------------------------------------- reading

def summarize(rows: list[dict], member_id: int, year: int, rules: DutyRules, *,
              today: dt.date | None = None) -> Summary:
    """The summary of one member's records of one year (rows as the store returns them)."""
    lines: dict[str, RuleLine] = {}
    counts: dict[str, int] = {}
    report_date = None
    for row in rows:
        rule = rules.rules.get(row["category"])
        if rule is None:
            continue        # a category removed from config: no longer scored
        counts[rule.key] = counts.get(rule.key, 0) + 1
        entry = Entry(row["id"], rule.key, row["source"], row["source_id"], row["occurred_on"], row["title"] or "",
                      row["level"], rule.points_for(row["level"]))
        line = lines.setdefault(rule.key, RuleLine(rule, rules.cite(rule.article)))
        line.entries.append(entry)
        line.raw_points += entry.points
        if rule.key == rules.report.category and (report_date is None or entry.occurred_on < report_date):
            report_date = entry.occurred_on
    groups = {g: 0.0 for g in rules.groups}
    for line in lines.values():
        cap = line.rule.cap
        line.points = min(line.raw_points, cap) if cap is not None else line.raw_points
        groups[line.rule.group] += line.points
    total = sum(groups.values())
    due = f"{year}-{rules.report.due}"
    on_time = report_date is not None and report_date <= due
    ordered = [lines[k] for k in rules.rules if k in lines]

    fail = rules.fail
    failed = [f"at_least:{k}" for k, n in fail.at_least.items() if counts.get(k, 0) >= n]
    if fail.none_of and not any(counts.get(k, 0) for k in fail.none_of):
        failed.append("none_of")
    failed += [f"any_of:{k}" for k in fail.any_of if counts.get(k, 0)]

    def meets(grade) -> tuple[float, bool, list[str]]:
        short = max(0.0, grade.min_points - total)
        report = grade.needs_report and not on_time
        blocked = [k for k, n in grade.max_counts.items() if counts.get(k, 0) > n]
        return short, report, blocked

    ladder = rules.grades
    if failed:
        grade, article, above = fail.name, fail.article, None
        nxt_name = rules.lowest
        nxt = NextGrade(nxt_name, 0.0, False, [r for r in failed])
        ahead = [nxt]
    else:
        reached = next((g for g in ladder if meets(g) == (0.0, False, [])), None)
        grade = reached.name if reached else rules.lowest
        article = reached.article if reached else (ladder[-1].article if ladder else "")
        index = ladder.index(reached) if reached else len(ladder)
        above = ladder[index - 1] if index > 0 else None
        ahead = [NextGrade(g.name, *meets(g)) for g in reversed(ladder[:index])]
        nxt = ahead[0] if ahead else None
    return Summary(member_id, year, ordered, groups, total, grade, article, failed, on_time, report_date, nxt, counts,
                   ahead)


def summary(db, member_id: int, year: int, *, today: dt.date | None = None, rules: DutyRules | None = None) -> Summary:
    return summarize(store.of_member(db, int(member_id), int(year)), int(member_id), int(year),
                     rules or active_rules(), today=today)


def latest_year(db, member_id: int) -> int | None:
    """The latest year with records of this member (None when there are none)."""
    return store.latest_year(db, int(member_id))


def year_records(db, year: int) -> dict[int, list[dict]]:
    """Every record of a year grouped by member id (the annual assessment reads this)."""
    out: dict[int, list[dict]] = {}
    for row in store.of_year(db, int(year)):
        out.setdefault(row["member_id"], []).append(row)
    return out


__all__ = ["record", "retract", "replace_source", "summary", "summarize", "year_records", "latest_year", "configure",
           "active_rules", "RecordResult", "Summary", "RuleLine", "Entry", "NextGrade", "LedgerError",
           "UnknownCategory"]
