"""Split a :class:`~kb.parsers.ParsedDocument` into retrieval chunks.

The chunker follows the structure of Chinese legal and official documents:

* 第X编 / 第X部分 / 第X章 / 第X节 lines (also when they come as plain body
  text, as laws usually do) and parser headings build the ``heading_path``.
* 第X条 starts an article. An article is one chunk when it fits in
  ``max_chars``; a longer one is split at its numbered items (（一）, 1., 一、 ...)
  first, then at sentence ends (。！？；), never mid-sentence. Every piece keeps
  the article in ``heading_path`` and, after the first, repeats the article's
  short lead sentence ("……有下列情形之一的：") so each piece stands on its own.
  Articles are atomic: two short articles are never merged.
* Other paragraphs (news, notices, preambles) are merged up to ``max_chars``
  within their section; a chunk never crosses a heading.
* The text before 第一章 in a law is the section '序言'.
* A table of contents (目录 + heading lines) is dropped.

Cut points are chosen by a small dynamic programme over sentence-sized units
that minimises: number of chunks, cuts inside a paragraph (more expensive than
between paragraphs), cuts inside a sentence (much more expensive), chunks
shorter than ``min_chars`` and uneven chunk sizes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .parsers.base import Block, ParsedDocument
from .parsers.lines import (
    ARTICLE_RE,
    EN_ARTICLE_RE,
    ENUM_KINDS,
    STRUCTURE_KINDS,
    ends_sentence,
    is_heading_like,
    line_kind,
)

__all__ = ["Chunk", "chunk_document", "embedding_text", "citation", "cn_to_int", "split_sentences"]

LEAD_MAX_CHARS = 80  # an article's lead sentence is repeated in later pieces when at most this long
_PREAMBLE = "序言"


@dataclass
class Chunk:
    text: str  # the chunk body (no title prefix), complete sentences only
    heading_path: list[str] = field(default_factory=list)
    article: str | None = None  # '第二十八条' when the chunk lies inside an article
    ordinal: int = 0  # 0-based position in the document


# --------------------------------------------------------------------------
# Chinese numerals
# --------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s: str) -> int:
    """'一百一十' -> 110, '十二' -> 12, '一百零五' -> 105, '二〇二二' -> 2022, '28' -> 28."""
    s = re.sub(r"\s+", "", s)
    if not s:
        raise ValueError("empty numeral")
    if s.isdigit():
        return int(s)  # also handles full-width digits
    if all(ch in _CN_DIGITS for ch in s):  # digit by digit: 二〇二二
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    total = 0  # completed 万 groups
    section = 0
    num = None
    for ch in s:
        if ch in _CN_DIGITS:
            num = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            section += (1 if num is None else num) * unit
            num = None
        elif ch == "万":
            total += (section + (num or 0)) * 10000
            section, num = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + (num or 0)


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_CLOSE = "”’\"'」』）)】"
_SENT_END_RE = re.compile(rf"(?:[。！？；!?;]+|\.(?=[\s{_CLOSE}]|$))[{_CLOSE}]*")
_CLAUSE_END_RE = re.compile(rf"[，,、：:]+[{_CLOSE}]*")
_FULL_STOP_RE = re.compile(rf"[。！？；!?;.…][{_CLOSE}]*$")


def _split_at(text: str, pattern: re.Pattern) -> list[str]:
    out, start = [], 0
    for m in pattern.finditer(text):
        piece = text[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def split_sentences(text: str) -> list[str]:
    """Split at 。！？； (and . ! ? ;), keeping closing quotes/brackets with the sentence."""
    return _split_at(text, _SENT_END_RE)


def _joiner(left: str, right: str) -> str:
    if not left or not right:
        return ""
    if ord(left[-1]) >= 0x2E80 or ord(right[0]) >= 0x2E80:
        return ""
    return " "


# --------------------------------------------------------------------------
# Partitioning units into chunks
# --------------------------------------------------------------------------

# costs, in "chunks"
_C_CHUNK = 1.0
_C_IN_PARAGRAPH = 1.5  # cut between two sentences of one paragraph
_C_CLAUSE = 6.0  # cut inside a sentence at ，
_C_HARD = 20.0  # cut inside a clause
_C_UNTERMINATED = 1.0  # cut right after a line that does not end a sentence (e.g. a sub-title)
_C_SMALL = 2.5  # a chunk shorter than min_chars
_C_BALANCE = 0.5  # * sum((size / max_chars) ** 2)


@dataclass
class _Unit:
    text: str
    sep: str  # separator before this unit when joined to the previous one
    cost: float  # cost of cutting before this unit
    para: int  # paragraph index


def _split_long(text: str, budget: int) -> list[tuple[str, float]]:
    """Pieces of an over-long paragraph with the cost of cutting before each."""
    out: list[tuple[str, float]] = []
    for sent in split_sentences(text):
        if len(sent) <= budget:
            out.append((sent, _C_IN_PARAGRAPH))
            continue
        for ci, clause in enumerate(_split_at(sent, _CLAUSE_END_RE)):
            first_cost = _C_IN_PARAGRAPH if ci == 0 else _C_CLAUSE
            if len(clause) <= budget:
                out.append((clause, first_cost))
                continue
            n = -(-len(clause) // budget)
            size = -(-len(clause) // n)
            for k in range(0, len(clause), size):
                out.append((clause[k:k + size], first_cost if k == 0 else _C_HARD))
    return out


def _units(paras: list[str], budget: int) -> list[_Unit]:
    units: list[_Unit] = []
    for pi, p in enumerate(paras):
        pieces = split_sentences(p) if len(p) > 60 else [p]
        if any(len(x) > budget for x in pieces):
            split = _split_long(p, budget)
        else:
            split = [(x, _C_IN_PARAGRAPH) for x in pieces]
        for k, (t, cost) in enumerate(split):
            if k == 0:
                prev = units[-1].text if units else ""
                c = 0.0 if (not prev or _FULL_STOP_RE.search(prev)) else _C_UNTERMINATED
                units.append(_Unit(t, "\n", c, pi))
            else:
                units.append(_Unit(t, _joiner(units[-1].text, t), cost, pi))
    return units


def _partition(units: list[_Unit], max_chars: int, min_chars: int, *, extra: int = 0,
               no_cut_before: int | None = None) -> list[tuple[int, int]]:
    """Best contiguous grouping of ``units``; groups after the first carry ``extra`` chars."""
    n = len(units)
    if n == 0:
        return []
    total = sum(len(u.text) + len(u.sep) for u in units)
    inf = float("inf")
    best = [inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for i in range(1, n + 1):
        size = 0
        for j in range(i - 1, -1, -1):
            size += len(units[j].text) + (len(units[j + 1].sep) if j + 1 < i else 0)
            eff = size + (extra if j > 0 else 0)
            if eff > max_chars and j < i - 1:
                if size > max_chars:
                    break
                continue
            if best[j] == inf or (j > 0 and j == no_cut_before):
                continue
            cost = best[j] + _C_CHUNK + _C_BALANCE * (eff / max_chars) ** 2
            if j > 0:
                cost += units[j].cost
            if eff < min_chars and size < total:
                cost += _C_SMALL
            if cost < best[i]:
                best[i] = cost
                back[i] = j
    groups = []
    i = n
    while i > 0:
        j = back[i]
        groups.append((j, i))
        i = j
    groups.reverse()
    return groups


def _join_units(units: list[_Unit], start: int, end: int) -> str:
    parts = [units[start].text]
    for k in range(start + 1, end):
        parts.append(units[k].sep)
        parts.append(units[k].text)
    return "".join(parts)


def _chunk_paragraphs(paras: list[str], max_chars: int, min_chars: int) -> list[str]:
    units = _units(paras, max_chars)
    return [_join_units(units, a, b) for a, b in _partition(units, max_chars, min_chars)]


_INLINE_ITEM_RE = re.compile(r"(?<=[：:；;。])\s*(?=(?:[（(][一二三四五六七八九十]+[）)]|[①-⑳]))")


def _chunk_article(paras: list[str], max_chars: int, min_chars: int) -> list[str]:
    whole = "\n".join(paras)
    if len(whole) <= max_chars:
        return [whole]
    ps: list[str] = []
    for p in paras:  # items written inline: "……：（一）……；（二）……"
        ps.extend(x for x in _INLINE_ITEM_RE.split(p) if x.strip())
    first_item = next((i for i, p in enumerate(ps) if i > 0 and line_kind(p) in ENUM_KINDS), None)
    lead = "\n".join(ps[:first_item]) if first_item else None
    repeat = lead is not None and len(lead) <= min(LEAD_MAX_CHARS, max_chars // 3)
    extra = len(lead) + 1 if repeat else 0
    units = _units(ps, max_chars - extra)
    no_cut = None
    if repeat:
        no_cut = next(k for k, u in enumerate(units) if u.para == first_item)
    pieces = []
    for gi, (a, b) in enumerate(_partition(units, max_chars, min_chars, extra=extra, no_cut_before=no_cut)):
        text = _join_units(units, a, b)
        if gi > 0 and repeat:
            text = f"{lead}\n{text}"
        pieces.append(text)
    return pieces


# --------------------------------------------------------------------------
# Document structure
# --------------------------------------------------------------------------

_RANK = {"part": 0, "chapter": 1, "special": 1, "section": 2, "enum1": 3, "enum2": 4}
_TOC_RE = re.compile(r"^目\s*录$")
_TOC_LEADER_RE = re.compile(r"[.·…．\-—_\s]*\d*\s*$")


def _toc_key(text: str) -> str:
    return re.sub(r"\s+", "", _TOC_LEADER_RE.sub("", text))


def _drop_toc(blocks: list[Block]) -> list[Block]:
    """Remove a table of contents: '目录' followed by heading-like lines."""
    for i, b in enumerate(blocks[:200]):
        if not _TOC_RE.match(b.text):
            continue
        j = i + 1
        entries: list[int] = []
        while j < len(blocks) and len(blocks[j].text) <= 40 and not ends_sentence(blocks[j].text) \
                and "。" not in blocks[j].text:
            entries.append(j)
            j += 1
        keys = [_toc_key(blocks[k].text) for k in entries]
        end = None
        for a in range(1, len(keys)):
            if keys[a] in keys[:a]:  # the body starts where the first entry comes back
                end = a
                break
        if end is None:
            end = max(len(keys) - 1, 0)  # keep the last line before the body as its heading
        return blocks[:i] + blocks[i + 1 + end:]
    return blocks


def _clean_heading(text: str) -> str:
    """'第一章 总 则' -> '第一章 总则', '序 言' -> '序言' (spaced-out short titles)."""
    def squeeze(m: re.Match) -> str:
        return m.group(0).replace(" ", "")
    return re.sub(r"(?<![^\s])(?:[\u4e00-\u9fff] ){1,5}[\u4e00-\u9fff](?![^\s])", squeeze, text)


def _article_label(text: str) -> str:
    m = ARTICLE_RE.match(text)
    if m:
        return re.sub(r"\s+", "", m.group(0))
    m = EN_ARTICLE_RE.match(text)
    if m:
        return f"Article {m.group(1)}"
    return text.split(" ")[0]


@dataclass
class _Event:
    kind: str  # 'heading' | 'article' | 'para'
    text: str
    level: int = 0  # explicit heading level (0 = inferred from the text)
    skind: str | None = None  # structure kind of the heading text (chapter, enum1, ...)


@dataclass
class _Entry:
    text: str
    level: float
    skind: str | None
    event: int
    has_content: bool = False
    has_children: bool = False


class _Stack:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []

    def push(self, ev: _Event, idx: int) -> list[_Entry]:
        """Push a heading; return the entries it closes (innermost first)."""
        removed: list[_Entry] = []
        if ev.skind in _RANK:
            # '第二章' closes '第一章' (and what is below it) whatever their levels
            rank = _RANK[ev.skind]
            for k, e in enumerate(self.entries):
                if e.skind in _RANK and _RANK[e.skind] >= rank:
                    removed = self.entries[k:][::-1]
                    del self.entries[k:]
                    break
        if ev.level > 0:
            while self.entries and self.entries[-1].level >= ev.level:
                removed.append(self.entries.pop())
            level: float = ev.level
        else:
            level = self.entries[-1].level + 0.5 if self.entries else 0.5
        for e in self.entries:
            e.has_children = True
        self.entries.append(_Entry(ev.text, level, ev.skind, idx))
        return removed

    def path(self) -> list[str]:
        return [_clean_heading(e.text) for e in self.entries]


def _events(doc: ParsedDocument) -> list[_Event]:
    blocks = _drop_toc([b for b in doc.blocks if b.text and b.text.strip()])
    has_articles = any(line_kind(b.text) == "article" for b in blocks)
    title_key = re.sub(r"\s+", "", doc.title or "")
    events: list[_Event] = []
    seen_content = False
    for b in blocks:
        text = b.text.strip()
        kind = line_kind(text)
        if not seen_content and title_key and re.sub(r"\s+", "", text) == title_key:
            continue  # the title itself: it is in every chunk's citation already
        if kind == "article":
            events.append(_Event("article", text))
            seen_content = True
        elif b.heading_level > 0 and is_heading_like(text, 100):
            events.append(_Event("heading", text, level=b.heading_level, skind=kind))
        elif kind in STRUCTURE_KINDS and is_heading_like(text, 40):
            events.append(_Event("heading", text, skind=kind))
        elif kind in ("enum1", "enum2") and not has_articles and is_heading_like(text, 60):
            events.append(_Event("heading", text, skind=kind))
        else:
            events.append(_Event("para", text))
            seen_content = True
    return _demote_empty_enum_headings(_join_wrapped_headings(events))


def _join_wrapped_headings(events: list[_Event]) -> list[_Event]:
    """'第五章 代表建议、批评和意见' + '办理工作的监督检查' (a heading wrapped onto a second line)."""
    out: list[_Event] = []
    i = 0
    while i < len(events):
        ev = events[i]
        if (ev.kind == "heading" and ev.skind in ("part", "chapter", "section") and i + 1 < len(events)):
            nxt = events[i + 1]
            after = events[i + 2] if i + 2 < len(events) else None
            if (nxt.kind == "para" and len(nxt.text) <= 20 and line_kind(nxt.text) is None
                    and is_heading_like(nxt.text, 20) and "，" not in nxt.text
                    and (after is None or after.kind in ("article", "heading"))):
                out.append(_Event("heading", ev.text + nxt.text, ev.level, ev.skind))
                i += 2
                continue
        out.append(ev)
        i += 1
    return out


def _demote_empty_enum_headings(events: list[_Event]) -> list[_Event]:
    """'一、A' directly followed by '二、B' are list items, not headings: make them paragraphs."""
    stack = _Stack()
    demote: set[int] = set()

    def close(entries: list[_Entry]) -> None:
        for k, e in enumerate(entries):  # innermost first
            if not e.has_content and not e.has_children and line_kind(e.text) in ENUM_KINDS:
                demote.add(e.event)
                parent = entries[k + 1] if k + 1 < len(entries) else (stack.entries[-1] if stack.entries else None)
                if parent is not None:
                    parent.has_content = True

    for i, ev in enumerate(events):
        if ev.kind == "heading":
            removed = stack.push(ev, i)
            # entries closed by this heading: their parents are what remains below
            saved = stack.entries.pop()
            close(removed)
            stack.entries.append(saved)
        else:
            for e in stack.entries:
                e.has_content = True
    close(stack.entries[::-1])
    if not demote:
        return events
    # '一、A' '二、B' (both empty) '三、C' + text: C ends the same list, so it is an item too
    run = 0
    for i, ev in enumerate(events):
        if i in demote:
            run += 1
        elif run >= 2 and ev.kind == "heading" and ev.skind == events[i - 1].skind:
            demote.add(i)
            run += 1
        else:
            run = 0
    return [_Event("para", ev.text) if i in demote else ev for i, ev in enumerate(events)]


def chunk_document(doc: ParsedDocument, *, max_chars: int = 400, min_chars: int = 60) -> list[Chunk]:
    """Split a parsed document into chunks (see the module docstring for the rules)."""
    if max_chars < 40:
        raise ValueError("max_chars must be at least 40")
    min_chars = max(0, min(min_chars, max_chars // 2))
    events = _events(doc)
    is_law = any(ev.kind == "article" for ev in events)
    stack = _Stack()
    chunks: list[Chunk] = []
    seen_structure = False
    current: dict | None = None  # {'path', 'article', 'paras'}

    def flush() -> None:
        nonlocal current
        if not current or not current["paras"]:
            current = None
            return
        if current["article"]:
            texts = _chunk_article(current["paras"], max_chars, min_chars)
        else:
            texts = _chunk_paragraphs(current["paras"], max_chars, min_chars)
        for t in texts:
            chunks.append(Chunk(t, list(current["path"]), current["article"], len(chunks)))
        current = None

    for i, ev in enumerate(events):
        if ev.kind == "heading":
            flush()
            stack.push(ev, i)
            if ev.skind in STRUCTURE_KINDS:
                seen_structure = True
        elif ev.kind == "article":
            flush()
            seen_structure = True
            label = _article_label(ev.text)
            current = {"path": stack.path() + [label], "article": label, "paras": [ev.text]}
        else:
            if current is None:
                path = stack.path()
                if not path and is_law and not seen_structure:
                    path = [_PREAMBLE]
                current = {"path": path, "article": None, "paras": []}
            current["paras"].append(ev.text)
    flush()
    return chunks


# --------------------------------------------------------------------------
# Presentation
# --------------------------------------------------------------------------


def _book_title(title: str) -> str:
    """'北京市实施《城市居民委员会组织法》办法' -> '《北京市实施〈城市居民委员会组织法〉办法》'."""
    title = (title or "").strip()
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title
    return "《" + title.replace("《", "〈").replace("》", "〉") + "》"


def embedding_text(title: str, chunk: Chunk) -> str:
    """What gets embedded and BM25-indexed: 《title》 heading > path + newline + text."""
    head = _book_title(title)
    if chunk.heading_path:
        head += " " + " > ".join(chunk.heading_path)
    return f"{head}\n{chunk.text}"


def citation(title: str, chunk: Chunk) -> str:
    """'《中国人民政治协商会议章程》第二十八条', or '《title》 last heading', or '《title》'."""
    book = _book_title(title)
    if chunk.article:
        sep = " " if chunk.article[:1].isascii() else ""
        return f"{book}{sep}{chunk.article}"
    if chunk.heading_path:
        from kb.titles import HEADING_MAX, shorten

        return f"{book} {shorten(chunk.heading_path[-1], HEADING_MAX)}"
    return book
