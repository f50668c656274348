"""From search hits to the answer a member reads on a phone.

The answer quotes the best passage, never paraphrases it: only sentences
that are in the document are shown, with their citation. A long passage is
cut to its most relevant sentences (kept in document order) so the reply
stays phone-sized. When retrieval abstains, there is no quote at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.config import AnswerConfig
from kb.lexical import cjk_bigrams
from kb.retriever import Hit, SearchResult

_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;]?[”’」』）)]*")


@dataclass
class Answer:
    question: str
    abstained: bool
    quote: str = ""
    citation: str = ""
    # A second article of the same document, quoted too when retrieval can barely tell
    # the two apart (neighbouring articles of one regulation often can't be).
    second_quote: str = ""
    second_citation: str = ""
    title: str = ""
    doc_key: str = ""
    chunk_id: str | None = None
    further: list[Hit] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    best_dense: float = 0.0


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _bigrams(text: str) -> set[str]:
    return set(cjk_bigrams(text))


def select_sentences(text: str, question: str, max_chars: int, max_sentences: int) -> str:
    """The passage itself when short enough, else its most relevant sentences in order."""
    if len(text) <= max_chars:
        return text
    parts = sentences(text)
    q = _bigrams(question)
    scored = sorted(
        range(len(parts)),
        key=lambda i: (-len(q & _bigrams(parts[i])), i),
    )
    chosen: list[int] = []
    used = 0
    for i in scored:
        if len(chosen) >= max_sentences:
            break
        if used + len(parts[i]) > max_chars and chosen:
            continue
        chosen.append(i)
        used += len(parts[i])
    chosen.sort()
    out, last = [], -1
    for i in chosen:
        if last >= 0 and i != last + 1:
            out.append("……")
        out.append(parts[i])
        last = i
    if chosen and chosen[-1] != len(parts) - 1:
        out.append("……")
    quote = "".join(out)
    return quote if len(quote) <= max_chars + 40 else quote[:max_chars] + "……"


def compose(result: SearchResult, config: AnswerConfig) -> Answer:
    if result.abstain or not result.hits:
        return Answer(result.question, True, hits=result.hits, best_dense=result.best_dense)
    best = result.hits[0]
    # Room for the citation, the further sources and the frame around the quote.
    budget = max(120, config.max_chars - 160)
    runner_up = _close_runner_up(result.hits, config.second_passage_ratio)
    if runner_up is not None:
        first = select_sentences(best.text, result.expanded, budget // 2, config.max_sentences // 2 or 1)
        second = select_sentences(runner_up.text, result.expanded, budget - len(first),
                                  config.max_sentences // 2 or 1)
    else:
        first, second = select_sentences(best.text, result.expanded, budget, config.max_sentences), ""
    further, seen = [], {best.citation} | ({runner_up.citation} if runner_up else set())
    for hit in result.hits[1:]:
        if len(further) >= config.further_sources:
            break
        if hit.citation in seen:
            continue
        seen.add(hit.citation)
        further.append(hit)
    return Answer(
        question=result.question, abstained=False, quote=first, citation=best.citation,
        second_quote=second, second_citation=runner_up.citation if runner_up else "",
        title=best.title, doc_key=best.doc_key, chunk_id=best.chunk_id, further=further,
        hits=result.hits, best_dense=result.best_dense,
    )


def _close_runner_up(hits: list[Hit], ratio: float) -> Hit | None:
    """The second hit, when it is another part of the same document scored almost as high."""
    if ratio <= 0 or len(hits) < 2:
        return None
    best, second = hits[0], hits[1]
    if second.doc_key != best.doc_key or second.citation == best.citation:
        return None
    if best.score <= 0 or second.score < ratio * best.score:
        return None
    return second
