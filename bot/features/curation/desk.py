"""The staff queue from a process without a chat connection: ``ingest.py queue list|answer|dismiss``.

:class:`QueueDesk` builds the assistant from the configuration and calls the very methods
chat uses (:meth:`Curation.answer_item`, :meth:`Curation.dismiss_item`), with every chat
routed through the outbox (:mod:`bot.features.outbox`), so the askers get exactly the
message they would get had staff answered in chat, delivered by the running bot.
"""
from __future__ import annotations

import asyncio

from kb.errors import KBError

from bot.kernel.messages import User


class QueueError(KBError):
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
        return [self.cur.item_view(item) for item in self.cur.open_items(limit)]

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


__all__ = ["QueueDesk", "QueueError"]
