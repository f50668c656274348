"""Staff send a file in a private chat: it is checked, parsed, and added to the knowledge base.

The bot checks the size before downloading (when the transport knows it),
downloads, then ingests through the same two steps as ``python ingest.py add``:
``kb.prepare_bytes`` (parse and chunk, nothing written) and ``kb.commit``
(embed and write), both in the assistant's worker threads. Progress is shown
by editing one message. A file that would replace a document (same file
name, or same title under a new name) waits for a confirm button
(``dup:ok:<token>`` / ``dup:no:<token>``); the prepared document is kept in
memory under that token (it holds every chunk, too much for the dialog table,
and after a restart the button says the file must be sent again). A file that
cannot be read gets a reply naming the problem (``DocumentError.reason``) and
leaves the knowledge base exactly as it was.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kb.errors import DocumentError, IngestBusy, KBError

from bot.features.documents.display import edit_or_send, local_day, short
from bot.features.documents.samples import sample_question
from bot.features.roster import api as roster
from bot.kernel.messages import AttachmentDamaged, Button, Incoming, OutMessage, SentRef, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.documents")

PENDING_TTL = 3600.0        # seconds a prepared replacement waits for its confirm button
PROGRESS_EVERY = 2.0        # seconds between progress edits (Telegram rate-limits edits)
REASONS = {"too_large", "too_much_content", "unsupported_type", "corrupt", "encrypted", "empty", "undecodable", "unreadable"}


@dataclass
class Pending:
    """A prepared document waiting for the staff member's confirm button."""

    prepared: object            # kb.knowledge_base.PreparedDocument
    user_id: str
    chat_id: str
    replace_doc_id: int | None
    old: dict                   # the documents row being replaced
    file_name: str
    created_at: float


