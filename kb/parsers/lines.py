"""Lines and paragraphs: whitespace normalisation, structure recognition (第X条, 第X章,
（一） ...), re-joining hard-wrapped lines, and telling headings from body text in plain text
and PDF. The structure helpers (:func:`line_kind`, :func:`is_heading_like`) are shared with
:mod:`kb.chunker`.
"""
from __future__ import annotations

import re

from kb.parsers.base import Block

_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES_RE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES_RE = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_HTML_COMMENT_LINE_RE = re.compile(r"^\s*<!--.*-->\s*$")


def unify_newlines(text: str) -> str:
    return _NEWLINES_RE.sub("\n", text)


def normalise_line(line: str) -> str:
    """Whitespace-normalise one line (no NFKC: full-width punctuation stays)."""
    line = _ZERO_WIDTH_RE.sub("", line)
    line = _CONTROL_RE.sub("", line)
    line = _SPACES_RE.sub(" ", line)
    return line.strip()


def normalise_inline(text: str) -> str:
    """Normalise text that must become a single line (newlines -> spaces)."""
    return normalise_line(unify_newlines(text).replace("\n", " "))


_WIDE_RE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_CJK_CHAR_RE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _display_width(s: str) -> int:
    return len(s) + len(_WIDE_RE.findall(s))


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ord(ch) >= 0x2E80


def _joiner(left: str, right: str) -> str:
    """Separator to use when re-joining a wrapped line: none around CJK text."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if _is_cjk(a) or _is_cjk(b) or a in "…—" or b in "…—":
        return ""
    if a == "-" and b.isalpha():
        return ""
    if a.isdigit() and b.isdigit():  # a number is never split by a real space
        return ""
    return " "


# --------------------------------------------------------------------------
# Structure recognition (shared with kb.chunker)
# --------------------------------------------------------------------------

CN_NUM_CHARS = "零〇○一二三四五六七八九十百千万两"
_NUM = rf"(?:[{CN_NUM_CHARS}]+|[0-9０-９]+)"

# 第X编 / 第X部分 / 第X章 / 第X节 (+ optional title)
STRUCT_HEADING_RE = re.compile(rf"^第\s*({_NUM})\s*(编|部分|章|节)(?=\s|$|[^\s，。、；：,;:的规])")
# 第X条 (第X条之一)
ARTICLE_RE = re.compile(rf"^第\s*({_NUM})\s*条(?:\s*之\s*[一二三四五六七八九十]+)?")
# Words that, glued directly after 第X条, show a cross-reference rather than an article start.
_ARTICLE_REF_FOLLOW = (
    "规定", "的", "、", "，", "。", "；", "：", ",", ";", ":", "至", "和", "或", "及", "中", "所", "第",
    "之", "款", "项", "有关", "以及", "与", "同", "也", "并", "作", "要求", "明确", "列", "是", "对",
    "涉及", "修改", "条文", "到", "或者", "外", "以外", "以上", "以下", "后", "前", "等",
)
_SPECIAL_RE = re.compile(r"^(序\s*言|前\s*言|总\s*纲|总\s*则|附\s*则)$")
ENUM1_RE = re.compile(r"^[一二三四五六七八九十百]+\s*[、．.]")  # 一、
ENUM2_RE = re.compile(r"^[（(]\s*[一二三四五六七八九十百]+\s*[）)]")  # （一）
ENUM3_RE = re.compile(r"^[0-9０-９]{1,3}\s*[.．、](?![0-9０-９])")  # 1. / 1、
ENUM4_RE = re.compile(r"^[（(]\s*[0-9０-９]{1,3}\s*[）)]")  # （1）
ENUM5_RE = re.compile(r"^[①-⑳]")
BULLET_RE = re.compile(r"^[•·●○■□◆◇▪‣►▶★☆※]\s*|^[-*+–]\s+")
EN_ARTICLE_RE = re.compile(r"^Article\s+(\d+[A-Za-z]?)\b\.?(?!\s*(?:of|in|to|and|or|,|\())", re.I)
EN_HEADING_RE = re.compile(r"^(Chapter|Part|Section)\s+(\d+|[IVXLC]+)\b", re.I)

_TERMINAL = "。！？；：!?;:"
_CLOSERS = "”’\"'」』）)】》〉"
_SENTENCE_FINAL_RE = re.compile(rf"[{_TERMINAL}][{_CLOSERS}]*$")
_HEADING_BAD_END = set("。！？；，、：,;!?:")


def line_kind(text: str) -> str | None:
    """Classify the start of a line/paragraph.

    Returns one of 'part', 'chapter', 'section' (第X编/部分, 第X章, 第X节 or the
    English Part/Chapter/Section), 'special' (序言/总纲/总则/附则 standing alone),
    'article' (第X条 / Article N), 'enum1' (一、), 'enum2' (（一）), 'enum3' (1.),
    'enum4' (（1）), 'enum5' (①), 'bullet', or None.
    """
    if not text:
        return None
    c = text[0]
    if c == "第":
        m = STRUCT_HEADING_RE.match(text)
        if m:
            return {"编": "part", "部分": "part", "章": "chapter", "节": "section"}[m.group(2)]
        m = ARTICLE_RE.match(text)
        if m:
            rest = text[m.end():]
            if not rest or rest[0].isspace() or rest[0] in "【[（(":
                return "article"
            if not rest.startswith(_ARTICLE_REF_FOLLOW):
                return "article"
        return None
    if c in "序前总附" and len(text) <= 4 and _SPECIAL_RE.match(text):
        return "special"
    if c in "（(":
        if ENUM2_RE.match(text):
            return "enum2"
        if ENUM4_RE.match(text):
            return "enum4"
        return None
    if c in "一二三四五六七八九十百" and ENUM1_RE.match(text):
        return "enum1"
    if c.isdigit() and ENUM3_RE.match(text):
        return "enum3"
    if ENUM5_RE.match(text):
        return "enum5"
    if c in "Aa" and EN_ARTICLE_RE.match(text):
        return "article"
    if c in "CcPpSs":
        m = EN_HEADING_RE.match(text)
        if m:
            return {"c": "chapter", "p": "part", "s": "section"}[m.group(1)[0].lower()]
    if BULLET_RE.match(text):
        return "bullet"
    return None


STRUCTURE_KINDS = {"part", "chapter", "section", "special"}
ENUM_KINDS = {"enum1", "enum2", "enum3", "enum4", "enum5", "bullet"}


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (。！？；： ...)."""
    return bool(_SENTENCE_FINAL_RE.search(text))


