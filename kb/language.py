"""Questions in other languages, and the committee glossary that bridges them.

The documents are Chinese. A question in English is searched with the
phrases of a bilingual glossary (``kb/glossary.yaml``) replaced by their
Chinese terms: BM25 then finds the Chinese words, and the (multilingual)
dense query reads a sentence much closer to the Chinese passages. The glossary also names the *family*
of each Chinese term, which the conversation step uses to resolve "那复核呢"
after a question on 复查 (same family: procedure).

Cross-lingual cosines sit lower than Chinese-to-Chinese ones, so abstention
has its own threshold per language (``language.abstain_below`` in config, or
a calibrated one stored with the index: ``ingest.py calibrate --language en``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from app.config import parse_yaml
from kb.errors import ConfigError

DEFAULT_GLOSSARY = Path(__file__).resolve().parent / "glossary.yaml"
WORD = "word"       # the kind of the general-vocabulary entries (search only, no topic family)

_ENDING = r"(?:s|es|d|ed)?"
_WORDS = re.compile(r"[a-z0-9']+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f\u0900-\u097f\uac00-\ud7af\u3040-\u30ff]")


def detect_language(text: str) -> str:
    """"zh", "en" or "other" (another script), judged by the letters the text is written in.

    A Chinese question with a Latin word ("APP 登录不了") stays Chinese: it is Chinese as
    soon as a fair share of its letters are Chinese characters.
    """
    cjk = len(_CJK.findall(text or ""))
    latin = len(_LATIN.findall(text or ""))
    other = len(_OTHER_SCRIPT.findall(text or ""))
    if cjk and cjk * 3 >= latin:
        return "zh"
    if other > latin:
        return "other"
    if latin:
        return "en"
    return "zh"


@dataclass
class Entry:
    zh: list[str]
    en: list[str]
    kind: str


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self):
        phrases = [(p, e) for e in self.entries for p in e.en]
        # Longest first, so "standing committee" wins over "committee".
        phrases.sort(key=lambda pe: -len(pe[0]))
        self._phrases = phrases
        # Whole words, with a regular ending ("proposals", "handled"): a longer phrase listed
        # in its own right is tried first, so "used" wins over "use" + "d".
        self._patterns = [(re.compile(r"(?<![a-z])" + re.escape(p) + _ENDING + r"(?![a-z])"), e)
                          for p, e in phrases]
        # Which patterns can match a text: those whose first word is one of its words (or, for
        # a one-word phrase, a word's stem). Trying only these keeps a question at well under a
        # millisecond with some 2,000 phrases.
        self._by_first: dict[str, list[int]] = {}
        for n, (p, _) in enumerate(phrases):
            first = _WORDS.findall(p)
            self._by_first.setdefault(first[0] if first else "", []).append(n)
        # Topic words for follow-ups: the committee vocabulary only. The general words of the
        # documents (kind "word": 工作, 问题, 企业 ...) help search but are no topic of a question.
        terms = {z: e.kind for e in self.entries if e.kind != WORD for z in e.zh}
        self.kind_of: dict[str, str] = terms
        self.zh_terms = tuple(terms)      # topic_terms orders them for each text

    @classmethod
    def load(cls, path: Path | None = None) -> "Glossary":
        return _load(str(path or DEFAULT_GLOSSARY))

    def to_chinese(self, text: str) -> list[str]:
        """The Chinese terms for the glossary phrases in ``text``, in the order of the text.

        Phrases are matched as whole words, longest first; a matched phrase is blanked out so
        that its words are not matched again ("standing committee" is not also "committee").
        """
        return self.split(text)[0]

    def split(self, text: str) -> tuple[list[str], str]:
        """The Chinese terms of ``text`` (to_chinese), and ``text`` in lower case with their
        phrases blanked out: what the glossary left (kb.dictionary reads that)."""
        lower = " " + (text or "").lower().replace("’", "'") + " "
        found: list[tuple[int, str]] = []
        for pattern, entry in self._candidates(lower):
            match = pattern.search(lower)
            if match:
                found.append((match.start(), entry.zh[0]))
                lower = pattern.sub(lambda m: " " * len(m.group(0)), lower)   # keeps positions
        return list(dict.fromkeys(term for _, term in sorted(found))), lower

    def _candidates(self, lower: str):
        """The patterns that may match ``lower``, longest phrase first."""
        found = set(self._by_first.get("", ()))
        for word in set(_WORDS.findall(lower)):
            for stem in {word, word[:-1], word[:-2]}:      # the regular endings of _ENDING
                found.update(self._by_first.get(stem, ()))
        return [self._patterns[n] for n in sorted(found)]

    def topic_terms(self, text: str, extra: list[str] = ()) -> list[tuple[str, str]]:
        """(term, kind) of the glossary's Chinese terms (and ``extra`` ones) in ``text``, in order.

        Longer terms hide the shorter ones inside them ("社情民意信息" hides "社情民意").
        """
        # Longest first; among terms as long, the one that starts first in the text (forward maximum
        # matching), then the term itself. Sorted by length alone, ties kept a set's order, which
        # changes with each process's string hashing: which of two overlapping terms was taken
        # ("人大常委会" or "常委会会议" in "地方人大常委会会议") and so how a follow-up was read changed
        # after every restart.
        at = {term: text.find(term) for term in {*self.zh_terms, *extra}}
        candidates = sorted((t for t, i in at.items() if i >= 0), key=lambda t: (-len(t), at[t], t))
        taken = [False] * len(text)
        found: list[tuple[int, str, str]] = []
        for term in candidates:
            start = text.find(term)
            while start >= 0:
                end = start + len(term)
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    found.append((start, term, self.kind_of.get(term, "concept")))
                start = text.find(term, end)
        return [(term, kind) for _, term, kind in sorted(found)]


@lru_cache(maxsize=4)
def _load(path: str) -> Glossary:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"Glossary file {p} not found; set language.glossary in config.yaml or restore it.")
    try:
        raw = parse_yaml(p.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise ConfigError(f"Glossary {p} is not valid YAML: {exc}") from exc
    entries = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not item.get("zh") or not isinstance(item.get("en", []), list):
            raise ConfigError(f"Glossary {p}, entry {n}: needs zh (a list of Chinese terms) and en (a list).")
        zh = item["zh"] if isinstance(item["zh"], list) else [item["zh"]]
        entries.append(Entry([str(z) for z in zh], [str(e).lower() for e in item.get("en") or []],
                             str(item.get("kind", "concept"))))
    return Glossary(entries)


def search_text(question: str, language: str, glossary: Glossary, dictionary=None) -> str:
    """What is searched for ``question``: a non-Chinese question gets the Chinese glossary terms,
    then the Chinese words ``dictionary`` (kb.dictionary.Dictionary) gives the words the glossary
    left."""
    if language == "zh":
        return question
    # The question as typed, then its Chinese terms ("What is the deadline for proposals? 期限
    # 提案"): BM25 finds the Chinese words (it knows no English ones) and the multilingual
    # dense query keeps the English sentence's meaning. With the general vocabulary in the
    # glossary this beat the phrases replaced in place on bench/english_dev.jsonl (hit@5 0.887
    # against 0.849, hit@1 0.642 against 0.604) and the Chinese terms alone (0.868, 0.623).
    terms = chinese_terms(question, glossary, dictionary)
    return f"{question} {' '.join(terms)}" if terms else question


def chinese_terms(text: str, glossary: Glossary, dictionary=None) -> list[str]:
    """The Chinese words of an English ``text``: its glossary phrases' terms, then what
    ``dictionary`` (kb.dictionary.Dictionary) gives for the words the glossary left, and the
    names it spells in pinyin."""
    terms, left = glossary.split(text)
    if dictionary is not None:
        # Names are read from the text as typed (capitals), but for what the glossary took:
        # its "Shanghai" is 上海, not the homophone 伤害. split keeps positions (one space before).
        unread = ("".join(c if left[n + 1] != " " else " " for n, c in enumerate(text))
                  if len(left) == len(text) + 2 else text)
        terms += [t for t in dictionary.terms(left) + dictionary.names_in(unread) if t not in terms]
    return terms


def calibrate_language(kb, questions, language: str, max_false_abstention: float = 0.05, store: bool = True):
    """The abstention threshold for questions in ``language``, fitted like kb.calibration's."""
    from kb.calibration import choose_threshold

    pos, neg = [], []
    for q in questions:
        best = kb.search(kb.searched_text(q.question, language), ignore_threshold=True,
                         language=language).best_dense
        (pos if q.answerable else neg).append(best)
    result = choose_threshold(pos, neg, max_false_abstention)
    if store:
        kb.set_abstain_threshold(result.threshold, language=language)
    return result
