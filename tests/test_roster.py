"""The member roster: import (CSV in UTF-8 and GBK, XLSX), re-import, phones, export, CLI."""
from __future__ import annotations

import csv
import json

import pytest

from bot.features import roster
from bot.features.roster import RosterError, import_roster, list_members, normalize_phone
from bot.kernel.messages import User


@pytest.fixture
def db(tmp_path):
    from bot.features import open_bot_db

    return open_bot_db(tmp_path / "assistant.db")


def write_csv(path, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


CHINESE_ROWS = [
    ["姓名", "手机号", "界别", "街道社区", "角色"],
    ["张伟", "138 1234 5678", "经济界", "江北街道东湖社区", "委员"],
    ["李娜", "+86-139-0000-1111", "教育界", "城南街道", "工作人员"],
    ["王芳", "0086 137 2222 3333", "医卫界", "城东街道", "管理员"],
]


@pytest.mark.parametrize("phone, expected", [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("+86-138-1234-5678", "13812345678"),
    ("0086 13812345678", "13812345678"),
    ("008613812345678", "13812345678"),
    ("8613812345678", "13812345678"),          # Telegram's contact format
    ("(+86) 138.1234.5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),      # full-width digits
    (13812345678, "13812345678"),              # a number cell in Excel
    (13812345678.0, "13812345678"),
    ("13812345678.0", "13812345678"),
    ("+852 9123 4567", "+85291234567"),
    ("00852 91234567", "+85291234567"),
    ("1381234567", None),                      # 10 digits
    ("12812345678", None),                     # no mainland mobile starts with 12
    ("0571-88888888", None),                   # a landline
    ("abc", None),
    ("", None),
    (None, None),
])
def test_normalize_phone(phone, expected):
    assert normalize_phone(phone) == expected


def test_contact_numbers_without_plus_are_international():
    assert normalize_phone("447700900123") is None
    assert normalize_phone("447700900123", international=True) == "+447700900123"
    assert normalize_phone("8613812345678", international=True) == "13812345678"


def test_mask_phone():
    assert roster.mask_phone("13812345678") == "138****5678"
    assert roster.mask_phone(None) == ""


def test_import_csv_with_chinese_headers(db, tmp_path):
    report = import_roster(db, write_csv(tmp_path / "roster.csv", CHINESE_ROWS))
    assert report.summary() == "3 added, 0 updated, 0 unchanged, 0 rejected"
    people = {p["name"]: p for p in list_members(db)}
    assert people["张伟"]["mobile"] == "13812345678"
    assert people["张伟"]["sector"] == "经济界"
    assert people["张伟"]["district"] == "江北街道东湖社区"
    assert people["张伟"]["role"] == "member"
    assert people["张伟"]["muted"] == 0
    assert people["李娜"]["mobile"] == "13900001111"
    assert people["李娜"]["role"] == "staff"
    assert people["王芳"]["role"] == "admin"
    [entry] = roster.audit_rows(db, "import")
    assert json.loads(entry["detail"])["added"] == 3


def test_import_gbk_csv(db, tmp_path):
    path = write_csv(tmp_path / "名单.csv", CHINESE_ROWS, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    report = import_roster(db, path)
    assert len(report.added) == 3
    assert {p["name"] for p in list_members(db)} == {"张伟", "李娜", "王芳"}
    assert {p["sector"] for p in list_members(db)} == {"经济界", "教育界", "医卫界"}


def test_import_utf8_bom_semicolons_and_english_headers(db, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("\ufeffName;Mobile;Sector;District;Role;telegram_id;matrix_id\n"
                    "Alice;13812345678;Economy;North;member;42;@alice:example.org\n"
                    "Bob;13912345678;Education;South;STAFF;;\n", encoding="utf-8")
    report = import_roster(db, path)
    assert len(report.added) == 2, report.rows
    alice = roster.find_member(db, "13812345678")
    assert alice["telegram_user_id"] == "tg:42"
    assert alice["matrix_id"] == "@alice:example.org"
    assert alice["verified_at"] is not None       # a roster-given id needs no verification
    assert roster.member_for_user(db, "mx:@alice:example.org")["name"] == "Alice"
    assert roster.member_for_user(db, "tg:42")["name"] == "Alice"
    assert roster.find_member(db, "13912345678")["role"] == "staff"


def test_import_xlsx(db, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["委员名单（2026年）"])              # a title row above the header
    sheet.append(["姓名", "手机", "界别", "街道/社区", "角色", "Matrix ID"])
    sheet.append(["张伟", 13812345678, "经济界", "东湖社区", "委员", "@zhangwei:example.org"])
    sheet.append(["李娜", "139-0000-1111", "教育界", "城南街道", "工作人员", None])
    sheet.append([None, None, None, None, None, None])  # blank row
    sheet.append(["赵敏", "12345", "文艺界", "", "委员", None])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)

    report = import_roster(db, path)
    assert [r.name for r in report.added] == ["张伟", "李娜"]
    [bad] = report.rejected
    assert (bad.line, bad.reason) == (6, "bad_phone")
    assert roster.find_member(db, "13812345678")["matrix_id"] == "@zhangwei:example.org"
    assert roster.find_member(db, "13900001111")["role"] == "staff"


def test_bad_rows_are_rejected_with_reasons(db, tmp_path):
    rows = [
        ["姓名", "手机", "界别", "街道社区", "角色", "telegram_id"],
        ["张伟", "13812345678", "经济界", "东湖社区", "委员", ""],
        ["坏号码", "1234-5678", "经济界", "东湖社区", "委员", ""],
        ["怪角色", "13900000001", "经济界", "东湖社区", "主席", ""],
        ["重复", "+86 138 1234 5678", "经济界", "东湖社区", "委员", ""],
        ["", "13900000002", "经济界", "东湖社区", "委员", ""],
        ["坏TG", "13900000003", "经济界", "东湖社区", "委员", "@someone"],
        ["没手机", "", "经济界", "东湖社区", "委员", ""],
        ["默认角色", "13900000004", "经济界", "东湖社区", "", ""],
    ]
    report = import_roster(db, write_csv(tmp_path / "r.csv", rows))
    reasons = {r.line: r.reason for r in report.rejected}
    assert reasons == {3: "bad_phone", 4: "unknown_role", 5: "duplicate", 6: "missing_name",
                       7: "bad_telegram", 8: "bad_phone"}
    details = {r.line: r.detail for r in report.rejected}
    assert "1234-5678" in details[3]
    assert "主席" in details[4]
    assert "row 2" in details[5]
    assert [r.name for r in report.added] == ["张伟", "默认角色"]
    assert roster.find_member(db, "13900000004")["role"] == "member"
    assert len(list_members(db)) == 2


def test_reimport_updates_in_place(db, tmp_path):
    import_roster(db, write_csv(tmp_path / "v1.csv", CHINESE_ROWS))
    before = {p["mobile"]: p for p in list_members(db)}
    # Zhang Wei verified on Telegram in the meantime: re-importing must not undo it.
    roster.bind_user(db, before["13812345678"]["id"], User(id="tg:777", username="zw"), "contact")

    rows = [row[:] for row in CHINESE_ROWS]
    rows[1][2] = "科技界"                    # Zhang Wei changed sector
    rows[2][1] = "139 0000 1111"            # same number, written differently: unchanged
    rows.append(["陈静", "13655556666", "妇联", "城西街道", "委员"])
    rows.append(["坏号码", "555", "妇联", "城西街道", "委员"])
    report = import_roster(db, write_csv(tmp_path / "v2.csv", rows))

    assert [r.name for r in report.added] == ["陈静"]
    assert [(r.name, r.changes) for r in report.updated] == [("张伟", ["sector"])]
    assert sorted(r.name for r in report.unchanged) == ["李娜", "王芳"]
    assert [r.reason for r in report.rejected] == ["bad_phone"]
    after = {p["mobile"]: p for p in list_members(db)}
    assert len(after) == 4
    zhang = after["13812345678"]
    assert zhang["id"] == before["13812345678"]["id"]
    assert zhang["sector"] == "科技界"
    assert zhang["telegram_user_id"] == "tg:777"
    assert zhang["verified_at"] is not None


def test_ids_belonging_to_someone_else_are_rejected(db, tmp_path):
    rows = [["name", "mobile", "matrix_id"], ["Alice", "13812345678", "@alice:example.org"]]
    import_roster(db, write_csv(tmp_path / "a.csv", rows))
    rows = [["name", "mobile", "matrix_id"], ["Mallory", "13912345678", "@alice:example.org"]]
    report = import_roster(db, write_csv(tmp_path / "b.csv", rows))
    [bad] = report.rejected
    assert bad.reason == "duplicate" and "Alice" in bad.detail


def test_unusable_files(db, tmp_path):
    no_header = write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]])
    with pytest.raises(RosterError, match="header"):
        import_roster(db, no_header)
    old = tmp_path / "x.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(RosterError, match="xlsx"):
        import_roster(db, old)


