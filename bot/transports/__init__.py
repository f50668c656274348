"""Transports: one per chat network, each declaring its network in a ``TransportInfo``.

:data:`NETWORKS` lists the declarations of the built-in networks (light modules: no
chat library is imported), for the registry the composition root builds.
"""
from bot.transports.console import CONSOLE
from bot.transports.matrix.info import MATRIX
from bot.transports.telegram.info import TELEGRAM

NETWORKS = (TELEGRAM, MATRIX, CONSOLE)

__all__ = ["NETWORKS", "TELEGRAM", "MATRIX", "CONSOLE"]
