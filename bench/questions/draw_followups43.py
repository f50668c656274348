"""The seeded draw of shared-corpus documents behind bench/questions/followups43.jsonl.

What was done: the 50 pairs of followups43.jsonl (GZ001-GZ050) were written blind on 2026-12-05
(about 05:10-05:30 UTC by the machine clock) by the helper session "fu43" on branch `followups43`
(worktree /work/wt-fu43), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu43 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups42.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GZ001-GZ025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GZ026-GZ050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law or charter, one per news
item), until 25 pairs were written: the first 17 documents of the draw (the CPPCC charter and
seven laws, two pairs each, and nine news items, one each; the seventeenth document, n24, a law,
opened two pairs, which made 25). COUNTS gives how many pairs each drawn document opens (its file
is the pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law
the writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that
README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GZ006 handbook -> 机关处室
(0000-5550101), GZ013 机关处室 -> handbook (应当在15日内通过提案系统), GZ024 通知 -> 机关处室
(临江市建设路200号); GZ030 c_151 -> c_154 (常务委员会协商同意), GZ034 n02 -> n19
(三十日内办理完毕), GZ043 n13 -> n21 (三十个工作日内将协办意见)).

Controls (is_followup false, a standalone second question answered by another document): GZ010
handbook -> 办法 (帮助其提高信息撰写能力), GZ015 机关处室 -> handbook (应当依法予以保护), GZ020
办法 -> handbook (于活动结束后5个工作日内), GZ025 通知 -> handbook (以专项制度为准); GZ032 n01 ->
n23 (居民委员会可以拒绝), GZ033 c_60319 -> c_154 (不得提名或继续提名为委员人选), GZ042 c_62179 ->
n24 (村文书、村报账员不得担任), GZ044 n13 -> n24 (连续三次无正当理由不参加).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
GZ009 (whether a member rated 优秀 gets a 荣誉证书), GZ014 (the addressee and postcode for mail
to the 机关), GZ019 (who heads the 社情民意信息工作室), GZ028 (today's purchase price of 龙滩珍珠李),
GZ029 (on which day the Beijing firms visit 河池), GZ040 (how many days the 市政协 正确政绩观
读书班 ran).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups43 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1293

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens an unanswerable pair
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens an unanswerable pair
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n01_宪法.txt": 2,  # the second opens a control
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "n02_信访工作条例_2022.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens an unanswerable pair
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens a control
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the second opens a control
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,  # the seventeenth document: two pairs make 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
