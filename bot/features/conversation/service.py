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

import threading
import time
from dataclasses import dataclass

from kb.language import detect_language

from bot.features.conversation.followup import Resolver
from bot.kernel.messages import Incoming, OutMessage, Transport, esc
from bot.features.conversation.smalltalk import classify, strip_greeting
from bot.kernel.texts import lang_of, t

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
    def __init__(self, assistant, ttl_seconds: float, examples: dict[str, list[str]]):
        self.assistant = assistant
        self.ttl = ttl_seconds
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
        written = detect_language(text)
        frame = "en" if written != "zh" else (msg.user.language or "zh")
        kind = classify(text)
        if kind is not None:
            return Understanding(text, text, lang_of(frame), small_talk=kind)
        question = strip_greeting(text)
        if written != "zh":
            # Follow-ups are resolved in Chinese only; an English question stands alone.
            return Understanding(text, question, lang_of(frame))
        previous = self.previous((msg.chat.id, msg.user.id))
        resolution = self.resolver.resolve(question, previous.question if previous else None)
        return Understanding(text, resolution.standalone, lang_of(frame), understood=resolution.shown)

    def small_talk_reply(self, kind: str, language: str) -> str:
        committee = self.assistant.config.committee
        name = committee.name_en if language == "en" else committee.name
        examples = self.examples.get(language) or self.examples.get("zh") or []
        lines = [t(f"smalltalk_{kind}", language, committee=esc(name))]
        if kind != "bye" and examples:
            lines.append(t("smalltalk_examples", language))
            lines += [f"• {esc(q)}" for q in examples[:3]]
        return "\n".join(lines)

    async def reply_small_talk(self, msg: Incoming, transport: Transport, u: Understanding) -> None:
        await transport.send(msg.chat.id, OutMessage(self.small_talk_reply(u.small_talk, u.language),
                                                     reply_to=msg.message_id))
        self.assistant.log_event("small_talk", msg, {"kind": u.small_talk})


__all__ = ["Conversation", "Turn", "Understanding", "make_resolver"]
