"""The seeded draw of shared-corpus documents behind bench/questions/followups44.jsonl.

What was done: the 50 pairs of followups44.jsonl (HA001-HA050) were written blind on 2026-12-05
(about 06:28-06:40 UTC by the machine clock) by the helper session "fu44" on branch `followups44`
(worktree /work/wt-fu44), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu44 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups43.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HA001-HA025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HA026-HA050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 17 documents of the draw (eight laws, two pairs each, eight news
items, one each, and the seventeenth document, n16, a law, which opened one pair to make 25).
COUNTS gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in
draw order. This draw picks documents, not articles; within a law the writer chose the first
message's article and the follow-up's answer among facts bench/questions/README.md names least
as asked (checked by counting hits of terms in that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HA008 handbook -> 办法
(社情民意＋报送人姓名), HA013 机关处室 -> handbook (最迟不得超过六个月), HA024 通知 -> handbook
(并写明具体理由); HA032 n08 -> n23 (增加或者减少居民委员会成员人数), HA040 n25 -> n03
(20个工作日内予以答复), HA050 n16 -> n19 (采用书信、电话等形式)).

Controls (is_followup false, a standalone second question answered by another document): HA010
handbook -> 机关处室 (机关各处室不对外办公), HA015 机关处室 -> handbook (逾期未评价的), HA020
办法 -> handbook (不宜参加对该项目的视察评议), HA025 通知 -> handbook (从事商业宣传); HA027
c_61454 -> n04 (向同级党委请示报告), HA044 c_60319 -> n25 (采取适当的审理方式), HA046 n01 -> n09
(公益设施基本资料), HA048 n12 -> n01 (五星照耀下的天安门).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HA009 (how many days the members' 集中培训 lasts), HA014 (the web address of the 信访局's 网上信访
channel), HA019 (how often 《临江社情民意》 comes out), HA028 (how many of the fifth 河池 CPPCC
members are 九三学社 alone; the list counts 民建、民进、九三学社 together), HA034 (how many people
were in 许显辉's 调研组), HA041 (which body manages the 魁星楼 today).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups44 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1295

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,  # opens a control
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens an unanswerable pair
    "n09_村民委员会组织法_2018.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens an unanswerable pair
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # opens an unanswerable pair
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "n01_宪法.txt": 2,  # the second opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,  # the second opens a control
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n16_上海市信访条例_2018.txt": 1,  # the seventeenth document: one pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
