"""社情民意 in the core: the filing dialog, the status machine, receipts, points, notices, imports.

Real SQLite in a temp dir and the real Assistant with every feature installed; the
chat is a recording transport (the Telegram and Matrix paths: test_reports_telegram.py
and test_matrix_bot.py).
"""
from __future__ import annotations

import csv
import itertools
import threading

import pytest

from bot.kernel.messages import Attachment, Callback, Chat, Incoming, User

ROSTER = [
    ["姓名", "手机", "界别", "街道社区", "角色", "telegram"],
    ["张伟", "13812345678", "经济界", "东湖社区", "委员", "5101"],
    ["李娜", "13900001111", "教育界", "城南街道", "工作人员", "5201"],
]
MEMBER = User("tg:5101", "张伟", "zhangwei", "zh-hans")
STAFF = User("tg:5201", "李娜", "lina", "zh-hans")
STRANGER = User("tg:5999", "路人", None, "zh-hans")
_ids = itertools.count(1)


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(ROSTER)
    return path


@pytest.fixture
def build(empty_kb, tmp_path):
    """build() -> a fresh Assistant over the same database (a 'restart' is calling it again)."""
    from bot.app import build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess

    made = []
    # These tests press many buttons within a minute; the flood door is tested elsewhere.
    empty_kb.config.bot["messages_per_minute"] = 1000

    def make():
        a = build_assistant(kb=empty_kb, access=RosterAccess("members"))
        made.append(a)
        return a

    first = make()
    roster.import_roster(first.db, write_roster(tmp_path / "roster.csv"), actor="test")
    yield make
    for a in made:
        a.executor.shutdown(wait=False)


def msg(user, text="", *, command=None, args="", attachment=None, data=None):
    if text.startswith("/") and command is None:
        command, _, args = text[1:].partition(" ")
    return Incoming("telegram", user, Chat(user.id, "private"), text=text, message_id=str(next(_ids)),
                    command=command, args=args, attachment=attachment,
                    callback=Callback(str(next(_ids)), data) if data else None)


async def say(a, rt, user, text, **kw):
    before = len(rt.sent)
    await a.handle(msg(user, text, **kw), rt)
    return rt.sent[before:]


async def press(a, rt, user, data):
    before = len(rt.sent)
    await a.handle(msg(user, data=data), rt)
    return rt.sent[before:]


def buttons(out):
    return [b.data for m in out for row in m[1].buttons for b in row]


def text(out):
    return "\n".join(m[1].plain for m in out)


def queued_notices(db) -> list[dict]:
    """The outbox's notices, oldest first (the outbox keeps a notice's text in its own row, or, before
    the outbox package, in a one-recipient broadcast)."""
    if "html" in db["outbox"].columns_dict:
        return list(db.query("select chat_id, html from outbox order by id"))
    return list(db.query("select chat_id, html from outbox join broadcast_parts using (broadcast_id) order by outbox.id"))


async def file_one(a, rt, title="老旧小区加装电梯进展缓慢的问题", *, user=MEMBER):
    await say(a, rt, user, "/report")
    await say(a, rt, user, title)
    await say(a, rt, user, "基本情况：……原因分析：……意见建议：……")
    await press(a, rt, user, "rp:cat:1")
    await press(a, rt, user, "rp:comm")
    await press(a, rt, user, "rp:next")
    out = await press(a, rt, user, "rp:submit")
    return text(out)


async def test_filing_dialog_gives_a_receipt_and_lists_it(build, recording_transport):
    a, rt = build(), recording_transport
    out = await say(a, rt, MEMBER, "/report")
    assert "标题" in text(out) and "/cancel" in text(out)
    out = await say(a, rt, MEMBER, "老旧小区加装电梯进展缓慢的问题")
    assert "正文" in text(out)
    out = await say(a, rt, MEMBER, "基本情况：……")
    assert "rp:cat:0" in buttons(out)
    out = await say(a, rt, MEMBER, "不存在的类别")
    assert "没有“不存在的类别”这个类别" in text(out)
    out = await press(a, rt, MEMBER, "rp:cat:1")
    assert "东湖社区" in text(out) and "rp:comm" in buttons(out)
    out = await say(a, rt, MEMBER, "城南街道幸福里社区")
    assert "rp:next" in buttons(out)
    out = await say(a, rt, MEMBER, "完成")
    assert "老旧小区加装电梯" in text(out) and "民生保障" in text(out) and "幸福里" in text(out)
    assert "rp:submit" in buttons(out)
    out = await press(a, rt, MEMBER, "rp:submit")
    assert "SQMY-" in text(out) and "-0001" in text(out)
    out = await press(a, rt, MEMBER, "rp:submit")          # a second press: nothing filed twice
    from bot.features.reports import list_reports

    assert len(list_reports(a.db)) == 1
    out = await say(a, rt, MEMBER, "/reports")
    assert "SQMY-" in text(out) and "已接收" in text(out)


