"""`broadcast send` / `broadcast status` from the command line when no bot is running.

The running bot holds the outbox lease and refreshes its heartbeat; without it nothing is
delivered, and the CLI must say so at once (suggesting --deliver) instead of leaving the
broadcast at "⏳ sending" for ever; `status` names why rows are undelivered in plain words.
"""
from __future__ import annotations

import time

from click.testing import CliRunner

from tests.test_broadcast_core import FAST, add_members


def _cli(tmp_path, shared_cache):
    from cli.broadcast import broadcast
    from cli.main import cli
    from kb.config import load_config
    from tests.conftest import write_config

    if "broadcast" not in cli.commands:
        cli.add_command(broadcast)
    cfg = str(write_config(tmp_path, cache_dir=str(shared_cache), bot=FAST))
    from bot.features.outbox.worker import open_outbox_db

    db = open_outbox_db(load_config(cfg))
    add_members(db, 3)
    return cli, cfg, db


def test_send_without_a_running_bot_says_so_and_suggests_deliver(tmp_path, shared_cache):
    cli, cfg, db = _cli(tmp_path, shared_cache)
    run = CliRunner().invoke
    r = run(cli, ["--config", cfg, "broadcast", "send", "--to", "all", "--text", "会议通知", "--yes"])
    assert r.exit_code == 0, r.output
    assert "no bot is running" in r.output.lower() and "--deliver" in r.output, r.output
    assert "The running bot delivers it" not in r.output
    r = run(cli, ["--config", cfg, "broadcast", "status", "1"])
    assert "no bot is running" in r.output.lower() and "broadcast deliver" in r.output, r.output


def test_send_with_a_running_bot_says_who_delivers(tmp_path, shared_cache):
    from bot.features.outbox.service import Lease

    cli, cfg, db = _cli(tmp_path, shared_cache)
    lease = Lease(db)                        # what the running bot's outbox worker holds
    assert lease.try_acquire() is None
    r = CliRunner().invoke(cli, ["--config", cfg, "broadcast", "send", "--to", "all", "--text", "会议通知", "--yes"])
    assert r.exit_code == 0, r.output
    assert "running bot" in r.output and "no bot is running" not in r.output.lower(), r.output
    lease.release()


def test_status_names_the_reason_rows_wait(tmp_path, shared_cache):
    from bot.features.outbox.service import Lease

    cli, cfg, db = _cli(tmp_path, shared_cache)
    run = CliRunner().invoke
    r = run(cli, ["--config", cfg, "broadcast", "send", "--to", "all", "--text", "会议通知", "--yes"])
    assert r.exit_code == 0, r.output
    # The bot runs, but the network of one recipient is not connected: the worker records why.
    with db.conn:
        db.execute("update outbox set error = 'no_transport', next_at = ? where id = 1", [time.time() + 30])
    lease = Lease(db)
    assert lease.try_acquire() is None
    r = run(cli, ["--config", cfg, "broadcast", "status", "1"])
    assert "network not connected" in r.output, r.output
    lease.release()
