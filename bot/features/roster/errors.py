"""The roster's named exception."""
from __future__ import annotations

from kb.errors import KBError


class RosterError(KBError):
    """A roster file or roster command is unusable as a whole (message says why)."""


__all__ = ["RosterError"]
