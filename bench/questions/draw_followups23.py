"""The seeded draw of shared-corpus documents behind bench/questions/followups23.jsonl.

What was done: the 50 pairs of followups23.jsonl (FT001-FT050) were written blind on 2026-12-02
(the machine's `date` read 16:48:16 UTC at the start and 16:55 UTC when the file was first
written) by the helper session "fu23" on branch `followups23` (worktree /work/wt-fu23), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu23 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups22.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FT001-FT025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 5, 4 and 4
of the answerable follow-ups). FT026-FT050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; n05, the 16th document, reached the 25 pairs exactly), until 25
pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. A control's standalone second question is answered by another
document (FT022 handbook -> 通知, FT023 机关处室 -> 办法, FT024 办法 -> handbook, FT025 通知 ->
机关处室; FT026 c_61880 -> n22, FT040 n08 -> n17, FT045 c_60319 -> n04, FT048 n11 -> n14); the
unanswerable follow-ups (FT019, FT020, FT021, FT030, FT046, FT050) were checked by grepping their
key terms (考试, 奖状, 字体/字号, 律所/律师事务所, 故居/纪念馆, 表决器/电子表决) over both folders:
none occurs.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups23 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1249

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n06_监督法_2024.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "n02_信访工作条例_2022.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n05_人大代表法_2025.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
