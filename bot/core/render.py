"""Render a knowledge-base answer as the message a member reads.

Shared by every transport and by ``ingest.py ask`` / ``eval``, so the text
scored in evaluation is exactly the text members get.
"""
from __future__ import annotations

from kb.answer import Answer
from kb.config import CommitteeConfig

from bot.core.messages import esc
from bot.core.texts import lang_of, t


def staff_contact(committee: CommitteeConfig, language: str | None) -> str:
    return committee.staff_contact_en if lang_of(language) == "en" else committee.staff_contact


def render_answer(answer: Answer, committee: CommitteeConfig, language: str | None = "zh") -> str:
    """HTML (the subset in bot.core.messages) for one answer."""
    if answer.abstained:
        return t("no_answer", language, contact=esc(staff_contact(committee, language)))
    parts = [
        t("answer_intro", language, citation=f"<b>{esc(answer.citation)}</b>"),
        f"<blockquote>{esc(answer.quote)}</blockquote>",
    ]
    if answer.second_quote:
        parts += [t("answer_second", language, citation=f"<b>{esc(answer.second_citation)}</b>"),
                  f"<blockquote>{esc(answer.second_quote)}</blockquote>"]
    if answer.further:
        sources = "；".join(esc(h.citation) for h in answer.further)
        parts.append(t("further_sources", language, sources=sources))
    return "\n".join(parts)
