"""Multi-step dialogs as declared states, one small function per step.

As in python-telegram-bot's ``examples/conversationbot.py``: a :class:`Dialog`
names its states in one table, each state is one function that handles the
next message of that person in that chat and returns the next state (or
:data:`END`). The kernel routes the message; features never re-arm a step by
assigning into a dict.

A dialog's position and its ``data`` (a JSON-serialisable dict: the draft so
far) are kept in the kernel's ``dialog_state`` table, so a dialog survives a
restart: a member half-way through filing a report picks up where they were.
``/cancel`` ends any dialog at any step. Commands other than ``/cancel`` are
handled as commands and leave the dialog where it was.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Awaitable, Callable

from app.db import transaction

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant
    from bot.kernel.messages import Incoming, Transport

log = logging.getLogger("bot.dialogs")

END = None          # a step returns END to finish the dialog
STAY = "__stay__"   # a step returns STAY to wait for another message in the same state


@dataclass
class Step:
    """What a step function receives: the message, where to reply, and the dialog's draft."""

    assistant: "Assistant"
    msg: "Incoming"
    transport: "Transport"
    data: dict               # mutable; saved with the next state

    @property
    def language(self) -> str | None:
        return self.msg.user.language


StepFn = Callable[[Step], Awaitable[str | None]]


@dataclass
class Dialog:
    name: str
    states: dict[str, StepFn]
    # Called when the person sends /cancel (after the state is cleared); None = the kernel's
    # generic "cancelled" reply.
    on_cancel: Callable[[Step], Awaitable[None]] | None = None
    # A dialog older than this (seconds since its last step) is forgotten: a half-typed
    # answer from last week is not taken as this morning's message.
    timeout: float = 24 * 3600
    persistent: bool = True   # False: kept in memory only (data that must not touch the disk)

    def __post_init__(self):
        if not self.states:
            raise ValueError(f"dialog {self.name!r} declares no states")


@dataclass
class _Active:
    dialog: str
    state: str
    data: dict = field(default_factory=dict)
    updated_at: float = 0.0


class Dialogs:
    """The kernel's dialog registry and the per (chat, person) positions."""

    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.db = assistant.db
        self.declared: dict[str, Dialog] = {}
        self._memory: dict[tuple[str, str], _Active] = {}

    def declare(self, dialog: Dialog) -> Dialog:
        if dialog.name in self.declared:
            raise ValueError(f"dialog {dialog.name!r} is declared twice")
        self.declared[dialog.name] = dialog
        return dialog

    # ----- position -----

    def active(self, chat_id: str, user_id: str) -> _Active | None:
        key = (chat_id, user_id)
        found = self._memory.get(key)
        if found is None:
            rows = list(self.db.query(
                "select dialog, state, data, updated_at from dialog_state where chat_id = ? and user_id = ?",
                [chat_id, user_id]))
            if rows:
                row = rows[0]
                found = _Active(row["dialog"], row["state"], json.loads(row["data"] or "{}"), row["updated_at"])
        if found is None:
            return None
        dialog = self.declared.get(found.dialog)
        if dialog is None or found.state not in dialog.states or (
                time.time() - found.updated_at > dialog.timeout):
            self.clear(chat_id, user_id)     # a dialog no longer installed, or stale
            return None
        return found

    def start(self, msg: "Incoming", name: str, state: str, data: dict | None = None) -> None:
        """Put (chat, person) at ``state`` of dialog ``name``: their next message goes to that step."""
        dialog = self.declared[name]
        if state not in dialog.states:
            raise ValueError(f"dialog {name!r} has no state {state!r}")
        self._save(msg.chat.id, msg.user.id, _Active(name, state, dict(data or {}), time.time()))

    def clear(self, chat_id: str, user_id: str) -> None:
        self._memory.pop((chat_id, user_id), None)
        with transaction(self.db):
            self.db.execute("delete from dialog_state where chat_id = ? and user_id = ?", [chat_id, user_id])

    def data(self, chat_id: str, user_id: str) -> dict | None:
        found = self.active(chat_id, user_id)
        return found.data if found else None

    def _save(self, chat_id: str, user_id: str, active: _Active) -> None:
        dialog = self.declared[active.dialog]
        active.updated_at = time.time()
        if not dialog.persistent:
            self._memory[(chat_id, user_id)] = active
            return
        self._memory.pop((chat_id, user_id), None)
        with transaction(self.db):
            self.db["dialog_state"].upsert({
                "chat_id": chat_id, "user_id": user_id, "dialog": active.dialog, "state": active.state,
                "data": json.dumps(active.data, ensure_ascii=False), "updated_at": active.updated_at,
            }, pk=("chat_id", "user_id"))

    # ----- routing (called by the Assistant) -----

    async def route(self, msg: "Incoming", transport: "Transport") -> bool:
        """Hand ``msg`` to the step its sender is at; False when they are in no dialog."""
        found = self.active(msg.chat.id, msg.user.id)
        if found is None:
            return False
        dialog = self.declared[found.dialog]
        step = Step(self.assistant, msg, transport, found.data)
        if msg.command == "cancel":
            self.clear(msg.chat.id, msg.user.id)
            if dialog.on_cancel is not None:
                await dialog.on_cancel(step)
            else:
                from bot.kernel.messages import OutMessage
                from bot.kernel.texts import t

                await transport.send(msg.chat.id, OutMessage(t("dialog_cancelled", msg.user.language)))
            return True
        if msg.command:
            return False          # other commands run normally; the dialog waits
        # Clear before the step runs: a step that fails leaves no half-state behind,
        # and a step that starts another dialog is not overwritten.
        self.clear(msg.chat.id, msg.user.id)
        try:
            nxt = await dialog.states[found.state](step)
        except BaseException:
            self._save(msg.chat.id, msg.user.id, _Active(found.dialog, found.state, found.data))
            raise
        if nxt is END:
            return True
        if self.active(msg.chat.id, msg.user.id) is not None:
            return True           # the step started a dialog of its own choosing
        state = found.state if nxt == STAY else nxt
        if state not in dialog.states:
            raise ValueError(f"dialog {dialog.name!r} step {found.state!r} went to unknown state {nxt!r}")
        self._save(msg.chat.id, msg.user.id, _Active(found.dialog, state, step.data))
        return True


__all__ = ["Dialog", "Dialogs", "Step", "END", "STAY"]
