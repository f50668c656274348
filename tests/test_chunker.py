"""Tests for kb.chunker with small inline documents (no corpus needed)."""

from __future__ import annotations

import time

import pytest

from kb.chunker import Chunk, chunk_document, citation, cn_to_int, embedding_text, split_sentences
from kb.parsers import Block, ParsedDocument, parse_bytes

END_OK = set("。！？；”」")


def parse_txt(text: str, name: str = "doc.txt") -> ParsedDocument:
    return parse_bytes(text.encode("utf-8"), name)


def doc_of(*blocks: Block | str, title: str = "测试文件") -> ParsedDocument:
    bl = [b if isinstance(b, Block) else Block(b) for b in blocks]
    return ParsedDocument(title=title, blocks=bl, source_name="t.docx", file_type="docx")


def assert_well_formed(chunks: list[Chunk], max_chars: int = 400) -> None:
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert c.text and c.text == c.text.strip()
        assert len(c.text) <= max_chars, (len(c.text), c.text[:40])
        if c.article:
            assert c.heading_path and c.heading_path[-1] == c.article


# --------------------------------------------------------------------------
# numerals
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s,n",
    [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十八", 28), ("一百", 100), ("一百零五", 105),
     ("一百一十", 110), ("一百一十二", 112), ("一百九十九", 199), ("两百", 200), ("一千零一", 1001),
     ("二〇二二", 2022), ("28", 28), ("１２", 12)],
)
def test_cn_to_int(s, n):
    assert cn_to_int(s) == n


def test_cn_to_int_rejects_garbage():
    with pytest.raises(ValueError):
        cn_to_int("第五")


# --------------------------------------------------------------------------
# a charter-like document
# --------------------------------------------------------------------------

ITEMS = [
    "（一）不遵守本章程，经批评教育仍不改正，严重损害人民政协的声誉和形象的",
    "（二）无正当理由连续两次不参加全体会议，或者一年内多次不参加视察、调研等活动的",
    "（三）违反廉洁自律有关规定，利用委员身份谋取不正当利益，造成不良社会影响的",
    "（四）受到刑事处罚，或者受到党纪政务处分且不宜继续担任委员职务的",
    "（五）因工作调动或者其他原因，已经不再具有所在界别代表性，本人不能正常履职的",
    "（六）在重大政治原则问题上发表错误言论，造成恶劣影响，经教育仍不改正的",
    "（七）弄虚作假骗取委员资格，或者在履职中提供虚假材料、反映失实情况的",
    "（八）有其他严重违反法律法规和本章程行为，不宜继续担任委员的",
    "（九）拒不执行政协全体会议和常务委员会决议，经多次批评教育仍拒不改正，情节严重的",
    "（十）长期不履行委员职责，经所在界别和专门委员会多次督促仍无改进的",
]
LEAD = "第二十五条 委员有下列情形之一的，由常务委员会决定撤销其委员资格："
CHARTER = "\n".join(
    [
        "中国人民政治协商会议地方委员会章程",
        "",
        "目录",
        "总纲",
        "第一章 工作总则",
        "第三章 委员",
        "",
        "总纲",
        "",
        "中国人民政治协商会议是中国人民爱国统一战线的组织，是中国共产党领导的多党合作和政治协商的重要机构。",
        "",
        "团结和民主是中国人民政治协商会议的两大主题。",
        "",
        "第一章 工作总则",
        "",
        "第一条 中国人民政治协商会议全国委员会和地方委员会，依照本章程进行工作。",
        "",
        "第二条 中国人民政治协商会议的主要职能是政治协商、民主监督、参政议政。",
        "",
        "政治协商是对国家大政方针和地方的重要举措在决策之前和决策实施之中进行协商。",
        "",
        "第三章 委员",
        "",
        "第二十四条 委员应当遵守本章程，履行委员职责。",
        "",
        LEAD,
        "",
        *[item + ("；" if i < len(ITEMS) - 1 else "。") for i, item in enumerate(ITEMS)],
        "",
        "第二十六条 本章程自通过之日起施行。",
    ]
)


