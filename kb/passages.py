"""The passages of whole documents, as the second stage reads them for every search.

Distinctive words (kb.features.rarity) weigh each question word by how many passages of a
candidate's document hold it, so every search reads all passages of a few documents. They are
read from SQLite once and kept in memory until the knowledge base changes (its generation: one
process's own writes and another process's alike, kb.knowledge_base.refresh).
"""
from __future__ import annotations

import threading
from typing import Callable


class DocumentPassages:
    """``passages(doc_ids) -> {doc id: [its passages' texts]}``, cached per generation."""

    def __init__(self, read: Callable[[list[int]], dict[int, list[str]]], generation: Callable[[], object]):
        self._read = read                  # kb.store.KBStore.texts_of_documents
        self._generation = generation      # the generation the knowledge base has seen
        self._texts: dict[int, list[str]] = {}
        self._of = None                    # the generation self._texts belong to
        self._lock = threading.Lock()

    def __call__(self, doc_ids: list[int]) -> dict[int, list[str]]:
        with self._lock:
            generation = self._generation()
            if self._of != generation:
                self._texts, self._of = {}, generation
            known = {d: self._texts[d] for d in doc_ids if d in self._texts}
        missing = [d for d in doc_ids if d not in known]
        if missing:
            found = self._read(missing)
            with self._lock:
                if self._of == generation:     # not if the knowledge base changed meanwhile
                    self._texts.update(found)
            known.update(found)
        return known


__all__ = ["DocumentPassages"]
