"""The seeded draw of shared-corpus documents behind bench/questions/followups28.jsonl.

What was done: the 50 pairs of followups28.jsonl (GK001-GK050) were written blind on 2026-12-03
(the machine's `date` read 13:46:29 UTC at the start and 13:56:05 UTC when the file was first
written) by the helper session "fu28" on branch `followups28` (worktree /work/wt-fu28), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu28 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups27.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GK001-GK025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 6, 社情民意办法 5, 征集通知 4; 8, 4, 4 and 2
of the answerable follow-ups). GK026-GK050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item), until 25 pairs were written: the first 17 documents of the draw.
COUNTS gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in
draw order. A control's standalone second question is answered by another document (GK022
handbook -> 通知, GK023 机关处室 -> handbook, GK024 办法 -> 机关处室, GK025 通知 -> 办法; GK028
n08 -> n24, GK034 c_60319 -> n14, GK041 n03 -> n13, GK046 n13 -> n06); the unanswerable
follow-ups (GK019, GK020, GK021, GK031, GK037, GK048) were checked by grepping their key terms
(修改 near 履职报告, 邮编/邮政编码, 网址/https, the address of n14's 征集办公室, 主持 in c_60695,
小时/时长/分钟/上午/下午 in c_62245) over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur inside the article,
heading or paragraph named as its section (whitespace removed); no message (first, followup,
resolved) shares 8 consecutive characters with any document of either folder or with
bench/questions/README.md as it stood before the set, no answer phrase occurs in that README,
and also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups28 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1259

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n06_监督法_2024.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n01_宪法.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
