"""The seeded draw of shared-corpus documents behind bench/questions/followups20.jsonl.

What was done: the 50 pairs of followups20.jsonl (FK001-FK050) were written blind on 2026-12-02
(about 07:23-07:33 UTC by the machine's clock) by the helper session "fu20" on branch
`followups20` (worktree /work/wt-fu20), from the plain text of the documents only (reading, grep,
sed, awk and small Python string scripts kept in /tmp that import nothing from kb/ or bot/, only
bench.draws; no bot, no `ingest.py`, no search or retrieval, no bench or eval script other than
this draw and tests/test_question_sets.py (pass/fail and assertion messages only), no existing
pair or question file except the first 3 lines of followups19.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

FK001-FK025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 5 and 4
of the answerable follow-ups). FK026-FK050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; c_58542, the 16th document, reached the 25 pairs exactly), until
25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. A control's standalone second question is answered by another
document (FK007 handbook -> 机关处室, FK013 机关处室 -> handbook, FK019 办法 -> 通知, FK025 通知 ->
办法; FK033 n15 -> c_154, FK034 c_61598 -> c_154, FK037 c_60319 -> n22, FK041 n16 -> n22); the
unanswerable follow-ups (FK006, FK012, FK024, FK029, FK045, FK047) were checked by grepping their
key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups20 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1243

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n10_立法法_2023.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
