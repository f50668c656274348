"""/proposals (我的提案): one's own proposals as first or co-proposer; staff may name a member."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

from bot.features.duty.chat import own_record_command
from bot.features.duty.intent import Intent
from bot.features.proposals import service

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

PROPOSALS = Intent(zh=r"提案.{0,6}(立案|采纳|进展|状态|办理|答复|结果|怎么样了|到哪)|我的提案", en=r"\bmy proposals?\b",
                   exclude=r"怎么(写|提|交|办|撰写|修改|提交)|如何|怎样|要求|格式|截止|期限|多久|什么时候|能不能|可不可以|可以|\bhow\b")
MAX_SHOWN = 20


def render(rows: list[dict], who: str, language) -> str:
    if not rows:
        return t("proposals_none", language)
    parts = [t("proposals_head", language, who=esc(who), count=len(rows))]
    for p in rows[:MAX_SHOWN]:
        text = t("proposals_item", language, number=esc(p["number"]), title=esc(p["title"]),
                 role=t("proposals_role_first" if p["role"] == "first" else "proposals_role_joint", language),
                 status=esc(p["status"]), details=service._details(p, language))
        if p.get("key_flag"):
            text += t("proposals_key", language, flag=esc(p["key_flag"]))
        parts.append(text)
    return "\n\n".join(parts)


async def show(assistant: "Assistant", msg: Incoming, transport: Transport, member: dict, own: bool) -> None:
    rows = await assistant.run_blocking(service.proposals_of, assistant.db, member["id"])
    who = t("proposals_me", msg.user.language) if own else member["name"]
    await transport.send(msg.chat.id, OutMessage(render(rows, who, msg.user.language), reply_to=msg.message_id))


def register(assistant: "Assistant") -> None:
    own_record_command(assistant, "proposals", show, PROPOSALS)
