"""The filing dialog and the staff's text steps, declared as states (bot.kernel.dialogs).

Filing: title → content → category → community → files (optional) → preview. The draft
is the dialog's ``data`` (kept in ``dialog_state``), so it survives a restart; attachments
are already on disk by then (files.py). Buttons (member.py) move the same dialog with
``assistant.dialogs.start``. A returned report re-enters at the preview with its draft.

Review: after "↩️ 退回", "📋 办理反馈" or "✍️ 领导批示" staff send one text message.
"""
from __future__ import annotations

import logging

from bot.features.reports import service
from bot.features.reports.feature import FILING, REVIEW, ReportsFeature
from bot.features.reports.files import human_size
from bot.features.reports.status import DraftError, ReportError
from bot.kernel.dialogs import END, STAY, Dialog, Step
from bot.kernel.messages import AttachmentDamaged, OutMessage, esc
from bot.kernel.texts import t

log = logging.getLogger("bot.reports")

DONE_WORDS = {"完成", "好了", "下一步", "跳过", "没有", "无", "不需要", "done", "next", "skip", "no", "none"}


def declare(feature: ReportsFeature) -> None:
    assistant = feature.assistant

    async def say(step: Step, html: str) -> None:
        await step.transport.send(step.msg.chat.id, OutMessage(html))

    async def ask_next(step: Step, state: str) -> str:
        await step.transport.send(step.msg.chat.id,
                                  feature.prompt(state, step.data, step.language, feature.member(step.msg)))
        return state

    async def refuse(step: Step, err: ReportError) -> str:
        await say(step, esc(err.text(step.language)))
        return STAY

    async def on_title(step: Step):
        try:
            step.data["title"] = service.check_title(step.msg.text, feature.settings)
        except DraftError as err:
            return await refuse(step, err)
        return await ask_next(step, feature.next_state(step.data, "content"))

    async def on_content(step: Step):
        try:
            step.data["content"] = service.check_content(step.msg.text, feature.settings)
        except DraftError as err:
            return await refuse(step, err)
        return await ask_next(step, feature.next_state(step.data, "category"))

    async def on_category(step: Step):
        text = (step.msg.text or "").strip()
        choices = feature.settings.categories
        chosen = next((c for c in choices if c == text), None)
        if chosen is None and text.isdigit() and 1 <= int(text) <= len(choices):
            chosen = choices[int(text) - 1]
        if chosen is None:
            await step.transport.send(step.msg.chat.id, OutMessage(
                t("rp_bad_category", step.language, text=esc(text), choices=esc("、".join(choices))),
                buttons=feature.prompt("category", step.data, step.language).buttons))
            return STAY
        step.data["category"] = chosen
        return await ask_next(step, feature.next_state(step.data, "community"))

    async def on_community(step: Step):
        try:
            step.data["community"] = service.check_community(step.msg.text)
        except DraftError as err:
            return await refuse(step, err)
        return await ask_next(step, feature.next_state(step.data, "files"))

    async def on_files(step: Step):
        attachment = step.msg.attachment
        if attachment is None:
            if (step.msg.text or "").strip().lower().strip("。.!！") in DONE_WORDS:
                return await ask_next(step, "preview")
            await step.transport.send(step.msg.chat.id, OutMessage(
                t("rp_files_waiting", step.language),
                buttons=feature.prompt("files", step.data, step.language).buttons))
            return STAY
        s = feature.settings
        files = step.data.setdefault("files", [])
        name = attachment.file_name or "file"
        limit = int(s.max_file_mb * 1024 * 1024)
        if len(files) >= s.max_files:
            await say(step, t("rp_too_many_files", step.language, count=s.max_files, name=esc(name)))
            return STAY
        if attachment.size is not None and attachment.size > limit:     # refused before downloading
            await say(step, t("rp_file_too_large", step.language, name=esc(name),
                              size=human_size(attachment.size), mb=f"{s.max_file_mb:g}"))
            return STAY
        try:
            data = await attachment.fetch()
        except AttachmentDamaged as exc:       # altered on the way or undecryptable: nothing is kept
            log.warning("report attachment %s arrived damaged: %s", name, exc)
            await say(step, t("rp_file_damaged", step.language, name=esc(name)))
            return STAY
        except Exception as exc:      # the network's error: the member can simply send it again
            log.warning("report attachment %s could not be downloaded: %s", name, exc)
            await say(step, t("rp_file_failed", step.language, name=esc(name)))
            return STAY
        if len(data) > limit:                                            # the size was not announced
            await say(step, t("rp_file_too_large", step.language, name=esc(name),
                              size=human_size(len(data)), mb=f"{s.max_file_mb:g}"))
            return STAY
        digest = await assistant.run_blocking(feature.files.put, data)
        files.append({"name": name, "size": len(data), "mime": attachment.mime_type, "sha256": digest})
        await step.transport.send(step.msg.chat.id, OutMessage(
            t("rp_file_added", step.language, name=esc(name), size=human_size(len(data)), count=len(files)),
            buttons=feature.prompt("files", step.data, step.language).buttons))
        return STAY

    async def on_preview(step: Step):
        await step.transport.send(step.msg.chat.id, OutMessage(t("rp_preview_waiting", step.language)))
        await step.transport.send(step.msg.chat.id, feature.preview(step.data, step.language))
        return STAY

    async def on_cancel(step: Step):
        if step.data.get("report_id"):
            await say(step, t("rp_cancelled_returned", step.language, receipt=esc(step.data.get("receipt", ""))))
        else:
            await say(step, t("rp_cancelled", step.language))

    assistant.dialogs.declare(Dialog(FILING, {
        "title": on_title, "content": on_content, "category": on_category, "community": on_community,
        "files": on_files, "preview": on_preview,
    }, on_cancel=on_cancel, timeout=14 * 24 * 3600))     # a draft waits two weeks, not one day

    # ----- staff: the one text a review action needs

    async def on_review_text(step: Step):
        text = (step.msg.text or "").strip()
        if not text:
            await say(step, t("rv_comment_empty", step.language))
            return STAY
        from bot.features.reports.review import apply_change

        await apply_change(feature, step.msg, step.transport, step.data["report_id"], step.data["action"],
                           comment=text)
        return END

    assistant.dialogs.declare(Dialog(REVIEW, {"comment": on_review_text}))


__all__ = ["declare", "DONE_WORDS"]
