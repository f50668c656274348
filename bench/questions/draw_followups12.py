"""The seeded draw of shared-corpus documents behind bench/questions/followups12.jsonl (helper "fu15").

What was done: the 50 pairs of followups12.jsonl (FV001-FV050) were written blind on 2026-12-01
(about 16:40-16:45 UTC by the machine's clock), from the plain text of the documents only (reading,
grep, sed and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups11.jsonl for the format, nothing under
bot/, kb/ or docs/).

FV001-FV025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FV001-FV018). FV026-FV050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FV022 handbook -> 机关处室, FV023 机关处室 -> 办法, FV024 办法 -> 通知, FV025
通知 -> handbook; FV034 -> n17, FV036 -> n14, FV037 -> n09, FV050 -> n11); the unanswerable
follow-ups (FV019-FV021, FV029, FV045, FV046) were checked by grepping their key terms over both
folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder (the script caught FV008's drafted reading, which was reworded; a few others were reworded
while drafting), and also_docs is every other file of the same part that carries a phrase (FV018
-> the handbook; FV026 and FV028 -> n07; FV040 -> n23).

Run `python -m bench.questions.draw_followups12 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1227

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n06_监督法_2024.txt": 2,
    "n01_宪法.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n16_上海市信访条例_2018.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n18_浙江省信访条例_2016.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n05_人大代表法_2025.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
