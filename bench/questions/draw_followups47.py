"""The seeded draw of shared-corpus documents behind bench/questions/followups47.jsonl.

What was done: the 50 pairs of followups47.jsonl (HH001-HH050) were written blind on 2026-12-05
(about 08:20-08:30 UTC by the machine clock) by the helper session "fu47" on branch `followups47`
(worktree /work/wt-fu47), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu47 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups46.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HH001-HH025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HH026-HH050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 18 documents of the draw (seven laws, two pairs each, and eleven
news items, one each). COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law the
writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that README),
so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HH010 handbook -> 办法
(为特定企业、产品或者个人), HH013 机关处室 -> handbook (专题讲座、读书活动和网上学习), HH018 办法 ->
handbook (委员个人，或者委员联名); HH026 n20 -> n07 (主席团交有关机关和组织研究办理), HH042 n02 -> n16
(代表不得超过五人), HH046 n06 -> n07 (代表十人以上联名可以书面提出)).

Controls (is_followup false, a standalone second question answered by another document): HH008
handbook -> 机关处室 (临江市滨江大道1号), HH014 机关处室 -> 通知 (2026年度提案＋提案人姓名), HH019
办法 -> handbook (可以向委员工作室咨询), HH025 通知 -> 办法 (以不同标题重复报送); HH032 c_60567 ->
n07 (在两个月内提请), HH039 n08 -> n16 (个人隐私等事项予以保密), HH044 c_60547 -> n20
(办理情况征询意见表), HH047 n06 -> n02 (由本级党委或者政府副秘书长).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HH009 (whether a 提案人 may change the 评价 once made), HH015 (the name of the 社会和法制委员会's
主任; the samples name nobody), HH020 (whether a 社情民意 piece may be sent by fax; the 办法 lists
the 履职平台, e-mail and paper only), HH030 (who taught the 教科卫体委's AI training), HH041
(whether Shanghai's 信访 reception is open at weekends), HH050 (how many days the 正确政绩观 读书班
lasted).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups47 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1305

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # opens an unanswerable pair
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "n16_上海市信访条例_2018.txt": 2,  # the second opens an unanswerable pair
    "n02_信访工作条例_2022.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens a control
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n06_监督法_2024.txt": 2,  # the second opens a control
    "n07_地方组织法_2022.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # the eighteenth document: its pair makes 25; opens an unanswerable pair
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
