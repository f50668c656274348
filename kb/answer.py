"""From search hits to the answer a member reads on a phone.

The answer quotes the passage, never paraphrases it: every sentence shown is
in the document, with its citation. On top, when the passage has one, a
one-line direct answer: a clause cut verbatim from the quoted sentences, of
the type the question asks for (kb.extract). Then the sentences that answer,
in document order; inside a numbered list, the item that answers rather than
the list's first one, and for a question that asks for the list itself (哪些,
啥样的) the items its lead-in announces. One article fits in ``answer.short_chars``; when two or
three articles are about as good, each is quoted (its answering sentences),
within ``answer.max_chars``. When retrieval abstains there is no quote at all;
when it only points ("pointer"), the passage is offered as possibly relevant,
without a direct answer.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from kb.config import AnswerConfig
from kb.extract import answer_types, choose_clause, has_type, shown
from kb.features import content_characters
from kb.lexical import cjk_bigrams
from kb.retriever import Hit, SearchResult

_ITEM_HEADING = re.compile(r"^(?:（[一二三四五六七八九十]+）|\d+[．.、])[^。！？；\n]{0,10}[。：:]$")
# A question that asks for the members of a list: "啥样的建议会被重点督办" is answered by the items a
# lead-in announces ("根据以下情形确定：（一）…（二）…"), not by the lead-in alone.
_ASKS_LIST = re.compile(r"哪些|哪几|什么样|啥样|哪种|哪类|几种|几类|什么情形|什么情况下|哪些情况|包括(?:什么|啥|哪)")
# A list item's opening mark.
_ITEM = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[．.、])")
_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;]?[”’」』）)]*")
GAP = "……"
# The Nth of something asked by its ordinal ("第二点希望是啥", "第四个方面"); not 第N条, 第N次 or
# 第N届, which name an article or a session.
_ORDINAL_ASKED = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})(?:点|个|项|方面|类|种|部分|条意见|条建议|条要求)")
_DIGITS = {str(n): c for n, c in enumerate("一二三四五六七八九十", 1)}
# Characters of frame around each quote (citation line, marks), counted against the budget.
FRAME_PER_QUOTE = 12
# How far past its room a quote may run rather than cut a sentence short (select_sentences).
SLACK = 40
# Sentence score (shared question bigrams, +2 with the asked answer type) a further article
# needs to be quoted at all.
RELEVANT = 4.0


@dataclass
class Quote:
    citation: str
    text: str          # verbatim sentences of the passage; "……" where some are left out
    doc_key: str = ""
    title: str = ""
    chunk_id: str | None = None


@dataclass
class Answer:
    question: str
    abstained: bool
    quote: str = ""
    citation: str = ""
    # A second article, quoted too when retrieval can barely tell the two apart.
    second_quote: str = ""
    second_citation: str = ""
    title: str = ""
    doc_key: str = ""
    chunk_id: str | None = None
    further: list[Hit] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    best_dense: float = 0.0
    verdict: str = "answer"        # "answer" | "pointer" | "abstain"
    direct: str = ""               # a verbatim clause that answers, or ""
    quotes: list[Quote] = field(default_factory=list)
    language: str = "zh"           # of the question (kb.language)
    contact: object = None         # kb.directory.Contact for "no answer" replies, when known
    # On a decline: the closest passage, offered to read ("📄"), never quoted as the answer
    # (nearest_passage). Its ``text`` is the whole passage, for the full-text button and scoring.
    nearest: Quote | None = None


def sentences(text: str) -> list[str]:
    return [s for s, _, _ in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[str, int, int]]:
    """(sentence, start, end) of each non-empty sentence, so quotes can be cut verbatim."""
    out: list[tuple[str, int, int]] = []
    glue = False
    for m in _SENTENCE.finditer(text):
        raw = m.group(0)
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        start, end = m.start() + lead, m.start() + lead + len(raw.strip())
        if glue and out:
            # "（三）篇幅精练。" is an item's heading: it stays with the item's sentence.
            out[-1] = (text[out[-1][1]:end], out[-1][1], end)
        else:
            out.append((raw.strip(), start, end))
        glue = bool(_ITEM_HEADING.match(raw.strip()))
    return out


# How much more a follow-up's own words count than the rest of the question it was read into.
FOCUS_WEIGHT = 2.0
# How much a question's word that stands in the passage's document title counts (set a priori).
TITLE_WEIGHT = 0.5


def _bigrams(text: str) -> set[str]:
    return set(cjk_bigrams(text))


def _sentence_scores(hit: Hit, parts: list[str], question: str, kinds: list[str], direct: str,
                     context: str = "", focus: str = "") -> tuple[list[float], list[bool]]:
    """Each sentence's score, and whether it holds a word of the question (or of its formal
    synonyms, or of the follow-up's own words) or the direct answer."""
    from kb.extract import _GENERIC

    q = _bigrams(question) - _GENERIC
    c = _bigrams(context) - q - _GENERIC
    f = _bigrams(focus) - _GENERIC
    given = _cosines(parts, getattr(hit, "sentences", None) or [])
    grams = [_bigrams(s) for s in parts]
    weight = _rarity(grams, q | c)
    title = _bigrams(hit.title or "")
    item = _item_asked(question)
    scores, worded = [], []
    for s, b in zip(parts, grams):
        # The member's own words count fully; search-only words (synonyms) half. A word most of
        # the passage's sentences hold is its topic ("黄恩" in a report on his visit) and tells
        # little which of them answers: each counts by how few sentences hold it.
        # A word of the document's title names the document (the citation shows it) and says
        # little about which of its sentences answers: "委员名单" put the list's lead line above
        # the line holding "水族" for "五届委员名单里 有没有水族的委员".
        score = (sum(weight[x] * (TITLE_WEIGHT if x in title else 1.0) for x in q & b)
                 + 0.5 * sum(weight[x] for x in c & b) + FOCUS_WEIGHT * len(f & b))
        # What the question asks for: its most specific type counts most.
        for rank, kind in enumerate(kinds):
            if has_type(s, kind):
                score += 3.0 if rank == 0 else 1.0
                break
        if direct and direct in s:
            score += 5.0
        # The item the member counted to: "二是希望…" for "提的第二点希望是啥", whatever words it holds.
        if item is not None and item.search(s):
            score += 6.0
        # Retrieval's own sentence scores (cosines), when it gives them.
        score += 4.0 * given.get(s, 0.0)
        scores.append(score)
        worded.append(bool((q | c | f) & b) or bool(direct and direct in s))
    return scores, worded


