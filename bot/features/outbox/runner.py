"""The outbox worker inside the bot: an asyncio task on the bot's loop, one per Assistant.

It starts when a transport attaches inside a running loop (the ``on_attach`` hook) and stops
with ``assistant.close()``. Features whose rows need their owner (broadcasts) add their
:class:`~bot.features.outbox.clients.OutboxClient` with :meth:`OutboxRunner.add_client`.
"""
from __future__ import annotations

import asyncio
import logging
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from bot.features.outbox.clients import OutboxClient
from bot.features.outbox.store import outbox_migrations

if TYPE_CHECKING:
    from bot.features.outbox.service import OutboxWorker
    from bot.kernel.assistant import Assistant

log = logging.getLogger("bot.outbox")

_runners: "weakref.WeakKeyDictionary[Assistant, OutboxRunner]" = weakref.WeakKeyDictionary()


class OutboxRunner:
    def __init__(self, assistant: "Assistant"):
        self.assistant = assistant
        self.db = assistant.db
        self.settings = assistant.settings.broadcast
        self.clients: list[OutboxClient] = []
        self.clock = time.time           # wall time of the worker (tests pass a controllable one)
        self.worker: "OutboxWorker | None" = None
        self._task: asyncio.Task | None = None

    def add_client(self, client: OutboxClient) -> None:
        self.clients.append(client)
        if self.worker is not None:
            self.worker.add_client(client)

    def make_worker(self) -> "OutboxWorker":
        from bot.features.outbox.service import OutboxWorker

        return OutboxWorker(self.db, self.settings, self.assistant.transport_for,
                            journal_path=Path(self.assistant.config.data_dir) / "outbox.journal",
                            clients=list(self.clients), clock=lambda: self.clock())

    def start(self) -> asyncio.Task | None:
        """Start the worker on the running loop (idempotent; no-op without a loop)."""
        if self._task is not None and not self._task.done():
            return self._task
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        if self.worker is None or self.worker.stopped:
            self.worker = self.make_worker()
        self._task = loop.create_task(self._run_worker(), name="outbox-worker")
        return self._task

    async def _run_worker(self) -> None:
        while True:
            try:
                await self.worker.run()
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                if self.worker.stopped:
                    raise
                log.exception("outbox worker crashed; restarting in 5 s")
                await asyncio.sleep(5)

    async def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=35)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                self._task.cancel()
            self._task = None

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()
        self.start()


def install(assistant: "Assistant") -> OutboxRunner:
    """The outbox of this assistant: its tables migrated, its worker started with the transports.
    Idempotent: features that need the outbox call it too and get the same runner."""
    runner = _runners.get(assistant)
    if runner is not None:
        return runner
    outbox_migrations.apply(assistant.db)      # ours, explicitly (idempotent)
    runner = _runners[assistant] = OutboxRunner(assistant)
    assistant.hooks.on_attach.append(lambda transport: runner.start())

    def stop() -> None:
        if runner.worker is not None:
            runner.worker.stop()

    assistant.hooks.on_close.append(stop)
    runner.start()
    return runner


__all__ = ["OutboxRunner", "install"]
