"""The roster's public API (what other features, the CLI and the web desk call) and the import preview."""
from __future__ import annotations

import json

import pytest

from bot.features import roster
from bot.kernel.messages import User
from tests.test_roster import CHINESE_ROWS, write_csv


@pytest.fixture
def db(tmp_path):
    from bot.features import open_bot_db

    return open_bot_db(tmp_path / "assistant.db")


@pytest.fixture
def filled(db, tmp_path):
    roster.import_roster(db, write_csv(tmp_path / "roster.csv", CHINESE_ROWS), actor="test")
    return db


def _snapshot(db):
    return [dict(m) for m in roster.members(db)], roster.audit_rows(db, limit=1000)


def test_preview_reports_every_row_and_writes_nothing(filled, tmp_path):
    rows = [row[:] for row in CHINESE_ROWS]
    rows[1][2] = "科技界"                                     # 张伟: updated
    rows.append(["陈静", "13655556666", "妇联", "城西街道", "委员"])     # added
    rows.append(["坏号码", "555", "妇联", "城西街道", "委员"])           # rejected
    rows.append(["重复", "136-5555-6666", "妇联", "城西街道", "委员"])    # rejected: same mobile as 陈静
    path = write_csv(tmp_path / "v2.csv", rows)
    before = _snapshot(filled)

    preview = roster.import_roster(filled, path, actor="test", dry_run=True)
    assert _snapshot(filled) == before                       # not a row, not an audit entry
    assert not preview.committed
    assert preview.counts() == {"added": 1, "updated": 1, "unchanged": 2, "rejected": 2}
    assert [(r.name, r.changes) for r in preview.updated] == [("张伟", ["sector"])]
    assert {r.line: r.reason for r in preview.rejected} == {6: "bad_phone", 7: "duplicate"}
    assert "row 5" in preview.rejected[1].detail

    shown = preview.as_dict()
    json.dumps(shown, ensure_ascii=False)                    # ready for a web page
    assert shown["counts"]["rejected"] == 2 and shown["file_name"] == "v2.csv"
    assert [r["message"] for r in shown["rows"] if r["status"] == "rejected"] == [
        "手机号“555”无效（应为 11 位手机号，境外号码以 + 开头）", "与第 5 行手机号重复"]
    assert preview.rejected[0].message("en").startswith("bad mobile number “555”")
    assert preview.added[0].message() == ""
    assert "13655556666" not in json.dumps(shown) and "136****6666" in json.dumps(shown)

    # Committing what was previewed gives the same report and writes it.
    done = roster.import_roster(filled, path, actor="test", expect_digest=preview.digest)
    assert done.committed and done.digest == preview.digest
    assert [(r.line, r.status, r.reason) for r in done.rows] == [(r.line, r.status, r.reason) for r in preview.rows]
    assert roster.member_by_phone(filled, "136 5555 6666")["name"] == "陈静"
    assert roster.member_by_phone(filled, "13812345678")["sector"] == "科技界"
    assert len(roster.audit_rows(filled, "import")) == 2


def test_a_commit_refuses_when_the_roster_changed_after_the_preview(filled, tmp_path):
    rows = CHINESE_ROWS + [["陈静", "13655556666", "妇联", "城西街道", "委员"]]
    path = write_csv(tmp_path / "v2.csv", rows)
    preview = roster.plan_import(filled, path)
    assert preview.counts()["added"] == 1
    roster.set_role(filled, "13812345678", "staff", actor="test")     # someone changed the roster meanwhile
    # Now the same file would also demote 张伟: not what staff saw, so nothing is written.
    with pytest.raises(roster.RosterChanged, match="preview the import again"):
        roster.import_roster(filled, path, actor="test", expect_digest=preview.digest)
    assert roster.member_by_phone(filled, "13655556666") is None      # nothing half-written
    assert roster.find_member(filled, "13812345678")["role"] == "staff"


def test_upload_bytes_import_like_a_file(db, tmp_path):
    data = write_csv(tmp_path / "r.csv", CHINESE_ROWS, encoding="gbk").read_bytes()
    preview = roster.import_upload(db, data, "名单.csv", actor="web:test", dry_run=True)
    assert preview.counts()["added"] == 3 and roster.members(db) == []
    roster.import_upload(db, data, "名单.csv", actor="web:test", expect_digest=preview.digest)
    assert len(roster.members(db)) == 3
    with pytest.raises(roster.RosterError, match="must be .csv or .xlsx"):
        roster.import_upload(db, b"x", "roster.pdf", actor="web:test", dry_run=True)


