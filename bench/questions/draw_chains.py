"""The seeded draw of shared-corpus documents behind bench/questions/chains.jsonl.

What was done: the 30 four-message conversations of chains.jsonl (HC001-HC030) were written blind
on 2026-12-05 (about 06:32-06:45 UTC by the machine clock) by a helper session on branch `chains`
(worktree /work/wt-chains), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/chains that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw; no existing pair or question file except the first 3 lines of
followups43.jsonl for the format; nothing under bot/, kb/ or docs/).

HC001-HC015 are over the four bundled samples/documents, all read in full. HC016-HC030 are over
../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and the
documents were taken in that order, one conversation per news item and two per law, until 15
conversations: the first 10 documents of the draw (five news items, one each; five laws, two
each). COUNTS gives how many conversations each drawn document opens (its file answers the
conversation's first message), in draw order. Every message of a shared conversation that a
document answers is answered by one of these 10 documents: a conversation may switch to another
drawn document, never to an undrawn one. Within a document the writer chose the facts; the draw
picks documents, not articles.

Scored messages (M2-M4, 90 in all): 55 follow-ups answered by a document, 25 switches (a new
standalone question on another topic, is_followup false, 6-14 characters without spaces), 10
follow-ups no document answers (doc null; checked by grep over the corpus and the samples).
By position: M2 19 / 8 / 3, M3 18 / 8 / 4, M4 18 / 9 / 3 (follow-ups / switches / unanswerable).

Run `python -m bench.questions.draw_chains [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1297

# conversations opened per drawn document, in draw order (10 documents, 15 conversations)
COUNTS = {
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,  # HC016, switches to n17 at M2
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,  # HC017
    "n17_山东省村务公开条例_2018.txt": 2,  # HC018, HC019
    "c_61580_书写政协履职新答卷.txt": 1,  # HC020, an unanswerable M3
    "n16_上海市信访条例_2018.txt": 2,  # HC021, HC022
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # HC023, an unanswerable M4
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # HC024
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # HC025, HC026
    "n07_地方组织法_2022.txt": 2,  # HC027, HC028
    "n22_志愿服务条例_2017.txt": 2,  # HC029, HC030
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 15)
