"""Broadcasts: compose with an audience picker and recipient count, preview, send or schedule,
live delivery progress, and the report of who did not get it and why."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.kernel.messages import to_plain
from bot.web.app import redirect
from bot.web.routes.exports import table_response
from bot.web.sources import broadcasts as bc
from bot.web.sources.people import audit
from bot.web.texts import t

FINISHED = ("done", "finished", "cancelled", "reported")


def routes(desk) -> list[Route]:
    def _progress_text(s: dict, lang: str) -> str:
        return t("bc_progress", lang, sent=s["sent"], total=s["total"], failed=s["failed"],
                 pending=s["pending"] + s["unconfirmed"])

    async def page(request: Request):
        desk.session(request)
        rows = await desk.run(bc.recent, desk.assistant)
        for b in rows:
            b["progress"] = await desk.run(bc.progress, desk.assistant, b["id"])
        return desk.render(request, "broadcasts.html", rows=rows, note=request.query_params.get("note"))

    async def new(request: Request, *, error: str | None = None, text: str = "", picked=(), when: str = ""):
        desk.session(request)
        choices = await desk.run(bc.choices, desk.assistant)
        return desk.render(request, "broadcast_new.html", choices=choices, label=bc.target_label, error=error,
                           text=text, picked=set(picked), when=when)

    async def preview(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        lang = desk.lang(request)
        text = str(form.get("text", "")).strip()
        picked = [str(v) for v in form.getlist("audience")]
        when = str(form.get("when", "")).strip()
        try:
            audience = bc.audience_items(picked)
            html = bc.sanitize(text)
            scheduled = bc.parse_when(when, desk.tz) if when else None
            if scheduled is not None and scheduled <= desk.clock():
                raise ValueError("past")
            resolved = await desk.run(bc.resolve, desk.assistant, audience)
        except (bc.errors(), ValueError) as exc:
            return await new(request, error=str(exc), text=text, picked=picked, when=when)
        if not text or not audience:
            return await new(request, error=t("bc_audience", lang) + " / " + t("bc_text", lang), text=text,
                             picked=picked, when=when)
        members = sum(1 for r in resolved.recipients if r.kind == "member")
        key = desk.stage(session, "broadcast", {"html": html, "audience": audience, "scheduled_at": scheduled})
        return desk.render(request, "broadcast_preview.html", key=key, plain=to_plain(html), scheduled=scheduled,
                           label=bc.audience_label(desk.assistant, audience, lang),
                           count=t("bc_count", lang, n=len(resolved.recipients), members=members,
                                   channels=len(resolved.recipients) - members, muted=resolved.muted))

    async def send(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        lang = desk.lang(request)
        draft = desk.unstage(session, "broadcast", request.path_params["key"])
        if draft is None:
            return redirect("/broadcasts/new", t("replace_expired", lang))
        try:
            bid = await desk.run(bc.create, desk.assistant, session, html=draft["html"], audience=draft["audience"],
                                 scheduled_at=draft["scheduled_at"], lang=lang)
        except bc.errors() as exc:
            return await new(request, error=str(exc))
        bc.wake(desk.assistant)             # the outbox worker of this process sends it now
        audit(desk.assistant, session, "broadcast", f"#{bid}", {"audience": draft["audience"],
                                                                  "scheduled_at": draft["scheduled_at"]})
        return redirect(f"/broadcasts/{bid}")

    def _broadcast(request) -> dict:
        b = bc.get(desk.assistant, request.path_params["bid"])
        if b is None:
            raise HTTPException(404)
        return b

    async def detail(request: Request):
        desk.session(request)
        b = _broadcast(request)
        lang = desk.lang(request)
        s = await desk.run(bc.progress, desk.assistant, b["id"])
        people = await desk.run(bc.recipients, desk.assistant, b["id"])
        missed = [dict(p, why=bc.reason_label(p["reason"] or p.get("waiting") or p["state"], lang))
                  for p in people if p["state"] != "sent"]
        live = b["state"] not in FINISHED and (s["pending"] or b["state"] == "scheduled")
        return desk.render(request, "broadcast.html", b=b, s=s, missed=missed, live=live,
                           progress=_progress_text(s, lang), plain=to_plain(b["html"] or ""),
                           label=bc.audience_label(desk.assistant, b["audience"], lang),
                           note=request.query_params.get("note"))

    async def progress(request: Request):
        desk.session(request)
        b = _broadcast(request)
        s = await desk.run(bc.progress, desk.assistant, b["id"])
        finished = b["state"] in FINISHED or (b["state"] != "scheduled" and not s["pending"])
        return JSONResponse({**s, "state": b["state"], "finished": finished,
                             "text": _progress_text(s, desk.lang(request))})

    async def cancel(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        b = _broadcast(request)
        await desk.run(bc.cancel, desk.assistant, session, b["id"])
        audit(desk.assistant, session, "broadcast_cancelled", f"#{b['id']}")
        return redirect(f"/broadcasts/{b['id']}", t("bc_cancelled", desk.lang(request), id=b["id"]))

    async def export(request: Request):
        desk.session(request)
        rows = [["id", "created_at", "author", "state", "recipients", "sent", "failed", "text"]]
        for b in await desk.run(bc.recent, desk.assistant, 1000):
            s = await desk.run(bc.progress, desk.assistant, b["id"])
            rows.append([b["id"], desk.templates.env.filters["when"](b["created_at"]), b["author_name"], b["state"],
                         b["recipients"], s["sent"], s["failed"], to_plain(b["html"] or "")[:500]])
        return table_response(rows, "broadcasts", request.path_params["fmt"])

    async def export_report(request: Request):
        desk.session(request)
        b = _broadcast(request)
        lang = desk.lang(request)
        rows = [["recipient", "kind", "state", "reason"]]
        for p in await desk.run(bc.recipients, desk.assistant, b["id"]):
            rows.append([p["label"], p["kind"], p["state"],
                         bc.reason_label(p["reason"], lang) if p["state"] != "sent" else ""])
        return table_response(rows, f"broadcast-{b['id']}", request.path_params["fmt"])

    return [Route("/broadcasts", page), Route("/broadcasts.{fmt}", export),
            Route("/broadcasts/new", new), Route("/broadcasts/preview", preview, methods=["POST"]),
            Route("/broadcasts/send/{key}", send, methods=["POST"]),
            Route("/broadcasts/{bid:int}", detail), Route("/broadcasts/{bid:int}/progress", progress),
            Route("/broadcasts/{bid:int}/cancel", cancel, methods=["POST"]),
            Route("/broadcasts/{bid:int}/report.{fmt}", export_report)]
