"""The seeded draw of shared-corpus documents behind bench/questions/followups65.jsonl.

What was done: the 50 pairs of followups65.jsonl (HZ001-HZ050) were written blind on 2026-12-06
(about 02:23-02:45 UTC by the machine clock) by a helper session on branch `followups65`
(worktree /work/wt_fu65), from the plain text of the documents only (reading, cat, grep, sed and
small standard-library Python scripts kept in /tmp/followups65 that import nothing from the
repository, not even bench.draws: the draw was reproduced there with a standard-library copy of
bench.draws.shuffled; no bot, no `ingest.py`, no search or retrieval, no bench or eval script, not
even this draw module, and tests/test_question_sets.py only at the end (pass/fail only)); of the
earlier pair files only the fields first/followup/resolved of followups*.jsonl and
english_followups.jsonl and the field question of own*.jsonl were read, by a script, for overlap
counts, plus followups64.jsonl read whole for the format and style (its answer phrases were added
to the overlap check).

HZ001-HZ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HZ026-HZ050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item, as
bench.draws.is_law has it), until 25 pairs were written: the first 18 documents of the draw (seven
laws n06, n21, n10, n04, n14, c_154 and n24 two pairs each, ten news items one each, and the
eighteenth document, n12, a law, one pair, which made 25). COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a document the writer chose the first message's fact and the follow-up's answer
among facts whose answer spans have no hit in bench/questions/README.md or in the earlier sets'
question texts (nor in followups64's answer phrases), lie wholly in stretches with no 6-character
window in either, and share no two 4-character windows with an earlier question text; keyword and
character-bigram scans of the earlier question texts then showed which facts had been asked before
in other words (see the README section), so no drawn document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HZ007 handbook -> 社情民意办法
附件 (引导餐饮企业、社会组织参与), HZ013 机关处室 -> 社情民意办法 第十条 (不予编报), HZ024 征集通知 ->
机关处室 二、（二） (如何提出意见); HZ041 n14 -> n10 第一百条 (效力高于本级和下级), HZ044 c_154 ->
c_151 第6段 (向中共党委、政府提出建议案), HZ050 n12 -> n21 第二十二条 (应当将具体原因)).

Controls (is_followup false, a standalone second question answered by another document): HZ009
handbook -> 机关处室 六 (本知识库仅收录部分常用资料), HZ014 机关处室 -> 社情民意办法 附件 (数量少、分布不均),
HZ019 社情民意办法 -> handbook 导语 (供委员日常查阅), HZ025 征集通知 -> 社情民意办法 附件 (以上参考格式仅作示范);
HZ028 c_60548 -> n10 第六十五条 (编、章、节、条、款、项、目), HZ039 c_60319 -> c_154 第六十三条 (要维护会徽的尊严),
HZ040 n14 -> n10 第六十三条 (应当公布新的法律文本), HZ048 c_151 -> n12 第二十五条 (拖延、贻误办理).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HZ010 (whether an over-long annual 履职报告 is sent back; 退回 only for 提案),
HZ015 (which floor the 值班室 is on; 值班室 in no file), HZ020 (who the judges of the yearly
优秀社情民意信息 are; 专家 in no sample), HZ026 (how many of the speakers at the 涉外法治 双周协商座谈会
were lawyers; 律师 not in c_62245), HZ027 (when the next 法治座谈会 of the 九三学社 法律专门委员会 is;
c_60547 names only the 2026年工作计划 discussed), HZ042 (whether study material was handed out at
the 市政协党组（扩大）会议 of 3月24日; c_61880 says nothing of it).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups65 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1379

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens an unanswerable pair
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,  # opens a control
    "n06_监督法_2024.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n10_立法法_2023.txt": 2,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # the first opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,  # opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 1,  # a law opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
