"""Curated answers: edit the answer and the question others see, or retire an entry."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from bot.web.app import redirect
from bot.web.routes.exports import table_response
from bot.web.sources import curation
from bot.web.sources.people import audit
from bot.web.texts import t


def routes(desk) -> list[Route]:
    async def page(request: Request):
        desk.session(request)
        entries = await desk.run(curation.entries, desk.assistant)
        return desk.render(request, "faq.html", entries=entries, note=request.query_params.get("note"))

    async def edit(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        entry_id = request.path_params["entry_id"]
        if not curation.edit_entry(desk.assistant, session, entry_id, question=str(form.get("question", "")),
                                   answer=str(form.get("answer", ""))):
            raise HTTPException(404)
        audit(desk.assistant, session, "faq_edited", f"#{entry_id}", {"answer": str(form.get("answer", ""))[:200]})
        return redirect("/faq", t("faq_saved", desk.lang(request), id=entry_id))

    async def retire(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        entry_id = request.path_params["entry_id"]
        if not curation.retire_entry(desk.assistant, session, entry_id):
            raise HTTPException(404)
        audit(desk.assistant, session, "faq_retired", f"#{entry_id}")
        return redirect("/faq", t("faq_retired", desk.lang(request), id=entry_id))

    async def export(request: Request):
        desk.session(request)
        rows = [["id", "question", "answer", "served", "author", "updated_at"]]
        for e in await desk.run(curation.entries, desk.assistant):
            rows.append([e["id"], e["shown_question"], e["answer"], e["served"] or 0, e["author_name"],
                         desk.templates.env.filters["when"](e["updated_at"])])
        return table_response(rows, "faq", request.path_params["fmt"])

    return [Route("/faq", page), Route("/faq.{fmt}", export),
            Route("/faq/{entry_id:int}/edit", edit, methods=["POST"]),
            Route("/faq/{entry_id:int}/retire", retire, methods=["POST"])]
