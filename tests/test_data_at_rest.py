"""Data at rest: another local user of the machine can read nothing.

The data dir holds members' phones, their questions and invite links (an admin
link makes whoever opens it an admin). It is created 0700 and its files 0600;
a data dir left open by an older version is tightened when opened (and says so
in the log); exports are written 0600; invite codes are stored only as hashes.
"""
from __future__ import annotations

import logging
import os
import stat
import time

import pytest

from tests.conftest import SAMPLES


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def loose(root) -> list[str]:
    """Everything under ``root`` that group or others can use."""
    found = [str(root)] if mode(root) & 0o077 else []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            if not os.path.islink(path) and mode(path) & 0o077:
                found.append(f"{path} {oct(mode(path))}")
    return found


def test_new_data_dir_is_private(make_config):
    from kb.knowledge_base import KnowledgeBase

    config = make_config()
    assert not config.data_dir.exists()
    kb = KnowledgeBase(config)
    kb.add_paths([SAMPLES / "委员履职手册.md"])
    assert mode(config.data_dir) == 0o700
    assert mode(config.db_path) == 0o600
    kb.db.conn.close()
    # Files that libraries created meanwhile (Chroma, BM25) are tightened on the next open.
    kb = KnowledgeBase(config)
    assert loose(config.data_dir) == []
    kb.db.conn.close()


def test_open_data_dir_is_tightened_and_logged(make_config, caplog):
    from bot.features import open_bot_db as open_db
    from kb.knowledge_base import KnowledgeBase

    config = make_config()
    config.data_dir.mkdir(parents=True)
    os.chmod(config.data_dir, 0o755)
    open_db(config.db_path).conn.close()
    os.chmod(config.db_path, 0o644)
    (config.data_dir / "notes.txt").write_text("x")
    os.chmod(config.data_dir / "notes.txt", 0o664)
    with caplog.at_level(logging.WARNING):
        kb = KnowledgeBase(config)
    assert loose(config.data_dir) == []
    assert mode(config.data_dir / "notes.txt") == 0o600
    assert any("permission" in r.getMessage() and str(config.data_dir) in r.getMessage() for r in caplog.records)
    kb.db.conn.close()


def test_cli_only_db_open_is_private(tmp_path):
    """``ingest.py members …`` and ``stats`` open the database without the knowledge base."""
    from bot.features import open_bot_db as open_db

    path = tmp_path / "fresh" / "assistant.db"
    open_db(path).conn.close()
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert [p.name for p in path.parent.iterdir() if mode(p) & 0o077] == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exports_are_private(make_config, tmp_path, suffix):
    from click.testing import CliRunner

    from cli.members import members
    from cli.stats import stats
    from bot.features import open_bot_db as open_db

    config = make_config()
    db = open_db(config.db_path)
    db["members"].insert({"name": "张伟", "mobile": "13812345678", "role": "member", "muted": 0})
    obj = {"config_path": str(config.source), "data_dir": str(config.data_dir)}
    out = tmp_path / f"roster{suffix}"
    out.write_text("old")
    os.chmod(out, 0o644)                     # an earlier export: overwritten and tightened
    result = CliRunner().invoke(members, ["export", str(out), "--with-phones"], obj=obj)
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o600
    if suffix == ".csv":
        log = tmp_path / "log.csv"
        result = CliRunner().invoke(stats, ["--csv", str(log), "--with-phones"], obj=obj)
        assert result.exit_code == 0, result.output
        assert mode(log) == 0o600


def _db_bytes(db) -> bytes:
    db.execute("pragma wal_checkpoint(truncate)")
    path = db.conn.execute("pragma database_list").fetchone()[2]
    data = open(path, "rb").read()
    if os.path.exists(path + "-wal"):
        data += open(path + "-wal", "rb").read()
    return data


def test_invite_codes_are_stored_hashed(make_config):
    import bot.features.roster as roster
    from bot.features import open_bot_db as open_db

    config = make_config()
    db = open_db(config.db_path)
    admin = roster.create_invite(db, created_by="cli", ttl_hours=24, role="admin")
    assert admin.code.startswith("inv-")
    data = _db_bytes(db)
    assert admin.code.encode() not in data and admin.code[4:].encode() not in data
    assert roster.find_invite(db, admin.code)["role"] == "admin"
    assert roster.find_invite(db, "inv-doesnotexist") is None

    # A database from before: plain codes are hashed by the migration and still redeem.
    old = "inv-OLDplainCODE1"
    with db.conn:
        db["invites"].insert({"code": old, "role": "staff", "created_by": "cli", "created_at": time.time(),
                              "expires_at": time.time() + 3600})
        db.execute("delete from _migrations where component = 'roster' and name = 'm002_hash_invite_codes'")
    roster.roster_migrations.apply(db)
    assert old.encode() not in _db_bytes(db)
    assert roster.find_invite(db, old)["role"] == "staff"
    assert roster.find_invite(db, admin.code)["role"] == "admin"     # hashed codes are not hashed twice
