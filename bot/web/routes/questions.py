"""The question log with filters (period, outcome, document), and its export."""
from __future__ import annotations

import datetime as dt

from starlette.requests import Request
from starlette.routing import Route

from bot.web.routes.exports import table_response
from bot.web.sources import curation

PAGE = 200          # rows shown; the export has them all
DEFAULT_DAYS = 7


def period(desk, request: Request, default_days: int = DEFAULT_DAYS) -> tuple[dt.date, dt.date, float, float]:
    """The [since, until] dates of the filter (committee time zone) and their Unix bounds."""
    tz = desk.tz
    today = dt.datetime.fromtimestamp(desk.clock(), _zone(tz)).date()

    def parse(name, default):
        try:
            return dt.date.fromisoformat(request.query_params.get(name, ""))
        except ValueError:
            return default

    until = parse("until", today)
    since = parse("since", until - dt.timedelta(days=default_days - 1))
    if since > until:
        since, until = until, since
    return since, until, curation.day_start(since, tz), curation.day_start(until + dt.timedelta(days=1), tz)


def _zone(tz):
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def matches(row: dict, outcome: str, doc: str) -> bool:
    if outcome == "down" and row["feedback"] != -1:
        return False
    if outcome in ("answered", "abstained", "curated") and row["status"] != outcome:
        return False
    if doc and row["doc_key"] != doc:
        return False
    return True


def routes(desk) -> list[Route]:
    async def filtered(request, *, masked: bool = False):
        since, until, start, end = period(desk, request)
        outcome = request.query_params.get("outcome", "")
        doc = request.query_params.get("doc", "")
        rows = await desk.run(curation.question_log, desk.assistant, start, end, masked=masked)
        return since, until, outcome, doc, [r for r in rows if matches(r, outcome, doc)]

    async def page(request: Request):
        desk.session(request)
        since, until, outcome, doc, rows = await filtered(request)
        from bot.web.sources.documents import list_documents

        documents = await desk.run(list_documents, desk.assistant)
        rows.reverse()            # newest first
        return desk.render(request, "questions.html", rows=rows[:PAGE], total=len(rows), since=since, until=until,
                           outcome=outcome, doc=doc, documents=documents)

    async def export(request: Request):
        desk.session(request)
        *_, rows = await filtered(request, masked=True)    # a file leaves the desk: no phones or names
        columns = ["id", "asked_at", "member_name", "sector", "district", "question", "status", "source",
                   "doc_key", "feedback", "latency_ms", "queue_item", "queue_status"]
        return table_response([columns] + [[r.get(c, "") for c in columns] for r in rows], "questions",
                              request.path_params["fmt"])

    return [Route("/questions", page), Route("/questions.{fmt}", export)]
