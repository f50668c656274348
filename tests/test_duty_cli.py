"""``ingest.py duty ...``: imports print what each row did (in Chinese), export and show."""
from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from cli.duty import duty
from cli.members import members

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "duty"


def test_cli_imports_show_and_export(tmp_path, make_config):
    config = make_config()
    obj = {"config_path": str(config.source), "data_dir": str(config.data_dir)}
    runner = CliRunner()
    assert runner.invoke(members, ["import", str(SAMPLES / "roster.csv")], obj=obj).exit_code == 0
    for kind in ("venues", "assignments", "attendance", "activities", "proposals"):
        result = runner.invoke(duty, ["import", kind, str(SAMPLES / f"{kind}.csv")], obj=obj)
        assert result.exit_code == 0, result.output
        assert "拒绝 0" in result.output and "新增 0" not in result.output
    result = runner.invoke(duty, ["import", "proposals", str(SAMPLES / "proposals.csv")], obj=obj)
    assert "新增 0，更新 0，未变 6，拒绝 0" in result.output

    bad = tmp_path / "bad.csv"
    with open(bad, "w", encoding="gbk", newline="") as fh:      # Excel on Chinese Windows writes GBK
        csv.writer(fh).writerows([["活动编号", "类型", "日期", "姓名"], ["A1", "调研", "2026-02-30", "王明"],
                                  ["A2", "调研", "2026-03-01", "查无此人"], ["A3", "调研", "2026-03-01", "王明"]])
    result = runner.invoke(duty, ["import", "activities", str(bad)], obj=obj)
    assert result.exit_code == 0, result.output
    assert "新增 1，更新 0，未变 0，拒绝 2" in result.output
    assert "第2行 A1 王明：拒绝（日期“2026-02-30”无法识别）" in result.output
    assert "第3行 A2 查无此人：拒绝（名单中没有此人（查无此人））" in result.output

    missing = runner.invoke(duty, ["import", "attendance", str(SAMPLES / "activities.csv")], obj=obj)
    assert missing.exit_code != 0 and "缺少必需的列" in missing.output

    result = runner.invoke(duty, ["show", "王明", "--year", "2026"], obj=obj)
    assert result.exit_code == 0 and "积分合计：25 分" in result.output    # 24 + the A3 research above

    out = tmp_path / "考核表.xlsx"
    result = runner.invoke(duty, ["export", str(out), "--year", "2026"], obj=obj)
    assert result.exit_code == 0 and "6 位委员" in result.output and out.stat().st_mode & 0o077 == 0
    result = runner.invoke(duty, ["export", str(tmp_path / "x.pdf")], obj=obj)
    assert result.exit_code != 0 and ".xlsx" in result.output
