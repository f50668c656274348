"""The seeded draw of shared-corpus documents behind bench/followup_tune3.jsonl (helper "fu7").

What was done: the 60 pairs of followup_tune3.jsonl (M001-M060) were written blind, from the
plain text of the documents only (reading and grep; no bot, no `ingest.py ask/eval`, no search
or retrieval, no bench script other than this one, no existing pair or question file beyond the
four format lines of followup_tune2.jsonl, nothing under bot/ or features/).

M001-M030 are over the four bundled samples/documents, all read in full. M031-M060 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each (2 per law, 1 per news article), until 30
pairs were written. COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. The follow-up itself may be answered by another document (M038
"国家的条例呢", M050 "浙江呢", M052 "山东呢", M054 "山东的呢"), by none (unanswerable: M033,
M042, M056, M058, checked by grepping their key terms over both folders: 第一届全体会议, 面积/平方米,
补贴, 日内/工作日/时限), or be a standalone control question on another document (M037, M048,
M059, M060). The samples half has its unanswerable pairs at M023-M026 (App/客户端/手机, 会期,
件/优秀提案, 停车/车位 grepped) and its controls at M027-M030.

Mix: 44 answerable follow-ups, 8 unanswerable follow-ups, 8 controls; 30 pairs per corpus.
Every answer_contains phrase was checked to occur in its document once whitespace is removed,
and no first question or follow-up copies 12 consecutive characters of any document.

Run `python -m bench.followup_tune3_draw [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1209

# pairs written per drawn document, in draw order (19 documents, 30 pairs)
COUNTS = {
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n18_浙江省信访条例_2016.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n10_立法法_2023.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n05_人大代表法_2025.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,
    "n06_监督法_2024.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 30)
