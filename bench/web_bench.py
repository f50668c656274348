"""The web desk's cost: RSS it adds to the bot's process, and page latency with 10,000 logged questions.

    .venv/bin/python -m bench.web_bench [--questions 10000] [--members 500] [--requests 40]

Builds a knowledge base from samples/documents in a temporary folder, logs 20 real
questions through the assistant (abstentions enter the staff queue) and N synthetic
ones spread over the last 60 days, imports a roster and writes three broadcasts.
The desk then serves over real HTTP (uvicorn in a background event loop, as in
`python -m bot`) and every page is requested --requests times after 3 warm-ups.

RSS: the process's resident memory after the knowledge base is warm and the data is
in, versus after the desk is imported, attached and every page served (the "try a
question" page is left out of that figure: its memory is the knowledge base's).
Prints a table (Markdown).
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "documents"
SECRET = "bench-secret-0123456789abcdefghij"

# "(cold)": the desk's 30-second memo of the period's counts is cleared before each request.
PAGES = ["/documents", "/questions", "/questions?since={d60}", "/questions?outcome=down&since={d60}", "/queue",
         "/faq", "/broadcasts", "/broadcasts/1", "/roster", "/roster?q=经济", "/stats", "/stats?since={d60}", "/stats (cold)", "/stats?since={d60} (cold)",
         "/stats/chart/per_day.svg", "/stats/chart/outcomes.svg", "/stats/chart/docs.svg",
         "/stats/chart/unanswered.svg", "/stats/chart/delivery.svg", "/questions.csv", "/roster.xlsx"]


def rss_mib() -> float:
    import psutil

    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def build(folder: Path, n_questions: int, n_members: int):
    import yaml

    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    raw = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    raw["data_dir"] = str(folder / "data")
    (folder / "config.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    kb = KnowledgeBase(load_config(folder / "config.yaml"))
    kb.add_paths([SAMPLES])
    kb.warm_up()

    from bot.app import build_assistant
    from bot.features.roster import RosterAccess, import_roster

    assistant = build_assistant(kb=kb, access=RosterAccess("members"))
    sectors = ["经济界", "教育界", "科技界", "医药卫生界", "文化艺术界"]
    roster = folder / "roster.csv"
    lines = ["姓名,手机,界别,街道社区,角色,telegram"]
    for i in range(n_members):
        lines.append(f"委员{i:04d},139{i:08d},{sectors[i % 5]},街道{i % 12},{'工作人员' if i == 0 else '委员'},{900000 + i}")
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_roster(assistant.db, roster)
    return assistant


def reopen(folder: Path):
    from bot.app import build_assistant
    from bot.features.roster import RosterAccess
    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(load_config(folder / "config.yaml"))
    kb.warm_up()
    return build_assistant(kb=kb, access=RosterAccess("members"))


async def log_real_questions(assistant) -> None:
    from bot.kernel.messages import Chat, Incoming, User
    from tests.conftest import RecordingTransport

    transport = RecordingTransport()
    questions = ["提案最晚什么时候交", "社情民意信息一篇写多少字", "全会去不了怎么请假", "开会那几天政协大院能停车吗",
                 "委员食堂几点开门", "委员证丢了怎么办", "政协委员能报销差旅费吗", "委员可以自己退出政协吗",
                 "年度履职考核看哪些", "视察活动怎么报名"] * 2
    for n, q in enumerate(questions):
        user = User(f"tg:{900001 + n % 10}", "委员")
        await assistant.ask(Incoming("telegram", user, Chat(user.id), text=q), transport, q)


def synthetic_questions(assistant, n: int) -> None:
    """Rows as the kernel logs them, written straight into the bench's own database (not app code)."""
    rng = random.Random(7)
    docs = [d["doc_key"] for d in assistant.kb.list_documents()]
    now = time.time()
    rows = []
    for i in range(n):
        status = rng.choices(["answered", "abstained", "curated"], [0.72, 0.23, 0.05])[0]
        doc = rng.choice(docs) if status == "answered" else None
        rows.append({"transport": "telegram", "user_id": f"tg:{900000 + rng.randrange(500)}",
                     "chat_id": "tg:1", "chat_kind": "private", "language": "zh",
                     "text": f"关于提案办理的第{i}个问题，手机13900001111", "status": status,
                     "citation": f"《{doc}》第{rng.randrange(1, 40)}条" if doc else None, "doc_key": doc,
                     "sources": "[]", "best_dense": rng.random(), "latency_ms": rng.uniform(30, 300),
                     "feedback": rng.choice([None, None, None, 1, -1]),
                     "created_at": now - rng.uniform(0, 60 * 86400)})
    assistant.db["questions"].insert_all(rows, batch_size=1000)


