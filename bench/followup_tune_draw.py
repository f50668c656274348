"""The seeded draw of shared-corpus documents behind bench/followup_tune.jsonl (helper "fu3").

What was done: the 30 shared-corpus pairs of followup_tune.jsonl (H031-H060) were written blind,
from the plain text of the documents only (reading and grep; no bot, no retrieval, no bench
script, no existing pair file). The documents were taken in the order below: the sorted file
names of ../shared/eval/corpus shuffled with random.Random(SEED), and 1-2 pairs were written per
document, in that order, until 30 pairs were written. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`); the follow-up itself may be answered by
another document (e.g. H038 "重庆的呢", H056 "浙江的"), by none (unanswerable), or be a
standalone control question on another document.

The 30 samples pairs (H001-H030) are over the bundled samples/documents (four files), all read
in full.

Run `python -m bench.followup_tune_draw [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1201

# pairs written per drawn document, in draw order (23 documents, 30 pairs)
COUNTS = {
    "n17_山东省村务公开条例_2018.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 1,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,
    "n04_重大行政决策程序暂行条例_2019.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "n10_立法法_2023.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "n06_监督法_2024.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n18_浙江省信访条例_2016.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 30)
