"""The seeded draw of shared-corpus documents behind bench/questions/followups14.jsonl (helper "fu17").

What was done: the 50 pairs of followups14.jsonl (FY001-FY050) were written blind on 2026-12-01
(about 20:35-20:40 UTC by the machine's clock), from the plain text of the documents only (reading,
grep, sed and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups13.jsonl for the format, nothing under
bot/, kb/ or docs/).

FY001-FY025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FY001-FY018). FY026-FY050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FY022 handbook -> 机关处室, FY023 机关处室 -> 办法, FY024 办法 -> 通知, FY025
通知 -> handbook; FY035 -> n03, FY042 -> n07, FY044 -> c_60915, FY050 -> n02); the unanswerable
follow-ups (FY019-FY021, FY033, FY045, FY047) were checked by grepping their key terms over both
folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, and also_docs is every other file of the same part that carries a phrase (FY007 -> the
办法; FY014 -> the handbook; none in the shared half).

Run `python -m bench.questions.draw_followups14 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1231

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
