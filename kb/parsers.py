"""Turn an uploaded file into structured text.

``parse_file`` / ``parse_bytes`` read .txt, .md, .html, .docx and .pdf files
and return a :class:`ParsedDocument`: a title plus a list of :class:`Block`
(one paragraph or heading each, whitespace-normalised, never empty).

Every failure is one of the :mod:`kb.errors` ``DocumentError`` subclasses with
a message that names the file and says what the user can do about it.

Design notes
------------
* Text is *not* NFKC-normalised: that would turn Chinese full-width
  punctuation (，。：) into ASCII. We only unify newlines, drop zero-width
  characters, map exotic spaces (\u3000, nbsp ...) to a plain space, collapse
  runs of spaces and drop empty lines.
* Plain text and PDF text often come hard-wrapped. :func:`merge_lines` joins
  wrapped lines back into paragraphs: a line break is kept when the line ends
  with 。！？；：, when the next line starts a new structural unit (第X条,
  （一）, 一、, 1. ...), or when the line is clearly shorter than the text's
  wrap width (a heading, a date line, the last line of a paragraph).
* The structure helpers (:func:`line_kind`, :func:`is_heading_like`) are shared
  with :mod:`kb.chunker`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .limits import DEFAULT_LIMITS, ContentLimits, TextBudget, check_zip
from .errors import (
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    FileTooLarge,
    UndecodableText,
    UnsupportedFileType,
)

__all__ = [
    "Block",
    "ParsedDocument",
    "SUPPORTED_SUFFIXES",
    "parse_file",
    "parse_bytes",
    "merge_lines",
    "normalise_line",
    "line_kind",
    "is_heading_like",
    "decode_text",
]

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}
DEFAULT_MAX_BYTES = 20_000_000

_FILE_TYPES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_SUPPORTED_LIST = ".txt, .md, .html, .docx and .pdf"

# Extra advice for common unsupported types.
_UNSUPPORTED_HINTS = {
    ".doc": "open it in Word or WPS and save it as .docx (File > Save As)",
    ".wps": "open it in WPS and save it as .docx",
    ".rtf": "open it in Word or WPS and save it as .docx",
    ".odt": "save it as .docx",
    ".xls": "copy the content into a .docx document or save it as PDF",
    ".xlsx": "copy the content into a .docx document or save it as PDF",
    ".et": "copy the content into a .docx document or save it as PDF",
    ".csv": "save it as .txt or copy it into a .docx document",
    ".ppt": "save it as PDF",
    ".pptx": "save it as PDF",
    ".dps": "save it as PDF",
    ".jpg": "images cannot be read (no OCR): add a text version of the document instead",
    ".jpeg": "images cannot be read (no OCR): add a text version of the document instead",
    ".png": "images cannot be read (no OCR): add a text version of the document instead",
    ".gif": "images cannot be read (no OCR): add a text version of the document instead",
    ".bmp": "images cannot be read (no OCR): add a text version of the document instead",
    ".tif": "images cannot be read (no OCR): add a text version of the document instead",
    ".tiff": "images cannot be read (no OCR): add a text version of the document instead",
    ".zip": "unpack the archive and add the documents one by one",
    ".rar": "unpack the archive and add the documents one by one",
    ".7z": "unpack the archive and add the documents one by one",
    ".ofd": "export it to PDF",
}


# --------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------


@dataclass
class Block:
    text: str  # one paragraph or heading, whitespace-normalised, never empty
    heading_level: int = 0  # 0 = body text; 1..6 = heading


@dataclass
class ParsedDocument:
    title: str
    blocks: list[Block] = field(default_factory=list)
    source_name: str = ""
    file_type: str = ""  # 'txt' | 'md' | 'html' | 'docx' | 'pdf'


# --------------------------------------------------------------------------
# Whitespace normalisation
# --------------------------------------------------------------------------

_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES_RE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES_RE = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_HTML_COMMENT_LINE_RE = re.compile(r"^\s*<!--.*-->\s*$")


def _unify_newlines(text: str) -> str:
    return _NEWLINES_RE.sub("\n", text)


def normalise_line(line: str) -> str:
    """Whitespace-normalise one line (no NFKC: full-width punctuation stays)."""
    line = _ZERO_WIDTH_RE.sub("", line)
    line = _CONTROL_RE.sub("", line)
    line = _SPACES_RE.sub(" ", line)
    return line.strip()


def _normalise_inline(text: str) -> str:
    """Normalise text that must become a single line (newlines -> spaces)."""
    return normalise_line(_unify_newlines(text).replace("\n", " "))


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


def _wrap_width(lines: list[str]) -> int:
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
        wrap_width = _wrap_width(lines)
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


def _text_to_lines(text: str) -> tuple[list[str], list[bool]]:
    """Split raw text into normalised lines ('' = blank) and indentation flags."""
    lines: list[str] = []
    indented: list[bool] = []
    for raw in _unify_newlines(text).split("\n"):
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


def _looks_like_title(text: str) -> bool:
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


def _blocks_from_paragraphs(paras: list[str], *, first_is_title_candidate: bool) -> tuple[list[Block], str | None]:
    """Classify plain-text paragraphs into headings and body blocks."""
    title = None
    start = 0
    if first_is_title_candidate and paras and _looks_like_title(paras[0]) and line_kind(paras[0]) is None:
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


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _sniff(data: bytes) -> str | None:
    """A human description of what the bytes look like, for error hints."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "a PDF file"
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP-based file (e.g. .docx/.xlsx)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Microsoft Office file (.doc/.xls)"
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff") or head.startswith(b"GIF8"):
        return "an image"
    if head.startswith(b"MZ"):
        return "a program (.exe)"
    if head.startswith(b"Rar!") or head.startswith(b"7z\xbc\xaf"):
        return "an archive"
    low = data[:512].lstrip().lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html"):
        return "an HTML page"
    return None


