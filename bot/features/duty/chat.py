"""/duty (我的履职) and /assessment in chat, and "我今年积分多少" routed to /duty.

Members see only their own record: ``/duty`` with a name or mobile is a staff
action (another member's record), refused and audited for members.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

from bot.features.duty import api, members
from bot.features.duty import texts as _texts  # noqa: F401  (the catalogue)
from bot.features.duty.intent import DUTY
from bot.features.duty.rules import rules_of
from bot.features.duty.views import render_summary

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def today(assistant: "Assistant") -> dt.date:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(assistant.config.committee.timezone)).date()


def office(assistant: "Assistant") -> str:
    return rules_of(assistant.config).dispute.office


async def target_member(assistant: "Assistant", msg: Incoming, transport: Transport, ref: str) -> dict | None:
    """The member a member-or-staff view is about: oneself, or (staff only) the one ``ref`` names.

    Replies and returns None when there is nobody to show (refused, unknown, not on the roster).
    """
    ref = (ref or "").strip()
    if ref:
        if not await assistant.access.allow(assistant, msg, transport, "staff"):
            return None          # a member asking for someone else's record: refused and audited
        found = members.find_member(assistant.db, ref)
        if found is None:
            await transport.send(msg.chat.id, OutMessage(t("duty_no_such_member", msg.user.language, ref=esc(ref))))
        return found
    found = members.member_for_user(assistant.db, msg.user.id)
    if found is None:
        text = t("duty_not_member", msg.user.language, office=esc(office(assistant)))
        if assistant.access.role(assistant, msg.user) in ("staff", "admin"):
            text += "\n" + t("duty_staff_hint", msg.user.language, command=msg.command)
        await transport.send(msg.chat.id, OutMessage(text))
    return found


def own_record_command(assistant: "Assistant", name: str, show, intent) -> None:
    """``/name`` (one's own record, or staff naming a member) and the natural question that
    ``intent`` recognises ("我今年积分多少", "我的提案立案了吗"), both shown by
    ``show(assistant, msg, transport, member, own)``. Used by /duty, /proposals and /venue.

    The natural question is answered only in a private chat (a record is personal) and only for
    someone on the roster; anyone else's question goes on to the knowledge base.
    """
    @assistant.command(name, private_only=True, description={"zh": t(f"cmd_{name}", "zh"), "en": t(f"cmd_{name}", "en")})
    async def command(msg: Incoming, transport: Transport) -> None:
        member = await target_member(assistant, msg, transport, msg.args)
        if member is not None:
            await show(assistant, msg, transport, member, own=not msg.args.strip())

    async def question(msg: Incoming, transport: Transport, text: str) -> bool:
        if not msg.is_private or not intent.matches(text):
            return False
        member = members.member_for_user(assistant.db, msg.user.id)
        if member is None:
            return False
        await show(assistant, msg, transport, member, own=True)
        return True

    assistant.hooks.before_answer.append(question)


async def show_duty(assistant: "Assistant", msg: Incoming, transport: Transport, member: dict,
                    own: bool) -> None:
    rules = rules_of(assistant.config)
    year = today(assistant).year
    summary = await assistant.run_blocking(api.summary, assistant.db, member["id"], year, rules=rules)
    latest = api.latest_year(assistant.db, member["id"])
    if not summary.lines and latest is not None and latest < year:
        # Nothing yet this year (January): last year's record, whose assessment and dispute
        # period (第三十五条, until 31 January) are what the member is asking about.
        summary = await assistant.run_blocking(api.summary, assistant.db, member["id"], latest, rules=rules)
    who = t("duty_me", msg.user.language) if own else member["name"]
    await transport.send(msg.chat.id, OutMessage(render_summary(summary, rules, msg.user.language, who=who),
                                                 reply_to=msg.message_id))


def register(assistant: "Assistant") -> None:
    own_record_command(assistant, "duty", show_duty, DUTY)

    @assistant.command("assessment", role="staff", private_only=True,
                       description={"zh": t("cmd_assessment", "zh"), "en": t("cmd_assessment", "en")})
    async def assessment(msg: Incoming, transport: Transport) -> None:
        from bot.features.duty.export import assessment_rows

        arg = msg.args.strip()
        if arg and not (arg.isdigit() and len(arg) == 4):
            await transport.send(msg.chat.id, OutMessage(t("duty_bad_year", msg.user.language)))
            return
        year = int(arg) if arg else today(assistant).year
        rules = rules_of(assistant.config)
        table = await assistant.run_blocking(assessment_rows, assistant.db, year, rules=rules)
        counts: dict[str, int] = {}
        for row in table.rows:
            counts[row.grade] = counts.get(row.grade, 0) + 1
        order = [g.name for g in rules.grades] + [rules.lowest, rules.fail.name]
        grades = "\n".join(t("duty_assessment_grade", msg.user.language, grade=esc(g), count=counts[g])
                           for g in order if g in counts)
        await transport.send(msg.chat.id, OutMessage(t("duty_assessment", msg.user.language, year=year,
                                                       members=len(table.rows), grades=grades)))
