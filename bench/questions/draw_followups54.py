"""The seeded draw of shared-corpus documents behind bench/questions/followups54.jsonl.

What was done: the 50 pairs of followups54.jsonl (HO001-HO050) were written blind on 2026-12-05
(about 16:39-16:50 UTC by the machine clock) by a helper session on branch `followups54`
(worktree /work/wt-fu54), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu54 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups53.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HO001-HO025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HO026-HO050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the CPPCC charter,
one per news item), until 25 pairs were written: the first 16 documents of the draw (nine laws
with the charter, two pairs each, and seven news items, one each; the sixteenth document, n20, a
law, made 25 with its two). COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law the
writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that
README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HO008 handbook -> 社情民意办法
(市政协聘请的特约信息员), HO013 机关处室 -> handbook (集中培训、专题讲座), HO024 征集通知 -> handbook
(属于学术研究、理论探讨的); HO040 n11 -> n21 (向上级国家机关反映的情况), HO043 n12 -> n11
(主任会议负责交有关机关), HO045 c_154 -> n01 (有广泛代表性的统一战线组织)).

Controls (is_followup false, a standalone second question answered by another document): HO009
handbook -> 机关处室 (市政协机关大楼503室), HO014 机关处室 -> handbook (保守国家秘密和工作秘密), HO019
社情民意办法 -> 机关处室 (不涉及当事人个人信息的前提下), HO025 征集通知 -> 社情民意办法
(实事求是、注重时效、服务大局); HO034 c_60567 -> n24 (给予基本报酬), HO036 n21 -> n22
(纳入实践学分管理), HO041 c_60695 -> n11 (一人提出和联名提出具有同等效力), HO050 n20 -> c_154
(设副秘书长一人至数人).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HO010 (whether a member can see other members' ranking by points; no 排名, 排行, 排第 or 名次 in
any file), HO015 (which bus goes to the CPPCC building; no 公交, 路车, 地铁 or 乘车 in any file),
HO020 (how many 社情民意 pieces the national CPPCC takes a year; the samples give only the points
per piece), HO033 (how many delegates attended the 民盟 Hechi congress; c_60737 gives only the
19 and 9 members elected), HO047 (how many days a 志愿服务记录证明 takes; n22 sets no time),
HO048 (the yearly output of the firms on 许显辉's tour; no 产值, 营收, 亿元 or 万元 in c_62179).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups54 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1333

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n01_宪法.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens an unanswerable pair
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,  # the second opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens a control
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n22_志愿服务条例_2017.txt": 2,  # the second opens an unanswerable pair
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens an unanswerable pair
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,  # the second opens a control; makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
