"""Staff manage the knowledge base over chat: send a file, list, replace, remove.

A staff member sends a PDF/DOCX/TXT/MD/HTML file in a private chat. The bot
checks the size before downloading (when the transport knows it), downloads,
then ingests through the same two steps as ``python ingest.py add``:
``kb.prepare_bytes`` (parse and chunk, nothing written) and ``kb.commit``
(embed and write), both in the assistant's worker threads. Progress is shown
by editing one message. A file that would replace a document (same file
name, or same title under a new name) waits for a confirm button; the
prepared document is kept in memory under a short token in the button's
callback data. A file that cannot be read gets a reply naming the problem
(``DocumentError.reason``) and leaves the knowledge base exactly as it was.

``/docs`` lists documents ten per page (◀ ▶ buttons edit the message);
``/remove`` removes one after confirmation. Every change goes to the audit table.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kb.errors import DocumentError, DocumentNotFound, IngestBusy, KBError

from bot.kernel.messages import Button, Incoming, OutMessage, SentRef, Transport, esc
from bot.features.roster.service import audit
from bot.kernel.texts import TEXTS, t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.documents")

PAGE_SIZE = 10
PENDING_TTL = 3600.0        # seconds a prepared replacement waits for its confirm button
PROGRESS_EVERY = 2.0        # seconds between progress edits (Telegram rate-limits edits)
GENERIC_HEADINGS = {"总则", "附则", "附件", "目录", "前言", "序言", "说明", "正文", "正文内容", "引言", "概述"}

TEXTS.update({
    "doc_received": {"zh": "已收到《{name}》，正在读取…", "en": "Received {name}, reading…"},
    "doc_parsing": {"zh": "正在解析《{name}》…", "en": "Parsing {name}…"},
    "doc_indexing": {"zh": "正在建立索引 {done}/{total}", "en": "Indexing {done}/{total}"},
    "doc_added": {
        "zh": "✅ 已加入知识库：<b>《{title}》</b>，共 {chunks} 段。\n现在可以这样问我：{sample}",
        "en": "✅ Added to the knowledge base: <b>{title}</b>, {chunks} passages.\nYou can now ask, e.g.: {sample}",
    },
    "doc_replaced": {
        "zh": "✅ 已替换为新版本：<b>《{title}》</b>，共 {chunks} 段（旧版 {old_chunks} 段已删除）。\n现在可以这样问我：{sample}",
        "en": "✅ Replaced with the new version: <b>{title}</b>, {chunks} passages (the old {old_chunks} removed).\n"
              "You can now ask, e.g.: {sample}",
    },
    "doc_unchanged": {
        "zh": "《{title}》与知识库中的版本完全相同，未作改动。",
        "en": "{title} is identical to the version in the knowledge base; nothing changed.",
    },
    "doc_confirm_replace": {
        "zh": "知识库中已有《{old_title}》（{old_file}，第 {old_version} 版，{old_chunks} 段，{date} 入库）。\n"
              "用新文件《{title}》（{file}，{chunks} 段）替换它吗？",
        "en": "The knowledge base already has {old_title} ({old_file}, version {old_version}, {old_chunks} passages, "
              "added {date}).\nReplace it with the new file {title} ({file}, {chunks} passages)?",
    },
    "doc_button_replace": {"zh": "✅ 替换", "en": "✅ Replace"},
    "doc_button_cancel": {"zh": "✖ 取消", "en": "✖ Cancel"},
    "doc_cancelled": {"zh": "已取消，知识库未改动。", "en": "Cancelled; the knowledge base is unchanged."},
    "doc_expired": {
        "zh": "这个操作已过期，请重新发送文件。",
        "en": "This has expired; please send the file again.",
    },
    "doc_failed": {
        "zh": "❌ 《{name}》未能入库：{reason}\n知识库未改动。",
        "en": "❌ {name} was not added: {reason}\nThe knowledge base is unchanged.",
    },
    "doc_reason_too_large": {
        "zh": "文件超过 {limit} MB 的上限，请拆分成较小的文件（或删去大图片）后再发。",
        "en": "the file is larger than the {limit} MB limit; split it (or remove large images) and send it again.",
    },
    "doc_reason_too_much_unzipped": {
        "zh": "文件解压后超过 {limit} MB 的上限，不像普通文档。请拆分成较小的文件，或用 Word/WPS 重新保存后再发。",
        "en": "the file unpacks to more than the {limit} MB limit, unlike an ordinary document. Split it or save "
              "it again from Word/WPS and send it again.",
    },
    "doc_reason_too_much_text": {
        "zh": "文件文字超过 {limit} 万字的上限，请拆分成较小的文件后再发。",
        "en": "the file holds more than the {chars}-character limit; split it into smaller files and send them.",
    },
    "doc_reason_too_much_chunks": {
        "zh": "文件会被分成超过 {limit} 段，超出上限，请拆分成较小的文件后再发。",
        "en": "the file would become more than {limit} passages, over the limit; split it and send the parts.",
    },
    "doc_reason_unsupported_type": {
        "zh": "不支持这种文件类型。请发送 PDF、DOCX、TXT、MD 或 HTML 文件（.doc/.wps 请先另存为 .docx）。",
        "en": "this file type is not supported. Send a PDF, DOCX, TXT, MD or HTML file (save .doc as .docx first).",
    },
    "doc_reason_corrupt": {
        "zh": "文件已损坏或格式不正确，无法打开。请重新导出或保存后再发。",
        "en": "the file is damaged or not what its name says, so it cannot be opened. Export or save it again.",
    },
    "doc_reason_encrypted": {
        "zh": "文件设置了密码保护（加密），无法读取。请去掉密码后再发。",
        "en": "the file is password-protected (encrypted). Remove the password and send it again.",
    },
    "doc_reason_empty": {
        "zh": "文件中没有可识别的文字（可能是空文件或扫描图片）。扫描件请先做文字识别（OCR）再发。",
        "en": "no text was found in the file (an empty file or a scanned image?). Run OCR on scans first.",
    },
    "doc_reason_undecodable": {
        "zh": "无法识别文本编码。请另存为 UTF-8 编码后再发。",
        "en": "the text encoding could not be recognised. Save it as UTF-8 and send it again.",
    },
    "doc_reason_unreadable": {
        "zh": "文件无法读取。请检查文件后再发。",
        "en": "the file could not be read. Check it and send it again.",
    },
    "doc_reason_busy": {
        "zh": "另一个入库任务（例如命令行的 ingest.py add）正在进行，请等它完成后再发。",
        "en": "another ingest (e.g. ingest.py add on the command line) is running; send it again when it has finished.",
    },
    "remove_busy": {
        "zh": "另一个入库任务正在进行，暂时不能删除，请稍后再试。知识库未改动。",
        "en": "Another ingest is running, so nothing can be removed now; try again later. Nothing changed.",
    },
    "doc_reason_download": {
        "zh": "文件下载失败，请稍后重新发送。",
        "en": "the file could not be downloaded; please send it again later.",
    },
    "doc_reason_error": {
        "zh": "处理时出错，已记录。请稍后再试。",
        "en": "something went wrong while processing it (logged). Please try again later.",
    },
    "doc_sample_heading": {"zh": "关于「{heading}」有哪些规定？", "en": "What does it say about “{heading}”?"},
    "doc_sample_article": {"zh": "《{title}》{article}是怎么规定的？", "en": "What does {article} of {title} say?"},
    "doc_sample_title": {"zh": "《{title}》主要讲了什么？", "en": "What is {title} about?"},
    "docs_empty": {"zh": "知识库中还没有文件。发送 PDF/DOCX/TXT/MD/HTML 文件即可入库。",
                   "en": "The knowledge base is empty. Send a PDF/DOCX/TXT/MD/HTML file to add one."},
    "docs_header": {"zh": "<b>知识库文件</b>（共 {count} 个，第 {page}/{pages} 页）",
                    "en": "<b>Documents</b> ({count} in all, page {page}/{pages})"},
    "docs_line": {"zh": "{n}. 《{title}》\n    {file} · 第 {version} 版 · {date} · {chunks} 段",
                  "en": "{n}. {title}\n    {file} · version {version} · {date} · {chunks} passages"},
    "docs_prev": {"zh": "◀ 上一页", "en": "◀ Previous"},
    "docs_next": {"zh": "下一页 ▶", "en": "Next ▶"},
    "remove_choose": {"zh": "要删除哪个文件？（第 {page}/{pages} 页）", "en": "Which document should I remove? (page {page}/{pages})"},
    "remove_confirm": {
        "zh": "确定从知识库删除《{title}》（{file}，第 {version} 版，{chunks} 段，{date} 入库）吗？删除后委员将无法再查到其中内容。",
        "en": "Remove {title} ({file}, version {version}, {chunks} passages, added {date}) from the knowledge base? "
              "Members will no longer find it.",
    },
    "remove_button": {"zh": "🗑 确认删除", "en": "🗑 Remove"},
    "removed": {"zh": "已删除《{title}》（{chunks} 段）。", "en": "Removed {title} ({chunks} passages)."},
    "remove_not_found": {"zh": "没有找到「{ref}」。发送 /docs 查看文件列表。",
                         "en": "No document matches “{ref}”. /docs lists them."},
    "remove_gone": {"zh": "这个文件已不在知识库中。", "en": "That document is no longer in the knowledge base."},
    "cmd_docs": {"zh": "知识库文件列表（工作人员）", "en": "List documents (staff)"},
    "cmd_remove": {"zh": "删除文件（工作人员）", "en": "Remove a document (staff)"},
})

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


class DocumentsFeature:
    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.kb = assistant.kb
        self.pending: dict[str, Pending] = {}

    # ----- helpers -----

    def _limit_mb(self) -> float:
        return self.kb.config.ingest.max_file_mb

    def _date(self, ts: float | None) -> str:
        from app.timefmt import local_date

        return local_date(ts or None, self.kb.config.committee.timezone)

    async def _run(self, fn, *args, **kwargs):
        return await self.assistant.run_blocking(fn, *args, **kwargs)

    @staticmethod
    async def _edit(transport: Transport, ref: SentRef | None, chat_id: str, message: OutMessage) -> SentRef:
        if ref is None:
            return await transport.send(chat_id, message)
        try:
            await transport.edit(ref, message)
        except Exception:
            log.debug("edit failed; sending instead", exc_info=True)
            return await transport.send(chat_id, message)
        return ref

    def _reason_text(self, reason: str, language, exc: Exception | None = None) -> str:
        if reason == "too_much_content":
            what = getattr(exc, "what", "text")
            limit = getattr(exc, "limit", 0)
            shown = {"unzipped": f"{limit / 1048576:g}", "text": f"{limit / 10000:g}"}.get(what, str(limit))
            return t(f"doc_reason_too_much_{what}", language, limit=shown, chars=f"{limit:,}")
        reason = reason if reason in REASONS or reason in ("download", "error", "busy") else "unreadable"
        limit = f"{self._limit_mb():g}"
        return t(f"doc_reason_{reason}", language, limit=limit) if reason == "too_large" \
            else t(f"doc_reason_{reason}", language)

    async def _fail(self, msg: Incoming, transport: Transport, ref: SentRef | None, name: str, reason: str,
                    detail: str = "", exc: Exception | None = None) -> None:
        language = msg.user.language
        self.assistant.log_event("ingest_failed", msg, {"file": name, "reason": reason, "detail": detail[:300]})
        text = t("doc_failed", language, name=esc(name), reason=self._reason_text(reason, language, exc))
        await self._edit(transport, ref, msg.chat.id, OutMessage(text))

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
        except Exception as exc:
            log.warning("download of %s failed: %s", name, exc)
            return await self._fail(msg, transport, ref, name, "download", str(exc))
        if len(data) > max_bytes:
            return await self._fail(msg, transport, ref, name, "too_large", f"{len(data)} bytes")
        try:
            prepared = await self._run(self.kb.prepare_bytes, data, name)
        except DocumentError as exc:
            return await self._fail(msg, transport, ref, name, exc.reason, str(exc), exc)
        existing = prepared.existing
        if existing and existing["content_hash"] == prepared.content_hash and existing["status"] == "ready":
            await self._edit(transport, ref, msg.chat.id, OutMessage(
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
                     old_file=esc(_short(old["doc_key"], 60)), old_version=old["version"],
                     date=self._date(old["updated_at"]), title=esc(prepared.title), chunks=len(prepared.chunks),
                     file=esc(_short(prepared.doc_key, 60)))
            buttons = [[Button(t("doc_button_replace", language), data=f"dup:ok:{token}"),
                        Button(t("doc_button_cancel", language), data=f"dup:no:{token}")]]
            await self._edit(transport, ref, msg.chat.id, OutMessage(text, buttons=buttons))
            return
        await self._commit(msg, transport, ref, prepared, name, replace_doc_id=None, old=None)

    async def _commit(self, msg: Incoming, transport: Transport, ref: SentRef | None, prepared, name: str,
                      *, replace_doc_id: int | None, old: dict | None) -> None:
        language = msg.user.language
        total = len(prepared.chunks)
        done = [0]

        def progress(n: int) -> None:       # called from the worker thread
            done[0] += n

        ref = await self._edit(transport, ref, msg.chat.id, OutMessage(t("doc_indexing", language, done=0, total=total)))

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
            result = await self._run(self.kb.commit, prepared, added_by=msg.user.id, progress=progress,
                                     replace_doc_id=replace_doc_id)
        except DocumentError as exc:
            return await self._fail(msg, transport, ref, name, exc.reason, str(exc))
        except IngestBusy as exc:
            return await self._fail(msg, transport, ref, name, "busy", str(exc))
        except KBError as exc:
            log.error("commit of %s failed: %s", name, exc)
            return await self._fail(msg, transport, ref, name, "error", str(exc))
        finally:
            ticker.cancel()
        sample = await self.sample_question(prepared, result.doc_id, language)
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
            audit(self.assistant.db, msg.user.id, action, result.title, detail)
            self.assistant.log_event(action, msg, detail)
        await self._edit(transport, ref, msg.chat.id, OutMessage(text))

    # ----- the sample question -----

    @staticmethod
    def candidate_questions(prepared, language) -> list[str]:
        """Questions the new document should answer, from its headings and articles."""
        title = prepared.title
        out: list[str] = []
        for chunk in prepared.chunks:
            for heading in reversed(getattr(chunk, "heading_path", None) or []):
                clean = _strip_numbering(heading)
                if clean and clean != title and clean not in GENERIC_HEADINGS and 2 <= len(clean) <= 30:
                    q = t("doc_sample_heading", language, heading=clean)
                    if q not in out:
                        out.append(q)
                    break
            if len(out) >= 3:
                break
        for chunk in prepared.chunks:
            article = getattr(chunk, "article", None)
            if article:
                out.append(t("doc_sample_article", language, title=title, article=article))
                break
        out.append(t("doc_sample_title", language, title=title))
        return out

    async def sample_question(self, prepared, doc_id: int | None, language) -> str:
        """The first candidate whose best search hit is in the new document (a question it
        really answers now); the first candidate if none is."""
        candidates = self.candidate_questions(prepared, language)
        if doc_id is None:
            return candidates[0]
        for question in candidates[:3]:
            try:
                result = await self._run(self.kb.search, question, k=3)
            except Exception:
                log.debug("sample question search failed", exc_info=True)
                break
            if result.hits and result.hits[0].doc_id == doc_id:
                return question
        return candidates[0]

    # ----- confirm / cancel a replacement -----

    async def on_upload_button(self, msg: Incoming, transport: Transport, data: str) -> None:
        language = msg.user.language
        parts = data.split(":")
        if len(parts) != 3:
            await transport.answer_callback(msg.callback)
            return
        _, choice, token = parts
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        pending = self.pending.get(token)
        if pending is None or pending.user_id != msg.user.id:
            await transport.answer_callback(msg.callback, t("doc_expired", language))
            if pending is None and msg.callback.message:
                await self._edit(transport, msg.callback.message, msg.chat.id, OutMessage(t("doc_expired", language)))
            return
        self.pending.pop(token, None)
        await transport.answer_callback(msg.callback)
        ref = msg.callback.message
        if choice != "ok":
            await self._edit(transport, ref, msg.chat.id, OutMessage(t("doc_cancelled", language)))
            return
        prepared = pending.prepared
        # The knowledge base may have changed while the button waited.
        rows = list(self.kb.db.query("select * from documents where doc_key = ?", [prepared.doc_key]))
        prepared.existing = rows[0] if rows else None
        replace = pending.replace_doc_id
        if replace is not None and not list(self.kb.db.query("select id from documents where id = ?", [replace])):
            replace = None
        old = prepared.existing or pending.old
        await self._commit(msg, transport, ref, prepared, pending.file_name, replace_doc_id=replace, old=old)

    # ----- /docs -----

    def _page(self, page: int) -> tuple[list[dict], int, int, int]:
        docs = self.kb.list_documents()
        pages = max(1, -(-len(docs) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        return docs[page * PAGE_SIZE:(page + 1) * PAGE_SIZE], page, pages, len(docs)

    def _nav(self, prefix: str, page: int, pages: int, language) -> list[Button]:
        row = []
        if page > 0:
            row.append(Button(t("docs_prev", language), data=f"{prefix}:{page - 1}"))
        if page < pages - 1:
            row.append(Button(t("docs_next", language), data=f"{prefix}:{page + 1}"))
        return row

    def docs_message(self, page: int, language) -> OutMessage:
        docs, page, pages, count = self._page(page)
        if count == 0:
            return OutMessage(t("docs_empty", language))
        lines = [t("docs_header", language, count=count, page=page + 1, pages=pages)]
        for n, d in enumerate(docs, start=page * PAGE_SIZE + 1):
            # File name and version too: two documents with one title are never two identical lines.
            lines.append(t("docs_line", language, n=n, title=esc(_short(d["title"], 80)), date=self._date(d["updated_at"]),
                           chunks=d["chunk_count"], file=esc(_short(d["doc_key"], 60)), version=d["version"]))
        nav = self._nav("dls", page, pages, language)
        return OutMessage("\n".join(lines), buttons=[nav] if nav else [])

    async def on_docs(self, msg: Incoming, transport: Transport) -> None:
        page = int(msg.args.strip()) - 1 if msg.args.strip().isdigit() else 0
        await transport.send(msg.chat.id, self.docs_message(page, msg.user.language))

    async def on_docs_page(self, msg: Incoming, transport: Transport, data: str) -> None:
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        await transport.answer_callback(msg.callback)
        page = int(data.split(":", 1)[1]) if data.split(":", 1)[1].isdigit() else 0
        await self._edit(transport, msg.callback.message, msg.chat.id, self.docs_message(page, msg.user.language))

    # ----- /remove -----

    def choose_message(self, page: int, language) -> OutMessage:
        docs, page, pages, count = self._page(page)
        if count == 0:
            return OutMessage(t("docs_empty", language))
        buttons = [[Button(_doc_label(d), data=f"drm:ask:{d['id']}")] for d in docs]
        nav = self._nav("drm:page", page, pages, language)
        if nav:
            buttons.append(nav)
        buttons.append([Button(t("doc_button_cancel", language), data="drm:no")])
        return OutMessage(t("remove_choose", language, page=page + 1, pages=pages), buttons=buttons)

    def confirm_message(self, doc: dict, language) -> OutMessage:
        return OutMessage(
            t("remove_confirm", language, title=esc(doc["title"]), chunks=doc["chunk_count"],
              date=self._date(doc["updated_at"]), file=esc(_short(doc["doc_key"], 60)), version=doc["version"]),
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
            like = f"%{ref}%"
            rows = list(self.kb.db.query(
                "select * from documents where doc_key like ? or title like ? order by updated_at desc",
                [like, like]))
            if not rows:
                await transport.send(msg.chat.id, OutMessage(t("remove_not_found", language, ref=esc(ref))))
                return
            buttons = [[Button(_doc_label(d), data=f"drm:ask:{d['id']}")] for d in rows[:PAGE_SIZE]]
            buttons.append([Button(t("doc_button_cancel", language), data="drm:no")])
            await transport.send(msg.chat.id, OutMessage(t("remove_choose", language, page=1, pages=1),
                                                         buttons=buttons))
            return
        await transport.send(msg.chat.id, self.confirm_message(doc, language))

    async def on_remove_button(self, msg: Incoming, transport: Transport, data: str) -> None:
        language = msg.user.language
        if not await self.assistant.access.allow(self.assistant, msg, transport, "staff"):
            return
        parts = data.split(":")
        action = parts[1] if len(parts) > 1 else "no"
        arg = parts[2] if len(parts) > 2 else ""
        ref = msg.callback.message
        await transport.answer_callback(msg.callback)
        if action == "no":
            await self._edit(transport, ref, msg.chat.id, OutMessage(t("doc_cancelled", language)))
            return
        if action == "page":
            await self._edit(transport, ref, msg.chat.id,
                             self.choose_message(int(arg) if arg.isdigit() else 0, language))
            return
        rows = list(self.kb.db.query("select * from documents where id = ?", [int(arg)])) if arg.isdigit() else []
        if not rows:
            await self._edit(transport, ref, msg.chat.id, OutMessage(t("remove_gone", language)))
            return
        doc = rows[0]
        if action == "ask":
            await self._edit(transport, ref, msg.chat.id, self.confirm_message(doc, language))
            return
        if action == "yes":
            try:
                await self._run(self.kb.remove, doc["id"], removed_by=msg.user.id)
            except DocumentNotFound:
                await self._edit(transport, ref, msg.chat.id, OutMessage(t("remove_gone", language)))
                return
            except IngestBusy:
                await self._edit(transport, ref, msg.chat.id, OutMessage(t("remove_busy", language)))
                return
            detail = {"doc_id": doc["id"], "doc_key": doc["doc_key"], "title": doc["title"],
                      "chunks": doc["chunk_count"]}
            audit(self.assistant.db, msg.user.id, "remove", doc["title"], detail)
            self.assistant.log_event("remove", msg, detail)
            await self._edit(transport, ref, msg.chat.id, OutMessage(
                t("removed", language, title=esc(doc["title"]), chunks=doc["chunk_count"])))


_NUMBERING = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇\d]+[章节编部分篇]|[（(]?[一二三四五六七八九十百\d]+[)）、.．]|\d+(\.\d+)*)\s*")


def _strip_numbering(heading: str) -> str:
    """'第一章 总则' -> '总则', '三、提案的提交' -> '提案的提交', '2.1 范围' -> '范围'."""
    text = html.unescape(heading or "").strip().strip("#").strip()
    return _NUMBERING.sub("", text, count=1).strip(" ：:")


def _doc_label(doc: dict) -> str:
    """A /remove button: title, file name and version, so that two documents with the same
    title (a new version under another file name) are told apart."""
    return f"《{_short(doc['title'], 18)}》 {_short(doc['doc_key'], 22)} v{doc['version']}"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def install(assistant: "Assistant") -> DocumentsFeature:
    """Register the attachment handler, /docs and /remove (staff, private) and their buttons."""
    feature = DocumentsFeature(assistant)
    assistant.hooks.on_attachment = feature.on_attachment

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    assistant.command("docs", role="staff", private_only=True, description=desc("cmd_docs"))(feature.on_docs)
    assistant.command("remove", role="staff", private_only=True, description=desc("cmd_remove"))(feature.on_remove)
    assistant.on_callback("dup")(feature.on_upload_button)
    assistant.on_callback("dls")(feature.on_docs_page)
    assistant.on_callback("drm")(feature.on_remove_button)
    assistant.documents = feature      # for tests and other features
    return feature


__all__ = ["DocumentsFeature", "install"]
