"""``python ingest.py reports ...``: 社情民意 for the secretariat, from a desk.

    reports list [--status S] [--year Y] [--member NAME] [--search TEXT]   newest first
    reports show SQMY-2026-0042                                            the report and its history
    reports status SQMY-2026-0042 adopted --level province [--comment ..] one step along the path
    reports import FILE                                                    CSV/XLSX, idempotent by receipt

The same functions as /review in chat (bot.features.reports): the change is audited,
points are credited, and the author is notified through the outbox (the running bot
delivers it). Output is Chinese, like the chat; ``--lang en`` (or ``ingest.py --lang en``,
env ``BOT_LANG``) for English.
"""
from __future__ import annotations

import getpass
import json
from pathlib import Path

import click

from cli.common import kb_errors

STATUS_CHOICES = ["received", "returned", "issued", "forwarded", "adopted", "instructed", "feedback"]


def _actor(by: str | None) -> str:
    try:
        return f"cli:{by or getpass.getuser()}"
    except Exception:
        return "cli"


class _Desk:
    def __init__(self, ctx):
        from bot.features import open_bot_db
        from bot.features.reports import points
        from bot.features.reports.settings import reports_settings
        from bot.features.reports import texts  # noqa: F401
        from cli.common import cli_config

        self.config = cli_config(ctx)
        self.settings = reports_settings((self.config.bot or {}).get("reports"))
        self.tz = self.config.committee.timezone
        self.db = open_bot_db(self.config.db_path)
        points.use_config(self.config)

    def close(self):
        self.db.conn.close()


def _errors(fn):
    import functools

    @functools.wraps(fn)
    def wrapper(*args, lang=None, **kwargs):
        from bot.features.reports.status import ReportError

        from cli.texts import lang as cli_lang

        # This command's --lang, else the command line's (ingest.py --lang en …, env BOT_LANG), else Chinese.
        lang = lang or cli_lang()
        try:
            return fn(*args, lang=lang, **kwargs)
        except ReportError as err:
            raise click.ClickException(err.text(lang)) from err

    return wrapper


def _label(status, lang, level=None):
    from bot.features.reports.texts import status_label

    return status_label(status, lang, level if status == "adopted" else None)


def _when(ts, tz):
    from app.timefmt import local_time

    return local_time(ts, tz)


lang_option = click.option("--lang", type=click.Choice(["zh", "en"]), default=None,
                           help="Language of the output (default: ingest.py --lang, env BOT_LANG; else Chinese).")


@click.group("reports")
def reports():
    """社情民意 reports: list, show, change status, import."""