def is_heading_like(text: str, max_len: int = 40) -> bool:
    """Short and not ending like a sentence or a clause."""
    if not text or len(text) > max_len:
        return False
    if text[-1] in _HEADING_BAD_END:
        return False
    if text[-1] == "." and len(text) > 24:
        return False
    if "。" in text or "；" in text:
        return False
    return True


def _starts_structure(line: str) -> bool:
    return line_kind(line) is not None


_BARE_ARTICLE_RE = re.compile(rf"^第\s*{_NUM}\s*条(?:\s*之\s*[一二三四五六七八九十]+)?(?:\s*[【\[][^】\]]*[】\]])?$")


# --------------------------------------------------------------------------
# Line merging (hard-wrapped text, PDF text)
# --------------------------------------------------------------------------


def estimate_wrap_width(lines: list[str]) -> int:
    widths = sorted(_display_width(l) for l in lines if l)
    if not widths:
        return 0
    return widths[min(len(widths) - 1, int(len(widths) * 0.9))]


def merge_lines(
    lines: list[str],
    *,
    indented: list[bool] | None = None,
    wrap_width: int | None = None,
) -> list[str]:
    """Re-join hard-wrapped lines into paragraphs.

    ``lines`` are normalised lines; an empty string is a paragraph break.
    ``indented[i]`` says line i was indented in the source (a paragraph start
    when the text uses indentation). ``wrap_width`` is the display width
    (CJK = 2) at which the text was wrapped; estimated when not given.

    A line is joined to the previous one unless the previous line ends a
    sentence (。！？；： ...), the next line starts a structural unit (第X条,
    第X章, （一）, 一、, 1. ...), the next line is indented, or the previous line
    is clearly shorter than the wrap width. A line ending with ，、 is always
    continued; a bare "第X条" label is joined to its text with a space.
    """
    if wrap_width is None:
        wrap_width = estimate_wrap_width(lines)
    # Wrapped lines are (nearly) as wide as the widest lines; titles, dates and
    # last lines of paragraphs are shorter. English continuation lines are also
    # caught by the lower-case rule below.
    full = wrap_width * 0.88 if wrap_width >= 20 else float("inf")
    use_indent = False
    if indented is not None:
        nonblank = [ind for l, ind in zip(lines, indented) if l]
        n_ind = sum(nonblank)
        use_indent = 0 < n_ind < 0.9 * len(nonblank)

    out: list[str] = []
    cur: str | None = None
    prev = ""
    for i, line in enumerate(lines):
        if not line:
            if cur is not None:
                out.append(cur)
                cur = None
            continue
        if cur is None:
            cur, prev = line, line
            continue
        join = False
        if _BARE_ARTICLE_RE.match(prev):
            join = True
            sep = " "
        else:
            sep = _joiner(prev, line)
            if use_indent and indented[i]:
                join = False
            elif _starts_structure(line):
                join = False
            elif ends_sentence(prev):
                join = False
            elif prev[-1] in "，、,":
                join = True
            elif line[0].islower() and line[0].isascii() and (prev[-1].isalnum() or prev[-1] in ",-"):
                join = True
            elif _display_width(prev) >= full:
                join = True
        if join:
            cur = cur + sep + line
        else:
            out.append(cur)
            cur = line
        prev = line
    if cur is not None:
        out.append(cur)
    return out


