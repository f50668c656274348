"""The seeded draw of shared-corpus documents behind bench/questions/followups62.jsonl.

What was done: the 50 pairs of followups62.jsonl (HW001-HW050) were written blind on 2026-12-05
(about 22:45-23:00 UTC by the machine clock) by a helper session on branch `followups62`
(worktree /work/wt-followups62), from the plain text of the documents only (reading, cat, grep and
small standard-library Python scripts kept in /tmp/followups62 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script, not
even this draw module, and tests/test_question_sets.py only at the end (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups61.jsonl read whole for the format and style (its answer phrases were added
to the overlap check).

HW001-HW025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HW026-HW050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 18 documents of the draw (seven
laws n17, n12, n09, n24, n02, n14 and n25 two pairs each, and eleven news items one each; the
eighteenth document, c_62147, a news item, made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a document the writer chose the first message's fact and the follow-up's answer
among facts whose answer spans have no hit in bench/questions/README.md or in the earlier sets'
question texts (nor in followups61's answer phrases), lie wholly in stretches with no 6-character
window in either, and share no two 4-character windows with an earlier question text (five spans
were replaced after the file was first written, when that last scan showed their facts asked
before; see the README section), so no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HW008 handbook -> 机关处室
二、（八） (页面无法打开), HW018 社情民意办法 -> handbook 第三十七条 (学习党的理论和路线方针政策),
HW024 征集通知 -> 机关处室 二、（二） (审查、立案、并案和交办); HW036 n09 -> n24 第三十条
(村文书、村报账员), HW045 n14 -> n12 第八条 (代转信件或者有关材料), HW048 c_60695 -> c_60811
第32段 (成立领导小组、制定方案)).

Controls (is_followup false, a standalone second question answered by another document): HW009
handbook -> 社情民意办法 (是否符合第六条规定的撰写要求), HW014 机关处室 -> handbook
(国民经济和社会发展计划), HW019 社情民意办法 -> 机关处室 (负责机关值班), HW025 征集通知 ->
社情民意办法 (没有新的情况和建议); HW034 c_62245 -> n17 (确保档案资料真实、完整), HW037 c_62022
-> n14 (惠民、利民、便民工作举措), HW040 n02 -> n25 (原告申请停止公开), HW049 c_60547 -> n24
(服务半径、资源配置).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HW010 (a downloadable template for the annual report; 模板 and 样本 in no file,
范本 only in c_60860, n14 and n17 on other matters), HW015 (the bus to the 机关大楼; 公交 and 地铁
in no file), HW020 (a cash prize for a year's best 社情民意 item; 奖金 in no file, 奖励 in no
sample), HW027 (how many attended the 民宗委 work meeting; c_60319 gives no count), HW042 (how many
went with 许显辉; c_62179 names some and gives no total), HW050 (what the Beijing trip cost;
经费, 花费 and 费用 not in c_62147).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups62 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1365

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens a control
    "n09_村民委员会组织法_2018.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens a control
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n02_信访工作条例_2022.txt": 2,  # the first opens a control
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens an unanswerable pair
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens a control
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens an unanswerable pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
