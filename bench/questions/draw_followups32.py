"""The seeded draw of shared-corpus documents behind bench/questions/followups32.jsonl.

What was done: the 50 pairs of followups32.jsonl (GO001-GO050) were written blind on 2026-12-04
by the helper session "fu32" on branch `followups32` (worktree /work/wt-fu32), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu32 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups31.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GO001-GO025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GO026-GO050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 16 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
(the same article, another article, or another document) among facts bench/questions/README.md
does not name as asked (checked by short-window grep of that README), so no drawn article was
substituted. Unlike followups31, the set takes a natural mix of where a follow-up's answer sits:
of the 36 answerable follow-ups 15 are answered in the same article, paragraph or list item as
the first message (another fact of it), 15 in another article, heading, paragraph or item of the
same document, and 6 in another document (GO008, GO021, GO023 in the samples; GO028 n18 -> n02,
GO031 n05 -> n12, GO034 n08 -> n15). The seven drawn news items, whose facts are all or nearly
all named as asked in that README, open only a control (c_60915, c_61454, c_60319, c_61578) or an
unanswerable pair (c_60547, c_60737, c_62179); all 18 shared answerable follow-ups open on the
nine drawn laws. A control's standalone second question is answered by another document (GO010
handbook -> 机关处室, GO015 机关处室 -> handbook, GO020 办法 -> 通知, GO025 通知 -> 办法; GO026
c_60915 -> n18, GO029 c_61454 -> n05, GO037 c_60319 -> n04, GO043 c_61578 -> n06); the
unanswerable follow-ups (GO009, GO014, GO024, GO036, GO042, GO046) were checked by grepping their
key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups32 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1267

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_60915_从一纸来信到民意回声.txt": 1,  # its facts named as asked: opens a control
    "n18_浙江省信访条例_2016.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,  # its facts named as asked: opens a control
    "n05_人大代表法_2025.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # its facts named as asked: opens a control
    "n06_监督法_2024.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # its facts named as asked: opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
