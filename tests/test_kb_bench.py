"""bench/kb_bench.py's serving-alone measure: a fresh process over an existing knowledge base."""
from tests.conftest import SAMPLES


def test_serving_alone_reports_its_own_latency_and_peak_memory(sample_kb):
    """The child reads its peak from VmHWM: ``getrusage`` would carry over the peak of the process
    that started it (Linux keeps ru_maxrss across exec), and the benchmark's holds its ingest."""
    from bench.kb_bench import serve_alone

    ballast = bytearray(700 * 1024 * 1024)    # this process now holds more than the child ever will
    ballast[::4096] = b"x" * len(ballast[::4096])
    out = serve_alone(sample_kb.config.data_dir, sample_kb.config.cache_path,
                      SAMPLES.parent / "questions.jsonl")
    assert {"p50", "p95", "max", "rss_mib"} <= set(out)
    assert 0 < out["p50"] <= out["p95"] <= out["max"]
    assert 50 < out["rss_mib"] < 600
