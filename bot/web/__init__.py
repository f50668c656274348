"""The web desk for the secretariat: documents, questions, the queue, FAQ, broadcasts, roster, stats.

Served by the bot's own process (``python -m bot`` with ``bot.web.enabled``), in
the bot's event loop, on 127.0.0.1 by default behind the committee's HTTPS
proxy. Staff sign in with a one-time link the bot sends on ``/web``.

``install(assistant)`` registers the /web command (when enabled);
``serve(assistant)`` runs the server until cancelled. Pages are in
``routes/``, their templates in ``templates/``, and every call into a feature
goes through ``sources/``.
"""
from __future__ import annotations

from bot.web.feature import WebDesk, attach, desk_of, install, serve

__all__ = ["install", "attach", "serve", "desk_of", "WebDesk"]
