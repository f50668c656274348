"""The seeded draw of shared-corpus documents behind bench/questions/followups3.jsonl (helper "fu5").

What was done: the 50 pairs of followups3.jsonl (Q001-Q050) were written blind on 2026-12-01
(00:10-00:50 UTC), from the plain text of the documents only (reading and grep; no bot, no
`ingest.py ask/eval`, no search or retrieval, no bench script, no existing pair or question file,
nothing under bot/features/conversation).

Q001-Q025 are over the four bundled samples/documents, all read in full. Q026-Q050 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 25 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. One
answerable follow-up is answered by another document (Q027 "浙江的呢" after a Shandong question ->
n20). A control's standalone second question is answered by another document (Q037 -> n13, Q039 ->
c_62147, Q041 -> c_60915, Q046 -> n24, Q048 -> c_61454); the unanswerable follow-ups (Q034, Q044,
Q050) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups3 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1205

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
