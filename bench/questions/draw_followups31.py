"""The seeded draw of shared-corpus documents behind bench/questions/followups31.jsonl.

What was done: the 50 pairs of followups31.jsonl (GN001-GN050) were written blind on 2026-12-03
by the helper session "fu31" on branch `followups31` (worktree /work/wt-fu31), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu31 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no
existing pair or question file except the first 3 lines of followups30.jsonl for the format,
nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GN001-GN025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GN026-GN050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 17 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose a pair of articles (the first message's and another one
for the follow-up) whose facts bench/questions/README.md does not name as asked (checked by
short-window grep of that README), so no drawn article was substituted. This set aims at
follow-ups whose answer sits in another article, heading or paragraph than the first message's:
all 36 answerable follow-ups do (none in another document). News items whose facts are all or
nearly all named as asked open only a control or an unanswerable pair (c_2522, c_61880 and
c_62245 controls; c_60737 and c_60915 unanswerable pairs), and n25, nearly exhausted, opens one
unanswerable pair and one control. A control's standalone second question is answered by another
document (GN010 handbook -> 通知, GN015 机关处室 -> handbook, GN020 办法 -> 机关处室, GN025 通知 ->
办法; GN034 c_2522 -> n06, GN041 c_61880 -> n11, GN045 c_62245 -> n04, GN050 n25 -> n05); the
unanswerable follow-ups (GN009, GN014, GN024, GN029, GN048, GN049) were checked by grepping their
key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups31 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1265

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n01_宪法.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # its counts named as asked: opens a control
    "n18_浙江省信访条例_2016.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # its facts named as asked: opens a control
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # its facts named as asked: opens a control
    "n06_监督法_2024.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,  # its facts named as asked: opens an unanswerable pair
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # nearly exhausted: one unanswerable pair, one control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
