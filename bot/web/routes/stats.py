"""Stats with charts: questions per day, outcomes, documents asked about most, unanswered topics,
broadcast delivery. Charts are SVG images (bot.web.charts); the figures are exportable."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.web import charts
from bot.web.routes.exports import table_response
from bot.web.routes.questions import period
from bot.web.sources import broadcasts as bc
from bot.web.sources import curation
from bot.web.texts import t

DEFAULT_DAYS = 30
FRESH_SECONDS = 30      # the page and its chart images, loaded together, count the questions once

def figures(desk, request: Request):
    since, until, start, end = period(desk, request, DEFAULT_DAYS)
    now = desk.clock()
    recent = desk.memo.setdefault("stats", {})      # (start, end) -> (computed at, Stats)
    cached = recent.get((start, end))
    if cached is not None and now - cached[0] < FRESH_SECONDS:
        s = cached[1]
    else:
        s = curation.stats(desk.assistant, start, end)
        for key in [k for k, (at, _) in recent.items() if now - at >= FRESH_SECONDS]:
            recent.pop(key, None)
        recent[(start, end)] = (now, s)
    good = max(0, s.answered + s.curated - s.down)
    return since, until, s, good


def routes(desk) -> list[Route]:
    async def page(request: Request):
        desk.session(request)
        lang = desk.lang(request)
        since, until, s, good = await desk.run(figures, desk, request)
        rate = "—" if not s.total else f"{good / s.total * 100:.0f}%"
        summary = t("stats_summary", lang, total=s.total, answered=s.answered, curated=s.curated,
                    abstained=s.abstained, up=s.up, down=s.down, rate=rate, other=s.other_readings)
        return desk.render(request, "stats.html", since=since, until=until, s=s, summary=summary,
                           charts=["per_day", "outcomes", "docs", "unanswered", "delivery"])

    async def chart(request: Request):
        desk.session(request)
        lang = desk.lang(request)
        name = request.path_params["name"]
        if name in ("per_day", "outcomes", "docs"):
            since, until, s, good = await desk.run(figures, desk, request)
        if name == "per_day":
            svg = charts.per_day(t("chart_per_day", lang), t("series_questions", lang), s.per_day)
        elif name == "outcomes":
            svg = charts.outcomes(t("chart_outcomes", lang), [
                (t("series_answered", lang), good), (t("series_abstained", lang), s.abstained),
                (t("series_down", lang), s.down)])
        elif name == "docs":
            svg = charts.ranking(t("chart_docs", lang), t("series_questions", lang), s.top_docs)
        elif name == "unanswered":
            svg = charts.ranking(t("chart_unanswered", lang), t("series_asks", lang),
                                 await desk.run(curation.top_unanswered, desk.assistant))
        elif name == "delivery":
            rows = []
            for b in reversed(await desk.run(bc.recent, desk.assistant, 10)):
                p = await desk.run(bc.progress, desk.assistant, b["id"])
                rows.append((f"#{b['id']}", p["sent"], p["failed"]))
            svg = charts.delivery(t("chart_delivery", lang), t("series_sent", lang), t("series_failed", lang), rows)
        else:
            raise HTTPException(404)
        return Response(svg, media_type="image/svg+xml")

    async def export(request: Request):
        desk.session(request)
        since, until, s, good = await desk.run(figures, desk, request)
        rows = [["date", "questions"]] + [[d, n] for d, n in s.per_day]
        rows += [[], ["outcome", "count"], ["answered", s.answered], ["curated", s.curated],
                 ["abstained", s.abstained], ["up", s.up], ["down", s.down], ["other_reading", s.other_readings], [],
                 ["document", "answered questions"]]
        rows += [[k, n] for k, n in s.top_docs]
        return table_response(rows, "stats", request.path_params["fmt"])

    return [Route("/stats", page), Route("/stats.{fmt}", export), Route("/stats/chart/{name}.svg", chart)]
