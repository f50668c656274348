"""bench/line_gate.py on the samples: the lines a reply would open with, judged and refitted as the
bundled gate is (kb/line_gate.py)."""
from __future__ import annotations

from pathlib import Path

SAMPLE_QUESTIONS = Path(__file__).resolve().parents[1] / "samples" / "questions.jsonl"


def test_the_bench_reads_the_lines_and_a_refit_keeps_the_right_ones(sample_kb):
    from bench.line_gate import fitted, lines, tally
    from kb.line_gate import SIGNALS, bundled

    rows = lines(sample_kb, [SAMPLE_QUESTIONS])
    assert rows and all(len(r["signals"]) == len(SIGNALS) for r in rows)
    no_gate, gated = tally(rows), tally(rows, bundled())
    # The sample questions' lines that hold their answer are all still shown (docs/retrieval.md).
    assert gated["holding the phrase"] == no_gate["holding the phrase"] > 0
    assert gated["lines"] <= no_gate["lines"]
    # Refitting on lines takes only the kinds the gate judges, and keeps the columns it reads.
    gate = fitted(rows)
    assert len(gate.weights) == len(SIGNALS) and 0.0 <= gate.threshold <= 0.7
