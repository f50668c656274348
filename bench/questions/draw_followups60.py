"""The seeded draw of shared-corpus documents behind bench/questions/followups60.jsonl.

What was done: the 50 pairs of followups60.jsonl (HU001-HU050) were written blind on 2026-12-05
(about 21:41-21:48 UTC by the machine clock) by a helper session on branch `followups60`
(worktree /work/wt-fu60), from the plain text of the documents only (reading, cat, grep, sed
and small Python string scripts kept in /tmp/fu60 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no pair
file opened except the first 3 lines of followups59.jsonl for the format; the question texts
(first, followup, resolved) of the earlier followups*.jsonl sets were read by a script for
overlap counts, never their answers).

HU001-HU025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HU026-HU050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter, one per
news item), until 25 pairs were written: the first 17 documents of the draw (seven laws, n18,
n15, n22, n13, n06, n09 and n14, and the charter c_154, two pairs each, and nine news items, one
each; the seventeenth document, c_61598, a news item, made 25). COUNTS gives how many pairs each
drawn document opens (its file is the pair's `first_doc`), in draw order. This draw picks
documents, not articles; within a document the writer chose the first message's fact and the
follow-up's answer among facts whose answer spans have no hit in bench/questions/README.md or in
the earlier sets' question texts, so no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HU008 handbook -> 社情民意办法
(注明"社情民意＋报送人姓名"), HU013 机关处室 -> handbook (随账号开通通知送达委员本人), HU024
征集通知 -> handbook (是否有明确具体的建议); HU030 c_61578 -> c_61880 (二十届四中全会精神结合起来),
HU045 n09 -> n15 (环境和物业管理), HU047 n14 -> n18 (应当如实记录信访人的姓名)).

Controls (is_followup false, a standalone second question answered by another document): HU009
handbook -> 机关处室 (说明市政协不办理信访事项), HU014 机关处室 -> handbook (平时提案可以随时提交),
HU019 社情民意办法 -> 机关处室 (干预具体信访事项的办理), HU025 征集通知 -> 社情民意办法
(社情民意信息实行三级审核); HU031 c_60319 -> n15 (居民委员会工作经费使用情况), HU034 c_2522 -> n09
(在选举日的二十日前), HU041 n13 -> n06 (开展联网监督), HU048 n14 -> n22 (纳入实践学分管理).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HU010 (a cash bonus for high yearly points; 奖金, 物质奖励 and 奖品 in no file, 奖励
in no sample), HU015 (bus routes to the 信访局; 公交, 乘车, 地铁 and 几路 in no file), HU020 (where the
社情民意 writing training is held; the 办法's 第十四条 gives only 每年至少组织一次, 培训地点 and 会议室
in no file), HU028 (the city of the main venue of 农工党's 思想政治工作会议; c_60548 names 主会场 and a
广西分会场 but no city, its 北京 is one of eight provincial organisations), HU036 (the monthly pay
of a 社区工作者; n15 says only 享受相应的待遇保障, 工资 only in n05 (deputies), 薪酬 and 月薪 in no
file), HU046 (the meeting room of c_61880's meeting; 会议室 in no file).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups60 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1357

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n18_浙江省信访条例_2016.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens an unanswerable pair
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens a control
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # the second opens an unanswerable pair
    "n22_志愿服务条例_2017.txt": 2,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second opens a control
    "n06_监督法_2024.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # the second opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # a news item opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
