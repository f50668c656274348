"""Broadcast throughput and question latency during a broadcast.

Delivers one broadcast to N members (default 1,000) through the real
python-telegram-bot against the Bot API emulator (run in its own thread, as
Telegram is another machine), with the configured limits (default: 25
messages/s overall; the emulator enforces Telegram's own 30/s and answers 429
beyond it). Meanwhile a member asks a question from the sample questions
about once a second, through the assistant core with the sample knowledge
base, on the same event loop as the outbox worker. Prints a table.

    .venv/bin/python -m bench.broadcast_bench [--members 1000] [--per-second 25] [--rtt 0.05]

``--rtt`` adds a server-side delay to every sendMessage (a network round trip
to api.telegram.org); the worker's concurrency keeps the rate regardless.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_kb(cache: Path):
    import yaml

    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    import bm25s  # noqa: F401  (sets its own logger to DEBUG on import)

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    folder = Path(tempfile.mkdtemp(prefix="broadcast-bench-"))
    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    raw["cache_dir"] = str(cache)
    raw["data_dir"] = str(folder / "data")
    (folder / "config.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    kb = KnowledgeBase(load_config(folder / "config.yaml"))
    docs = ROOT / "samples" / "documents"
    kb.add_paths([docs if docs.is_dir() else ROOT / "samples"])
    kb.warm_up()
    return kb


def pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


async def ask_loop(assistant, questions, latencies, stop: asyncio.Event, interval: float, first_id: int):
    from bot.kernel.messages import Chat, Incoming, User

    from tests.support.doubles import RecordingTransport

    transport = RecordingTransport()   # answers to members land here; the question path is measured
    n = 0
    while not stop.is_set():
        q = questions[n % len(questions)]
        user = User(f"tg:{first_id + n % 50}", f"member{n}", language="zh-hans")
        msg = Incoming("telegram", user, Chat(user.id, "private"), text=q, message_id=str(n), received_at=time.time())
        t0 = time.perf_counter()
        await assistant.handle(msg, transport)
        latencies.append(time.perf_counter() - t0)
        n += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except asyncio.TimeoutError:
            pass


async def run(args) -> dict:
    from bot.app import build_assistant
    import bot.features.broadcast as bc
    from bot.kernel.access import OpenAccess
    from bot.transports.telegram.transport import TelegramTransport
    from tests.support.telegram_emulator import EmulatorThread

    kb = build_kb(Path(args.cache))
    assistant = build_assistant(kb=kb, access=OpenAccess())
    assistant.settings.questions_per_minute = 0            # the bench asks faster than a person
    assistant.limiter.per_minute = 0
    assistant.gate.caps.update(member=0, stranger=0)       # nor the flood gate (bot.kernel.flood)
    s = assistant.settings.broadcast
    if args.per_second:
        s.per_second = args.per_second
    bc.install(assistant)
    questions = [json.loads(line)["question"] for line in (ROOT / "samples" / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    now = time.time()
    first_id = 5_000_000
    assistant.db["members"].insert_all([
        {"name": f"委员{i}", "mobile": f"13{i:09d}", "sector": "经济界", "district": "城东街道", "role": "member",
         "telegram_user_id": f"tg:{first_id + i}", "verified_at": now, "muted": 0, "created_at": now,
         "updated_at": now} for i in range(args.members)])

    # Idle baseline: question latency with no broadcast running.
    idle = []
    stop = asyncio.Event()
    task = asyncio.create_task(ask_loop(assistant, questions, idle, stop, 0.0, first_id))
    await asyncio.sleep(args.baseline)
    stop.set()
    await task

    with EmulatorThread() as emu:
        emu.flood_limit(per_second=30, per_chat_per_minute=20)   # Telegram's documented limits
        if args.rtt:
            emu.delay_next("sendMessage", args.rtt, count=10 * args.members)
        transport = TelegramTransport.send_only(emu.token, base_url=emu.base_url)
        await transport.start()
        bid = bc.create_broadcast(assistant.db, html="关于召开全体会议的通知（性能测试）", audience=["members"],
                                  author=bc.Author("cli:bench", "bench"))
        t0 = time.perf_counter()
        assistant.attach_transport(transport)                      # the worker starts
        during = []
        stop = asyncio.Event()
        task = asyncio.create_task(ask_loop(assistant, questions, during, stop, args.ask_interval, first_id))
        while bc.get_broadcast(assistant.db, bid)["state"] != "done":
            await asyncio.sleep(0.1)
        elapsed = time.perf_counter() - t0
        stop.set()
        await task
        await assistant.broadcast.stop()
        calls = emu.calls("sendMessage")
        await transport.close()
    ok = sorted(c.timestamp for c in calls if c.status == 200)
    peak = max((sum(1 for x in ok[i:i + 40] if x < t + 1.0) for i, t in enumerate(ok)), default=0)
    summary = bc.summary(assistant.db, bid)
    assistant.close()
    return {"members": args.members, "per_second": s.per_second, "concurrency": s.concurrency, "rtt": args.rtt,
            "elapsed": elapsed, "ideal": args.members / s.per_second, "sent": summary["sent"],
            "failed": summary["failed"], "unconfirmed": summary["unconfirmed"],
            "http_429": sum(1 for c in calls if c.status == 429), "peak_per_s": peak,
            "idle": idle, "during": during}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--per-second", type=float, default=0, help="override bot.broadcast.per_second (default: config)")
    parser.add_argument("--rtt", type=float, default=0.05, help="emulated Telegram round trip, seconds")
    parser.add_argument("--ask-interval", type=float, default=0.5, help="seconds between questions during the broadcast")
    parser.add_argument("--baseline", type=float, default=8.0, help="seconds of idle questions first")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "broadcast-bench-cache"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    for name in ("bm25s", "httpx", "chromadb"):
        logging.getLogger(name).setLevel(logging.WARNING)
    r = asyncio.run(run(args))
    rows = [
        ("recipients", f"{r['members']}"),
        ("configured rate", f"{r['per_second']:g} msg/s (concurrency {r['concurrency']}), emulated RTT {r['rtt'] * 1000:.0f} ms"),
        ("time to deliver", f"{r['elapsed']:.1f} s (ideal {r['ideal']:.1f} s = {r['members']}/{r['per_second']:g})"),
        ("achieved rate", f"{r['members'] / r['elapsed']:.1f} msg/s; peak {r['peak_per_s']} in any 1 s window"),
        ("delivered / unconfirmed / failed", f"{r['sent']} / {r['unconfirmed']} / {r['failed']}"),
        ("429 answers (emulator enforces 30/s)", f"{r['http_429']}"),
        ("questions idle: n, p50, p95", f"{len(r['idle'])}, {pct(r['idle'], 50) * 1000:.0f} ms, {pct(r['idle'], 95) * 1000:.0f} ms"),
        ("questions during broadcast: n, p50, p95",
         f"{len(r['during'])}, {pct(r['during'], 50) * 1000:.0f} ms, {pct(r['during'], 95) * 1000:.0f} ms"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  value")
    print("-" * (width + 2 + 60))
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
