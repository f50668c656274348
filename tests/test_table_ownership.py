"""Only a table's owner touches it: every SQL table name appears in its owner's store alone.

Beside the import-boundary test (test_core_boundaries.py), which cannot see SQL:
this one reads every string in the application code (docstrings aside) and
every ``db["name"]`` / ``db.table("name")``, and reports a table used outside
the modules that own it. A feature that needs another's data calls that
feature's API (roster's ``member_by_id``, the knowledge base's facade ...).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["app", "bot", "cli", "kb", "ingest.py"]

# table -> the modules (paths relative to the project root) allowed to name it.
OWNERS: dict[str, tuple[str, ...]] = {}


def _own(paths: tuple[str, ...], *tables: str) -> None:
    for table in tables:
        OWNERS[table] = paths


_own(("app/db.py",), "_migrations")
_own(("kb/store.py", "kb/schema.py", "kb/embedder.py"), "documents", "chunks", "kb_meta", "embedding_cache")
_own(("bot/kernel/store.py", "bot/kernel/schema.py"), "questions", "events")
_own(("bot/kernel/dialogs.py", "bot/kernel/schema.py"), "dialog_state")
_own(("bot/features/roster/store.py",), "members", "invites", "audit")
_own(("bot/features/curation/store.py",), "curated_entries", "curated_variants", "curation_asks",
     "curation_items", "curation_messages")
_own(("bot/features/broadcast/store.py",), "broadcasts", "broadcast_parts", "broadcast_files",
     "broadcast_targets")
_own(("bot/features/outbox/store.py",), "outbox", "outbox_lease")
_own(("bot/features/duty/store.py",), "duty_records")
_own(("bot/features/proposals/store.py",), "proposals", "proposal_authors")
_own(("bot/features/venues/store.py",), "venues", "venue_events", "venue_members")
_own(("bot/features/conversation/store.py",), "offered_readings")
_own(("bot/web/store.py",), "web_links_used")
_own(("bot/features/reports/store.py",), "sqmy_reports", "sqmy_sequence", "sqmy_files", "sqmy_history")
_own(("bot/transports/matrix/store.py",), "matrix_buttons", "matrix_rooms", "matrix_state")

SQL = re.compile(r"\b(?:from|into|update|join|table|exists|on)\s+([a-z_][a-z0-9_]*)", re.I)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def tables_named(source: str, known: set[str]) -> set[str]:
    """Known table names this source uses in SQL strings or sqlite-utils table access."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            found.update(m.group(1).lower() for m in SQL.finditer(node.value))
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                and isinstance(node.slice.value, str):
            target = node.value
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name.endswith("db"):
                found.add(node.slice.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "table" \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.add(node.args[0].value)
    return found & known


def offenders(root: Path = ROOT, owners: dict[str, tuple[str, ...]] = OWNERS) -> dict[str, list[str]]:
    known = set(owners)
    out: dict[str, list[str]] = {}
    for entry in SCANNED:
        base = root / entry
        files = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in files:
            rel = path.relative_to(root).as_posix()
            bad = sorted(t for t in tables_named(path.read_text(encoding="utf-8"), known) if rel not in owners[t])
            if bad:
                out[rel] = bad
    return out


def test_only_a_tables_owner_touches_it():
    assert offenders() == {}


def test_the_check_can_fail(tmp_path):
    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "intruder.py").write_text(
        '"""Reads from members in prose only: not flagged."""\n'
        'def f(db):\n'
        '    db.execute("select phone from members where id = ?", [1])\n'
        '    db["outbox"].insert({})\n'
        '    return db.table("questions")\n', encoding="utf-8")
    assert offenders(tmp_path) == {"bot/intruder.py": ["members", "outbox", "questions"]}


def test_every_table_in_a_migrated_database_has_an_owner(tmp_path):
    from bot.features import open_bot_db
    from bot.transports.matrix.store import matrix_migrations

    db = open_bot_db(tmp_path / "a.db")
    matrix_migrations.apply(db)
    tables = {t for t in db.table_names() if not t.startswith("sqlite_")}
    assert tables - set(OWNERS) == set()
