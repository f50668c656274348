"""``python ingest.py members ...``: the member roster from the command line.

    members import FILE            CSV (UTF-8 or GBK) or XLSX; re-importing updates people by mobile
                                   (--dry-run: show what would change, write nothing)
    members list [--role staff] [--venue 东湖社区]   who is on the roster and who has verified
    members search TEXT            by part of a name, 界别, 街道社区, a mobile or its last 4 digits
    members export FILE            CSV or XLSX; phone numbers masked unless --with-phones
    members set-role MOBILE ROLE   member | staff | admin (委员 | 工作人员 | 管理员)
    members remove MOBILE          take someone off the roster
    members audit                  the latest audit entries (imports, roles, documents, refusals)
"""
from __future__ import annotations

import getpass
import json
from pathlib import Path

import click

from cli.common import kb_errors
from cli.texts import lang, say
from app.timefmt import local_date, local_time


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


def _db(ctx):
    from cli.common import cli_config as _config
    from bot.features import open_bot_db

    return open_bot_db(_config(ctx).db_path)




def _tz(ctx) -> str:
    from cli.common import cli_config

    return cli_config(ctx).committee.timezone


@click.group("members")
def members():
    """Manage the member roster (who may use the bot, and their roles)."""


@members.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="Also list the added, updated and unchanged rows.")
@click.option("--dry-run", is_flag=True, help="Only show what the import would do; change nothing.")
@click.pass_context
@kb_errors
def import_(ctx, file, verbose, dry_run):
    """Import or update the roster from FILE (.csv or .xlsx).

    Columns (Chinese or English headers): 姓名/name, 手机/手机号/mobile, 界别/sector,
    街道社区/district, 角色/role (委员/工作人员/管理员 or member/staff/admin; empty = member),
    and optionally telegram_id and matrix_id. With --dry-run, every row's fate
    (added / updated / unchanged / rejected, with the reason) is shown and nothing is written.
    """
    from bot.features.roster import import_roster, mask_phone

    report = import_roster(_db(ctx), file, actor=_actor(), dry_run=dry_run)
    if verbose or dry_run:
        for row in report.rows:
            if row.status != "rejected":
                extra = f" ({', '.join(row.changes)})" if row.changes else ""
                click.echo(say("members_row", line=row.line, status=say("status_" + row.status), name=row.name,
                               phone=mask_phone(row.mobile), extra=extra))
    for row in report.rejected:
        why = row.detail if lang() == "en" else (row.message("zh") or row.detail)
        click.echo(say("members_rejected", line=row.line, name=row.name or "?", why=why), err=True)
    if report.ignored_columns:
        click.echo(say("members_ignored", columns=", ".join(report.ignored_columns)), err=True)
    click.echo((say("members_preview") if dry_run else "") + say("members_summary", **report.counts()))


@members.command("list")
@click.option("--role", type=click.Choice(["member", "staff", "admin"]), help="Only this role.")
@click.option("--venue", help="Only people of this 街道社区 (street community), as the roster writes it.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (phone numbers masked).")
@click.pass_context
@kb_errors
def list_(ctx, role, venue, as_json):
    """List roster people (phone numbers masked)."""
    from bot.features.roster import mask_phone, members as roster_members

    people = roster_members(_db(ctx), role=role, venue=venue)
    tz = _tz(ctx)
    if as_json:
        for p in people:
            p["mobile"] = mask_phone(p["mobile"])
        click.echo(json.dumps(people, ensure_ascii=False, indent=1))
        return
    if not people:
        click.echo(say("members_empty"))
        return
    for p in people:
        verified = local_date(p["verified_at"], tz, missing="unverified")
        ids = " ".join(x for x in (p["telegram_user_id"], p["matrix_id"]) if x)
        click.echo(f"{p['id']:>4}  {p['name']}  {mask_phone(p['mobile']) or '-':<13} {p['role']:<6} "
                   f"{p['sector'] or '-'} / {p['district'] or '-'}  {verified}  {ids}".rstrip())
    verified_count = sum(1 for p in people if p["verified_at"])
    click.echo(say("members_count", n=len(people), verified=verified_count))


@members.command("search")
@click.argument("text")
@click.pass_context
@kb_errors
def search_(ctx, text):
    """Find people by part of a name, 界别, 街道社区, a mobile or its last four digits."""
    from bot.features.roster import mask_phone, search

    people = search(_db(ctx), text)
    for p in people:
        click.echo(f"{p['id']:>4}  {p['name']}  {mask_phone(p['mobile']) or '-':<13} {p['role']:<6} "
                   f"{p['sector'] or '-'} / {p['district'] or '-'}")
    click.echo(say("members_found", n=len(people)))


@members.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--with-phones", is_flag=True, help="Write full phone numbers (otherwise masked like 138****5678).")
@click.option("--role", type=click.Choice(["member", "staff", "admin"]), help="Only this role.")
@click.pass_context
@kb_errors
def export(ctx, file, with_phones, role):
    """Write the roster to FILE (.csv or .xlsx)."""
    from bot.features.roster import export_roster

    n = export_roster(_db(ctx), file, with_phones=with_phones, role=role, tz=_tz(ctx))
    note = "" if with_phones else " (phone numbers masked; --with-phones for a file you can re-import)"
    click.echo(say("members_exported", n=n, file=file, note=note))


@members.command("set-role")
@click.argument("mobile")
@click.argument("role")
@click.pass_context
@kb_errors
def set_role_(ctx, mobile, role):
    """Set the role of the person with MOBILE (or @username / Matrix id) to ROLE."""
    from bot.features.roster import mask_phone, set_role

    member, old = set_role(_db(ctx), mobile, role, actor=_actor())
    who = f"{member['name']} ({mask_phone(member['mobile'])})"
    if old == member["role"]:
        click.echo(say("members_role_same", who=who, role=old))
    else:
        click.echo(say("members_role_changed", who=who, old=old, new=member["role"]))


@members.command("remove")
@click.argument("mobile")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@kb_errors
def remove(ctx, mobile, yes):
    """Take the person with MOBILE off the roster (they can no longer use the bot)."""
    from bot.features.roster import RosterError, find_member, mask_phone, remove_member

    db = _db(ctx)
    member = find_member(db, mobile)
    if member is None:
        raise RosterError(f"No roster person matches {mobile!r}.")
    if not yes:
        click.confirm(f"Remove {member['name']} ({mask_phone(member['mobile'])}) from the roster?", abort=True)
    remove_member(db, mobile, actor=_actor())
    click.echo(say("members_removed", name=member["name"]))


@members.command("audit")
@click.option("--action", help="Only this action (import, verify, role, invite, ingest, replace, remove, refused).")
@click.option("--limit", default=50, show_default=True)
@click.pass_context
@kb_errors
def audit_(ctx, action, limit):
    """Show the latest audit entries: who did what, and when."""
    from bot.features.roster import audit_rows

    tz = _tz(ctx)
    for row in reversed(audit_rows(_db(ctx), action, limit)):
        when = local_time(row["created_at"], tz, "%Y-%m-%d %H:%M:%S")
        click.echo(f"{when}  {row['actor']:<24} {row['action']:<14} {row['target']}  {row['detail']}")
