"""The seeded draw of shared-corpus documents behind bench/questions/followups30.jsonl.

What was done: the 50 pairs of followups30.jsonl (GM001-GM050) were written blind on 2026-12-03
by the helper session "fu30" on branch `followups30` (worktree /work/wt-fu30), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu30 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups29.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GM001-GM025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 13 pairs, 机关处室 5, 社情民意办法 5, 征集通知 2). GM026-GM050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 17 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose articles whose facts bench/questions/README.md does not
name as asked (checked by short-window grep of that README), so no drawn article was substituted.
News items whose facts are all or nearly all named as asked open only a control or an
unanswerable pair (c_61578, c_2522 and c_62245 controls; c_62179, c_60915 and c_61598
unanswerable pairs). A control's standalone second question is answered by another document
(GM022 handbook -> 机关处室, GM023 机关处室 -> 办法, GM024 办法 -> 通知, GM025 通知 -> handbook;
GM026 c_61578 -> n09, GM030 c_2522 -> n02, GM033 c_62245 -> n16, GM049 n23 -> n13); the
unanswerable follow-ups (GM019, GM020, GM021, GM031, GM032, GM050) were checked by grepping their
key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups30 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1263

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # its facts named as asked: opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # its counts named as asked: opens a control
    "c_62179_许显辉赴河池市调研.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "c_60915_从一纸来信到民意回声.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # its facts named as asked: opens a control
    "n02_信访工作条例_2022.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,  # one answerable pair, one control
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # its facts named as asked: opens an unanswerable pair
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
