"""/docs lists the knowledge base's documents; /remove removes one after confirmation.

``/docs`` shows ten per page (◀ ▶ buttons ``dls:<page>`` edit the message);
``/remove`` offers the documents as buttons (``drm:ask:<id>``, pages
``drm:page:<n>``), then asks for confirmation (``drm:yes:<id>`` / ``drm:no``).
Every removal is audited. Documents are read through the KnowledgeBase facade only.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kb.errors import DocumentNotFound, IngestBusy

from bot.features.documents.display import doc_label, edit_or_send, local_day, short
from bot.features.roster import api as roster
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

PAGE_SIZE = 10


class Listing:
    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.kb = assistant.kb

    def _page(self, page: int) -> tuple[list[dict], int, int, int]:
        docs = self.kb.list_documents()
        pages = max(1, -(-len(docs) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        return docs[page * PAGE_SIZE:(page + 1) * PAGE_SIZE], page, pages, len(docs)

    @staticmethod
    def _nav(prefix: str, page: int, pages: int, language) -> list[Button]:
        row = []
        if page > 0:
            row.append(Button(t("docs_prev", language), data=f"{prefix}:{page - 1}"))
        if page < pages - 1:
            row.append(Button(t("docs_next", language), data=f"{prefix}:{page + 1}"))
        return row

    async def _staff(self, msg: Incoming, transport: Transport) -> bool:
        """Buttons can be forged: a press is admitted only from staff."""
        return await self.assistant.access.allow(self.assistant, msg, transport, "staff")

    # ----- /docs -----

    def docs_message(self, page: int, language) -> OutMessage:
        docs, page, pages, count = self._page(page)
        if count == 0:
            return OutMessage(t("docs_empty", language))
        lines = [t("docs_header", language, count=count, page=page + 1, pages=pages)]
        for n, d in enumerate(docs, start=page * PAGE_SIZE + 1):
            # File name and version too: two documents with one title are never two identical lines.
            lines.append(t("docs_line", language, n=n, title=esc(short(d["title"], 80)),
                           date=local_day(self.kb, d["updated_at"]), chunks=d["chunk_count"],
                           file=esc(short(d["doc_key"], 60)), version=d["version"]))
        nav = self._nav("dls", page, pages, language)
        return OutMessage("\n".join(lines), buttons=[nav] if nav else [])

    async def on_docs(self, msg: Incoming, transport: Transport) -> None:
        page = int(msg.args.strip()) - 1 if msg.args.strip().isdigit() else 0
        await transport.send(msg.chat.id, self.docs_message(page, msg.user.language))

    async def on_docs_page(self, msg: Incoming, transport: Transport, match) -> None:
        if not await self._staff(msg, transport):
            return
        await transport.answer_callback(msg.callback)
        await edit_or_send(transport, msg.callback.message, msg.chat.id,
                           self.docs_message(int(match["page"]), msg.user.language))

    # ----- /remove -----

    def choose_message(self, page: int, language) -> OutMessage:
        docs, page, pages, count = self._page(page)
        if count == 0:
            return OutMessage(t("docs_empty", language))
        buttons = [[Button(doc_label(d), data=f"drm:ask:{d['id']}")] for d in docs]
        nav = self._nav("drm:page", page, pages, language)
        if nav:
            buttons.append(nav)
        buttons.append([Button(t("doc_button_cancel", language), data="drm:no")])
        return OutMessage(t("remove_choose", language, page=page + 1, pages=pages), buttons=buttons)

    def confirm_message(self, doc: dict, language) -> OutMessage:
        return OutMessage(
            t("remove_confirm", language, title=esc(doc["title"]), chunks=doc["chunk_count"],
              date=local_day(self.kb, doc["updated_at"]), file=esc(short(doc["doc_key"], 60)),
              version=doc["version"]),
            buttons=[[Button(t("remove_button", language), data=f"drm:yes:{doc['id']}"),
                      Button(t("doc_button_cancel", language), data="drm:no")]])

    async def on_remove(self, msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        ref = msg.args.strip()
        if not ref:
            await transport.send(msg.chat.id, self.choose_message(0, language))
            return
        try:
            doc = self.kb.find_document(ref)
        except DocumentNotFound:
            rows = self.kb.documents_like(ref)
            if not rows:
                await transport.send(msg.chat.id, OutMessage(t("remove_not_found", language, ref=esc(ref))))
                return
            buttons = [[Button(doc_label(d), data=f"drm:ask:{d['id']}")] for d in rows[:PAGE_SIZE]]
            buttons.append([Button(t("doc_button_cancel", language), data="drm:no")])
            await transport.send(msg.chat.id, OutMessage(t("remove_choose", language, page=1, pages=1),
                                                         buttons=buttons))
            return
        await transport.send(msg.chat.id, self.confirm_message(doc, language))

    async def on_remove_cancel(self, msg: Incoming, transport: Transport, match) -> None:
        if not await self._staff(msg, transport):
            return
        await transport.answer_callback(msg.callback)
        await edit_or_send(transport, msg.callback.message, msg.chat.id,
                           OutMessage(t("doc_cancelled", msg.user.language)))

    async def on_remove_page(self, msg: Incoming, transport: Transport, match) -> None:
        if not await self._staff(msg, transport):
            return
        await transport.answer_callback(msg.callback)
        await edit_or_send(transport, msg.callback.message, msg.chat.id,
                           self.choose_message(int(match["page"]), msg.user.language))

    async def _doc_or_gone(self, msg: Incoming, transport: Transport, match) -> dict | None:
        if not await self._staff(msg, transport):
            return None
        await transport.answer_callback(msg.callback)
        doc = self.kb.document(int(match["id"]))
        if doc is None:
            await edit_or_send(transport, msg.callback.message, msg.chat.id,
                               OutMessage(t("remove_gone", msg.user.language)))
        return doc

    async def on_remove_ask(self, msg: Incoming, transport: Transport, match) -> None:
        doc = await self._doc_or_gone(msg, transport, match)
        if doc is not None:
            await edit_or_send(transport, msg.callback.message, msg.chat.id,
                               self.confirm_message(doc, msg.user.language))

    async def on_remove_yes(self, msg: Incoming, transport: Transport, match) -> None:
        doc = await self._doc_or_gone(msg, transport, match)
        if doc is None:
            return
        language = msg.user.language
        ref = msg.callback.message
        try:
            await self.assistant.run_blocking(self.kb.remove, doc["id"], removed_by=msg.user.id)
        except DocumentNotFound:
            await edit_or_send(transport, ref, msg.chat.id, OutMessage(t("remove_gone", language)))
            return
        except IngestBusy:
            await edit_or_send(transport, ref, msg.chat.id, OutMessage(t("remove_busy", language)))
            return
        detail = {"doc_id": doc["id"], "doc_key": doc["doc_key"], "title": doc["title"],
                  "chunks": doc["chunk_count"]}
        roster.audit(self.assistant.db, msg.user.id, "remove", doc["title"], detail)
        self.assistant.log_event("remove", msg, detail)
        await edit_or_send(transport, ref, msg.chat.id, OutMessage(
            t("removed", language, title=esc(doc["title"]), chunks=doc["chunk_count"])))


__all__ = ["Listing", "PAGE_SIZE"]
