"""The seeded draw of shared-corpus documents behind bench/questions/followups9.jsonl (helper "fu12").

What was done: the 50 pairs of followups9.jsonl (B001-B050) were written blind on 2026-12-01
(about 11:09-11:15 UTC by the machine's clock), from the plain text of the documents only (reading,
grep and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
script other than this draw, no existing pair or question file except the first 3 lines of
followups8.jsonl for the format, nothing under bot/, kb/ or docs/).

B001-B025 are over the four bundled samples/documents, all read in full; their first messages are
spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5 of the
answerable follow-ups). B026-B050 are over ../shared/eval/corpus: its sorted file names were
shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each,
until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. A control's standalone second question is answered by another
document (B035 -> n05, B038 -> n22, B040 -> n09, B048 -> n21); the unanswerable follow-ups
(B029, B030, B049) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, no
message copies 12 consecutive characters of any document, and also_docs is every other file of the
same part that carries a phrase.

Run `python -m bench.questions.draw_followups9 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1221

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n03_政府信息公开条例_2019.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 1,
    "n06_监督法_2024.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n18_浙江省信访条例_2016.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
