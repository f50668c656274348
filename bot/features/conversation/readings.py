"""Candidate readings of a message that may continue the previous question.

The hand rules of :mod:`bot.features.conversation.followup` give one reading of
an elliptical message; rules written while reading misses fit the pairs they
were written for and fail on new ones. Here the rules only propose: a few
generic readings are built, searched, and the knowledge base's own verdict and
confidence pick one (:mod:`bot.features.conversation.choice`).

The generators know no topic: they cut and join the two messages.

- ``rule``: the rule's standalone question, when the rule reads a follow-up
  (then the default);
- ``typed``: the message as typed, when the rule sees a question of its own
  (then the default), and last, never the default, when the rule merges a message
  longer than ``AS_TYPED_OVER`` characters;
- ``topic``: the previous question's topic words, then the message;
- ``context``: the previous question, then the message.

A message the rule does not read as a follow-up but that points back ("这个请假单交给谁啊",
"上面说的那个期限能延长吗 最多多久", "他们的分算不算履职积分", "对处理不服的话找谁": 这个/那个/
上面/他们/的话 …, at most ``MAX_REFERRING`` characters) is read with the previous question first,
as typed second. So is a fragment asked the casual yes/no way, with 不 or 没 at its end ("能连任不",
"评上了进档案不", "他俩见过面没"): it asks yes or no about what was just said, and on the tuning
pairs the previous question read with it was right for 28 of 45 such fragments, the message as
typed for 5 (docs/conversation-log.md, eleventh round).

Otherwise a message is read only as typed, and so never rewritten, when there is no
previous question or when it is long enough to be a question of its own (more
than ``followup.MAX_FRAGMENT`` characters). A fragment the rule takes for a new
question is read as typed first, the other readings after it, whether it names a
subject of its own ("常委几个人", "社情民意一篇写多少字") or asks nothing ("明天我要出差去外地"):
another reading replaces it only when the knowledge base is surer of it by the
choice's margin. Pure functions: no state, no I/O.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kb.language import detect_language

from bot.features.conversation.followup import MAX_FRAGMENT, Resolution, Resolver, core

_PUNCT = re.compile(r"[\s，,。！!？?、~～：:；;…\"'“”‘’（）()]+")

KINDS = ("typed", "rule", "topic", "context")
# Words that point back at something said before ("这个请假单", "上面说的那个期限", "他们的分"),
# and 的话, whose "if so" takes its case from before ("对处理不服的话找谁" after 信访 办结):
# a message holding one continues the conversation, whatever its length or subject.
_REFERS = re.compile(r"这个|那个|这些|那些|这种|那种|上面|上述|刚才|刚刚|前面说|他们|她们|它们|它|的话")
# Longer than this, a message is a question of its own even when it points back ("…对这个
# 项目的视察评议吗" points inside itself).
MAX_REFERRING = 24

# A message the rule merges that is longer than this (characters, punctuation left out) is read as
# typed too, after the rule's readings (choice.margin_of weighs it). Chosen with its margin by 5-fold
# CV over the 2237 tuning pairs (forty-seventh round; lengths 6, 8, 10, 12, 14): every fold chose 8.
# Shorter fragments read alone match some passage confidently ("周末有人吗"): with every merged
# message read as typed, no margin gained anything.
AS_TYPED_OVER = 8

# Glossary kinds that say what is done or asked, not what a question is about.
NOT_SUBJECTS = {"procedure", "aspect"}


@dataclass(frozen=True)
class Reading:
    kind: str           # one of KINDS
    text: str           # what is searched
    rule_kind: str = "new"   # what the rule made of the message ("new" | "aspect" | "topic")
    language: str = "zh"     # of the text searched (an English message is searched as English)
    # The message's own words when the text joins them to the previous question's: the reply
    # quotes the sentences that hold them (kb.answer.compose's focus).
    focus: str = ""


# A message asking yes or no the written way ends on 吗 ("晚了还能交吗").
_ENDS_MA = re.compile(r"吗[？?。!！~～\s]*$")


def as_shown(reading: Reading, message: str = "") -> str:
    """How ``reading`` of ``message`` is shown to the member ("（按“…”理解）"). A reading that ends
    with the words of a message asking yes or no keeps its 吗 there ("提案晚了还能交吗"): without it the
    reading reads as a statement. Only there: searched with the 吗, the tuning pairs and
    conversations got one answer fewer right (docs/conversation-log.md, thirty-sixth round)."""
    text = reading.text
    if (reading.language == "zh" and reading.focus and _ENDS_MA.search(message) and not text.endswith("吗")
            and _PUNCT.sub("", text).endswith(_PUNCT.sub("", reading.focus))):
        return text + "吗"
    return text


def is_fragment(text: str) -> bool:
    """Short enough to be a fragment of a conversation rather than a question of its own."""
    return 0 < len(_PUNCT.sub("", text)) <= MAX_FRAGMENT


# A casual yes/no question ends on 不 or 没 ("能连任不", "周末有人没"), where a written one has 吗.
_CASUAL_YESNO = re.compile(r"(?:不|没|没有)[？?。!！~～\s]*$")


def refers_back(text: str) -> bool:
    """Whether a message points back at the conversation ("这个请假单交给谁啊"), or is a fragment
    asking yes or no the casual way about what was just said ("能连任不")."""
    if is_fragment(text) and _CASUAL_YESNO.search(text):
        return True
    return len(_PUNCT.sub("", text)) <= MAX_REFERRING and bool(_REFERS.search(text))


def names_subject(resolver: Resolver, text: str) -> bool:
    """Whether ``text`` names what it is about: a glossary term of a kind other than a procedure
    or an aspect (社情民意, 全会, 政协, 收费). "谁审批", "能延长吗" name none."""
    return any(kind not in NOT_SUBJECTS for _, kind in resolver.strong_topics(text))


def readings(resolver: Resolver, text: str, previous: str | None,
             resolution: Resolution | None = None) -> list[Reading]:
    """The distinct readings of ``text`` after ``previous``; the first is the default.

    The default is the rule's standalone question when the rule reads a follow-up, else
    the message as typed. ``resolution``: the rule's, when the caller has it already.
    """
    resolution = resolution or resolver.resolve(text, previous)
    typed = Reading("typed", text, resolution.kind)
    if not previous:
        return [typed]
    fragment = core(text) or text
    before = core(previous) or previous
    if resolution.kind != "new":
        # A short fragment alone is not offered: read alone, an elliptical fragment is what the bot
        # answered before follow-ups were read (0.17 right on the dev pairs), and a short text
        # matches some passage confidently ("周末有人吗" finds any weekend). A longer one is, last
        # (AS_TYPED_OVER, below).
        out = [Reading("rule", resolution.standalone, resolution.kind, focus=fragment)]
    elif refers_back(text):
        # "上面说的那个期限能延长吗": read with the previous question first, as typed after.
        return [Reading("context", f"{before}，{fragment}", resolution.kind, focus=fragment), typed]
    elif not is_fragment(text):
        # The rule sees a question of its own, long enough to stand alone: never rewritten.
        return [typed]
    else:
        # A fragment the rule takes for a new question, naming what it is about or not
        # ("常委几个人", "谁审批"): as typed first; the readings with the previous question may
        # replace it only when the knowledge base is surer of them by the margin (choice.py).
        out = [typed]
    terms = [t for t, _ in resolver.strong_topics(before) if t not in fragment]
    if terms:
        out.append(Reading("topic", f"{' '.join(terms)} {fragment}", resolution.kind, focus=fragment))
    out.append(Reading("context", f"{before}，{fragment}", resolution.kind, focus=fragment))
    if resolution.kind != "new" and len(_PUNCT.sub("", text)) > AS_TYPED_OVER:
        # A message this long may be a question of its own the rule merged ("学习和文史委电话多少"
        # names an office the glossary lacks): as typed, last, chosen when surer than the rule's
        # reading by its own margin (choice.margin_of).
        out.append(typed)
    seen: set[str] = set()
    distinct = []
    for r in out:
        key = _PUNCT.sub("", r.text)
        if key not in seen:
            seen.add(key)
            distinct.append(r)
    return distinct


# An English message that continues the conversation: it opens on a conjunction ("and the phone
# number?", "what about Shanghai?") or points back ("how long does it take?", "who runs them?").
_EN_REFERS = re.compile(r"^\W*(?:and|or|also|but|so|then|what about|how about|what if)\b|"
                        r"\b(?:it|its|that|this|these|those|they|them|their|there|he|she|him|her|his)\b", re.I)

# Longer than this, an English message is a question of its own even when it holds a pronoun
# ("…how does the handling unit reply to each of them?"), as MAX_REFERRING is for Chinese.
MAX_REFERRING_WORDS = 12


def points_back(text: str) -> bool:
    """Whether an English message continues the conversation (_EN_REFERS), being short enough
    not to be a question of its own."""
    return len(text.split()) <= MAX_REFERRING_WORDS and bool(_EN_REFERS.search(text))


def foreign_readings(resolver: Resolver, text: str, previous: str | None, language: str,
                     to_chinese) -> list[Reading]:
    """The readings of a message in another language (English) after ``previous``.

    After a question in the same language, the two are read together, in that language
    ("where is the social conditions office? and the phone number?"), first when the message
    points back (points_back), else after the message as typed; then their Chinese words are
    read together as a Chinese follow-up is (readings). After a Chinese question, the
    message's Chinese words ("and the phone number?" -> 电话, "and for the standing committee?"
    -> 常务委员会) stand for a Chinese fragment, read with the previous question as above; the
    Chinese fragment alone is not offered (it is the typed message, searched less well).
    ``to_chinese``: text -> its Chinese words (KnowledgeBase.chinese_terms: the glossary's and
    the general dictionary's).
    """
    typed = Reading("typed", text, "new", language)
    if not previous:
        return [typed]
    terms = to_chinese(text)
    if detect_language(previous) == language:
        together = Reading("context", f"{previous} {text}", "aspect", language, focus=" ".join(terms))
        first = [together, typed] if points_back(text) else [typed, together]
        # Then both in Chinese words, read as a Chinese follow-up is: on the 52 follow-ups of
        # bench/english_followups_tune.jsonl the bot answered 0.462 right with them, 0.404 without.
        zh, before = "".join(terms), " ".join(to_chinese(previous))
        if not zh or not before:
            return first
        return first + [r for r in readings(resolver, zh, before) if r.kind != "typed"]
    zh = "".join(terms)
    if not zh:
        return [typed]
    resolution = resolver.resolve(zh, previous)
    # An English message the rule takes for a new question naming its own subject ("What is the
    # deadline for proposals?") stands alone: its glossary terms are too few words to read it by.
    if resolution.kind == "new" and names_subject(resolver, zh):
        return [typed]
    return [typed] + [r for r in readings(resolver, zh, previous, resolution) if r.kind != "typed"]


__all__ = ["KINDS", "Reading", "as_shown", "foreign_readings", "is_fragment", "names_subject", "points_back",
           "readings", "refers_back"]
