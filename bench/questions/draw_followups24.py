"""The seeded draw of shared-corpus documents behind bench/questions/followups24.jsonl.

What was done: the 50 pairs of followups24.jsonl (GF001-GF050) were written blind on 2026-12-03
(the machine's `date` read 02:35:12 UTC at the start and 02:48:47 UTC when the file was first
written) by the helper session "fu24" on branch `followups24` (worktree /work/wt-fu24), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu24 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups23.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GF001-GF025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 5 and 4
of the answerable follow-ups). GF026-GF050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; c_60368, the 16th document, reached the 25 pairs exactly), until
25 pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. A control's standalone second question is answered by another
document (GF022 handbook -> 机关处室, GF023 机关处室 -> 办法, GF024 办法 -> handbook, GF025 通知 ->
办法; GF042 n14 -> n15, GF044 n16 -> n25, GF047 n11 -> n13, GF048 c_60695 -> n23); the
unanswerable follow-ups (GF019, GF020, GF021, GF034, GF045, GF050) were checked by grepping their
key terms (上课/党校, 远程, App/小程序/客户端, 登报/报纸, 名成员/一行, 小时/时长) over both folders:
none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups24 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1251

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n02_信访工作条例_2022.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n10_立法法_2023.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