def _gb_plausible(text: str) -> bool:
    """Reject gb18030 decodings that are really another encoding (e.g. Big5).

    Big5 bytes decode as GBK without error but produce mostly kana/Greek/
    Cyrillic/box-drawing symbols and rare hanzi.
    """
    sample = text[:20000]
    odd = len(re.findall("[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\ue000-\uf8ff]", sample))
    han = len(re.findall("[\u4e00-\u9fff]", sample))
    return odd <= max(3, 0.05 * (han + odd))


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes of a text file: BOM, UTF-8, GB18030, then a confident guess."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                if enc.startswith("utf-16") or enc.startswith("utf-32"):
                    raise UndecodableText(_undecodable_msg(name), path=name) from None
                break
    stripped = data.rstrip(b"\x00")  # some tools pad files with zero bytes
    if not stripped:
        raise CorruptDocument(
            f"{name} contains only zero bytes, not text: the file is damaged; copy or download it again.",
            path=name,
        )
    if b"\x00" in stripped:
        what = _sniff(data)
        hint = f" (it looks like {what}; give it the right file extension)" if what else ""
        raise CorruptDocument(
            f"{name} contains binary data, not text{hint}: check that it really is a text file and add it again.",
            path=name,
        )
    data = stripped
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    gb_text = None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    if gb_text is not None and _gb_plausible(gb_text):
        return gb_text
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    if gb_text is not None:
        return gb_text
    raise UndecodableText(_undecodable_msg(name), path=name)


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency is installed
        return None
    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None or best.chaos > 0.1 or best.encoding in ("ascii",):
        return None
    # Confident only when every near-equal candidate reads the bytes the same way
    # (short Western texts are ambiguous between cp1250/cp1252/cp1257 ...).
    best_text = str(best)
    for m in results:
        if m is not best and m.chaos <= best.chaos + 0.02 and str(m) != best_text:
            return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _undecodable_msg(name: str) -> str:
    return (
        f"{name} is not in a text encoding the knowledge base can read (UTF-8, UTF-16 or GB18030/GBK): "
        f"open it in a text editor, save it as UTF-8 and add it again."
    )


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------


def _check_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    if not suffix:
        raise UnsupportedFileType(
            f"{name} has no file extension, so its type is unknown: "
            f"rename it with one of the supported extensions ({_SUPPORTED_LIST}) and add it again.",
            path=name,
        )
    hint = _UNSUPPORTED_HINTS.get(suffix)
    advice = f"{hint}, then add it again" if hint else f"convert it to one of {_SUPPORTED_LIST} and add it again"
    raise UnsupportedFileType(
        f"{name} is a {suffix} file, which the knowledge base cannot read (supported: {_SUPPORTED_LIST}): {advice}.",
        path=name,
    )


