"""The seeded draw of shared-corpus documents behind bench/questions/followups22.jsonl.

What was done: the 50 pairs of followups22.jsonl (FN001-FN050) were written blind on 2026-12-02
(the machine's `date` read 15:15:58 UTC at the start and about 15:21 UTC when the file was
written; that clock seemed to run slow against the work done) by the helper session "fu22" on
branch `followups22` (worktree /work/wt-fu22), from the plain text of the documents only
(reading, grep, sed, awk and small Python string scripts kept in /tmp/fu22 that import nothing
from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail and assertion
messages only), no existing pair or question file except the first 3 lines of followups21.jsonl
for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FN001-FN025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 5, 4 and 4
of the answerable follow-ups). FN026-FN050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; n07, the 16th document, reached the 25 pairs exactly), until 25
pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. A control's standalone second question is answered by another
document (FN022 handbook -> 机关处室, FN023 机关处室 -> handbook, FN024 办法 -> 通知, FN025 通知 ->
机关处室; FN035 n16 -> n09, FN036 c_2522 -> n22, FN039 c_61580 -> n25, FN046 n03 -> c_154); the
unanswerable follow-ups (FN019, FN020, FN021, FN033, FN040, FN048) were checked by grepping their
key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups22 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1247

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n22_志愿服务条例_2017.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n05_人大代表法_2025.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "n07_地方组织法_2022.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
