"""The seeded draw of shared-corpus documents behind bench/chain_tune2.jsonl (tuning data).

What was done: the 30 four-message conversations of chain_tune2.jsonl (HF001-HF030) were written
blind on 2026-12-05 (about 06:49-06:55 UTC by the machine clock) by the helper session
"chaintune2" on branch `chaintune2` (worktree /work/wt-chaintune2), from the plain text of the
documents only (cat, grep, sed and small Python string scripts kept in /tmp/chaintune2 that import
nothing from kb/ or bot/, only bench.draws and the standard library; no bot, no `ingest.py`, no
search, retrieval, bench or eval script other than this draw; no other question file except the
first line of bench/chain_tune.jsonl for the format).

HF001-HF015 are over the four bundled samples/documents, all read in full. HF016-HF030 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and each of
the first 15 documents of the draw, in that order, opens one conversation (its first message is
answered by that document; COUNTS). The shared conversations' switches (standalone new questions
at M2-M4) are answered by later documents of the draw (SWITCHES, with their draw positions); they
were picked from positions 16-30 (skipping 19, 21, 22 and 23) plus n22 at position 45.

Run `python -m bench.chain_tune2_draw [corpus_dir]` to print the order with the conversations each
document opens.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, print_switches, shuffled

SEED = 1300

# conversations opened per drawn document, in draw order (15 documents, 15 conversations)
COUNTS = {
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # HF016
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 1,  # HF017
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # HF018
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # HF019
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # HF020
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 1,  # HF021
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # HF022
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # HF023
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,  # HF024
    "n06_监督法_2024.txt": 1,  # HF025
    "n03_政府信息公开条例_2019.txt": 1,  # HF026
    "c_61454_市政协五届六次会议开幕.txt": 1,  # HF027
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # HF028
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,  # HF029
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 1,  # HF030
}

# later documents of the draw that answer the shared conversations' switches: (draw position, uses)
SWITCHES = {
    "c_2522_政协河池市第五届委员会委员名单.txt": (16, "HF023 M3, HF024 M4"),
    "c_60695_在全国政协新年茶话会上的讲话.txt": (17, "HF028 M3"),
    "n01_宪法.txt": (18, "HF016 M4"),
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": (20, "HF018 M4"),
    "c_154_中国人民政治协商会议章程.txt": (24, "HF021 M4"),
    "n16_上海市信访条例_2018.txt": (25, "HF025 M4"),
    "c_60915_从一纸来信到民意回声.txt": (26, "HF030 M4"),
    "n12_上海市人大关于代表建议批评和意见的规定.txt": (27, "HF027 M3"),
    "n04_重大行政决策程序暂行条例_2019.txt": (28, "HF029 M3"),
    "n19_河南省信访条例_2012.txt": (29, "HF020 M3"),
    "n07_地方组织法_2022.txt": (30, "HF026 M4"),
    "n22_志愿服务条例_2017.txt": (45, "HF017 M4"),
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 15)
    print_switches(sys.argv, SWITCHES, draw)
