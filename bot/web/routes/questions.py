"""The question log with filters (period, outcome, document), and its export."""
from __future__ import annotations

import datetime as dt

from starlette.requests import Request
from starlette.routing import Route

from bot.web.routes.exports import table_response
from bot.web.sources import curation

OUTCOMES = ("", "answered", "curated", "abstained", "down")
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


def routes(desk) -> list[Route]:
    def filters(request) -> tuple:
        since, until, start, end = period(desk, request)
        outcome = request.query_params.get("outcome", "")
        if outcome not in OUTCOMES:
            outcome = ""
        return since, until, start, end, outcome, request.query_params.get("doc", "")

    async def page(request: Request):
        desk.session(request)
        since, until, start, end, outcome, doc = filters(request)
        rows, total = await desk.run(curation.question_page, desk.assistant, start, end, outcome=outcome, doc=doc)
        from bot.web.sources.documents import list_documents

        documents = await desk.run(list_documents, desk.assistant)
        return desk.render(request, "questions.html", rows=rows, total=total, since=since, until=until,
                           outcome=outcome, doc=doc, documents=documents)

    async def export(request: Request):
        desk.session(request)
        since, until, start, end, outcome, doc = filters(request)
        # A file leaves the desk: phones, ID numbers and roster names in the questions are masked.
        rows = await desk.run(curation.question_export, desk.assistant, start, end, outcome=outcome, doc=doc)
        return table_response(rows, "questions", request.path_params["fmt"])

    return [Route("/questions", page), Route("/questions.{fmt}", export)]
