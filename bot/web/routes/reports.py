"""社情民意 review board (every status action of chat's /review) and the annual assessment table."""
from __future__ import annotations

import datetime as dt

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from bot.web.app import redirect
from bot.web.routes.exports import table_response
from bot.web.sources import reports as source
from bot.web.sources.people import audit


def routes(desk) -> list[Route]:
    def status_of(request) -> str:
        status = request.query_params.get("status", "")
        return status if status in source.STATUSES else ""

    async def board(request: Request):
        desk.session(request)
        status = status_of(request)
        rows, counts = await desk.run(source.board, desk.assistant, status)
        lang = desk.lang(request)
        return desk.render(request, "reports.html", rows=rows, counts=counts, status=status,
                           statuses=source.STATUSES, label=lambda s, lv=None: source.label(s, lang, lv),
                           note=request.query_params.get("note"))

    async def board_export(request: Request):
        desk.session(request)
        lang = desk.lang(request)
        rows, _ = await desk.run(source.board, desk.assistant, status_of(request))
        when = desk.templates.env.filters["when"]
        table = [["receipt", "title", "author", "category", "community", "status", "submitted"]]
        for r in rows:
            table.append([r["receipt"], r["title"], r["author_name"], r["category"], r["community"],
                          source.label(r["status"], lang, r["level"]), when(r["submitted_at"])])
        return table_response(table, "reports", request.path_params["fmt"])

    async def one(request: Request):
        desk.session(request)
        report = await desk.run(source.report, desk.assistant, request.path_params["report_id"])
        if report is None:
            raise HTTPException(404)
        lang = desk.lang(request)
        return desk.render(request, "report.html", report=report, allowed=source.allowed_actions(report),
                           label=lambda s, lv=None: source.label(s, lang, lv),
                           lv_label=lambda lv: source.level_label(lv, lang),
                           note=request.query_params.get("note"))

    async def act(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        lang = desk.lang(request)
        report_id = request.path_params["report_id"]
        action = request.path_params["action"]
        if action not in source.ACTIONS:
            raise HTTPException(404)
        if await desk.run(source.report, desk.assistant, report_id) is None:
            raise HTTPException(404)
        level = str(form.get("level", "")).strip() or None
        comment = str(form.get("comment", "")).strip() or None
        done, message = await desk.run(source.act, desk.assistant, session, report_id, action,
                                       level=level, comment=comment, lang=lang)
        if done:
            # The feature audits the change itself under this actor; this line says it came from the desk.
            audit(desk.assistant, session, f"report_{action}", f"#{report_id}",
                  {"level": level, "comment": (comment or "")[:200]})
        return redirect(f"/reports/{report_id}", message)

    def year_of(request) -> int:
        try:
            year = int(request.query_params.get("year", ""))
        except ValueError:
            year = 0
        if not 2000 <= year <= 2100:
            year = dt.datetime.fromtimestamp(desk.clock(), _zone(desk.tz)).year
        return year

    async def assessment(request: Request):
        desk.session(request)
        year = year_of(request)
        table = await desk.run(source.assessment, desk.assistant, year)
        return desk.render(request, "assessment.html", table=table, year=year)

    async def assessment_export(request: Request):
        desk.session(request)
        year = year_of(request)
        table = await desk.run(source.assessment, desk.assistant, year)
        return table_response(table.table(with_phones=False), f"assessment-{year}", request.path_params["fmt"])

    return [Route("/reports", board), Route("/reports.{fmt}", board_export),
            Route("/reports/{report_id:int}", one),
            Route("/reports/{report_id:int}/{action:str}", act, methods=["POST"]),
            Route("/assessment", assessment), Route("/assessment.{fmt}", assessment_export)]


def _zone(tz):
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)
