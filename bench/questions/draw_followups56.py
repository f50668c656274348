"""The seeded draw of shared-corpus documents behind bench/questions/followups56.jsonl.

What was done: the 50 pairs of followups56.jsonl (HQ001-HQ050) were written blind on 2026-12-05
(about 17:41-17:52 UTC by the machine clock) by a helper session on branch `followups56`
(worktree /work/wt-fu56), from the plain text of the documents only (reading, cat, grep, sed, nl
and small Python string scripts kept in /tmp/fu56 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups55.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HQ001-HQ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HQ026-HQ050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 16 documents of the draw (nine laws, two pairs each, and seven news
items, one each; the sixteenth document, c_61454, a news item, made 25 with its one). COUNTS
gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in draw
order. This draw picks documents, not articles; within a law the writer chose the first message's
article and the follow-up's answer among facts bench/questions/README.md names least as asked
(checked by counting hits of terms in that README; every answer span has none), so no drawn
article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HQ008 handbook -> 机关处室
(市政协不是信访事项的办理机关), HQ013 机关处室 -> handbook (督促承办单位重新办理), HQ024 征集通知 ->
机关处室 (密码重置等事项); HQ033 n22 -> n15 (推动居民互助服务和志愿服务活动), HQ035 n13 -> n12
(也可以通过书面形式提交), HQ044 n08 -> n09 (通过多种形式参与农村社区建设)).

Controls (is_followup false, a standalone second question answered by another document): HQ009
handbook -> 机关处室 (单位不再受理), HQ014 机关处室 -> handbook (或者专门委员会的名义发布), HQ019
社情民意办法 -> 征集通知 (课件同步发布在委员履职服务平台), HQ025 征集通知 -> 社情民意办法
(报送量较少的界别和新任委员); HQ043 n12 -> n09 (由村务监督机构主持), HQ046 c_60567 -> n22
(提供超出其能力的志愿服务), HQ048 n19 -> n15 (暂时代行业主委员会的相关职责), HQ049 c_60695 -> n06
(国务院应当在每年六月).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HQ010 (whether a member may bring an assistant on an inspection; no 助手 or 助理 in any file),
HQ015 (the name of the 信息中心's head; no 主任, 负责人 or 姓名 within 30 characters after 信息中心
nor within 10 before it in any file), HQ020 (a yearly cap on a member's 社情民意 pieces; no 上限
or 篇数 in any file, 最多 only in undrawn files and never within 40 characters of 社情民意 or 信息;
不超过…篇 only in the 办法's cap on 优秀 pieces), HQ029 (the price of 天峨's 珍珠李; 珍珠李 only in
c_62238, no 斤 in any file, no 价 or 元 within 40 characters after 珍珠李, 李子 or 水果), HQ031 (in
which month a 村委会 is re-elected; no 换届 within 30 characters before a month or a month within 20
characters before 换届 in any file), HQ041 (how far 魁星楼 is from 东兰's county seat; no 县城 in
any file, 公里 only once, in c_62030, for the writer's village).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups56 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1341

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n06_监督法_2024.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "n09_村民委员会组织法_2018.txt": 2,  # the second opens an unanswerable pair
    "n22_志愿服务条例_2017.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n01_宪法.txt": 2,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # opens an unanswerable pair
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,  # the second opens a control
    "n08_城市居民委员会组织法_2018.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "n19_河南省信访条例_2012.txt": 2,  # the second opens a control
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,  # makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