def test_export_masks_phones(db, tmp_path):
    import_roster(db, write_csv(tmp_path / "r.csv", CHINESE_ROWS))
    masked = tmp_path / "out.csv"
    assert roster.export_roster(db, masked) == 3
    text = masked.read_text(encoding="utf-8-sig")
    assert "138****5678" in text and "13812345678" not in text
    full = tmp_path / "full.xlsx"
    roster.export_roster(db, full, with_phones=True)
    # The full export re-imports cleanly, with nothing changed.
    report = import_roster(db, full)
    assert len(report.unchanged) == 3, report.rows


def test_set_role_and_last_admin(db, tmp_path):
    import_roster(db, write_csv(tmp_path / "r.csv", CHINESE_ROWS))
    member, old = roster.set_role(db, "138-1234-5678", "工作人员", actor="test")
    assert (old, member["role"]) == ("member", "staff")
    [entry] = roster.audit_rows(db, "role")
    assert entry["actor"] == "test" and json.loads(entry["detail"]) == {
        "from": "member", "to": "staff", "member_id": member["id"]}
    with pytest.raises(RosterError, match="only admin"):
        roster.set_role(db, "13722223333", "member")
    with pytest.raises(RosterError, match="Unknown role"):
        roster.set_role(db, "13812345678", "chair")
    with pytest.raises(RosterError, match="No roster person"):
        roster.set_role(db, "13000000000", "staff")


