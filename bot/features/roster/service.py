"""Transitional: the roster's API under the module name it had before the package split.

New code imports ``bot.features.roster`` (the functions of ``bot/features/roster/api.py``,
``RosterAccess`` and ``install``). This module only re-exports them, so that branches
written against the old name keep working while they merge; delete it once nothing
imports ``bot.features.roster.service``.
"""
from __future__ import annotations

from bot.features.roster import *  # noqa: F401,F403
from bot.features.roster import __all__  # noqa: F401
