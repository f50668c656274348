"""The seeded draw of shared-corpus documents behind bench/questions/followups45.jsonl.

What was done: the 50 pairs of followups45.jsonl (HD001-HD050) were written blind on 2026-12-05
(about 06:40-07:00 UTC by the machine clock) by the helper session "fu45" on branch `followups45`
(worktree /work/wt-fu45), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu45 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups44.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HD001-HD025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HD026-HD050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 17 documents of the draw (eight laws, counting the CPPCC charter,
two pairs each, and nine news items, one each). COUNTS gives how many pairs each drawn document
opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
among facts bench/questions/README.md names least as asked (checked by counting hits of terms in
that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HD007 handbook -> 机关处室
(办公室 0000-5550101), HD018 办法 -> handbook (内容空泛、没有具体建议的), HD024 通知 -> handbook
(平时提案 15个工作日内); HD043 n23 -> n15 (居民会议每年至少召开一次), HD047 n05 -> c_154
(每届任期五年), HD049 c_60567 -> c_60811 (民建成立80周年)).

Controls (is_followup false, a standalone second question answered by another document): HD008
handbook -> 机关处室 (来访接待时间), HD014 机关处室 -> handbook (不得泄露会议中未公开的内容), HD020
办法 -> handbook (不得以市政协或者专门委员会的名义发布), HD025 通知 -> handbook (非委员个人不得以
提案形式提出); HD026 c_60319 -> n03 (申请人可以口头提出), HD029 n03 -> n05 (列入本级财政预算),
HD036 n02 -> n22 (纳入实践学分管理), HD048 n05 -> n24 (一般事项至少每季度公布一次).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HD010 (how many times a year a member may ask for leave; the handbook sets no cap), HD012 (who
heads the 信息中心), HD019 (how long a 领导批示件 takes to be dealt with), HD032 (a Shanghai
居委会主任's monthly pay), HD041 (how many 界别 the national CPPCC has; the charter says only
设若干界别), HD046 (where the CPPCC New Year tea party was held).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups45 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1299

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n03_政府信息公开条例_2019.txt": 2,  # the second opens a control
    "n22_志愿服务条例_2017.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # the first opens an unanswerable pair
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n02_信访工作条例_2022.txt": 2,  # the second opens a control
    "c_61580_书写政协履职新答卷.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens an unanswerable pair
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "n05_人大代表法_2025.txt": 2,  # the second opens a control
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # the seventeenth document: its pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
