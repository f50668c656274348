"""The seeded draw of shared-corpus documents behind bench/questions/followups38.jsonl.

What was done: the 50 pairs of followups38.jsonl (GU001-GU050) were written blind on 2026-12-04
(about 23:33-23:50 UTC by the machine clock) by the helper session "fu38" on branch `followups38`
(worktree /work/wt-fu38), from the plain text of the documents only (reading, cat, grep, awk, sed
and small Python string scripts kept in /tmp/fu38 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups37.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GU001-GU025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GU026-GU050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter c_154,
one per news item), until 25 pairs were written: the first 16 documents of the draw (nine laws
opening two pairs each, seven news items one each). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents,
not articles; within a law the writer chose the first message's article and the follow-up's
answer among facts bench/questions/README.md names least as asked (checked by short-window
search over that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GU007 handbook -> 机关处室 (the
社会和法制委员会 answers on 民主监督活动的安排), GU008 handbook -> 机关处室 (信息中心 for attachments that will not upload),
GU024 通知 -> handbook (年度积分30分以上 for 优秀); GU036 n09 -> n24 (浙江's 三百人以上 for a
村民代表会议), GU046 c_61580 -> c_61578 (the 2026年协商计划 passed at the closing session),
GU047 n23 -> n15 (上海 居委会 members 聘任为社区工作者)).

Controls (is_followup false, a standalone second question answered by another document): GU009
handbook -> 机关处室 (无需到机关现场), GU014 机关处室 -> handbook (意见 on 本会的工作), GU019 办法 ->
handbook (新任委员 履职培训), GU025 通知 -> handbook (干预司法活动); GU030 c_60567 -> n22 (超出其能力),
GU032 c_60319 -> n02 (the four 到位), GU044 n04 -> n18 (法律咨询服务 for 信访人), GU050 c_154 -> n16
(隐私 kept secret).

Unanswerable follow-ups, checked by grepping their key terms over both folders (none answers):
GU010 (how many days a 临江 全体会议 lasts), GU015 (the 一楼服务台's phone), GU020 (in which month
the 社情民意 撰写培训 is held), GU035 (how long 蒋和生's speech lasted), GU042 (蔡达峰's posts besides
民进中央主席), GU045 (in which city 《向导》 was published).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups38 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1279

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n03_政府信息公开条例_2019.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "n05_人大代表法_2025.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "n09_村民委员会组织法_2018.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n01_宪法.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "n04_重大行政决策程序暂行条例_2019.txt": 2,  # the second opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,  # opens an unanswerable pair
    "c_61580_书写政协履职新答卷.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