def broadcasts(assistant) -> None:
    from bot.features.broadcast.service import Author, create_broadcast

    for n in range(3):
        create_broadcast(assistant.db, html=f"第{n + 1}次通知：请按时参加会议。", audience=["members"],
                         author=Author("tg:900000", "秘书处"), source="bench")


def serve(desk):
    loop = asyncio.new_event_loop()
    sock = desk.bind("127.0.0.1", 0)
    thread = threading.Thread(target=lambda: loop.run_until_complete(desk.serve(sock)), daemon=True)
    thread.start()
    return thread


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=10000)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--keep", help="build the data in this folder and keep it; reuse it when it is there")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import bm25s  # noqa: F401  (sets its own logger to DEBUG on import)

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    import datetime as dt

    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.time()
        folder = Path(args.keep or tmp)
        if (folder / "ready").exists():
            assistant = reopen(folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            assistant = build(folder, args.questions, args.members)
            asyncio.run(log_real_questions(assistant))
            synthetic_questions(assistant, args.questions)
            broadcasts(assistant)
            (folder / "ready").touch()
        print(f"data ready in {time.time() - t0:.0f} s: {len(assistant.kb.list_documents())} documents, "
              f"{assistant.kb.chunk_count()} chunks, {args.questions + 20} questions, {args.members} members",
              file=sys.stderr)
        before = rss_mib()

        from bot.web import attach

        desk = attach(assistant, secret=SECRET)
        serve(desk)
        base = f"http://127.0.0.1:{desk.port}"
        client = httpx.Client(base_url=base, timeout=60, follow_redirects=False)
        token = desk.link("tg:900000", "委员0000").split("t=", 1)[1]
        assert client.post("/signin", data={"t": token}).status_code == 303
        d60 = (dt.date.today() - dt.timedelta(days=59)).isoformat()
        rows = []
        for page in PAGES:
            url = page.format(d60=d60)
            cold = url.endswith(" (cold)")
            path = url.removesuffix(" (cold)")
            for _ in range(3):
                assert client.get(path).status_code == 200, url
            times = []
            for _ in range(args.requests):
                if cold:
                    desk.desk.memo.clear()
                start = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, url
            times.sort()
            print(f"{url}: p95 {times[int(round(0.95 * (len(times) - 1)))]:.0f} ms", file=sys.stderr)
            rows.append((url, statistics.median(times), times[int(round(0.95 * (len(times) - 1)))], len(response.content)))
        after = rss_mib()
        try_times = []
        for q in ["提案最晚什么时候交", "委员证丢了怎么办"] * 5:
            start = time.perf_counter()
            client.get("/try", params={"q": q})
            try_times.append((time.perf_counter() - start) * 1000)
        try_times.sort()
        desk.stop()
        assistant.close()

    print(f"\nWeb desk, {args.questions:,} synthetic + 20 real questions over 60 days, {args.members} members, "
          f"{args.requests} requests per page after 3 warm-ups (real HTTP, uvicorn)\n")
    print("| page | p50 ms | p95 ms | bytes |")
    print("|---|---|---|---|")
    for url, p50, p95, size in rows:
        print(f"| `{url}` | {p50:.1f} | {p95:.1f} | {size:,} |")
    print(f"| `/try?q=…` (knowledge-base search) | {statistics.median(try_times):.1f} | {try_times[-1]:.1f} (max) | |")
    worst = max(rows, key=lambda r: r[2])
    print(f"\nworst page p95: {worst[2]:.1f} ms ({worst[0]})")
    import os

    print(f"load average during the run: {os.getloadavg()[0]:.1f} (2 cores)")
    print(f"RSS: {before:.1f} MiB before the desk, {after:.1f} MiB after serving every page: "
          f"+{after - before:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
