"""The seeded draw of shared-corpus documents behind bench/questions/followups8.jsonl (helper "fu11").

What was done: the 50 pairs of followups8.jsonl (L001-L050) were written blind on 2026-12-01
(about 09:19-09:30 UTC by the machine's clock), from the plain text of the documents only (reading
and grep; no bot, no `ingest.py`, no search or retrieval, no bench script other than this draw, no
existing pair or question file except the first 3 lines of followups7.jsonl for the format, nothing
under bot/, kb/ or docs/).

L001-L025 are over the four bundled samples/documents, all read in full; their first messages are
spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5 of the
answerable follow-ups). L026-L050 are over ../shared/eval/corpus: its sorted file names were
shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each,
until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. A control's standalone second question is answered by another
document (L033 -> n22, L037 -> c_154, L046 -> n05, L049 -> n09); the unanswerable follow-ups
(L027, L034, L039) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase was checked to occur in its document once whitespace is removed, no
message copies 12 consecutive characters of any document, and also_docs is every other file of the
same part that carries a phrase.

Run `python -m bench.questions.draw_followups8 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1219

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n03_政府信息公开条例_2019.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n07_地方组织法_2022.txt": 2,
    "n02_信访工作条例_2022.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,
    "n06_监督法_2024.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 1,
    "n10_立法法_2023.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 1,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
