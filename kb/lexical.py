"""Chinese tokenisation (jieba) and the BM25 index (bm25s).

Tokens are jieba's search-mode words plus character bigrams of every CJK
run: words carry meaning ("社情民意"), bigrams rescue words jieba splits
differently in the question and the passage ("上访" vs "信访人").
The index is derived data: it is rebuilt from the ``tokens`` column of the
``chunks`` table and saved with a fingerprint of the chunk ids it holds, so
a stale index is detected rather than trusted.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from pathlib import Path

import numpy as np

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[\w\u3400-\u9fff]", re.UNICODE)
# A class named by a Latin letter ("C类答复", "A类提案"): jieba cuts it into the letter and 类, and
# both are too short to count as content words, so "C类答复啥意思" kept only 答复. The whole is
# added as a word, its letter in capitals as documents write it ("c类" typed finds "C类"): the
# coverage signals look for a word in the passage's text as it is written.
_CLASS = re.compile(r"[A-Za-z]类")
# Bumped whenever ``Tokenizer.tokens`` cuts a text differently, so a knowledge base whose passages
# were tokenised before tokenises them again (KnowledgeBase.lexical_index): 2 since the class letter.
TOKENS_VERSION = 2


class Tokenizer:
    """A private jieba tokenizer with our vocabulary and its cache under the data dir."""

    _lock = threading.Lock()

    def __init__(self, cache_dir: Path, vocabulary: list[str] = ()):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        cache_dir = Path(cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        self._jieba = jieba.Tokenizer()
        self._jieba.tmp_dir = str(cache_dir)
        with self._lock:
            self._jieba.initialize()
        self.vocabulary = list(vocabulary)
        for word in vocabulary:
            # A high frequency keeps domain words whole ("社情民意" not "社情"+"民意").
            self._jieba.add_word(word, freq=200000)

    @property
    def fingerprint(self) -> str:
        """What a passage's tokens depend on: the cutting rules' version and the vocabulary."""
        vocabulary = hashlib.sha1("\n".join(self.vocabulary).encode()).hexdigest()[:12]
        return f"{TOKENS_VERSION}:{vocabulary}"

    def words(self, text: str) -> list[str]:
        words = [w.lower() for w in self._jieba.lcut_for_search(text) if _WORD.search(w)]
        return words + [c[0].upper() + c[1:] for c in _CLASS.findall(text)]

    def tokens(self, text: str) -> list[str]:
        tokens = self.words(text)
        tokens.extend("#" + bigram for bigram in cjk_bigrams(text))
        return tokens


def cjk_bigrams(text: str) -> list[str]:
    """Every pair of adjacent Chinese characters, within runs of Chinese text."""
    return [run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)]


class LexicalIndex:
    def __init__(self, k1: float = 0.9, b: float = 0.5):
        self.k1 = k1
        self.b = b
        self.chunk_ids: list[str] = []
        self.position: dict[str, int] = {}     # chunk id -> its row in scores(), built once per index
        self._bm25 = None
        self._traditional: frozenset[str] | None = None

    def build(self, chunk_ids: list[str], token_lists: list[list[str]]) -> None:
        import bm25s

        self.chunk_ids = list(chunk_ids)
        self.position = {cid: n for n, cid in enumerate(self.chunk_ids)}
        if not chunk_ids:
            self._bm25, self._traditional = None, None
            return
        bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        # An empty chunk would break bm25s; the placeholder token matches nothing.
        bm25.index([t or ["\x00"] for t in token_lists], show_progress=False)
        self._bm25, self._traditional = bm25, None

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every chunk, in ``chunk_ids`` order."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        known = [t for t in query_tokens if t in self._bm25.vocab_dict]
        if not known:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def traditional_words(self) -> frozenset[str]:
        """The indexed words written with a traditional character ("葛春啟", a name): a question
        holding one keeps it as typed (kb.script). Read once per index."""
        if self._traditional is None:
            from kb.script import traditional_words

            self._traditional = traditional_words(self._bm25.vocab_dict if self._bm25 is not None else ())
        return self._traditional

    def words(self) -> list[str]:
        """Every token the index holds (jieba's words, and its "#" character pairs)."""
        return list(self._bm25.vocab_dict) if self._bm25 is not None else []

    @property
    def size(self) -> int:
        """Number of chunks indexed."""
        return len(self.chunk_ids)

    def document_frequency(self, term: str) -> int:
        """How many chunks hold ``term`` (a token of the index); 0 for a term it never saw."""
        if self._bm25 is None:
            return 0
        t = self._bm25.vocab_dict.get(term)
        if t is None:
            return 0
        # bm25s keeps one column of precomputed scores per token: its length is the token's df.
        indptr = self._bm25.scores["indptr"]
        return int(indptr[t + 1] - indptr[t])

    @staticmethod
    def fingerprint(chunk_ids: list[str]) -> str:
        import hashlib

        return hashlib.sha256("\n".join(sorted(chunk_ids)).encode()).hexdigest()

    def save(self, folder: Path) -> None:
        """Write the index next to ``folder`` under a unique name, then swap it in.

        The temporary and retired folders are unique per save (two writers used to
        collide on a fixed ``bm25.tmp``), so a reader never sees half an index and two
        saves never share a folder; the last one to swap in wins.
        """
        import tempfile

        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{folder.name}.tmp-", dir=folder.parent))
        try:
            if self._bm25 is not None:
                self._bm25.save(str(tmp / "bm25"))
            (tmp / "manifest.json").write_text(
                json.dumps({"chunk_ids": self.chunk_ids, "k1": self.k1, "b": self.b,
                            "fingerprint": self.fingerprint(self.chunk_ids)}),
                encoding="utf-8",
            )
            for _ in range(20):
                old = Path(tempfile.mkdtemp(prefix=f"{folder.name}.old-", dir=folder.parent))
                try:
                    folder.rename(old / "index")     # move the current index out of the way
                except FileNotFoundError:
                    pass
                try:
                    tmp.rename(folder)
                    return
                except OSError:                      # another save swapped its index in meanwhile
                    continue
                finally:
                    _rmtree(old)
            raise OSError(f"could not swap the BM25 index into {folder}")
        finally:
            if tmp.exists():
                _rmtree(tmp)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex | None":
        folder = Path(folder)
        manifest = folder / "manifest.json"
        if not manifest.is_file():
            return None
        try:
            meta = json.loads(manifest.read_text(encoding="utf-8"))
            index = cls(meta["k1"], meta["b"])
            index.chunk_ids = meta["chunk_ids"]
            index.position = {cid: n for n, cid in enumerate(index.chunk_ids)}
            if index.chunk_ids:
                import bm25s

                index._bm25 = bm25s.BM25.load(str(folder / "bm25"))
            return index
        except Exception:  # a damaged index is rebuilt, not trusted
            return None


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
