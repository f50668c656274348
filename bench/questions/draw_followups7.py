"""The seeded draw of shared-corpus documents behind bench/questions/followups7.jsonl (helper "fu10").

What was done: the 50 pairs of followups7.jsonl (J001-J050) were written blind on 2026-12-01
(about 05:43-05:50 UTC by the machine's clock), from the plain text of the documents only (reading
and grep; no bot, no `ingest.py`, no search or retrieval, no bench script other than this draw, no
existing pair or question file except the first 3 lines of followups6.jsonl for the format, nothing
under bot/, kb/ or docs/).

J001-J025 are over the four bundled samples/documents, all read in full; their first messages are
spread over all four (handbook 6 pairs, 机关处室 7, 社情民意办法 6, 征集通知 6;
5, 5, 4 and 4 of the answerable follow-ups). J026-J050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 25 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. A
control's standalone second question is answered by another document (J038 -> n20, J039 -> c_60737,
J042 -> n23, J049 -> c_62245); the unanswerable follow-ups (J027, J045, J050) were checked by
grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, no
message copies 12 consecutive characters of any document, and also_docs is every other file of the
same part that carries a phrase.

Run `python -m bench.questions.draw_followups7 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1217

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n09_村民委员会组织法_2018.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n01_宪法.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n22_志愿服务条例_2017.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
