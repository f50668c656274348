"""The seeded draw of shared-corpus documents behind bench/questions/followups4.jsonl (helper "fu6").

What was done: the 50 pairs of followups4.jsonl (S001-S050) were written blind on 2026-12-01
(01:24-01:30 UTC), from the plain text of the documents only (reading and grep; no bot, no
`ingest.py`, no search or retrieval, no bench script, no existing pair or question file, nothing
under bot/features/conversation).

S001-S025 are over the four bundled samples/documents, all read in full. S026-S050 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 25 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. A
control's standalone second question, and some follow-ups, are answered by another document; the
unanswerable follow-ups were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups4 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1207

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n03_政府信息公开条例_2019.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "n06_监督法_2024.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n10_立法法_2023.txt": 2,
    "n07_地方组织法_2022.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "n09_村民委员会组织法_2018.txt": 1,
    "n05_人大代表法_2025.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
