"""Record of the seeded draw behind bench/questions/own36.jsonl (thirty-sixth held-out set, helper "own36").

Run: python -m bench.questions.draw_own36 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1274).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec 2026, from 19:55 UTC by the machine's `date`, helper "own36", branch own36,
worktree /work/wt-own36): the draw stops after 44 documents (22 laws x 2 articles, the charter
c_154 among them, + 22 news articles = 66). Not drawn: n04, n12, n16, n21, c_60547, c_60548,
c_62022. Eighteen drawn articles hold only facts that bench/questions/README.md names as asked (by
an earlier set, a follow-up message, or through a twin law), so the nearest article with a fact not
named there (the lower one when two are equally near and both usable; drawn articles skipped) was
used instead (SUBSTITUTED, each with its reason in a comment). Kinds (all 80): definition 32,
rights_duties 11, procedure 11, where_to_report 10, deadline 8, numbers 8. See the section
"## own36.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1274
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # one sentence (who handles, QC049); 第十四条 (as near, lower) judged named (items (一)-(三),
    # GF047); 第十六条 has 纳入承办单位年度绩效考核范围 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十五条"): "第十六条",
    # whom the police report (own6), 主席团许可/不受逮捕 (own22); 第三十九条 (as near, lower) named
    # (不受法律追究); 第四十一条 has 必要的物质上的便利或者补贴 with no hit (its 往返的旅费 asked of the
    # twin n05 第四十一条 by followups22)
    ("n07_地方组织法_2022.txt", "第四十条"): "第四十一条",
    # 以全体代表的过半数通过 (FV028, GQ035); 第二十四条 (distance 1, lower) has 质询对象、质询的问题和内容
    # with no hit
    ("n07_地方组织法_2022.txt", "第二十五条"): "第二十四条",
    # 二个月内 own18, 专题调研 own22, 跟踪, 改进意见 own33: fully named; 第二十六条 (distance 1, lower;
    # 第二十八条 fully named) has 办理工作信息库或者工作档案 with no hit (its 书面说明 asked)
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十七条"): "第二十六条",
    # 超出本市权限 -> 向全国人大/上级机关反映 in a list of law facts asked; 第十九条 (邀请代表参与, and
    # 理解代表的具体意向 own33) and 第二十一条 (三个月/六个月) fully named; 第十八条 (distance 2, lower)
    # named (确定办理的方式、途径和方法); 第二十二条 (as near, higher) has 答复意见应当采用公文形式 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十条"): "第二十二条",
    # paragraphs 1, 2, 4-7 named, the third a substitute's: fully named; 第四条 (distance 1, lower)
    # has item (二) (国家保密行政管理部门 -> 署名的机关为被告) with no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第五条"): "第四条",
    # items (一)-(七) all named (C004, NA047, own19, a substitute's (三), (四), (五), (六)); 第十一条
    # (as near, lower) named fully by an earlier set; 第十三条 (its last article) has 与本规定不一致的，
    # 按本规定执行 with no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十二条"): "第十三条",
    # one sentence (时间保障, GL027); 第三十九条 (distance 1, lower; named only as a neighbour for
    # S047) has its second paragraph (其他限制人身自由的措施 -> 许可) with no hit
    ("n05_人大代表法_2025.txt", "第四十条"): "第三十九条",
    # one sentence (每年, PB003); 第四十四条 (PB025, QC020) and 第四十六条 (回答询问, own15) fully
    # named; 第四十七条 (distance 2) has 全体会议、联组会议或者分组会议 with no hit (第四十三条 as near and
    # lower was not checked beyond its named 提出撤销: a slip)
    ("n06_监督法_2024.txt", "第四十五条"): "第四十七条",
    # 15个工作日 (PB027), 视为同意 (followups20), 牵头…征求 named; 第三十三条 and 第三十五条 fully
    # named; 第三十二条 (distance 2, lower) has 书面征求第三方的意见 with no hit
    ("n03_政府信息公开条例_2019.txt", "第三十四条"): "第三十二条",
    # a scope clause used and substituted by earlier sets; 第五十三条 (distance 1, lower; item (二)
    # I035) has 由上一级行政机关责令改正 with no hit
    ("n03_政府信息公开条例_2019.txt", "第五十四条"): "第五十三条",
    # C064's middle, 充分吸纳、落实 own24, own32: fully named; 第十条 (distance 1, lower; 个人诉求
    # named) has 建议主题、主要事由、对策建议 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十一条"): "第十条",
    # items (一), (二) asked; 第十三条 (distance 1, higher; 第十一条 drawn) has item (三)
    # (立、改、废、释的参考) with no hit (items (四)-(六) named)
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十二条"): "第十三条",
    # 暂时调整或者暂时停止适用 an earlier answer phrase; 第七十八条 (distance 1, lower) has
    # 行政法规文本为标准文本 with no hit
    ("n10_立法法_2023.txt", "第七十九条"): "第七十八条",
    # one sentence (每届任期五年), asked of a twin; 第九十七条 (distance 1, lower) has
    # 由下一级的人民代表大会选举 with no hit
    ("n01_宪法.txt", "第九十八条"): "第九十七条",
    # 领导核心作用 (own29) and 支持和保障…直接行使民主权利 (own32) asked of the twin n09 第四条;
    # 第三条 (distance 1, lower) has 由乡、镇人民政府提出 with no hit (its 报县级人民政府批准 named)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四条"): "第三条",
    # 十五户至五十户 and 组长 asked; 第二十一条 and 第二十三条 fully named; 第二十条 (distance 2,
    # lower) and 第二十四条 (受益单位同意 named, 收支帐目 asked of its twin n08 第十六条) named; 第十九条
    # (distance 3, lower) fully named; 第二十五条 has 范围、标准由市人民政府规定 with no hit (the article
    # holds GF048's follow-up answer, fact not named)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十二条"): "第二十五条",
    # 每年举行一次 (own10), 临时召集 (own20); 第四十二条 (distance 1, lower) named; 第四十四条 has
    # item (一) (修改…章程) with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十三条"): "第四十四条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
