"""Conversation state: the context of each member in each chat, and small talk.

Before a message is searched, :meth:`Conversation.understand` decides what it
is: small talk (a greeting, thanks, "你是谁": answered here, never searched,
never queued for staff), a follow-up read with the asker's previous question
(bot.features.conversation.followup), or a question of its own. Context belongs to the person
who asked, in that chat: in a group, one member's follow-up is never read with
another member's question. It expires after ``bot.conversation.ttl_seconds``
and ``/new`` clears it. State lives in memory: a restart forgets the last
question, which costs a member at most one retyped topic.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from kb.language import detect_language
from kb.script import to_traditional

from bot.features.conversation import choice, store
from bot.features.conversation.followup import Resolver
from bot.features.conversation.readings import Reading, as_shown, foreign_readings, readings
from bot.kernel.messages import Button, Incoming, OutMessage, Transport, esc
from bot.features.conversation.smalltalk import classify, strip_greeting
from bot.kernel.texts import TRADITIONAL, frame_language, lang_of, t, traditional

log = logging.getLogger(__name__)

MAX_CONTEXTS = 10_000     # members with a live context; older ones are dropped first


@dataclass
class Turn:
    question: str         # the standalone question that was searched
    citation: str
    at: float


@dataclass
class Understanding:
    text: str                     # what the member typed
    search: str                   # what is searched (standalone question)
    language: str                 # of the reply's frame: "zh" or "en"
    small_talk: str | None = None  # its kind, when the message is small talk
    understood: str = ""          # shown to the member when a follow-up was resolved
    question: str = ""            # the message as read: simplified, without a greeting in front
    # The candidate readings of a possible follow-up, the default first (readings.py); after
    # Conversation.answer, ``search`` and ``understood`` are the chosen reading's.
    readings: list[Reading] = field(default_factory=list)
    # After Conversation.answer: another reading answered from another article, offered as a
    # button (choice.alternative), and that answer's citation (the button's label).
    alternative: Reading | None = None
    alternative_citation: str = ""


def shown(reading: Reading, message: str = "") -> str:
    """How the member is told ``message`` was understood ("" when it was read as typed;
    readings.as_shown)."""
    return "" if reading.kind == "typed" else as_shown(reading, message)


def candidate_readings(resolver: Resolver, to_chinese, question: str, before: str | None,
                       written: str | None = None) -> list[Reading]:
    """The readings of ``question`` after the previous question ``before`` (None: there is none),
    the default first. A Chinese message: readings.readings; another language: searched as
    typed first, then read with the previous question (foreign_readings)."""
    written = written or detect_language(question)
    if written != "zh":
        return foreign_readings(resolver, question, before, written, to_chinese)
    return readings(resolver, question, before)


def make_resolver(kb) -> Resolver:
    """The follow-up resolver over the knowledge base's glossary and vocabulary."""
    retrieval = kb.config.retrieval
    glossary = kb.glossary
    # Topic words: the glossary's, config's vocabulary and the casual words of the synonym
    # map (which take the family of the formal word they stand for).
    extra = list(retrieval.vocabulary) + list(retrieval.synonyms)
    kinds = dict(glossary.kind_of)
    for word, formal in retrieval.synonyms.items():
        for f in formal:
            if f in kinds and word not in kinds:
                kinds[word] = kinds[f]

    def topics(text: str):
        return [(term, kinds.get(term, kind)) for term, kind in glossary.topic_terms(text, extra)]

    return Resolver(topics)


