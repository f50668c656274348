"""The seeded draw of shared-corpus documents behind bench/questions/followups6.jsonl (helper "fu9").

What was done: the 50 pairs of followups6.jsonl (Z001-Z050) were written blind on 2026-12-01
(about 05:13-05:20 UTC by the machine's clock), from the plain text of the documents only (reading
and grep; no bot, no `ingest.py`, no search or retrieval, no bench script other than this draw, no
existing pair or question file except the first 3 lines of followups5.jsonl for the format, nothing
under bot/, kb/ or docs/).

Z001-Z025 are over the four bundled samples/documents, all read in full. Z026-Z050 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 25 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. A
control's standalone second question is answered by another document (Z027 -> n09, Z031 -> n03,
Z036 -> n22, Z044 -> c_154); the unanswerable follow-ups (Z028, Z045, Z046) were checked by
grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups6 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1215

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 1,
    "n19_河南省信访条例_2012.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n07_地方组织法_2022.txt": 2,
    "n01_宪法.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
