"""The seeded draw of shared-corpus documents behind bench/questions/followups48.jsonl.

What was done: the 50 pairs of followups48.jsonl (HI001-HI050) were written blind on 2026-12-05
(about 09:10-09:20 UTC by the machine clock) by the helper session "fu48" on branch `followups48`
(worktree /work/wt-fu48), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu48 that import nothing from kb/ or bot/, only
bench.draws, this module and the standard library; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail, and once the failing check's message and lines; see the README), no existing pair or
question file except the first 3 lines of followups47.jsonl for the format, nothing under bot/,
kb/ or docs/, not CHANGELOG.md).

HI001-HI025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HI026-HI050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 17 documents of the draw (eight laws, two pairs each, and nine news
items, one each). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a law the writer
chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that README),
so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HI009 handbook -> 机关处室
(市政协机关大楼301室), HI015 机关处室 -> handbook (存在的不足和下一年度的履职打算), HI018 办法 ->
handbook (篇幅短小、报送快捷、不受会议时间限制); HI031 n14 -> n04 (一般不少于30日), HI037 c_61580
-> c_61454 (市政协主席黎丽代表), HI046 n17 -> n08 (收支帐目应当及时公布)).

Controls (is_followup false, a standalone second question answered by another document): HI006
handbook -> 办法 (公开渠道广泛报道), HI014 机关处室 -> handbook (小切口、快反映), HI019 办法 ->
handbook (列为下一年度重点督办提案), HI025 通知 -> 机关处室 (市政协机关不提供信访事项办理进度查询);
HI033 c_62245 -> n21 (通过重庆人大网向社会公开), HI043 n04 -> n17 (由乡镇人民政府予以批评教育),
HI044 c_61598 -> n08 (编入居民小组), HI049 n08 -> n04 (过程记录和材料归档制度).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HI010 (whether a 提案 may be written in 繁体字), HI013 (whether paper 提案 must be on paper of a
given size), HI020 (how long unused 社情民意 drafts are kept, and whether they are deleted), HI030
(how many people made up 黄恩's 文旅考察团), HI032 (how soon a Shanghai 人民建议 gets an answer;
n14 sets no time limit), HI038 (how many 盟员 the 民盟河池市委会 has).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups48 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1307

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens an unanswerable pair
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # the second opens an unanswerable pair
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens a control
    "n06_监督法_2024.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens an unanswerable pair
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n01_宪法.txt": 2,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,  # the second opens a control
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # opens a control
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # the seventeenth document: its pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
