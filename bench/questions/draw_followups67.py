"""The seeded draw of shared-corpus documents behind bench/questions/followups67.jsonl.

What was done: the 50 pairs of followups67.jsonl (IB001-IB050) were written blind on 2026-12-06
(about 04:31-04:50 UTC by the machine clock) by a helper session on branch `followups67`
(worktree /work/wt_fu67), from the plain text of the documents only (reading, cat, grep, sed and
small standard-library Python scripts kept in /tmp/followups67 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script;
this draw module was run once, after COUNTS was filled in, only to print the order, and
tests/test_question_sets.py only at the end (pass/fail only)); of the earlier pair files only the
fields first/followup/resolved of followups*.jsonl and english_followups.jsonl and the field
question of own*.jsonl were read, by a script, for overlap counts, plus followups66.jsonl read for
the format and style (its answer phrases were added to the overlap check).

IB001-IB025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). IB026-IB050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 17 documents of the draw (eight
laws n24, n11, n20, n18, n25, n23, n02 and n06 two pairs each, eight news items one each, and the
seventeenth document, n10, a law, one pair, which made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a document the writer chose the first message's fact and the follow-up's answer
among facts whose answer spans have no hit in bench/questions/README.md or in the earlier sets'
question texts (nor in followups66's answer phrases), lie wholly in stretches with no 6-character
window in either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then showed which facts had been asked before
in other words (see the README section), and several second messages were replaced by fresher
ones; no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (IB007 handbook -> 机关处室 五
(负责会议期间), IB018 社情民意办法 -> handbook 第四十二条 (规定的，视情节给予谈话), IB024 征集通知 ->
机关处室 一、基本信息 (下午14:30—17:30); IB033 n11 -> n20 第二十九条 (等向社会和代表予以公开), IB039
n18 -> n02 第十八条 (定期下访), IB044 n23 -> n24 第七条 (根据需要可以设立)).

Controls (is_followup false, a standalone second question answered by another document): IB009
handbook -> 社情民意办法 第四条 (从各行业、各领域熟悉情况), IB014 机关处室 -> 社情民意办法 第十四条
(和有关部门同志介绍经验), IB019 社情民意办法 -> handbook 第三十九条 (和其他财物), IB025 征集通知 ->
社情民意办法 第十二条 (应当及时反馈报送); IB030 c_60567 -> n02 第十五条 (坚持和发展新时代“枫桥经),
IB037 n20 -> c_60860 第17段 (针对特殊群体开展上门协商), IB041 n25 -> n18 第二十八条
(为信访人提供法律及其他方面的), IB050 n10 -> c_151 第5段 (组织可根据中国共产).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): IB010 (whether points deducted for an unexcused absence can be earned back; 补回
in no file), IB015 (how long before a locked 提案系统/履职平台 account unlocks itself; the 机关处室
page lists 账号被锁定 only as a question for the 信息中心), IB020 (whether members apply themselves
for the yearly 优秀社情民意信息; the 办法's 第十五条 says only 信息工作室每年组织评选), IB027 (how many
座谈会 the 九三学社 法律专门委员会's 2026 plan holds; c_60547 says only 讨论了2026年工作计划), IB035 (how
many days the 农工党 思想政治工作会议 lasted; c_60548 gives the date only), IB049 (what the 民族宗教
委员会 planned item by item for 2026; c_60319 says only 安排部署2026年…工作).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups67 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1387

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens an unanswerable pair
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,  # the second jumps to n20
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,  # the second opens a control
    "n18_浙江省信访条例_2016.txt": 2,  # the second jumps to n02
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # the second opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,  # the second jumps to n24
    "n02_信访工作条例_2022.txt": 2,
    "n06_监督法_2024.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "n10_立法法_2023.txt": 1,  # a law opening one pair (a control), which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
