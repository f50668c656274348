"""Duty records at committee scale: 2,500 members × 20 records (python -m bench.duty_bench).

Generates a roster and the staff's export files (attendance, activities, proposals) for a
synthetic committee, imports them through the same code as ``ingest.py duty import`` (first
run and an idempotent re-run), answers ``/duty`` for members through the real Assistant
(RosterAccess, a recording transport: the core's time, not a network's), and writes the
annual assessment table. Prints one table. Everything lives in a temporary folder.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def make_files(folder: Path, members: int, seed: int = 7) -> dict[str, Path]:
    """20 records per member: 5 meetings, 13 activities, one proposal (filed + registered)."""
    rng = random.Random(seed)
    sectors = ["经济界", "教育界", "科技界", "医药卫生界", "文化艺术界", "农业界", "法律界", "社会福利界"]
    roster = [["姓名", "手机", "界别", "街道社区", "角色"]]
    for n in range(members):
        roster.append([f"委员{n:05d}", f"137{n:08d}", rng.choice(sectors), f"街道{n % 40}", "委员"])
    attendance = [["会议编号", "会议名称", "会议类型", "日期", "姓名", "手机", "出席情况"]]
    meetings = [("M1", "全体会议", "2026-01-12")] + [(f"C{q}", "常委会会议", f"2026-{3 * q:02d}-15") for q in (1, 2, 3, 4)]
    activities = [["活动编号", "活动名称", "类型", "日期", "姓名", "手机"]]
    proposals = [["提案编号", "案由", "第一提案人", "第一提案人手机", "状态", "承办单位", "提交日期"]]
    kinds = ["视察", "调研", "社区协商", "大会发言", "书面发言"]
    for n in range(members):
        name, mobile = f"委员{n:05d}", f"137{n:08d}"
        for mid, kind, day in meetings:
            status = rng.choices(["出席", "请假", "缺席"], [0.85, 0.12, 0.03])[0]
            attendance.append([mid, f"会议{mid}", kind, day, name, mobile, status])
        for a in range(13):
            activities.append([f"A{n:05d}-{a:02d}", f"活动{a}", rng.choice(kinds),
                               f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", name, mobile])
        proposals.append([f"2026-{n:05d}", f"关于第{n}项工作的建议", name, mobile,
                          rng.choice(["立案", "立案", "不予立案", "并案"]), "市有关部门", "2026-01-10"])
    return {"roster": write_csv(folder / "roster.csv", roster),
            "attendance": write_csv(folder / "attendance.csv", attendance),
            "activities": write_csv(folder / "activities.csv", activities),
            "proposals": write_csv(folder / "proposals.csv", proposals)}


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


class Recording:
    """A transport that keeps what the core sends: the core's time, without a network's."""

    from bot.kernel.transports import TransportInfo

    info = TransportInfo(name="telegram", id_prefix="tg")
    name = "telegram"
    bot_username = None

    def __init__(self):
        self.sent = []

    async def send(self, chat_id, message):
        from bot.kernel.messages import SentRef

        self.sent.append((chat_id, message))
        return SentRef(chat_id, str(len(self.sent)))

    async def edit(self, ref, message):
        return None

    async def typing(self, chat_id):
        return None

    async def answer_callback(self, callback, text=None):
        return None


async def duty_latencies(assistant, member_ids: list[int], users: dict[int, str]) -> list[float]:
    from bot.kernel.messages import Chat, Incoming, User

    transport = Recording()
    out = []
    for n, mid in enumerate(member_ids):
        user = User(users[mid], "委员", language="zh-hans")
        msg = Incoming("telegram", user, Chat(user.id, "private"), text="/duty", command="duty", args="",
                       message_id=str(n), received_at=time.time())
        started = time.perf_counter()
        await assistant.handle(msg, transport)
        out.append((time.perf_counter() - started) * 1000)
        assert "积分合计" in transport.sent[-1][1].html, transport.sent[-1][1].html
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2500)
    parser.add_argument("--asks", type=int, default=500, help="/duty requests timed (distinct members)")
    args = parser.parse_args()

    import yaml

    from bot.app import build_assistant
    from bot.features.duty import api
    from bot.features.duty.export import export_assessment
    from bot.features.duty.imports import import_activities, import_attendance
    from bot.features.proposals.service import import_proposals
    from bot.features import roster
    from bot.features.roster import RosterAccess
    from bot.kernel.messages import User
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
        base["data_dir"] = str(folder / "data")
        (folder / "config.yaml").write_text(yaml.safe_dump(base, allow_unicode=True), encoding="utf-8")
        config = load_config(folder / "config.yaml")
        files = make_files(folder, args.members)
        assistant = build_assistant(kb=KnowledgeBase(config), access=RosterAccess("members"))
        db, rules = assistant.db, api.active_rules()
        print(f"{'step':<38}  {'size':<16}  time", flush=True)

        class Rows(list):
            def append(self, row):          # printed as it goes: a partial run still says something
                super().append(row)
                print(f"{row[0]:<38}  {row[1]:<16}  {row[2]}", flush=True)

        rows = Rows()
        _, s = timed(roster.import_roster, db, files["roster"], actor="bench")
        rows.append(("roster import", f"{args.members} members", f"{s:.1f} s"))
        total_records = 0
        for kind, fn in (("attendance", import_attendance), ("activities", import_activities),
                         ("proposals", import_proposals)):
            report, s = timed(fn, db, files[kind], rules=rules)
            assert report.count("rejected") == 0, report.lines()[:5]
            rows.append((f"{kind} import (first)", f"{len(report.rows)} rows", f"{s:.1f} s"))
            again, s2 = timed(fn, db, files[kind], rules=rules)
            assert again.count("unchanged") == len(again.rows)
            rows.append((f"{kind} re-import (all unchanged)", f"{len(again.rows)} rows", f"{s2:.1f} s"))
        total_records = db.execute("select count(*) from duty_records").fetchone()[0]
        rows.append(("ledger records", f"{total_records}", f"{total_records / args.members:.1f} per member"))

        members = roster.list_members(db)
        users = {}
        for m in members:
            users[m["id"]] = f"tg:{900000 + m['id']}"
            roster.bind_user(db, m["id"], User(users[m["id"]], m["name"]), "roster")
        picked = random.Random(3).sample([m["id"] for m in members], min(args.asks, len(members)))
        latencies = asyncio.run(duty_latencies(assistant, picked, users))
        q = statistics.quantiles(latencies, n=100)
        rows.append(("/duty (core, recording transport)", f"{len(latencies)} members",
                     f"p50 {statistics.median(latencies):.1f} ms, p95 {q[94]:.1f} ms, max {max(latencies):.1f} ms"))
        n, s = timed(export_assessment, db, folder / "考核表.xlsx", 2026, rules=rules)
        rows.append(("annual export (XLSX)", f"{n} members", f"{s:.1f} s"))
        assistant.close()
    with open("/proc/loadavg") as fh:
        print(f"load average at the end: {fh.read().split()[0]} (2 cores)")


if __name__ == "__main__":
    main()
