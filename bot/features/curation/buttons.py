"""The ``cq:`` buttons, routed by pattern, one small handler each.

==========================  =======  ================================================
data                        who      what
==========================  =======  ================================================
``cq:kb:<question>``        asker    search the documents instead of a curated answer
``cq:a:<item>``             staff    answer the item (opens the ``answer`` dialog)
``cq:d:<item>``             staff    dismiss it (opens the ``dismiss`` dialog)
``cq:dn:<item>``            staff    dismiss it as "not a committee matter"
``cq:j:<item>:<entry>``     staff    file it under FAQ entry <entry> ("same as")
``cq:e:<entry>``            staff    edit the entry's answer (``edit_answer`` dialog)
``cq:q:<entry>``            staff    edit the question it shows (``edit_question``)
``cq:r:<entry>``            staff    retire the entry
==========================  =======  ================================================

Callback data can be forged: the kernel admits the presser as a member first; staff
buttons then check the staff role, ``cq:kb`` that the question is the presser's own
(bot.kernel.buttons).
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Awaitable, Callable

from bot.features.curation import dialogs
from bot.features.curation.chat import closed_text, dismiss_and_report, failed_part, search_documents
from bot.kernel.buttons import owned_question
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, esc
from bot.kernel.texts import t

if TYPE_CHECKING:
    from bot.features.curation.service import Curation

log = logging.getLogger("bot.curation")

Handler = Callable[["Curation", Incoming, Transport, re.Match], Awaitable[None]]


def register(cur: "Curation") -> None:
    assistant = cur.assistant

    def route(pattern: str, handler: Handler, *, staff: bool = True) -> None:
        async def press(msg: Incoming, transport: Transport, match: re.Match) -> None:
            if staff and not await assistant.access.allow(assistant, msg, transport, "staff"):
                return
            await handler(cur, msg, transport, match)

        assistant.button(pattern)(press)

    route(r"cq:kb:(?P<qid>.*)$", search_instead, staff=False)
    route(r"cq:a:(?P<item>\d+)$", open_answer)
    route(r"cq:d:(?P<item>\d+)$", open_dismiss)
    route(r"cq:dn:(?P<item>\d+)$", dismiss_not_ours)
    route(r"cq:j:(?P<item>\d+):(?P<entry>\d+)$", attach)
    route(r"cq:(?P<field>[eq]):(?P<entry>\d+)$", open_edit)
    route(r"cq:r:(?P<entry>\d+)$", retire)
    route(r"cq:", ignore)          # stale or malformed data: stop the client's spinner


async def search_instead(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    row = await owned_question(cur.assistant, msg, transport, match["qid"])   # only the asker's own question
    if row is None:
        return
    await transport.answer_callback(msg.callback)
    await search_documents(cur, msg, transport, row)


async def _open_item(cur: "Curation", msg: Incoming, transport: Transport, item_id: int) -> dict | None:
    """The open item, or None after telling the presser it is gone or handled."""
    item = cur.item(item_id)
    if item is None or item["status"] != "open":
        await transport.answer_callback(msg.callback, closed_text(
            item_id, item["status"] if item else "missing", msg.user.language))
        return None
    await transport.answer_callback(msg.callback)
    return item


async def open_answer(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    item = await _open_item(cur, msg, transport, int(match["item"]))
    if item is None:
        return
    lang = msg.user.language
    dialogs.start(cur, msg, "answer", item=item["id"])
    await transport.send(msg.chat.id, OutMessage(
        t("cur_answer_prompt", lang, id=item["id"], question=esc(item["title"])) + "\n"
        + t("cur_answer_shown_as", lang, question=esc(cur.mask(item["title"])))))


async def open_dismiss(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    item = await _open_item(cur, msg, transport, int(match["item"]))
    if item is None:
        return
    lang = msg.user.language
    dialogs.start(cur, msg, "dismiss", item=item["id"])
    await transport.send(msg.chat.id, OutMessage(
        t("cur_dismiss_prompt", lang, id=item["id"], question=esc(item["title"])),
        buttons=[[Button(t("cur_reason_not_committee", lang), data=f"cq:dn:{item['id']}")]]))


async def dismiss_not_ours(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    dialogs.stop(cur, msg)          # the preset reason replaces a typed one
    await transport.answer_callback(msg.callback)
    await dismiss_and_report(cur, msg, transport, int(match["item"]), t("cur_reason_not_committee", msg.user.language))


async def attach(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    item_id, entry_id = int(match["item"]), int(match["entry"])
    lang = msg.user.language
    result = await cur.attach_item(item_id, entry_id, msg.user)
    if isinstance(result, str):
        await transport.answer_callback(msg.callback, closed_text(item_id, result, lang))
        return
    await transport.answer_callback(msg.callback)
    _, sent, failed = result
    await transport.send(msg.chat.id, OutMessage(t(
        "cur_attached_ok", lang, id=item_id, entry=entry_id, sent=sent, failed=failed_part(failed, lang))))


async def open_edit(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    """Edit the answer text (``cq:e``) or the question shown to members (``cq:q``)."""
    entry_id = int(match["entry"])
    lang = msg.user.language
    entry = cur.entry(entry_id)
    if entry is None or entry["status"] != "active":
        await transport.answer_callback(msg.callback, t("cur_not_found", lang))
        return
    await transport.answer_callback(msg.callback)
    if match["field"] == "e":
        dialogs.start(cur, msg, "edit_answer", entry=entry_id)
        prompt = t("cur_edit_prompt", lang, id=entry_id)
    else:
        dialogs.start(cur, msg, "edit_question", entry=entry_id)
        prompt = t("cur_edit_question_prompt", lang, id=entry_id, question=esc(cur.display_question(entry_id)))
    await transport.send(msg.chat.id, OutMessage(prompt))


async def retire(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    entry_id = int(match["entry"])
    lang = msg.user.language
    ok = cur.retire_entry(entry_id, msg.user)
    await transport.answer_callback(msg.callback, t("cur_retired_ok" if ok else "cur_not_found", lang, id=entry_id))
    if ok and msg.callback.message is not None:
        try:
            await transport.edit(msg.callback.message, OutMessage(
                cur.faq.render(cur.entry(entry_id), lang).html + "\n" + t("cur_retired_mark", lang)))
        except Exception:
            log.debug("could not edit the FAQ message", exc_info=True)


async def ignore(cur: "Curation", msg: Incoming, transport: Transport, match: re.Match) -> None:
    await transport.answer_callback(msg.callback)


__all__ = ["register"]
