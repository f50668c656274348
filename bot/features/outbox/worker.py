"""``python -m bot.features.outbox.worker`` (or ``ingest.py outbox run``): deliver the outbox without the bot.

The running bot delivers broadcasts itself (an asyncio task next to the
transports). This entry point delivers them from a separate process: for a
desk machine (``ingest.py broadcast send --deliver`` and ``ingest.py outbox run`` use the same code), for
operations, and for the crash test that kills it with SIGKILL mid-broadcast.
It opens only the database (no knowledge base, no model, no polling) and a
send-only Telegram client (``TELEGRAM_BOT_TOKEN``, ``TELEGRAM_API_BASE_URL``).

Only one worker delivers at a time: while the bot (or another worker) holds
the outbox lease, this one waits for it (or, with ``--no-wait``, exits with
status 3). SIGTERM/SIGINT stop it gracefully: nothing new is claimed and the
messages in flight finish.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys

from app.errors import AppError

EXIT_LEASE_HELD = 3


def open_outbox_db(config):
    """The bot's database with every owner's tables migrated."""
    from bot.features import open_bot_db

    return open_bot_db(config.db_path)


def telegram_from_env(settings, *, read_timeout: float = 10.0):
    from bot.transports.telegram.transport import TelegramTransport

    token = settings.telegram_token
    if not token:
        from kb.errors import ConfigError

        raise ConfigError("Set TELEGRAM_BOT_TOKEN to deliver broadcasts to Telegram.")
    return TelegramTransport.send_only(token, base_url=settings.telegram_api_base_url,
                                 base_file_url=settings.telegram_file_base_url, read_timeout=read_timeout)


async def deliver(config, settings, *, until_idle: bool, batch: tuple[str, int] | None = None,
                  wait_for_lease: bool = True, read_timeout: float = 10.0, transport=None,
                  install_signals: bool = False) -> dict:
    """Deliver pending outbox rows (until idle, or until stopped). Returns the worker's stats.
    ``batch``: (owner, id), e.g. ("broadcast", 12): with ``until_idle``, stop when that one is done.
    Raises :class:`bot.features.outbox.lease.LeaseHeld` when another worker delivers and not ``wait_for_lease``."""
    from bot.features.outbox.service import OutboxWorker

    db = open_outbox_db(config)
    own_transport = transport is None
    transport = transport or telegram_from_env(settings, read_timeout=read_timeout)
    if own_transport:
        await transport.start()

    def transport_for(chat_id: str):
        return transport if transport.info.owns(chat_id) else None

    # clients=None: every built-in owner's (broadcasts: payloads, schedules, reports to the author).
    worker = OutboxWorker(db, settings.broadcast, transport_for, journal_path=config.data_dir / "outbox.journal")
    if install_signals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, worker.stop)
    try:
        return await worker.run(until_idle=until_idle, wait_for_lease=wait_for_lease, batch=batch)
    finally:
        if own_transport:
            await transport.close()
        db.conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.features.outbox.worker", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=os.environ.get("BOT_CONFIG"), help="config.yaml (env BOT_CONFIG)")
    parser.add_argument("--data-dir", default=os.environ.get("BOT_DATA_DIR"), help="data directory (env BOT_DATA_DIR)")
    parser.add_argument("--until-idle", action="store_true", help="exit when nothing is due or scheduled")
    parser.add_argument("--broadcast", type=int, help="with --until-idle: exit when this broadcast is done")
    parser.add_argument("--no-wait", action="store_true", help="exit (status 3) if another worker delivers")
    parser.add_argument("--read-timeout", type=float, default=10.0, help="seconds to wait for Telegram's answer")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "telegram"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        from kb.config import load_config

        from bot.features.outbox.lease import LeaseHeld
        from bot.settings import load_bot_settings

        config = load_config(args.config, data_dir=args.data_dir)
        settings = load_bot_settings(config)
        stats = asyncio.run(deliver(config, settings, until_idle=args.until_idle,
                                    batch=("broadcast", args.broadcast) if args.broadcast else None,
                                    wait_for_lease=not args.no_wait, read_timeout=args.read_timeout,
                                    install_signals=True))
    except LeaseHeld as exc:
        print(f"not delivering: {exc}", file=sys.stderr)
        return EXIT_LEASE_HELD
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    print(" ".join(f"{k}={v}" for k, v in sorted(stats.items())) or "nothing to deliver", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
