"""The one-line answer's gate (kb/line_gate.py): how often the "📌" line holds the answer, fitted
and cross-validated.

    BOT_DATA_DIR=... python -m bench.line_gate QUESTIONS... [--held HELD_OUT...] [--write]

Each answerable question is searched once (kb.search_question, as the bot does). For every top
passage served as an answer, kb.extract.choose_clause picks the clause a one-line answer would
quote; the line *holds* when it contains one of the question's ``answer_contains`` phrases. The
model is fitted on the lines of the kinds it judges (kb.line_gate.GATED: 谁, 能不能, 在哪) from the
right passage (one that holds the phrase somewhere): a line from a wrong passage is wrong for want
of retrieval, not of the clause.

Printed: the lines and how many hold the phrase, without the gate and with it, 10-fold
cross-validated by question over three fold seeds (each fold's model and threshold fitted on the
other nine); with ``--held``, the gate fitted on all of QUESTIONS scored on held-out files once.
``--write`` writes the gate fitted on all of QUESTIONS to kb/line_gate.json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def lines(kb, files: list[Path]) -> list[dict]:
    """The clause each answerable question's answer would quote as its one line, with its signals."""
    from kb.answer import sentences
    from kb.evaluation import load_questions, relevant, squash
    from kb.extract import choose_clause

    seen, rows = set(), []
    for path in files:
        for q in load_questions(path):
            if not q.answerable or not q.answer_contains or q.question in seen:
                continue
            seen.add(q.question)
            result = kb.search_question(q.question)
            if result.verdict != "answer" or not result.hits:     # SearchResult always sets verdict
                continue
            top = result.hits[0]
            clause = choose_clause(q.question, sentences(top.text), result.expanded, about=top.citation)
            if clause is None:
                continue
            rows.append({"signals": clause.signals, "kind": clause.kind,
                         "holds": any(squash(p) in squash(clause.text) for p in q.answer_contains),
                         "right_passage": relevant(q, top.doc_key, top.text)})
    return rows


def tally(rows: list[dict], gate=None) -> dict:
    shown = [r for r in rows if gate is None or gate.keeps(r["signals"], r["kind"])]
    return {"lines": len(shown), "holding the phrase": sum(r["holds"] for r in shown),
            "right passage, missing it": sum(r["right_passage"] and not r["holds"] for r in shown)}


def fitted(rows: list[dict]):
    from kb.line_gate import GATED, fit

    train = [r for r in rows if (r["right_passage"] or r["holds"]) and r["kind"] in GATED]
    return fit([r["signals"] for r in train], [r["holds"] for r in train])


def cross_validated(rows: list[dict], seed: int, folds: int = 10) -> dict:
    import numpy as np

    fold = np.random.default_rng(seed).integers(0, folds, len(rows))
    kept = []
    for k in range(folds):
        gate = fitted([r for r, f in zip(rows, fold) if f != k])
        kept += [r for r, f in zip(rows, fold) if f == k and gate.keeps(r["signals"], r["kind"])]
    return tally(kept)


def _print(name: str, figures: dict) -> None:
    print(f"{name:<44}" + "".join(f"{v:>12}" for v in figures.values()))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("questions", type=Path, nargs="+", help="tuning question files (jsonl)")
    ap.add_argument("--held", type=Path, nargs="*", default=[], help="held-out files, scored once")
    ap.add_argument("--write", action="store_true", help="write kb/line_gate.json fitted on QUESTIONS")
    args = ap.parse_args(argv)

    from kb.config import load_config
    from kb.knowledge_base import KnowledgeBase
    from kb.line_gate import GATE_FILE

    kb = KnowledgeBase(load_config())
    rows = lines(kb, args.questions)
    print(f"{'one-line answers':<44}" + "".join(f"{h:>12}" for h in ("lines", "holding", "missing it")))
    _print(f"tuning ({len(args.questions)} files), no gate", tally(rows))
    for seed in (0, 1, 2):
        _print(f"tuning, gate 10-fold CV, seed {seed}", cross_validated(rows, seed))
    gate = fitted(rows)
    _print(f"tuning, gate fitted on all (in-sample, t {gate.threshold:.3f})", tally(rows, gate))
    if args.held:
        held = lines(kb, args.held)
        _print(f"held out ({len(args.held)} files), no gate", tally(held))
        _print("held out, gate fitted on tuning", tally(held, gate))
    if args.write:
        GATE_FILE.write_text(json.dumps(gate.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {GATE_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
