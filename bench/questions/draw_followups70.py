"""The seeded draw of shared-corpus documents behind bench/questions/followups70.jsonl.

What was done: the 50 pairs of followups70.jsonl (IE001-IE050) were written blind on 2026-12-06
(about 09:54-10:10 UTC by the machine clock) by a helper session on branch `followups70`
(worktree /work/wt_followups70), from the plain text of the documents only (reading, cat, grep,
sed and small standard-library Python scripts kept in /tmp/followups70 that import nothing from
the repository, not even bench.draws: the draw was reproduced there with a standard-library copy
of bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script;
this draw module was run once, after COUNTS was filled in, only to print the order, and
tests/test_question_sets.py only at the end, for its followups70 row (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups69.jsonl's answer phrases (added to the overlap check) and, printed, its
rows' ids, documents, sections, kinds, flags and phrases, for the format.

IE001-IE025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). IE026-IE050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 18 documents of the draw (seven
laws n20, n25, n13, n02, n03, n11 and n04 two pairs each, eleven news items one each, which made
25). COUNTS gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in
draw order. This draw picks documents, not articles; within a document the writer chose the first
message's fact and the follow-up's answer among facts whose answer spans have no hit in
bench/questions/README.md or in the earlier sets' question texts (nor in followups69's answer
phrases), lie wholly in stretches with no 6-character window in either, and share no two
4-character windows with an earlier question text; keyword and character-bigram scans of the
earlier question texts then showed which facts had been asked before in other words (see the
README section), and some second messages were replaced by fresher ones; no drawn document was
substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph, item or note of the same document, and 6 in another document (IE008 handbook ->
机关处室 二、（八） (、账号被锁), IE013 机关处室 -> 社情民意办法 第十二条 (，应当及时反馈报送),
IE018 社情民意办法 -> 机关处室 七、（三） (信访人也可以通过); IE032 n13 -> n20 第十七条
(及其办理情况), IE040 n03 -> n25 第十二条 (相关资料、提供复制件或者其他), IE043 c_61454 ->
c_61578 第8段 (，全体委员紧扣)).

Controls (is_followup false, a standalone second question answered by another document): IE010
handbook -> 征集通知 五、工作安排 (会对已提交), IE015 机关处室 -> 社情民意办法 第十条
(，重点审查信息是否属于本办法第), IE020 社情民意办法 -> 机关处室 二、（五） (每届集中培训；),
IE025 征集通知 -> 社情民意办法 附件 (，按照步行可达的原则合理布点；); IE028 c_60695 -> n02
第十六条 (应当建立健全年轻干部和新录用干), IE030 n25 -> n02 第四十条 (报告，并提出完善政策的建议。),
IE042 n11 -> n02 第二十六条 (以财物诱使、幕后), IE044 c_62179 -> n02 第三十七条
(依法终结的相关信访人，应当做好).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): IE009 (whether one member may belong to two 界别 at once; no file of either folder
says), IE014 (whether a pet may come along into the 机关大楼; 宠物 in no file of either folder),
IE019 (whether a video may be sent with a 社情民意 piece; 视频 in no sample), IE035 (which member
proposed the 夜间经济 proposal reviewed by the 河池 评议会; c_60368 names no proposer), IE045 (at
what time the 五届六次会议's closing session ended; c_61578 gives only 下午), IE049 (how many
people attended the 政绩观 读书班暨专题学习会; c_62022 gives no number).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups70 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1409

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens a control
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # the second opens a control
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second jumps to n20
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # opens an unanswerable pair
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,  # the second jumps to n25
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,  # the second opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,  # jumps to c_61578
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens a control
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # opens an unanswerable pair
    "c_61580_书写政协履职新答卷.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens an unanswerable pair
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
