"""``python ingest.py broadcast ...``: announcements from a staff desk.

``send`` writes the broadcast to the outbox (one row per recipient) after a
preview and a confirmation. The running bot's worker delivers it; with
``--deliver`` this process delivers it itself through the Telegram Bot API
(``TELEGRAM_BOT_TOKEN``, ``TELEGRAM_API_BASE_URL``) and prints the report,
unless the bot is delivering already (then the bot does it). ``--at`` schedules
it in the committee's time zone (``committee.timezone``).

    python ingest.py broadcast send --to all --text "提案截止日期为11月30日" --yes
    python ingest.py broadcast send --to sector:经济界 --to channels --text-file notice.txt --file 议程.pdf
    python ingest.py broadcast send --to district:城东街道 --text "..." --at "2026-12-01 09:00"
    python ingest.py broadcast list | status 12 | cancel 12 | targets | deliver
"""
from __future__ import annotations

import asyncio
import getpass
import json
import mimetypes
import sys
import time
from pathlib import Path

import click

from cli.common import kb_errors

NO_BOT = "No bot is running (nothing holds the outbox lease or keeps its heartbeat fresh)."


def delivering_worker(db):
    from bot.features.outbox import delivering_worker as holder

    return holder(db)


AUDIENCE_HELP = ("Who gets it (repeatable, or comma-separated): channels (every registered group/channel), "
                 "all (every verified member), sector:X (界别), district:Y (街道社区), channel:@name or channel:ID.")


def _open(ctx):
    from cli.common import cli_config as _config

    config = _config(ctx)
    from bot.features.outbox.worker import open_outbox_db
    from bot.settings import load_bot_settings

    try:
        settings = load_bot_settings(config)
    except Exception as exc:   # a ConfigError (app.errors) naming the bad bot: key
        raise click.ClickException(str(exc)) from exc
    return config, settings, open_outbox_db(config)




def _plain(html: str) -> str:
    from bot.kernel.messages import to_plain

    return to_plain(html)


@click.group("broadcast")
def broadcast():
    """Announcements to registered channels/groups and to members (staff)."""


