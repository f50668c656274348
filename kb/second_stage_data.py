"""What the second stage reads from the embedding cache besides the chunk vectors: sentence
vectors (kb.sentences) and latent terms (kb.latent), as ``retrieval.rerank`` configures them.

``compute`` fills what is missing at ingest, reindex and repair; ``missing`` counts the chunks
that lack some (``ingest.py verify``). They go missing when the cache is cleared, or when
``latent_chars`` or ``sentence_min_chars`` changes: another value reads other text. Search
works without them, less sharply.
"""
from __future__ import annotations


def compute(embedder, rerank, texts: list[str], embed_texts: list[str]) -> None:
    """Sentence vectors of the chunks' ``texts`` and latent terms of their ``embed_texts``, those
    not cached yet (a few cache lookups when all are)."""
    if not rerank.enabled:
        return
    if rerank.sentence:
        from kb.sentences import embed_sentences

        embed_sentences(embedder, texts, rerank.sentence_min_chars)
    if rerank.latent:
        embedder.embed_latent(embed_texts)


def missing(embedder, rerank, rows: list[dict]) -> int:
    """How many of the chunks (``text``, ``embed_text``, ``id``) lack any of them."""
    from kb.embedder import text_hash
    from kb.sentences import to_embed

    if not rerank.enabled or not rows:
        return 0
    lacking: set[str] = set()
    if rerank.latent and embedder.latent_dim:
        hashes = [(text_hash(r["embed_text"]), r["id"]) for r in rows]
        have = embedder.cached_latent({h for h, _ in hashes})
        lacking |= {cid for h, cid in hashes if h not in have}
    if rerank.sentence:
        wanted = {r["id"]: [text_hash(s) for s in sentences] for r in rows
                  if (sentences := to_embed([r["text"]], rerank.sentence_min_chars))}
        have = embedder.cached({h for hashes in wanted.values() for h in hashes})
        lacking |= {cid for cid, hashes in wanted.items() if not all(h in have for h in hashes)}
    return len(lacking)


__all__ = ["compute", "missing"]