async def test_over_long_title_is_refused_with_the_limit_and_kept_asking(build, recording_transport):
    a, rt = build(), recording_transport
    await say(a, rt, MEMBER, "/report")
    out = await say(a, rt, MEMBER, "关" * 41)
    assert "41 字" in text(out) and "40 字" in text(out) and "第二十三条" in text(out)
    out = await say(a, rt, MEMBER, "关" * 40)
    assert "正文" in text(out)
    out = await say(a, rt, MEMBER, "长" * 1501)
    assert "1501 字" in text(out) and "标题会保留" in text(out)


async def test_too_large_file_is_refused_before_download_and_a_small_one_kept(build, recording_transport):
    a, rt = build(), recording_transport
    await say(a, rt, MEMBER, "/report")
    await say(a, rt, MEMBER, "路灯不亮")
    await say(a, rt, MEMBER, "正文")
    await press(a, rt, MEMBER, "rp:cat:2")
    await press(a, rt, MEMBER, "rp:comm")
    fetched = []

    async def fetch_big():
        fetched.append(1)
        return b"x" * (11 * 1024 * 1024)

    big = Attachment("现场.jpg", 11 * 1024 * 1024, "image/jpeg", fetch_big)
    out = await say(a, rt, MEMBER, "", attachment=big)
    assert "超过每个 10 MB 的上限" in text(out) and not fetched
    unannounced = Attachment("现场2.jpg", None, "image/jpeg", fetch_big)
    out = await say(a, rt, MEMBER, "", attachment=unannounced)
    assert "超过每个 10 MB 的上限" in text(out)

    async def fetch_small():
        return b"\xff\xd8 photo"

    out = await say(a, rt, MEMBER, "", attachment=Attachment("路灯.jpg", 8, "image/jpeg", fetch_small))
    assert "已添加附件“路灯.jpg”" in text(out)
    await press(a, rt, MEMBER, "rp:next")
    out = await press(a, rt, MEMBER, "rp:submit")
    from bot.features.reports import get_report

    report = get_report(a.db, text(out).split("回执编号 ")[1].split("。")[0])
    [f] = report["files"]
    out = await press(a, rt, STAFF, f"rv:open:{report['id']}")
    assert f"rv:files:{report['id']}" in buttons(out)
    out = await press(a, rt, STAFF, f"rv:files:{report['id']}")       # this transport declares no files
    assert "这里无法发送文件" in text(out) and report["receipt"] in text(out)
    from bot.features.reports.files import FileStore

    store = FileStore(a.config.data_dir / "reports")
    assert store.get(f["sha256"]) == b"\xff\xd8 photo"
    assert oct(store.path(f["sha256"]).stat().st_mode & 0o777) == "0o600"