def text_to_lines(text: str) -> tuple[list[str], list[bool]]:
    """Split raw text into normalised lines ('' = blank) and indentation flags."""
    lines: list[str] = []
    indented: list[bool] = []
    for raw in unify_newlines(text).split("\n"):
        raw = _ZERO_WIDTH_RE.sub("", raw)
        if _HTML_COMMENT_LINE_RE.match(raw):  # e.g. "<!-- FORCE BREAK -->" in exported text
            lines.append("")
            indented.append(False)
            continue
        lead = len(raw) - len(raw.lstrip(" \t\u3000\u00a0"))
        width = sum(2 if ch in "\u3000" else 4 if ch == "\t" else 1 for ch in raw[:lead])
        lines.append(normalise_line(raw))
        indented.append(width >= 2)
    return lines, indented


# --------------------------------------------------------------------------
# Titles and heading recognition for plain text / PDF
# --------------------------------------------------------------------------

_DATE_LINE_RE = re.compile(r"^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月")


def looks_like_title(text: str) -> bool:
    if not text or len(text) > 80:
        return False
    if text[-1] in "。！？；，、：.!?;,:":
        return False
    if line_kind(text) in ("article", "enum1", "enum2", "enum3", "enum4", "enum5", "bullet"):
        return False
    if _DATE_LINE_RE.match(text):
        return False
    return any(ch.isalpha() for ch in text)


_PLAIN_HEADING_PUNCT_RE = re.compile(r"[，。；！？,.;!?（）()\[\]【】]|[：:]$")
# Relative depth of the heading kinds found in plain text; compressed per document.
_TEXT_HEADING_RANK = {"part": 0, "chapter": 1, "special": 1, "section": 2, "plain": 3, "enum1": 4, "enum2": 5}


def blocks_from_paragraphs(paras: list[str], *, first_is_title_candidate: bool) -> tuple[list[Block], str | None]:
    """Classify plain-text paragraphs into headings and body blocks."""
    title = None
    start = 0
    if first_is_title_candidate and paras and looks_like_title(paras[0]) and line_kind(paras[0]) is None:
        title = paras[0]
        start = 1
    has_articles = any(line_kind(p) == "article" for p in paras[start:])

    kinds: list[str | None] = []
    seen_body = False  # a sentence-terminated paragraph was seen (we are past the title area)
    for i in range(start, len(paras)):
        p = paras[i]
        k = line_kind(p)
        hk = None
        if k in STRUCTURE_KINDS and is_heading_like(p, 40):
            hk = k
        elif not has_articles:
            if k in ("enum1", "enum2") and is_heading_like(p, 60):
                hk = k
            elif k is None and seen_body and _is_plain_heading(p, paras[i + 1] if i + 1 < len(paras) else None):
                hk = "plain"
        kinds.append(hk)
        if hk is None and ends_sentence(p):
            seen_body = True

    ranks = sorted({_TEXT_HEADING_RANK[k] for k in kinds if k})
    level_of = {r: min(6, i + 2) for i, r in enumerate(ranks)}
    blocks: list[Block] = []
    if title is not None:
        blocks.append(Block(title, 1))
    for p, hk in zip(paras[start:], kinds):
        blocks.append(Block(p, level_of[_TEXT_HEADING_RANK[hk]] if hk else 0))
    return blocks, title


def _is_plain_heading(p: str, nxt: str | None) -> bool:
    """An unnumbered sub-heading of a news article: short, unpunctuated, followed by body text."""
    if nxt is None or len(p) > 30 or len(p) < 4:
        return False
    if _PLAIN_HEADING_PUNCT_RE.search(p) or _DATE_LINE_RE.match(p):
        return False
    if not _CJK_CHAR_RE.search(p):
        return False
    return ends_sentence(nxt) and len(nxt) > len(p) * 2 and line_kind(nxt) is None


def first_heading(blocks: list[Block]) -> str | None:
    for b in blocks:
        if b.heading_level > 0:
            return b.text
    return None
