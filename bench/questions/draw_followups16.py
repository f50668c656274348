"""The seeded draw of shared-corpus documents behind bench/questions/followups16.jsonl.

What was done: the 50 pairs of followups16.jsonl (FW001-FW050) were written blind on 2026-12-01
(about 22:51-23:00 UTC by the machine's clock) by the helper session "fu19" on branch
`followups16`, from the plain text of the documents only (reading, grep, sed and small Python
string scripts that import nothing from kb/ or bot/; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail
and assertion messages only), no existing pair or question file except the first 3 lines of
followups15.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FW001-FW025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FW001-FW018). FW026-FW050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FW022 handbook -> 机关处室, FW023 机关处室 -> 办法, FW024 办法 -> 通知, FW025
通知 -> handbook; FW032 -> c_62022, FW034 -> c_61578, FW043 -> n02, FW050 -> n22); the
unanswerable follow-ups (FW019-FW021, FW030, FW036, FW038) were checked by grepping their key
terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set, and also_docs is every other file of the same part that carries a phrase (FW027 and
FW028 -> n23; FW046 -> n06).

Run `python -m bench.questions.draw_followups16 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1235

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 2,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "n06_监督法_2024.txt": 2,
    "n10_立法法_2023.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
