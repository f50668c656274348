"""The seeded draw of shared-corpus documents behind bench/questions/followups64.jsonl.

What was done: the 50 pairs of followups64.jsonl (HY001-HY050) were written blind on 2026-12-06
(about 01:13-01:35 UTC by the machine clock) by a helper session on branch `followups64`
(worktree /work/wt-followups64), from the plain text of the documents only (reading, cat, grep, sed
and small standard-library Python scripts kept in /tmp/followups64 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script, not
even this draw module, and tests/test_question_sets.py only at the end (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups63.jsonl read whole for the format and style (its answer phrases were added
to the overlap check).

HY001-HY025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HY026-HY050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 16 documents of the draw (nine
laws n19, n16, n04, n07, n24, n20, n08, n17 and n09 two pairs each, and seven news items one each;
the sixteenth document, n09, a law, made 25). COUNTS gives how many pairs each drawn document opens
(its file is the pair's `first_doc`), in draw order. This draw picks documents, not articles;
within a document the writer chose the first message's fact and the follow-up's answer among facts
whose answer spans have no hit in bench/questions/README.md or in the earlier sets' question texts
(nor in followups63's answer phrases), lie wholly in stretches with no 6-character window in
either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then replaced facts asked before in other
words (see the README section), so no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HY008 handbook -> 社情民意办法
第九条 (需要立即引起重视的紧急情况), HY013 机关处室 -> 社情民意办法 第三条 (具体办事机构), HY024 征集通知 ->
机关处室 二、（三） (写法和篇幅); HY029 n19 -> n16 第五十二条 (承担社会公共管理职能的企事业), HY047 n17 ->
n24 第四十四条 (截留、坐支集体收入), HY050 n09 -> n24 第四十四条 (户籍迁移、殡葬)).

Controls (is_followup false, a standalone second question answered by another document): HY009
handbook -> 社情民意办法 附件 (雨雪天气尤为不便), HY014 机关处室 -> 征集通知 三 (保护和传承临江), HY019
社情民意办法 -> handbook 第四十一条 (保密纪律), HY025 征集通知 -> 机关处室 二、（一） (机关值班联系); HY032
c_60915 -> n04 第十五条 (政务新媒体以及报刊), HY034 c_60548 -> n04 第十二条 (与有关政策相衔接), HY043
c_60860 -> n07 第六十条 (扩大代表对各项工作的参与), HY046 n08 -> n07 第七十九条 (优化协同高效以及精干的原则).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HY010 (whether the annual 履职报告 may be ghost-written; 代写 in no file), HY015
(a rest room for members in the 机关大楼; 休息室 in no file), HY020 (reporting urgent 社情民意 by a
WeChat voice message; 语音 in no file, 微信 only in c_58542 on another matter), HY026 (whether study
material was handed out at the 民宗委 座谈会; c_60319 says nothing of it), HY033 (whether the
涉外法治 双周协商座谈会 was streamed; 直播 not in c_62245, only in c_60811 on another matter), HY044
(which grade of protected cultural relic the 魁星楼 is; 文物保护 in no file).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups64 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1375

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n16_上海市信访条例_2018.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,  # opens a control
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens a control
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # opens a control
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # opens an unanswerable pair
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "n17_山东省村务公开条例_2018.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,  # made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
