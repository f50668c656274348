"""``python ingest.py duty ...``: duty records, proposals and venues from the committee's own systems.

    duty import attendance FILE    出席记录: 会议编号, 会议名称, 会议类型, 日期, 姓名/手机, 出席情况
    duty import activities FILE    活动记录: 活动编号, 活动名称, 类型, 日期, [年度], 姓名/手机
    duty import proposals FILE     提案: 提案编号, 案由, 第一提案人, 联名提案人, 状态, 承办单位, 答复日期, 满意度, 重点提案, 提交日期
    duty import venues FILE        联系点: 联系点编号, 名称, 街道, 地址, 联系人, 联系电话, [活动编号, 协商日期, 时间, 议题]
    duty import assignments FILE   联系点分配: 姓名/手机, 联系点编号
    duty show MEMBER [--year]      one member's points, grade and records (a name or mobile)
    duty export FILE [--year]      the annual assessment table (XLSX or CSV; no phones unless --with-phones)

Every import is idempotent (keyed by the source's ids), one transaction per file, and prints
added / updated / unchanged / rejected with the reason for each rejected row. Members whose
proposal status changed are told through the outbox (the running bot delivers).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from cli.common import cli_config, kb_errors

KINDS = ("attendance", "activities", "proposals", "venues", "assignments")


def _open(ctx):
    from bot.features import open_bot_db
    from bot.features.duty import api
    from bot.features.duty.rules import rules_of

    config = cli_config(ctx)
    rules = rules_of(config)
    api.configure(rules)
    return config, open_bot_db(config.db_path), rules


def run_import(db, kind: str, path, rules):
    """Import one file of ``kind``; returns its ImportReport (raises ImportFileError for a bad file)."""
    if kind == "attendance":
        from bot.features.duty.imports import import_attendance as fn
    elif kind == "activities":
        from bot.features.duty.imports import import_activities as fn
    elif kind == "proposals":
        from bot.features.proposals.service import import_proposals as fn
    elif kind == "venues":
        from bot.features.venues.service import import_venues as fn
    elif kind == "assignments":
        from bot.features.venues.service import import_assignments as fn
    else:
        raise click.BadParameter(f"{kind}: one of {', '.join(KINDS)}")
    return fn(db, path, rules=rules)


@click.group("duty")
def duty():
    """Duty records (履职积分), proposals and community venues."""


@duty.command("import")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="Also list the added and updated rows.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", help="Language of the report (zh).")
@click.pass_context
@kb_errors
def import_(ctx, kind, file, verbose, lang):
    """Import KIND records from FILE (.csv or .xlsx); re-importing is idempotent."""
    _, db, rules = _open(ctx)
    report = run_import(db, kind, file, rules)
    for line in report.lines(lang, verbose=verbose):
        click.echo(line)
    if report.notified:
        from bot.features.outbox import delivering_worker

        if delivering_worker(db) is None:
            click.echo("机器人未运行：通知已存入发件箱，机器人启动后发送（或运行 python ingest.py outbox run）。"
                       if lang == "zh" else "No bot is running: the notices wait in the outbox until it starts.")


def _year(config, year):
    if year:
        return year
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(config.committee.timezone)).year


@duty.command("show")
@click.argument("member")
@click.option("--year", type=int, help="Assessment year (default: this year).")
@click.pass_context
@kb_errors
def show(ctx, member, year):
    """One member's points by rule, grade, what is missing and records (MEMBER: name or mobile)."""
    from bot.features.duty import api
    from bot.features.duty.members import find_member
    from bot.features.duty.views import render_summary
    from bot.kernel.messages import to_plain

    config, db, rules = _open(ctx)
    found = find_member(db, member)
    if found is None:
        raise click.ClickException(f"名单中没有找到“{member}”（请写姓名或手机号）。")
    summary = api.summary(db, found["id"], _year(config, year), rules=rules)
    click.echo(to_plain(render_summary(summary, rules, "zh", who=found["name"])))


@duty.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--year", type=int, help="Assessment year (default: this year).")
@click.option("--with-phones", is_flag=True, help="Add members' mobile numbers (left out by default).")
@click.pass_context
@kb_errors
def export(ctx, file, year, with_phones):
    """Write the annual assessment table (member, sector, points per group, total, grade, annual report)."""
    from bot.features.duty.export import export_assessment

    if not re.search(r"\.(xlsx|csv)$", file.name, re.I):
        raise click.ClickException("考核表请保存为 .xlsx 或 .csv 文件。")
    config, db, rules = _open(ctx)
    n = export_assessment(db, file, _year(config, year), with_phones=with_phones, rules=rules)
    click.echo(f"已写入 {file}：{n} 位委员{'（含手机号）' if with_phones else ''}。")
