"""The seeded draw of shared-corpus documents behind bench/questions/followups35.jsonl.

What was done: the 50 pairs of followups35.jsonl (GR001-GR050) were written blind on 2026-12-04
by the helper session "fu35" on branch `followups35` (worktree /work/wt-fu35), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu35 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups34.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GR001-GR025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GR026-GR050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 17 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
(the same article, another article, or another document) among facts bench/questions/README.md
names least as asked (checked by short-window grep and counts over that README), so no drawn
article was substituted. Like followups34, the set takes a natural mix of where a follow-up's
answer sits: of the 36 answerable follow-ups 16 are answered in the same article, paragraph or
list item as the first message (another fact of it), 14 in another article, heading, paragraph or
item of the same document, and 6 in another document (GR004 handbook -> 办法, GR013 机关处室 ->
办法, GR023 通知 -> handbook; GR026 n08 -> n23, GR036 n05 -> n07, GR043 c_61454 -> c_61578).
Of the nine drawn news items three open an answerable follow-up (c_39907, c_58542, c_61454),
three a control (c_61880, c_60567, c_60319) and three an unanswerable pair (c_61578, c_62238,
c_62147); of the eight drawn laws every pair opens an answerable follow-up except n02's second,
a control. A control's standalone second question is answered by another document (GR010
handbook -> 办法, GR015 机关处室 -> handbook, GR020 办法 -> 通知, GR025 通知 -> handbook; GR030
c_61880 -> n06, GR037 c_60567 -> n05, GR042 c_60319 -> n24, GR050 n02 -> n18); the unanswerable
follow-ups (GR007, GR014, GR019, GR031, GR040, GR044) were checked by grepping their key terms
over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups35 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1273

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n08_城市居民委员会组织法_2018.txt": 2,
    "n06_监督法_2024.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens a control
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # opens an unanswerable pair
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "n01_宪法.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens an unanswerable pair
    "n18_浙江省信访条例_2016.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n02_信访工作条例_2022.txt": 2,  # the second opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