def test_finding_people(filled):
    zhang = roster.member_by_phone(filled, "+86 138-1234-5678")
    assert zhang["name"] == "张伟"
    assert roster.member_by_id(filled, zhang["id"])["name"] == "张伟"
    assert roster.member_by_phone(filled, "13000000000") is None
    assert roster.member_by_phone(filled, "not a phone") is None
    assert [m["name"] for m in roster.members(filled, role="staff")] == ["李娜"]
    assert [m["name"] for m in roster.members(filled, venue="江北街道东湖社区")] == ["张伟"]
    assert [m["name"] for m in roster.members(filled, sector="医卫界")] == ["王芳"]
    assert roster.members(filled, verified=True) == []
    assert sorted(roster.names(filled)) == sorted(["张伟", "李娜", "王芳"])
    assert [m["name"] for m in roster.search(filled, "东湖")] == ["张伟"]
    assert [m["name"] for m in roster.search(filled, "5678")] == ["张伟"]          # last four digits
    assert [m["name"] for m in roster.search(filled, "139 0000 1111")] == ["李娜"]
    assert roster.search(filled, "%") == []                                        # LIKE wildcards are literal
    assert roster.search(filled, "") == []


def test_verification_and_chat_accounts(filled):
    zhang = roster.member_by_phone(filled, "13812345678")
    assert not roster.is_verified(filled, "tg:42")
    roster.bind_user(filled, zhang["id"], User(id="tg:42", username="zw"), "contact")
    assert roster.is_verified(filled, "tg:42")
    assert roster.member(filled, "tg:42")["name"] == "张伟"
    assert roster.display_name(filled, "tg:42") == "张伟"
    assert roster.display_name(filled, "tg:43") is None
    assert roster.role_of(filled, "tg:42") == "member"
    assert roster.accounts(filled)["tg:42"]["district"] == "江北街道东湖社区"
    assert [m["name"] for m in roster.members(filled, verified=True)] == ["张伟"]
    assert roster.venues(filled) == [("江北街道东湖社区", 1)]
    assert roster.group_counts(filled, "sector") == [("经济界", 1)]
    with pytest.raises(ValueError):
        roster.group_counts(filled, "mobile; drop table members")
    assert roster.member_chat(roster.member(filled, "tg:42")) == "tg:42"
    person, old = roster.set_role(filled, zhang["id"], "staff", actor="web:li")     # by roster id
    assert (person["name"], old, roster.role_of(filled, "tg:42")) == ("张伟", "member", "staff")
    roster.set_muted(filled, zhang["id"], True)
    assert [m["muted"] for m in roster.verified_members(filled)] == [1]


def test_audit_through_the_api(filled):
    roster.audit(filled, "web:li", "broadcast_sent", "通知", {"id": 3})
    [row] = roster.audit_rows(filled, "broadcast_sent")
    assert row["actor"] == "web:li" and json.loads(row["detail"]) == {"id": 3}
    assert [r["action"] for r in roster.audit_rows(filled, actor="web:li")] == ["broadcast_sent"]


def test_without_a_roster_readers_are_empty(tmp_path):
    from app.db import open_db

    db = open_db(tmp_path / "kb-only.db")      # opens only: no owner applied its migrations
    assert roster.names(db) == [] and roster.members(db) == [] and roster.member(db, "tg:1") is None
    assert roster.verified_members(db) == [] and roster.accounts(db) == {}


def test_cli_dry_run_and_search(tmp_path, make_config):
    from click.testing import CliRunner

    from cli.members import members

    config = make_config()
    obj = {"config_path": str(config.source), "data_dir": str(config.data_dir)}
    runner = CliRunner()
    path = write_csv(tmp_path / "roster.csv", CHINESE_ROWS + [["坏", "1", "", "", "委员"]])
    result = runner.invoke(members, ["import", str(path), "--dry-run"], obj=obj)
    assert result.exit_code == 0, result.output
    assert "Preview, nothing written: 3 added, 0 updated, 0 unchanged, 1 rejected" in result.output
    assert "row 2: added 张伟 138****5678" in result.output
    result = runner.invoke(members, ["list"], obj=obj)
    assert "The roster is empty" in result.output
    runner.invoke(members, ["import", str(path)], obj=obj)
    result = runner.invoke(members, ["list", "--venue", "江北街道东湖社区"], obj=obj)
    assert "张伟" in result.output and "李娜" not in result.output and "1 people" in result.output
    result = runner.invoke(members, ["search", "东湖"], obj=obj)
    assert "张伟" in result.output and "1 found" in result.output and "13812345678" not in result.output


def test_roster_documents_and_cli_touch_no_foreign_table():
    from tests.test_table_ownership import offenders

    mine = ("bot/features/roster/", "bot/features/documents/", "bot/features/conversation/", "cli/members.py",
            "bot/kernel/privacy.py")
    assert {k: v for k, v in offenders().items() if k.startswith(mine)} == {}
