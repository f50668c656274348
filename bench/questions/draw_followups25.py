"""The seeded draw of shared-corpus documents behind bench/questions/followups25.jsonl.

What was done: the 50 pairs of followups25.jsonl (GG001-GG050) were written blind on 2026-12-03
(the machine's `date` read 06:33:43 UTC at the start and 06:42:55 UTC when the file was first
written) by the helper session "fu25" on branch `followups25` (worktree /work/wt-fu25), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu25 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups24.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GG001-GG025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 5 and 4
of the answerable follow-ups). GG026-GG050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item; n07, the 17th document, opens one pair so as to reach the 25
pairs exactly), until 25 pairs were written. COUNTS gives how many pairs each drawn document
opens (its file is the pair's `first_doc`), in draw order. A control's standalone second
question is answered by another document (GG022 handbook -> 机关处室, GG023 机关处室 -> 办法,
GG024 办法 -> handbook, GG025 通知 -> 机关处室; GG034 c_62179 -> n22, GG038 n19 -> n17, GG042
c_58542 -> n21, GG044 n10 -> n06); the unanswerable follow-ups (GG019, GG020, GG021, GG027,
GG033, GG049) were checked by grepping their key terms (结转/留到/明年/下一年, 停机/升级/维护,
核实确认, 征集期限, 读书班 and 天, 主会场) over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups25 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1253

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n10_立法法_2023.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n07_地方组织法_2022.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
