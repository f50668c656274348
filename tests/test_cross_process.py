"""A running knowledge base (the bot's) sees what `ingest.py` changes in another process.

The writer is a real `python ingest.py add/remove` subprocess on the same data dir; the
reader is a KnowledgeBase that has already answered (its Chroma client and BM25 index
loaded), as in a running bot.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kb.config import load_config
from kb.knowledge_base import KnowledgeBase
from tests.conftest import write_config

ROOT = Path(__file__).resolve().parent.parent

CHARTER = """示例委员会章程

第一条 委员有声明退出的自由。委员要求退出的，应当向常务委员会提出书面申请。

第二条 委员受到警告处分不服的，可以在收到处分决定之日起三十日内请求复议。
"""
READING = """委员读书会办法

第一条 委员读书会每月第二个星期四下午三点在委员之家举行，每次约两小时。

第二条 委员可在活动前三天通过委员工作室电话报名参加读书会。
"""


def cli(config_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "BOT_CONFIG": str(config_path)}
    proc = subprocess.run([sys.executable, "ingest.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_running_knowledge_base_sees_cli_changes(tmp_path, shared_cache):
    config_path = write_config(tmp_path, cache_dir=str(shared_cache))
    (tmp_path / "章程.txt").write_text(CHARTER, encoding="utf-8")
    (tmp_path / "读书会.txt").write_text(READING, encoding="utf-8")
    bot_kb = KnowledgeBase(load_config(config_path))
    bot_kb.add_file(tmp_path / "章程.txt")
    question = "委员读书会每月什么时候举行"
    before = bot_kb.search(question, mode="dense")           # Chroma and BM25 now loaded
    assert all(h.doc_key == "章程.txt" for h in before.hits)

    cli(config_path, "add", str(tmp_path / "读书会.txt"))
    for mode in ("dense", "bm25", "hybrid"):
        hits = bot_kb.search(question, mode=mode).hits
        assert hits and hits[0].doc_key == "读书会.txt", (mode, [h.doc_key for h in hits])
    assert "读书会" in bot_kb.ask(question).citation

    # Removal too: the vectors of the removed document no longer come back.
    cli(config_path, "remove", "读书会.txt", "--yes")
    for mode in ("dense", "bm25", "hybrid"):
        assert all(h.doc_key == "章程.txt" for h in bot_kb.search(question, mode=mode).hits), mode
    # Nothing changed since: no reopening on every question (one indexed read only).
    assert bot_kb.refresh() is False


def test_generation_is_a_counter_bumped_by_every_change(empty_kb, tmp_path):
    kb = empty_kb

    def generation():
        return int(kb.db.execute("select value from kb_meta where key = 'generation'").fetchone()[0])

    (tmp_path / "章程.txt").write_text(CHARTER, encoding="utf-8")
    kb.add_file(tmp_path / "章程.txt")
    g1 = generation()
    kb.remove("章程.txt")
    g2 = generation()
    assert g2 > g1
    kb.add_paths([tmp_path])
    assert generation() > g2
    # The process's own changes do not make it reopen anything.
    assert kb.refresh() is False
