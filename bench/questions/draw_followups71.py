"""The seeded draw of shared-corpus documents behind bench/questions/followups71.jsonl.

What was done: the 50 pairs of followups71.jsonl (IF001-IF050) were written blind on 2026-12-06
(about 10:35-10:50 UTC by the machine clock) by a helper session on branch `followups71`
(worktree /work/p51fu71), from the plain text of the documents only (reading, cat, grep, sed and
small standard-library Python scripts kept in /tmp/followups71 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script; this
draw module was run once, after COUNTS was filled in, only to print the order, and
tests/test_question_sets.py only at the end, for its followups71 row (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups70.jsonl's answer phrases (added to the overlap check).

IF001-IF025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). IF026-IF050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 17 documents of the draw (eight
laws n22, n19, n23, n20, n11, n24, n07 and n13 two pairs each, nine news items one each, which
made 25). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a document the writer
chose the first message's fact and the follow-up's answer among facts whose answer spans have no
hit in bench/questions/README.md or in the earlier sets' question texts (nor in followups70's
answer phrases), lie wholly in stretches with no 6-character window in either, and share no two
4-character windows with an earlier question text; keyword and character-bigram scans of the
earlier question texts then showed which facts had been asked before in other words (see the
README section), and some second messages were replaced by fresher ones; no drawn document was
substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph, item or note of the same document, and 6 in another document (IF008 handbook ->
社情民意办法 第六条 (（四）标题醒目。标题应当直接点), IF013 机关处室 -> 社情民意办法 第九条
(（二）情况特别紧急的，可以先电), IF018 社情民意办法 -> handbook 第十五条 (、信访事项以); IF030
c_39907 -> c_60860 第5段 (培育骨干、带领群众开展), IF037 n23 -> n24 第三条
(村民居住状况、人口多少，按照), IF048 n13 -> n20 第十三条 (研究办理的，交办时应当)).

Controls (is_followup false, a standalone second question answered by another document): IF010
handbook -> 征集通知 七、有关要求 (的基础上，多到基层一), IF015 机关处室 -> 社情民意办法 第十一条
(（一）编入市政协), IF020 社情民意办法 -> handbook 第二十一条 (。重点提案和优秀提), IF025
征集通知 -> 机关处室 二、（四） (委员联络和服务；负责); IF027 c_61454 -> n22 第七条
(，通过国务院民政部门指定的), IF041 n11 -> n07 第八十一条 (的需要，可以建立跨部门指挥协调),
IF043 n24 -> n22 第四十三条 (，应当遵守本条例和), IF050 c_60319 -> n22 第十九条
(、培训情况、表彰奖励情况、评价).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): IF009 (whether a member is told by text message when points are taken off; 短信 in
no sample), IF014 (whether one may smoke in the 机关大楼; 烟 in no sample), IF019 (whether a
社情民意 piece may be sent to the 工作室 by WeChat; 微信 in no sample), IF034 (how many mu the
grower 杨胜荣 plants; c_62238, the only file naming him, gives no area), IF035 (the year 蒋和生
became 主委; c_60548, the only file naming him, gives none), IF049 (the year 黄炼 became the
研究室's deputy head; c_60860 and c_60915 give none).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups71 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1413

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,  # opens a control
    "n22_志愿服务条例_2017.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,  # jumps to c_60860
    "n19_河南省信访条例_2012.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,  # the second jumps to n24
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,  # the second opens a control
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,  # the second opens a control
    "n07_地方组织法_2022.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second jumps to n20
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # opens an unanswerable pair
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