def _too_large(name: str, size: int, max_bytes: int) -> FileTooLarge:
    unit = 1 << 20 if max_bytes % (1 << 20) == 0 else 1_000_000
    return FileTooLarge(
        f"{name} is {size / unit:.1f} MB, more than the {max_bytes / unit:.3g} MB limit: "
        f"split it into smaller files (or remove large images) and add them again.",
        path=name,
    )


def _empty(name: str) -> EmptyDocument:
    return EmptyDocument(
        f"{name} is empty (0 bytes): check that the file was saved or copied completely and add it again.",
        path=name,
    )


def parse_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               limits: ContentLimits = DEFAULT_LIMITS) -> ParsedDocument:
    """Parse a file on disk. The size is checked with ``stat`` before reading."""
    path = Path(path)
    name = path.name
    _check_suffix(name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{name} was not found at {path}: check the path and try again.", path=str(path)) from None
    except OSError as exc:
        raise DocumentError(f"{name} could not be opened ({exc.strerror}): check the file and try again.", path=str(path)) from None
    if size > max_bytes:
        raise _too_large(name, size, max_bytes)
    if path.is_dir():
        raise DocumentError(f"{name} is a folder, not a file: add the documents inside it one by one.", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name} could not be read ({exc.strerror}): check the file permissions and try again.", path=str(path)) from None
    return parse_bytes(data, name, max_bytes=max_bytes, limits=limits)


def parse_bytes(data: bytes, file_name: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                limits: ContentLimits = DEFAULT_LIMITS) -> ParsedDocument:
    """Parse the bytes of a file called ``file_name`` (e.g. a file sent to the chat bot).

    ``limits`` bound what the file may expand to (kb/limits.py): checked while
    unpacking and extracting, so an oversized document is refused early.
    """
    name = Path(file_name).name or file_name
    suffix = _check_suffix(name)
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise _empty(name)
    file_type = _FILE_TYPES[suffix]
    budget = TextBudget(name, limits)
    if file_type == "pdf":
        doc = _parse_pdf(data, name, budget)
    elif file_type == "docx":
        doc = _parse_docx(data, name, max_bytes, limits, budget)
    else:
        text = _decode_for(file_type, data, name)
        if file_type != "html":
            budget.check_total(len(text))     # plain text and Markdown: the text is (nearly) all content
        if file_type == "txt":
            doc = _parse_txt(text, name)
        elif file_type == "md":
            doc = _parse_md(text, name)
        else:
            doc = _parse_html(text, name, budget)
    doc.blocks = [b for b in doc.blocks if b.text]
    budget.check_total(sum(len(b.text) for b in doc.blocks))
    if not doc.blocks:
        raise EmptyDocument(
            f"{name} contains no text: check that it is the right file (and not, for example, an empty template) and add it again.",
            path=name,
        )
    doc.source_name = name
    doc.file_type = file_type
    if not doc.title:
        doc.title = Path(name).stem
    return doc


def _decode_for(file_type: str, data: bytes, name: str) -> str:
    if file_type == "html":
        declared = _html_declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                pass
    return decode_text(data, name)


# --------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------


def _parse_txt(text: str, name: str) -> ParsedDocument:
    lines, indented = _text_to_lines(text)
    paras = merge_lines(lines, indented=indented)
    blocks, title = _blocks_from_paragraphs(paras, first_is_title_candidate=True)
    if title is None:
        title = _first_heading(blocks)
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)


def _first_heading(blocks: list[Block]) -> str | None:
    for b in blocks:
        if b.heading_level > 0:
            return b.text
    return None


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

