"""The seeded draw of shared-corpus documents behind bench/questions/followups40.jsonl.

What was done: the 50 pairs of followups40.jsonl (GW001-GW050) were written blind on 2026-12-05
(about 02:13-02:24 UTC by the machine clock) by the helper session "fu40" on branch `followups40`
(worktree /work/wt-fu40), from the plain text of the documents only (reading, cat, grep, awk, sed
and small Python string scripts kept in /tmp/fu40 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups39.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GW001-GW025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GW026-GW050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter c_154,
one per news item), until 25 pairs were written: the first 16 documents of the draw (nine laws
and the charter, of which n11, the last, opens one pair because the 25 were reached; six news
items one each). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a law the writer
chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by short-window search over that
README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GW008 handbook -> 办法
(由省政协决定是否采用), GW013 机关处室 -> 办法 (5个工作日内完成初审), GW018 办法 -> handbook
(以本组织名义); GW033 n12 -> n21 (十个工作日内 交办), GW040 n17 -> n09 (离任经济责任审计),
GW045 n21 -> n11 (代表证号码)).

Controls (is_followup false, a standalone second question answered by another document): GW010
handbook -> 机关处室 (打招呼、批条子), GW015 机关处室 -> handbook (一般不超过2000字), GW020 办法 ->
通知 (提案＋提案人姓名), GW025 通知 -> 机关处室 (代表人数不超过5人); GW031 n06 -> n04 (不作重复评估),
GW035 c_154 -> n12 (闭会后一个月内组织召开), GW042 n02 -> n17 (十分之一以上村民), GW048 c_60567 ->
n09 (不得担任村务监督机构成员).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
GW009 (whether a member's yearly 履职积分 has a cap), GW014 (how many staff the 社情民意信息工作室
has), GW019 (how long a 领导批示件 takes to be handled), GW043 (what the 七千两 of silver raised for
the 魁星楼 is worth today), GW047 (who wrote the 《向导》 report on 东兰), GW049 (how many members
spoke at the 2025 民族宗教委员会 座谈会).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups40 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1285

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n18_浙江省信访条例_2016.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n06_监督法_2024.txt": 2,  # the second opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "n02_信访工作条例_2022.txt": 2,  # the second opens a control
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # opens an unanswerable pair
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,  # opens an unanswerable pair
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
