"""社情民意 and the duty ledger for the desk: the review board and the annual assessment table.

The ONE place the desk reaches the reports and duty features, through their public
functions only (bot.features.reports, bot.features.duty.export); no SQL on their tables.
A status change goes through ``change_status``, the very function chat's /review uses, so
the author is notified through the outbox and points are credited the same way.
"""
from __future__ import annotations

from bot.features.reports import LEVELS, STATUSES, ReportError, change_status, counts, get_report, list_reports
from bot.features.reports.status import NEXT
from bot.features.reports.texts import status_label

LIST_LIMIT = 200
# The board's action -> the status it sets (as chat's buttons: rv:issue, rv:return, ...).
ACTIONS = {"issue": "issued", "return": "returned", "forward": "forwarded", "adopt": "adopted",
           "instruct": "instructed", "feedback": "feedback"}
COMMENT_ACTIONS = ("return", "instruct", "feedback")     # these carry the staff member's text


def label(status: str, lang: str, level: str | None = None) -> str:
    return status_label(status, lang, level if status == "adopted" else None)


def level_label(level: str, lang: str) -> str:
    from bot.kernel.texts import t

    return t(f"rp_level_{level}", lang)


def board(assistant, status: str = "") -> tuple[list[dict], dict[str, int]]:
    """The reports (newest first, optionally one status) and the count per status."""
    rows = list_reports(assistant.db, status=status or None, limit=LIST_LIMIT)
    # The author's name only: no phone or chat ids leave the feature for the board.
    keep = ("id", "receipt", "title", "author_name", "category", "community", "status", "level", "submitted_at")
    return [{k: r.get(k) for k in keep} for r in rows], counts(assistant.db)


def report(assistant, report_id: int) -> dict | None:
    try:
        return get_report(assistant.db, report_id)
    except ReportError:
        return None


def allowed_actions(report: dict) -> dict:
    """What the board offers now: the actions allowed by the feature's status table, and the
    adoption levels still open (as chat's buttons do). Out-of-order posts are still refused
    by the feature itself."""
    allowed = NEXT.get(report["status"], ())
    actions = [a for a, s in ACTIONS.items() if s in allowed and a != "adopt"]
    if report["instructed"] and "instruct" in actions:
        actions.remove("instruct")
    levels = []
    if "adopted" in allowed:
        current = LEVELS.index(report["level"]) if report["level"] in LEVELS else -1
        same_ok = report["status"] not in ("adopted", "instructed")
        levels = [lv for i, lv in enumerate(LEVELS) if i > current or (i == current and same_ok)]
    return {"actions": actions, "levels": levels}


def act(assistant, session, report_id: int, action: str, *, level: str | None, comment: str | None,
        lang: str) -> tuple[bool, str]:
    """Perform one status action as the signed-in staff member: (done, message for the page)."""
    from bot.web.texts import t

    status = ACTIONS.get(action)
    if status is None:
        return False, t("not_found", lang)
    try:
        change = change_status(assistant.db, report_id, status, actor=f"{session.name} ({session.user_id})",
                               tz=assistant.config.committee.timezone,
                               level=level if status == "adopted" else None,
                               comment=comment if action in COMMENT_ACTIONS else None)
    except ReportError as err:
        return False, err.text(lang)
    done = t("rv_web_done", lang, receipt=change.report["receipt"], status=label(status, lang, level))
    if change.notice_id is not None:
        done += " " + t("rv_web_notified", lang)
    return True, done


def assessment(assistant, year: int):
    """The annual assessment table (bot.features.duty.export), phones never included."""
    from bot.features.duty.export import assessment_rows

    return assessment_rows(assistant.db, year)


__all__ = ["ACTIONS", "COMMENT_ACTIONS", "STATUSES", "LEVELS", "board", "report", "allowed_actions", "act",
           "assessment", "label", "level_label"]
