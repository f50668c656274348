"""The seeded draw of shared-corpus documents behind bench/questions/followups29.jsonl.

What was done: the 50 pairs of followups29.jsonl (GL001-GL050) were written blind on 2026-12-03
by the helper session "fu29" on branch `followups29` (worktree /work/wt-fu29), from the plain text
of the documents only (reading, grep, sed and small Python string scripts kept in /tmp/fu29 that
import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search or retrieval,
no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail and
assertion messages only), no existing pair or question file except the first 3 lines of
followups28.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GL001-GL025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 12 pairs, 机关处室 6, 社情民意办法 4, 征集通知 3). GL026-GL050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 16 documents of the draw. COUNTS gives how many pairs each drawn
document opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose articles whose facts bench/questions/README.md does not
name as asked (checked by short-window grep of that README), so no drawn article was substituted.
News items whose facts are all named as asked open only a control or an unanswerable pair
(c_60319 and c_60737 controls, c_2522 an unanswerable pair). A control's standalone second
question is answered by another document (GL022 handbook -> 机关处室, GL023 机关处室 -> handbook,
GL024 办法 -> 通知, GL025 通知 -> 办法; GL029 c_60737 -> n12, GL030 c_60319 -> n07, GL048 n12 -> n23,
GL050 n07 -> n05); the unanswerable follow-ups (GL019, GL020, GL021, GL028, GL039, GL046) were
checked by grepping their key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups29 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1261

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "n05_人大代表法_2025.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # all its facts named as asked: opens a control
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # all its facts named as asked: opens a control
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "n18_浙江省信访条例_2016.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,
    "n17_山东省村务公开条例_2018.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # its 界别 counts all named as asked: opens an unanswerable pair
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "n07_地方组织法_2022.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
