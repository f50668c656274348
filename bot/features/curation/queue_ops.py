"""The staff queue by number: ``/answer N text`` and the command-line desk.

``/queue`` shows each open item as ``#N``; staff answer one by replying to its message, with
its button, or with ``/answer N text`` (``/dismiss N reason`` already existed), which works the
same on every transport, the console included, where replying to a message is not possible.

:class:`QueueDesk` is the same queue for ``ingest.py queue list|answer|dismiss``: it builds the
assistant from the configuration and calls the very methods chat uses
(:meth:`Curation.answer_item`, :meth:`Curation.dismiss_item`), with every chat routed through
the outbox (:mod:`bot.features.outbox`), so the askers get exactly the message they would get had
staff answered in chat, delivered by the running bot.
"""
from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from bot.kernel.messages import Incoming, OutMessage, Transport, User
from bot.kernel.texts import TEXTS, t

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant

TEXTS.update({
    "cmd_answer": {"zh": "答复待答复问题：/answer 编号 答复", "en": "Answer a queue item: /answer N text"},
    "qo_answer_usage": {
        "zh": "用法：/answer 编号 答复内容（编号见 /queue 中的 #编号），或回复待答复问题并发送 /answer 答复内容。",
        "en": "Usage: /answer N your answer (N is the #number in /queue), or reply to a queue item with /answer text.",
    },
})

_NUMBERED = re.compile(r"^#?(\d+)[\s:：,，]+(.+)$", re.S)


def parse_numbered(args: str) -> tuple[int | None, str]:
    """``"12 text"`` / ``"#12 text"`` -> (12, "text"); anything else -> (None, args)."""
    m = _NUMBERED.match((args or "").strip())
    return (int(m.group(1)), m.group(2).strip()) if m else (None, (args or "").strip())


async def cmd_answer(assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
    cur = assistant.curation
    target = cur._message_target(msg.chat.id, msg.reply_to_message_id)
    if target and target[0] == "item":
        item_id, text = target[1], msg.args.strip()
    else:
        item_id, text = parse_numbered(msg.args)
    if item_id is None or not text:
        await transport.send(msg.chat.id, OutMessage(t("qo_answer_usage", msg.user.language)))
        return
    await cur._answer_and_report(msg, transport, item_id, text)


def install(assistant: "Assistant") -> None:
    if getattr(assistant, "curation", None) is None:
        from bot.features.curation import service as curation

        curation.install(assistant)

    async def answer(msg: Incoming, transport: Transport) -> None:
        await cmd_answer(assistant, msg, transport)

    assistant.command("answer", role="staff", description={"zh": t("cmd_answer", "zh"),
                                                             "en": t("cmd_answer", "en")})(answer)


class QueueError(Exception):
    """A queue action that cannot be done (the message says why, in English)."""


class QueueDesk:
    """The staff queue from a process without a chat connection (the command line)."""

    def __init__(self, config_path=None, data_dir=None, *, by: str = "cli", assistant=None):
        from bot.features.outbox import route_through_outbox

        if assistant is None:
            from bot.app import build_assistant

            assistant = build_assistant(config_path, data_dir)
        self.assistant = assistant
        self.cur = assistant.curation
        self.staff = User(id=f"cli:{by}", display_name=by)
        self.outbox = route_through_outbox(assistant, author=f"cli:{by}")

    def items(self, limit: int | None = None) -> list[dict]:
        """Open items, most-asked first, each with its askers' distinct questions."""
        out = []
        for item in self.cur.open_items(limit):
            asks = self.cur.asks_of(item["id"])
            out.append({**item, "questions": list(dict.fromkeys(a["text"] for a in asks)),
                        "sources": sorted({a["source"] for a in asks})})
        return out

    def _open(self, item_id: int) -> dict:
        item = self.cur.item(item_id)
        if item is None:
            raise QueueError(f"No queue item #{item_id} (`ingest.py queue list` shows the open ones).")
        if item["status"] != "open":
            raise QueueError(f"Queue item #{item_id} was already handled ({item['status']}).")
        return item

    def answer(self, item_id: int, text: str) -> tuple[int, int, int]:
        """(entry id, askers notified through the outbox, askers that could not be)."""
        if not text.strip():
            raise QueueError("The answer is empty.")
        self._open(item_id)
        result = asyncio.run(self.cur.answer_item(item_id, self.staff, text))
        if isinstance(result, str):
            raise QueueError(f"Queue item #{item_id} was already handled ({result}).")
        return result

    def dismiss(self, item_id: int, reason: str) -> tuple[int, int, str]:
        """(askers notified, askers that could not be, where they were pointed to)."""
        if not reason.strip():
            raise QueueError("Give the reason the askers will read.")
        self._open(item_id)
        result = asyncio.run(self.cur.dismiss_item(item_id, self.staff, reason))
        if isinstance(result, str):
            raise QueueError(f"Queue item #{item_id} was already handled ({result}).")
        return result

    def close(self) -> None:
        self.assistant.close()


__all__ = ["cmd_answer", "install", "parse_numbered", "QueueDesk", "QueueError"]
