"""The seeded draw of shared-corpus documents behind bench/questions/followups13.jsonl (helper "fu16").

What was done: the 50 pairs of followups13.jsonl (FX001-FX050) were written blind on 2026-12-01
(about 18:47-18:55 UTC by the machine's clock), from the plain text of the documents only (reading,
grep, sed and small Python string scripts; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups12.jsonl for the format, nothing under
bot/, kb/ or docs/).

FX001-FX025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FX001-FX018). FX026-FX050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FX022 handbook -> 机关处室, FX023 机关处室 -> 办法, FX024 办法 -> 通知, FX025
通知 -> handbook; FX029 -> n09, FX032 -> n03, FX040 -> n05, FX046 -> n10); the unanswerable
follow-ups (FX019-FX021, FX035, FX038, FX048) were checked by grepping their key terms over both
folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, and also_docs is every other file of the same part that carries a phrase (FX012 and FX018
-> the handbook; FX028 -> n08 and n23; FX033 -> n16; FX037 -> n17; FX040 -> n01 and n07; FX045 ->
n08).

Run `python -m bench.questions.draw_followups13 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1229

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n06_监督法_2024.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
