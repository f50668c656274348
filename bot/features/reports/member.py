"""What members do: /report (or "我要报社情民意"), the filing dialog's buttons, /reports."""
from __future__ import annotations

import re

from app.timefmt import local_date

from bot.features.reports import intent, service
from bot.features.reports.feature import FILING, ReportsFeature
from bot.features.reports.status import ReportError
from bot.features.reports.texts import status_label
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

LIST_LIMIT = 20


def register(feature: ReportsFeature) -> None:
    assistant = feature.assistant

    def desc(key):
        return {"zh": t(key, "zh"), "en": t(key, "en")}

    async def start_filing(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        member = feature.member(msg)
        if member is None:
            await transport.send(msg.chat.id, OutMessage(t("rp_not_member", language)))
            return
        active = assistant.dialogs.active(msg.chat.id, msg.user.id)
        if active is not None and active.dialog == FILING:
            title = active.data.get("title") or "…"
            await transport.send(msg.chat.id, OutMessage(t("rp_draft_busy", language, title=esc(title))))
            await transport.send(msg.chat.id, feature.prompt(active.state, active.data, language, member))
            return
        assistant.dialogs.start(msg, FILING, "title", {"files": []})
        await transport.send(msg.chat.id, feature.prompt("title", {}, language, member))

    async def own_reports(msg: Incoming, transport: Transport) -> None:
        language = msg.user.language
        member = feature.member(msg)
        rows = service.list_reports(feature.db, member_id=member["id"], limit=LIST_LIMIT) if member \
            else service.list_reports(feature.db, author_id=msg.user.id, limit=LIST_LIMIT)
        if not rows:
            await transport.send(msg.chat.id, OutMessage(t("rp_list_empty", language)))
            return
        lines, buttons = [t("rp_list_head", language, count=len(rows))], []
        for r in rows:
            line = t("rp_list_line", language, receipt=esc(r["receipt"]), title=esc(r["title"]),
                     status=esc(status_label(r["status"], language, r["level"] if r["status"] == "adopted" else None)),
                     when=local_date(r["submitted_at"], feature.tz))
            if r["status"] == "returned":
                if r["comment"]:
                    line += t("rp_list_returned", language, comment=esc(r["comment"]))
                buttons.append([Button(t("rp_button_resubmit", language, receipt=r["receipt"]),
                                       data=f"rp:resubmit:{r['id']}")])
            lines.append(line)
        await transport.send(msg.chat.id, OutMessage("\n".join(lines), buttons=buttons))

    @assistant.command("report", private_only=True, description=desc("cmd_report"))
    async def report_cmd(msg: Incoming, transport: Transport) -> None:
        await start_filing(msg, transport)

    @assistant.command("reports", private_only=True, description=desc("cmd_reports"))
    async def reports_cmd(msg: Incoming, transport: Transport) -> None:
        await own_reports(msg, transport)

    async def natural(msg: Incoming, transport: Transport, question: str) -> bool:
        """"我要报社情民意" starts filing, "我的社情民意" lists; questions about the rules go on."""
        if not msg.is_private:
            return False
        if intent.wants_to_file(question):
            await start_filing(msg, transport)
            return True
        if intent.wants_own_reports(question):
            await own_reports(msg, transport)
            return True
        return False

    assistant.hooks.before_answer.append(natural)

    # ----- buttons of the filing dialog

    async def in_dialog(msg: Incoming, transport: Transport, *states: str):
        """The presser's filing dialog when it is at one of ``states``; else say the button expired."""
        active = assistant.dialogs.active(msg.chat.id, msg.user.id)
        if active is None or active.dialog != FILING or (states and active.state not in states):
            await transport.answer_callback(msg.callback, t("rp_expired", msg.user.language))
            return None
        return active

    async def move(msg: Incoming, transport: Transport, data: dict, state: str) -> None:
        assistant.dialogs.start(msg, FILING, state, data)
        await transport.answer_callback(msg.callback)
        await transport.send(msg.chat.id, feature.prompt(state, data, msg.user.language, feature.member(msg)))

    @assistant.button(r"rp:cat:(?P<i>\d+)$")
    async def category(msg: Incoming, transport: Transport, match: re.Match) -> None:
        active = await in_dialog(msg, transport, "category")
        choices = feature.settings.categories
        if active is None:
            return
        if int(match["i"]) >= len(choices):
            await transport.answer_callback(msg.callback, t("rp_expired", msg.user.language))
            return
        active.data["category"] = choices[int(match["i"])]
        await move(msg, transport, active.data, feature.next_state(active.data, "community"))

    @assistant.button(r"rp:comm$")
    async def own_community(msg: Incoming, transport: Transport, match: re.Match) -> None:
        active = await in_dialog(msg, transport, "community")
        member = feature.member(msg)
        if active is None:
            return
        if not member or not member.get("district"):
            await transport.answer_callback(msg.callback, t("rp_expired", msg.user.language))
            return
        active.data["community"] = member["district"]
        await move(msg, transport, active.data, feature.next_state(active.data, "files"))

    @assistant.button(r"rp:next$")
    async def files_done(msg: Incoming, transport: Transport, match: re.Match) -> None:
        active = await in_dialog(msg, transport, "files")
        if active is not None:
            active.data.pop("back", None)
            await move(msg, transport, active.data, "preview")

    @assistant.button(r"rp:edit:(?P<field>title|content|category|community|files)$")
    async def edit(msg: Incoming, transport: Transport, match: re.Match) -> None:
        active = await in_dialog(msg, transport, "preview")
        if active is not None:
            active.data["back"] = "preview"
            await move(msg, transport, active.data, match["field"])

    @assistant.button(r"rp:submit$")
    async def submit(msg: Incoming, transport: Transport, match: re.Match) -> None:
        language = msg.user.language
        active = await in_dialog(msg, transport, "preview")
        if active is None:
            return
        member = feature.member(msg)
        if member is None:
            await transport.answer_callback(msg.callback, t("rp_not_member", language))
            return
        # Cleared before anything can wait: a second press finds no dialog and is told it expired.
        assistant.dialogs.clear(msg.chat.id, msg.user.id)
        data = active.data
        try:
            if data.get("report_id"):
                report = service.resubmit(feature.db, data["report_id"], data, author_id=msg.user.id,
                                          member_id=member["id"], settings=feature.settings)
                text = t("rp_resubmitted", language, receipt=esc(report["receipt"]))
            else:
                report = service.file_report(feature.db, data, author=feature.author(msg, member),
                                             settings=feature.settings, tz=feature.tz)
                text = t("rp_submitted", language, receipt=esc(report["receipt"]))
        except ReportError as err:
            assistant.dialogs.start(msg, FILING, "preview", data)     # nothing is lost: the draft stays
            await transport.answer_callback(msg.callback)
            await transport.send(msg.chat.id, OutMessage(esc(err.text(language))))
            return
        assistant.log_event("report_filed", msg, {"receipt": report["receipt"], "resubmitted": bool(data.get("report_id"))})
        await transport.answer_callback(msg.callback)
        await transport.send(msg.chat.id, OutMessage(text))

    @assistant.button(r"rp:resubmit:(?P<id>\d+)$")
    async def resubmit(msg: Incoming, transport: Transport, match: re.Match) -> None:
        language = msg.user.language
        try:
            report = service.get_report(feature.db, int(match["id"]))
        except ReportError as err:
            await transport.answer_callback(msg.callback, err.text(language))
            return
        member = feature.member(msg)
        if report["author_id"] != msg.user.id and not (member and report["member_id"] == member["id"]):
            await transport.answer_callback(msg.callback, t("rp_not_yours", language))
            return
        if report["status"] != "returned":
            await transport.answer_callback(msg.callback, t("rp_not_returned", language, receipt=report["receipt"],
                                                            status=status_label(report["status"], language)))
            return
        data = {k: report[k] for k in ("title", "content", "category", "community", "comment", "receipt")}
        data["report_id"] = report["id"]
        data["files"] = [{k: f[k] for k in ("name", "size", "mime", "sha256")} for f in report["files"]]
        await move(msg, transport, data, "preview")


__all__ = ["register"]
