"""The seeded draw of shared-corpus documents behind bench/questions/followups66.jsonl.

What was done: the 50 pairs of followups66.jsonl (IA001-IA050) were written blind on 2026-12-06
(about 03:17-03:45 UTC by the machine clock) by a helper session on branch `followups66`
(worktree /work/wt_fu66), from the plain text of the documents only (reading, cat, grep, sed and
small standard-library Python scripts kept in /tmp/followups66 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script, not
even this draw module, and tests/test_question_sets.py only at the end (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups65.jsonl read whole for the format and style (its answer phrases were added
to the overlap check).

IA001-IA025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). IA026-IA050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 15 documents of the draw (ten
laws n05, c_154, n07, n12, n17, n21, n14, n10, n11 and n24 two pairs each, four news items one
each, and the fifteenth document, n03, a law, one pair, which made 25). COUNTS gives how many pairs
each drawn document opens (its file is the pair's `first_doc`), in draw order. This draw picks
documents, not articles; within a document the writer chose the first message's fact and the
follow-up's answer among facts whose answer spans have no hit in bench/questions/README.md or in
the earlier sets' question texts (nor in followups65's answer phrases), lie wholly in stretches with
no 6-character window in either, and share no two 4-character windows with an earlier question
text; keyword and character-bigram scans of the earlier question texts then showed which facts had
been asked before in other words (see the README section), and several second messages were
replaced by fresher ones; no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (IA001 handbook -> 社情民意办法
附件 (部分老人需步行较长距离就餐), IA016 社情民意办法 -> 机关处室 二、（四） (的建立、记录和管理), IA022
征集通知 -> 机关处室 二、（八） (账号开通、忘记密码); IA028 n05 -> n21 第七条 (通过走访、接待人民群众),
IA035 n12 -> n11 第五条 (整体研究和办理工作的统筹协调), IA041 n21 -> n07 第四十二条 (报告，并予以公开)).

Controls (is_followup false, a standalone second question answered by another document): IA007
handbook -> 机关处室 四 (请假等事项，大部分可以), IA014 机关处室 -> 社情民意办法 附件 (缺少稳定的场地来源),
IA020 社情民意办法 -> handbook 第三十八条 (注重自身形象), IA025 征集通知 -> 社情民意办法 附件
(60周岁以上老年人口比例较高); IA032 n07 -> n05 第十四条 (遵守议事规则), IA034 c_62022 -> c_62030 第3段
(楼顶六角脊雕六条蛟龙), IA047 n11 -> c_154 第十条 (百花齐放、百家争鸣的方针), IA049 n24 -> n10 第七十一条
(发布立法信息、介绍情况).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): IA008 (whether a member rated 不合格 pays back an allowance; 补贴 in no sample),
IA015 (whether the 信息中心 issues electronic signatures; 签名 only for signed paper proposals),
IA019 (whether the 选题参考 can be e-mailed to a member; the 办法 publishes it on the 履职平台 only),
IA033 (how many days the 经资委's 矿山修复 study trip took; c_58542 names the places only), IA038
(who repairs a broken 村务公开栏 in Shandong; n17 第十三条 says only where it stands and how long a
posting stays), IA050 (the web address for applying online for government information; no file
gives one, n18 第十二条 only says 信访 bodies publish theirs).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups66 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1383

# pairs written per drawn document, in draw order (15 documents, 25 pairs)
COUNTS = {
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n05_人大代表法_2025.txt": 2,  # the second jumps to n21
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n07_地方组织法_2022.txt": 2,  # the second opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # opens an unanswerable pair
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,  # the first jumps to n11
    "n17_山东省村务公开条例_2018.txt": 2,  # the second opens an unanswerable pair
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,  # the second jumps to n07
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n10_立法法_2023.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,  # the second opens a control
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,  # the second opens a control
    "n03_政府信息公开条例_2019.txt": 1,  # a law opening one (unanswerable) pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
