"""``python ingest.py outbox ...``: the outbox (broadcasts and notices) from the command line.

``run`` delivers what the outbox holds from this process, as the running bot does
(``python -m bot.features.outbox.worker`` is the same code): for a desk machine without the
bot, or to drain a backlog. Only one worker delivers at a time (the outbox lease).

    python ingest.py outbox run                 # until Ctrl-C (scheduled broadcasts too)
    python ingest.py outbox run --until-idle    # until nothing is due or scheduled
    python ingest.py outbox who                 # who delivers now
"""
from __future__ import annotations

import sys

import click

from cli.common import kb_errors


def _forwarded(ctx) -> list[str]:
    argv = []
    for flag, key in (("--config", "config_path"), ("--data-dir", "data_dir")):
        if (ctx.obj or {}).get(key):
            argv += [flag, str(ctx.obj[key])]
    return argv


@click.group("outbox")
def outbox():
    """Deliver the outbox (broadcasts, notices to askers) without the bot."""


@outbox.command("run")
@click.option("--until-idle", is_flag=True, help="Exit when nothing is due or scheduled.")
@click.option("--no-wait", is_flag=True, help="Exit (status 3) if the bot or another worker delivers.")
@click.option("--read-timeout", type=float, default=10.0, show_default=True,
              help="Seconds to wait for Telegram's answer.")
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def run(ctx, until_idle, no_wait, read_timeout, verbose):
    """Deliver pending messages through the Telegram Bot API (TELEGRAM_BOT_TOKEN)."""
    from bot.features.outbox.worker import main

    argv = _forwarded(ctx) + ["--read-timeout", str(read_timeout)]
    argv += ["--until-idle"] if until_idle else []
    argv += ["--no-wait"] if no_wait else []
    argv += ["-v"] if verbose else []
    sys.exit(main(argv))


@outbox.command("who")
@click.pass_context
@kb_errors
def who(ctx):
    """Who delivers the outbox now (the running bot, a worker), or nobody."""
    from bot.features.outbox import delivering_worker
    from bot.features.outbox.worker import open_outbox_db
    from cli.common import cli_config

    db = open_outbox_db(cli_config(ctx))
    holder = delivering_worker(db)
    if holder is None:
        click.echo("Nobody delivers the outbox now: start the bot, or run `python ingest.py outbox run`.")
    else:
        click.echo(f"Delivering: {holder['owner']} (pid {holder['pid']} on {holder['host']}).")