def _item_asked(question: str) -> re.Pattern | None:
    """Where the passage's Nth item starts, when the question asks the Nth by its ordinal: "N是",
    "第N，", "其N，", "（N）" or "N、" opening a sentence or following a colon, comma or semicolon."""
    asked = _ORDINAL_ASKED.search(question)
    if not asked:
        return None
    n = asked.group(1)
    n = _DIGITS.get(n, n)
    if n.isdigit():
        return None
    return re.compile(rf"(?:^|[：:，,；;])\s*(?:{n}是|第{n}[，、,]|其{n}[，、,]|（{n}）|{n}、)")


def _rarity(grams: list[set[str]], wanted: set[str]) -> dict[str, float]:
    """Each bigram of ``wanted`` weighted by how few of the sentences (``grams``, their bigrams)
    hold it: 1 when one sentence holds it, falling towards 0 as more do; the scale of a count, so
    ``RELEVANT`` reads the same. Over the 2290 law and news tuning questions whose answered top
    passage holds the expected phrase, the reply quoted it for 2260 against 2255 when every bigram
    counted 1 (docs/retrieval-log.md, forty-third round)."""
    n = len(grams)
    held: dict[str, int] = {}
    for b in grams:
        for x in b & wanted:
            held[x] = held.get(x, 0) + 1
    top = math.log((n + 1) / 1.5)
    return {x: math.log((n + 1) / (d + 0.5)) / top for x, d in held.items()}


