"""Record of the seeded draw behind bench/questions/own54.jsonl (fifty-fourth held-out set, helper "own54").

Run: python -m bench.questions.draw_own54 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1331).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 16:39 UTC by the machine's `date`, helper "own54", branch own54,
worktree /work/wt-own54): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_60915, c_62147, c_62238, n06, n08, n11, n13. Eighteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). n14 第十九条 and 第二十条, n17 第十八条 and 第二十四条 (every article within distance 4
named), n15 第二条 (every article within distance 4 named, 第一条 being the first), n20 第五条 (every article
within distance 4 named or taken), n25 第二条 and 第八条 (n25 exhausted) and n23 第二十条 and 第六条 (n23
exhausted) were used as drawn, as own40-own53 did, and most of their questions repeat earlier facts
(n20 第五条's asks a clause with no hit).
The questions are typed short, as members type on a phone: 67 of the 80 have at most 10 characters, the
median is 9.5.
Kinds (all 80): definition 26, rights_duties 19, where_to_report 10, procedure 9, deadline 8, numbers 8.
See the section "## own54.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1331
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 罚款 (O009), 警告/退还 (GV042's first message, its follow-up the fine), the 民政部门 named through them: fully
    # named; 第三十六条 (distance 1, lower; own53 used it as drawn) and 第三十八条 (distance 1, higher; PV007 own42, 逾期不改正
    # own42's substitute, GH043's second message) named; 第三十五条 (distance 2; media, own10's thin article, own35
    # substituted it) and 第三十九条 (distance 2; 营利性活动 own38) named; 第三十四条 (distance 3; its one sentence, own35's
    # substitute) and 第四十条 (distance 3; counted named by own50) named; 第三十三条 (distance 4, lower; FM042's control
    # second question reached it, fact not named) has 对有良好志愿服务记录的志愿者给予优待 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十七条"): "第三十三条",
    # 尊重志愿服务对象人格尊严 (QF003 own51), 个人隐私 (PU026 own41), 变相收取报酬 (own46): fully named; 第二十条 (distance
    # 1, lower; FQ040's first message, fact not named; 未经本人同意…不得公开 own49's substitute) has 尊重志愿者的人格尊严
    # with no hit
    ("n22_志愿服务条例_2017.txt", "第二十一条"): "第二十条",
    # counted named by own49 (own31 used it as drawn, own42 substituted it); 第二十一条 (distance 1, lower; own53's record:
    # fully named) and 第二十三条 (distance 1, higher; 立即办理 own29, 三十日内/六十日 own13, 书面答复 own28, 听证 own49's
    # substitute) named; 第二十条 (distance 2, lower; own42's, own44's, own46's, own50's and own53's substitute: 五个工作日内,
    # 网络信访平台, item (五), 当场答复, item (四)) has item (三), 依法应当由同级其他国家机关处理的…向有权处理的国家机关提出,
    # with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第二十条",
    # 限期反馈办理结果 (own30), 应当及时督办 (own26), 并提出改进建议 (own47's substitute), 给予相关人员处理的建议 (own33):
    # fully named; 第二十八条 (distance 1, lower; own37's substitute, 专业机构和专业工作者 own33) named; 第三十条 (distance 1,
    # higher; 作出书面说明 own39, GP037's first message) has 查询有关资料，询问有关人员，约见信访人 and 列入督查事项 with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十九条"): "第三十条",
    # its one sentence (GQ041's first message; own48 substituted it): fully named; 第十条 (distance 1, lower; own46, own34
    # "fully named") and 第十二条 (distance 1, higher; own48's substitute, 即行终止 FK030) named; 第九条 (distance 2, lower;
    # own34's record: fully named, though item (四) 属于检举、申诉、控告的 has no hit) counted named; 第十三条 (distance 2,
    # higher; 十个工作日 own5, 会议期间 own23, 合并处理 HI028, 退回代表 own51's substitute) has 应当对…进行复核 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十一条"): "第十三条",
    # 十五日内 (own12), where the case goes (own17), item (三) (own26), item (二) (own43's substitute) and item (一)'s
    # 转送: fully named; 第三十三条 (distance 1, lower; items (二) own43, (五) own39, (六) own21) has item (三), 对人民政府及其
    # 工作部门和所属工作人员职务行为的…投诉请求, with no hit
    ("n16_上海市信访条例_2018.txt", "第三十四条"): "第三十三条",
    # 坚定政治立场, 代表形象 (own42 used its one sentence as drawn): counted fully named; 第五十六条 (distance 1, lower) drawn
    # itself; 第五十八条 (distance 1, higher; JA073, own21, own42's substitute 回答…询问, PV013) named; 第五十五条 (distance 2,
    # lower; NA064 "its middle", own20 its last paragraph) has 拒绝履行义务的…予以批评教育，直至给予处分 with no hit
    ("n05_人大代表法_2025.txt", "第五十七条"): "第五十五条",
    # 文史资料 (own6, own10, own24; own32 substituted it): fully named; 第十八条 (distance 1, lower; own32's substitute,
    # 开展人民外交活动) has 宣传和协助贯彻执行国家的外交政策 and 友好往来和合作 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第十九条"): "第十八条",
    # 界别设置/常委会 (own20), own45's substitute (its first paragraph), own52's substitute (its second paragraph): fully
    # named; 第三十九条 (distance 1, lower; own14, its one sentence) and 第四十一条 (distance 1, higher; 五年 and 得延长任期,
    # GW034) named; 第三十八条 and 第四十二条 (distance 2) named; 第三十七条 (distance 3, lower; 弄虚作假 own35's substitute,
    # 涉嫌违纪违法正在接受调查处理 own49, 被判刑 an unanswerable's neighbour) has 严重损害国家和人民利益的 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十条"): "第三十七条",
    # 村规民约 (own38), its duties through the twins n08 第十二条/n23 第二十条 (own39), own29 used it as drawn: fully named;
    # 第八条 (distance 1, lower; items (五) own20 and (六) own45's substitute) has item (三), 发展各种形式的合作经济, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第九条"): "第八条",
    # 关心集体, 遵纪守法 (own39), 具有履行职责的能力 (own41), own43 substituted it: fully named; 第十八条 (distance 1, lower;
    # 五分之四 own43's substitute, 不少于三十人 own40, 不少于五十人 own32, 妇女 and 三百人以上 named) has 人数在五百人以上不足
    # 一千人的村…不少于四十人 with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第十九条"): "第十八条",
    # 警告或者记过处分 (own26), a follow-up message's 区里部门直接给居委会派活呢, own43 substituted it: fully named; 第三十七条
    # (distance 1, lower; own26, own34 substituted it, GS040's first message) named; 第三十九条 is the last; 第三十六条
    # (distance 2, lower; its first paragraph own34's substitute, its third own43's) has its second paragraph, 运用信息化
    # 方式，拓展自治渠道和平台, with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十八条"): "第三十六条",
    # 指导、支持和帮助 (own27), 协助 (PU022 own41), own37 substituted it: fully named; 第八十六条 (distance 1, lower; own37's
    # substitute 公共服务、公共管理、公共安全, GG050's first message) has 综合管理、统筹协调、应急处置和行政执法等职责 with no hit
    # for n07
    ("n07_地方组织法_2022.txt", "第八十七条"): "第八十六条",
    # 分级负责制 (own40), 配备工作人员 (own50's substitute), 牵头研究 (own46), 邀请 (own45), 主要负责人 (own33's substitute):
    # fully named; 第十五条 (distance 1, lower) drawn itself; 第十七条 (distance 1, higher; own51 substituted it, 共同走访
    # GT047) named; 第十四条 and 第十八条 (distance 2), 第十三条 and 第十九条 (distance 3) named; 第十二条 (distance 4, lower;
    # own53 used it as drawn) named; 第二十条 (distance 4, higher; 审核签发 own41, 公章, 抄送 own18, 网上处理系统 own28) has
    # 对代表联名提出的…应当答复每位代表 with no hit for n12
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十六条"): "第二十条",
    # 闭会后一个月内 (own13 LA052), who organises (own26): fully named; 第十四条 and 第十六条 (distance 1; the second drawn
    # itself), 第十三条 and 第十七条 (distance 2), 第十二条 and 第十八条 (distance 3) named; 第十一条 (distance 4, lower;
    # 会议期间, 七个工作日, 网上处理系统, 分办协调 and its fourth paragraph asked, own48; own43's substitute) has its last
    # paragraph, 其他机关、组织…交本市有关机关、组织负责办理, with no hit (第二十条 taken by the substitution above)
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十五条"): "第十一条",
    # 可以由代表一人提出 (own31's substitute), 联名: 领衔代表应当采取适当方式 (own24's substitute): fully named; 第八条
    # (distance 1, lower; QB037 own48, own53's record) and 第十条 (distance 1, higher; 七天内 own14, who 受理s own9, 不予受理
    # own20) named; 第七条 (distance 2, lower; own53's substitute, 有情况、有分析、有具体意见; 专用纸 through n21 第十条) has
    # 由代表亲笔签名 with no hit for n20 (亲笔签名 is named only for n13 and n05)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第九条"): "第七条",
    # item (一) C027, (二) own50, (三) own39, (四) a catch-all: fully named; 第四十四条 (distance 1, lower; own32 used it as
    # drawn, own53's record: named) named; 第四十六条 (distance 1, higher; (一) own28, (二) own40's substitute, (四) own41's
    # substitute, (五) C002) has items (三) and (六), 打击报复信访人, with no hit
    ("n02_信访工作条例_2022.txt", "第四十五条"): "第四十六条",
    # 由村民委员会召集 (own50), 每季度, 三分之二/五分之一 and 过半数 through the twin n24 第二十三条, FN035's control second
    # question: fully named; 第二十五条 (distance 1, lower; 五户至十五户 own18, 任期 own14, 推选若干人 QD054, the rest through
    # the twin n24 第十八条/第二十一条) named; 第二十七条 (distance 1, higher; own30 used it as drawn, its fact not named) has
    # 不得有侵犯村民的人身权利、民主权利和合法财产权利的内容 with no hit
    ("n09_村民委员会组织法_2018.txt", "第二十六条"): "第二十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
