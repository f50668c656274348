"""One writer per data dir: a second `ingest.py add` (or the bot's own ingest) is told
plainly that another is running; BM25 saves never share a temporary folder."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kb.config import load_config
from kb.knowledge_base import KnowledgeBase
from tests.conftest import write_config
from tests.test_ingest_crash import article_doc
from tests.test_staff_chat import GUIDE_MD, STAFF, bot  # noqa: F401  (the roster-backed chat harness)

ROOT = Path(__file__).resolve().parent.parent


def lock_is_held(path: Path) -> bool:
    import fcntl

    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def test_a_second_ingest_is_refused_while_the_first_runs(tmp_path):
    # Its own embedding cache: nothing cached, so the first run takes long enough to overlap.
    config_path = write_config(tmp_path, cache_dir=str(tmp_path / "own-cache"))
    config = load_config(config_path)
    batch = tmp_path / "batch"
    batch.mkdir()
    topics = ["提案", "视察", "调研", "学习", "考核", "培训", "联络", "宣传", "档案", "协商"]
    for i, topic in enumerate(topics):
        (batch / f"{i}_{topic}.txt").write_text(article_doc(f"{topic}办法", 6, topic), encoding="utf-8")
    other = tmp_path / "请假办法.txt"
    other.write_text(article_doc("请假办法", 3, "请假"), encoding="utf-8")
    env = {**os.environ, "BOT_CONFIG": str(config_path)}
    first = subprocess.Popen([sys.executable, "ingest.py", "add", str(batch)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = config.data_dir / "ingest.lock"
    deadline = time.time() + 180
    while not lock_is_held(lock) and first.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert first.poll() is None, "the first ingest finished before the second could start"
    second = subprocess.run([sys.executable, "ingest.py", "add", str(other)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert second.returncode == 1
    assert "Another ingest is running" in second.stderr and f"pid {first.pid}" in second.stderr, second.stderr
    assert "Traceback" not in second.stderr + second.stdout
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err[-2000:]
    assert f"{len(topics)} added" in out
    kb = KnowledgeBase(config)
    assert kb.verify().ok and len(kb.list_documents()) == len(topics)
    assert not lock_is_held(lock)
    # Once the first is done, the second goes through.
    again = subprocess.run([sys.executable, "ingest.py", "add", str(other)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "1 added" in again.stdout


@pytest.fixture
def lock_held_by_another_process(bot):  # noqa: F811
    lock = bot.kb.config.data_dir / "ingest.lock"
    code = ("import fcntl, os, sys\n"
            f"fd = os.open({str(lock)!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "os.write(fd, b'pid 4242, ingest.py add big/, since 10:00:00')\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=30)


async def test_the_bots_own_ingest_takes_the_same_lock(bot, lock_held_by_another_process):  # noqa: F811
    kb = bot.kb
    before = ([(d["doc_key"], d["version"]) for d in kb.list_documents()], kb.store.ids())
    sent, edits, _ = await bot.upload(STAFF, "活动室.md", GUIDE_MD.encode())
    final = (edits or sent)[-1].plain
    assert "另一个入库任务" in final and "知识库未改动" in final
    assert ([(d["doc_key"], d["version"]) for d in kb.list_documents()], kb.store.ids()) == before
    # /remove is refused the same way.
    doc = kb.list_documents()[0]
    _, _, edits = await bot.press(STAFF, f"drm:yes:{doc['id']}")
    assert "另一个入库任务正在进行" in edits[-1].plain
    assert len(kb.list_documents()) == len(before[0])
    # A reader (the bot answering) does not write the BM25 index meanwhile, and still answers.
    assert "《" in kb.ask("没法参加会议怎么请假").citation


def test_concurrent_bm25_saves_never_collide(tmp_path):
    from kb.lexical import LexicalIndex

    folder = tmp_path / "bm25"
    errors = []

    def saver(n: int) -> None:
        for i in range(40):
            index = LexicalIndex(0.9, 0.5)
            ids = [f"{n}-{i}-{k}" for k in range(20)]
            index.build(ids, [["委员", "请假", str(k)] for k in range(20)])
            try:
                index.save(folder)
            except Exception as exc:          # the old fixed bm25.tmp collided here
                errors.append(repr(exc))

    threads = [threading.Thread(target=saver, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    loaded = LexicalIndex.load(folder)
    assert loaded is not None and len(loaded.chunk_ids) == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25"]       # no temporary folders left