class Conversation:
    def __init__(self, assistant, ttl_seconds: float, examples: dict[str, list[str]],
                 margin: float = 1.0, by: str = "confidence", agreement: float = 1.01,
                 typed_margin: float | None = 0.15, offer: bool = True, as_typed: float | None = None):
        self.assistant = assistant
        self.ttl = ttl_seconds
        self.margin, self.by, self.agreement, self.typed_margin = margin, by, agreement, typed_margin
        self.as_typed = as_typed          # the message as typed against the rule's reading (choice.margin_of)
        self.offer_other = offer          # offer another reading as a button (choice.alternative)
        self.examples = examples
        self._turns: dict[tuple[str, str], Turn] = {}
        self._lock = threading.Lock()
        self.resolver = make_resolver(assistant.kb)

    # ----- state -----

    def previous(self, key: tuple[str, str], now: float | None = None) -> Turn | None:
        now = time.time() if now is None else now
        with self._lock:
            turn = self._turns.get(key)
            if turn is not None and now - turn.at > self.ttl:
                self._turns.pop(key, None)
                return None
            return turn

    def remember(self, msg: Incoming, understanding: Understanding, answer) -> None:
        key = (msg.chat.id, msg.user.id)
        turn = Turn(understanding.search, answer.citation or "", time.time())
        with self._lock:
            self._turns.pop(key, None)
            self._turns[key] = turn
            while len(self._turns) > MAX_CONTEXTS:
                self._turns.pop(next(iter(self._turns)))

    def clear(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._turns.pop(key, None)

    # ----- reading a message -----

    def understand(self, msg: Incoming, text: str) -> Understanding:
        # Traditional characters are read as simplified (kb.script): "謝謝" is thanks, and the
        # question searched, remembered and queued for staff is the simplified one.
        # A member who typed traditional characters reads the reply's frame in them too.
        typed, text = text, self.assistant.kb.simplify(text)
        written = detect_language(text)
        frame = "en" if written != "zh" else TRADITIONAL if text != typed else (msg.user.language or "zh")
        frame = frame_language(frame)
        kind = classify(text)
        if kind is not None:
            return Understanding(typed, text, frame, small_talk=kind)
        question = strip_greeting(text)
        previous = self.previous((msg.chat.id, msg.user.id))
        options = candidate_readings(self.resolver, self.assistant.kb.chinese_terms, question,
                                     previous.question if previous else None, written)
        return Understanding(typed, options[0].text, frame, understood=shown(options[0], question),
                             question=question, readings=options)

    def answer(self, u: Understanding):
        """The knowledge base's answer to ``u`` (blocking: run it off the event loop).

        A message with one reading is asked as ``KnowledgeBase.ask`` asks it (the same two
        steps, choice.answer_reading); one with
        several is searched each way and the reading the knowledge base is surest of is
        chosen (choice.py); ``u.search`` and ``u.understood`` then name that reading.
        """
        kb = self.assistant.kb
        if len(u.readings) == 1:
            # One reading (a question of its own, or the one a member chose with the button):
            # searched in its language and quoting its focus, as each of several would be.
            return choice.answer_reading(kb, u.readings[0]).answer
        picked = choice.resolve(kb, u.readings, self.margin, self.by, self.agreement, self.typed_margin,
                                offer=self.offer_other, as_typed=self.as_typed)
        u.search, u.understood = picked.chosen.reading.text, shown(picked.chosen.reading, u.question)
        if picked.alternative is not None:
            u.alternative, u.alternative_citation = picked.alternative.reading, picked.alternative.answer.citation
        log.debug("follow-up read %d ways in %.0f ms: %s", len(picked.scored), 1000 * picked.seconds,
                  "; ".join(f"{s.reading.kind} {s.verdict} {s.confidence:.2f}" for s in picked.scored))
        return picked.chosen.answer

    # ----- another reading, one tap away -----

    def offer(self, question_id: int, u: Understanding) -> list[list[Button]]:
        """The button row offering ``u``'s alternative reading under the answer logged as
        ``question_id`` (kept in the conversation's table, so it outlives a restart), or none."""
        reading = u.alternative
        if reading is None:
            return []
        store.offer(self.assistant.db, question_id, text=reading.text, kind=reading.kind,
                    language=reading.language, frame=u.language, focus=reading.focus,
                    citation=u.alternative_citation, shown=shown(reading, u.question))
        label = t("other_reading", u.language, citation=u.alternative_citation)
        return [[Button(label, data=f"alt:{question_id}")]]

    def offered(self, question_id: int) -> Understanding | None:
        """The reading offered under the answer ``question_id``, as the member chose it, or None
        when none was (or the table no longer has it)."""
        row = store.offered(self.assistant.db, question_id)
        if row is None:
            return None
        reading = Reading(row["kind"], row["text"], language=row["language"], focus=row["focus"])
        return Understanding(row["text"], row["text"], row["frame"], understood=row["shown"] or shown(reading),
                             readings=[reading])

    def small_talk_reply(self, kind: str, language: str) -> str:
        committee = self.assistant.config.committee
        name = committee.name_en if language == "en" else committee.name
        examples = self.examples.get(lang_of(language)) or self.examples.get("zh") or []
        lines = [t(f"smalltalk_{kind}", language, committee=esc(name))]
        if kind != "bye" and examples:
            lines.append(t("smalltalk_examples", language))
            lines += [f"• {esc(q)}" for q in examples[:3]]
        # All of it is the bot's own words (the committee's name, example questions): no quote.
        return to_traditional("\n".join(lines)) if traditional(language) else "\n".join(lines)

    async def reply_small_talk(self, msg: Incoming, transport: Transport, u: Understanding) -> None:
        await transport.send(msg.chat.id, OutMessage(self.small_talk_reply(u.small_talk, u.language),
                                                     reply_to=msg.message_id))
        self.assistant.log_event("small_talk", msg, {"kind": u.small_talk})


__all__ = ["Conversation", "Turn", "Understanding", "candidate_readings", "make_resolver", "shown"]
