"""The seeded draw of shared-corpus documents behind bench/questions/followups49.jsonl.

What was done: the 50 pairs of followups49.jsonl (HJ001-HJ050) were written blind on 2026-12-05
(about 10:45-10:55 UTC by the machine clock) by the helper session "fu49" on branch `followups49`
(worktree /work/wt-fu49), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu49 that import nothing from kb/ or bot/, only
bench.draws, this module and the standard library; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail only), no existing pair or question file except the first 3 lines of
followups48.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

HJ001-HJ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HJ026-HJ050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 19 documents of the draw (six laws, two pairs each, twelve news
items, one each, and the nineteenth document, n22, a law, one pair, which made 25). COUNTS gives
how many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order.
This draw picks documents, not articles; within a law the writer chose the first message's
article and the follow-up's answer among facts bench/questions/README.md names least as asked
(checked by counting hits of terms in that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HJ006 handbook -> 机关处室
(市政协机关大楼501室), HJ013 机关处室 -> 办法 (群众的思想动态和利益诉求), HJ018 办法 -> handbook
(每次计2分); HJ026 c_60860 -> c_39907 (极得农民信仰), HJ030 n18 -> n02 (自受理之日起60日内办结),
HJ033 c_61578 -> c_62179 (4月14日至15日)).

Controls (is_followup false, a standalone second question answered by another document): HJ009
handbook -> 办法 (社情民意信息工作先进个人), HJ014 机关处室 -> handbook (组织提案人与承办单位面对面沟通),
HJ019 办法 -> handbook (在全体委员范围内通报), HJ025 通知 -> 办法 (应当明确一名联络人); HJ035 c_60319
-> n04 (可以使用上级行政机关的专家库), HJ039 n20 -> n18 (统一的网络信访平台), HJ046 n02 -> n22
(纳入实践学分管理), HJ049 c_2522 -> n05 (语言文字、生活习惯).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HJ010 (whether a member's travel costs for 视察/调研 are reimbursed), HJ015 (whether the 机关 prints
materials for members), HJ020 (how often 《临江社情民意》 comes out), HJ031 (how many people made up
许显辉's 调研组), HJ032 (on which day 民进中央 issued its notice on the 贺词; c_60567 says only 近日),
HJ044 (how much a month the 补贴 of a 人大代表 without fixed pay is; n05 第四十一条 names no sum).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups49 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1309

# pairs written per drawn document, in draw order (19 documents, 25 pairs)
COUNTS = {
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens an unanswerable pair
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens an unanswerable pair
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,  # the second opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n05_人大代表法_2025.txt": 2,  # the second opens an unanswerable pair
    "n02_信访工作条例_2022.txt": 2,  # the second opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens a control
    "n22_志愿服务条例_2017.txt": 1,  # the nineteenth document: one pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
