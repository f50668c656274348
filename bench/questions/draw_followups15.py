"""The seeded draw of shared-corpus documents behind bench/questions/followups15.jsonl.

What was done: the 50 pairs of followups15.jsonl (FZ001-FZ050) were written blind on 2026-12-01
(about 21:07-21:16 UTC by the machine's clock) by a helper session on branch `followups15`, from
the plain text of the documents only (reading, grep, sed and small Python string scripts that
import nothing from kb/ or bot/; no bot, no `ingest.py`, no search or retrieval, no bench or eval
script other than this draw and tests/test_question_sets.py (pass/fail and assertion messages
only), no existing pair or question file except the first 3 lines of followups14.jsonl for the
format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FZ001-FZ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FZ001-FZ018). FZ026-FZ050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FZ022 handbook -> 机关处室, FZ023 机关处室 -> 办法, FZ024 办法 -> 通知, FZ025
通知 -> handbook; FZ037 -> n04, FZ044 -> c_61580, FZ048 -> c_62147, FZ050 -> n16); the
unanswerable follow-ups (FZ019-FZ021, FZ033, FZ038, FZ042) were checked by grepping their key
terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set, and also_docs is every other file of the same part that carries a phrase (FZ002 -> the
办法; FZ039 -> n13; FZ044 -> c_58542).

Run `python -m bench.questions.draw_followups15 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1233

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n10_立法法_2023.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n06_监督法_2024.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n22_志愿服务条例_2017.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
