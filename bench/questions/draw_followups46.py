"""The seeded draw of shared-corpus documents behind bench/questions/followups46.jsonl.

What was done: the 50 pairs of followups46.jsonl (HG001-HG050) were written blind on 2026-12-05
(about 08:00-08:10 UTC by the machine clock) by the helper session "fu46" on branch `followups46`
(worktree /work/wt-fu46), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu46 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups45.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HG001-HG025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HG026-HG050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 18 documents of the draw (seven laws, two pairs each, and eleven
news items, one each). COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law the
writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that README),
so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HG010 handbook -> 通知
(提案电子文本), HG013 机关处室 -> handbook (转作社情民意信息), HG018 办法 -> 机关处室 (上午8:30—12:00);
HG038 n04 -> n03 (20个工作日内及时公开), HG043 n18 -> n02 (2022年5月1日起施行), HG045 n23 -> n24
(在本小组村民代表中推选产生)).

Controls (is_followup false, a standalone second question answered by another document): HG008
handbook -> 机关处室 (带有普遍性的问题), HG014 机关处室 -> handbook (由市政协领导领衔督办), HG019
办法 -> handbook (批评教育或者通报), HG025 通知 -> 办法 (转送市级有关部门研究参考); HG029 c_60567 ->
n04 (不得提交决策机关讨论), HG036 n02 -> n24 (二十日内调查核实), HG047 c_60319 -> n03
(设置政府信息查阅场所), HG049 n24 -> n23 (可以向居民委员会提出辞职).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HG009 (whether pictures in a 社情民意 piece count toward its 1500 characters), HG015 (how long the
信息中心 takes to reset a password), HG020 (whether a 社情民意 piece can be withdrawn once sent; only
提案 may be, handbook 第十六条), HG032 (who chairs the 全国工商联), HG041 (how long the 第四十三次
双周协商座谈会 lasted), HG044 (the most a Beijing 居委会 may collect per household for 公益事业).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups46 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1303

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "n05_人大代表法_2025.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "n02_信访工作条例_2022.txt": 2,  # the second opens a control
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "n18_浙江省信访条例_2016.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,  # the first opens an unanswerable pair
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,  # the eighteenth document: its pairs make 25; the first opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
