"""The seeded draw of shared-corpus documents behind bench/questions/followups61.jsonl.

What was done: the 50 pairs of followups61.jsonl (HV001-HV050) were written blind on 2026-12-05
(about 22:00-22:10 UTC by the machine clock) by a helper session on branch `followups61`
(worktree /work/wt-fu61), from the plain text of the documents only (reading, cat, grep and small
Python string scripts kept in /tmp/fu61 that import nothing from kb/ or bot/, only bench.draws and
the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or eval script
other than this draw and tests/test_question_sets.py (pass/fail only); of the earlier pair files
only the fields first/followup/resolved of followups*.jsonl and english_followups.jsonl and the
field question of own*.jsonl were read, by a script, for overlap counts, plus the ids, documents,
sections, kinds and flags of followups60.jsonl and its first 3 lines for the format).

HV001-HV025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HV026-HV050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law and for the charter, one per
news item; c_151, the short CPPCC introduction, counts as news, as bench.draws.is_law has it),
until 25 pairs were written: the first 20 documents of the draw (five laws n20, n23, n09, c_154
and n13 two pairs each, and fifteen news items one each; the twentieth document, c_60811, a news
item, made 25). COUNTS gives how many pairs each drawn document opens (its file is the pair's
`first_doc`), in draw order. This draw picks documents, not articles; within a document the
writer chose the first message's fact and the follow-up's answer among facts whose answer spans
have no hit in bench/questions/README.md or in the earlier sets' question texts, so no drawn
document was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HV008 handbook -> 机关处室
五、2． (设立委员服务组), HV018 社情民意办法 -> 征集通知 三 (支持民营经济和中小微企业发展), HV024 征集通知
-> handbook 第十二条 (界别和联系方式等信息); HV034 n23 -> n09 第六条 (共三至七人组成), HV036 c_151 ->
c_154 第三十五条 (小团体和特定关系人的利益), HV049 n13 -> n20 第二十八条 (第三方评估等形式)).

Controls (is_followup false, a standalone second question answered by another document): HV009
handbook -> 社情民意办法 (能够为有关部门采纳), HV014 机关处室 -> handbook (经审核后编报党委、政府参阅),
HV019 社情民意办法 -> 机关处室 (在15日内分别转送、交办), HV025 征集通知 -> 社情民意办法
(少数人的具体利益诉求); HV032 c_62147 -> n23 (从本地区居民中聘请代理人员), HV040 c_60319 -> n09
(负责村民民主理财), HV044 c_2522 -> n20 (应当在收到之日起十日内), HV048 n13 -> c_154
(设副秘书长一人至数人).

Unanswerable follow-ups, checked by grepping their key terms over the documents of both folders
(none answers): HV010 (the hotel where members stay during the plenary; 酒店, 宾馆 and 住宿 in no
file), HV015 (parking at the 机关大楼; 停车 and 车位 in no file), HV020 (a fee for an adopted
社情民意 item; 稿费 and 稿酬 in no file, 报酬 only in n01, n22 and n24 on other matters), HV027 (the
age of the newly elected 民盟 chair; 年龄 only in n22, 岁数 and 出生 in no file; c_2522 lists
莫秋婷 with no age), HV035 (the lowest-scored unit at the 提案办理评议 meeting; 打分, 评分, 得分,
排名 and 名次 in no file), HV042 (how long the 43rd 双周协商座谈会 lasted; 时长 in no file, 小时
only in the handbook, the 办法 and c_60915 on other matters).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups61 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1361

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens an unanswerable pair
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62147_黄恩率队赴京拜访文旅部并考察文旅企业.txt": 1,  # opens a control
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,  # opens an unanswerable pair
    "c_151_中国人民政治协商会议简介.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,
    "n09_村民委员会组织法_2018.txt": 2,
    "c_60319_2025年河池市政协民族宗教委员会工.txt": 1,  # opens a control
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens a control
    "c_60567_民进中央印发关于学习宣传贯彻中共中央.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,  # the first opens a control
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,  # a news item opening one pair, which made 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