_MD_ATX_RE = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_ATX_NOSPACE_RE = re.compile(r"^(#{1,6})([\u2e80-\u9fff\uff00-\uffef].*)$")  # '#标题' (common in Chinese notes)
_MD_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
_MD_HR_RE = re.compile(r"^([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_SETEXT1_RE = re.compile(r"^=+[ \t]*$")
_MD_SETEXT2_RE = re.compile(r"^-+[ \t]*$")
_MD_LIST_RE = re.compile(r"^[ \t]*(?:([-*+])|(\d{1,3})[.)])[ \t]+(.*)$")
_MD_TABLE_SEP_RE = re.compile(r"^\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_MD_REFDEF_RE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S+")
_MD_QUOTE_RE = re.compile(r"^[ \t]{0,3}>[ \t]?")

_MD_INLINE_SUBS = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote references
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"`+([^`]+?)`+"), r"\1"),  # inline code
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*\*|___)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<![A-Za-z0-9])__(?=\S)(.+?)(?<=\S)__(?![A-Za-z0-9])"), r"\1"),
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"), r"\1"),
    (re.compile(r"(?<![A-Za-z0-9_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![A-Za-z0-9_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])"), r"\1"),  # backslash escapes
]


def _md_inline(text: str) -> str:
    for pattern, repl in _MD_INLINE_SUBS:
        text = pattern.sub(repl, text)
    return normalise_line(text)


def _md_table_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c for c in (_md_inline(c.replace("\\|", "|")) for c in cells) if c]


def _parse_md(text: str, name: str) -> ParsedDocument:
    raw_lines = _unify_newlines(text).split("\n")
    # YAML front matter
    if raw_lines and raw_lines[0].strip() == "---":
        for j in range(1, min(len(raw_lines), 100)):
            if raw_lines[j].strip() in ("---", "..."):
                raw_lines = raw_lines[j + 1:]
                break
    wrap = _wrap_width([normalise_line(l) for l in raw_lines])

    blocks: list[Block] = []
    para: list[str] = []  # raw (inline-stripped) lines of the current paragraph
    first_line_title: str | None = None
    seen_content = False

    def flush() -> None:
        if para:
            for p in merge_lines(para, wrap_width=wrap):
                blocks.append(Block(p))
            para.clear()

    i = 0
    n = len(raw_lines)
    in_comment = False
    while i < n:
        raw = raw_lines[i]
        s = raw.strip()
        i += 1
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            flush()
            if "-->" not in s:
                in_comment = True
            continue
        m = _MD_FENCE_RE.match(s)
        if m:
            flush()
            fence = m.group(1)
            while i < n and not raw_lines[i].strip().startswith(fence):
                line = normalise_line(raw_lines[i])
                if line:
                    blocks.append(Block(line))
                i += 1
            i += 1
            seen_content = True
            continue
        if not s:
            flush()
            continue
        # blockquotes: strip the markers and treat the rest as ordinary content
        while _MD_QUOTE_RE.match(s):
            s = _MD_QUOTE_RE.sub("", s, count=1).strip()
        if not s:
            flush()
            continue
        m = _MD_ATX_RE.match(s) or _MD_ATX_NOSPACE_RE.match(s)
        if m:
            flush()
            htext = _md_inline(m.group(2) or "")
            if htext:
                blocks.append(Block(htext, len(m.group(1))))
                seen_content = True
            continue
        if para and len(para) == 1 and (_MD_SETEXT1_RE.match(s) or (_MD_SETEXT2_RE.match(s) and len(s) >= 2)):
            level = 1 if s.startswith("=") else 2
            blocks.append(Block(para.pop(), level))
            continue
        if _MD_HR_RE.match(s):
            flush()
            continue
        if _MD_REFDEF_RE.match(s):
            continue
        if s.startswith("|") or (
            "|" in s and i < n and _MD_TABLE_SEP_RE.match(raw_lines[i].strip())
        ):
            flush()
            if _MD_TABLE_SEP_RE.match(s):
                continue
            cells = _md_table_cells(s)
            if cells:
                blocks.append(Block(" | ".join(cells)))
            seen_content = True
            continue
        m = _MD_LIST_RE.match(s)
        if m:
            flush()
            item = _md_inline(m.group(3))
            if m.group(2):
                item = f"{m.group(2)}. {item}"
            if item:
                para.append(item)
            seen_content = True
            continue
        line = _md_inline(s)
        if not line:
            continue
        if not seen_content and not blocks and not para:
            # first line of the file: a title when it stands alone and looks like one
            nxt = raw_lines[i].strip() if i < n else ""
            if not nxt and _looks_like_title(line) and line_kind(line) is None:
                first_line_title = line
                blocks.append(Block(line, 1))
                seen_content = True
                continue
        para.append(line)
        seen_content = True
    flush()
    title = first_line_title
    if title is None and blocks and blocks[0].heading_level > 0 and _looks_like_title(blocks[0].text):
        title = blocks[0].text
    if title is None:
        title = _first_heading(blocks)
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DROP_TAGS = ["script", "style", "nav", "header", "footer", "noscript", "template", "svg", "iframe",
              "object", "select", "button", "head", "canvas", "map"]
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "address", "figure",
    "figcaption", "hr", "center", "form", "fieldset", "details", "summary", "body", "html", "h1", "h2",
    "h3", "h4", "h5", "h6", "legend", "menu", "dialog", "hgroup",
}
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BR = "\u2029"
_HTML_WS_RE = re.compile(r"[ \t\r\n\f]+")
_HTML_CJK_NL_RE = re.compile(r"(?<=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])[ \t\r\f]*\n[ \t\r\n\f]*(?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])")


