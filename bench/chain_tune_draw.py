"""The seeded draw of shared-corpus documents behind bench/chain_tune.jsonl (tuning data).

What was done: the 30 four-message conversations of chain_tune.jsonl (HB001-HB030) were written
blind on 2026-12-05 (about 06:32-06:38 UTC by the machine clock) by the helper session
"chaintune" on branch `chaintune` (worktree /work/wt-chaintune), from the plain text of the
documents only (cat, grep, sed and small Python string scripts kept in /tmp/chaintune that import
nothing from kb/ or bot/, only bench.draws and the standard library; no bot, no `ingest.py`, no
search, retrieval, bench or eval script other than this draw; no other question file except the
first 3 lines of bench/questions/followups43.jsonl for the format).

HB001-HB015 are over the four bundled samples/documents, all read in full. HB016-HB030 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and each of
the first 15 documents of the draw, in that order, opens one conversation (its first message is
answered by that document; COUNTS). The shared conversations' switches (standalone new questions
at M2-M4) are answered by the next documents of the draw, positions 16-28, each used once, plus
one switch inside n15 (position 10, HB025 M3, the 物业 question).

Run `python -m bench.chain_tune_draw [corpus_dir]` to print the order with the conversations each
document opens.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1296

# conversations opened per drawn document, in draw order (15 documents, 15 conversations)
COUNTS = {
    "n02_信访工作条例_2022.txt": 1,  # HB016
    "n18_浙江省信访条例_2016.txt": 1,  # HB017
    "n17_山东省村务公开条例_2018.txt": 1,  # HB018
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # HB019
    "n01_宪法.txt": 1,  # HB020
    "n14_上海市人民建议征集若干规定_2021.txt": 1,  # HB021
    "n09_村民委员会组织法_2018.txt": 1,  # HB022
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # HB023
    "c_151_中国人民政治协商会议简介.txt": 1,  # HB024
    "n15_上海市居民委员会工作条例_2020.txt": 1,  # HB025
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # HB026
    "c_62030_一座魁星楼半部武篆魂一一为纪念魁星楼.txt": 1,  # HB027
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # HB028
    "c_60915_从一纸来信到民意回声.txt": 1,  # HB029
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # HB030
}

# documents of the draw (positions 16-28) that answer the shared conversations' switches
SWITCHES = {
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": "HB017 M4",
    "n10_立法法_2023.txt": "HB018 M4",
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": "HB020 M4",
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": "HB022 M3",
    "c_60695_在全国政协新年茶话会上的讲话.txt": "HB023 M4",
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": "HB024 M4",
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": "HB026 M4",
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": "HB028 M2",
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": "HB029 M4",
    "c_61454_市政协五届六次会议开幕.txt": "HB027 M4",
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": "HB030 M3",
    "c_61580_书写政协履职新答卷.txt": "HB026 M2",
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": "HB023 M2",
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 15)
    from bench.draws import default_corpus
    order = draw([p.name for p in default_corpus(sys.argv).glob("*.txt")])
    assert order[15:15 + len(SWITCHES)] == list(SWITCHES), "the draw does not reproduce SWITCHES"
    print("switches answered by positions 16-28:", ", ".join(f"{n + 16} {v}" for n, v in enumerate(SWITCHES.values())))
