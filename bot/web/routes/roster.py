"""The roster: import with a preview before anything is written, search, change a role."""
from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from bot.web.app import redirect
from bot.web.routes.exports import table_response
from bot.web.sources import roster
from bot.web.sources.people import audit
from bot.web.texts import t

SUFFIXES = (".csv", ".xlsx", ".txt")


def routes(desk) -> list[Route]:
    def actor(session) -> str:
        return f"{session.user_id} {session.name} (web)"

    async def page(request: Request, *, error: str | None = None):
        desk.session(request)
        query = request.query_params.get("q", "")
        people = await desk.run(roster.members, desk.assistant, query)
        return desk.render(request, "roster.html", people=people, q=query, mask=roster.mask_phone, error=error,
                           total=await desk.run(roster.count, desk.assistant),
                           note=request.query_params.get("note"))

    async def check(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        upload = form.get("file")
        if not getattr(upload, "filename", None):
            return redirect("/roster")
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in SUFFIXES:
            return await page(request, error=f"{upload.filename}: CSV / XLSX")
        # Kept in memory until the clerk confirms, then imported from the very same bytes.
        data = await upload.read()
        try:
            report = await desk.run(roster.preview_upload, desk.assistant, data, upload.filename, actor=actor(session))
        except roster.errors() as exc:
            return await page(request, error=str(exc))
        key = desk.stage(session, "roster", (data, upload.filename, report.digest))
        return desk.render(request, "roster_preview.html", report=report, key=key, file=upload.filename,
                           mask=roster.mask_phone)

    async def commit(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        lang = desk.lang(request)
        staged = desk.unstage(session, "roster", request.path_params["key"])
        if staged is None:
            return redirect("/roster", t("replace_expired", lang))
        data, file_name, digest = staged
        try:
            report = await desk.run(roster.commit_upload, desk.assistant, data, file_name, actor=actor(session),
                                    digest=digest)
        except roster.errors() as exc:      # RosterChanged too: someone changed the roster since the preview
            return await page(request, error=str(exc))
        audit(desk.assistant, session, "roster_import", file_name, {"added": len(report.added),
              "updated": len(report.updated), "rejected": len(report.rejected)})
        return redirect("/roster", t("roster_imported", lang, added=len(report.added), updated=len(report.updated),
                                     rejected=len(report.rejected)))

    async def set_role(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        if request.state.role != "admin":
            raise HTTPException(403, "forbidden")          # as in chat: /role is for admins
        lang = desk.lang(request)
        try:
            member, old = await desk.run(roster.set_role, desk.assistant, session, request.path_params["member_id"],
                                         str(form.get("role", "")))
        except roster.errors() as exc:
            return await page(request, error=str(exc))
        audit(desk.assistant, session, "role", member["name"], {"from": old, "to": member["role"]})
        return redirect("/roster", t("role_changed", lang, name=member["name"], role=t("role_" + member["role"], lang)))

    async def export(request: Request):
        desk.session(request)
        rows = await desk.run(roster.export_rows, desk.assistant)
        return table_response(rows, "roster", request.path_params["fmt"], text_columns=[1])

    return [Route("/roster", page), Route("/roster.{fmt}", export),
            Route("/roster/import", check, methods=["POST"]),
            Route("/roster/import/{key}", commit, methods=["POST"]),
            Route("/roster/{member_id:int}/role", set_role, methods=["POST"])]
