"""Record of the seeded draw behind bench/questions/own69.jsonl (sixty-ninth held-out set, helper "own69").

Run: python -m bench.questions.draw_own69 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1391).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 06:34 UTC by the machine's `date`, helper "own69", branch own69,
worktree /work/wt_own69): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_60548, c_60695, c_62147, n07, n13, n20, n22. The draw was taken from the
writer's standard-library copy of bench/draws.articles_drawn in /tmp/own69/draw.py, not from this
module; the test's check that `draw` gives the drawn documents and `used` the articles asked is the
module's only run.
As for own61-own68, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own68 and
followups67 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Sixteen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged, as by own68, from a listing of every clause parted
by 。 or ； with the earlier answer phrases of the same document standing in it, then by reading, under
own68's rule: clauses parted by 。 or ； are separate facts; a sentence of two halves joined by a comma
is one fact whose other half counts as asked when one half was (n10 第五十二条, n09 第二十三条, n10
第五十条 and 第五十四条, n21 第二十四条's second sentence); the items of a list (、 or 和),
of a numbered list, or of a run of three or more duties, powers or requirements count one by one, also
when an earlier question asked the whole list through other items (n11 第七条, n06 第四十六条, n15
第二条, n08 第十条, n25 第十二条, n09 第二十四条, n17 第七条 and 第十三条, n19 第八条 and
第十四条, n12 第二十五条, n14 第四条 and 第十七条, n05 第十一条 and 第五十七条, n21 第二十四条, n02
第二十七条 and 第四十七条, c_154 第四十六条, n24 第二十九条, n18 第十九条); two ways of doing one thing
joined by 或者 are one fact (n21 第二十八条's 平台 or 书面, asked by own54's 咋评); a fact an earlier
question takes as its premise counts as asked (n05 第十二条's 设立代表工作委员会, followups29/35; n16
第十四条 item (三)'s 回避申请, followups6); a catch-all item (其他…), a closing aim, a 另有规定的，依照其
规定 or a boilerplate 构成犯罪的，依法追究刑事责任 is no fact. A fact asked only of another law or
document in the same words does not count (n09 第四十条 beside n08; n12 第十一条 beside n11; n24
第二十三条 and 第二十九条 beside n09; n06 第四十二条 beside n10; n16 第十四条 beside n18; n09 第二十四条
beside n24), nor do the same words asked of another article of the same law (c_154 第四十三条's 全体会议
每年举行一次, asked of the local committees' 第五十四条 as 每年至少举行一次).
Three drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken: n08 第二十条 (own26's 业务指导; n08 is exhausted), n25 第二条
(own23 and followups67's 告知行为; n25 is exhausted) and n23 第三十条 (followups29/52's 北京市民政局;
its 第二十七条 drawn, 第二十六条, 第二十八条 and 第二十九条 asked, 第三十一条 the last).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9,
deadline 8, numbers 8. See the section "## own69.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1391
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 二十个工作日内…填写…回执 (own10, own54), 不满意的…填写具体意见 and 人代工委召集…研究 (own38): fully
    # asked; 第二十七条 and 第二十九条 (distance 1), 第二十六条 and 第三十条 (distance 2), 第二十五条 and
    # 第三十一条 (distance 3) asked; 第二十四条 (distance 4, lower) has 注重办理落实, the middle duty of a run
    # whose 建立承诺事项台账 (own60) and 录入…履职服务平台 (own40) were asked
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十八条"): "第二十四条",
    # 全国委员会设主席，副主席若干人和秘书长 (own25): fully asked; 第四十一条 (distance 1, lower; own6,
    # followups6/40/45) asked; 第四十三条 (distance 1, higher) has 全国委员会全体会议每年举行一次, asked by no
    # set (followups, followups18 and followups22 asked the local committees' 第五十四条)
    ("c_154_中国人民政治协商会议章程.txt", "第四十二条"): "第四十三条",
    # 协助秘书长进行工作 (own12), 在秘书长领导下进行工作 (own22, followups60): fully asked; 第四十七条
    # (distance 1, lower; own68 and others) and 第四十九条 (distance 1, higher; own, own8, own31, own45)
    # asked; 第四十六条 (distance 2, lower) has item (五), 闭会期间，审查通过提交…的重要建议案, asked by no set
    ("c_154_中国人民政治协商会议章程.txt", "第四十八条"): "第四十六条",
    # 少数服从多数的原则 (own4), 应当采取民主的方法 (followups64), 不得强迫命令 (own61): fully asked; 第十条
    # (distance 1, lower) has the list item 三分之一以上的居民小组提议, asked of n08 by no set (own and own36
    # asked 五分之一以上的十八周岁以上的居民; followups5/13/43 asked n23's same words)
    ("n08_城市居民委员会组织法_2018.txt", "第十一条"): "第十条",
    # 确认…违法 (own40, own60, followups42), 补救措施 (own21, own65), 赔偿责任 (own21, own67, followups53),
    # 不得公开 (own31, followups17/30), 裁定暂时停止公开 (own12, own22, own26, own55, followups62): fully
    # asked; 第十条 (distance 1, lower; own13 and others, own61) asked; 第十二条 (distance 1, higher) has
    # item (一)'s 依法不属于被告公开的, asked by no set (own14 asked 政府信息不存在, own68 不属于政府信息)
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十一条"): "第十二条",
    # 政府信息的定义 (own49, the whole sentence): fully asked; 第一条 is the first; 第三条 (distance 1,
    # higher) has 各级人民政府应当加强对政府信息公开工作的组织领导, asked by no set
    ("n03_政府信息公开条例_2019.txt", "第二条"): "第三条",
    # 十八周岁以上村民的过半数 and 三分之二以上的户的代表 (own6, own13), 到会人员的过半数通过 (own46), 派代表列席
    # (own35, followups39): fully asked; 第二十一条 (distance 1, lower; own62, own63, own67, followups51)
    # and 第二十三条 (distance 1, higher; own25, own42, own63) asked; 第二十条 (distance 2, lower; own11,
    # own15, followups39/42/57) asked; 第二十四条 (distance 2, higher) has item (六), 宅基地的使用方案, asked of
    # n09 by no set (own50 asked n24's)
    ("n09_村民委员会组织法_2018.txt", "第二十二条"): "第二十四条",
    # 尊重代表的权利 (own65, whose question asks 支持), 批评教育…处分 (own54), 阻碍…处分, 治安管理处罚,
    # 刑事责任 (own14), 打击报复…责令改正 (own20), 国家工作人员…构成犯罪 (own67): fully asked; 第五十四条 and
    # 第五十六条 (distance 1) asked; 第五十三条 (distance 2, lower; own9, own11, followups49) asked;
    # 第五十七条 (distance 2, higher) has 履行政治责任 and 加强思想作风建设, duties of a run whose 坚定政治立场 and
    # 自觉维护代表形象 own42 asked
    ("n05_人大代表法_2025.txt", "第五十五条"): "第五十七条",
    # 设立代表工作委员会, 作为常务委员会的工作机构 (followups29/35, whose questions take the committee as their
    # premise): fully asked; 第十一条 (distance 1, lower) has 支持和保障代表依法履职, one duty of the run whose
    # 密切同代表的联系 (own55), 丰富…内容和形式 (own63) and 加强代表工作能力建设 (own34) were asked (第十三条,
    # distance 1, higher, has 请假, also unasked: the lower one taken)
    ("n05_人大代表法_2025.txt", "第十二条"): "第十一条",
    # 接受乡镇人民政府指导 (own34, own55), 向村民会议和村民代表会议负责 (own, own36), 可以列席 (followups21): fully
    # asked; 第十四条 and 第十六条 (distance 1) asked; 第十三条 (distance 2, lower) has 书面, the last item of the
    # forms whose 会议、广播、电视、网络 own27 asked
    ("n17_山东省村务公开条例_2018.txt", "第十五条"): "第十三条",
    # 会议期间…向大会秘书处书面提出, 闭会期间…代表工作机构书面提出, 经代表一致要求可以撤回 (many sets): fully
    # asked; 第九条 (distance 1, lower) asked; 第十一条 (distance 1, higher) has 分别交市人民政府、市高级人民法院、
    # 市人民检察院办理, asked of n12 by no set (own66 asked n11's same words)
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十条"): "第十一条",
    # 全体组成人员的过半数通过 (own55; 由常务委员会发布公告予以公布 the other half): fully asked; 第五十一条
    # (distance 1, lower; own22, whose question asks who drafts the 表决稿) and 第五十三条 (distance 1, higher;
    # own49) asked; 第五十条 and 第五十四条 (distance 2; own51 and own25, each the other half asked) asked;
    # 第四十九条 (distance 3, lower) has 省、自治区、直辖市的人民代表大会常务委员会可以…提出法律解释要求, asked by
    # no set (第五十五条, distance 3, higher, has unasked items too: the lower one taken)
    ("n10_立法法_2023.txt", "第五十二条"): "第四十九条",
    # 及时办理信访事项 (own66), 做好解释和疏导工作 (own2, own31): fully asked; 第二十一条 and 第二十三条
    # (distance 1) asked; 第二十条 (distance 2, lower) drawn itself, 第二十四条 (distance 2, higher) asked;
    # 第十九条 (distance 3, lower) has the list 诉讼、仲裁、行政许可…行政复议, asked of n18 by no set (own24
    # asked n16's; own57 asked 第二十条's 不予受理 for such matters)
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第十九条",
    # 三十日内报全国人民代表大会常务委员会备案 (own2, own22, followups28; the whole article): fully asked;
    # 第四十条 (distance 1, lower; own27) asked; 第四十二条 (distance 1, higher) has 其他国家机关和社会团体、企业
    # 事业组织以及公民…可以…书面提出进行审查的建议, asked by no set (own18 asked n10's same words)
    ("n06_监督法_2024.txt", "第四十一条"): "第四十二条",
    # 少数服从多数的民主决策机制, 公开透明的工作原则 (own47, followups64; 建立健全各项工作制度 the other half):
    # fully asked (as own68 read it); 第二十七条 (distance 1, lower; own7) asked; 第二十九条 (distance 1,
    # higher) has item (四), 国家计划生育政策的落实方案, asked of n24 by no set (own36 asked n09's)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第二十八条"): "第二十九条",
    # 国家信访局负责解释 (own33, the whole article): fully asked; 第四十八条 (distance 1, lower; own68) asked,
    # 第五十条 the last; 第四十七条 (distance 2, lower) has 给予治安管理处罚 for 滋事扰序、缠访闹访, the other item
    # of the measures whose 现场处置措施 own22 asked (own35 asked the 捏造歪曲 clause's)
    ("n02_信访工作条例_2022.txt", "第四十九条"): "第四十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