def _html_declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET_RE.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii", "ignore").lower()
    if enc in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "euc-cn", "cp936"):
        return "gb18030"
    if enc in ("utf8",):
        return "utf-8"
    return enc


def _parse_html(text: str, name: str, budget: TextBudget) -> ParsedDocument:
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
    from bs4.element import CData, Declaration, ProcessingInstruction

    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # pragma: no cover - lxml is very tolerant
        raise CorruptDocument(f"{name} could not be read as HTML ({exc}): save the page again and add it again.", path=name) from None
    html_title = None
    if soup.title and soup.title.string:
        html_title = _normalise_inline(soup.title.string)
    for tag in soup.find_all(_DROP_TAGS):
        if tag.decomposed:
            continue
        if tag.name in ("header", "footer") and tag.find_parent(["article", "main"]):
            continue  # an article's own header holds its title
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        if not tag.decomposed:
            tag.decompose()
    skip_strings = (Comment, Doctype, CData, Declaration, ProcessingInstruction)

    blocks: list[Block] = []
    buf: list[str] = []

    def flush() -> None:
        if not buf:
            return
        raw = "".join(buf)
        buf.clear()
        raw = _HTML_CJK_NL_RE.sub("", raw)
        raw = _HTML_WS_RE.sub(" ", raw)
        for line in raw.split(_BR):
            line = normalise_line(line)
            if line:
                blocks.append(Block(budget.add(line)))

    def inline_text(tag: Tag) -> str:
        parts: list[str] = []
        for s in tag.descendants:
            if isinstance(s, NavigableString) and not isinstance(s, skip_strings):
                parts.append(str(s))
            elif isinstance(s, Tag) and s.name == "br":
                parts.append(" ")
        raw = _HTML_CJK_NL_RE.sub("", "".join(parts))
        return normalise_line(_HTML_WS_RE.sub(" ", raw))

    def simple_row(tr: Tag) -> list[str] | None:
        cells = tr.find_all(["td", "th"], recursive=False)
        if not cells:
            return None
        for c in cells:
            if c.find(["table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre"]):
                return None
        texts = [inline_text(c) for c in cells]
        return [t for t in texts if t]

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, skip_strings):
                    buf.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            tname = child.name
            if tname == "br":
                buf.append(_BR)
                continue
            if tname in _HEADING_TAGS:
                flush()
                htext = inline_text(child)
                if htext:
                    blocks.append(Block(budget.add(htext), _HEADING_TAGS[tname]))
                continue
            if tname == "tr":
                cells = simple_row(child)
                if cells is not None:
                    flush()
                    if cells:
                        blocks.append(Block(budget.add(" | ".join(cells))))
                    continue
            if tname == "pre":
                flush()
                for line in _unify_newlines(child.get_text()).split("\n"):
                    line = normalise_line(line)
                    if line:
                        blocks.append(Block(budget.add(line)))
                continue
            if tname in _BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    root = soup.body or soup
    walk(root)
    flush()
    title = _first_heading(blocks) or html_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

_DOCX_HEADING_STYLE_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)


def _docx_style_level(style) -> int:
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").strip()
        low = name.lower()
        if low in ("title", "标题"):
            return 1
        m = _DOCX_HEADING_STYLE_RE.match(name)
        if m:
            return min(6, int(m.group(1)))
        lvl = _outline_level(style.element)
        if lvl is not None:
            return lvl
        style = getattr(style, "base_style", None)
        seen += 1
    return 0