def _cosines(parts: list[str], scored: list[tuple[str, float]]) -> dict[str, float]:
    """Each of ``parts`` with the cosine retrieval gave its sentence (Hit.sentences). The two cut
    a passage alike but for short pieces: retrieval joins a piece under 6 characters to its
    neighbour ("……协商交流。（吕巍）", kb.sentences) and keeps an item's heading apart ("（三）篇幅
    精练。"), where a quote keeps the heading with its item. A part not found as it is takes the
    best cosine of the sentences it holds or that hold it, not 0: "最高人民法院、司法部、商务部负责
    同志介绍有关情况" scored nothing before the byline joined to it, and was never quoted."""
    given = dict(scored)
    out = {}
    for part in parts:
        if part in given:
            out[part] = given[part]
            continue
        near = [c for s, c in scored if s and (s in part or part in s)]
        if near:
            out[part] = max(near)
    return out


def select_sentences(text: str, question: str, max_chars: int, max_sentences: int,
                     *, kinds: list[str] | None = None, direct: str = "", hit: Hit | None = None,
                     relevant_only: bool = False, context: str = "", focus: str = "") -> str:
    """The passage itself when short enough, else its most relevant sentences in order.

    A list's lead-in ("…分为四个等次：") is kept when there is room, so the item
    quoted reads in context. ``relevant_only``: "" unless some sentence shares
    several words with the question (a further article must earn its place).
    """
    spans = sentence_spans(text)
    parts = [p for p, _, _ in spans]
    kinds = answer_types(question) if kinds is None else kinds
    scores, worded = _sentence_scores(hit or Hit("", 0, "", "", "", text, [], None), parts, question, kinds,
                                      direct, context, focus)
    if relevant_only and (not scores or max(scores) < RELEVANT):
        return ""
    top = max(scores) if scores else 0.0
    if len(text) <= max_chars:
        return text
    order = sorted(range(len(parts)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    used = 0
    for i in order:
        if len(chosen) >= max_sentences:
            break
        if used + len(parts[i]) > max_chars and chosen:
            continue
        # A list's other items score on their kind of answer and cosine alone ("找提案委员会" for
        # "查积分找哪个部门"); an item none of whose words the member asked about is not quoted.
        if chosen and _ITEM.match(parts[i]) and not worded[i]:
            continue
        # Sentences far less relevant than the best only lengthen a phone screen.
        if chosen and (scores[i] <= 0 or scores[i] < 0.4 * top):
            break
        chosen.append(i)
        used += len(parts[i])
        # A question the text asks itself ("……有何区别？") is answered by what follows it.
        nxt = i + 1
        if parts[i].endswith(("？", "?")) and nxt < len(parts) and nxt not in chosen \
                and used + len(parts[nxt]) <= max_chars:
            chosen.append(nxt)
            used += len(parts[nxt])
    if _ASKS_LIST.search(question):
        chosen, used = _with_items(parts, chosen, used, scores, max_chars)
    lead = parts[0] if parts else ""
    if chosen and 0 not in chosen and lead.endswith(("：", ":")) and used + len(lead) <= max_chars:
        chosen.append(0)
        used += len(lead)
    chosen.sort()
    # Runs of neighbouring sentences are cut from the text as they stand (line breaks
    # between list items included); "……" marks what is left out.
    out, run_start, last = ([GAP] if chosen and chosen[0] != 0 else []), None, -1
    for i in chosen:
        if run_start is None:
            run_start = i
        elif i != last + 1:
            out.append(text[spans[run_start][1]:spans[last][2]])
            out.append(GAP)
            run_start = i
        last = i
    if run_start is not None:
        out.append(text[spans[run_start][1]:spans[last][2]])
    if chosen and chosen[-1] != len(parts) - 1:
        out.append(GAP)
    quote = "".join(out)
    if len(quote) <= max_chars + SLACK:
        return quote
    window = _best_window(quote, question, max_chars)
    if window is not None:
        return window
    # One sentence longer than the budget: cut it at a clause end, never mid-word.
    cut = max(quote.rfind(p, 0, max_chars) for p in "，,；;：:")
    return quote[: cut + 1 if cut > max_chars // 2 else max_chars] + GAP


_CLAUSE_END = frozenset("，,；;：:。！？!?")


def _best_window(quote: str, question: str, max_chars: int) -> str | None:
    """The run of whole clauses of an over-long quote, within ``max_chars``, that holds the most
    of the question's character pairs, then of its content characters; None when the head holds
    as many (the cut above).

    A report's paragraph can be one sentence of ten clauses: its head says who spoke, and the
    clause asked about ("在画好最大同心圆上展现新作为") may stand far past the budget."""
    pairs, chars = _bigrams(question), content_characters(question)
    bounds = [0] + [i + 1 for i, ch in enumerate(quote) if ch in _CLAUSE_END]
    if bounds[-1] != len(quote):
        bounds.append(len(quote))
    best, best_score, head_score = None, (-1, -1), None
    for a, start in enumerate(bounds[:-1]):
        end = max((b for b in bounds[a + 1:] if b - start <= max_chars), default=None)
        if end is None:
            continue
        window = quote[start:end]
        held = (sum(p in window for p in pairs), sum(ch in window for ch in chars))
        if start == 0:
            head_score = held
        if held > best_score:
            best, best_score = (start, end), held
    if best is None or head_score is None or best_score <= head_score:
        return None
    start, end = best
    text = quote[start:end]
    return ("" if start == 0 or text.startswith(GAP) else GAP) + text + ("" if end == len(quote) else GAP)


def _with_items(parts: list[str], chosen: list[int], used: int, scores: list[float],
                max_chars: int) -> tuple[list[int], int]:
    """``chosen`` (``used`` characters) with the items that follow its list lead-in ("…根据以下情形
    确定："), for a question that asks for the list: the lead-in, then its items in order while they
    fit in ``max_chars``, then the other chosen sentences, best first, while they fit; and the
    characters used. Without a lead-in, ``chosen`` and ``used`` as they are."""
    leads = [i for i in sorted(chosen) if parts[i].rstrip().endswith(("：", ":"))
             and i + 1 < len(parts) and _ITEM.match(parts[i + 1])]
    if not leads:
        return chosen, used
    keep, used = [leads[0]], len(parts[leads[0]])
    j = leads[0] + 1
    while j < len(parts) and _ITEM.match(parts[j]) and used + len(parts[j]) <= max_chars:
        keep.append(j)
        used += len(parts[j])
        j += 1
    for i in sorted(chosen, key=lambda i: (-scores[i], i)):
        if i not in keep and used + len(parts[i]) <= max_chars:
            keep.append(i)
            used += len(parts[i])
    return keep, used


def nearest_passage(result: SearchResult) -> Quote | None:
    """The passage a decline offers to read, or None.

    On the committee's own documents the verdict declines many questions whose top passage does
    answer (tune5: 10 of its 20 false abstentions had the right article first): a member's short,
    casual question gets low cosines. Offering that passage, framed as "maybe not the answer", puts
    it one tap away without serving it as fact. Not when a rule declined because the passage is
    the wrong kind (another province's or body's rule, a count or number it lacks, a report asked
    for a rule, another session, an event it does not schedule): then it is known not to answer.
    Nor when it holds none of the question's content words."""
    s = result.signals
    if not result.hits or s is None or s.coverage <= 0 or s.ruled_out():
        return None
    top = result.hits[0]
    return Quote(top.citation, top.text, top.doc_key, top.title, top.chunk_id)


def compose(result: SearchResult, config: AnswerConfig, *, question: str | None = None, focus: str = "") -> Answer:
    """The answer for ``result``; ``question`` is the member's own words (default: the searched text).
    ``focus``: the words a follow-up adds to the question it continues ("设区的市" after "县级人大常委会
    组成人员一般多少人"): the sentences that hold them are what is asked now."""
    question = question or result.question
    verdict = getattr(result, "verdict", None) or ("abstain" if result.abstain else "answer")
    if result.abstain or verdict == "abstain" or not result.hits:
        return Answer(question, True, hits=result.hits, best_dense=result.best_dense, verdict="abstain",
                      nearest=nearest_passage(result))
    best = result.hits[0]
    # A follow-up read with the previous question asks what its own words ask when they ask a kind
    # of their own: "一大群人去上访能去几个" after "信访事项一般多少天能办结" asks how many people
    # (代表人数不超过5人), not the previous question's time (60日内办结), though both kinds are in the
    # joined text and the same passage. Words asking nothing of their own ("那优秀提案呢") ask again
    # what the previous question asked, which the joined text holds. The clause is still read with
    # the search's words, which hold the previous question's: choosing it from the follow-up's words
    # alone gained one tuning pair of 1888 (docs/conversation-log.md, forty-sixth round).
    own_kinds = answer_types(focus) if focus else []
    asked, kinds = (focus, own_kinds) if own_kinds else (question, answer_types(question))
    context = result.expanded
    extra = _close_runners_up(result.hits, config.second_passage_ratio, config.max_quoted_articles,
                              config.second_passage_margin)
    quoted = [best, *extra]

    # The direct answer comes from the best passage only: the one the reply stands on. The clause
    # chosen steers which sentences are quoted whether or not the line gate shows it (kb.line_gate).
    clause = choose_clause(asked, sentences(best.text), context, about=best.citation) \
        if verdict == "answer" else None
    direct = clause.text if clause is not None and shown(clause) else ""

    further, seen = [], {h.citation for h in quoted}
    for hit in result.hits[1:]:
        if len(further) >= config.further_sources:
            break
        if hit.citation in seen:
            continue
        seen.add(hit.citation)
        further.append(hit)
    further_len = sum(len(h.citation) + 1 for h in further) + 4 if further else 0

    # The best article fills a phone screen (short_chars with its frame); a close article
    # adds only its answering sentences, up to max_chars for the whole reply.
    room = max(80, config.short_chars - len(direct) - FRAME_PER_QUOTE - len(best.citation) - further_len)
    first = select_sentences(best.text, question, room, config.max_sentences,
                             kinds=kinds, direct=clause.text if clause is not None else "", hit=best,
                             context=context, focus=focus)
    quotes = [Quote(best.citation, first, best.doc_key, best.title, best.chunk_id)]
    left = config.max_chars - config.short_chars
    for hit in extra:
        per_room = min(left // max(1, len(extra)), 200) - FRAME_PER_QUOTE - len(hit.citation)
        if per_room < 40:
            break
        # The runner-up is quoted as the dev-tuned setting did (retrieval can barely tell them
        # apart); a third article only when a sentence of it answers. It is read with the question
        # as typed, title words at half weight as in the best passage: the question's bigrams strung
        # together without the title's made words of their own ("要要" of "职要要围" matched 重要要求).
        text = select_sentences(hit.text, question, per_room, max(1, config.max_sentences // 2),
                                kinds=kinds, hit=hit, relevant_only=hit is not extra[0], context=context,
                                focus=focus)
        if text:
            quotes.append(Quote(hit.citation, text, hit.doc_key, hit.title, hit.chunk_id))
    if len(quotes) < len(quoted):
        # An article that had nothing answering goes back to the "see also" line.
        quoted_citations = {q.citation for q in quotes}
        dropped = [h for h in extra if h.citation not in quoted_citations]
        further = (dropped + further)[: max(config.further_sources, len(dropped))]
    # A runner-up of the same document holding words of the question the best passage lacks
    # answers what it leaves out, however far behind the second stage put it: quoted last, in the
    # room the reply has left, never shortening what is quoted before it.
    left = config.max_chars - len(direct) - further_len - sum(len(q.text) + FRAME_PER_QUOTE + len(q.citation)
                                                               for q in quotes)
    for hit in _complementary(result.hits, quoted, question, config.max_quoted_articles - len(quotes)):
        # select_sentences may run up to SLACK past the room it is given (a sentence is not cut short).
        per_room = min(left, 200) - FRAME_PER_QUOTE - len(hit.citation) - SLACK
        if per_room < 40:
            break
        text = select_sentences(hit.text, question, per_room, max(1, config.max_sentences // 2),
                                kinds=kinds, hit=hit, relevant_only=True, context=context, focus=focus)
        if text:
            quotes.append(Quote(hit.citation, text, hit.doc_key, hit.title, hit.chunk_id))
            left -= len(text) + FRAME_PER_QUOTE + len(hit.citation)
            # Quoted now, so no longer "see also"; nothing takes its place, which would lengthen the reply.
            further = [h for h in further if h.citation != hit.citation]
    second = quotes[1] if len(quotes) > 1 else None
    return Answer(
        question=question, abstained=False, quote=quotes[0].text, citation=best.citation,
        second_quote=second.text if second else "", second_citation=second.citation if second else "",
        title=best.title, doc_key=best.doc_key, chunk_id=best.chunk_id, further=further,
        hits=result.hits, best_dense=result.best_dense, verdict=verdict, direct=direct, quotes=quotes,
    )


def _complementary(hits: list[Hit], quoted: list[Hit], question: str, room: int) -> list[Hit]:
    """The best passage's document's passages ranked second or third, not quoted, that hold a
    character pair of the question the best passage lacks (read with its title and headings;
    generic pairs aside), at most ``room`` of them."""
    from kb.extract import _GENERIC

    if room <= 0 or not hits:
        return []
    best = hits[0]
    # A directory entry names its office in its heading ("（二）提案委员会"), not in its text.
    held = _bigrams(" ".join([best.title or "", *(best.heading_path or []), best.text]))
    asked = _bigrams(question) - _GENERIC - held
    seen = {h.chunk_id for h in quoted}
    out = [h for h in hits[1:3] if h.doc_key == best.doc_key and h.chunk_id not in seen
           and asked & _bigrams(h.text)]
    return out[:room]


def _close_runners_up(hits: list[Hit], ratio: float, most: int, margin: float = 0.0) -> list[Hit]:
    """Further articles scored almost as high as the best: of the same document (neighbouring
    articles of one regulation are often too alike to separate) and at most ``most`` in all.

    Close means within ``margin`` of the best on the second stage's score when there is one
    (it is what ordered them), else a fused score at least ``ratio`` of the best one's."""
    if ratio <= 0 or len(hits) < 2 or most < 2:
        return []
    best = hits[0]
    out: list[Hit] = []
    # By passage, not by citation: the paragraphs of a news report all cite the report, and the
    # one that answers is often second (1778 tuning questions: 35 of the 66 whose reply missed
    # a same-document runner-up's answer were paragraphs of one report, never quoted).
    seen = {best.chunk_id}
    for hit in hits[1:]:
        if len(out) >= most - 1:
            break
        if hit.doc_key != best.doc_key or hit.chunk_id in seen:
            continue
        if margin > 0 and best.stage2:
            if best.stage2 - hit.stage2 > margin:
                continue
        elif best.score <= 0 or hit.score < ratio * best.score:
            continue
        seen.add(hit.chunk_id)
        out.append(hit)
    return out
