"""Helpers shared by the staff command line (ingest.py) and the bot's CLI groups."""
from __future__ import annotations

import functools
import sqlite3

import click

from kb.config import Config, load_config
from app.errors import AppError


def kb_errors(fn):
    """Turn library errors into click errors with the same sentence."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AppError as exc:
            raise click.ClickException(str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            # "database disk image is malformed", "file is not a database": the source of
            # truth is damaged. (Locks and constraint errors are not this; they go on.)
            if not any(w in str(exc) for w in ("malformed", "not a database", "Could not decode")):
                raise
            from kb.maintenance import database_damaged

            try:
                db_path = cli_config(click.get_current_context()).db_path
            except Exception:
                db_path = "assistant.db"
            raise click.ClickException(str(database_damaged(db_path, str(exc)))) from exc

    return wrapper


def cli_config(ctx: click.Context) -> Config:
    """The config named by the root group's --config / --data-dir (or env, or the default)."""
    obj = ctx.find_root().obj or {}
    try:
        return load_config(obj.get("config_path"), data_dir=obj.get("data_dir"))
    except AppError as exc:
        raise click.ClickException(str(exc)) from exc
