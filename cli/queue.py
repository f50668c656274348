"""``python ingest.py queue list|answer|dismiss``: the staff queue from a desk.

The same library code as ``/queue``, ``/answer N`` and ``/dismiss N`` in chat
(:class:`bot.features.curation.desk.QueueDesk`). The askers are notified with the very message chat
sends, written to the outbox for the running bot to deliver; when no bot is running, the
command says so and how to deliver the messages now.

    python ingest.py queue list
    python ingest.py queue answer 12 "停车证由机关事务处办理，电话……" --by 王秘书
    python ingest.py queue dismiss 7 "停车信息以会议通知为准"
"""
from __future__ import annotations

import getpass
import json

import click

from cli.common import kb_errors


def _desk(ctx, by: str | None = None):
    from bot.features.curation.desk import QueueDesk

    obj = ctx.obj or {}
    return QueueDesk(obj.get("config_path"), obj.get("data_dir"), by=by or getpass.getuser())


def _delivery_note(desk) -> str:
    from bot.features.outbox import delivering_worker

    if not desk.outbox.queued:
        return ""
    holder = delivering_worker(desk.assistant.db)
    if holder is not None:
        return f"The running bot ({holder['host']}, pid {holder['pid']}) delivers the message(s) now."
    return ("No bot is running: the message(s) wait in the outbox until the bot starts. "
            "To deliver them now, run `python ingest.py broadcast deliver`.")


def _run(action):
    from bot.features.curation.desk import QueueError

    try:
        return action()
    except QueueError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("queue")
def queue():
    """Unanswered questions: list them, answer or dismiss one by its number."""


@queue.command("list")
@click.option("--limit", default=20, show_default=True, help="Show at most this many items.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
@kb_errors
def list_(ctx, limit, as_json):
    """Open items, most-asked first, with their questions."""
    from bot.features.broadcast.schedule import format_when

    desk = _desk(ctx)
    try:
        items = desk.items(limit)
        tz = desk.assistant.config.committee.timezone
        if as_json:
            click.echo(json.dumps([{k: i[k] for k in ("id", "asks", "title", "questions", "sources")}
                                   | {"first": format_when(i["created_at"], tz)} for i in items],
                                  ensure_ascii=False, indent=1))
            return
        if not items:
            click.echo("The queue is empty.")
            return
        for item in items:
            why = " / ".join({"abstained": "no answer found", "downvoted": "marked not helpful"}.get(s, s)
                             for s in item["sources"])
            click.echo(f"#{item['id']}  {item['asks']} ask(s), first {format_when(item['created_at'], tz)}, {why}")
            for question in item["questions"][:5]:
                click.echo(f"    {question}")
        click.echo("Answer one: ingest.py queue answer N \"text\"; dismiss: ingest.py queue dismiss N \"reason\".")
    finally:
        desk.close()


@queue.command("answer")
@click.argument("item_id", type=int)
@click.argument("text")
@click.option("--by", default=None, help="Staff name recorded with the answer (default: your login name).")
@click.pass_context
@kb_errors
def answer(ctx, item_id, text, by):
    """Answer item N: the answer becomes a FAQ entry and every asker is notified."""
    desk = _desk(ctx, by)
    try:
        entry_id, sent, failed = _run(lambda: desk.answer(item_id, text))
        failed_note = f"; {failed} could not be reached" if failed else ""
        click.echo(f"Item #{item_id} answered: FAQ entry #{entry_id}; {sent} asker(s) will be notified{failed_note}.")
        click.echo(f"Other members will see the question as: “{desk.cur.display_question(entry_id)}” "
                   "(masked; rewrite it in the chat: /faq, ✏️ Edit question).")
        note = _delivery_note(desk)
        if note:
            click.echo(note)
    finally:
        desk.close()


@queue.command("dismiss")
@click.argument("item_id", type=int)
@click.argument("reason")
@click.option("--by", default=None, help="Staff name recorded with the dismissal (default: your login name).")
@click.pass_context
@kb_errors
def dismiss(ctx, item_id, reason, by):
    """Dismiss item N with a reason; the askers are told the reason."""
    desk = _desk(ctx, by)
    try:
        sent, failed, pointer = _run(lambda: desk.dismiss(item_id, reason))
        failed_note = f"; {failed} could not be reached" if failed else ""
        click.echo(f"Item #{item_id} dismissed; {sent} asker(s) will be told{failed_note}. Pointed to: {pointer}")
        note = _delivery_note(desk)
        if note:
            click.echo(note)
    finally:
        desk.close()