def test_cli(tmp_path, make_config):
    from click.testing import CliRunner

    from cli.members import members

    config = make_config()
    obj = {"config_path": str(config.source), "data_dir": str(config.data_dir)}
    runner = CliRunner()
    path = write_csv(tmp_path / "roster.csv", CHINESE_ROWS + [["坏", "1", "", "", "委员"]], encoding="gbk")
    result = runner.invoke(members, ["import", str(path)], obj=obj)
    assert result.exit_code == 0, result.output
    assert "3 added, 0 updated, 0 unchanged, 1 rejected" in result.output
    assert "bad phone number" in result.output

    result = runner.invoke(members, ["list", "--role", "staff"], obj=obj)
    assert "李娜" in result.output and "张伟" not in result.output and "139****1111" in result.output

    result = runner.invoke(members, ["set-role", "13812345678", "admin"], obj=obj)
    assert result.exit_code == 0 and "member -> admin" in result.output
    result = runner.invoke(members, ["set-role", "13812345678", "boss"], obj=obj)
    assert result.exit_code != 0 and "Unknown role" in result.output

    out = tmp_path / "export.csv"
    result = runner.invoke(members, ["export", str(out)], obj=obj)
    assert result.exit_code == 0 and "138****5678" in out.read_text(encoding="utf-8-sig")
    result = runner.invoke(members, ["export", str(out), "--with-phones"], obj=obj)
    assert "13812345678" in out.read_text(encoding="utf-8-sig")

    result = runner.invoke(members, ["remove", "13812345678", "--yes"], obj=obj)
    assert result.exit_code == 0
    result = runner.invoke(members, ["audit"], obj=obj)
    assert "import" in result.output and "role" in result.output and "member_removed" in result.output
