"""Traditional characters typed, simplified searched.

Members from Hong Kong and Macao (港澳委员, 特邀人士) and some older members type traditional
characters: "委員可以自己退出政協嗎". The documents, jieba's dictionary and every word list of the
knowledge base (synonyms, the glossary, the answer-type patterns) are simplified, so such a
question matched almost nothing: the 60 dev questions typed in traditional characters got answer
accuracy 0.283 against 0.868, and 0.679 of them were declined (docs/retrieval-log.md,
"thirty-second round"). A question is read in simplified characters, converted with OpenCC's
phrase and character tables (opencc-python-reimplemented: pure Python, loaded on first use;
"hk2s", which also reads Hong Kong's variants such as 綫 and 衞).

A word the documents themselves write with a traditional character is kept as they write it: a
simplified document may write a name so ("葛春啟"), and the question must still match it. A single
character is not (one stray "於" in the documents must not keep every "關於" of a question).

The reply's frame (its own sentences, never the quotes) goes back in traditional characters to a
member who typed them, or whose client asks for them (bot.kernel.texts): ``to_traditional``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[\u3400-\u9fff]+")      # a word of the index, not one of its "#" bigram tokens


@functools.lru_cache(maxsize=2)
def _converter(tables: str = "hk2s"):
    from opencc import OpenCC

    return OpenCC(tables)


# Words Hong Kong and Taiwan write that the tables leave as valid but rare simplified forms:
# "甚麼" becomes 甚么, which no word list of the knowledge base holds.
_VARIANTS = {"甚么": "什么"}


def to_simplified(text: str, keep: Iterable[str] = ()) -> str:
    """``text`` with its traditional characters written simplified, except within the words of
    ``keep`` (traditional_words) that it holds."""
    if not text or not _HAN.search(text):
        return text
    converted = _converter().convert(text)
    for variant, usual in _VARIANTS.items():
        converted = converted.replace(variant, usual)
    if converted == text or len(converted) != len(text):
        return converted
    out = list(converted)
    for word in keep:
        start = text.find(word)
        while start >= 0:
            out[start:start + len(word)] = word
            start = text.find(word, start + len(word))
    return "".join(out)


def to_traditional(text: str) -> str:
    """``text`` written in traditional characters, as Hong Kong writes them (OpenCC "s2hk"): the
    bot's own words to a member who typed traditional ones. Never a quote: the documents are
    quoted as they are written."""
    if not text or not _HAN.search(text):
        return text
    return _converter("s2hk").convert(text)


def traditional_words(words: Iterable[str]) -> frozenset[str]:
    """The words of two characters or more among ``words`` that hold a traditional character."""
    words = [w for w in set(words) if len(w) >= 2 and _WORD.fullmatch(w)]
    # One per line: neighbouring words must not be read as a phrase.
    converted = _converter().convert("\n".join(words)).split("\n")
    return frozenset(w for w, s in zip(words, converted) if s != w)


__all__ = ["to_simplified", "to_traditional", "traditional_words"]
