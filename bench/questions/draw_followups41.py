"""The seeded draw of shared-corpus documents behind bench/questions/followups41.jsonl.

What was done: the 50 pairs of followups41.jsonl (GX001-GX050) were written blind on 2026-12-05
(about 03:23-03:35 UTC by the machine clock) by the helper session "fu41" on branch `followups41`
(worktree /work/wt-fu41), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu41 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups40.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GX001-GX025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GX026-GX050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 17 documents of the draw (eight laws, two pairs each, and nine news
items, one each). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a law the writer
chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by short-window search over that
README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GX007 handbook -> 机关处室
(0000-5550106), GX008 handbook -> 机关处室 (0000-5550199), GX013 机关处室 -> handbook
(应当事先告知办公室); GX029 n19 -> n18 (信访联合接待场所), GX031 c_2522 -> c_61880
(市政协副主席韦祖林), GX035 n25 -> n03 (提供必要的帮助)).

Controls (is_followup false, a standalone second question answered by another document): GX010
handbook -> 机关处室 (滨江大道1号), GX015 机关处室 -> handbook (不包括法定节假日和休息日), GX020 办法 ->
handbook (由市政协信息中心统一开通), GX025 通知 -> 机关处室 (60日内办结); GX036 c_60368 -> n01
(年满四十五周岁), GX038 c_62030 -> n19 (司法机关应当及时依法处理), GX040 n01 -> n10 (会议举行的一个月前),
GX043 n18 -> n25 (档案管理的法律).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
GX009 (how many 常务委员 the 市政协 has), GX014 (whether the 信访局 has a reception day for
members), GX019 (in which month the yearly 优秀社情民意信息 are chosen), GX030 (how many delegates
attended the 民盟河池市第三次代表大会), GX037 (where the 党组（扩大）会议 of 3月24日 was held), GX050 (who
was 合寨村's first 村委会主任).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups41 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1289

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens an unanswerable pair
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # opens a control
    "n01_宪法.txt": 2,  # the second opens a control
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n18_浙江省信访条例_2016.txt": 2,  # the second opens a control
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "n10_立法法_2023.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # opens an unanswerable pair
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
