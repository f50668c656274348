"""Tests for kb.parsers: every fixture is generated in the test (no corpus needed)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kb.errors import (
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    FileTooLarge,
    UndecodableText,
    UnsupportedFileType,
)
from kb.parsers import (
    SUPPORTED_SUFFIXES,
    Block,
    ParsedDocument,
    line_kind,
    merge_lines,
    normalise_line,
    parse_bytes,
    parse_file,
)

LAW_TXT = """信访工作条例
2022年2月25日 中共中央、国务院发布

第一章 总则

第一条 为了做好新时代信访工作，制定本条例。

第二条 信访工作应当遵循下列原则：

（一）坚持党的全面领导；

（二）坚持以人民为中心。

第二章 附则

第三条 本条例自公布之日起施行。
"""


def texts(doc: ParsedDocument) -> list[str]:
    return [b.text for b in doc.blocks]


def headings(doc: ParsedDocument) -> list[tuple[int, str]]:
    return [(b.heading_level, b.text) for b in doc.blocks if b.heading_level]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --------------------------------------------------------------------------
# plain text and encodings
# --------------------------------------------------------------------------


def test_utf8_law_text_structure(tmp_path):
    doc = parse_file(write(tmp_path, "信访工作条例.txt", LAW_TXT.encode("utf-8")))
    assert doc.title == "信访工作条例"
    assert doc.file_type == "txt"
    assert doc.source_name == "信访工作条例.txt"
    assert doc.blocks[0] == Block("信访工作条例", 1)
    hs = headings(doc)
    assert (hs[1][1], hs[2][1]) == ("第一章 总则", "第二章 附则")
    assert hs[1][0] == hs[2][0] > 1
    # articles and items are body text, each its own block; full-width punctuation kept
    assert "第一条 为了做好新时代信访工作，制定本条例。" in texts(doc)
    assert "（一）坚持党的全面领导；" in texts(doc)
    assert all(b.text and b.text == b.text.strip() for b in doc.blocks)


def test_utf8_bom_and_crlf():
    data = "\ufeff标题\r\n\r\n正文第一段。\r\n".encode("utf-8")
    doc = parse_bytes(data, "a.txt")
    assert doc.title == "标题"
    assert texts(doc) == ["标题", "正文第一段。"]


def test_gbk_text(tmp_path):
    p = write(tmp_path, "gbk.txt", LAW_TXT.encode("gbk"))
    doc = parse_file(p)
    assert doc.title == "信访工作条例"
    assert "第三条 本条例自公布之日起施行。" in texts(doc)


def test_gb18030_only_characters():
    text = "关于㐀䶵字符的说明\n\n这是一段包含扩展汉字𠀀的正文。\n"
    doc = parse_bytes(text.encode("gb18030"), "ext.txt")
    assert "这是一段包含扩展汉字𠀀的正文。" in texts(doc)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    data = LAW_TXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = parse_file(write(tmp_path, "u16.txt", data))
    assert doc.title == "信访工作条例"
    assert "（二）坚持以人民为中心。" in texts(doc)


def test_undecodable_text():
    data = bytes([0x80, 0xFF]) * 200  # invalid in UTF-8 and GB18030, no confident guess
    with pytest.raises(UndecodableText) as ei:
        parse_bytes(data, "乱码.txt")
    assert "乱码.txt" in str(ei.value)
    assert "UTF-8" in str(ei.value)


def test_nul_filled_txt(tmp_path):
    with pytest.raises((CorruptDocument, UndecodableText)) as ei:
        parse_file(write(tmp_path, "zeros.txt", b"\x00" * 4096))
    assert "zeros.txt" in str(ei.value)


def test_binary_garbage_txt_names_real_type():
    data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00<< /Type /Catalog >>"
    with pytest.raises(CorruptDocument) as ei:
        parse_bytes(data, "notes.txt")
    assert "notes.txt" in str(ei.value) and "PDF" in str(ei.value)


def test_normalisation_keeps_fullwidth_punctuation():
    line = "\u3000\u3000第一条\u3000为了规范工作，\u200b制定本条例：（一）甲；\u00a0乙。  "
    assert normalise_line(line) == "第一条 为了规范工作，制定本条例：（一）甲； 乙。"
    doc = parse_bytes("题目\n\n\u3000\u3000正文，有全角逗号。\n\n\n".encode(), "n.txt")
    assert texts(doc) == ["题目", "正文，有全角逗号。"]


def test_hard_wrapped_txt_is_merged():
    text = (
        "关于加强提案工作的通知\n"
        "\n"
        "各专门委员会：为进一步提高提案质量，现就有关事项通知如下，请结合\n"
        "实际认真贯彻落实，确保各项工作任务按时完成，并及时报告工作进展\n"
        "情况。\n"
        "一、提高认识\n"
        "提案工作是政协履职的重要方式，各委员要增强责任感，认真撰写提案，\n"
        "做到一事一案，内容具体，建议可行，切实提高提案的针对性和有效性。\n"
    )
    doc = parse_bytes(text.encode(), "通知.txt")
    assert doc.title == "关于加强提案工作的通知"
    assert texts(doc)[1] == (
        "各专门委员会：为进一步提高提案质量，现就有关事项通知如下，请结合实际认真贯彻落实，"
        "确保各项工作任务按时完成，并及时报告工作进展情况。"
    )
    assert (2, "一、提高认识") in headings(doc)
    assert texts(doc)[3].startswith("提案工作是政协履职的重要方式") and texts(doc)[3].endswith("有效性。")


def test_indented_paragraphs_split_txt():
    text = (
        "标题\n"
        "\u3000\u3000第一段第一行内容内容内容内容内容内容内容内容内容\n"
        "第一段续行\n"
        "\u3000\u3000第二段内容内容内容内容内容内容内容内容内容内容内容\n"
    )
    doc = parse_bytes(text.encode(), "i.txt")
    assert texts(doc)[1:] == [
        "第一段第一行内容内容内容内容内容内容内容内容内容第一段续行",
        "第二段内容内容内容内容内容内容内容内容内容内容内容",
    ]


def test_news_subtitles_become_headings():
    text = "\n\n".join([
        "2025年河池市政协民族宗教委员会工作座谈会召开",
        "黎丽出席 黄恩讲话",  # sub-title under the title: not a section heading
        "12月10日，座谈会召开，学习贯彻党的二十届四中全会精神，总结工作，部署任务。",
        "铸魂固本强根基 创新学习聚共识",
        "“把学习作为履职之基，让思想凝聚奋进力量。”河池市政协始终将强化理论武装摆在首位。",
        "深化思想政治建设：铸牢同心之基",
        "思想之旗领航向，共识之基聚人心，民建中央始终将思想政治建设置于首位。",
        "（作者系市政协研究室副主任）",
    ])
    doc = parse_bytes(text.encode(), "news.txt")
    assert doc.title == "2025年河池市政协民族宗教委员会工作座谈会召开"  # a year is not a date line
    assert headings(doc) == [(1, doc.title), (2, "铸魂固本强根基 创新学习聚共识"), (2, "深化思想政治建设：铸牢同心之基")]


def test_html_comment_lines_dropped_from_txt():
    doc = parse_bytes("题目\n\n甲段。\n\n<!-- FORCE BREAK -->\n\n乙段。\n".encode(), "c.txt")
    assert texts(doc) == ["题目", "甲段。", "乙段。"]


# --------------------------------------------------------------------------
# merge_lines (also what PDF text goes through)
# --------------------------------------------------------------------------

WRAP = [
    "第五条 信访工作应当遵循下列原则，坚持党的全面领导，把党的领导贯彻到信访",
    "工作各方面和全过程，确保正确政治方向：",
    "（一）坚持以人民为中心，践行党的群众路线，倾听群众呼声，关心群众疾苦，",
    "千方百计为群众排忧解难；",
    "（二）坚持落实信访工作责任。",
    "第六条 各级机关、单位应当畅通信访渠道，做好信访工作，认真处理信访事项，倾",
    "听人民群众建议、意见和要求。",
]


def test_merge_lines_chinese_structure():
    out = merge_lines(WRAP)
    assert out == [
        "第五条 信访工作应当遵循下列原则，坚持党的全面领导，把党的领导贯彻到信访工作各方面和全过程，确保正确政治方向：",
        "（一）坚持以人民为中心，践行党的群众路线，倾听群众呼声，关心群众疾苦，千方百计为群众排忧解难；",
        "（二）坚持落实信访工作责任。",
        "第六条 各级机关、单位应当畅通信访渠道，做好信访工作，认真处理信访事项，倾听人民群众建议、意见和要求。",
    ]


def test_merge_lines_keeps_breaks():
    lines = [
        "第一章 总则",  # short heading line: not joined to the next
        "第一条 为了规范政协委员履职工作，根据有关规定，结合本市实际，制定本办法",
        "第二条 本办法适用于市政协委员。",  # next line starts an article
        "1. 提案应当一事一案，内容具体，建议可行，有关情况说明清楚，便于承办单位办理",
        "2. 委员应当按时参加会议",
        "",
        "另一段内容。",
    ]
    assert merge_lines(lines) == [l for l in lines if l]


def test_merge_lines_blank_line_is_paragraph_break_and_bare_label():
    lines = ["第一条", "为了规范工作，制定本办法。", "", "第二条 本办法自发布之日起施行。"]
    assert merge_lines(lines) == ["第一条 为了规范工作，制定本办法。", "第二条 本办法自发布之日起施行。"]


def test_merge_lines_english():
    lines = [
        "Members of the committee shall attend the plenary sessions and submit",
        "proposals in writing, and keep in close contact with the people they",
        "represent.",
        "Chapter 2 Proposals",
        "1. Proposals are submitted to the proposals committee of the city and",
        "reviewed within fifteen days.",
    ]
    assert merge_lines(lines) == [
        "Members of the committee shall attend the plenary sessions and submit proposals in writing, "
        "and keep in close contact with the people they represent.",
        "Chapter 2 Proposals",
        "1. Proposals are submitted to the proposals committee of the city and reviewed within fifteen days.",
    ]


def test_line_kind():
    assert line_kind("第一百一十条 全国人民代表大会") == "article"
    assert line_kind("第三条本条例自公布之日起施行。") == "article"
    assert line_kind("第三条规定的情形除外。") is None
    assert line_kind("第二十条、第二十一条适用本规定。") is None
    assert line_kind("第三章 委员") == "chapter"
    assert line_kind("第一节 一般规定") == "section"
    assert line_kind("第二编 分则") == "part"
    assert line_kind("序言") == "special"
    assert line_kind("（一）提交方式") == "enum2"
    assert line_kind("二、提案工作") == "enum1"
    assert line_kind("1. 第一项") == "enum3"
    assert line_kind("2025年工作要点") is None


# --------------------------------------------------------------------------
# Markdown and HTML
# --------------------------------------------------------------------------


def test_markdown():
    md = """# 提案工作规则

