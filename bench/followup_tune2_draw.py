"""The seeded draw of shared-corpus documents behind bench/followup_tune2.jsonl (helper "fu4").

What was done: the 60 pairs of followup_tune2.jsonl (K001-K060) were written blind, from the
plain text of the documents only (reading and grep; no bot, no `ingest.py ask/eval`, no search
or retrieval, no bench script, no existing pair file, nothing under bot/features/conversation).

K001-K030 are over the four bundled samples/documents, all read in full. K031-K060 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, 1-2 pairs each, until 30 pairs were written. COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. The
follow-up itself may be answered by another document (K035 "北京是不是也三个月", K049
"那闭幕是哪天", K051 "山东呢", K054 "浙江的呢"), by none (unanswerable: K033, K046, K057, K059,
checked by grepping their key terms over both folders), or be a standalone control question on
another document (K042, K048, K050, K060).

Mix: 44 answerable follow-ups, 8 unanswerable follow-ups, 8 controls; 30 pairs per corpus.
Every answer_contains phrase was checked to occur in its document once whitespace is removed.

Run `python -m bench.followup_tune2_draw [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1202

# pairs written per drawn document, in draw order (21 documents, 30 pairs)
COUNTS = {
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n17_山东省村务公开条例_2018.txt": 2,
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_62179_许显辉赴河池市调研.txt": 1,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 30)
