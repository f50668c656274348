"""The unanswered queue, grouped as in chat: answer, merge into an FAQ, or dismiss any item."""
from __future__ import annotations

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
        items = await desk.run(curation.open_items, desk.assistant)
        entries = await desk.run(curation.entries, desk.assistant)
        return desk.render(request, "queue.html", items=items, entries=entries, note=request.query_params.get("note"))

    async def act(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        lang = desk.lang(request)
        item_id = request.path_params["item_id"]
        action = request.path_params["action"]
        text = str(form.get("text", "")).strip()
        if action in ("answer", "dismiss") and not text:
            return redirect("/queue", t("queue_empty_text", lang))
        if action == "answer":
            result = await curation.answer(desk.assistant, session, item_id, text)
        elif action == "merge":
            result = await curation.merge(desk.assistant, session, item_id, int(form.get("entry", 0) or 0))
        else:
            result = await curation.dismiss(desk.assistant, session, item_id, text)
        if isinstance(result, str):
            return redirect("/queue", t("queue_gone", lang, status=result))
        audit(desk.assistant, session, f"queue_{action}", f"#{item_id}", {"text": text[:200], "result": list(result)})
        if action == "answer":
            note = t("queue_answered", lang, id=item_id, sent=result[1], failed=result[2])
        elif action == "merge":
            note = t("queue_merged", lang, id=item_id, entry=form.get("entry"), sent=result[1])
        else:
            note = t("queue_dismissed", lang, id=item_id, sent=result[0])
        return redirect("/queue", note)

    async def export(request: Request):
        desk.session(request)
        rows = [["item", "asks", "first_question", "questions", "since"]]
        for item in await desk.run(curation.open_items, desk.assistant):
            rows.append([item["id"], item["asks"], item["title"],
                         " | ".join(item["questions"]),
                         desk.templates.env.filters["when"](item["created_at"])])
        return table_response(rows, "queue", request.path_params["fmt"])

    return [Route("/queue", page), Route("/queue.{fmt}", export),
            Route("/queue/{item_id:int}/{action:str}", act, methods=["POST"])]