本规则**适用于**全体委员，详见[网站](http://example.org)。

## 一、提交方式

- 书面提交
- *网上*提交
1. 每件提案一事一案

| 项目 | 时限 |
|------|------|
| 交办 | 15日 |

第一条 提案应当实事求是，
内容具体。
"""
    doc = parse_bytes(md.encode(), "规则.md")
    assert doc.file_type == "md"
    assert doc.title == "提案工作规则"
    assert headings(doc) == [(1, "提案工作规则"), (2, "一、提交方式")]
    t = texts(doc)
    assert "本规则适用于全体委员，详见网站。" in t
    assert "书面提交" in t and "网上提交" in t
    assert "1. 每件提案一事一案" in t
    assert "项目 | 时限" in t and "交办 | 15日" in t
    assert "第一条 提案应当实事求是，内容具体。" in t
    assert not any("|---" in x or "**" in x or "](" in x for x in t)


def test_markdown_plain_first_line_title():
    doc = parse_bytes("会议纪要\n\n会议于今日召开。\n".encode(), "m.markdown")
    assert doc.title == "会议纪要"
    assert doc.file_type == "md"


def test_html():
    html = """<html><head><meta charset="gb2312"><title>网站标题 - 河池市政协</title>
<style>p {color: red}</style><script>var x = "脚本";</script></head>
<body><header>网站导航头</header><nav><a href="/">首页</a></nav>
<h1>关于召开全体会议的通知</h1>
<p>各位委员：
定于下周召开全体会议。</p>
<div>第一行<br>第二行</div>
<h2>一、会议议程</h2>
<ul><li>审议工作报告</li><li>通过决议</li></ul>
<table><tr><th>时间</th><th>地点</th></tr><tr><td>上午9时</td><td>会议中心</td></tr></table>
<footer>版权所有</footer></body></html>"""
    doc = parse_bytes(html.encode("gbk"), "通知.html")
    assert doc.file_type == "html"
    assert doc.title == "关于召开全体会议的通知"
    assert headings(doc) == [(1, "关于召开全体会议的通知"), (2, "一、会议议程")]
    t = texts(doc)
    assert "各位委员：定于下周召开全体会议。" in t  # CJK line break in the source: no space
    assert "第一行" in t and "第二行" in t
    assert "审议工作报告" in t and "通过决议" in t
    assert "时间 | 地点" in t and "上午9时 | 会议中心" in t
    joined = "\n".join(t)
    for noise in ("脚本", "网站导航头", "首页", "版权所有", "color"):
        assert noise not in joined


def test_html_article_header_kept_hidden_dropped():
    html = ('<html><body><header>站点导航</header><article><header><h1>文章标题</h1></header>'
            '<p>正文。</p><div hidden>隐藏内容</div></article><footer>版权</footer></body></html>')
    doc = parse_bytes(html.encode(), "a.html")
    assert doc.title == "文章标题"
    assert [(b.heading_level, b.text) for b in doc.blocks] == [(1, "文章标题"), (0, "正文。")]


def test_html_title_fallback():
    doc = parse_bytes("<html><head><title>页面标题</title></head><body><p>正文。</p></body></html>".encode(), "p.htm")
    assert doc.title == "页面标题"


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.core_properties.title = "核心属性标题"
    d.add_heading("政协委员履职管理办法", level=0)  # 'Title' style
    d.add_heading("第一章 总则", level=1)
    d.add_paragraph("第一条 为了规范委员履职，制定本办法。")
    d.add_paragraph("")  # empty paragraph is dropped
    cn = d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("第二章 履职要求", style=cn)
    d.add_paragraph("第二条 委员应当按时参加会议。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "姓名"
    table.cell(0, 1).text = "界别"
    table.cell(1, 0).text = "张三"
    table.cell(1, 1).text = "经济界"
    d.add_paragraph("表后的段落。")
    d.save(str(path))
    return path


def test_docx(tmp_path):
    doc = parse_file(make_docx(tmp_path / "办法.docx"))
    assert doc.file_type == "docx"
    assert doc.title == "政协委员履职管理办法"
    assert headings(doc) == [(1, "政协委员履职管理办法"), (1, "第一章 总则"), (2, "第二章 履职要求")]
    t = texts(doc)
    assert t.index("第二条 委员应当按时参加会议。") < t.index("姓名 | 界别") < t.index("张三 | 经济界") < t.index("表后的段落。")


def test_docx_core_title_fallback(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "核心属性标题"
    d.add_paragraph("没有标题样式的正文。")
    d.save(str(tmp_path / "x.docx"))
    assert parse_file(tmp_path / "x.docx").title == "核心属性标题"


def test_docx_not_a_zip(tmp_path):
    with pytest.raises(CorruptDocument) as ei:
        parse_file(write(tmp_path, "坏文件.docx", "这不是docx".encode()))
    assert "坏文件.docx" in str(ei.value)


def test_docx_zip_without_word_content(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(CorruptDocument):
        parse_bytes(buf.getvalue(), "a.docx")


def test_docx_old_doc_or_encrypted():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    with pytest.raises(CorruptDocument) as ei:
        parse_bytes(ole, "旧文件.docx")
    assert ".doc" in str(ei.value)
    with pytest.raises(EncryptedDocument):
        parse_bytes(ole + "EncryptedPackage".encode("utf-16-le"), "加密.docx")


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

WORDS = ["plenary", "sessions", "proposals", "committee", "members", "opinions", "written", "people"]


def make_pdf(pages: int = 3) -> bytes:
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "City Committee Handbook", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = PDF()
    pdf.set_font("Helvetica", size=11)
    for p in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Chapter {p + 1} Rules of Part {'ABC'[p % 3]}", new_x="LMARGIN", new_y="NEXT")
        body = " ".join(
            f"Sentence {p}-{i} says that {WORDS[i % 8]} and {WORDS[(i * 3) % 8]} matter for the work of the committee"
            + ("," if i < 8 else ".")
            for i in range(9)
        )
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, f"1. Proposals of part {p} are submitted to the proposals committee.", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, f"2. Each proposal of part {p} deals with one matter only.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_text_headers_footers_and_line_merging(tmp_path):
    doc = parse_file(write(tmp_path, "handbook.pdf", make_pdf()))
    assert doc.file_type == "pdf"
    t = texts(doc)
    joined = "\n".join(t)
    assert "City Committee Handbook" not in joined  # running header
    assert "- 1 -" not in joined and "- 2 -" not in joined  # page numbers
    assert [h for _, h in headings(doc)] == ["Chapter 1 Rules of Part A", "Chapter 2 Rules of Part B", "Chapter 3 Rules of Part C"]
    assert doc.title == "Chapter 1 Rules of Part A"
    # the wrapped body paragraph comes back as one block
    body = [x for x in t if x.startswith("Sentence 1-0")]
    assert len(body) == 1 and body[0].endswith("Sentence 1-8 says that plenary and plenary matter for the work of the committee.")
    assert "1. Proposals of part 2 are submitted to the proposals committee." in t
    assert "2. Each proposal of part 2 deals with one matter only." in t


def _pdf_writer_copy(data: bytes):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        w.add_page(page)
    return w


def test_encrypted_pdf():
    w = _pdf_writer_copy(make_pdf(1))
    w.encrypt("pw")
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(EncryptedDocument) as ei:
        parse_bytes(buf.getvalue(), "报告.pdf")
    assert str(ei.value).startswith("报告.pdf is encrypted")


def test_pdf_with_empty_user_password_is_accepted():
    w = _pdf_writer_copy(make_pdf(1))
    w.encrypt(user_password="", owner_password="owner")
    buf = io.BytesIO()
    w.write(buf)
    doc = parse_bytes(buf.getvalue(), "open.pdf")
    assert any(x.startswith("Sentence 0-0") for x in texts(doc))


def test_truncated_pdf():
    data = make_pdf(2)
    with pytest.raises(CorruptDocument) as ei:
        parse_bytes(data[: len(data) // 2], "cut.pdf")
    assert "cut.pdf" in str(ei.value)


def test_pdf_that_is_not_a_pdf():
    with pytest.raises(CorruptDocument) as ei:
        parse_bytes(b"PK\x03\x04 this is a zip really" + b"x" * 100, "fake.pdf")
    assert "fake.pdf" in str(ei.value)


def test_pdf_garbage_after_header():
    with pytest.raises((CorruptDocument, EmptyDocument)):
        parse_bytes(b"%PDF-1.7\n" + b"\x13garbage" * 200 + b"\n%%EOF\n", "junk.pdf")


def test_pdf_without_text_layer():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with pytest.raises(EmptyDocument) as ei:
        parse_bytes(bytes(pdf.output()), "扫描件.pdf")
    msg = str(ei.value)
    assert "扫描件.pdf" in msg and "scanned" in msg and "OCR" in msg


# --------------------------------------------------------------------------
# generic errors
# --------------------------------------------------------------------------


def test_empty_file(tmp_path):
    with pytest.raises(EmptyDocument) as ei:
        parse_file(write(tmp_path, "空.txt", b""))
    assert "空.txt" in str(ei.value)
    with pytest.raises(EmptyDocument):
        parse_bytes("  \n\u3000\n\n".encode(), "blank.txt")
    with pytest.raises(EmptyDocument):
        parse_bytes(b"", "x.pdf")


def test_file_too_large_checked_with_stat(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:  # sparse file: large size, nothing to read
        f.truncate(30_000_000)

    def no_read(self):  # pragma: no cover - must not be called
        raise AssertionError("read the whole file before checking its size")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(FileTooLarge) as ei:
        parse_file(p)
    assert "big.txt" in str(ei.value) and "MB" in str(ei.value)


def test_bytes_too_large():
    with pytest.raises(FileTooLarge):
        parse_bytes("正文。".encode() * 100, "a.txt", max_bytes=100)
    assert parse_bytes("正文。".encode() * 10, "a.txt", max_bytes=100).blocks


@pytest.mark.parametrize("name", ["setup.exe", "旧报告.doc", "表格.xls", "照片.jpg", "README"])
def test_unsupported_types(tmp_path, name):
    with pytest.raises(UnsupportedFileType) as ei:
        parse_file(write(tmp_path, name, b"MZ\x90\x00data"))
    msg = str(ei.value)
    assert name in msg
    assert ".docx" in msg and ".pdf" in msg  # names what is supported
    if name.endswith(".doc"):
        assert "save it as .docx" in msg


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError) as ei:
        parse_file(tmp_path / "nope.txt")
    assert "nope.txt" in str(ei.value)


def test_all_errors_are_document_errors_with_path():
    for data, name in [(b"", "a.txt"), (b"x", "a.doc"), (b"\x00" * 10, "a.txt"), (b"nope", "a.pdf")]:
        with pytest.raises(DocumentError) as ei:
            parse_bytes(data, name)
        assert ei.value.path == name
        assert str(ei.value).endswith(".")


def test_parse_bytes_strips_directories_and_matches_parse_file(tmp_path):
    data = LAW_TXT.encode("utf-8")
    a = parse_bytes(data, "uploads/sub/信访工作条例.txt")
    b = parse_file(write(tmp_path, "信访工作条例.txt", data))
    assert a.source_name == "信访工作条例.txt"
    assert a == b


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}
    assert parse_bytes("标题\n\n正文。".encode(), "UPPER.TXT").file_type == "txt"
