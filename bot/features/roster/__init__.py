"""The roster feature: who may use the bot, with which role, and how they prove it.

Staff import the roster from CSV or XLSX (``python ingest.py members import``,
with a preview first if they like); each person is keyed by a normalised
mobile number. A member verifies once, by sharing their Telegram contact or by
opening a one-time invite link (``/invite``); Matrix users are matched by the
roster's ``matrix_id``. Every refusal and every change is audited.

Modules: ``store`` (the ``members``, ``invites`` and ``audit`` tables, the only
code naming them), ``api`` (what other features, the CLI and the web desk call;
re-exported here), ``access`` (RosterAccess, the members-only policy),
``imports`` / ``tables`` / ``exports`` (spreadsheets), ``invites``, ``links``
(the one place that knows a network's deep links), ``phones``, ``roles``,
``texts``, ``commands`` (/invite, /role, /whoami).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.roster.access import RosterAccess
from bot.features.roster.api import *  # noqa: F401,F403  (the public API, see api.__all__)
from bot.features.roster.api import __all__ as _api

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> None:
    """Apply the roster's migrations, then register /invite (staff), /role (admin) and /whoami (anyone)."""
    from bot.features.roster import commands
    from bot.features.roster.store import roster_migrations

    roster_migrations.apply(assistant.db)     # ours, explicitly (idempotent)
    commands.register(assistant)


__all__ = ["RosterAccess", "install", *_api]
