"""The seeded draw of shared-corpus documents behind bench/questions/followups18.jsonl.

What was done: the 50 pairs of followups18.jsonl (FQ001-FQ050) were written blind on 2026-12-02
(about 02:24-02:28 UTC by the machine's clock) by the helper session "fu21" on branch
`followups18`, from the plain text of the documents only (reading, grep, sed, awk and small
Python string scripts that import nothing from kb/ or bot/; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail
and assertion messages only), no existing pair or question file except the first 3 lines of
followups17.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FQ001-FQ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 6, 4, 4 and 4
of the answerable follow-ups FQ001-FQ018). FQ026-FQ050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each (two per law, one per news item), until 25 pairs were written. COUNTS gives how many
pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. A control's
standalone second question is answered by another document (FQ022 handbook -> 办法, FQ023 机关处室
-> 办法, FQ024 办法 -> handbook, FQ025 通知 -> handbook; FQ032 n13 -> n03, FQ043 n08 -> n09,
FQ049 n02 -> c_154, FQ050 c_61598 -> c_154); the unanswerable follow-ups (FQ019-FQ021, FQ028,
FQ041, FQ047) were checked by grepping their key terms over both folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set, and also_docs is every other file of the same part that carries a phrase (FQ002 -> the
通知; FQ004 -> the 办法; FQ007 -> the 通知 and the handbook; no shared-corpus pair has one).

Run `python -m bench.questions.draw_followups18 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1239

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n18_浙江省信访条例_2016.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n07_地方组织法_2022.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
