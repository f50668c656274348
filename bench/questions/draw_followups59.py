"""The seeded draw of shared-corpus documents behind bench/questions/followups59.jsonl.

What was done: the 50 pairs of followups59.jsonl (HT001-HT050) were written blind on 2026-12-05
(about 21:01-21:26 UTC by the machine clock) by a helper session on branch `followups59`
(worktree /work/wt-fu59), from the plain text of the documents only (reading, cat, grep, sed, awk
and small Python string scripts kept in /tmp/fu59 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only; the
whole test suite was also run once by mistake, see the README section), no existing
pair or question file except the first 3 lines of followups58.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HT001-HT025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HT026-HT050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter, one per
news item), until 25 pairs were written: the first 18 documents of the draw (seven laws and the
charter c_154, two pairs each, and ten news items; the eighteenth document, n19, a law, opens
one, which made 25). COUNTS gives how many pairs each drawn document opens (its file is the
pair's `first_doc`), in draw order. This draw picks documents, not articles; within a law the
writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that
README; every answer span has none), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HT008 handbook -> 机关处室
(负责年度履职报告的收集), HT013 机关处室 -> 社情民意办法 (供报送人通过履职平台查询), HT024 征集通知 ->
handbook (应当向提案委员会说明理由); HT031 c_60368 -> c_61580 (遴选25件重点提案), HT033 n15 -> n23
(可以接受个别成员的辞职), HT041 c_61580 -> c_61578 (市委书记秦春成出席闭幕会)).

Controls (is_followup false, a standalone second question answered by another document): HT009
handbook -> 机关处室 (解答系统登录和使用中的技术问题), HT014 机关处室 -> handbook
(提交和与承办单位的沟通联系), HT019 社情民意办法 -> 机关处室 (不直接受理和处理群众的信访事项),
HT025 征集通知 -> handbook (需要时上传调研报告等附件); HT036 c_60567 -> n24 (二十日内调查核实),
HT039 c_60319 -> n06 (实地检查、第三方评估), HT045 c_154 -> n03 (应当为其提供必要的帮助), HT047
n03 -> n10 (自法律施行之日起一年内).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HT010 (whether the plenary sign-in is by scanning a code or by hand; 扫码, 刷脸, 人脸 and 手写 in no
file, 二维码 in one undrawn file only, no 签字, 签名, 电子 or 系统 within 40 characters after 签到 or
20 before it; 签到 only in the handbook), HT015 (the head of the 信访局's 来信办理科; 来信办理科 only
in the 机关处室 page, with no 负责人, 科长, 姓名 or 同志 within 80 characters after it; 科长 only in
undrawn files; no 局长, 科长 or 负责人 within 60 characters after 信访局), HT020 (how many 特约信息员
are appointed a term; 特约信息员 only in the 办法, with no 名额, 人数, 多少 or a count of persons within
60 characters after it or 名额 or 人数 within 30 before it), HT032 (where the 全国政协新年茶话会 of
c_60695 was held; 茶话会 only in c_60695, with no 人民大会堂, 大会堂, 礼堂, 北京 or 会场 within 200
characters after it), HT040 (when the 法律专门委员会 of 九三学社广西区委 was founded; 法律专门委员会
only in c_60547, whose dates are the symposium's 12月20日 and the 2026年 work plan; it says only that
the symposium was the committee's first activity after it was set up), HT043 (the floor area of a
Beijing 居委会's office; 平方米 in no file, 面积 only in n10 (地域面积) and one undrawn file, never
within 60 characters of 办公用房).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups59 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1353

# pairs written per drawn document, in draw order (18 documents, 25 pairs)
COUNTS = {
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n06_监督法_2024.txt": 2,
    "n10_立法法_2023.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_61578_市政协五届六次会议胜利闭幕秦春成黄锦.txt": 1,
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,  # opens a control
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_60547_九三学社广西区委法律专门委员会第一次.txt": 1,  # opens an unanswerable pair
    "c_61580_书写政协履职新答卷.txt": 1,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,  # the second opens an unanswerable pair
    "c_154_中国人民政治协商会议章程.txt": 2,  # the second opens a control
    "n03_政府信息公开条例_2019.txt": 2,  # the second opens a control
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n19_河南省信访条例_2012.txt": 1,  # a law opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
