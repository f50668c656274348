"""The seeded draw of shared-corpus documents behind bench/questions/followups10.jsonl (helper "fu13").

What was done: the 50 pairs of followups10.jsonl (E001-E050) were written blind on 2026-12-01
(about 12:51-12:57 UTC by the machine's clock), from the plain text of the documents only (reading,
grep and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
script other than this draw, no existing pair or question file except the first 3 lines of
followups9.jsonl for the format, nothing under bot/, kb/ or docs/).

E001-E025 are over the four bundled samples/documents, all read in full; their first messages are
spread over all four (handbook 7 pairs, 机关处室 7, 社情民意办法 5, 征集通知 6; 5, 5, 4 and 4 of the
answerable follow-ups). E026-E050 are over ../shared/eval/corpus: its sorted file names were
shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each,
until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. A control's standalone second question is answered by another
document (E027 -> n06, E032 -> n23, E041 -> n17, E042 -> c_62030); the unanswerable follow-ups
(E046, E048, E050) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
inside the article, heading or paragraph named as its section; no message copies 12 consecutive
characters of any document, and also_docs is every other file of the same part that carries a
phrase.

Run `python -m bench.questions.draw_followups10 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1223

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n06_监督法_2024.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
