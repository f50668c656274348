"""The seeded draw of shared-corpus documents behind bench/questions/followups19.jsonl.

What was done: the 50 pairs of followups19.jsonl (FR001-FR050) were written blind on 2026-12-02
(about 04:54-05:02 UTC by the machine's clock) by the helper session "fu19" on branch
`followups19` (worktree /work/wt-fu19), from the plain text of the documents only (reading, grep,
sed, awk and small Python string scripts kept in /tmp that import nothing from kb/ or bot/, only
bench.draws; no bot, no `ingest.py`, no search or retrieval, no bench or eval script other than
this draw and tests/test_question_sets.py (pass/fail and assertion messages only), no existing
pair or question file except the first 3 lines of followups18.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

FR001-FR025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 6, 4, 4 and 4
of the answerable follow-ups FR001-FR018). FR026-FR050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each (two per law, one per news item; n15, the 18th document, got one because the 25 pairs
were then reached), until 25 pairs were written. COUNTS gives how many pairs each drawn document
opens (its file is the pair's `first_doc`), in draw order. A control's standalone second question
is answered by another document (FR022 handbook -> 机关处室, FR023 机关处室 -> handbook, FR024 办法 ->
handbook, FR025 通知 -> 机关处室; FR027 n16 -> c_154, FR036 c_60319 -> n03, FR041 n14 -> n22,
FR047 c_60695 -> c_154); the unanswerable follow-ups (FR019-FR021, FR026, FR029, FR042) were
checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase (no samples pair has one;
FR033 -> n16 and n19, FR040 -> n13).

Run `python -m bench.questions.draw_followups19 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1241

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "n16_上海市信访条例_2018.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n02_信访工作条例_2022.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n01_宪法.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
