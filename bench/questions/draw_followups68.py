"""The seeded draw of shared-corpus documents behind bench/questions/followups68.jsonl.

What was done: the 50 pairs of followups68.jsonl (IC001-IC050) were written blind on 2026-12-06
(about 06:34-06:50 UTC by the machine clock) by a helper session on branch `followups68`
(worktree /work/wt_fu68), from the plain text of the documents only (reading, cat, grep, sed and
small standard-library Python scripts kept in /tmp/followups68 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script;
this draw module was run once, after COUNTS was filled in, only to print the order, and
tests/test_question_sets.py only at the end (pass/fail only)); of the earlier pair files only the
fields first/followup/resolved of followups*.jsonl and english_followups.jsonl and the field
question of own*.jsonl were read, by a script, for overlap counts, plus followups67.jsonl's
answer phrases (added to the overlap check) and two of its lines, for the format.

IC001-IC025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). IC026-IC050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 17 documents of the draw (eight
laws n11, n14, n15, n09, n18, n08, n24 and n02 two pairs each, eight news items one each, and the
seventeenth document, n21, a law, one pair, which made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a document the writer chose the first message's fact and the follow-up's answer
among facts whose answer spans have no hit in bench/questions/README.md or in the earlier sets'
question texts (nor in followups67's answer phrases), lie wholly in stretches with no 6-character
window in either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then showed which facts had been asked before
in other words (see the README section), and a few second messages were replaced by fresher ones;
no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph, item or note of the same document, and 6 in another document (IC007 handbook ->
机关处室 三、常见事项办理去向 (心（210室，), IC014 机关处室 -> handbook 第十五条 (代为提出。), IC019
社情民意办法 -> handbook 第十二条 (405室），); IC037 n09 -> n24 第四十三条 (主管部门应当在二十日内调查核),
IC038 n09 -> n24 第二十一条 (经常性地征求、听取所联系户), IC040 n18 -> n02 第二十八条
(恪尽职守、秉公办事，查明事实、)).

Controls (is_followup false, a standalone second question answered by another document): IC005
handbook -> 社情民意办法 第七条 (理论探讨和工作总结；), IC013 机关处室 -> 社情民意办法 第十条
(，重点审查信息是否属于本办法第), IC018 社情民意办法 -> 机关处室 二、（六） (围绕经济发展、产业转型、科技创),
IC024 征集通知 -> handbook 第三十九条 (、广告代言，或者); IC029 c_151 -> c_60811 第13段
(以“筑牢生态文明根基), IC031 n14 -> c_60811 第37段 (调研廉政建设示范点), IC042 c_61578 -> c_60811
第10段 (民建先贤抗战故事), IC044 n08 -> n09 第二十五条 (人数较多或者居住分散).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): IC009 (whether a 会议请假单 needs the member's work unit's stamp; 盖章 in no sample),
IC015 (whether the 机关大楼 has a lift; 电梯 in no file of either folder), IC020 (how many days the
社情民意 writing course lasts; the 办法's 第十四条 gives only 每年至少组织一次), IC032 (whether the 民进
中央 notice asks for a special training course; 培训 not in c_60567), IC035 (who chaired the 2025
提案办理评议 meeting; 主持 not in c_60368, the only file about it), IC036 (which firms the 工商联
members of the fifth 河池 CPPCC lead; c_2522 gives names, sex and nationality only).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups68 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1393

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_151_中国人民政治协商会议简介.txt": 1,  # opens a control
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # the second opens a control
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens an unanswerable pair
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # opens an unanswerable pair
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens an unanswerable pair
    "n09_村民委员会组织法_2018.txt": 2,  # both jump to n24
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n18_浙江省信访条例_2016.txt": 2,  # the first jumps to n02
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # opens a control
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n02_信访工作条例_2022.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 1,  # a law opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
