"""The seeded draw of shared-corpus documents behind bench/questions/followups27.jsonl.

What was done: the 50 pairs of followups27.jsonl (GJ001-GJ050) were written blind on 2026-12-03
(the machine's `date` read 11:35:30 UTC at the start and 11:41:44 UTC when the file was first
written) by the helper session "fu27" on branch `followups27` (worktree /work/wt-fu27), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu27 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups26.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GJ001-GJ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 9 pairs, 机关处室 6, 社情民意办法 5, 征集通知 5; 7, 4, 4 and 3
of the answerable follow-ups). GJ026-GJ050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item), until 25 pairs were written: the first 18 documents of the draw.
COUNTS gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in
draw order. A control's standalone second question is answered by another document (GJ022
handbook -> 通知, GJ023 机关处室 -> handbook, GJ024 办法 -> 机关处室, GJ025 通知 -> 办法; GJ027
n25 -> n03, GJ041 n03 -> n21, GJ042 c_61598 -> n12, GJ048 c_62022 -> n21); the unanswerable
follow-ups (GJ019, GJ020, GJ021, GJ030, GJ045, GJ049) were checked by grepping their key terms
(分钟/时长/限时, 几天/为期/天数, 会期, 产量/斤/吨, 牺牲/殉/1932, 地点/人民大会堂) over both folders:
none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur inside the article,
heading or paragraph named as its section (whitespace removed); no message (first, followup,
resolved) copies 12 consecutive characters of any document of either folder, none shares 8
consecutive characters with bench/questions/README.md as it stood before the set, no answer
phrase occurs in that README, and also_docs is every other file of the same part that carries a
phrase.

Run `python -m bench.questions.draw_followups27 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1257

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
