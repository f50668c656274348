"""The seeded draw of shared-corpus documents behind bench/questions/followups50.jsonl.

What was done: the 50 pairs of followups50.jsonl (HK001-HK050) were written blind on 2026-12-05
(about 11:42-11:55 UTC by the machine clock) by the helper session "fu50" on branch `followups50`
(worktree /work/wt-fu50), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu50 that import nothing from kb/ or bot/, only
bench.draws, this module and the standard library; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail only), no existing pair or question file except the first 3 lines of
followups49.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

HK001-HK025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HK026-HK050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 15 documents of the draw (ten laws, two pairs each, and five news
items, one each; the fifteenth document, c_58542, a news item, made 25). COUNTS gives how many
pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. This draw
picks documents, not articles; within a law the writer chose the first message's article and the
follow-up's answer among facts bench/questions/README.md names least as asked (checked by
counting hits of terms in that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HK005 handbook -> 办法
(第一作者计全额分值), HK013 机关处室 -> handbook (写明请假事由和请假时间), HK018 办法 -> 机关处室
(查询履职档案和积分); HK035 n20 -> n11 (在二个月内重新答复代表), HK040 n06 -> n07
(十分之一以上代表书面联名), HK050 c_58542 -> c_60368 (夜间经济、营商环境)).

Controls (is_followup false, a standalone second question answered by another document): HK009
handbook -> 机关处室 (临江市信访局来信办理科), HK014 机关处室 -> handbook (不得编造、夸大事实),
HK019 办法 -> handbook (注明数据来源), HK025 通知 -> handbook (在商业活动中使用委员头衔); HK031 n08
-> n16 (由其监护人代为提出), HK033 n25 -> n06 (备案审查工作情况报告), HK036 c_151 -> n07
(建立居民列席有关会议的制度), HK044 n13 -> n20 (常委会任命干部的述职报告).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HK010 (how many days a 常委会 meeting lasts), HK015 (whether members may borrow a room of the
机关 for a group meeting), HK020 (in which month the 社情民意 writing training is held), HK037 (in
which year 韦拔群 died; no file says), HK046 (the number of a Zhejiang 信访 duty telephone; n18
第十二条 only requires that one be published), HK049 (in which year the forty-third 双周协商座谈会
was held; c_62245 gives 4月24日 and no year).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups50 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1311

# pairs written per drawn document, in draw order (15 documents, 25 pairs)
COUNTS = {
    "n16_上海市信访条例_2018.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # the second opens a control
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,  # opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,  # opens an unanswerable pair
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n06_监督法_2024.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second opens a control
    "n18_浙江省信访条例_2016.txt": 2,  # the second opens an unanswerable pair
    "n03_政府信息公开条例_2019.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # the fifteenth document: one pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
