"""`python ingest.py stats`: usage figures, and the question log of a period as CSV.

Members' phone numbers never appear in an export unless ``--with-phones`` is
given: without it there is no mobile column and numbers typed into questions
are masked (138****1234). The figures and the export are bot.features.stats's.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import click


@click.command("stats")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the question log of the period to this CSV file.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (YYYY-MM-DD, committee time zone).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day, inclusive (default: today).")
@click.option("--days", type=int, default=30, show_default=True, help="Period when --since is not given.")
@click.option("--with-phones", is_flag=True, help="Include members' mobile numbers (roster) in the CSV.")
@click.pass_context
def stats(ctx, csv_path, since, until, days, with_phones):
    """Questions per day, answer rate, abstentions, feedback, most-cited documents, open queue."""
    from cli.common import cli_config as _config

    from bot.features import migrate
    from bot.features.stats import compute_stats, document_titles, format_stats_html
    from bot.features.stats.export import export_rows, write_csv
    from bot.features.stats.service import day_start, local
    from bot.kernel.messages import to_plain
    from app.errors import AppError
    from kb.knowledge_base import KnowledgeBase

    try:
        config = _config(ctx)
        tz = config.committee.timezone
        kb = KnowledgeBase(config)
        db = migrate(kb.db)
    except AppError as exc:
        raise click.ClickException(str(exc)) from exc
    today = local(time.time(), tz).date()
    first = since.date() if since else None
    last = until.date() if until else None
    if first and last and last < first:
        raise click.BadParameter("--until is before --since.")
    if first is None:
        first = (last or today) - dt.timedelta(days=max(1, days) - 1)
    start = day_start(first, tz)
    end = day_start(last + dt.timedelta(days=1), tz) if last else time.time()
    figures = compute_stats(db, start, end, tz, titles=document_titles(kb))
    click.echo(to_plain(format_stats_html(figures, "en")))
    if csv_path:
        n = write_csv(csv_path, export_rows(db, start, end, tz, with_phones=with_phones), with_phones=with_phones)
        note = " including phone numbers" if with_phones else " (no phone numbers)"
        click.echo(f"Wrote {n} questions to {csv_path}{note}.")
