"""The seeded draw of shared-corpus documents behind bench/chain_tune3.jsonl (tuning data).

What was done: the 30 four-message conversations of chain_tune3.jsonl (HG001-HG030) were written
blind on 2026-12-06 (about 05:20-05:30 UTC by the machine clock) by the helper session
"chaintune3" on branch `chaintune3` (worktree /work/wt_chain3), from the plain text of the
documents only (cat, grep, sed and small Python string scripts kept in /tmp/chaintune3 that import
nothing from kb/ or bot/, only bench.draws and the standard library; no bot, no `ingest.py`, no
search, retrieval, bench or eval script other than this draw; no other question file except the
first line of bench/chain_tune2.jsonl for the format).

Unlike chain_tune2, the set is built to measure whether a standalone new question is wrongly merged
into the previous one: 36 of the 90 scored messages (M2-M4) are standalone switches (12 at each
position), 31 of them 5-9 characters, several naming an office nickname (经科委, 社法委), an event
(读书班, 60次主席会, 法治座谈会, 明年全会, 讲座课件), a person or title (拔哥, 蒋和生, 国家主席), or
sharing words with the message before them by accident.

HG001-HG015 are over the four bundled samples/documents, all read in full. HG016-HG030 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and each of
the first 15 documents of the draw, in that order, opens one conversation (its first message is
answered by that document; COUNTS). The shared conversations' 18 switches are answered by the next
18 documents of the draw, positions 16-33, one switch each, none skipped (SWITCHES).

Run `python -m bench.chain_tune3_draw [corpus_dir]` to print the order with the conversations each
document opens.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, print_switches, shuffled

SEED = 1389

# conversations opened per drawn document, in draw order (15 documents, 15 conversations)
COUNTS = {
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # HG016
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 1,  # HG017
    "n16_上海市信访条例_2018.txt": 1,  # HG018
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # HG019
    "n23_北京市实施城市居民委员会组织法办法.txt": 1,  # HG020
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # HG021
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # HG022
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # HG023
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # HG024
    "n17_山东省村务公开条例_2018.txt": 1,  # HG025
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # HG026
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 1,  # HG027
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 1,  # HG028
    "n08_城市居民委员会组织法_2018.txt": 1,  # HG029
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # HG030
}

# later documents of the draw that answer the shared conversations' switches: (draw position, uses)
SWITCHES = {
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": (16, "HG016 M3"),
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": (17, "HG017 M2"),
    "n10_立法法_2023.txt": (18, "HG017 M4"),
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": (19, "HG018 M4"),
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": (20, "HG019 M3"),
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": (21, "HG020 M2"),
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": (22, "HG021 M4"),
    "c_61454_市政协五届六次会议开幕.txt": (23, "HG030 M2"),
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": (24, "HG022 M2"),
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": (25, "HG024 M4"),
    "n01_宪法.txt": (26, "HG025 M3"),
    "c_2522_政协河池市第五届委员会委员名单.txt": (27, "HG022 M3"),
    "n19_河南省信访条例_2012.txt": (28, "HG023 M4"),
    "n07_地方组织法_2022.txt": (29, "HG029 M3"),
    "n03_政府信息公开条例_2019.txt": (30, "HG026 M2"),
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": (31, "HG027 M3"),
    "n15_上海市居民委员会工作条例_2020.txt": (32, "HG028 M2"),
    "c_61580_书写政协履职新答卷.txt": (33, "HG028 M4"),
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 15)
    print_switches(sys.argv, SWITCHES, draw)
