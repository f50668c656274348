"""The core never parses transport ids: it asks the networks' declarations (bot.kernel.transports).

The source scan fails on the code before the declarations gained these helpers (roster, broadcast,
the web desk and the flood gate tested "tg:"/"mx:"/"console:" prefixes themselves);
test_the_scan_can_fail shows the spellings it catches. The roster keeps its storage forms: a row
as every earlier version wrote it still loads, and roster files with either cell form import.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.kernel.transports import TransportRegistry, known_networks
from bot.transports import NETWORKS
from tests.test_transport_declarations import ROOT, python_files  # the same scanned files

# The networks' own packages and the declarations may spell their prefixes.
EXEMPT = [ROOT / "bot" / "transports", ROOT / "bot" / "kernel" / "transports.py"]
PREFIXES = tuple(info.id_prefix + ":" for info in NETWORKS)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def prefix_literals(source: str) -> list[str]:
    """String literals (f-string parts included, docstrings and comments not) that start with a
    network's id prefix: the code that builds or tests a qualified id by hand."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and node.value.lower().startswith(PREFIXES)]


def _scanned_files() -> list[Path]:
    return [f for f in python_files() if not any(f == e or e in f.parents for e in EXEMPT)]


def test_no_feature_code_spells_a_transport_prefix():
    files = _scanned_files()
    assert len(files) > 100 and not any("transports" in f.parts[-2:-1] for f in files)
    found = {str(f.relative_to(ROOT)): prefix_literals(f.read_text(encoding="utf-8")) for f in files}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_scan_can_fail():
    old = ('def id_column(user_id):\n'
           '    """(members column, value) for "tg:42" and "mx:@a:b"."""\n'
           '    # a "tg:" comment is fine\n'
           '    if user_id.startswith("tg:"):\n'
           '        return "telegram_user_id", user_id\n'
           '    return user_id if user_id.startswith(("tg:", "console:")) else None\n'
           'x = f"tg:{text}" if text.isdigit() else "mx:" + text\n'
           'y = [ref, "tg:" + ref]\n'
           "z = text.lower().startswith('MX:')\n")
    assert sorted(prefix_literals(old)) == ["MX:", "console:", "mx:", "tg:", "tg:", "tg:", "tg:"]
    assert prefix_literals('names = ["tg", "mx", "telegram_id", "cli:alice"]\n') == []


def test_declared_helpers():
    known = known_networks()
    telegram, matrix = known.network("telegram"), known.network("matrix")
    assert known.network("fax") is None and known.network("console").operator
    assert telegram.own_id("TG:42") == telegram.own_id("tg:42") == telegram.own_id("42") == "42"
    assert telegram.qualified("42") == telegram.qualified("tg:42") == "tg:42"
    assert matrix.qualified("@a:x") == matrix.qualified("mx:@a:x") == "mx:@a:x"
    assert matrix.own_id("@tg:x") == "@tg:x"          # another network's prefix is not stripped
    assert known.bare("tg:42") == "42" and known.bare("mx:@a:x") == "@a:x" and known.bare("cli:bob") == "cli:bob"
    assert known.candidates("-1001") == ["-1001", "tg:-1001", "mx:-1001", "console:-1001"]
    assert known.is_operator("console:local") and not known.is_operator("tg:1") and not known.is_operator("x")
    assert known.private_chat("tg:42") == "tg:42" and known.private_chat("console:local") == "console:local"
    assert known.private_chat("mx:@a:x") is None and known.private_chat("cli:bob") is None
    assert TransportRegistry().bare("tg:42") == "tg:42"    # an undeclared network's id is left alone


@pytest.fixture
def db(tmp_path):
    from bot.features import open_bot_db

    return open_bot_db(tmp_path / "assistant.db")


def test_a_row_in_the_earlier_storage_form_still_loads(db):
    """members.telegram_user_id holds "tg:42" and members.matrix_id "@alice:example.org", as every
    database written so far has them."""
    from bot.features import roster

    db.execute("insert into members (name, mobile, role, muted, telegram_user_id, telegram_username,"
               " matrix_id, verified_at, created_at, updated_at) values"
               " ('张伟', '13812345678', 'member', 0, 'tg:42', 'zhangwei', '@alice:example.org', 1.0, 1.0, 1.0)")
    db.conn.commit()
    assert roster.member(db, "tg:42")["name"] == "张伟"
    assert roster.member(db, "mx:@alice:example.org")["name"] == "张伟"
    assert roster.find_member(db, "mx:@alice:example.org")["name"] == "张伟"
    assert roster.find_member(db, "@alice:example.org")["name"] == "张伟"
    assert roster.find_member(db, "console:local") is None
    assert set(roster.accounts(db)) == {"tg:42", "mx:@alice:example.org"}
    found = roster.member(db, "tg:42")
    assert roster.member_chat(found) == "tg:42"
    assert roster.member_chat({"telegram_user_id": None, "matrix_id": "@alice:example.org"}) == "mx:@alice:example.org"
    assert roster.export_rows(db)[1][5:7] == ["42", "@alice:example.org"]      # bare ids in files, as before


def test_roster_cells_in_either_form_import_to_the_stored_form(db):
    from bot.features import roster

    header = ["姓名", "手机号", "界别", "街道社区", "角色", "telegram_id", "matrix_id"]
    report = roster.import_table(db, [
        header,
        ["张伟", "13812345678", "经济界", "城南", "委员", "42", "alice:example.org"],
        ["李娜", "13900001111", "经济界", "城南", "委员", "TG:43", "mx:@bob:example.org"],
        ["王芳", "13722223333", "经济界", "城南", "委员", "tg:abc", ""],
    ], file_name="roster.csv", actor="test")
    assert report.counts()["added"] == 2 and [r.name for r in report.rejected] == ["王芳"]
    zhang, li = roster.member_by_phone(db, "13812345678"), roster.member_by_phone(db, "13900001111")
    assert (zhang["telegram_user_id"], zhang["matrix_id"]) == ("tg:42", "@alice:example.org")
    assert (li["telegram_user_id"], li["matrix_id"]) == ("tg:43", "@bob:example.org")
