"""Cross-validated choice of how many close articles a reply quotes.

    BOT_DATA_DIR=... python -m bench.answer_cv QUESTIONS... [--test HELD_OUT]

Each question is searched once (kb.search, as the bot does); then the reply is composed
(kb.answer.compose) and rendered (bot.kernel.render) for every setting of the grid below
and scored as `ingest.py eval` scores it (kb.evaluation.score_question): answer accuracy,
and the reply's length. A setting is chosen on 4 folds by answer accuracy (ties: the
shorter replies) and scored on the 5th; ``--test`` scores a held-out file once with the
setting chosen on all of QUESTIONS.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from pathlib import Path

import numpy as np

# (second_passage_ratio, second_passage_margin, max_quoted_articles); margin 0: the ratio rule.
GRID = [(0.0, 0.0, 1)] + [(r, 0.0, 2) for r in (0.8, 0.9, 0.95)] + \
       [(0.9, m, q) for m in (0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0) for q in (2, 3)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", type=Path, nargs="+")
    ap.add_argument("--test", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    from bot.kernel.messages import to_plain
    from bot.kernel.render import render_answer
    from kb.answer import compose
    from kb.config import load_config
    from kb.evaluation import load_questions, score_question
    from kb.knowledge_base import KnowledgeBase
    from kb.language import detect_language

    config = load_config()
    kb = KnowledgeBase(config)
    qs = [q for p in args.questions for q in load_questions(p)]
    test = load_questions(args.test) if args.test else []
    k = max(config.retrieval.top_k, config.answer.further_sources + 1)

    def search(q):
        lang = detect_language(q.question)
        return kb.search(kb.searched_text(q.question, lang), k=k, language=lang)

    # Keyed by the question object: ids repeat across files (tune and tune3 both start at T001).
    results = {id(q): search(q) for q in qs + test}
    print(f"{len(qs)} questions searched" + (f", {len(test)} held out" if test else ""), file=sys.stderr)

    def score(setting, questions):
        ratio, margin, most = setting
        a = dataclasses.replace(config.answer, second_passage_ratio=ratio, second_passage_margin=margin,
                                max_quoted_articles=most)
        ok, lengths = [], []
        for q in questions:
            if not q.answerable:
                continue
            answer = compose(results[id(q)], a, question=q.question)
            reply = to_plain(render_answer(answer, config.committee, "zh"))
            ok.append(score_question(q, answer, reply, 0.0).answer_correct)
            if not answer.abstained:
                lengths.append(len(reply))
        return float(np.mean(ok)), float(np.mean(lengths)) if lengths else 0.0

    rng = random.Random(0)
    order = list(range(len(qs)))
    rng.shuffle(order)
    folds = [order[f::args.folds] for f in range(args.folds)]
    print("setting (ratio, margin, articles)".ljust(36) + "in-sample acc  mean chars" +
          ("   test acc  test chars" if test else ""))
    table = {}
    for s in GRID:
        table[s] = score(s, qs)
        line = str(s).ljust(36) + f"{table[s][0]:13.3f}{table[s][1]:12.0f}"
        if test:
            t = score(s, test)
            line += f"{t[0]:11.3f}{t[1]:12.0f}"
        print(line, flush=True)
    # 5-fold CV of the choice.
    right, chars = [], []
    for f in folds:
        train = [qs[i] for i in order if i not in set(f)]
        best = max(GRID, key=lambda s: (round(score(s, train)[0], 6), -score(s, train)[1]))
        held = [qs[i] for i in f]
        acc, ln = score(best, held)
        n = sum(q.answerable for q in held)
        right.append(acc * n)
        chars.append(ln)
        print(f"fold {len(right)}: chose {best}", file=sys.stderr)
    n_all = sum(q.answerable for q in qs)
    print(f"\n{args.folds}-fold CV answer accuracy: {sum(right) / n_all:.3f} (mean reply {np.mean(chars):.0f} chars)")
    best = max(GRID, key=lambda s: (round(table[s][0], 6), -table[s][1]))
    print(f"chosen on all questions: {best}")
    if test:
        print(f"held-out {args.test.name}: answer accuracy {score(best, test)[0]:.3f}")


if __name__ == "__main__":
    main()