def test_charter_structure_and_articles():
    doc = parse_txt(CHARTER, "章程.txt")
    chunks = chunk_document(doc)
    assert_well_formed(chunks)
    # table of contents dropped, 总纲 is a section
    assert chunks[0].heading_path == ["总纲"] and chunks[0].article is None
    assert chunks[0].text.startswith("中国人民政治协商会议是中国人民爱国统一战线的组织")
    assert "团结和民主" in chunks[0].text  # two short preamble paragraphs merged
    assert not any(c.text.startswith("第一章") or "目录" in c.text for c in chunks)

    by_article: dict[str, list[Chunk]] = {}
    for c in chunks:
        if c.article:
            by_article.setdefault(c.article, []).append(c)
    assert list(by_article) == ["第一条", "第二条", "第二十四条", "第二十五条", "第二十六条"]
    # one article = one chunk, with its second paragraph
    (a2,) = by_article["第二条"]
    assert a2.heading_path == ["第一章 工作总则", "第二条"]
    assert a2.text == (
        "第二条 中国人民政治协商会议的主要职能是政治协商、民主监督、参政议政。\n"
        "政治协商是对国家大政方针和地方的重要举措在决策之前和决策实施之中进行协商。"
    )
    # a short article is its own chunk (articles are atomic)
    (a26,) = by_article["第二十六条"]
    assert a26.text == "第二十六条 本章程自通过之日起施行。"
    assert a26.heading_path == ["第三章 委员", "第二十六条"]
    assert citation(doc.title, a26) == "《中国人民政治协商会议地方委员会章程》第二十六条"


def test_long_article_split_at_items_with_lead_repeated():
    doc = parse_txt(CHARTER, "章程.txt")
    assert len(LEAD) + sum(len(i) + 2 for i in ITEMS) > 400
    pieces = [c for c in chunk_document(doc, max_chars=400) if c.article == "第二十五条"]
    assert len(pieces) >= 2
    for p in pieces:
        assert p.heading_path == ["第三章 委员", "第二十五条"]
        assert p.text.startswith(LEAD + "\n")  # every piece is understandable on its own
        assert len(p.text) <= 400
        assert p.text[-1] in "；。"
    # every item appears exactly once, in order, never cut
    body_lines = [line for p in pieces for line in p.text.split("\n")[1:]]
    assert [line[:-1] for line in body_lines] == ITEMS
    # pieces are roughly balanced (no tiny tail)
    assert min(len(p.text) for p in pieces) >= 150


def test_items_stay_with_their_article():
    doc = parse_txt(CHARTER, "章程.txt")
    chunks = chunk_document(doc, max_chars=200, min_chars=30)
    assert_well_formed(chunks, 200)
    for c in chunks:
        if c.text.startswith("（"):
            pytest.fail(f"item chunk without article context: {c.text[:30]}")
        if any(item[:6] in c.text for item in ITEMS):
            assert c.article == "第二十五条"


def test_article_110_and_arabic_numbers():
    text = "\n\n".join(
        [
            "某某法",
            "第七章 附则",
            "第一百零九条 本法所称以上，包括本数。",
            "第一百一十条 本法自2024年1月1日起施行。",
            "第110条之一 本条为测试用的阿拉伯数字条文。",
        ]
    )
    chunks = chunk_document(parse_txt(text))
    assert [c.article for c in chunks] == ["第一百零九条", "第一百一十条", "第110条之一"]
    assert chunks[1].heading_path == ["第七章 附则", "第一百一十条"]
    assert cn_to_int(chunks[1].article[1:-1]) == 110


def test_preamble_of_a_law_is_a_section():
    text = "\n\n".join(
        [
            "信访工作条例",
            "（2022年1月24日中共中央政治局会议审议批准。）",
            "第一章 总则",
            "第一条 为了做好新时代信访工作，制定本条例。",
        ]
    )
    chunks = chunk_document(parse_txt(text))
    assert chunks[0].heading_path == ["序言"] and chunks[0].article is None
    assert citation("信访工作条例", chunks[0]) == "《信访工作条例》 序言"
    assert chunks[1].heading_path == ["第一章 总则", "第一条"]


def test_spaced_heading_and_wrapped_chapter_title():
    text = "\n\n".join(
        ["某条例", "第一章 总 则", "第一条 为了测试，制定本条例。", "第五章 代表建议、批评和意见", "办理工作的监督检查",
         "第二条 本条例自公布之日起施行。"]
    )
    chunks = chunk_document(parse_txt(text))
    assert chunks[0].heading_path == ["第一章 总则", "第一条"]
    assert chunks[1].heading_path == ["第五章 代表建议、批评和意见办理工作的监督检查", "第二条"]


def test_long_article_without_items_split_at_sentences():
    sentence = "委员应当认真履行职责，积极参加政协组织的各项活动，密切联系群众，反映社情民意。"
    text = "某规定\n\n第一章 总则\n\n第八条 " + sentence * 14
    chunks = chunk_document(parse_txt(text))
    assert len(chunks) >= 2
    assert all(c.article == "第八条" and c.heading_path == ["第一章 总则", "第八条"] for c in chunks)
    assert all(c.text.endswith("。") for c in chunks)
    assert chunks[0].text.startswith("第八条 ")
    assert "".join(c.text for c in chunks) == "第八条 " + sentence * 14


