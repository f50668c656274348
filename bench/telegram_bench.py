"""Members on Telegram under load: the real python-telegram-bot against the Bot API emulator.

    python -m bench.telegram_bench [--corpus DIR] [--questions FILE] [--members 50] [--per-member 4]

Latency is measured from the moment the update is queued in the emulator to the
moment the bot's sendMessage reaches it (getUpdates wait + handling + reply).
The emulator runs in its own thread (EmulatorThread); RSS is the bot process's.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent

from bot.app import build_assistant  # noqa: E402
from bot.kernel.access import OpenAccess  # noqa: E402
from bot.transports.telegram.runner import run_telegram  # noqa: E402
from kb.config import load_config  # noqa: E402
from kb.evaluation import latency_summary  # noqa: E402
from kb.knowledge_base import KnowledgeBase  # noqa: E402
from tests.support.telegram_emulator import Chat, EmulatorThread, User  # noqa: E402


def reply_latencies(emu, sent_at: dict[int, float]) -> list[float]:
    """Seconds from each queued update to the sendMessage answering it."""
    out = []
    calls = [c for c in emu.calls("sendMessage") if c.ok]
    for call in calls:
        reply_to = call.params.get("reply_parameters") or {}
        key = (int(call.params["chat_id"]), int(reply_to.get("message_id", -1)))
        if key in sent_at:
            out.append(call.timestamp - sent_at[key])
    return out


async def main_async(args) -> None:
    with tempfile.TemporaryDirectory(prefix="tg-bench-") as tmp:
        config = load_config(ROOT / "config.yaml", data_dir=Path(tmp) / "data")
        config.cache_dir = ROOT / "data" / "cache"
        kb = KnowledgeBase(config)
        t0 = time.perf_counter()
        kb.add_paths([args.corpus])
        print(f"knowledge base: {kb.chunk_count()} chunks from {args.corpus} ({time.perf_counter() - t0:.0f} s)")
        assistant = build_assistant(kb=kb, access=OpenAccess())
        assistant.settings.questions_per_minute = 1000      # measure the bot, not the limiter
        assistant.settings.telegram.poll_timeout = 10
        assistant.limiter.per_minute = 1000
        assistant.gate.caps.update(member=0, stranger=0)   # nor the flood gate (bot.kernel.flood)
        questions = [json.loads(line)["question"] for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
        proc = psutil.Process()
        with EmulatorThread() as emu:
            stop = asyncio.Event()
            task = asyncio.create_task(run_telegram(assistant, stop=stop, token=emu.token, base_url=emu.base_url,
                                                    base_file_url=emu.base_file_url))
            await emu.wait_for_async(lambda e: e.calls("getUpdates"), timeout=60)
            rss_idle = proc.memory_info().rss / 2**20

            # Sequential: one member, one question at a time.
            user = User(id=5000, first_name="solo", language_code="zh-hans")
            sent_at = {}
            for q in questions:
                incoming = emu.send_text(user, Chat.private(user), q)
                sent_at[(user.id, incoming["message_id"])] = time.time()
                await emu.wait_for_messages_async(user.id, 1, timeout=60, after=incoming["message_id"])
            seq = latency_summary(reply_latencies(emu, sent_at))

            # Concurrent: N members each asking their questions as fast as answers come.
            emu.clear_calls()
            members = [User(id=6000 + i, first_name=f"m{i}", language_code="zh-hans") for i in range(args.members)]
            sent_at = {}

            import random

            rng = random.Random(0)

            async def member(u: User, offset: int, think: float) -> int:
                done = 0
                for k in range(args.per_member):
                    if think:      # a person reading the answer before asking again
                        await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
                    q = questions[(offset + k) % len(questions)]
                    incoming = emu.send_text(u, Chat.private(u), q)
                    sent_at[(u.id, incoming["message_id"])] = time.time()
                    await emu.wait_for_messages_async(u.id, 1, timeout=300, after=incoming["message_id"])
                    done += 1
                return done

            t0 = time.perf_counter()
            answered = sum(await asyncio.gather(*(member(u, i, 0) for i, u in enumerate(members))))
            wall = time.perf_counter() - t0
            conc = latency_summary(reply_latencies(emu, sent_at))

            # The same members at a human pace: a question every `think` seconds or so.
            sent_at.clear()
            t1 = time.perf_counter()
            paced_n = sum(await asyncio.gather(*(member(u, i + 7, args.think) for i, u in enumerate(members))))
            paced_wall = time.perf_counter() - t1
            paced = latency_summary(reply_latencies(emu, sent_at))
            errors = [c for c in emu.calls() if c.status is not None and not c.ok]   # None: a poll in flight
            rss_peak = proc.memory_info().rss / 2**20
            stop.set()
            await task
        n_errors = assistant.db.execute("select count(*) from events where kind = 'error'").fetchone()[0]
        assistant.close()

    print(f"\n{'measure':<44}{'value':>24}")
    rows = [
        ("sequential answers", f"{len(questions)}"),
        ("  latency update -> sendMessage p50 / p95", f"{seq['p50']:.0f} / {seq['p95']:.0f} ms"),
        (f"{args.members} members x {args.per_member} questions, no pause", f"{answered} answered"),
        ("  throughput", f"{answered / wall:.1f} answers/s"),
        ("  latency p50 / p95 (saturated queue)", f"{conc['p50']:.0f} / {conc['p95']:.0f} ms"),
        (f"same members, one question per ~{args.think:g} s each", f"{paced_n} answered in {paced_wall:.0f} s"),
        ("  latency p50 / p95", f"{paced['p50']:.0f} / {paced['p95']:.0f} ms"),
        ("  failed Bot API calls / handler errors", f"{len(errors)} / {n_errors}"),
        *[(f"    {c.method}", f"HTTP {c.status}") for c in errors[:3]],
        ("bot RSS idle / after load", f"{rss_idle:.0f} / {rss_peak:.0f} MiB"),
    ]
    for k, v in rows:
        print(f"{k:<44}{v:>24}")


def main() -> None:
    eval_dir = ROOT.parent / "shared" / "eval"
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", type=Path, default=eval_dir / "corpus" if (eval_dir / "corpus").is_dir() else ROOT / "samples" / "documents")
    p.add_argument("--questions", type=Path, default=eval_dir / "dev_questions.jsonl" if (eval_dir / "dev_questions.jsonl").is_file() else ROOT / "samples" / "questions.jsonl")
    p.add_argument("--members", type=int, default=50)
    p.add_argument("--per-member", type=int, default=4)
    p.add_argument("--think", type=float, default=5.0, help="seconds a member reads before asking again (paced run)")
    args = p.parse_args()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
