"""The seeded draw of shared-corpus documents behind bench/questions/chains2.jsonl.

What was done: the 30 four-message conversations of chains2.jsonl (HE001-HE030) were written blind
on 2026-12-05 (about 06:49-06:56 UTC by the machine clock) by a helper session on branch `chains2`
(worktree /work/wt-chains2), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/chains2 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw; no question or pair file except the first line of chains.jsonl
for the format; nothing under bot/, kb/ or docs/).

HE001-HE015 are over the four bundled samples/documents, all read in full. HE016-HE030 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, one conversation per news item and two per law, until 15
conversations: the first 10 documents of the draw (four news items, one each; six laws, two each
except the tenth document, n08, which got the one conversation left). COUNTS gives how many
conversations each drawn document opens (its file answers the conversation's first message), in
draw order. Every message of a shared conversation that a document answers is answered by one of
these 10 documents: a conversation may switch to another drawn document, never to an undrawn one.
Within a document the writer chose the facts; the draw picks documents, not articles.

Scored messages (M2-M4, 90 in all): 55 follow-ups answered by a document, 25 switches (a new
standalone question on another topic, is_followup false, 6-14 characters without spaces), 10
follow-ups no document answers (doc null; checked by grep over the corpus and the samples).
By position: M2 19 / 8 / 3, M3 18 / 8 / 4, M4 18 / 9 / 3 (follow-ups / switches / unanswerable).

Run `python -m bench.questions.draw_chains2 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1301

# conversations opened per drawn document, in draw order (10 documents, 15 conversations)
COUNTS = {
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # HE016, an unanswerable M4
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # HE017 (switches to c_58542), HE018 (to n16)
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # HE019, switches to n04 at M4
    "n16_上海市信访条例_2018.txt": 2,  # HE020 (an unanswerable M2), HE021 (to n12)
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,  # HE022 (an unanswerable M3), HE023
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # HE024, switches to n12
    "n14_上海市人民建议征集若干规定_2021.txt": 2,  # HE025 (to n15), HE026 (an unanswerable M3)
    "c_62179_许显辉赴河池市调研.txt": 1,  # HE027, an unanswerable M2, then n04
    "n04_重大行政决策程序暂行条例_2019.txt": 2,  # HE028 (to c_62238), HE029 (to n15)
    "n08_城市居民委员会组织法_2018.txt": 1,  # HE030, switches to c_62238
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 15)
