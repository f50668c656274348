"""The seeded draw of shared-corpus documents behind bench/questions/followups57.jsonl.

What was done: the 50 pairs of followups57.jsonl (HR001-HR050) were written blind on 2026-12-05
(about 17:51-18:08 UTC by the machine clock) by a helper session on branch `followups57`
(worktree /work/wt-fu57), from the plain text of the documents only (reading, cat, grep, sed, nl,
awk and small Python string scripts kept in /tmp/fu57 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups56.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HR001-HR025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HR026-HR050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter, one per
news item or the introduction c_151), until 25 pairs were written: the first 17 documents of the
draw (seven laws and the charter c_154, two pairs each, and nine one-pair documents; the
seventeenth document, n16, made 25 with its two). COUNTS gives how many pairs each drawn document
opens (its file is the pair's `first_doc`), in draw order. This draw picks documents, not
articles; within a law the writer chose the first message's article and the follow-up's answer
among facts bench/questions/README.md names least as asked (checked by counting hits of terms in
that README; every answer span has none), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HR008 handbook -> 机关处室
(主席会议的会务工作), HR013 机关处室 -> 征集通知 (提案征集工作启动), HR024 征集通知 -> handbook
(对办理情况作出评价); HR026 n18 -> n16 (个人隐私等事项予以保密), HR034 n24 -> n09
(每五户至十五户推选一人), HR037 c_61880 -> c_61598 (工作倡议书)).

Controls (is_followup false, a standalone second question answered by another document): HR009
handbook -> 机关处室 (请向临江市信访局或者承办机关), HR014 机关处室 -> handbook
(做好宣传政策), HR019 社情民意办法 -> 征集通知 (使用本人账号提交), HR025 征集通知 ->
社情民意办法 (值得重视的情况); HR032 c_154 -> n24 (于五日内向村民公告), HR036 c_62238 ->
n01 (受质询的机关必须负责答复), HR040 c_61580 -> c_154 (有声明退出的自由), HR050 n16 -> n02
(调解协议书).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HR010 (a transport or meal allowance for inspections; no 交通补助, 误餐, 交通费 or 餐补 in any file,
补助 only in n09, n24 and undrawn files, no 补 within 40 characters after 视察), HR015 (a bus stop near the
机关 building; no 公交, 地铁, 车站, 火车 or 高铁 in any file), HR020 (whether the 办法's sample piece
on 老年助餐点 was adopted; 助餐点 only in the 办法's 附件, no 采用, 批示 or 编发 within 60 characters
of 助餐), HR039 (where the 民宗委 work meeting of c_60319 was held; no 会议室 in any file, no 地点
or 在…召开 in c_60319), HR048 (which committee leads the two supervision topics of c_61598; no
委员会, 牵头 or 负责 within 80 characters after 人居环境 or 陆海新通道 nor within 40 before them, 专委会
only in undrawn files), HR049 (the phone number of Shanghai's 信访 office; no 接待电话 in any
file, phone numbers only in the samples, 12345 and 热线 only in undrawn files and never near 信访).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups57 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1345

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n18_浙江省信访条例_2016.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_62238_广西河池天峨县政协马上办守住枝头甜.txt": 1,  # opens a control
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "c_61580_书写政协履职新答卷.txt": 1,  # opens a control
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n02_信访工作条例_2022.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "n01_宪法.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # opens an unanswerable pair
    "n16_上海市信访条例_2018.txt": 2,  # the first opens an unanswerable pair, the second a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
