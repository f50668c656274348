"""Sweep retrieval settings on a question file against an existing knowledge base.

    BOT_CONFIG=... python -m bench.tune_retrieval QUESTIONS [--grid]

Prints one row per setting (hit@1, hit@5, MRR@10, answer accuracy) and the
best-dense distribution of answerable vs unanswerable questions, from which
`retrieval.abstain_below` is chosen: the highest threshold whose false
abstention stays at or below 5%.
"""
from __future__ import annotations

import argparse
import itertools
from pathlib import Path


from bot.kernel.messages import to_plain  # noqa: E402
from bot.kernel.render import render_answer  # noqa: E402
from kb.config import load_config  # noqa: E402
from kb.evaluation import FIGURE_COLUMNS, evaluate, format_table, load_questions  # noqa: E402
from kb.knowledge_base import KnowledgeBase  # noqa: E402


def run(kb, qs, label):
    def ask(q):
        a = kb.ask(q)
        return a, to_plain(render_answer(a, kb.config.committee, "zh"))

    scores = evaluate(ask, qs)
    return label, scores


def threshold_table(kb, qs):
    pos, neg = [], []
    for q in qs:
        r = kb.search(q.question)
        (pos if q.answerable else neg).append(r.best_dense)
    pos.sort()
    neg.sort()
    print(f"best dense: answerable median {pos[len(pos)//2]:.3f} min {pos[0]:.3f}; "
          f"unanswerable median {neg[len(neg)//2]:.3f} max {neg[-1]:.3f}")
    print("threshold  false_abstention  abstention_accuracy")
    best = None
    for t in [x / 1000 for x in range(850, 931, 5)]:
        fa = sum(p < t for p in pos) / len(pos)
        aa = sum(n < t for n in neg) / len(neg) if neg else 0
        print(f"{t:.3f}      {fa:.3f}             {aa:.3f}")
        if fa <= 0.05:
            best = t
    print(f"highest threshold with false abstention <= 5%: {best}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("questions", type=Path)
    p.add_argument("--grid", action="store_true", help="sweep fusion weights and BM25 parameters")
    args = p.parse_args()
    config = load_config()
    kb = KnowledgeBase(config)
    qs = load_questions(args.questions)
    rows = {}
    label, scores = run(kb, qs, "configured")
    rows[label] = scores.figures()
    if args.grid:
        r = config.retrieval
        for dw, cand in itertools.product([0.4, 0.5, 0.6, 0.7], [40]):
            r.dense_weight, r.bm25_weight, r.candidates = dw, 1 - dw, cand
            kb._retriever = None
            label, scores = run(kb, qs, f"dense {dw:.1f} / bm25 {1 - dw:.1f}")
            rows[label] = scores.figures()
        r.fusion = "rrf"
        kb._retriever = None
        rows["rrf"] = run(kb, qs, "rrf")[1].figures()
    print(format_table("setting", rows, FIGURE_COLUMNS))
    config.retrieval.fusion = "weighted"
    kb._retriever = None
    threshold_table(kb, qs)


if __name__ == "__main__":
    main()
