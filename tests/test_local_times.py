"""Times a person reads are in the committee's time zone (issue 15): `ingest.py list`
printed UTC while `broadcast list` printed the committee's time."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from cli import main as ingest
from app.timefmt import local_time
from tests.conftest import write_config


def run(config, *args):
    return CliRunner().invoke(ingest.cli, ["--config", str(config), *args], catch_exceptions=False)


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/Los_Angeles"])
def test_ingest_list_and_members_audit_use_the_committee_time_zone(tmp_path, shared_cache, tz):
    config = write_config(tmp_path, cache_dir=str(shared_cache), committee={"timezone": tz})
    (tmp_path / "通知.txt").write_text("会议通知\n\n委员应当按时参加全体会议。\n", encoding="utf-8")
    assert run(config, "add", str(tmp_path / "通知.txt")).exit_code == 0
    from kb.config import load_config
    from app.db import open_db

    db = open_db(load_config(config).db_path)
    ts = db.execute("select updated_at from documents").fetchone()[0]
    expected = datetime.fromtimestamp(ts, ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
    utc = datetime.fromtimestamp(ts, ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M")
    assert expected != utc
    listing = run(config, "list").output
    assert expected in listing and utc not in listing and f"times in {tz}" in listing

    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,手机,界别,街道社区,角色\n张伟,13812345678,经济界,东湖社区,委员\n", encoding="utf-8")
    assert run(config, "members", "import", str(roster)).exit_code == 0
    audit_ts = db.execute("select created_at from audit order by id desc limit 1").fetchone()[0]
    audit = run(config, "members", "audit").output
    assert local_time(audit_ts, tz, "%Y-%m-%d %H:%M") in audit
    assert datetime.fromtimestamp(audit_ts, ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M") not in audit


def test_a_wrong_time_zone_fails_at_start(tmp_path):
    from kb.config import load_config
    from kb.errors import ConfigError

    with pytest.raises(ConfigError, match="committee.timezone"):
        load_config(write_config(tmp_path, committee={"timezone": "Mars/Olympus"}))
