"""What staff do in chat: /review lists incoming reports; buttons act on one.

Every action checks the presser's role first (callback data can be forged), works in
private chats only (reports name their authors), and goes through
:func:`bot.features.reports.service.change_status`, which audits it and notifies the
author through the outbox.
"""
from __future__ import annotations

import re

from app.timefmt import local_time

from bot.features.reports import service
from bot.features.reports.feature import REVIEW, ReportsFeature
from bot.features.reports.files import human_size
from bot.features.reports.status import LEVELS, NEXT, ReportError, check_step
from bot.features.reports.texts import status_label
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

OPEN = ("issued", "forwarded", "adopted", "instructed")
LIST_LIMIT = 30
# A button's action -> the status it sets.
ACTIONS = {"issue": "issued", "forward": "forwarded", "return": "returned", "instruct": "instructed",
           "feedback": "feedback"}
TEXT_FIRST = {"return", "instruct", "feedback"}      # these ask for one text message first


def report_view(feature: ReportsFeature, report: dict, language: str | None) -> OutMessage:
    files = "、".join(f"{esc(f['name'])}（{human_size(f['size'])}）" for f in report["files"]) \
        or t("rp_no_files", language)
    html = t("rv_show", language, receipt=esc(report["receipt"]),
             status=esc(status_label(report["status"], language, report["level"] if report["status"] == "adopted" else None)),
             title=esc(report["title"]), author=esc(report["author_name"] or ""), category=esc(report["category"] or ""),
             community=esc(report["community"] or ""), when=local_time(report["submitted_at"], feature.tz),
             files=files, content=esc(report["content"]))
    lines = []
    for h in report["history"]:
        label = status_label(h["to_status"], language, h["level"] if h["to_status"] == "adopted" else None)
        line = f"{local_time(h['created_at'], feature.tz)} {esc(label)} · {esc(h['actor'] or '')}"
        if h["comment"]:
            line += f"：{esc(h['comment'])}"
        lines.append(line)
    if lines:
        html += t("rv_history", language, lines="\n".join(lines))
    return OutMessage(html, buttons=action_buttons(report, language))


def action_buttons(report: dict, language: str | None) -> list[list[Button]]:
    rid, allowed = report["id"], NEXT.get(report["status"], ())
    row, rows = [], []
    if "issued" in allowed:
        row.append(Button(t("rv_button_issue", language), data=f"rv:issue:{rid}"))
    if "returned" in allowed:
        row.append(Button(t("rv_button_return", language), data=f"rv:return:{rid}"))
    if "forwarded" in allowed:
        row.append(Button(t("rv_button_forward", language), data=f"rv:forward:{rid}"))
    if row:
        rows.append(row)
    if "adopted" in allowed:
        current = LEVELS.index(report["level"]) if report["level"] in LEVELS else -1
        same_ok = report["status"] not in ("adopted", "instructed")
        levels = [lv for i, lv in enumerate(LEVELS) if i > current or (i == current and same_ok)]
        if levels:
            rows.append([Button(t("rv_button_adopt", language, level=t(f"rp_level_{lv}", language)),
                                data=f"rv:adopt:{rid}:{lv}") for lv in levels])
    row = []
    if "instructed" in allowed and not report["instructed"]:
        row.append(Button(t("rv_button_instruct", language), data=f"rv:instruct:{rid}"))
    if "feedback" in allowed:
        row.append(Button(t("rv_button_feedback", language), data=f"rv:feedback:{rid}"))
    if row:
        rows.append(row)
    if report.get("files"):
        rows.append([Button(t("rv_button_files", language, count=len(report["files"])), data=f"rv:files:{rid}")])
    return rows


async def apply_change(feature: ReportsFeature, msg: Incoming, transport: Transport, report_id: int, status: str,
                       *, level: str | None = None, comment: str | None = None) -> None:
    """Change the status as this staff member; tell them the outcome (or why not) and show what is next."""
    language = msg.user.language
    try:
        change = service.change_status(feature.db, report_id, status, actor=feature.actor(msg), tz=feature.tz,
                                       level=level, comment=comment)
    except ReportError as err:
        await transport.send(msg.chat.id, OutMessage(esc(err.text(language))))
        return
    feature.assistant.log_event("report_status", msg, {"receipt": change.report["receipt"], "to": status,
                                                       "level": level})
    report = change.report
    await transport.send(msg.chat.id, OutMessage(t("rv_done", language, receipt=esc(report["receipt"]),
                                                   status=esc(status_label(status, language, level)))))
    # The outbox worker picks the notice up on its next round; nothing here waits for it.
    await transport.send(msg.chat.id, report_view(feature, service.get_report(feature.db, report["id"]), language))