@broadcast.command("send")
@click.option("--to", "audience", multiple=True, required=True, help=AUDIENCE_HELP)
@click.option("--text", help="The announcement (plain text; with --html the HTML subset).")
@click.option("--text-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the text from a UTF-8 file ('-' is not supported; use --text).")
@click.option("--file", "document", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Attach a document (the text becomes its caption when short).")
@click.option("--html", "is_html", is_flag=True, help="The text uses <b>, <i>, <u>, <s>, <code>, <a href>, <blockquote>.")
@click.option("--at", "at", help="Send later, e.g. '2026-12-01 09:00' (committee.timezone).")
@click.option("--by", "by", default=None, help="Author recorded in the audit log (default: your login name).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--deliver", is_flag=True, help="Deliver now from this process (Bot API) and print the report.")
@click.pass_context
@kb_errors
def send(ctx, audience, text, text_file, document, is_html, at, by, yes, deliver):
    """Preview a broadcast, then write it to the outbox (and optionally deliver it)."""
    import bot.features.broadcast as bc

    if text and text_file:
        raise click.UsageError("Give --text or --text-file, not both.")
    if text_file:
        text = text_file.read_text(encoding="utf-8-sig")
    if not (text or "").strip() and not document:
        raise click.UsageError("Nothing to send: give --text, --text-file or --file.")
    if at and deliver:
        raise click.UsageError("--deliver sends now; a scheduled broadcast is delivered by the running bot "
                               "(or `python ingest.py outbox run`).")
    config, settings, db = _open(ctx)
    tz = config.committee.timezone
    html = bc.sanitize_html(text or "") if is_html else bc.esc((text or "").strip())
    items = bc.normalize_audience(audience)
    doc = None
    if document:
        limit = config.ingest.max_file_mb * 1024 * 1024
        if document.stat().st_size > limit:
            raise click.ClickException(f"{document.name} is larger than {config.ingest.max_file_mb} MB.")
        doc = bc.Document(document.name, document.read_bytes(), mimetypes.guess_type(document.name)[0])
    when = None
    if at:
        try:
            when = bc.parse_when(at, tz)
        except ValueError:
            raise click.UsageError(f"Cannot read --at {at!r}; use 'YYYY-MM-DD HH:MM' ({tz}).")
        if when <= time.time():
            raise click.UsageError(f"--at {at} ({tz}) has already passed.")
    resolved = bc.resolve_audience(db, items)
    if resolved.unknown:
        raise click.ClickException("Nothing matches: " + ", ".join(resolved.unknown) +
                                   " (see `broadcast targets` and the roster's sectors/districts).")
    bc.prepare_parts(html, doc.name if doc else None)          # too long / empty: fails before asking
    click.echo(f"Audience:   {bc.audience_label(db, items, 'en')}")
    muted = f"; {resolved.muted} muted members skipped" if resolved.muted else ""
    click.echo(f"Recipients: {len(resolved.recipients)} ({resolved.channels} channels/groups, "
               f"{resolved.members} members{muted})" + (" — the roster is read again when it is sent" if when else ""))
    if when:
        click.echo(f"When:       {bc.format_when(when, tz)} ({tz})")
    if doc:
        click.echo(f"Document:   {doc.name} ({len(doc.data)} bytes)")
    click.echo("Text:\n  " + (_plain(html) or "(none)").replace("\n", "\n  "))
    if not resolved.recipients:
        raise click.ClickException("Nobody in that audience can receive it.")
    if not yes:
        click.confirm("Send it?" if not when else "Schedule it?", abort=True)
    user = by or getpass.getuser()
    author = bc.Author(f"cli:{user}", user, None, "en")
    bid = bc.create_broadcast(db, html=html, audience=items, author=author, document=doc, scheduled_at=when,
                              source="cli")
    if when:
        click.echo(f"Broadcast #{bid} scheduled for {bc.format_when(when, tz)}; the running bot sends it.")
        if delivering_worker(db) is None:
            click.echo(NO_BOT + " Start the bot before then, or run `python ingest.py outbox run`.")
        return
    click.echo(f"Broadcast #{bid} written to the outbox ({len(resolved.recipients)} recipients).")
    if not deliver:
        holder = delivering_worker(db)
        if holder is None:
            click.echo(NO_BOT + " Deliver it from here now: `python ingest.py broadcast deliver` "
                       "(next time: `broadcast send --deliver`).")
        else:
            click.echo(f"The running bot ({holder['host']}, pid {holder['pid']}) delivers it; "
                       f"`python ingest.py broadcast status {bid}` shows progress.")
        return
    _deliver(config, settings, db, bid)


def _deliver(config, settings, db, bid: int | None) -> None:
    import bot.features.broadcast as bc
    from bot.features.outbox.lease import LeaseHeld
    from bot.features.outbox.worker import deliver

    try:
        stats = asyncio.run(deliver(config, settings, until_idle=True, batch=(bc.OWNER, bid) if bid else None,
                                    wait_for_lease=False))
    except LeaseHeld as exc:
        click.echo(f"Not delivering here: {exc}. It will send the broadcast.")
        return
    if bid is None:
        click.echo(" ".join(f"{k}={v}" for k, v in sorted(stats.items())) or "Nothing to deliver.")
        return
    click.echo(_plain(bc.report_html(db, bid, "en")))
    click.echo(_plain(bc.details_html(db, bid, "en")))


@broadcast.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=20, show_default=True)
@click.pass_context
@kb_errors
def list_(ctx, as_json, limit):
    """Recent broadcasts with delivery counts."""
    import bot.features.broadcast as bc

    config, _, db = _open(ctx)
    rows = []
    for b in bc.list_broadcasts(db, limit=limit):
        s = bc.summary(db, b["id"])
        rows.append({"id": b["id"], "state": b["state"], "author": b["author_name"] or b["author_id"],
                     "created": bc.format_when(b["created_at"], config.committee.timezone),
                     "scheduled": bc.format_when(b["scheduled_at"], config.committee.timezone) if b["scheduled_at"] else None,
                     "audience": bc.audience_label(db, b["audience"], "en"), **{k: s[k] for k in
                     ("total", "sent", "unconfirmed", "failed", "pending")}})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("No broadcasts yet.")
    for r in rows:
        when = f"at {r['scheduled']}" if r["state"] == "scheduled" else r["created"]
        click.echo(f"#{r['id']:<4} {when}  {r['state']:<9} {r['author']} -> {r['audience']}: "
                   f"{r['sent']}/{r['total']} delivered, {r['unconfirmed']} unconfirmed, {r['failed']} failed, "
                   f"{r['pending']} pending")


