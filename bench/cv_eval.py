"""Cross-validated retrieval figures: every tuned value chosen on 4 folds, scored on the 5th.

    BOT_CONFIG=... BOT_DATA_DIR=... python -m bench.cv_eval QUESTIONS... [--test HELD_OUT] [--folds 5] [--json OUT]

(the data dir must hold the corpus already: `ingest.py add DIR`).

What is tuned, inside each fold, on the training questions only:
- synonyms: the configured map or none; and (``--synonym-entries``) each entry kept
  only when it does not hurt the training folds' MRR;
- first stage: fusion (rrf k / weighted), dense weight, BM25 k1 and b;
- second stage: sentence / coverage / answer-type / latent-term weights, depth, within-document;
- verdict: a threshold on the best dense cosine (today's rule) or the logistic model
  over several signals (kb.abstention), with its thresholds.

Each question is searched once per distinct expanded query and BM25 setting, with
exact dense scores over all chunks; every setting is then re-scored in memory by the
same functions the retriever runs (kb.retriever.first_stage / second_stage /
result_signals), so no re-ingest per fold.

Scoring follows kb/evaluation.py: a "pointer" verdict is neither a correct answer nor
an abstention. ``answer`` here is a proxy for answer accuracy: the top passage is
relevant and the verdict is "answer" (the real reply is scored by `ingest.py eval`).
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from bench.cv_pools import BM25_GRID, Corpus, Pools, pool_candidates, run_question  # noqa: E402
from kb.abstention import ABSTAIN, ANSWER, SIGNALS, VERDICT_SIGNALS, AbstentionModel  # noqa: E402
from kb.config import load_config  # noqa: E402
from kb.evaluation import load_questions  # noqa: E402
from kb.query import expand, normalise  # noqa: E402

FUSION_GRID = [("rrf", k, dw) for k in (30, 60) for dw in (0.4, 0.5, 0.6)] + \
              [("weighted", 0, dw) for dw in (0.4, 0.5, 0.6)]
RERANK_GRID = [(s, cv, t, 20, within)
               for s in (0.0, 0.2, 0.4, 0.7, 1.0) for cv in (0.0, 0.3, 0.6)
               for t in (0.0, 0.3, 0.6) for within in (False, True)]
# The second stage's character-coverage weight and ranked-down penalty, chosen on the training
# folds with the other weights as configured ("configured + characters" pipelines).
CHARACTER_GRID = [(w, p) for w in (0.0, 1.0, 2.0, 3.0, 5.0) for p in (0.0, 1.0, 2.0)]


class Setting:
    def __init__(self, base, synonyms: dict, bm25=(0.9, 0.5), fusion=None, rerank=None):
        self.base, self.synonyms, self.bm25 = base, synonyms, bm25
        self.fusion, self.rerank = fusion, rerank

    def config(self):
        rc = dataclasses.replace(self.base, synonyms=self.synonyms)
        if self.fusion:
            f, k, dw = self.fusion
            rc = dataclasses.replace(rc, fusion=f, rrf_k=k or rc.rrf_k, dense_weight=dw, bm25_weight=1 - dw)
        if self.rerank is None:
            rc = dataclasses.replace(rc, rerank=dataclasses.replace(rc.rerank, enabled=False))
        else:
            s, cv, t, depth, within = self.rerank[:5]
            latent, distinct, distinct_sum, chars, down = (tuple(self.rerank[5:]) + (0.0,) * 5)[:5]
            rc = dataclasses.replace(rc, rerank=dataclasses.replace(
                rc.rerank, enabled=True, sentence=s, coverage=cv, answer_type=t, depth=depth,
                within_document=within, latent=latent, distinctive=distinct, distinctive_sum=distinct_sum,
                characters=chars, ranked_down=down))
        return rc

    def replace(self, **kw):
        new = Setting(self.base, self.synonyms, self.bm25, self.fusion, self.rerank)
        for k, v in kw.items():
            setattr(new, k, v)
        return new


def learned(w, depth: int) -> tuple:
    """Setting.rerank from kb.ranker weights (first stage 1, then kb.rerank.FEATURES' order)."""
    w = [float(x) for x in w] + [0.0] * 9
    # config.yaml's ranked_down is the penalty subtracted: the column's weight negated.
    return (w[1], w[2], w[3], depth, False, w[4], w[5], w[6], w[7], -w[8])


def configured(rerank) -> tuple:
    """Setting.rerank as config.yaml's retrieval.rerank sets it."""
    return (rerank.sentence, rerank.coverage, rerank.answer_type, rerank.depth, rerank.within_document,
            rerank.latent, rerank.distinctive, rerank.distinctive_sum, rerank.characters, rerank.ranked_down)


def ranks(pools, qs, setting: Setting):
    rc = setting.config()
    out = []
    for q in qs:
        expanded = expand(normalise(q.question), setting.synonyms)
        p = pools.pool(q, expanded, setting.bm25, setting.synonyms, setting.base.expand_dense)
        out.append(run_question(p, rc))
    return out


def mrr(qs, results) -> float:
    vals = [1 / r if r else 0.0 for q, (r, _) in zip(qs, results) if q.answerable]
    return float(np.mean(vals)) if vals else 0.0


def objective(qs, results) -> float:
    hit1 = np.mean([r == 1 for q, (r, _) in zip(qs, results) if q.answerable])
    return mrr(qs, results) + 0.5 * hit1


def tune_ranking(pools, train, start: Setting, use_rerank: bool, tune_stage1: bool = True,
                 synonym_choice: bool = True) -> Setting:
    """Coordinate search on the training questions: synonyms and first stage, then second stage."""
    best = start
    if tune_stage1:
        syn_options = [start.synonyms, {}] if synonym_choice else [start.synonyms]
        fixed = start.rerank if use_rerank == "fixed" else None
        best = best_of(pools, train, [start.replace(synonyms=syn, bm25=bm, fusion=fu, rerank=fixed)
                                      for syn, bm, fu in itertools.product(syn_options, BM25_GRID, FUSION_GRID)])
    if use_rerank == "learned":
        w = learn_from_labels(pools, train, best)
        if w is not None:
            best = best.replace(rerank=learned(w, best.base.rerank.depth))
    if use_rerank == "characters":
        best = best_of(pools, train, [best.replace(rerank=configured(best.base.rerank)[:8] + (w, p))
                                      for w, p in CHARACTER_GRID])
    if use_rerank is True:
        best = best_of(pools, train, [best.replace(rerank=rr) for rr in RERANK_GRID])
    return best


def best_of(pools, train, settings: list[Setting]) -> Setting:
    """The setting with the best objective on the training questions; the first on a tie."""
    scored = [(objective(train, ranks(pools, train, s)), -n, s) for n, s in enumerate(settings)]
    return max(scored, key=lambda x: (x[0], x[1]))[2]


LEARN_L2 = 10.0
LEARN_DROP: set[int] = set()     # columns of Candidates.matrix() left out (--ablation)


def learn_from_labels(pools, train, setting: "Setting", l2: float = LEARN_L2):
    """The second stage's weights by pairwise logistic regression on labelled questions: each
    relevant candidate of the top ``depth`` against each irrelevant one (kb.ranker.train)."""
    from kb.ranker import train as train_pairs

    rc = setting.replace(rerank=learned([1.0], setting.base.rerank.depth)).config()
    feats, positives = [], []
    for q in train:
        if not q.answerable:
            continue
        p = pools.pool(q, expand(normalise(q.question), setting.synonyms), setting.bm25, setting.synonyms,
                       setting.base.expand_dense)
        _, top, cands = pool_candidates(p, rc, rc.rerank.depth)
        rel = [j for j, i in enumerate(top) if p["rel"][i]]
        if rel:
            m = cands.matrix()
            m[:, list(LEARN_DROP)] = 0.0        # an ablated signal gets weight 0
            feats.append(m)
            positives.append(rel)
    return train_pairs(feats, positives, l2=l2)


def select_synonym_entries(pools, train, setting: Setting) -> dict:
    """Keep each entry unless dropping it raises the training MRR (entries that fire on no
    training question are kept: there is no evidence against them)."""
    kept = dict(setting.synonyms)
    base = mrr(train, ranks(pools, train, setting))
    for word in list(setting.synonyms):
        fires = [q for q in train if word in q.question]
        if not fires:
            continue
        without = {k: v for k, v in kept.items() if k != word}
        s = setting.replace(synonyms=without)
        m = mrr(train, ranks(pools, train, s))
        if m > base + 1e-9:
            kept, base = without, m
    return kept


# ----- verdict -----

def fit_verdict(qs, results, kind: str, budget: float, gates: dict) -> AbstentionModel:
    """'threshold': today's rule on best dense; 'logistic': the several-signal model over all
    signals; 'logistic3': the previous bundled verdict's three signals, learning from every
    question; 'keys': kb.calibration.fit_model as shipped (VERDICT_SIGNALS, key coverage
    among them, answerable questions with a wrong top passage left out). '+coverage' adds the
    coverage cut."""
    pos = [s.best_dense for q, (_, s) in zip(qs, results) if q.answerable]
    if kind.startswith("threshold") or len(qs) < 10:
        from kb.calibration import choose_threshold

        t = choose_threshold(pos, [], budget).threshold
        model = AbstentionModel.fallback(t, **gates)
    else:
        from kb.calibration import fit_model

        use, wrong_top = {"logistic": (SIGNALS, True), "logistic3": (OLD_VERDICT_SIGNALS, True),
                          "keys": (VERDICT_SIGNALS, False)}[kind.split("+")[0]]
        model = fit_model([s for _, s in results], [q.answerable for q in qs],
                          [q.answerable and r == 1 for q, (r, _) in zip(qs, results)], budget, gates,
                          use=use, wrong_top=wrong_top)
    if kind.endswith("+coverage"):
        add_coverage_cut(model, qs, results, budget)
    return model


# The verdict bundled before key coverage (its margin and answer type added nothing the
# held-out folds could see).
OLD_VERDICT_SIGNALS = ("best_dense", "sentence", "coverage")


def add_coverage_cut(model, qs, results, budget):
    from kb.abstention import choose_coverage_cut

    answerable = [(s, model.verdict(s)[0]) for q, (_, s) in zip(qs, results) if q.answerable]
    used = sum(v == ABSTAIN for _, v in answerable)
    allowed = max(0, int(budget * len(answerable)) - used)
    model.abstain_coverage = choose_coverage_cut([s.coverage for s, v in answerable if v != ABSTAIN], allowed)


def threshold_for_budget(conf_answerable: np.ndarray, budget: float) -> float:
    pos = np.sort(conf_answerable)
    allowed = int(budget * len(pos))
    return float(pos[allowed]) - 1e-9 if len(pos) else 0.5


def figures(qs, results, model: AbstentionModel) -> dict:
    out = {"hit@1": [], "hit@5": [], "mrr@10": [], "answer": [], "false_abstention": [],
           "pointer": [], "abstention_accuracy": [], "served_wrong": []}
    for q, (r, s) in zip(qs, results):
        verdict, _ = model.verdict(s)
        if q.answerable:
            out["hit@1"].append(r == 1)
            out["hit@5"].append(r is not None and r <= 5)
            out["mrr@10"].append(1 / r if r else 0.0)
            out["answer"].append(r == 1 and verdict == ANSWER)
            out["false_abstention"].append(verdict == ABSTAIN)
            out["pointer"].append(verdict == "pointer")
            out["served_wrong"].append(r != 1 and verdict == ANSWER)
        else:
            out["abstention_accuracy"].append(verdict == ABSTAIN)
            out["served_wrong"].append(verdict == ANSWER)
    return out


def summarise(parts: dict) -> dict:
    return {k: round(float(np.mean(v)), 3) if v else None for k, v in parts.items()}


def folds_of(qs, k: int, seed: int):
    rng = random.Random(seed)
    pos = [i for i, q in enumerate(qs) if q.answerable]
    neg = [i for i, q in enumerate(qs) if not q.answerable]
    rng.shuffle(pos)
    rng.shuffle(neg)
    fold = {}
    for n, i in enumerate(pos + neg):
        fold[i] = n % k
    return [[i for i in range(len(qs)) if fold[i] == f] for f in range(k)]


def folds_by_set(sizes: list[int]) -> list[list[int]]:
    """One fold per question file: everything is tuned on the other files and scored on this one,
    as a new writer's set is scored on what the others tuned (leave-one-set-out)."""
    out, start = [], 0
    for n in sizes:
        out.append(list(range(start, start + n)))
        start += n
    return [f for f in out if f]


PIPELINES = {
    # name: (tune stage 1, second stage, verdict, tune synonym entries)
    "today (stage 1, threshold)": (True, False, "threshold", False),
    "+ second stage": (True, True, "threshold", False),
    "+ several-signal verdict": (True, True, "logistic", False),
    "+ synonym entries by CV": (True, True, "logistic", True),
    "2nd stage, threshold+coverage": (True, True, "threshold+coverage", False),
    "2nd stage, logistic+coverage": (True, True, "logistic+coverage", False),
    # The second stage's weights learned from the training folds' labels (pairwise logistic).
    # As shipped: the configured first stage, the second stage learned, a threshold verdict.
    "shipped: stage 1 as configured, learned 2nd stage": (False, "learned", "threshold", False),
    "shipped, 3-signal verdict": (False, "learned", "logistic3", False),
    "shipped, 3-signal verdict + coverage cut": (False, "learned", "logistic3+coverage", False),
    # Key coverage in the verdict, learning from answered against unanswerable questions.
    "shipped, key-coverage verdict": (False, "learned", "keys", False),
    "shipped, key-coverage verdict + coverage cut": (False, "learned", "keys+coverage", False),
    # As configured, but the character-coverage weight and the ranked-down penalty chosen on the
    # training folds (CHARACTER_GRID).
    "configured + characters, key-coverage verdict + coverage cut": (False, "characters", "keys+coverage", False),
    "learned 2nd stage, threshold": (True, "learned", "threshold", False),
    "learned 2nd stage, logistic": (True, "learned", "logistic", False),
}


def evaluate_pipeline(pools, qs, start, folds, spec, budget, gates, in_sample: bool):
    tune1, use_rerank, verdict_kind, entries = spec
    parts: dict = {}
    chosen = []
    splits = [(list(range(len(qs))), list(range(len(qs))))] if in_sample else \
        [([i for f in folds if f is not fold for i in f], fold) for fold in folds]
    for train_idx, test_idx in splits:
        train = [qs[i] for i in train_idx]
        test = [qs[i] for i in test_idx]
        s = start
        if entries:
            s = s.replace(synonyms=select_synonym_entries(pools, train, s))
        s = tune_ranking(pools, train, s, use_rerank, tune_stage1=tune1)
        model = fit_verdict(train, ranks(pools, train, s), verdict_kind, budget, gates)
        scored = figures(test, ranks(pools, test, s), model)
        for k, v in scored.items():
            parts.setdefault(k, []).extend(v)
        chosen.append({"synonyms": len(s.synonyms), "bm25": s.bm25, "fusion": s.fusion,
                       "rerank": s.rerank, "t_abstain": round(model.t_abstain, 4),
                       "threshold": round(model.threshold, 4), "figures": summarise(scored)})
    return summarise(parts), chosen


def score_held_out(pools, qs, test, start, spec, budget, gates):
    """Tune on every question of ``qs`` (as in-sample does), then score ``test`` once."""
    tune1, use_rerank, verdict_kind, entries = spec
    s = start
    if entries:
        s = s.replace(synonyms=select_synonym_entries(pools, qs, s))
    s = tune_ranking(pools, qs, s, use_rerank, tune_stage1=tune1)
    model = fit_verdict(qs, ranks(pools, qs, s), verdict_kind, budget, gates)
    figs = summarise(figures(test, ranks(pools, test, s), model))
    return figs, {"synonyms": len(s.synonyms), "bm25": s.bm25, "fusion": s.fusion, "rerank": s.rerank,
                  "t_abstain": round(model.t_abstain, 4), "threshold": round(model.threshold, 4)}


def learn_ranker(kb, corpus: Corpus, pools: Pools, start: "Setting", n: int):
    """kb.ranker's weights from pseudo-questions over this corpus (no dev labels involved)."""
    from kb.evaluation import Question
    from kb.ranker import pseudo_questions, train

    rows = {r["id"]: r for r in corpus.rows}
    pqs = pseudo_questions([{"id": r["id"], "text": r["text"]} for r in corpus.rows], kb.tokenizer.words,
                           start.synonyms, n=n)
    rc = start.replace(rerank=learned([1.0], start.base.rerank.depth)).config()
    feats, positives = [], []
    for n_, pq in enumerate(pqs):
        q = Question(f"P{n_}", pq.question, rows[pq.chunk_id]["doc_key"], [pq.sentence], True, "pseudo")
        p = pools.pool(q, expand(normalise(q.question), start.synonyms), start.bm25, start.synonyms,
                       start.base.expand_dense)
        _, top, cands = pool_candidates(p, rc, rc.rerank.depth)
        rel = [j for j, i in enumerate(top) if p["rel"][i]]
        if rel:
            feats.append(cands.matrix())
            positives.append(rel[0])
    w = train(feats, positives)
    print(f"ranker: {len(pqs)} pseudo-questions, {len(feats)} with the source in the top "
          f"{rc.rerank.depth}; weights {None if w is None else np.round(w, 3).tolist()}", file=sys.stderr)
    if len(pqs):
        print("  e.g. " + " | ".join(pq.question for pq in pqs[:8]), file=sys.stderr)
    return w


def main():
    global LEARN_DROP, RERANK_GRID, VERDICT_SIGNALS     # the ablations switch signals off for a while
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", type=Path, nargs="+", help="question files to tune on (joined)")
    ap.add_argument("--test", type=Path, help="a held-out file: scored once with what was tuned on all of QUESTIONS")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--by-set", action="store_true",
                    help="one fold per question file instead of --folds random ones (leave-one-set-out): "
                         "each set is scored on what the other writers' sets tuned")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--budget", type=float, default=0.03, help="false-abstention budget when fitting")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--ablation", action="store_true",
                    help="the shipped pipeline with each second-stage column, then each verdict signal, left out")
    ap.add_argument("--grid-ablation", action="store_true", help="the grid-tuned second stage's signals one at a time")
    ap.add_argument("--sentence-min-chars", type=int, help="default: retrieval.rerank.sentence_min_chars")
    ap.add_argument("--only", help="run only the pipelines whose names contain this")
    ap.add_argument("--write-verdict", type=Path,
                    help="fit the verdict (kb.calibration.fit_model) on all QUESTIONS with the configured ranking and write it "
                         "(the bundled default is kb/verdict_default.json)")
    ap.add_argument("--pseudo", type=int, default=0, help="train kb.ranker on this many pseudo-questions")
    ap.add_argument("--latent-ablation", action="store_true",
                    help="latent terms (kb.latent) in the second stage and in the verdict, each on and off")
    ap.add_argument("--verdict-signals", help="comma-separated kb.abstention.SIGNALS the fitted verdict uses "
                                              "(default: kb.abstention.VERDICT_SIGNALS)")
    ap.add_argument("--drop", default="",
                    help="columns of kb.rerank.FEATURES the learned second stage leaves out, e.g. 5,6 "
                         "(distinctive words): an ablation of every learned pipeline")
    ap.add_argument("--learn-weights", action="store_true",
                    help="print the second stage's weights learned on all QUESTIONS (config.yaml's retrieval.rerank)")
    args = ap.parse_args()
    LEARN_DROP = {int(x) for x in args.drop.split(",") if x.strip()}
    if args.verdict_signals:
        VERDICT_SIGNALS = tuple(x.strip() for x in args.verdict_signals.split(",") if x.strip())
        unknown = set(VERDICT_SIGNALS) - set(SIGNALS)
        if unknown:
            ap.error(f"--verdict-signals: unknown {sorted(unknown)}; known: {', '.join(SIGNALS)}")

    from kb.knowledge_base import KnowledgeBase

    config = load_config()
    kb = KnowledgeBase(config)
    t0 = time.perf_counter()
    corpus = Corpus(kb, config.retrieval.rerank.sentence_min_chars if args.sentence_min_chars is None
                    else args.sentence_min_chars)
    per_file = [load_questions(path) for path in args.questions]
    qs = [q for part in per_file for q in part]
    test_qs = load_questions(args.test) if args.test else []
    pools = Pools(kb, corpus, config.retrieval.candidates)
    print(f"{len(corpus.ids)} chunks, {len(qs)} questions; sentence vectors missing: "
          f"{corpus.sentences_missing}; latent terms missing: {corpus.latent_missing} "
          f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    rc = config.retrieval
    start = Setting(rc, dict(rc.synonyms), (rc.bm25.k1, rc.bm25.b), (rc.fusion, rc.rrf_k, rc.dense_weight))
    gates = {"gate_answer_type": rc.abstention.gate_answer_type, "min_coverage": rc.abstention.min_coverage}
    # The question files a by-set fold stands for (an empty file makes no fold).
    sets = [(path.stem, len(part)) for path, part in zip(args.questions, per_file) if part]
    folds = folds_by_set([n for _, n in sets]) if args.by_set else folds_of(qs, args.folds, args.seed)
    cv = "leave-one-set-out" if args.by_set else f"{args.folds}-fold CV"
    report = {"questions": [str(p) for p in args.questions], "test": str(args.test or ""),
              "folds": "by set" if args.by_set else args.folds, "rows": {}}
    cols = ["hit@1", "hit@5", "mrr@10", "answer", "false_abstention", "abstention_accuracy", "pointer",
            "served_wrong"]
    print("pipeline".ljust(34) + "".join(c[:10].rjust(11) for c in cols))

    def show(name, figs):
        print(name.ljust(34) + "".join(("-" if figs[c] is None else f"{figs[c]:.3f}").rjust(11) for c in cols),
              flush=True)

    # As configured, nothing re-tuned (the configured values were fitted on dev before: in-sample).
    for label, s, kind in [("configured, no rerank", start.replace(rerank=None), "threshold"),
                           ("configured", start.replace(rerank=configured(rc.rerank)), "threshold")]:
        res = ranks(pools, qs, s)
        model = AbstentionModel.fallback(rc.abstain_below, **gates)
        figs = summarise(figures(qs, res, model))
        show(label, figs)
        report["rows"][label] = figs
        if test_qs:
            figs = summarise(figures(test_qs, ranks(pools, test_qs, s), model))
            show(f"{label} [test]", figs)
            report["rows"][f"{label} [test: {args.test.name}]"] = figs
    for name, spec in PIPELINES.items():
        if args.only and args.only not in name:
            continue
        for in_sample in (True, False):
            label = f"{name} [{'in-sample' if in_sample else cv}]"
            figs, chosen = evaluate_pipeline(pools, qs, start, folds, spec, args.budget, gates, in_sample)
            show(label, figs)
            report["rows"][label] = figs | {"chosen": chosen}
            if args.by_set and not in_sample:
                for (name, _), fold in zip(sets, chosen):
                    show(f"  {name}", fold["figures"])
        if test_qs:
            label = f"{name} [test: {args.test.name}]"
            figs, chosen = score_held_out(pools, qs, test_qs, start, spec, args.budget, gates)
            show(label, figs)
            report["rows"][label] = figs | {"chosen": chosen}

    if args.pseudo:
        w = learn_ranker(kb, corpus, pools, start, args.pseudo)
        if w is not None:
            fixed = start.replace(rerank=learned(w, rc.rerank.depth))
            for in_sample in (True, False):
                label = f"learned ranker + verdict [{'in-sample' if in_sample else cv}]"
                figs, chosen = evaluate_pipeline(pools, qs, fixed, folds, (True, "fixed", "logistic", False),
                                                 args.budget, gates, in_sample)
                show(label, figs)
                report["rows"][label] = figs | {"chosen": chosen, "weights": w.tolist()}

    if args.ablation:
        # One process, so the pools are built once: each second-stage column of kb.rerank.FEATURES
        # left out, then the verdict on fewer signals; weights and verdict learned inside the folds.
        print(f"\nablation of the shipped pipeline ({cv}): each second-stage column, then each verdict signal, off")
        from kb.rerank import FEATURES

        spec = PIPELINES["shipped, key-coverage verdict + coverage cut"]
        full_drop, full_signals = LEARN_DROP, VERDICT_SIGNALS
        # The two distinctive-word columns (share and sum) go together; column 0 is the first stage.
        distinctive = {c for c, name in enumerate(FEATURES) if name.startswith("distinctive")}
        columns = [(f"no {FEATURES[c]}", {c}) for c in range(1, len(FEATURES)) if c not in distinctive]
        columns += [("no distinctive words", distinctive), ("no second stage", set(range(1, len(FEATURES))))]
        signals = [(f"verdict without {name}", tuple(s for s in full_signals if s != name))
                   for name in full_signals if name != "best_dense"]
        signals.append(("verdict on best_dense alone", ("best_dense",)))
        for label, drop, verdict in ([("shipped", set(), full_signals)]
                                     + [(lb, d, full_signals) for lb, d in columns]
                                     + [(lb, set(), v) for lb, v in signals]):
            LEARN_DROP, VERDICT_SIGNALS = full_drop | drop, verdict
            figs, _ = evaluate_pipeline(pools, qs, start, folds, spec, args.budget, gates, False)
            show(label, figs)
            report["rows"]["ablation: " + label] = figs
            if test_qs:
                figs, _ = score_held_out(pools, qs, test_qs, start, spec, args.budget, gates)
                show(label + " [test]", figs)
                report["rows"]["ablation: " + label + " [test]"] = figs
        LEARN_DROP, VERDICT_SIGNALS = full_drop, full_signals
    if args.grid_ablation:
        print(f"\nablation of the grid-tuned second stage ({cv}, several-signal verdict): each second-stage signal off")
        full = RERANK_GRID
        for label, keep in [("no sentence", lambda r: r[0] == 0), ("no coverage", lambda r: r[1] == 0),
                            ("no answer type", lambda r: r[2] == 0), ("global only", lambda r: not r[4]),
                            ("within document only", lambda r: r[4]),
                            ("sentence only", lambda r: r[1] == 0 and r[2] == 0)]:
            RERANK_GRID = [r for r in full if keep(r)]
            figs, _ = evaluate_pipeline(pools, qs, start, folds, (True, True, "logistic", False),
                                        args.budget, gates, False)
            show(label, figs)
            report["rows"]["ablation: " + label] = figs
        RERANK_GRID = full
        for label, g in [("gates off", {"gate_answer_type": False, "min_coverage": 0.0}),
                         ("type gate + coverage>=0.34", {"gate_answer_type": True, "min_coverage": 0.34})]:
            figs, _ = evaluate_pipeline(pools, qs, start, folds, (True, True, "logistic", False),
                                        args.budget, g, False)
            show(label, figs)
            report["rows"]["ablation: " + label] = figs
    if args.latent_ablation:
        print(f"\nablation of latent terms ({cv}, shipped pipeline: learned second stage, key-coverage verdict)")
        full = VERDICT_SIGNALS
        spec = PIPELINES["shipped, key-coverage verdict + coverage cut"]
        for label, drop, verdict in [("latent terms in neither", {4}, False), ("in the verdict only", {4}, True),
                                     ("in the second stage only", set(), False), ("in both (shipped)", set(), True)]:
            LEARN_DROP = drop
            VERDICT_SIGNALS = full if verdict else tuple(x for x in full if x != "latent_coverage")
            figs, _ = evaluate_pipeline(pools, qs, start, folds, spec, args.budget, gates, False)
            show(label, figs)
            report["rows"]["latent ablation: " + label] = figs
        LEARN_DROP, VERDICT_SIGNALS = set(), full
    if args.learn_weights:
        w = learn_from_labels(pools, qs, start)
        from kb.rerank import FEATURES

        print("second-stage weights learned on all questions (first stage 1): "
              + ", ".join(f"{n} {v:.2f}" for n, v in zip(FEATURES[1:], w[1:])))
    if args.write_verdict:
        from kb.tuning import configured_model_id

        shipped = start.replace(rerank=configured(rc.rerank))
        model = fit_verdict(qs, ranks(pools, qs, shipped), "keys+coverage", args.budget, gates)
        model.note = (f"logistic over {', '.join(VERDICT_SIGNALS)} fitted on {len(qs)} questions "
                      f"({', '.join(p.name for p in args.questions)}), false-abstention budget {args.budget}"
                      + (f", abstaining below coverage {model.abstain_coverage}" if model.abstain_coverage else ""))
        args.write_verdict.write_text(json.dumps(
            {"embedder": configured_model_id(config), "model": json.loads(model.to_json())},
            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"Wrote {args.write_verdict}: {model.note}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
