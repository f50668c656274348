"""Who may use the bot and with which role.

:class:`OpenAccess` lets everyone ask and makes nobody staff (public
deployments, and the console). The roster module (``bot.features.roster``)
provides the members-only policy with verification and roles.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from bot.kernel.messages import Incoming, Transport, User

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


class Access(Protocol):
    def role(self, assistant: "Assistant", user: User) -> str | None:
        """'member' | 'staff' | 'admin', or None for someone not allowed in."""

    async def allow(self, assistant: "Assistant", msg: Incoming, transport: Transport, role: str) -> bool:
        """True if ``msg.user`` has at least ``role``; otherwise reply, log and return False."""

    async def on_start_payload(self, assistant: "Assistant", msg: Incoming, transport: Transport, payload: str) -> bool:
        """Handle ``/start <payload>`` (invite codes); True if handled."""

    async def after_start(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        """After the greeting: e.g. ask an unverified user to verify."""

    async def on_unaddressed(self, assistant: "Assistant", msg: Incoming, transport: Transport) -> None:
        """A shared contact or a forwarded channel post."""


class OpenAccess:
    """Everyone is a member; nobody is staff unless listed."""

    def __init__(self, staff: dict[str, str] | None = None):
        self.staff = staff or {}      # user id -> "staff" | "admin"

    def role(self, assistant, user: User) -> str | None:
        return self.staff.get(user.id, "member")

    async def allow(self, assistant, msg: Incoming, transport: Transport, role: str) -> bool:
        from bot.kernel.assistant import ROLES

        have = self.role(assistant, msg.user)
        if ROLES.get(have or "", 0) >= ROLES[role]:
            return True
        assistant.log_event("refused", msg, {"command": msg.command, "needed": role, "had": have})
        from bot.kernel.messages import OutMessage
        from bot.kernel.texts import t

        if msg.callback:
            await transport.answer_callback(msg.callback, t("not_allowed", msg.user.language))
        else:
            await transport.send(msg.chat.id, OutMessage(t("not_allowed", msg.user.language)))
        return False

    async def on_start_payload(self, assistant, msg, transport, payload) -> bool:
        return False

    async def after_start(self, assistant, msg, transport) -> None:
        return None

    async def on_unaddressed(self, assistant, msg, transport) -> None:
        return None
