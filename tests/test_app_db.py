"""app.db opens the database and applies nothing; each owner applies its own migrations."""
import sqlite3

import pytest


def tables(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    finally:
        conn.close()


def test_open_db_opens_only(tmp_path):
    from app.db import open_db

    db = open_db(tmp_path / "a.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    db.conn.close()
    assert tables(tmp_path / "a.db") == set()


def test_the_knowledge_base_applies_its_own_migrations_once(tmp_path):
    from kb.store import KBStore

    store = KBStore(tmp_path / "a.db")
    assert {"documents", "chunks", "kb_meta", "_migrations"} <= tables(tmp_path / "a.db")
    store.set_meta("generation", "7")
    store.db.conn.close()
    again = KBStore(tmp_path / "a.db")          # reopening re-runs nothing and loses nothing
    assert again.meta("generation") == "7"
    assert [tuple(r) for r in again.db.execute("select component, name from _migrations")] == \
        [("kb", "m001_documents_and_chunks")]


def test_an_owner_applies_its_steps_in_order_and_once(tmp_path):
    from app.db import Migrations, open_db

    calls = []
    owner = Migrations("example")

    @owner
    def m001_first(db):
        calls.append("first")
        db["example"].create({"id": int}, pk="id")

    @owner
    def m002_second(db):
        calls.append("second")

    db = open_db(tmp_path / "a.db")
    assert owner.apply(db) == ["m001_first", "m002_second"]
    assert owner.apply(db) == [] and calls == ["first", "second"]
    assert Migrations("other").apply(db) == []       # no registry: a new owner knows only its own steps


def test_migrate_all_is_a_deprecated_shim_that_still_works(tmp_path):
    from app.db import migrate_all, open_db

    db = open_db(tmp_path / "a.db")
    with pytest.warns(DeprecationWarning, match="migrate_all is deprecated"):
        migrate_all(db)
    assert {"documents", "chunks", "questions", "members", "broadcasts"} <= set(db.table_names())