async def test_draft_survives_a_restart_and_cancel_works_at_every_step(build, recording_transport):
    a, rt = build(), recording_transport
    await say(a, rt, MEMBER, "/report")
    await say(a, rt, MEMBER, "背街小巷垃圾清运不及时")
    a.close()
    b = build()                      # a new process: nothing in memory
    out = await say(b, rt, MEMBER, "/report")
    assert "未提交的社情民意草稿（背街小巷垃圾清运不及时）" in text(out)
    out = await say(b, rt, MEMBER, "正文：……")
    assert "类别" in text(out)
    out = await press(b, rt, MEMBER, "rp:cat:2")
    out = await press(b, rt, MEMBER, "rp:comm")
    out = await press(b, rt, MEMBER, "rp:next")
    assert "背街小巷垃圾清运不及时" in text(out) and "城市管理" in text(out)
    for steps in ([], ["t"], ["t", "c"], ["t", "c", "cat"], ["t", "c", "cat", "comm"],
                  ["t", "c", "cat", "comm", "next"]):
        await say(b, rt, MEMBER, "/cancel")
        await say(b, rt, MEMBER, "/report")
        for s in steps:
            if s == "t":
                await say(b, rt, MEMBER, "标题")
            elif s == "c":
                await say(b, rt, MEMBER, "正文")
            elif s == "cat":
                await press(b, rt, MEMBER, "rp:cat:0")
            elif s == "comm":
                await press(b, rt, MEMBER, "rp:comm")
            else:
                await press(b, rt, MEMBER, "rp:next")
        out = await say(b, rt, MEMBER, "/cancel")
        assert "已取消，草稿未提交" in text(out), steps
        assert b.dialogs.active(MEMBER.id, MEMBER.id) is None
    out = await press(b, rt, MEMBER, "rp:submit")
    from bot.features.reports import list_reports

    assert list_reports(b.db) == []


async def test_natural_request_files_but_a_question_is_answered(build, recording_transport):
    a, rt = build(), recording_transport
    out = await say(a, rt, MEMBER, "我要报社情民意")
    assert "第 1 步" in text(out)
    assert a.dialogs.active(MEMBER.id, MEMBER.id).dialog == "report"
    await say(a, rt, MEMBER, "/cancel")
    out = await say(a, rt, MEMBER, "社情民意怎么报")
    assert "第 1 步" not in text(out) and a.dialogs.active(MEMBER.id, MEMBER.id) is None
    questions = list(a.db.query("select text from questions"))
    assert [q["text"] for q in questions] == ["社情民意怎么报"]     # went to the knowledge base
    out = await say(a, rt, STRANGER, "/report")
    assert "仅" in text(out) or "名单" in text(out)


async def test_return_resubmit_adopt_with_points_and_notices(build, recording_transport):
    from bot.features.duty import api as duty
    from bot.features.reports import get_report

    a, rt = build(), recording_transport
    receipt = (await file_one(a, rt)).split("回执编号 ")[1].split("。")[0]
    out = await say(a, rt, STAFF, "/review")
    [open_] = [d for d in buttons(out) if d.startswith("rv:open:")]
    out = await press(a, rt, STAFF, open_)
    rid = open_.split(":")[-1]
    assert f"rv:return:{rid}" in buttons(out) and f"rv:adopt:{rid}:province" not in buttons(out)
    # Out of order: adopted before it was issued.
    out = await press(a, rt, STAFF, f"rv:adopt:{rid}:province")
    assert "目前为“已接收”，不能直接改为“已采用" in text(out)
    out = await press(a, rt, STAFF, f"rv:return:{rid}")
    assert "退回" in text(out)
    out = await say(a, rt, STAFF, "请补充加装电梯的具体小区和户数。")
    assert "已退回修改" in text(out)
    notices = queued_notices(a.db)
    assert notices[-1]["chat_id"] == MEMBER.id and "请补充" in notices[-1]["html"] and "/reports" in notices[-1]["html"]

    out = await say(a, rt, MEMBER, "/reports")
    assert "退回意见：请补充" in text(out)
    out = await press(a, rt, MEMBER, f"rp:resubmit:{rid}")
    assert "请补充" in text(out) and "rp:submit" in buttons(out)
    await press(a, rt, MEMBER, "rp:edit:content")
    out = await say(a, rt, MEMBER, "基本情况：幸福里小区 12 栋 240 户……")
    assert "240 户" in text(out)               # back at the preview
    out = await press(a, rt, MEMBER, "rp:submit")
    assert f"已重新提交 {receipt}" in text(out)
    assert get_report(a.db, receipt)["status"] == "received"

    await press(a, rt, STAFF, f"rv:issue:{rid}")
    out = await press(a, rt, STAFF, f"rv:adopt:{rid}:province")
    assert "省级" in text(out)
    out = await press(a, rt, STAFF, f"rv:adopt:{rid}:city")         # lower after higher: refused
    assert "最高一级计分" in text(out)
    html = queued_notices(a.db)[-1]["html"]
    assert "省级" in html and "本篇现计 4 分" in html
    member_id = get_report(a.db, receipt)["member_id"]
    year = get_report(a.db, receipt)["year"]
    summary = duty.summary(a.db, member_id, year)
    assert summary.total == 4
    await press(a, rt, STAFF, f"rv:instruct:{rid}")
    await say(a, rt, STAFF, "请市住建局研究办理。")
    assert duty.summary(a.db, member_id, year).total == 7
    await press(a, rt, STAFF, f"rv:adopt:{rid}:national")
    assert duty.summary(a.db, member_id, year).total == 9            # 6 + 3, never 2 + 4 + 6
    from bot.features.reports.links import audit_rows

    actions = {r["action"] for r in audit_rows(a.db)}
    assert {"report_returned", "report_issued", "report_adopted", "report_instructed"} <= actions