def _outline_level(element) -> int | None:
    from docx.oxml.ns import qn

    ppr = element.find(qn("w:pPr"))
    if ppr is None:
        return None
    ol = ppr.find(qn("w:outlineLvl"))
    if ol is None:
        return None
    try:
        v = int(ol.get(qn("w:val")))
    except (TypeError, ValueError):
        return None
    if 0 <= v <= 5:
        return v + 1
    return None  # 9 = body text


def _parse_docx(data: bytes, name: str, max_bytes: int, limits: ContentLimits, budget: TextBudget) -> ParsedDocument:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in data[:200_000] or b"EncryptedPackage" in data[:200_000]:
            raise EncryptedDocument(
                f"{name} is password-protected: open it in Word or WPS, remove the password "
                f"(File > Info > Protect Document) and add it again.",
                path=name,
            )
        raise CorruptDocument(
            f"{name} is really an old-format Word .doc file with a .docx name: open it in Word or WPS, "
            f"save it as .docx (File > Save As) and add it again.",
            path=name,
        )
    if not data.startswith(b"PK"):
        what = _sniff(data)
        hint = f" (it looks like {what})" if what else ""
        raise CorruptDocument(
            f"{name} is not a valid .docx file{hint}: open it in Word or WPS, save it as .docx and add it again.",
            path=name,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = {i.filename for i in zf.infolist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CorruptDocument(
            f"{name} is damaged (the .docx archive cannot be opened): open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None
    if "word/document.xml" not in names:
        raise CorruptDocument(
            f"{name} is not a Word document (it is a ZIP file without Word content): check the file and add the right one.",
            path=name,
        )
    check_zip(data, name, limits)    # before python-docx inflates anything: bombs stop here
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise CorruptDocument(
            f"{name} is damaged and cannot be read as a Word document: open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None

    blocks: list[Block] = []
    style_levels: dict[str | None, int] = {}  # style lookups are slow in python-docx: cache per style id

    def add_paragraph(par: Paragraph) -> None:
        text = par.text or ""
        try:
            level = _outline_level(par._p)
            if level is None:
                ppr = par._p.pPr
                sid = ppr.style if ppr is not None else None
                if sid not in style_levels:
                    style_levels[sid] = _docx_style_level(par.style)
                level = style_levels[sid]
        except Exception:
            level = 0
        if level:
            t = _normalise_inline(text)
            if t:
                blocks.append(Block(budget.add(t), level))
            return
        for line in _unify_newlines(text).split("\n"):  # soft line breaks
            line = normalise_line(line)
            if line:
                blocks.append(Block(budget.add(line)))

    def add_table(table: Table) -> None:
        for row in table.rows:
            seen_tc = set()
            cells: list[str] = []
            try:
                row_cells = row.cells
            except Exception:
                continue
            for cell in row_cells:
                if id(cell._tc) in seen_tc:
                    continue  # merged cells are repeated by python-docx
                seen_tc.add(id(cell._tc))
                ct = _normalise_inline(cell.text)
                if ct and (not cells or cells[-1] != ct):
                    cells.append(ct)
            if cells:
                blocks.append(Block(budget.add(" | ".join(cells))))

    try:
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                add_table(item)
            else:
                add_paragraph(item)
    except DocumentError:
        raise
    except Exception:
        raise CorruptDocument(
            f"{name} is damaged and cannot be read as a Word document: open it in Word or WPS, save it again and add it again.",
            path=name,
        ) from None
    core_title = None
    try:
        core_title = _normalise_inline(document.core_properties.title or "") or None
    except Exception:
        pass
    title = _first_heading(blocks) or core_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–_·•\s]*\d{1,4}[-—–_·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-—–]?\s*[ivxlc]{1,6}\s*[-—–]?)$",
    re.I,
)


def _strip_headers_footers(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers (lines repeated at page edges) and bare page numbers."""
    n = len(pages)
    edge = 2
    repeated: set[str] = set()

    def key(line: str) -> str:
        # digits are page numbers in running heads ("2023年工作报告 第3页"), but not in
        # structure lines ("第3章", "2. ...") which must repeat exactly to count
        return re.sub(r"\d+", "#", line) if line_kind(line) is None else line

    if n >= 2:
        counts: dict[str, int] = {}
        for lines in pages:
            for k in {key(l) for l in lines[:edge] + lines[-edge:]}:
                counts[k] = counts.get(k, 0) + 1
        threshold = max(2, (n + 1) // 2)
        repeated = {k for k, c in counts.items() if c >= threshold}
    out = []
    for lines in pages:
        m = len(lines)
        kept = []
        for idx, l in enumerate(lines):
            at_edge = idx < edge or idx >= m - edge
            if at_edge and (key(l) in repeated or _PAGE_NUMBER_RE.match(l)):
                continue
            kept.append(l)
        out.append(kept)
    return out


def _pdf_has_images(reader) -> bool:
    try:
        for page in list(reader.pages)[:20]:
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else None
            xobjects = resources.get("/XObject") if resources is not None else None
            if xobjects is None:
                continue
            for ref in xobjects.get_object().values():
                if ref.get_object().get("/Subtype") == "/Image":
                    return True
    except Exception:
        return False
    return False


def _parse_pdf(data: bytes, name: str, budget: TextBudget) -> ParsedDocument:
    if b"%PDF-" not in data[:1024]:
        what = _sniff(data)
        hint = f" (it looks like {what}; give it the right file extension)" if what else ""
        raise CorruptDocument(
            f"{name} is not a valid PDF file{hint}: check that the file is not damaged and add it again.",
            path=name,
        )
    if b"%%EOF" not in data[-4096:] and b"%%EOF" not in data:
        raise CorruptDocument(
            f"{name} is incomplete (the PDF file is cut off): download or copy it again and add it again.",
            path=name,
        )
    import logging

    from pypdf import PasswordType, PdfReader

    corrupt = CorruptDocument(
        f"{name} is damaged and cannot be read as a PDF: open it in a PDF viewer and print or export it "
        f"to a new PDF, then add it again.",
        path=name,
    )
    pypdf_logger = logging.getLogger("pypdf")
    old_level = pypdf_logger.level
    pypdf_logger.setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception:
            raise corrupt from None
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # e.g. AES without the 'cryptography' package
                ok = PasswordType.NOT_DECRYPTED
            if ok == PasswordType.NOT_DECRYPTED:
                raise EncryptedDocument(
                    f"{name} is encrypted: remove the password (e.g. print to a new PDF) and add it again.",
                    path=name,
                )
        try:
            n_pages = len(reader.pages)
        except Exception:
            raise corrupt from None
        if n_pages == 0:
            raise EmptyDocument(f"{name} has no pages: check that it is the right file and add it again.", path=name)
        pages: list[list[str]] = []
        for i in range(n_pages):
            try:
                raw = reader.pages[i].extract_text() or ""
            except Exception:
                raise CorruptDocument(
                    f"{name} is damaged (page {i + 1} cannot be read): open it in a PDF viewer and print or export "
                    f"it to a new PDF, then add it again.",
                    path=name,
                ) from None
            budget.add(raw)
            lines = [normalise_line(l) for l in _unify_newlines(raw).split("\n")]
            pages.append([l for l in lines if l])
        meta_title = None
        try:
            if reader.metadata and reader.metadata.title:
                meta_title = _normalise_inline(str(reader.metadata.title)) or None
        except Exception:
            pass
    finally:
        pypdf_logger.setLevel(old_level)

    if not any(pages):
        pages_s = f"{n_pages} page{'s' if n_pages != 1 else ''}"
        if _pdf_has_images(reader):
            msg = (f"{name} has {pages_s} but no text layer: it looks like a scanned document, and OCR is not "
                   f"supported. Add a version with selectable text (e.g. the original Word file) instead.")
        else:
            msg = (f"{name} has {pages_s} but no readable text (it may be scanned or damaged; OCR is not supported): "
                   f"add a version with selectable text (e.g. the original Word file) instead.")
        raise EmptyDocument(msg, path=name)
    pages = _strip_headers_footers(pages)
    lines = [l for page in pages for l in page]
    paras = merge_lines(lines)
    blocks, title = _blocks_from_paragraphs(paras, first_is_title_candidate=True)
    if title is not None and len(title) > 40:
        # a long first line of a PDF is more likely body text than a title
        blocks[0].heading_level = 0
        title = None
    title = title or _first_heading(blocks) or meta_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