# --------------------------------------------------------------------------
# non-legal documents
# --------------------------------------------------------------------------

NEWS_PARAS = [
    "2月26日上午，中国人民政治协商会议第五届河池市委员会第六次会议在宜州开幕。",
    "会议应到委员293人，实到委员252人，符合规定人数。",
    "上午9时，大会在庄严的国歌声中开幕。",
    "黎丽、黄恩、甘诚等在主席台前排就座。韦伟松主持大会。",
    "大会审议通过政协第五届河池市委员会第六次会议议程。",
    "市政协主席黎丽代表常务委员会作工作报告，从六个方面总结2025年市政协及其常委会工作：始终把牢履职方向，"
    "思想政治引领更加有力；始终深耕主责主业，服务发展大局更加有为；始终坚持履职为民，委员主体作用更加突出。",
    "报告提出，今年是“十五五”规划开局之年。市政协及其常委会要坚持以习近平新时代中国特色社会主义思想为指导，"
    "全面贯彻党的二十大和二十届历次全会精神，聚焦全市中心任务，积极建言献策。",
    "会议期间，委员们围绕经济社会发展中的重点难点问题，认真审议各项报告，踊跃建言献策。",
]


def test_news_paragraphs_are_merged():
    text = "市政协五届六次会议开幕\n\n" + "\n\n".join(NEWS_PARAS)
    chunks = chunk_document(parse_txt(text, "news.txt"))
    assert_well_formed(chunks)
    assert len(chunks) < len(NEWS_PARAS)
    assert all(c.heading_path == [] and c.article is None for c in chunks)
    assert "\n".join(c.text for c in chunks) == "\n".join(NEWS_PARAS)  # nothing lost, order kept
    assert all(len(c.text) >= 60 for c in chunks)
    assert citation("市政协五届六次会议开幕", chunks[0]) == "《市政协五届六次会议开幕》"


def test_paragraphs_never_cross_headings():
    blocks = [
        Block("工作要点", 1),
        Block("二、提案工作"),
        Block("提案是委员履职的重要方式。"),
        Block("（一）提交方式"),
        Block("提案可以书面提交，也可以通过网上平台提交。"),
        Block("（二）办理时限"),
        Block("承办单位应当在三个月内办理完毕。"),
        Block("三、调研工作", 2),
        Block("每年确定重点调研课题。"),
    ]
    chunks = chunk_document(doc_of(*blocks, title="工作要点"))
    assert [(c.heading_path, c.text) for c in chunks] == [
        (["二、提案工作"], "提案是委员履职的重要方式。"),
        (["二、提案工作", "（一）提交方式"], "提案可以书面提交，也可以通过网上平台提交。"),
        (["二、提案工作", "（二）办理时限"], "承办单位应当在三个月内办理完毕。"),
        (["三、调研工作"], "每年确定重点调研课题。"),
    ]
    assert citation("工作要点", chunks[1]) == "《工作要点》 （一）提交方式"


def test_markdown_heading_path():
    md = "# 提案指南\n\n## 二、提案工作\n\n### （一）提交方式\n\n提案可以书面提交。\n\n## 三、其他\n\n其他事项另行通知。\n"
    chunks = chunk_document(parse_bytes(md.encode(), "guide.md"))
    assert [c.heading_path for c in chunks] == [["二、提案工作", "（一）提交方式"], ["三、其他"]]


def test_list_of_enum_lines_is_not_a_heading_cascade():
    doc = doc_of("今年重点做好以下工作：", "一、加强理论学习", "二、深入开展调研", "三、积极建言献策", "以上工作由办公室负责落实。")
    chunks = chunk_document(doc)
    assert len(chunks) == 1
    assert chunks[0].heading_path == []
    assert chunks[0].text.split("\n") == ["今年重点做好以下工作：", "一、加强理论学习", "二、深入开展调研", "三、积极建言献策",
                                          "以上工作由办公室负责落实。"]


def test_structure_lines_in_docx_body_text():
    doc = doc_of(
        Block("委员履职办法", 1),
        "第一章 总则",
        "第一条 为了规范委员履职，制定本办法。",
        "第一节 一般规定",
        "第二条 委员应当遵守宪法和法律。",
        "第二章 附则",
        "第三条 本办法自发布之日起施行。",
        title="委员履职办法",
    )
    chunks = chunk_document(doc)
    assert [c.heading_path for c in chunks] == [
        ["第一章 总则", "第一条"],
        ["第一章 总则", "第一节 一般规定", "第二条"],
        ["第二章 附则", "第三条"],
    ]


