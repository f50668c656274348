"""The seeded draw of shared-corpus documents behind bench/questions/followups37.jsonl.

What was done: the 50 pairs of followups37.jsonl (GT001-GT050) were written blind on 2026-12-04
(about 22:05-22:13 UTC by the machine clock) by the helper session "fu37" on branch `followups37`
(worktree /work/wt-fu37), from the plain text of the documents only (reading, cat, grep, awk, sed
and small Python string scripts kept in /tmp/fu37 that import nothing from kb/ or bot/, only
bench.draws; no bot, no `ingest.py`, no search or retrieval, no bench or eval script other than
this draw and tests/test_question_sets.py (pass/fail only), no existing pair or question file
except the first 3 lines of followups36.jsonl for the format, nothing under bot/, kb/ or docs/,
not CHANGELOG.md).

GT001-GT025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GT026-GT050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 17 documents of the draw (eight laws opening two pairs each,
nine news items one each). COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law the
writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by short-window search and counts over
that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph
or item as the first message (another fact of it), 14 in another article, heading, paragraph or
item of the same document, and 6 in another document (GT008 handbook -> 机关处室 (学习和文史委员会's
room), GT018 办法 -> 通知 (e-mailing a 提案), GT024 通知 -> handbook (答复 copied to co-signers);
GT037 n21 -> n12 (七个工作日内), GT041 c_62238 -> c_2522 (龙慧芬 in the member list), GT044
c_62022 -> c_61880 (the 政绩观 study campaign's 纠治 requirement)).

Controls (is_followup false, a standalone second question answered by another document): GT010
handbook -> 机关处室 (信访局 address), GT015 机关处室 -> 办法 (紧急 label), GT020 办法 -> 通知
(system opening), GT025 通知 -> 办法 (特约信息员's points); GT028 c_61880 -> n04 (听证会记录),
GT043 n08 -> n14 (施行 date), GT046 c_61580 -> n04 (归档), GT050 n04 -> n19 (施行 date).

Unanswerable follow-ups, checked by grepping their key terms over both folders (none answers):
GT009 (travel costs of 视察调研 reimbursed?), GT014 (who heads the 经济科技委员会), GT019 (issues
of 临江社情民意 a month), GT035 (whether the 全国政协 新年茶话会 had a 文艺 performance), GT038
(how many attended the 农工党 思想政治工作会议), GT045 (the first head of 合寨村's 村民委员会).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups37 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1277

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n19_河南省信访条例_2012.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens a control
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # opens an unanswerable pair
    "c_61580_书写政协履职新答卷.txt": 1,  # opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,  # the second opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