async def test_a_member_is_refused_every_staff_action(build, recording_transport):
    from bot.features.reports import get_report

    a, rt = build(), recording_transport
    receipt = (await file_one(a, rt)).split("回执编号 ")[1].split("。")[0]
    rid = get_report(a.db, receipt)["id"]
    out = await say(a, rt, MEMBER, "/review")
    assert "没有使用这个功能的权限" in text(out)
    for data in (f"rv:open:{rid}", f"rv:issue:{rid}", f"rv:return:{rid}", f"rv:forward:{rid}",
                 f"rv:adopt:{rid}:national", f"rv:instruct:{rid}", f"rv:feedback:{rid}"):
        before = len(rt.callbacks)
        await press(a, rt, MEMBER, data)
        assert rt.callbacks[before:] and "没有使用这个功能的权限" in (rt.callbacks[-1][1] or ""), data
    report = get_report(a.db, receipt)
    assert report["status"] == "received" and len(report["history"]) == 1
    from bot.features.reports.links import audit_rows

    assert len([r for r in audit_rows(a.db, "refused")]) >= 8


def test_receipts_are_unique_under_concurrent_filing(tmp_path):
    """Two processes' worth of connections filing at once: every number once, in order."""
    from bot.features import open_bot_db
    from bot.features.reports import service
    from bot.features.reports.settings import reports_settings
    from bot.features.reports.status import DuplicateReceipt  # noqa: F401

    path = tmp_path / "a.db"
    open_bot_db(path).conn.close()
    settings = reports_settings({})
    draft = {"title": "标题", "content": "正文", "category": "其他", "community": "东湖社区"}
    got, errors = [], []

    def worker(n):
        db = open_bot_db(path)
        try:
            for i in range(15):
                r = service.file_report(db, draft, author=service.Author(f"tg:{n}", f"tg:{n}", "某"),
                                        settings=settings, tz="Asia/Shanghai")
                got.append(r["receipt"])
        except Exception as exc:      # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert not errors
    assert len(got) == 45 and len(set(got)) == 45
    assert sorted(int(r.rsplit("-", 1)[1]) for r in got) == list(range(1, 46))


def test_out_of_order_and_level_rules():
    from bot.features.reports.status import StatusOrderError, check_step

    with pytest.raises(StatusOrderError) as err:
        check_step("SQMY-2026-0001", "received", "adopted", level="province")
    assert "不能直接改为“已采用" in str(err.value)
    assert "cannot become adopted" in err.value.text("en")
    with pytest.raises(StatusOrderError):
        check_step("X", "returned", "issued")
    with pytest.raises(StatusOrderError):
        check_step("X", "adopted", "adopted", level="city", current_level="province")
    with pytest.raises(StatusOrderError):
        check_step("X", "instructed", "instructed", instructed=True)
    with pytest.raises(StatusOrderError):
        check_step("X", "feedback", "adopted", level="national", current_level="city")
    check_step("X", "issued", "adopted", level="city", current_level="city")
    check_step("X", "adopted", "adopted", level="national", current_level="province")


