"""The seeded draw of shared-corpus documents behind bench/questions/followups5.jsonl (helper "fu8").

What was done: the 50 pairs of followups5.jsonl (W001-W050) were written blind on 2026-12-01
(about 03:40-03:50 UTC by the machine's clock), from the plain text of the documents only (reading
and grep; no bot, no `ingest.py`, no search or retrieval, no bench script, no existing pair or
question file except the first 3 lines of followups4.jsonl for the format, nothing under bot/ or
features/).

W001-W025 are over the four bundled samples/documents, all read in full. W026-W050 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 25 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. A
control's standalone second question is answered by another document; the unanswerable
follow-ups were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups5 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1211

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n05_人大代表法_2025.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n07_地方组织法_2022.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n09_村民委员会组织法_2018.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
