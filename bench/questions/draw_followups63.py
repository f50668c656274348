"""The seeded draw of shared-corpus documents behind bench/questions/followups63.jsonl.

What was done: the 50 pairs of followups63.jsonl (HX001-HX050) were written blind on 2026-12-06
(about 00:32-00:50 UTC by the machine clock) by a helper session on branch `followups63`
(worktree /work/wt-followups63), from the plain text of the documents only (reading, cat, grep, sed
and small standard-library Python scripts kept in /tmp/followups63 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script, not
even this draw module, and tests/test_question_sets.py only at the end (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups62.jsonl read whole for the format and style (its answer phrases were added
to the overlap check).

HX001-HX025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HX026-HX050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 17 documents of the draw (eight
laws n07, n19, n11, n10, n04, n14, n05 and n16 two pairs each, and nine news items one each; the
seventeenth document, n16, a law, made 25). COUNTS gives how many pairs each drawn document opens
(its file is the pair's `first_doc`), in draw order. This draw picks documents, not articles;
within a document the writer chose the first message's fact and the follow-up's answer among facts
whose answer spans have no hit in bench/questions/README.md or in the earlier sets' question texts
(nor in followups62's answer phrases), lie wholly in stretches with no 6-character window in
either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then replaced seven facts and two unanswerable
follow-ups that had been asked before in other words (see the README section), so no drawn document
was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HX005 handbook -> 机关处室
七、（二） (应当耐心听取意见), HX012 机关处室 -> 社情民意办法 第二条 (是人民政协履行职能的重要方式),
HX024 征集通知 -> handbook 第十五条 (内部事务的); HX035 n19 -> n16 第二十三条 (接受馈赠或者收受贿赂),
HX044 n14 -> n16 第三条 (依法参与管理社会公共事务), HX046 n05 -> n07 第十八条 (负责处理主席团的日常
工作)).

Controls (is_followup false, a standalone second question answered by another document): HX009
handbook -> 社情民意办法 附件 (中央厨房＋配送), HX014 机关处室 -> handbook 卷首说明 (最常用的规定和办事程序),
HX019 社情民意办法 -> handbook 第二十九条 (因病、因公或者其他原因), HX025 征集通知 -> handbook 第二十七条
(围绕全市重点工作开展); HX027 c_62245 -> n07 第八十一条 (跨部门指挥协调机制), HX032 c_62022 -> n19
第十七条 (司法机关应当及时依法处理), HX039 n10 -> n07 第五十九条 (可以在街道设立工作机构), HX047 c_60695
-> n05 第五十六条 (发挥作用的典型事迹).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HX010 (trading 履职积分 for a reward; 兑换 in no file, 奖励 in no sample), HX015
(whether to bring an ID card to the 机关大楼; 身份证 in no sample, only in n03 and n18 on other
matters), HX020 (a phone app for urgent 社情民意 items; APP, 手机, 客户端 and 小程序 in no sample and no
shared file), HX026 (who signed the 民进中央 notice; 签发 not in c_60567), HX033 (whether the 3月24日
党组扩大会议 split into groups; 分组 not in c_61880), HX048 (how many growers came to the 天峨 training;
c_62238 gives no count).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups63 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1371

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens an unanswerable pair
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens a control
    "n07_地方组织法_2022.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "n19_河南省信访条例_2012.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n10_立法法_2023.txt": 2,  # the second opens a control
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens a control
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "n16_上海市信访条例_2018.txt": 2,  # made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
