"""The seeded draw of shared-corpus documents behind bench/questions/followups39.jsonl.

What was done: the 50 pairs of followups39.jsonl (GV001-GV050) were written blind on 2026-12-05
(about 00:01-00:10 UTC by the machine clock) by the helper session "fu39" on branch `followups39`
(worktree /work/wt-fu39), from the plain text of the documents only (reading, cat, grep, awk, sed
and small Python string scripts kept in /tmp/fu39 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups38.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GV001-GV025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GV026-GV050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter c_154,
one per news item), until 25 pairs were written: the first 17 documents of the draw (eight laws
opening two pairs each, nine news items one each). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents,
not articles; within a law the writer chose the first message's article and the follow-up's
answer among facts bench/questions/README.md names least as asked (checked by short-window
search over that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GV008 handbook -> 机关处室
(委员读书活动的参加方式 with the 学习和文史委员会), GV013 机关处室 -> handbook (考核 分为四个等次),
GV018 办法 -> 机关处室 (信息被哪一级采用 asked of the 社情民意信息工作室); GV028 c_151 -> c_154
(省级政协 设立办公厅), GV036 n11 -> n13 (联名建议 请领衔代表转复其他代表), GV046 n17 -> n09
(村务档案 土地发包方案和承包合同)).

Controls (is_followup false, a standalone second question answered by another document): GV010
handbook -> 机关处室 (闭幕后 恢复由机关对应处室办理), GV015 机关处室 -> handbook (广告代言), GV020
办法 -> handbook (委员工作室负责解释), GV025 通知 -> 机关处室 (不接受商业推介); GV030 c_154 -> n22
(实践学分), GV032 c_60567 -> n07 (设秘书长一人), GV040 n19 -> n22 (公务员考录), GV050 c_60319 ->
n19 (司法机关应当及时依法处理).

Unanswerable follow-ups, checked by grepping their key terms over both folders (none answers):
GV009 (how many days a 全会 leave request takes to approve), GV014 (who chairs the 经济科技委员会),
GV019 (in which month the 优秀社情民意 results are announced), GV031 (how much money 天峨 gave to the
珍珠李 枯枝病 trials), GV044 (the next 双周协商座谈会's topic), GV047 (the day the 河池 五届 委员名单
was adopted).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups39 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1281

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n09_村民委员会组织法_2018.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,  # the second opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens an unanswerable pair
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
