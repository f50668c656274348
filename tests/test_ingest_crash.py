"""A real kill -9 in the middle of an ingest, then verify --repair; and Chroma as a server."""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.config import load_config
from kb.knowledge_base import KnowledgeBase
from tests.conftest import write_config

ROOT = Path(__file__).resolve().parent.parent


def article_doc(title: str, n: int, topic: str) -> str:
    body = "\n\n".join(f"第{k}条 关于{topic}的第{k}项规定：委员应当按照本办法第{k}项要求办理{topic}事项，"
                       f"并在{k + 2}个工作日内报委员工作室备案。" for k in range(1, n + 1))
    return f"{title}\n\n{body}\n"


def test_kill_during_ingest_then_repair(tmp_path, shared_cache):
    config_path = write_config(tmp_path, cache_dir=str(tmp_path / "own-cache"))   # nothing cached: slow on purpose
    kb = KnowledgeBase(load_config(config_path))
    first = tmp_path / "first"
    first.mkdir()
    (first / "请假办法.txt").write_text(article_doc("请假办法", 3, "请假"), encoding="utf-8")
    kb.add_paths([first])
    before = kb.find_document("请假办法.txt")
    kb.db.conn.close()

    batch = tmp_path / "batch"
    batch.mkdir()
    topics = ["提案", "社情民意", "视察", "调研", "学习", "考核", "培训", "联络", "宣传", "档案"]
    for i, topic in enumerate(topics):
        (batch / f"{i}_{topic}.txt").write_text(article_doc(f"{topic}办法", 6, topic), encoding="utf-8")
    (batch / "请假办法.txt").write_text(article_doc("请假办法", 5, "请假"), encoding="utf-8")   # a new version
    env = {**os.environ, "BOT_CONFIG": str(config_path)}
    proc = subprocess.Popen([sys.executable, "ingest.py", "add", str(batch)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill once a few documents are in SQLite: a batch marks its documents ready only at
    # its end, so they are still pending and the BM25 index is stale.
    import sqlite3

    db_path = load_config(config_path).db_path
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            n = sqlite3.connect(db_path).execute("select count(*) from documents where status = 'pending'").fetchone()[0]
        except sqlite3.Error:
            n = 0
        if n >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    kb = KnowledgeBase(load_config(config_path))
    crashed = kb.verify()
    assert not crashed.ok and len(crashed.pending_documents) >= 3
    report = kb.verify(repair=True)
    assert kb.verify().ok
    docs = {d["doc_key"]: d for d in kb.list_documents()}
    # What was there before is still there (old or new version), whole and searchable.
    assert "请假办法.txt" in docs and docs["请假办法.txt"]["chunk_count"] in (before["chunk_count"], 5)
    assert docs["请假办法.txt"]["status"] == "ready"
    assert len(kb.chunks_of(docs["请假办法.txt"]["id"])) == docs["请假办法.txt"]["chunk_count"]
    assert "请假" in kb.ask("请假要在几个工作日内备案").citation
    # Re-running the batch finishes the job without duplicates.
    kb.add_paths([batch])
    assert kb.verify().ok
    assert len(kb.list_documents()) == len(topics) + 1
    assert report.documents >= 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        pytest.skip("the chroma CLI is not installed")
    port = free_port()
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server"), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_chroma_server_via_http_client(tmp_path, shared_cache, chroma_server):
    config = load_config(write_config(tmp_path, cache_dir=str(shared_cache), chroma={"url": chroma_server}))
    kb = KnowledgeBase(config)
    (tmp_path / "请假办法.txt").write_text(article_doc("请假办法", 3, "请假"), encoding="utf-8")
    kb.add_paths([tmp_path / "请假办法.txt"])
    assert not (config.data_dir / "chroma").exists()          # nothing embedded locally
    assert kb.store.count() == 3 and kb.verify().ok
    assert "请假办法" in kb.ask("请假要在几个工作日内备案").citation
