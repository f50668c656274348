"""Documents: upload (several, with progress), list, replace with an article diff, remove, try a question."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from kb.errors import KBError

from bot.web.app import redirect
from bot.web.routes.exports import table_response
from bot.web.sources import documents as docs
from bot.web.sources.people import audit
from bot.web.texts import t


def _added_by(session) -> str:
    return f"{session.name} ({session.user_id})"


def routes(desk) -> list[Route]:
    async def page(request: Request):
        desk.session(request)
        rows = await desk.run(docs.list_documents, desk.assistant)
        return desk.render(request, "documents.html", docs=rows, note=request.query_params.get("note"))

    async def upload(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        lang = desk.lang(request)
        notes = []
        for upload in form.getlist("files"):
            if not getattr(upload, "filename", None):
                continue
            data = await upload.read()
            name = upload.filename
            try:
                prepared = await desk.run(docs.prepare, desk.assistant, data, name)
                result = await desk.run(docs.commit, desk.assistant, prepared, added_by=_added_by(session))
            except KBError as exc:
                notes.append(t("upload_result", lang, file=name, status=t("st_failed", lang, error=str(exc))))
                audit(desk.assistant, session, "document_upload_failed", name, {"error": str(exc)})
                continue
            status = t(f"st_{result.status}", lang, chunks=result.chunks) if result.status in (
                "added", "updated", "unchanged") else t("st_failed", lang, error=result.error or result.status)
            notes.append(t("upload_result", lang, file=name, status=status))
            audit(desk.assistant, session, "document_" + result.status, name,
                  {"doc_id": result.doc_id, "chunks": result.chunks, "title": result.title})
        return redirect("/documents", "；".join(notes))

    def _doc(request) -> dict:
        doc = docs.find(desk.assistant, request.path_params["doc_id"])
        if doc is None:
            raise HTTPException(404)
        return doc

    async def replace_page(request: Request):
        desk.session(request)
        return desk.render(request, "doc_replace.html", doc=_doc(request), diff=None)

    async def replace_preview(request: Request):
        session = desk.session(request)
        form = await desk.form(request, session)
        doc = _doc(request)
        upload = form.get("file")
        if not getattr(upload, "filename", None):
            return redirect(f"/documents/{doc['id']}/replace")
        data = await upload.read()
        try:
            prepared = await desk.run(docs.prepare, desk.assistant, data, upload.filename)
        except KBError as exc:
            return desk.render(request, "doc_replace.html", doc=doc, diff=None, error=str(exc))
        diff = await desk.run(docs.article_diff, desk.assistant, doc["id"], prepared)
        key = desk.stage(session, "replace", (doc["id"], prepared))
        return desk.render(request, "doc_replace.html", doc=doc, diff=diff, key=key, new=prepared)

    async def replace_confirm(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        staged = desk.unstage(session, "replace", request.path_params["key"])
        lang = desk.lang(request)
        if staged is None:
            return redirect("/documents", t("replace_expired", lang))
        doc_id, prepared = staged
        try:
            result = await desk.run(docs.commit, desk.assistant, prepared, added_by=_added_by(session),
                                    replace_doc_id=doc_id)
        except KBError as exc:
            return redirect("/documents", t("st_failed", lang, error=str(exc)))
        audit(desk.assistant, session, "document_replaced", prepared.doc_key,
              {"replaced": doc_id, "doc_id": result.doc_id, "chunks": result.chunks})
        return redirect("/documents", t("upload_result", lang, file=prepared.doc_key,
                                        status=t("st_updated", lang, chunks=result.chunks)))

    async def remove_page(request: Request):
        desk.session(request)
        return desk.render(request, "doc_remove.html", doc=_doc(request))

    async def remove(request: Request):
        session = desk.session(request)
        await desk.form(request, session)
        doc = _doc(request)
        await desk.run(docs.remove, desk.assistant, doc["id"], removed_by=_added_by(session))
        audit(desk.assistant, session, "document_removed", doc["doc_key"], {"doc_id": doc["id"], "title": doc["title"]})
        return redirect("/documents", t("doc_removed", desk.lang(request), title=doc["title"]))

    async def try_page(request: Request):
        desk.session(request)
        question = request.query_params.get("q", "").strip()[:500]
        answer = reply = None
        if question:
            answer, reply = await desk.run(docs.try_question, desk.assistant, question)
        return desk.render(request, "try.html", question=question, answer=answer, reply=reply)

    async def export(request: Request):
        desk.session(request)
        rows = [["id", "file", "title", "version", "chunks", "added_at", "updated_at", "added_by", "status"]]
        for d in await desk.run(docs.list_documents, desk.assistant):
            rows.append([d["id"], d["doc_key"], d["title"], d["version"], d["chunk_count"],
                         desk.templates.env.filters["when"](d["added_at"]),
                         desk.templates.env.filters["when"](d["updated_at"]), d["added_by"], d["status"]])
        return table_response(rows, "documents", request.path_params["fmt"])

    return [Route("/documents", page), Route("/documents/upload", upload, methods=["POST"]),
            Route("/documents/{doc_id:int}/replace", replace_page, methods=["GET"]),
            Route("/documents/{doc_id:int}/replace", replace_preview, methods=["POST"]),
            Route("/documents/replace/{key}", replace_confirm, methods=["POST"]),
            Route("/documents/{doc_id:int}/remove", remove_page, methods=["GET"]),
            Route("/documents/{doc_id:int}/remove", remove, methods=["POST"]),
            Route("/try", try_page), Route("/documents.{fmt}", export)]