def test_docx_heading_style_article_labels():
    # some Word files put the article number in a heading and the text below it
    doc = doc_of(Block("第一章 总则", 1), Block("第一条", 2), "为了规范工作，制定本办法。", Block("第二条", 2), "本办法自发布之日起施行。")
    chunks = chunk_document(doc)
    assert [(c.article, c.heading_path, c.text) for c in chunks] == [
        ("第一条", ["第一章 总则", "第一条"], "第一条\n为了规范工作，制定本办法。"),
        ("第二条", ["第一章 总则", "第二条"], "第二条\n本办法自发布之日起施行。"),
    ]


# --------------------------------------------------------------------------
# sentence integrity
# --------------------------------------------------------------------------


def test_no_chunk_ends_mid_sentence():
    long_para = "".join(
        f"第{i}项工作要求各单位高度重视，认真组织，确保按时完成各项任务{'！' if i % 5 == 0 else '。'}" for i in range(1, 40)
    )
    quote = "他说：“政协委员要多走访、多倾听、多思考，把群众的呼声带到会上来。”" * 6
    text = "\n\n".join(
        ["年度工作总结", long_para, "短段落一。", "短段落二？", quote, "一、主要做法", long_para, "二、下一步打算", "继续努力；再接再厉。"]
    )
    chunks = chunk_document(parse_txt(text))
    assert_well_formed(chunks)
    for c in chunks:
        assert c.text[-1] in END_OK, c.text[-30:]


def test_single_overlong_sentence_split_at_commas():
    clause = "各级政协组织要围绕中心服务大局"
    sentence = "，".join([clause] * 40) + "。"
    chunks = chunk_document(doc_of(sentence), max_chars=200)
    assert len(chunks) >= 4
    assert all(len(c.text) <= 200 for c in chunks)
    assert all(c.text[-1] in "，。" for c in chunks)
    assert "".join(c.text for c in chunks) == sentence


def test_small_tail_is_avoided():
    sents = ["这是一个用于测试分块效果的完整句子，内容大约有五十个汉字左右，用来凑够长度而已。" for _ in range(9)] + ["很短。"]
    max_chars = 9 * len(sents[0]) + 1  # greedy packing would leave "很短。" alone
    chunks = chunk_document(doc_of("".join(sents)), max_chars=max_chars)
    assert len(chunks) == 2
    assert all(len(c.text) >= 60 for c in chunks)


def test_split_sentences():
    assert split_sentences("甲。乙！“丙？”丁；戊") == ["甲。", "乙！", "“丙？”", "丁；", "戊"]
    assert split_sentences("First one. Second one! Third") == ["First one.", "Second one!", "Third"]


# --------------------------------------------------------------------------
# presentation
# --------------------------------------------------------------------------


def test_embedding_text_and_citation():
    c = Chunk("第二十八条 委员享有权利。", ["第三章 委员", "第二十八条"], "第二十八条", 3)
    assert embedding_text("中国人民政治协商会议章程", c) == "《中国人民政治协商会议章程》 第三章 委员 > 第二十八条\n第二十八条 委员享有权利。"
    assert citation("中国人民政治协商会议章程", c) == "《中国人民政治协商会议章程》第二十八条"
    plain = Chunk("正文。", [], None, 0)
    assert embedding_text("新闻", plain) == "《新闻》\n正文。"
    assert citation("新闻", plain) == "《新闻》"
    nested = "北京市实施《中华人民共和国城市居民委员会组织法》办法"
    assert citation(nested, c) == "《北京市实施〈中华人民共和国城市居民委员会组织法〉办法》第二十八条"
    assert citation("《已有书名号》", plain) == "《已有书名号》"


def test_empty_document_gives_no_chunks():
    assert chunk_document(ParsedDocument(title="空", blocks=[], source_name="x.txt", file_type="txt")) == []


def test_performance_large_law():
    parts = ["大型条例"]
    for ch in range(1, 31):
        parts.append(f"第{ch}章 第{ch}部分规定")
        for a in range(50):
            parts.append(
                f"第{(ch - 1) * 50 + a + 1}条 "
                + "有关机关应当依法履行职责，做好相关工作，保障公民、法人和其他组织的合法权益。" * (2 + a % 20)
            )
    text = "\n\n".join(parts)
    assert len(text) > 600_000
    # CPU time of this process, not wall time: other processes on a loaded machine do not count.
    t0 = time.process_time()
    chunks = chunk_document(parse_txt(text))
    elapsed = time.process_time() - t0
    assert len({c.article for c in chunks}) == 1500
    assert elapsed < 5.0, elapsed
