"""HTML (.html, .htm): the page's declared charset, boilerplate dropped, block tags to blocks."""
from __future__ import annotations

import re
from pathlib import Path

from kb.errors import CorruptDocument
from kb.limits import TextBudget
from kb.parsers.base import Block, ParsedDocument, TextFormatParser
from kb.parsers.lines import first_heading, normalise_inline, normalise_line, unify_newlines


class HtmlParser(TextFormatParser):
    file_type = "html"
    suffixes = (".html", ".htm")

    def decode(self, data: bytes, name: str) -> str:
        declared = _html_declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (UnicodeDecodeError, LookupError):
                pass
        return super().decode(data, name)

    def parse(self, data, name, *, max_bytes, limits, budget):
        # Markup is not content: the budget is charged as text is extracted, not for the whole page.
        return _parse_html(self.decode(data, name), name, budget)


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
        html_title = normalise_inline(soup.title.string)
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
                for line in unify_newlines(child.get_text()).split("\n"):
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
    title = first_heading(blocks) or html_title
    return ParsedDocument(title=title or Path(name).stem, blocks=blocks)
