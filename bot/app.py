"""Wiring: config -> knowledge base -> core assistant -> features -> transports."""
from __future__ import annotations

import asyncio
import importlib
import logging

from kb.config import load_config
from kb.knowledge_base import KnowledgeBase

from bot.kernel.assistant import Assistant
from bot.settings import load_bot_settings

log = logging.getLogger("bot")

# Feature modules, each with install(assistant). Order matters only for hooks.
FEATURES: list[str] = ["bot.features.roster", "bot.features.documents", "bot.features.curation",
                       "bot.features.stats", "bot.features.outbox", "bot.features.broadcast",
                       "bot.features.conversation", "bot.features.duty", "bot.features.proposals",
                       "bot.features.venues", "bot.features.reports", "bot.web"]


def build_assistant(config_path=None, data_dir=None, *, kb: KnowledgeBase | None = None,
                    access=None) -> Assistant:
    config = kb.config if kb else load_config(config_path, data_dir=data_dir)
    settings = load_bot_settings(config)
    kb = kb or KnowledgeBase(config)
    if access is None:
        from bot.features.roster import RosterAccess

        access = RosterAccess()    # members-only or open, by bot.access
    from bot.transports import NETWORKS     # declarations only: no chat library is imported

    assistant = Assistant(kb, settings, access=access, networks=NETWORKS)
    for name in FEATURES:        # each install() applies its own feature's migrations first
        importlib.import_module(name).install(assistant)
    return assistant


def choose_transports(settings) -> list[str]:
    chosen = []
    if "telegram" in settings.transports and settings.telegram_token:
        chosen.append("telegram")
    if "matrix" in settings.transports and settings.matrix.homeserver and (
            settings.matrix_access_token or settings.matrix_password):
        chosen.append("matrix")
    return chosen or ["console"]


async def run(assistant: Assistant, transports: list[str], *, language: str = "zh") -> None:
    """Run the chosen transports until cancelled (Ctrl-C) or the console's input ends."""
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, assistant.kb.warm_up)
    tasks = []
    for name in transports:
        if name == "console":
            from bot.transports.console import run_console

            tasks.append(asyncio.create_task(run_console(assistant, language=language)))
        elif name == "telegram":
            from bot.transports.telegram.runner import run_telegram

            tasks.append(asyncio.create_task(run_telegram(assistant)))
        elif name == "matrix":
            from bot.transports.matrix.runner import run_matrix

            tasks.append(asyncio.create_task(run_matrix(assistant)))
    if assistant.settings.web.enabled:
        from bot.web import serve

        tasks.append(asyncio.create_task(serve(assistant)))     # the web desk, in this same loop
    log.info("started: %s", ", ".join(transports))
    try:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            task.result()
        for task in pending:
            task.cancel()
    finally:
        assistant.close()
