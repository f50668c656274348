"""The seeded draw of shared-corpus documents behind bench/questions/followups55.jsonl.

What was done: the 50 pairs of followups55.jsonl (HP001-HP050) were written blind on 2026-12-05
(about 17:11-17:19 UTC by the machine clock) by a helper session on branch `followups55`
(worktree /work/wt-fu55), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu55 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups54.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HP001-HP025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HP026-HP050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the CPPCC charter,
one per news item or list), until 25 pairs were written: the first 16 documents of the draw (nine
laws with the charter, two pairs each, and seven news items with the member list c_2522, one
each; the sixteenth document, n19, a law, made 25 with its two). COUNTS gives how many pairs each
drawn document opens (its file is the pair's `first_doc`), in draw order. This draw picks
documents, not articles; within a law the writer chose the first message's article and the
follow-up's answer among facts bench/questions/README.md names least as asked (checked by counting
hits of terms in that README; every answer span has none), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HP008 handbook -> 社情民意办法
(发布一次选题参考), HP013 机关处室 -> 社情民意办法 (各界别应当明确一名联络人), HP024 征集通知 ->
handbook (提案人一般不超过10人); HP036 c_154 -> n05 (变相从事商业活动牟取个人利益), HP040 n07 ->
n05 (按照便于组织和开展活动的原则), HP046 n01 -> n07 (副主席不得担任国家行政机关)).

Controls (is_followup false, a standalone second question answered by another document): HP009
handbook -> 机关处室 (科技领域视察调研活动的报名), HP014 机关处室 -> handbook (书面反馈委员本人和推荐单位),
HP019 社情民意办法 -> 征集通知 (持续优化营商环境), HP025 征集通知 -> 社情民意办法
(评选社情民意信息工作先进个人); HP026 c_2522 -> n10 (自法律施行之日起一年内作出规定), HP033 n10 -> n17
(民政部门应当制定村务公开目录), HP035 c_61578 -> n01 (年满四十五周岁), HP050 n19 -> n06
(专题询问应当坚持问题导向).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HP010 (which browser the proposal system wants; no 浏览器, Chrome, 谷歌, 火狐 or 兼容 in any file),
HP015 (the phone number of the ground-floor 服务台; 服务台 only once, in 机关处室 四、1, with no
number), HP020 (whether the 社情民意 writing training costs money; no 交费, 缴费, 免费 or 培训费 in
any file, 收费 only in an undrawn file, no 费 within 40 characters of 社情民意 or of 撰写培训), HP029
(how long 蒋和生 spoke; no 分钟, 时长 or 发言时间 in any file), HP043 (in which counties the 23
微协商 were held; 微协商 only in c_61580, never within 30 characters of 县), HP047 (how many
members the NPC Standing Committee has now; n01 gives only 委员若干人, n07 only the local quotas,
and no number in the hundreds is within 40 characters of 常务委员 in any file).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups55 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1337

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "n06_监督法_2024.txt": 2,
    "n10_立法法_2023.txt": 2,  # the second opens a control
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # opens a control
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n07_地方组织法_2022.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,  # opens an unanswerable pair
    "n17_山东省村务公开条例_2018.txt": 2,
    "n01_宪法.txt": 2,  # the second opens an unanswerable pair
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,  # the second opens a control; makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