@broadcast.command("status")
@click.argument("broadcast_id", type=int)
@click.pass_context
@kb_errors
def status(ctx, broadcast_id):
    """Delivery report of one broadcast, with who did not get it and why."""
    import bot.features.broadcast as bc

    _, _, db = _open(ctx)
    if bc.get_broadcast(db, broadcast_id) is None:
        raise click.ClickException(f"No broadcast #{broadcast_id}.")
    click.echo(_plain(bc.report_html(db, broadcast_id, "en")))
    click.echo(_plain(bc.details_html(db, broadcast_id, "en")))
    if bc.summary(db, broadcast_id)["pending"] and delivering_worker(db) is None:
        click.echo(NO_BOT + " The pending recipients wait until it starts; "
                   "`python ingest.py broadcast deliver` delivers them from here.")


@broadcast.command("cancel")
@click.argument("broadcast_id", type=int)
@click.option("--by", "by", default=None)
@click.pass_context
@kb_errors
def cancel(ctx, broadcast_id, by):
    """Cancel a scheduled broadcast, or what is left of one being sent."""
    import bot.features.broadcast as bc

    _, _, db = _open(ctx)
    result = bc.cancel_broadcast(db, broadcast_id, by=f"cli:{by or getpass.getuser()}")
    if result is None:
        raise click.ClickException(f"Broadcast #{broadcast_id} does not exist or is finished.")
    was, delivered = result
    click.echo(f"Broadcast #{broadcast_id} cancelled (was {was}; {delivered} already delivered).")


@broadcast.command("resend-unconfirmed")
@click.argument("broadcast_id", type=int)
@click.option("--by", "by", default=None)
@click.pass_context
@kb_errors
def resend_unconfirmed(ctx, broadcast_id, by):
    """Queue again the recipients whose delivery is unconfirmed (they may get a second copy)."""
    import bot.features.broadcast as bc

    _, _, db = _open(ctx)
    n = bc.requeue_unconfirmed(db, broadcast_id, by=f"cli:{by or getpass.getuser()}")
    click.echo(f"{n} recipients queued again.")


@broadcast.command("targets")
@click.pass_context
@kb_errors
def targets_(ctx):
    """Registered channels and groups."""
    import bot.features.broadcast as bc

    _, _, db = _open(ctx)
    rows = bc.targets(db)
    if not rows:
        click.echo("No targets. Add the bot to a group and send /register there, or "
                   "`python ingest.py broadcast register @channelname`.")
    for x in rows:
        click.echo(f"{x['id']:>3}  {x['kind']:<7} {x['chat_id']:<22} {bc.target_label(x)}")


@broadcast.command("register")
@click.argument("chat")
@click.option("--title", default="")
@click.option("--kind", type=click.Choice(["channel", "group"]), default="channel", show_default=True)
@click.pass_context
@kb_errors
def register(ctx, chat, title, kind):
    """Register a target by @channelname or chat id (tg:-100…)."""
    import bot.features.broadcast as bc
    from bot.kernel.transports import known_networks

    _, _, db = _open(ctx)
    telegram = known_networks().network("telegram")     # a bare @name or number is a Telegram chat
    chat_id = chat if ":" in chat else telegram.qualify(chat if chat.startswith(("@", "-")) or chat.isdigit() else "@" + chat)
    own = telegram.raw(chat_id)
    username = own.lstrip("@") if telegram.owns(chat_id) and own.startswith("@") else None
    target, created = bc.register_target(db, chat_id, kind=kind, title=title or chat, username=username,
                                         by=f"cli:{getpass.getuser()}")
    click.echo(("Registered" if created else "Already registered") + f": {bc.target_label(target)} ({chat_id})")


@broadcast.command("unregister")
@click.argument("ref")
@click.pass_context
@kb_errors
def unregister(ctx, ref):
    """Remove a target (by id, chat id, @name or title)."""
    import bot.features.broadcast as bc

    _, _, db = _open(ctx)
    target = bc.unregister_target(db, ref, by=f"cli:{getpass.getuser()}")
    if target is None:
        raise click.ClickException(f"No single target matches {ref!r}; see `broadcast targets`.")
    click.echo(f"Removed: {bc.target_label(target)}")


@broadcast.command("deliver")
@click.option("--forever", is_flag=True, help="Keep running (scheduled broadcasts too) until Ctrl-C.")
@click.pass_context
@kb_errors
def deliver_(ctx, forever):
    """Deliver what is pending in the outbox from this process (if the bot is not delivering)."""
    config, settings, db = _open(ctx)
    if forever:
        from bot.features.outbox.worker import main

        argv = []
        for flag, key in (("--config", "config_path"), ("--data-dir", "data_dir")):
            if (ctx.obj or {}).get(key):
                argv += [flag, str(ctx.obj[key])]
        sys.exit(main(argv))
    _deliver(config, settings, db, None)
