"""The seeded draw of shared-corpus documents behind bench/questions/followups33.jsonl.

What was done: the 50 pairs of followups33.jsonl (GP001-GP050) were written blind on 2026-12-04
by the helper session "fu33" on branch `followups33` (worktree /work/wt-fu33), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu33 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups32.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GP001-GP025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GP026-GP050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 15 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
(the same article, another article, or another document) among facts bench/questions/README.md
does not name as asked (checked by short-window grep of that README), so no drawn article was
substituted. Like followups32, the set takes a natural mix of where a follow-up's answer sits:
of the 36 answerable follow-ups 16 are answered in the same article, paragraph or list item as
the first message (another fact of it), 14 in another article, heading, paragraph or item of the
same document, and 6 in another document (GP006, GP022, GP023 in the samples; GP037 n18 -> n16,
GP043 n12 -> n20, GP050 n13 -> n20). The five drawn news items, whose facts are all or nearly
all named as asked in that README, open only a control (c_61880, c_60548, c_60695, c_62238) or
an unanswerable pair (c_60915); all 18 shared answerable follow-ups open on the ten drawn laws.
A control's standalone second question is answered by another document (GP010 handbook -> 办法,
GP015 机关处室 -> handbook, GP020 办法 -> 通知, GP025 通知 -> handbook; GP030 c_61880 -> n04,
GP033 c_60548 -> n03, GP038 c_60695 -> n16, GP048 c_62238 -> n13); the unanswerable follow-ups
(GP009, GP014, GP024, GP028, GP042, GP045) were checked by grepping their key terms over both
folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups33 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1269

# pairs written per drawn document, in draw order (15 documents, 25 pairs)
COUNTS = {
    "n16_上海市信访条例_2018.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # its facts named as asked: opens a control
    "n03_政府信息公开条例_2019.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # its facts named as asked: opens a control
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # its facts named as asked: opens a control
    "n06_监督法_2024.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # its facts named as asked: opens a control
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
