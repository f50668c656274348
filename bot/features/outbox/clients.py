"""How the outbox talks to the owners of its rows: a declared client per owner.

The outbox stores rows and sends them; it does not read its owners' tables. An owner
that writes rows without their text (a broadcast: one message, many chats, a file) or
that wants to hear what happened registers an :class:`OutboxClient` with the worker
(``OutboxWorker(clients=[...])``; in the bot, ``bot.features.outbox.runner_for(assistant)
.add_client(...)``). Rows that carry their text (``notify``) need no client.

Every method has a default that does nothing, so an owner implements only what it uses.
The worker calls them on its own loop; each runs short SQLite statements of the owner's
store (``report`` may send a message).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Payload:
    kind: str                 # "text" | "document"
    html: str
    file_name: str | None = None
    data: bytes | None = None


class OutboxClient:
    owner: str = ""           # the ``owner`` of the rows this client answers for

    def payload(self, batch_id: int, part: int) -> Payload:
        """The message of ``part`` of ``batch_id`` (rows written without ``html``)."""
        raise LookupError(f"{self.owner or type(self).__name__} rows carry no payload source")

    def on_claimed(self, batch_id: int, now: float) -> None:
        """A row of the batch is about to be sent (the first such call marks the batch started)."""

    def on_chat_moved(self, old_chat_id: str, new_chat_id: str) -> None:
        """A chat has a new id (a Telegram group became a supergroup): update what names it."""

    def on_settled(self, batch_id: int, now: float) -> bool:
        """No row of the batch is pending or in flight any more. True when this finished the
        batch (the worker then calls :meth:`report` once)."""
        return False

    async def report(self, batch_id: int) -> None:
        """Tell whoever asked how the batch went (the broadcast's author)."""

    def unreported(self, now: float) -> list[int]:
        """Finished batches whose report is still owed (a crash after finishing): reported at start."""
        return []

    def fire_due(self, now: float) -> list[int]:
        """Write the rows of batches whose time has come (scheduled broadcasts); their ids."""
        return []

    def next_due(self) -> float | None:
        """When :meth:`fire_due` next has something to do (the worker sleeps until then at most)."""
        return None

    def waiting(self, batch_id: int | None) -> bool:
        """Work not yet written as rows (a scheduled broadcast), for ``batch_id`` or at all."""
        return False


__all__ = ["OutboxClient", "Payload"]