SAMPLE_ROSTER = [
    ["姓名", "手机", "界别", "街道社区", "角色"],
    ["王明", "13900000001", "经济界", "东湖街道", "委员"],
    ["李华", "13900000002", "教育界", "城南街道", "委员"],
    ["张丽", "13900000003", "医药卫生界", "东湖街道", "委员"],
    ["赵强", "13900000004", "科技界", "城南街道", "委员"],
]


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    """A data dir with the sample roster, driven through `ingest.py` (click's runner)."""
    from click.testing import CliRunner

    from cli.main import cli
    from tests.conftest import write_config

    folder = tmp_path / "cli"
    folder.mkdir()
    config = write_config(folder)
    roster = folder / "roster.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(SAMPLE_ROSTER)
    runner = CliRunner(env={"BOT_LANG": None})     # the default language, as staff get it (conftest sets en)

    def run(*args):
        head = list(args[:2]) if args[:1] == ("--lang",) else []
        return runner.invoke(cli, [*head, "--config", str(config), *args[len(head):]], catch_exceptions=False)

    assert run("members", "import", str(roster)).exit_code == 0
    return run, folder


def test_sample_import_is_idempotent_and_numbers_continue_after_it(cli_env):
    from bot.features import open_bot_db
    from bot.features.reports import service
    from bot.features.reports.settings import reports_settings
    from tests.conftest import ROOT

    run, folder = cli_env
    sample = ROOT / "samples" / "reports" / "reports.csv"
    first = run("reports", "import", str(sample))
    assert first.exit_code == 0 and "新增 5 篇" in first.output and "拒绝 0 篇" in first.output
    again = run("reports", "import", str(sample))
    assert "新增 0 篇，更新 0 篇，未变 5 篇，拒绝 0 篇" in again.output
    listing = run("reports", "list")
    assert "SQMY-2026-0001" in listing.output and "已被省级采用" in listing.output and "共 5 篇" in listing.output
    db = open_bot_db(folder / "data" / "assistant.db")
    import datetime as dt
    from zoneinfo import ZoneInfo

    in_2026 = dt.datetime(2026, 9, 1, 10, tzinfo=ZoneInfo("Asia/Shanghai")).timestamp()
    r = service.file_report(db, {"title": "标题", "content": "正文", "category": "其他", "community": "东湖街道"},
                            author=service.Author("tg:1", "tg:1", "王明", member_id=1), settings=reports_settings({}),
                            tz="Asia/Shanghai", now=in_2026)
    assert r["receipt"] == "SQMY-2026-0006"          # after the imported 0005: never a number twice
    in_2027 = dt.datetime(2027, 1, 2, 10, tzinfo=ZoneInfo("Asia/Shanghai")).timestamp()
    r = service.file_report(db, {"title": "标题", "content": "正文", "category": "其他", "community": "东湖街道"},
                            author=service.Author("tg:1", "tg:1", "王明", member_id=1), settings=reports_settings({}),
                            tz="Asia/Shanghai", now=in_2027)
    assert r["receipt"] == "SQMY-2027-0001"          # per year
    # Points of the imported reports are in the ledger: 王明's 0001 adopted by the province.
    from bot.features.duty import api as duty

    assert duty.summary(db, 1, 2026).total == 4 + 2   # 0001 province + 0005 issued (city)
    db.conn.close()