@reports.command("list")
@click.option("--status", type=click.Choice(STATUS_CHOICES), multiple=True, help="Only these statuses (repeatable).")
@click.option("--year", type=int, help="Only this year's receipts.")
@click.option("--member", help="Only this member's (roster name, mobile, @username).")
@click.option("--search", "text", help="Text in the title, content, receipt or author's name.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@lang_option
@click.pass_context
@kb_errors
@_errors
def list_(ctx, status, year, member, text, limit, as_json, lang="zh"):
    """Reports, newest submission first."""
    from bot.features.reports import links, list_reports

    desk = _Desk(ctx)
    try:
        member_id = None
        if member:
            found = links.member_by_ref(desk.db, member)
            if found is None:
                raise click.ClickException(f"名单中没有“{member}”。" if lang == "zh" else f"No roster person {member!r}.")
            member_id = found["id"]
        rows = list_reports(desk.db, status=list(status) or None, year=year, member_id=member_id, text=text,
                            limit=limit)
        if as_json:
            keys = ("receipt", "title", "author_name", "category", "community", "status", "level", "instructed",
                    "comment", "submitted_at")
            click.echo(json.dumps([{k: r[k] for k in keys} for r in rows], ensure_ascii=False, indent=1))
            return
        if not rows:
            click.echo("没有符合条件的社情民意。" if lang == "zh" else "No reports match.")
            return
        for r in rows:
            click.echo(f"{r['receipt']}  {_label(r['status'], lang, r['level'])}  {_when(r['submitted_at'], desk.tz)}  "
                       f"{r['author_name'] or ''}  {r['title']}")
        click.echo(f"共 {len(rows)} 篇。" if lang == "zh" else f"{len(rows)} report(s).")
    finally:
        desk.close()


@reports.command("show")
@click.argument("receipt")
@lang_option
@click.pass_context
@kb_errors
@_errors
def show(ctx, receipt, lang="zh"):
    """One report with its attachments and history."""
    from bot.features.reports import get_report
    from bot.features.reports.files import FileStore, human_size

    desk = _Desk(ctx)
    try:
        r = get_report(desk.db, receipt)
        zh = lang == "zh"
        click.echo(f"{r['receipt']}  {_label(r['status'], lang, r['level'])}")
        click.echo(f"{'标题' if zh else 'Title'}：{r['title']}")
        click.echo(f"{'报送人' if zh else 'Author'}：{r['author_name'] or ''}    {'类别' if zh else 'Category'}："
                   f"{r['category'] or ''}    {'社区' if zh else 'Community'}：{r['community'] or ''}")
        click.echo(f"{'提交' if zh else 'Filed'}：{_when(r['submitted_at'], desk.tz)}")
        click.echo("")
        click.echo(r["content"])
        store = FileStore(Path(desk.config.data_dir) / desk.settings.files_dir)
        if r["files"]:
            click.echo("")
            click.echo("附件：" if zh else "Attachments:")
            for f in r["files"]:
                click.echo(f"  {f['name']}  {human_size(f['size'])}  {store.path(f['sha256'])}")
        click.echo("")
        click.echo("经过：" if zh else "History:")
        for h in r["history"]:
            comment = f"：{h['comment']}" if h["comment"] else ""
            click.echo(f"  {_when(h['created_at'], desk.tz)}  {_label(h['to_status'], lang, h['level'])}  "
                       f"{h['actor'] or ''}{comment}")
    finally:
        desk.close()


@reports.command("status")
@click.argument("receipt")
@click.argument("status", type=click.Choice([s for s in STATUS_CHOICES if s != "received"]))
@click.option("--level", type=click.Choice(["city", "province", "national"]), help="For adopted: the level.")
@click.option("--comment", help="The editor's comment (returned), the instruction or the feedback.")
@click.option("--by", default=None, help="Staff name recorded in the audit trail (default: your login name).")
@lang_option
@click.pass_context
@kb_errors
@_errors
def status_(ctx, receipt, status, level, comment, by, lang="zh"):
    """Move a report one step: issued, returned, forwarded, adopted --level L, instructed, feedback."""
    from bot.features.reports import change_status, links, points

    if status == "returned" and not (comment or "").strip():
        raise click.ClickException("退回时请用 --comment 写明意见（将转告报送人）。" if lang == "zh"
                                   else "Returning needs --comment (the author reads it).")
    desk = _Desk(ctx)
    try:
        change = change_status(desk.db, receipt, status, actor=_actor(by), tz=desk.tz, level=level, comment=comment)
        r = change.report
        zh = lang == "zh"
        click.echo(f"{r['receipt']}：{_label(change.previous, lang)} → {_label(status, lang, level)}")
        if change.points is not None:
            click.echo(f"本篇现计 {points.show(change.points)} 分（{points.cite()}）。" if zh
                       else f"The report now counts {points.show(change.points)} points ({points.cite()}).")
        if change.notice_id is None:
            click.echo("报送人没有可通知的聊天。" if zh else "The author has no chat to notify.")
        elif links.delivering_worker(desk.db) is not None:
            click.echo("已通知报送人（运行中的机器人正在发送）。" if zh else "The author is notified (the running bot delivers it).")
        else:
            click.echo("通知已写入发件箱；机器人未运行，启动后发送（或运行 ingest.py outbox run）。" if zh
                       else "The notice waits in the outbox until the bot runs (or: ingest.py outbox run).")
    finally:
        desk.close()


@reports.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", default=None, help="Staff name recorded in the history (default: your login name).")
@click.option("--verbose", "-v", is_flag=True, help="List every row, not only the rejected ones.")
@lang_option
@click.pass_context
@kb_errors
@_errors
def import_(ctx, file, by, verbose, lang="zh"):
    """Import reports from FILE (.csv/.xlsx); re-importing is idempotent by receipt number.

    Columns: 回执编号, 报送人 (roster name or mobile), 标题, 正文, 类别, 街道社区, 报送日期,
    状态, 采用级别, 领导批示, 意见.
    """
    from bot.features.reports.imports import import_reports

    desk = _Desk(ctx)
    try:
        result = import_reports(desk.db, file, settings=desk.settings, tz=desk.tz, actor=_actor(by))
        for row in result.rows:
            if row.status == "rejected" or verbose:
                reason = f"：{row.reason}" if row.reason else ""
                click.echo(f"第 {row.line} 行 {row.receipt} {row.status}{reason}")
        click.echo(result.summary())
    finally:
        desk.close()
