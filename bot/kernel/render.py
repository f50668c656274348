"""Render a knowledge-base answer as the message a member reads.

Shared by every transport and by ``ingest.py ask`` / ``eval``, so the text
scored in evaluation is exactly the text members get. Layout, for a phone:
how a follow-up was understood (if it was one), the one-line direct answer
(a verbatim clause), then each quoted article under its citation. Everything
but the short frame (FRAME_KEYS in bot.kernel.texts) is text of the documents.
"""
from __future__ import annotations

from kb.answer import Answer
from kb.config import CommitteeConfig
from kb.directory import contact_line
from kb.script import to_traditional

from bot.kernel.messages import esc
from bot.kernel.texts import lang_of, t, traditional


def staff_contact(committee: CommitteeConfig, language: str | None, contact=None) -> str:
    """Whom to contact: the directory document's number when known, else config's text."""
    return contact_line(contact, committee, lang_of(language))


def render_answer(answer: Answer, committee: CommitteeConfig, language: str | None = "zh",
                  *, understood: str = "") -> str:
    """HTML (the subset in bot.kernel.messages) for one answer."""
    parts = []
    if understood:
        # How the bot read the message is its own words, not a quote: in the member's script.
        shown = to_traditional(understood) if traditional(language) else understood
        parts.append(t("understood_as", language, question=esc(shown)))
    if answer.abstained:
        contact = staff_contact(committee, language, getattr(answer, "contact", None))
        parts.append(t("no_answer", language, contact=esc(contact)))
        if answer.nearest is not None:
            parts.append(t("nearest", language, citation=f"<b>{esc(answer.nearest.citation)}</b>"))
        return "\n".join(parts)
    quotes = answer.quotes or _legacy_quotes(answer)
    if answer.verdict == "pointer":
        parts.append(t("pointer_intro", language, citation=f"<b>{esc(quotes[0].citation)}</b>"))
    else:
        if answer.direct:
            parts.append(t("direct_answer", language, text=esc(answer.direct)))
        parts.append(t("answer_intro", language, citation=f"<b>{esc(quotes[0].citation)}</b>"))
    parts.append(f"<blockquote>{esc(quotes[0].text)}</blockquote>")
    for before, quote in zip(quotes, quotes[1:]):
        frame = t("answer_same", language) if quote.citation == before.citation else \
            t("answer_second", language, citation=f"<b>{esc(quote.citation)}</b>")
        parts += [frame, f"<blockquote>{esc(quote.text)}</blockquote>"]
    if answer.further:
        sources = "；".join(esc(h.citation) for h in answer.further)
        parts.append(t("further_sources", language, sources=sources))
    return "\n".join(parts)


def _legacy_quotes(answer: Answer):
    from kb.answer import Quote

    quotes = [Quote(answer.citation, answer.quote)]
    if answer.second_quote:
        quotes.append(Quote(answer.second_citation, answer.second_quote))
    return quotes
