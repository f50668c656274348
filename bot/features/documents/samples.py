"""The question a newly added document answers, shown to the staff member who sent it."""
from __future__ import annotations

import html
import logging
import re

from bot.kernel.texts import t

log = logging.getLogger("bot.documents")

GENERIC_HEADINGS = {"总则", "附则", "附件", "目录", "前言", "序言", "说明", "正文", "正文内容", "引言", "概述"}

_NUMBERING = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇\d]+[章节编部分篇]|[（(]?[一二三四五六七八九十百\d]+[)）、.．]|\d+(\.\d+)*)\s*")


def strip_numbering(heading: str) -> str:
    """'第一章 总则' -> '总则', '三、提案的提交' -> '提案的提交', '2.1 范围' -> '范围'."""
    text = html.unescape(heading or "").strip().strip("#").strip()
    return _NUMBERING.sub("", text, count=1).strip(" ：:")


def candidate_questions(prepared, language) -> list[str]:
    """Questions the new document should answer, from its headings and articles."""
    title = prepared.title
    out: list[str] = []
    for chunk in prepared.chunks:
        for heading in reversed(chunk.heading_path or []):
            clean = strip_numbering(heading)
            if clean and clean != title and clean not in GENERIC_HEADINGS and 2 <= len(clean) <= 30:
                q = t("doc_sample_heading", language, heading=clean)
                if q not in out:
                    out.append(q)
                break
        if len(out) >= 3:
            break
    for chunk in prepared.chunks:
        if chunk.article:
            out.append(t("doc_sample_article", language, title=title, article=chunk.article))
            break
    out.append(t("doc_sample_title", language, title=title))
    return out


async def sample_question(assistant, prepared, doc_id: int | None, language) -> str:
    """The first candidate whose best search hit is in the new document (a question it
    really answers now); the first candidate if none is."""
    candidates = candidate_questions(prepared, language)
    if doc_id is None:
        return candidates[0]
    for question in candidates[:3]:
        try:
            result = await assistant.run_blocking(assistant.kb.search, question, k=3)
        except Exception:
            log.debug("sample question search failed", exc_info=True)
            break
        if result.hits and result.hits[0].doc_id == doc_id:
            return question
    return candidates[0]


__all__ = ["candidate_questions", "sample_question", "strip_numbering", "GENERIC_HEADINGS"]
