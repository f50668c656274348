"""The seeded draw of shared-corpus documents behind bench/questions/followups34.jsonl.

What was done: the 50 pairs of followups34.jsonl (GQ001-GQ050) were written blind on 2026-12-04
by the helper session "fu34" on branch `followups34` (worktree /work/wt-fu34), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu34 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups33.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GQ001-GQ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GQ026-GQ050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 16 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
(the same article, another article, or another document) among facts bench/questions/README.md
does not name as asked (checked by short-window grep of that README), so no drawn article was
substituted. Like followups33, the set takes a natural mix of where a follow-up's answer sits:
of the 36 answerable follow-ups 16 are answered in the same article, paragraph or list item as
the first message (another fact of it), 14 in another article, heading, paragraph or item of the
same document, and 6 in another document (GQ004, GQ013, GQ022 in the samples; GQ026 n05 -> n07,
GQ037 n23 -> n15, GQ049 n01 -> n07). The seven drawn news items, whose facts are all or nearly
all named as asked in that README, open only a control (c_61598, c_61578, c_61454, c_60319) or
an unanswerable pair (c_62238, c_60860, c_62245); all 18 shared answerable follow-ups open on the
nine drawn laws. A control's standalone second question is answered by another document (GQ010
handbook -> 办法, GQ015 机关处室 -> 办法, GQ020 办法 -> 通知, GQ025 通知 -> handbook; GQ028
c_61598 -> n07, GQ030 c_61578 -> n21, GQ040 c_61454 -> n03, GQ050 c_60319 -> n15); the
unanswerable follow-ups (GQ007, GQ014, GQ019, GQ029, GQ033, GQ047) were checked by grepping their
key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups34 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1271

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n05_人大代表法_2025.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # its facts named as asked: opens a control
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # its facts named as asked: opens a control
    "n16_上海市信访条例_2018.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n07_地方组织法_2022.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,  # its facts named as asked: opens a control
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n01_宪法.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # its facts named as asked: opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
