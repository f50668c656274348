"""The seeded draw of shared-corpus documents behind bench/questions/followups21.jsonl.

What was done: the 50 pairs of followups21.jsonl (FM001-FM050) were written blind on 2026-12-02
(about 09:55-10:10 UTC by the machine's clock) by the helper session "fu21" (not the helper of
the same name that wrote followups18) on branch `followups21` (worktree /work/wt-fu21), from the
plain text of the documents only (reading, grep, sed, awk and small Python string scripts kept in
/tmp/fu21 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups20.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FM001-FM025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 5 and 4
of the answerable follow-ups). FM026-FM050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; n21, the 16th document, reached the 25 pairs exactly), until 25
pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. A control's standalone second question is answered by another
document (FM007 handbook -> 办法, FM013 机关处室 -> handbook, FM019 办法 -> handbook, FM025 通知 ->
机关处室; FM029 c_60368 -> n21, FM038 n18 -> n03, FM042 c_60319 -> n22, FM045 n22 -> n13); the
unanswerable follow-ups (FM006, FM012, FM024, FM031, FM035, FM043) were checked by grepping their
key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups21 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1245

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
