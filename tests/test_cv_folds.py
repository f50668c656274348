"""The folds bench.cv_eval scores on: every question in exactly one, and with --by-set one per file."""
from __future__ import annotations

from types import SimpleNamespace

from bench.cv_eval import folds_by_set, folds_of


def test_one_fold_per_question_file_in_file_order():
    assert folds_by_set([2, 0, 3]) == [[0, 1], [2, 3, 4]]     # an empty file makes no fold


def test_random_folds_cover_every_question_once_and_spread_the_unanswerable():
    qs = [SimpleNamespace(answerable=i % 4 != 0) for i in range(23)]
    folds = folds_of(qs, 5, seed=0)
    assert sorted(i for f in folds for i in f) == list(range(23))
    unanswerable = [sum(not qs[i].answerable for i in f) for f in folds]
    assert max(unanswerable) - min(unanswerable) <= 1
