"""Points for reports, credited in the duty ledger (bot.features.duty.api) by its configured rules.

- filed: ``sqmy_filed`` (0 points: evidence that the member filed, 第三十六条（四）);
- issued (编发) or adopted: ``sqmy_adopted`` at the level (city 2, province 4, national 6);
  the ledger keeps the highest level given to one report (第二十六条: not added up);
- a leader's instruction: ``sqmy_instruction`` (+3), which adds on.

All under source ``sqmy`` and the receipt number, so recording again changes nothing
(the CLI re-run, an import of the same report). A report whose author is not on the
roster (``member_id`` null) earns no points: there is no record to credit.
"""
from __future__ import annotations

from app.timefmt import local_date

from bot.features.reports.status import LEVELS, level_rank

SOURCE = "sqmy"
ADOPTED, INSTRUCTION, FILED = "sqmy_adopted", "sqmy_instruction", "sqmy_filed"


def rank(level: str | None) -> int:
    return level_rank(level)


def _record(db, report: dict, category: str, *, when: float, tz: str, level: str | None = None):
    from bot.features.duty import api

    return api.record(db, member_id=report["member_id"], category=category, source=SOURCE,
                      source_id=report["receipt"], occurred_on=local_date(when, tz), title=report["title"],
                      level=level, year=report["year"])


def filed(db, report: dict, *, tz: str) -> None:
    if report["member_id"] is not None:
        _record(db, report, FILED, when=report["created_at"], tz=tz)


def credit(db, report: dict, *, when: float, tz: str) -> float | None:
    """Record what the report has earned (its level, its instruction); returns its points now."""
    if report["member_id"] is None:
        return None
    if report["level"] in LEVELS:
        _record(db, report, ADOPTED, when=when, tz=tz, level=report["level"])
    if report["instructed"]:
        _record(db, report, INSTRUCTION, when=when, tz=tz)
    return worth(report)


def worth(report: dict) -> float:
    """What a report counts by the active rules: its highest level plus an instruction."""
    from bot.features.duty import api

    rules = api.active_rules()
    total = rules.rule(ADOPTED).points_for(report["level"]) if report["level"] in LEVELS else 0.0
    if report["instructed"]:
        total += rules.rule(INSTRUCTION).points_for(None)
    return total


def cite() -> str:
    """The article the adoption points come from, as the ledger's rules cite it."""
    from bot.features.duty import api

    rules = api.active_rules()
    return rules.cite(rules.rule(ADOPTED).article)


def show(value: float) -> str:
    return f"{value:g}"


__all__ = ["SOURCE", "cite", "rank", "filed", "credit", "worth", "show"]


def use_config(config) -> None:
    """Make the ledger score by config.yaml's ``duty:`` rules (the CLI; the bot's duty install does it)."""
    from bot.features.duty import api
    from bot.features.duty.rules import rules_of

    api.configure(rules_of(config))
