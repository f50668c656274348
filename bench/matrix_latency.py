"""Answer latency through a real Synapse: a member's question event -> the answer event at the member.

    .venv/bin/python -m bench.matrix_latency [--questions 30] [--rate-limited] [--cache-dir DIR]

Starts a throw-away Synapse (tests/support/synapse_harness.py; its venv is created on
first use), builds the sample knowledge base (samples/documents, abstention
threshold calibrated on samples/questions.jsonl as ``make run`` does; the
embedding cache in --cache-dir makes later runs quick), runs the Matrix bot
(bot/transports/matrix/transport.py) in this process, and has a member ask the sample
questions one after another in a direct chat (cycled to reach --questions).

Three latencies per question, printed as p50 / p95 / max:

* member: from just before the member's client sends the question (PUT) to
  the moment its /sync returns the bot's reply (what a member waits);
* server: ``origin_server_ts`` of the reply minus that of the question (the
  homeserver's clock: the bot's sync, answer and send);
* bot: ``questions.latency_ms`` (from the bot receiving the event to its send
  returning).

The per-user question limit (``bot.questions_per_minute``) is lifted for the
run. ``--rate-limited`` runs Synapse with rc_message 0.5/s (burst 2) for the
bot, showing the cost of waiting out 429s.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def build_kb(work: Path, cache_dir: Path):
    import yaml

    from kb.calibration import calibrate
    from kb.config import load_config
    from kb.evaluation import load_questions
    from kb.knowledge_base import KnowledgeBase

    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    raw["cache_dir"] = str(cache_dir)
    raw["data_dir"] = str(work / "data")
    (work / "config.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    kb = KnowledgeBase(load_config(work / "config.yaml"))
    report = kb.add_paths([ROOT / "samples" / "documents"])
    if report.count("failed"):
        raise SystemExit(f"ingest failed: {[r.error for r in report.results if r.error]}")
    calibrate(kb, load_questions(ROOT / "samples" / "questions.jsonl"))
    return kb


async def bench(hs, kb, questions: list[str], work: Path) -> dict:
    from mautrix.api import HTTPAPI, Method, Path as MxPath
    from mautrix.client.api import ClientAPI
    from mautrix.types import RoomCreatePreset

    from bot.app import build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess
    from bot.transports.matrix.runner import run_matrix

    bot_id, bot_token = hs.register_user("assistant", "pw", displayname="履职助手")
    member_id, member_token = hs.register_user("member", "pw", admin=True)   # admins: never rate limited
    assistant = build_assistant(kb=kb, access=RosterAccess("members"))
    assistant.limiter.per_minute = 0                 # no per-user question limit for the benchmark
    assistant.gate.caps.update(member=0, stranger=0)  # nor the flood gate (bot.kernel.flood)
    (work / "roster.csv").write_text(f"姓名,手机,角色,matrix_id\n张伟,13812345678,委员,{member_id}\n", encoding="utf-8")
    roster.import_roster(assistant.db, work / "roster.csv", actor="bench")
    await asyncio.get_running_loop().run_in_executor(None, kb.warm_up)

    stop = asyncio.Event()
    task = asyncio.create_task(run_matrix(assistant, stop=stop, homeserver=hs.base_url, user_id=bot_id,
                                          access_token=bot_token))
    while not (assistant.transports.get("matrix") and assistant.transports["matrix"].ready.is_set()):
        if task.done():
            task.result()
        await asyncio.sleep(0.05)

    member = ClientAPI(mxid=member_id, api=HTTPAPI(base_url=hs.base_url, token=member_token))
    since = (await member.sync(timeout=0))["next_batch"]

    async def wait_for(pred, timeout=120.0):
        nonlocal since
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            resp = await member.sync(since=since, timeout=30000)
            since = resp["next_batch"]
            seen = time.perf_counter()
            for room_id, info in resp.get("rooms", {}).get("join", {}).items():
                for ev in info.get("timeline", {}).get("events", []):
                    if pred(room_id, ev):
                        return ev, seen
        raise TimeoutError("no answer")

    def from_bot(room):
        return lambda r, e: r == room and e.get("sender") == bot_id and e.get("type") == "m.room.message"

    room = await member.create_room(preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True, invitees=[bot_id])
    await wait_for(from_bot(room))                   # the greeting

    rows = []
    try:
        for question in questions:
            t0 = time.perf_counter()
            resp = await member.api.request(Method.PUT, MxPath.v3.rooms[room].send["m.room.message"][uuid.uuid4().hex],
                                            {"msgtype": "m.text", "body": question})
            qid = resp["event_id"]

            def is_answer(r, e, qid=qid):
                rel = (e.get("content") or {}).get("m.relates_to") or {}
                return from_bot(room)(r, e) and (rel.get("m.in_reply_to") or {}).get("event_id") == qid

            answer, t1 = await wait_for(is_answer)
            question_event = await member.api.request(Method.GET, MxPath.v3.rooms[room].event[qid])
            rows.append({"member": (t1 - t0) * 1000,
                         "server": answer["origin_server_ts"] - question_event["origin_server_ts"],
                         "event_id": answer["event_id"]})
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await member.api.session.close()
    bot_ms = {r["reply_message_id"]: r["latency_ms"] for r in
              assistant.db.query("select reply_message_id, latency_ms from questions")}
    for row in rows:
        row["bot"] = bot_ms.get(row["event_id"], float("nan"))
    stats = dict(assistant.transports["matrix"].stats)
    answered = assistant.db.execute("select count(*) from questions where status = 'answered'").fetchone()[0]
    assistant.close()
    return {"rows": rows, "stats": stats, "answered": answered}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--rate-limited", action="store_true", help="rc_message 0.5/s for the bot")
    parser.add_argument("--cache-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "committee-assistant-embedding-cache")
    parser.add_argument("--debug", action="store_true", help="log what the bot sends")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bot.matrix").setLevel(logging.DEBUG if "--debug" in sys.argv else logging.WARNING)

    from tests.support.synapse_harness import SynapseServer, pinned_synapse_version

    samples = [json.loads(line)["question"] for line in (ROOT / "samples" / "questions.jsonl").open(encoding="utf-8")
               if line.strip()]
    questions = [samples[i % len(samples)] for i in range(args.questions)]
    with tempfile.TemporaryDirectory(prefix="matrix-bench-") as tmp:
        work = Path(tmp)
        args.cache_dir.mkdir(parents=True, exist_ok=True)
        t = time.monotonic()
        kb = build_kb(work, args.cache_dir)
        print(f"sample knowledge base built in {time.monotonic() - t:.1f} s", file=sys.stderr)
        with SynapseServer(rate_limited=args.rate_limited) as hs:
            print(f"Synapse {pinned_synapse_version()} started in {hs.startup_seconds:.1f} s", file=sys.stderr)
            result = asyncio.run(bench(hs, kb, questions, work))

    rows = result["rows"]
    label = "rate-limited (rc_message 0.5/s, burst 2)" if args.rate_limited else "default limits"
    print(f"\nMatrix answer latency through Synapse {pinned_synapse_version()} ({label}): {len(rows)} questions "
          f"from samples/questions.jsonl, asked one after another in a direct chat; "
          f"{result['answered']} answered, {len(rows) - result['answered']} abstained\n")
    print(f"| {'latency (ms)':<44} | {'p50':>7} | {'p95':>7} | {'max':>7} |")
    print(f"|{'-' * 46}|{'-' * 9}|{'-' * 9}|{'-' * 9}|")
    for key, name in (("member", "member: question sent -> answer received"),
                      ("server", "server: answer ts - question ts"),
                      ("bot", "bot: event received -> send returned")):
        values = [r[key] for r in rows if r[key] == r[key]]
        print(f"| {name:<44} | {percentile(values, 0.5):7.0f} | {percentile(values, 0.95):7.0f} | "
              f"{max(values):7.0f} |")
    print(f"\nmean member latency {statistics.mean(r['member'] for r in rows):.0f} ms; transport stats: "
          + ", ".join(f"{k}={v}" for k, v in result["stats"].items() if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
