"""Sentence vectors: score a passage by its best sentence, not by its average.

An article chunk's vector blurs its sentences together, so two neighbouring
articles of one regulation look alike. The sentence that answers is sharper:
"自收到书面答复之日起30日内" matches "不满意还能找谁" better than the whole article
does. At ingest every sentence of a multi-sentence chunk longer than
``retrieval.rerank.sentence_min_chars`` is embedded once and kept in the
embedding cache under its content hash (the cache is the store: no new table,
nothing to migrate). A shorter chunk scores by its own vector: its sentences
are few and short, and embedding them all would more than double ingest time.
When a sentence vector is missing (a cleared cache), the chunk's own cosine
stands in, so search still works, only less sharply.
"""
from __future__ import annotations

import re

import numpy as np

# A sentence ends at 。！？；, a line break, or their ASCII forms; closing quotes stay with it.
_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;]?[”’」』）)]*")
MIN_CHARS = 6          # shorter pieces ("（一）", "第三条") join the next sentence


def split(text: str) -> list[str]:
    """The sentences of a passage, in order; short fragments joined to their neighbour."""
    out: list[str] = []
    carry = ""
    for piece in _SENTENCE.findall(text or ""):
        piece = piece.strip()
        if not piece:
            continue
        piece = carry + piece
        if len(piece) < MIN_CHARS:
            carry = piece
            continue
        carry = ""
        out.append(piece)
    if carry:
        if out:
            out[-1] += carry
        else:
            out.append(carry)
    return out


def embed_text(sentence: str) -> str:
    """What is embedded for a sentence (the sentence alone: its chunk brings the context)."""
    return sentence


def has_vectors(text: str, min_chars: int) -> bool:
    """Whether a chunk's sentences get their own vectors (else its chunk vector stands in)."""
    return len(text) > min_chars


def to_embed(texts: list[str], min_chars: int = 0) -> list[str]:
    """Sentences worth their own vector: those of chunks longer than ``min_chars`` with more
    than one sentence."""
    out: list[str] = []
    seen: set[str] = set()
    for text in texts:
        if not has_vectors(text, min_chars):
            continue
        parts = split(text)
        if len(parts) < 2:
            continue
        for s in parts:
            e = embed_text(s)
            if e not in seen:
                seen.add(e)
                out.append(e)
    return out


def embed_sentences(embedder, texts: list[str], min_chars: int = 0) -> int:
    """Embed (into the cache) the sentences of these chunk texts; returns how many were needed."""
    todo = to_embed(texts, min_chars)
    if todo:
        embedder.embed_passages(todo)
    return len(todo)


def sentence_scores(cached, qvec: np.ndarray, texts: list[str], chunk_cosines: list[float],
                    min_chars: int = 0) -> list[list[tuple[str, float]]]:
    """For each passage, its sentences with their cosine to the question (best first).

    ``cached(hashes) -> {hash: vector}`` reads the embedding cache: no embedding at
    query time.
    """
    from kb.embedder import text_hash

    parts = [split(t) if has_vectors(t, min_chars) else [t.strip()] for t in texts]
    hashes = {text_hash(embed_text(s)) for p in parts if len(p) > 1 for s in p}
    vectors = cached(hashes) if hashes else {}
    out: list[list[tuple[str, float]]] = []
    for p, chunk_cos in zip(parts, chunk_cosines):
        if len(p) <= 1:
            out.append([(s, float(chunk_cos)) for s in p])
            continue
        scored = []
        for s in p:
            vec = vectors.get(text_hash(embed_text(s)))
            scored.append((s, float(np.dot(vec, qvec)) if vec is not None else float(chunk_cos)))
        scored.sort(key=lambda x: -x[1])
        out.append(scored)
    return out


def best(scored: list[tuple[str, float]], default: float) -> float:
    return scored[0][1] if scored else default
