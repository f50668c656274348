"""The seeded draw of shared-corpus documents behind bench/questions/followups69.jsonl.

What was done: the 50 pairs of followups69.jsonl (ID001-ID050) were written blind on 2026-12-06
(about 08:51-09:05 UTC by the machine clock) by a helper session on branch `followups69`
(worktree /work/wt_followups69), from the plain text of the documents only (reading, cat, grep,
sed and small standard-library Python scripts kept in /tmp/followups69 that import nothing from
the repository, not even bench.draws: the draw was reproduced there with a standard-library copy
of bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script;
this draw module was run once, after COUNTS was filled in, only to print the order, and
tests/test_question_sets.py only at the end, for its followups69 row (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups68.jsonl's answer phrases (added to the overlap check) and, printed, two of
its lines and its rows' ids, kinds, sections, phrases and messages, for the format.

ID001-ID025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). ID026-ID050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 19 documents of the draw (six
laws n24, n15, n13, c_154, n10 and n07 two pairs each, twelve news items one each, and the
nineteenth document, n12, a law, one pair, which made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a document the writer chose the first message's fact and the follow-up's answer
among facts whose answer spans have no hit in bench/questions/README.md or in the earlier sets'
question texts (nor in followups68's answer phrases), lie wholly in stretches with no 6-character
window in either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then showed which facts had been asked before
in other words (see the README section), and some second messages were replaced by fresher ones;
no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph, item or note of the same document, and 6 in another document (ID007 handbook ->
机关处室 六、知识库无法回答时 (08室），), ID013 机关处室 -> handbook 第二十九条 (，应当于会议开幕),
ID018 社情民意办法 -> 机关处室 七、（二） (将材料连同《); ID028 n24 -> n09 第十七条 (当选无效。),
ID034 n15 -> n08 第四条 (财产，任何部门和单位不得侵犯), ID038 n13 -> n12 第二十一条
(意见反馈表》，对)).

Controls (is_followup false, a standalone second question answered by another document): ID010
handbook -> 社情民意办法 第六条 (或者核心建议，), ID014 机关处室 -> 社情民意办法 第十一条
(，并在编报件中), ID019 社情民意办法 -> 机关处室 二、（七） (围绕教育、医), ID025 征集通知 ->
handbook 第三十四条 (本年度参加会议、提交提案、); ID036 c_151 -> n07 第七十八条
(，分别由县长、副县长，市长、副), ID040 c_61880 -> n10 第四十四条 (单独表决。), ID044 n10 -> n07
第八十条 (实际需要，可以共同建立跨行政区), ID049 n07 -> n10 第三十二条 (案中的主要问题进行讨论。).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): ID009 (whether a 年度履职报告 needs the signature of the member's unit's leader;
签字 in no sample), ID015 (whether a child may come along into the 机关大楼; 小孩 in no file of either
folder), ID020 (whether the year's best 社情民意 pieces are printed in a newspaper; 报纸 and 刊登 in
no sample), ID031 (where the minutes of the 五届60次主席会议 can be read; 纪要 in no file of either
folder), ID035 (whether the 民进中央 notice asks for an assessment of how it is carried out; 考核
not in c_60567), ID039 (how many proposals the 九三学社 法治座谈会 produced; c_60547 gives no number).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups69 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1401

# pairs written per drawn document, in draw order (19 documents, 25 pairs)
COUNTS = {
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,  # the second jumps to n09
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # opens an unanswerable pair
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # the second jumps to n08
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens an unanswerable pair
    "c_151_中国人民政治协商会议简介.txt": 1,  # opens a control
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second jumps to n12
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens an unanswerable pair
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens a control
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n10_立法法_2023.txt": 2,  # the second opens a control
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n07_地方组织法_2022.txt": 2,  # the second opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 1,  # a law opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
