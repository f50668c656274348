"""``python -m bot``: start the assistant.

Without ``--transport`` it starts the transports listed in ``bot.transports``
whose credentials are present (TELEGRAM_BOT_TOKEN, MATRIX_ACCESS_TOKEN /
MATRIX_PASSWORD), and the terminal console when there are none.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from app.errors import AppError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--transport", action="append", choices=["console", "telegram", "matrix"],
                        help="Transport to start (repeatable). Default: from config and environment.")
    parser.add_argument("--config", help="config.yaml (env BOT_CONFIG)")
    parser.add_argument("--data-dir", help="data directory (env BOT_DATA_DIR)")
    parser.add_argument("--lang", default="zh", choices=["zh", "en"], help="console language")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from bot.logsetup import configure
    from app.private_files import private_umask

    private_umask()           # files the bot creates (database, indexes, logs) are this account's only
    configure(verbose=args.verbose)          # stderr until we know whether the chat is this terminal
    try:
        from bot.app import build_assistant, choose_transports, run
        from bot.settings import load_bot_settings
        from bot.settings_check import check_credentials
        from kb.config import load_config

        # The whole config and the chosen transports' secrets are checked before anything opens.
        settings = load_bot_settings(load_config(args.config, data_dir=args.data_dir))
        transports = args.transport or choose_transports(settings)
        check_credentials(settings, transports)
        assistant = build_assistant(args.config, args.data_dir)
        if "console" in transports:
            # The chat is printed on this terminal: log lines go to a file, not between replies.
            configure(verbose=args.verbose, log_file=assistant.config.data_dir / "bot.log",
                      level=None if sys.stdin.isatty() or args.verbose or len(transports) > 1 else logging.WARNING)
        asyncio.run(run(assistant, transports, language=args.lang))
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