class Uploads:
    """Files sent to the bot, and the confirm buttons of replacements."""

    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.kb = assistant.kb
        self.pending: dict[str, Pending] = {}

    def _limit_mb(self) -> float:
        return self.kb.config.ingest.max_file_mb

    def _reason_text(self, reason: str, language, exc: Exception | None = None) -> str:
        if reason == "too_much_content":
            what = getattr(exc, "what", "text")      # DocumentTooLarge's limit that was exceeded
            limit = getattr(exc, "limit", 0)
            shown = {"unzipped": f"{limit / 1048576:g}", "text": f"{limit / 10000:g}"}.get(what, str(limit))
            return t(f"doc_reason_too_much_{what}", language, limit=shown, chars=f"{limit:,}")
        reason = reason if reason in REASONS or reason in ("download", "damaged", "error", "busy") else "unreadable"
        limit = f"{self._limit_mb():g}"
        return t(f"doc_reason_{reason}", language, limit=limit) if reason == "too_large" \
            else t(f"doc_reason_{reason}", language)

    async def _fail(self, msg: Incoming, transport: Transport, ref: SentRef | None, name: str, reason: str,
                    detail: str = "", exc: Exception | None = None) -> None:
        language = msg.user.language
        self.assistant.log_event("ingest_failed", msg, {"file": name, "reason": reason, "detail": detail[:300]})
        text = t("doc_failed", language, name=esc(name), reason=self._reason_text(reason, language, exc))
        await edit_or_send(transport, ref, msg.chat.id, OutMessage(text))

    def _cleanup(self) -> None:
        now = time.time()
        for token in [k for k, p in self.pending.items() if now - p.created_at > PENDING_TTL]:
            self.pending.pop(token, None)

    # ----- receiving a file -----

    async def on_attachment(self, msg: Incoming, transport: Transport) -> None:
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        attachment = msg.attachment
        from kb.titles import clean_file_name

        name = clean_file_name(attachment.file_name or "document")   # shown to staff, kept as the key
        language = msg.user.language
        from kb.parsers import SUPPORTED_SUFFIXES

        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            return await self._fail(msg, transport, None, name, "unsupported_type")
        max_bytes = int(self._limit_mb() * 1024 * 1024)
        if attachment.size is not None and attachment.size > max_bytes:
            return await self._fail(msg, transport, None, name, "too_large", f"{attachment.size} bytes")
        ref = await transport.send(msg.chat.id, OutMessage(t("doc_received", language, name=esc(name))))
        try:
            data = await attachment.fetch()
        except AttachmentDamaged as exc:          # came, but altered or undecryptable: nothing is kept
            log.warning("%s arrived damaged: %s", name, exc)
            return await self._fail(msg, transport, ref, name, "damaged", str(exc))
        except Exception as exc:
            log.warning("download of %s failed: %s", name, exc)
            return await self._fail(msg, transport, ref, name, "download", str(exc))
        if len(data) > max_bytes:
            return await self._fail(msg, transport, ref, name, "too_large", f"{len(data)} bytes")
        try:
            prepared = await self.assistant.run_blocking(self.kb.prepare_bytes, data, name)
        except DocumentError as exc:
            return await self._fail(msg, transport, ref, name, exc.reason, str(exc), exc)
        existing = prepared.existing
        if existing and existing["content_hash"] == prepared.content_hash and existing["status"] == "ready":
            await edit_or_send(transport, ref, msg.chat.id, OutMessage(
                t("doc_unchanged", language, title=esc(prepared.title))))
            return
        other = self.kb.same_title(prepared)
        old = existing or other
        if old is not None:
            self._cleanup()
            token = secrets.token_urlsafe(6)
            self.pending[token] = Pending(prepared, msg.user.id, msg.chat.id, other["id"] if other else None,
                                          old, name, time.time())
            text = t("doc_confirm_replace", language, old_title=esc(old["title"]), old_chunks=old["chunk_count"],
                     old_file=esc(short(old["doc_key"], 60)), old_version=old["version"],
                     date=local_day(self.kb, old["updated_at"]), title=esc(prepared.title),
                     chunks=len(prepared.chunks), file=esc(short(prepared.doc_key, 60)))
            buttons = [[Button(t("doc_button_replace", language), data=f"dup:ok:{token}"),
                        Button(t("doc_button_cancel", language), data=f"dup:no:{token}")]]
            await edit_or_send(transport, ref, msg.chat.id, OutMessage(text, buttons=buttons))
            return
        await self._commit(msg, transport, ref, prepared, name, replace_doc_id=None, old=None)

    async def _commit(self, msg: Incoming, transport: Transport, ref: SentRef | None, prepared, name: str,
                      *, replace_doc_id: int | None, old: dict | None) -> None:
        language = msg.user.language
        total = len(prepared.chunks)
        done = [0]

        def progress(n: int) -> None:       # called from the worker thread
            done[0] += n

        ref = await edit_or_send(transport, ref, msg.chat.id,
                                 OutMessage(t("doc_indexing", language, done=0, total=total)))

        async def show_progress() -> None:
            shown = 0
            while True:
                await asyncio.sleep(PROGRESS_EVERY)
                if done[0] != shown and done[0] < total:
                    shown = done[0]
                    try:
                        await transport.edit(ref, OutMessage(t("doc_indexing", language, done=shown, total=total)))
                    except Exception:
                        log.debug("progress edit failed", exc_info=True)

        ticker = asyncio.create_task(show_progress())
        try:
            result = await self.assistant.run_blocking(self.kb.commit, prepared, added_by=msg.user.id,
                                                        progress=progress, replace_doc_id=replace_doc_id)
        except DocumentError as exc:
            return await self._fail(msg, transport, ref, name, exc.reason, str(exc))
        except IngestBusy as exc:
            return await self._fail(msg, transport, ref, name, "busy", str(exc))
        except KBError as exc:
            log.error("commit of %s failed: %s", name, exc)
            return await self._fail(msg, transport, ref, name, "error", str(exc))
        finally:
            ticker.cancel()
        sample = await sample_question(self.assistant, prepared, result.doc_id, language)
        if result.status == "unchanged":
            text = t("doc_unchanged", language, title=esc(result.title))
        elif old is not None:
            text = t("doc_replaced", language, title=esc(result.title), chunks=result.chunks,
                     old_chunks=old["chunk_count"], sample=esc(sample))
        else:
            text = t("doc_added", language, title=esc(result.title), chunks=result.chunks, sample=esc(sample))
        if result.status != "unchanged":
            action = "replace" if old is not None else "ingest"
            detail = {"doc_id": result.doc_id, "doc_key": result.doc_key, "title": result.title,
                      "chunks": result.chunks, "file": name, "size": prepared.size_bytes}
            if old is not None:
                detail.update(old_doc_id=old["id"], old_doc_key=old["doc_key"], old_chunks=old["chunk_count"])
            roster.audit(self.assistant.db, msg.user.id, action, result.title, detail)
            self.assistant.log_event(action, msg, detail)
        await edit_or_send(transport, ref, msg.chat.id, OutMessage(text))

    # ----- confirm / cancel a replacement: dup:ok:<token>, dup:no:<token> -----

    async def on_confirm(self, msg: Incoming, transport: Transport, match) -> None:
        language = msg.user.language
        choice, token = match["choice"], match["token"]
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        pending = self.pending.get(token)
        if pending is None or pending.user_id != msg.user.id:
            await transport.answer_callback(msg.callback, t("doc_expired", language))
            if pending is None and msg.callback.message:
                await edit_or_send(transport, msg.callback.message, msg.chat.id,
                                   OutMessage(t("doc_expired", language)))
            return
        self.pending.pop(token, None)
        await transport.answer_callback(msg.callback)
        ref = msg.callback.message
        if choice != "ok":
            await edit_or_send(transport, ref, msg.chat.id, OutMessage(t("doc_cancelled", language)))
            return
        prepared = pending.prepared
        # The knowledge base may have changed while the button waited.
        prepared.existing = self.kb.document_by_key(prepared.doc_key)
        replace = pending.replace_doc_id
        if replace is not None and self.kb.document(replace) is None:
            replace = None
        old = prepared.existing or pending.old
        await self._commit(msg, transport, ref, prepared, pending.file_name, replace_doc_id=replace, old=old)


__all__ = ["Uploads", "Pending", "PENDING_TTL"]
