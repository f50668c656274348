"""Markdown (.md, .markdown): ATX/setext headings, lists, tables and quotes to blocks."""
from __future__ import annotations

import re
from pathlib import Path

from kb.parsers.base import Block, ParsedDocument, TextFormatParser
from kb.parsers.lines import first_heading, line_kind, looks_like_title, merge_lines, normalise_line, unify_newlines, estimate_wrap_width


class MarkdownParser(TextFormatParser):
    file_type = "md"
    suffixes = (".md", ".markdown")

    def parse_text(self, text, name, budget):
        return _parse_md(text, name)


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
    raw_lines = unify_newlines(text).split("\n")
    # YAML front matter
    if raw_lines and raw_lines[0].strip() == "---":
        for j in range(1, min(len(raw_lines), 100)):
            if raw_lines[j].strip() in ("---", "..."):
                raw_lines = raw_lines[j + 1:]
                break
    wrap = estimate_wrap_width([normalise_line(l) for l in raw_lines])

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
            if not nxt and looks_like_title(line) and line_kind(line) is None:
                first_line_title = line
                blocks.append(Block(line, 1))
                seen_content = True
                continue
        para.append(line)
        seen_content = True
    flush()
    title = first_line_title
    if title is None and blocks and blocks[0].heading_level > 0 and looks_like_title(blocks[0].text):
        title = blocks[0].text
    if title is None:
        title = first_heading(blocks)
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
