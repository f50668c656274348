"""The seeded draw of shared-corpus documents behind bench/questions/followups58.jsonl.

What was done: the 50 pairs of followups58.jsonl (HS001-HS050) were written blind on 2026-12-05
(about 19:56-20:13 UTC by the machine clock) by a helper session on branch `followups58`
(worktree /work/wt-fu58), from the plain text of the documents only (reading, cat, grep, sed, nl,
awk and small Python string scripts kept in /tmp/fu58 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups57.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HS001-HS025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HS026-HS050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter, one per
news item), until 25 pairs were written: the first 16 documents of the draw (eight laws and the
charter c_154, two pairs each, and seven news items; the sixteenth document, n01, made 25 with
its two). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a law the writer
chose the first message's article and the follow-up's answer among facts bench/questions/README.md
names least as asked (checked by counting hits of terms in that README; every answer span has
none), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HS008 handbook -> 征集通知
(临政协办发〔2026〕15号), HS013 机关处室 -> handbook (专题协商会、界别协商会), HS024 征集通知 ->
机关处室 (为委员办理系统账号开通); HS031 n08 -> n24 (无记名投票或者举手表决), HS038 c_61578 ->
c_62022 (黄恩主持并讲话), HS044 n20 -> n11 (至迟不得超过六个月答复代表)).

Controls (is_followup false, a standalone second question answered by another document): HS009
handbook -> 机关处室 (负责机关日常运转的综合协调), HS014 机关处室 -> 社情民意办法 (服务大局的原则),
HS019 社情民意办法 -> 机关处室 (向报送人反馈采用情况), HS025 征集通知 -> 社情民意办法
(视情节给予提醒); HS035 c_154 -> n03 (依申请提供政府信息，不收取费用), HS039 c_60368 -> n10
(一般不少于三十日), HS048 c_58542 -> n08 (可以根据自愿原则向居民筹集), HS050 n01 -> c_154
(对违纪违法行为检举揭发的权利).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HS010 (lodging for members during the plenary; no 住宿, 食宿, 宾馆, 酒店, 住处, 入住 or 招待所
within 40 characters of 委员, 会议 or 政协 in any file, one such word in one undrawn file elsewhere),
HS015 (a fee for donated 文史资料; no 稿费, 稿酬, 润笔 or 劳务费 in any file, no 报酬, 费 or 奖励
near 文史), HS020 (how many issues of 《临江社情民意》 a year; no 期数, 每期, 几期, 出刊, 刊期 or 内刊
in any file, no 期 within 60 characters after or 30 before 临江社情民意), HS036 (how many days the
政绩观 读书班 of c_62022 lasted; 天 not in c_62022, its only 日 the 近日 of its first line, 为期 in no
file), HS047 (whether 宗教界委员 spoke at the 民宗委 meeting of c_60319; 发言 not in c_60319,
宗教界委员 only there, once, on their political direction; no 发言 within 200 characters of 民族宗教
in any file), HS049 (how many days ahead a 游行 must be applied for; no 申请, 批准, 许可, 提前, 天,
日 or 报告 within 60 characters after 游行 or 30 before it in any file).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups58 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1349

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n03_政府信息公开条例_2019.txt": 2,
    "n10_立法法_2023.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens an unanswerable pair
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # opens a control
    "n11_北京市人大代表建议批评和意见办理条例_2014.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "n19_河南省信访条例_2012.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens an unanswerable pair
    "c_58542_以新谋远向实而行河池市政协以创新驱动.txt": 1,  # opens a control
    "n01_宪法.txt": 2,  # the first opens an unanswerable pair, the second a control
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
