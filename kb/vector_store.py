"""Dense vectors in Chroma, with our own embeddings.

Chroma never embeds anything itself (``embedding_function=None``): its
default embedder would try to download a model. Embedded
(``PersistentClient`` under the data dir) by default, or a Chroma server
when ``chroma.url`` is set.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from kb.config import ChromaConfig
from kb.errors import VectorIndexUnavailable


def _guarded(fn):
    """Chroma's failures (Python errors, and Rust panics, which are BaseExceptions) on
    damaged files become one VectorIndexUnavailable with the way to fix it."""
    import functools

    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        try:
            return fn(self, *args, **kwargs)
        except VectorIndexUnavailable:
            raise
        except (KeyboardInterrupt, SystemExit, GeneratorExit):
            raise
        except BaseException as exc:        # noqa: BLE001 - pyo3's PanicException is a BaseException
            if type(exc).__module__.startswith("asyncio"):
                raise
            raise unavailable(getattr(self, "path", None), exc) from exc

    return wrapper


def unavailable(path, exc: BaseException) -> VectorIndexUnavailable:
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    where = f" in {path}" if path else ""
    return VectorIndexUnavailable(
        f"The vector index (Chroma){where} cannot be read ({detail}): run `python ingest.py verify --repair` "
        f"to rebuild it from assistant.db.")


class VectorStore:
    @_guarded
    def __init__(self, config: ChromaConfig, path: Path):
        self.path = Path(path)
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False)
        if config.url:
            url = urlparse(config.url)
            self._client = chromadb.HttpClient(
                host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https", settings=settings,
            )
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            self._client = chromadb.PersistentClient(path=str(path), settings=settings)
        self.config = config
        self._settings = settings
        self._collection = self._open()

    @_guarded
    def reopen(self) -> None:
        """A fresh client that sees what another process wrote.

        Embedded Chroma keeps one "system" per path and process, with the HNSW index in
        memory: after another process's writes its ``count()`` is right but queries
        return the old vectors, and a new ``PersistentClient`` for the same path gets the
        same cached system. So the cached system is taken out of Chroma's registry and a
        new one started. The old one is not stopped: a query running in another thread
        may still use it; it is freed when the last reference goes. A Chroma server is
        always current.
        """
        if self.config.url:
            return
        import chromadb
        from chromadb.api.shared_system_client import SharedSystemClient

        identifier = getattr(self._client, "_identifier", None)
        SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        self._client = chromadb.PersistentClient(path=str(self.path), settings=self._settings)
        self._collection = self._open()

    def _open(self):
        c = self.config
        collection = self._client.get_or_create_collection(
            c.collection,
            embedding_function=None,
            configuration={"hnsw": {
                "space": c.space,
                "ef_construction": c.ef_construction,
                "ef_search": c.ef_search,
                "max_neighbors": c.max_neighbors,
            }},
        )
        # ef_search is a query-time setting: apply a changed value to an existing index.
        # (space, ef_construction and max_neighbors are fixed when it is built: reindex.)
        hnsw = (collection.configuration or {}).get("hnsw") or {}
        if hnsw.get("ef_search") not in (None, c.ef_search):
            collection.modify(configuration={"hnsw": {"ef_search": c.ef_search}})
        return collection

    @_guarded
    def count(self) -> int:
        return self._collection.count()

    @_guarded
    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            page = self._collection.get(include=[], limit=5000, offset=offset)
            out.update(page["ids"])
            if len(page["ids"]) < 5000:
                return out
            offset += 5000

    @_guarded
    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        for start in range(0, len(ids), 1000):
            end = start + 1000
            self._collection.upsert(
                ids=ids[start:end], embeddings=vectors[start:end], metadatas=metadatas[start:end]
            )

    @_guarded
    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            self._collection.delete(ids=ids[start:start + 1000])

    @_guarded
    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest chunks as (chunk id, cosine similarity), best first (fewer when the
        index holds fewer). Chroma (1.x) bounds ``n_results`` itself and answers an empty index with
        nothing, so the index is not counted first (a second call into Chroma per search)."""
        result = self._collection.query(query_embeddings=[vector], n_results=n, include=["distances"])
        ids = (result.get("ids") or [[]])[0]
        distances = (result.get("distances") or [[]])[0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances)]

    @_guarded
    def reset(self) -> None:
        """Drop and recreate the collection (reindex with another model or dimension)."""
        try:
            self._client.delete_collection(self.config.collection)
        except Exception:
            pass
        self._collection = self._open()


def forget_system(path: Path) -> None:
    """Drop embedded Chroma's cached system for ``path`` (before its files are moved away)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    for identifier in list(SharedSystemClient._identifier_to_system):
        if identifier and Path(identifier).resolve() == Path(path).resolve():
            SharedSystemClient._identifier_to_system.pop(identifier, None)
            SharedSystemClient._identifier_to_refcount.pop(identifier, None)