def test_import_rejects_a_duplicate_receipt_and_bad_rows_with_reasons(cli_env, tmp_path):
    from tests.conftest import ROOT

    run, folder = cli_env
    run("reports", "import", str(ROOT / "samples" / "reports" / "reports.csv"))
    bad = tmp_path / "bad.csv"
    with open(bad, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["回执编号", "报送人", "标题", "正文", "类别", "街道社区", "报送日期", "状态", "采用级别"])
        w.writerow(["SQMY-2026-0001", "13900000002", "另一篇信息", "正文", "其他", "城南街道", "2026-08-01", "已接收", ""])
        w.writerow(["SQMY-2026-0100", "13700000000", "标题", "正文", "其他", "城南街道", "2026-08-01", "已接收", ""])
        w.writerow(["SQMY-2026-0101", "13900000002", "标题", "正文", "其他", "城南街道", "2026-08-01", "已采用", ""])
        w.writerow(["SQMY-2026-0102", "13900000002", "题" * 41, "正文", "其他", "城南街道", "2026-08-01", "", ""])
        w.writerow(["SQMY-2026-0103", "13900000002", "标题", "正文", "其他", "城南街道", "2026/13/45", "", ""])
        w.writerow(["2026-0104", "13900000002", "标题", "正文", "其他", "城南街道", "2026-08-01", "", ""])
        w.writerow(["SQMY-2026-0105", "13900000002", "好标题", "正文", "其他", "城南街道", "2026-08-01", "", ""])
    out = run("reports", "import", str(bad)).output
    assert "已被另一篇信息使用（《老旧小区加装电梯后维保费用分摊难》）" in out
    assert "不在委员名单中" in out and "须注明采用级别" in out and "41 字" in out and "无法识别" in out
    assert "格式不对" in out
    assert "新增 1 篇，更新 0 篇，未变 0 篇，拒绝 6 篇" in out
    shown = run("reports", "show", "SQMY-2026-0001").output
    assert "老旧小区加装电梯后维保费用分摊难" in shown and "另一篇信息" not in shown


def test_cli_status_change_in_order_only_audited_and_notified(cli_env):
    from tests.conftest import ROOT

    run, folder = cli_env
    run("reports", "import", str(ROOT / "samples" / "reports" / "reports.csv"))
    out = run("reports", "status", "SQMY-2026-0004", "adopted", "--level", "province")
    assert out.exit_code != 0 and "目前为“已接收”，不能直接改为“已采用”" in out.output
    out = run("reports", "status", "SQMY-2026-0004", "adopted", "--level", "province", "--lang", "en")
    assert "cannot become adopted" in out.output
    out = run("--lang", "en", "reports", "status", "SQMY-2026-0004", "adopted", "--level", "province")
    assert "cannot become adopted" in out.output                 # the root group's language too
    out = run("reports", "status", "SQMY-2026-0004", "returned")
    assert out.exit_code != 0 and "--comment" in out.output
    out = run("reports", "status", "SQMY-2026-0004", "issued", "--by", "李秘书")
    assert out.exit_code == 0 and "已接收 → 已编发" in out.output and "本篇现计 2 分" in out.output
    assert "报送人没有可通知的聊天" in out.output                # 赵强 has not verified on any network yet
    roster = folder / "roster2.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([SAMPLE_ROSTER[0] + ["telegram"], SAMPLE_ROSTER[4] + ["4004"]])
    assert run("members", "import", str(roster)).exit_code == 0
    out = run("reports", "status", "SQMY-2026-0004", "forwarded")
    assert "通知已写入发件箱" in out.output                      # now he is reachable: the notice waits for the bot
    out = run("reports", "show", "SQMY-2026-0004")
    assert "cli:李秘书" in out.output
    out = run("members", "audit")
    assert "report_issued" in out.output
    out = run("reports", "list", "--status", "received")
    assert "没有符合条件的社情民意" in out.output


def test_settings_fail_fast_with_the_key():
    from bot.features.reports.settings import reports_settings
    from kb.errors import ConfigError

    assert reports_settings({}).title_max_chars == 40 and reports_settings({}).content_max_chars == 1500
    with pytest.raises(ConfigError, match="bot.reports.title_max"):
        reports_settings({"title_max": 30})
    with pytest.raises(ConfigError, match="title_max_chars must be at least 5"):
        reports_settings({"title_max_chars": 2})
    with pytest.raises(ConfigError, match="categories"):
        reports_settings({"categories": ["其他", "其他"]})


async def test_title_limit_is_config(empty_kb, tmp_path, recording_transport):
    from bot.app import build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess

    empty_kb.config.bot["reports"] = {"title_max_chars": 10}
    a = build_assistant(kb=empty_kb, access=RosterAccess("members"))
    roster.import_roster(a.db, write_roster(tmp_path / "roster.csv"), actor="test")
    rt = recording_transport
    out = await say(a, rt, MEMBER, "/report")
    assert "不超过 10 字" in text(out)
    out = await say(a, rt, MEMBER, "一二三四五六七八九十一")
    assert "11 字" in text(out) and "10 字的上限" in text(out)
    a.close()
