"""The seeded draw of shared-corpus documents behind bench/questions/followups53.jsonl.

What was done: the 50 pairs of followups53.jsonl (HN001-HN050) were written blind on 2026-12-05
(about 16:00-16:10 UTC by the machine clock) by a helper session on branch `followups53`
(worktree /work/wt-fu53), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu53 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups52.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HN001-HN025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HN026-HN050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 18 documents of the draw (seven laws, two pairs each, ten news
items, one each, and the eighteenth document, n03, a law, one pair, which made 25). COUNTS gives
how many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order.
This draw picks documents, not articles; within a law the writer chose the first message's
article and the follow-up's answer among facts bench/questions/README.md names least as asked
(checked by counting hits of terms in that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 18 in the same article, paragraph,
heading or item as the first message (another fact of it), 12 in another article, heading,
paragraph or item of the same document, and 6 in another document (HN005 handbook -> 社情民意办法
(单纯的学术观点), HN007 handbook -> 征集通知 (提案电子文本发送至), HN024 征集通知 -> handbook
(正在解决或者准备解决); HN037 n23 -> n09 (村民委员会每届任期五年), HN039 n24 -> n09
(直接提名候选人), HN047 n09 -> n24 (同时公开征求村民的意见)).

Controls (is_followup false, a standalone second question answered by another document): HN008
handbook -> 征集通知 (港口物流与先进制造业协同发展), HN014 机关处室 -> handbook
(不得以市政协或者专门委员会), HN019 社情民意办法 -> 机关处室 (找信息中心), HN025 征集通知 ->
机关处室 (公文处理、机要保密和档案管理); HN029 n07 -> n03 (一次性告知申请人作出补正), HN035
c_62179 -> n10 (在公布后的三十日内), HN041 c_61580 -> n24 (十五日内决定受质询人员), HN049 n25 ->
n07 (不得少于两天).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HN009 (how many members were named for unexcused absence last year), HN015 (who heads the
信息中心), HN020 (whether an excellent 社情民意 piece earns a cash bonus), HN032 (the money value
of the projects signed on the Beijing trip; c_62147 gives no sum), HN042 (the oldest member of the
fifth Hechi CPPCC; c_2522 gives no ages), HN050 (how many government-information requests the
province received last year).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups53 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1329

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "n10_立法法_2023.txt": 2,
    "n07_地方组织法_2022.txt": 2,  # the second opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens an unanswerable pair
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,  # opens a control
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens an unanswerable pair
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,  # the second opens a control
    "n03_政府信息公开条例_2019.txt": 1,  # the eighteenth document, one pair (unanswerable), makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
