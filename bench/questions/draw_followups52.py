"""The seeded draw of shared-corpus documents behind bench/questions/followups52.jsonl.

What was done: the 50 pairs of followups52.jsonl (HM001-HM050) were written blind on 2026-12-05
(about 14:07-14:20 UTC by the machine clock) by a helper session on branch `followups52`
(worktree /work/wt-fu52), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu52 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups51.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HM001-HM025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HM026-HM050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item; c_151, the
CPPCC introduction, is news by bench.draws.is_law), until 25 pairs were written: the first 18
documents of the draw (seven laws, two pairs each, and eleven news items, one each; the
eighteenth document, c_60915, a news item, made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
among facts bench/questions/README.md names least as asked (checked by counting hits of terms in
that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HM005 handbook -> 机关处室
(0000-5550102), HM006 handbook -> 机关处室 (208室), HM018 办法 -> 征集通知 (城乡污水、垃圾治理);
HM036 n18 -> n20 (三个月内将办理结果书面答复代表), HM043 n23 -> n15 (公布会议议题和议程), HM049
n20 -> n12 (说明情况，经同意后退回)).

Controls (is_followup false, a standalone second question answered by another document): HM009
handbook -> 机关处室 (转交相关处室办理), HM014 机关处室 -> handbook (闭会期间提出的为平时提案),
HM019 办法 -> handbook (视察、调研、协商、评议等活动), HM025 征集通知 -> handbook (群众急难愁盼问题);
HM028 c_62022 -> n23 (北京市民政局负责解释), HM032 n14 -> n25 (权利人同意公开), HM041 n15 -> n12
(上海人大代表履职平台), HM046 c_60567 -> n18 (外国人、无国籍人).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HM010 (whether a member's fares to an inspection are refunded), HM015 (which bus goes to the
CPPCC building), HM020 (whether a 特约信息员 is paid or subsidised), HM033 (how many members asked
leave from the sixth session of the fifth Hechi CPPCC; c_61578 gives 应到 and 实到 only), HM045
(the court fee of a government-information lawsuit), HM050 (what the market's renovation cost;
c_60915 gives no sum).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups52 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1323

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "c_151_中国人民政治协商会议简介.txt": 1,  # news by bench.draws.is_law (not c_154)
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens a control
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # the second opens a control
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # opens an unanswerable pair
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n18_浙江省信访条例_2016.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # the second opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # the second opens an unanswerable pair
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,  # the eighteenth document: opens an unanswerable pair, makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
