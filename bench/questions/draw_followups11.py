"""The seeded draw of shared-corpus documents behind bench/questions/followups11.jsonl (helper "fu14").

What was done: the 50 pairs of followups11.jsonl (FU001-FU050) were written blind on 2026-12-01
(about 14:42-14:46 UTC by the machine's clock), from the plain text of the documents only (reading,
grep and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
script other than this draw, no existing pair or question file except the first 3 lines of
followups10.jsonl for the format, nothing under bot/, kb/ or docs/).

FU001-FU025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups). FU026-FU050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each,
until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is
the pair's `first_doc`), in draw order. A control's standalone second question is answered by
another document (FU027 -> n17, FU029 -> n22, FU039 -> n03, FU048 -> c_151); the unanswerable
follow-ups (FU030, FU045, FU050) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
inside the article, heading or paragraph named as its section; no message copies 12 consecutive
characters of any document, and also_docs is every other file of the same part that carries a
phrase (none does in this set).

Run `python -m bench.questions.draw_followups11 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1225

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "n07_地方组织法_2022.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