def register(feature: ReportsFeature) -> None:
    assistant = feature.assistant

    async def staff(msg: Incoming, transport: Transport) -> bool:
        if not await assistant.access.allow(assistant, msg, transport, "staff"):
            return False          # refused and audited by the access policy
        if not msg.is_private:
            await transport.answer_callback(msg.callback, t("private_only", msg.user.language))
            return False
        return True

    async def send_list(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        incoming = service.list_reports(feature.db, status="received", limit=LIST_LIMIT, oldest_first=True)
        open_ = service.list_reports(feature.db, status=list(OPEN), limit=LIST_LIMIT)
        if not incoming and not open_:
            await transport.send(msg.chat.id, OutMessage(t("rv_empty", language)))
            return
        counts = service.counts(feature.db)
        buttons = [[Button(t("rv_item", language, receipt=r["receipt"], title=r["title"][:20]), data=f"rv:open:{r['id']}")]
                   for r in incoming + open_][:LIST_LIMIT]
        await transport.send(msg.chat.id, OutMessage(
            t("rv_head", language, incoming=counts.get("received", 0), open=sum(counts.get(s, 0) for s in OPEN)),
            buttons=buttons))

    @assistant.command("review", role="staff", private_only=True,
                       description={"zh": t("cmd_review", "zh"), "en": t("cmd_review", "en")})
    async def review_cmd(msg: Incoming, transport: Transport) -> None:
        ref = msg.args.strip()
        if not ref:
            return await send_list(msg, transport)
        try:
            report = service.get_report(feature.db, ref)
        except ReportError as err:
            await transport.send(msg.chat.id, OutMessage(esc(err.text(msg.user.language))))
            return
        await transport.send(msg.chat.id, report_view(feature, report, msg.user.language))

    @assistant.button(r"rv:open:(?P<id>\d+)$")
    async def open_(msg: Incoming, transport: Transport, match: re.Match) -> None:
        if not await staff(msg, transport):
            return
        try:
            report = service.get_report(feature.db, int(match["id"]))
        except ReportError as err:
            await transport.answer_callback(msg.callback, err.text(msg.user.language))
            return
        await transport.answer_callback(msg.callback)
        await transport.send(msg.chat.id, report_view(feature, report, msg.user.language))

    @assistant.button(r"rv:(?P<action>issue|forward|return|instruct|feedback):(?P<id>\d+)$")
    async def act(msg: Incoming, transport: Transport, match: re.Match) -> None:
        if not await staff(msg, transport):
            return
        action, rid = match["action"], int(match["id"])
        await transport.answer_callback(msg.callback)
        if action in TEXT_FIRST:
            try:
                report = service.get_report(feature.db, rid)
                check_step(report["receipt"], report["status"], ACTIONS[action],
                           current_level=report["level"], instructed=bool(report["instructed"]))
            except ReportError as err:     # out of order: say so now, not after the comment is typed
                await transport.send(msg.chat.id, OutMessage(esc(err.text(msg.user.language))))
                return
            assistant.dialogs.start(msg, REVIEW, "comment", {"report_id": rid, "action": ACTIONS[action]})
            key = {"return": "rv_ask_comment", "instruct": "rv_ask_instruction", "feedback": "rv_ask_feedback"}[action]
            await transport.send(msg.chat.id, OutMessage(t(key, msg.user.language, receipt=esc(report["receipt"]))))
            return
        await apply_change(feature, msg, transport, rid, ACTIONS[action])

    @assistant.button(r"rv:files:(?P<id>\d+)$")
    async def files(msg: Incoming, transport: Transport, match: re.Match) -> None:
        """The report's attachments as files, where the network can send files (declared, not probed)."""
        if not await staff(msg, transport):
            return
        language = msg.user.language
        try:
            report = service.get_report(feature.db, int(match["id"]))
        except ReportError as err:
            await transport.answer_callback(msg.callback, err.text(language))
            return
        await transport.answer_callback(msg.callback)
        if not transport.info.sends_files:
            await transport.send(msg.chat.id, OutMessage(t("rv_files_elsewhere", language,
                                                           receipt=esc(report["receipt"]))))
            return
        store = feature.files
        for f in report["files"]:
            data = await assistant.run_blocking(store.get, f["sha256"])
            await transport.send_document(msg.chat.id, data, f["name"], esc(report["receipt"]))

    @assistant.button(r"rv:adopt:(?P<id>\d+):(?P<level>city|province|national)$")
    async def adopt(msg: Incoming, transport: Transport, match: re.Match) -> None:
        if not await staff(msg, transport):
            return
        await transport.answer_callback(msg.callback)
        await apply_change(feature, msg, transport, int(match["id"]), "adopted", level=match["level"])


__all__ = ["register", "report_view", "action_buttons", "apply_change"]
