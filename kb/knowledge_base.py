"""The knowledge base: documents in, passages out.

SQLite (``documents``, ``chunks``) is the source of truth. Chroma and the
BM25 index are derived from it. Adding a document writes in this order, so a
crash at any point leaves a state ``verify`` can see and ``repair`` can finish:

1. parse, chunk, tokenise and embed in memory (embeddings are cached by
   content hash as they are made, so a re-run does not pay twice);
2. one SQLite transaction replaces the document's row and chunks, marked
   ``pending``;
3. Chroma gets the new vectors and loses the old ones;
4. the BM25 index is rebuilt from SQLite and swapped in;
5. the document is marked ``ready``.

Nothing is written before step 2, so a file that fails to parse leaves the
knowledge base exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from kb.config import Config
from app.private_files import secure_data_dir
from kb.errors import DocumentNotFound, EmbedderMismatch, IngestBusy, KBError
from kb.prepare import AddResult, BatchReport, PreparedDocument
from kb.query import region_of
from kb.tuning import configured_model_id  # noqa: F401  (re-exported)

Progress = Callable[[int], None]


# kb_meta's key for the fingerprint of the tokenizer that tokenised the passages (kb.lexical).
TOKENS_META = "tokens_fingerprint"


class KnowledgeBase:
    def __init__(self, config: Config, *, embedder=None):
        self.config = config
        secure_data_dir(config.data_dir)     # 0700, and nothing inside readable by other users
        from kb.store import KBStore

        self.records = KBStore(config.db_path)     # the only SQL on documents, chunks, kb_meta
        self.db = self.records.db                  # the shared connection (the bot's tables too)
        self._given_embedder = embedder    # a model passed in (tests), wrapped in the cache when built
        self._embedder = None
        self._tokenizer = None
        self._store = None
        self._lexical = None
        self._lexical_generation = None
        self._dictionary = None      # (the BM25 index it was built for, kb.dictionary.Dictionary)
        self._seen_generation = self.records.meta("generation")
        self._retriever = None
        from kb.passages import DocumentPassages

        # Whole documents' passages for the second stage, read again after every change.
        self._passages = DocumentPassages(self.records.texts_of_documents, lambda: self._seen_generation)
        self._lock = threading.RLock()
        from kb.ingest_lock import IngestLock

        self.ingest_lock = IngestLock(config.data_dir)   # one writer per data dir, across processes

    # ----- lazily built parts: the CLI's `list` must not load a model -----

    def _built(self, name: str, make):
        """The part kept in attribute ``name``, made by ``make`` the first time. Made under the lock
        and checked again inside it: the bot's worker threads can ask their first questions at the
        same time (a burst of messages before warm_up, as in tests/test_flood.py), and two Chroma
        clients opened at once on one path fail inside chromadb ("cannot be read", KeyError). Once
        it exists, no lock is taken."""
        part = getattr(self, name)
        if part is None:
            with self._lock:
                part = getattr(self, name)
                if part is None:
                    part = make()
                    setattr(self, name, part)
        return part

    @property
    def embedder(self):
        return self._built("_embedder", self._make_embedder)

    def _make_embedder(self):
        from kb.embedder import CachedEmbedder, load_embedder

        embedder = self._given_embedder if self._given_embedder is not None else load_embedder(self.config.embedder)
        if hasattr(embedder, "cached"):
            return embedder
        return CachedEmbedder(embedder, self._cache_file(), self.config.retrieval.rerank.latent_chars)

    def _cache_file(self) -> Path:
        return self.config.cache_path / "embeddings.db"

    @property
    def tokenizer(self):
        return self._built("_tokenizer", self._make_tokenizer)

    def _make_tokenizer(self):
        from kb.lexical import Tokenizer

        return Tokenizer(self.config.cache_path / "jieba", self.config.retrieval.vocabulary)

    @property
    def store(self):
        return self._built("_store", self._make_store)

    def _make_store(self):
        from kb.vector_store import VectorStore

        return VectorStore(self.config.chroma, self.config.chroma_dir)

    # ----- meta -----

    def _meta(self, key: str) -> str | None:
        return self.records.meta(key)

    def _set_meta(self, key: str, value: str) -> None:
        self.records.set_meta(key, value)

    # ----- the generation: how a process sees another process's changes -----
    #
    # A counter in kb_meta, bumped by every change to documents or chunks: once in the
    # SQLite transaction, and again when Chroma and the BM25 index have caught up. Every
    # search reads it (one primary-key read); a value this process did not write means
    # another process (the CLI beside the running bot) changed the knowledge base, so
    # Chroma's client is reopened (it caches its HNSW index per process and would keep
    # returning the old vectors) and the BM25 index reloaded.

    def _bump_generation(self) -> None:
        value = self.records.bump_generation()
        self._seen_generation = value
        _OWN_GENERATIONS[str(self.config.db_path)] = value

    def refresh(self) -> bool:
        """Pick up changes made by another process; True when something was reopened."""
        generation = self.records.generation()
        if generation == self._seen_generation:
            return False
        with self._lock:
            if generation == self._seen_generation:
                return False
            # Written by another KnowledgeBase of this process: Chroma's client is shared
            # within a process and already current; only the BM25 index is reloaded.
            if self._store is not None and _OWN_GENERATIONS.get(str(self.config.db_path)) != generation:
                self._store.reopen()
            self._lexical = None
            self._seen_generation = generation
            return True

    def check_embedder(self) -> None:
        # On every search, from worker threads: read through this thread's connection.
        recorded = self.records.meta("embedder", reader=True)
        configured = configured_model_id(self.config)
        if recorded and recorded != configured and self.chunk_count() > 0:
            raise EmbedderMismatch(
                f"The knowledge base was built with {recorded} but config.yaml now says "
                f"{configured}; run `python ingest.py reindex` to re-embed every document."
            )

    # ----- reading -----

    def chunk_count(self) -> int:
        return self.records.chunk_count()

    def list_documents(self) -> list[dict]:
        """Every document (id, doc_key, title, file_type, chunk_count, status, version, added_by,
        added_at, updated_at, size_bytes), most recently changed first."""
        return self.records.list_documents()

    def document(self, doc_id: int) -> dict | None:
        """The documents row with this id, or None (it may have been removed meanwhile)."""
        return self.records.document(doc_id)

    def document_by_key(self, doc_key: str) -> dict | None:
        """The documents row for this file name (doc_key), or None."""
        return self.records.document_by_key(doc_key)

    def documents_like(self, text: str) -> list[dict]:
        """Documents whose file name or title contains ``text``, most recently changed first."""
        return self.records.documents_like(text)

    def document_titles(self) -> dict[str, str]:
        """doc_key -> title of every document (statistics name documents by title)."""
        return self.records.document_titles()

    def find_document(self, ref: str | int) -> dict:
        """A document by id, file name or title (exact, then unique substring)."""
        ref_s = str(ref).strip()
        rows = []
        if ref_s.isdigit():
            rows = [d for d in [self.records.document(int(ref_s))] if d]
        if not rows:
            rows = self.records.documents_named(ref_s)
        if not rows and ref_s:
            rows = self.records.documents_like(ref_s)
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise DocumentNotFound(f"No document matches {ref_s!r}; `python ingest.py list` shows them.")
        names = ", ".join(r["doc_key"] for r in rows[:5])
        raise DocumentNotFound(f"{ref_s!r} matches {len(rows)} documents ({names}); give the id or full name.")

    def chunks_of(self, doc_id: int) -> list[dict]:
        """A document's passages (chunks rows) in order."""
        return self.records.chunks_of(doc_id)

    def get_chunk(self, chunk_id: str) -> dict | None:
        return self.records.chunk(chunk_id)

    def article_text(self, chunk_id: str) -> tuple[str, str] | None:
        """The whole article (or section) a chunk belongs to: (citation, text)."""
        chunk = self.get_chunk(chunk_id)
        if chunk is None:
            return None
        siblings = self.records.article_rows(chunk["doc_id"])
        if chunk["article"]:
            parts = [s["text"] for s in siblings if s["article"] == chunk["article"]
                     and s["heading_path"] == chunk["heading_path"]]
        else:
            parts = [chunk["text"]]
        # Pieces of a split article repeat its lead line ("第八条 …职责："); show it once.
        lead = parts[0].split("\n", 1)[0] + "\n" if "\n" in parts[0] else None
        text = [parts[0]] + [p[len(lead):] if lead and p.startswith(lead) else p for p in parts[1:]]
        return chunk["citation"], "\n".join(text)

    # ----- adding -----

    def prepare_file(self, path: Path) -> PreparedDocument:
        from kb.parsers import parse_file

        path = Path(path)
        parsed = parse_file(path, max_bytes=self._max_bytes(), limits=self.limits)
        return self._prepare(parsed, str(path.resolve()), path.stat().st_size)

    def prepare_bytes(self, data: bytes, file_name: str) -> PreparedDocument:
        from kb.parsers import parse_bytes

        parsed = parse_bytes(data, file_name, max_bytes=self._max_bytes(), limits=self.limits)
        return self._prepare(parsed, file_name, len(data))

    @property
    def limits(self):
        from kb.limits import ContentLimits

        return ContentLimits.from_config(self.config.ingest)

    def _max_bytes(self) -> int:
        return int(self.config.ingest.max_file_mb * 1024 * 1024)

    def _prepare(self, parsed, source_path: str, size: int) -> PreparedDocument:
        from kb.prepare import prepare

        return prepare(parsed, source_path, size, config=self.config, limits=self.limits, records=self.records)

    def same_title(self, prepared: PreparedDocument) -> dict | None:
        """Another document with the same title (a new version under a new file name)."""
        return self.records.other_with_title(prepared.title, prepared.doc_key)

    def commit(self, prepared: PreparedDocument, *, added_by: str = "cli", progress: Progress | None = None,
               replace_doc_id: int | None = None, rebuild_lexical: bool = True) -> AddResult:
        """Write a prepared document (steps 2-5 of the module docstring), holding the ingest lock."""
        with self.ingest_lock.hold():
            # Another writer may have added this file since it was prepared.
            prepared.existing = self.records.document_by_key(prepared.doc_key)
            return self._commit(prepared, added_by=added_by, progress=progress, replace_doc_id=replace_doc_id,
                                rebuild_lexical=rebuild_lexical)

    def _commit(self, prepared: PreparedDocument, *, added_by: str, progress: Progress | None,
                replace_doc_id: int | None, rebuild_lexical: bool) -> AddResult:
        from kb.chunker import citation, embedding_text

        self.check_embedder()
        existing = prepared.existing
        texts = [embedding_text(prepared.title, c) for c in prepared.chunks]
        if existing and existing["content_hash"] == prepared.content_hash and existing["status"] == "ready" \
                and replace_doc_id is None:
            # Unchanged, but the second stage's data may be missing (a cleared cache, another
            # latent_chars after an upgrade): computed here when so, a few cache lookups when not.
            self._second_stage_data([c.text for c in prepared.chunks], texts)
            return AddResult(prepared.doc_key, prepared.title, "unchanged", existing["chunk_count"], existing["id"])

        vectors = self.embedder.embed_passages(texts, progress=progress)
        self._second_stage_data([c.text for c in prepared.chunks], texts)
        if self._meta(TOKENS_META) is None and not self.records.chunk_ids():
            # A knowledge base with no passages yet: every token it will hold is this tokenizer's.
            self._set_meta(TOKENS_META, self.tokenizer.fingerprint)
        tokens = [" ".join(self.tokenizer.tokens(t)) for t in texts]
        from kb.embedder import text_hash

        now = time.time()
        row = {
            "doc_key": prepared.doc_key, "title": prepared.title, "source_path": prepared.source_path,
            "file_type": prepared.file_type, "content_hash": prepared.content_hash,
            "size_bytes": prepared.size_bytes, "region": region_of(prepared.title),
            "chunk_count": len(prepared.chunks), "status": "pending",
            "added_by": added_by, "updated_at": now,
            "added_at": existing["added_at"] if existing else now,
        }
        chunk_rows = []
        for chunk, text, tok in zip(prepared.chunks, texts, tokens):
            h = text_hash(text)
            cid = hashlib.sha1(f"{prepared.doc_key}\x00{chunk.ordinal}\x00{h}".encode()).hexdigest()[:24]
            chunk_rows.append({
                "id": cid, "ordinal": chunk.ordinal, "text": chunk.text,
                "heading_path": json.dumps(chunk.heading_path, ensure_ascii=False),
                "article": chunk.article, "citation": citation(prepared.title, chunk),
                "embed_text": text, "text_hash": h, "tokens": tok,
            })
        with self._lock, self.records.transaction():
            doc_id, old_ids = self.records.replace_document(row, chunk_rows, existing=existing,
                                                            replace_doc_id=replace_doc_id)
            self._set_meta("embedder", self.embedder.model_id)
            self._bump_generation()

        new_ids = [r["id"] for r in chunk_rows]
        stale = sorted(set(old_ids) - set(new_ids))
        if stale:
            self.store.delete(stale)
        self.store.upsert(new_ids, vectors, [{"doc_id": doc_id} for _ in new_ids])
        if rebuild_lexical:
            self.rebuild_lexical()
            self._mark_ready([doc_id])
        else:
            self._bump_generation()         # the vectors are in Chroma
        status = "updated" if (existing or replace_doc_id) else "added"
        return AddResult(prepared.doc_key, prepared.title, status, len(chunk_rows), doc_id)

    def _second_stage_data(self, texts: list[str], embed_texts: list[str]) -> None:
        from kb import second_stage_data

        second_stage_data.compute(self.embedder, self.config.retrieval.rerank, texts, embed_texts)

    def _mark_ready(self, doc_ids: Iterable[int] | None = None) -> None:
        with self.records.transaction():
            self._bump_generation()         # Chroma and BM25 have caught up: readers reload
            self.records.mark_ready(doc_ids)

    def add_file(self, path: Path, *, added_by: str = "cli", progress: Progress | None = None) -> AddResult:
        return self.commit(self.prepare_file(path), added_by=added_by, progress=progress)

    def add_paths(self, paths: Iterable[Path], *, added_by: str = "cli",
                  on_file: Callable[[Path, int], Progress | None] | None = None,
                  on_result: Callable[[AddResult], None] | None = None,
                  on_same_title: Callable[[PreparedDocument, dict], str] | None = None) -> BatchReport:
        """Add files and folders (recursively). A failing file is reported and skipped.

        ``on_same_title(prepared, other)``: a file whose title is that of a document under
        another file name (often a new version) is passed to it, which answers "replace",
        "keep" (both stay), "skip", or "refuse" (reported as failed with ``message``).
        Without it both stay, as before.
        """
        from kb.batch import add_paths

        with self.ingest_lock.hold():
            return add_paths(self, paths, added_by=added_by, on_file=on_file, on_result=on_result,
                             on_same_title=on_same_title)

    # ----- removing, reindexing -----

    def remove(self, ref: str | int, *, removed_by: str = "cli") -> dict:
        with self.ingest_lock.hold():
            return self._remove(ref)

    def _remove(self, ref: str | int) -> dict:
        doc = self.find_document(ref)
        with self._lock, self.records.transaction():
            ids = self.records.delete_document(doc["id"])
            self._bump_generation()
        self.store.delete(ids)
        self.rebuild_lexical()
        self._bump_generation()
        return doc

    def reindex(self, progress: Progress | None = None) -> int:
        """Re-embed every chunk with the configured model and rebuild both indexes."""
        with self.ingest_lock.hold():
            return self._reindex(progress)

    def _reindex(self, progress: Progress | None) -> int:
        rows = self.records.chunks_to_embed()
        vectors = self.embedder.embed_passages([r["embed_text"] for r in rows], progress=progress)
        self._second_stage_data([r["text"] for r in rows], [r["embed_text"] for r in rows])
        self.store.reset()
        if rows:
            self.store.upsert([r["id"] for r in rows], vectors, [{"doc_id": r["doc_id"]} for r in rows])
        self._set_meta("embedder", self.embedder.model_id)
        self._bump_generation()
        self.rebuild_lexical(retokenise=True)
        self._mark_ready()
        return len(rows)

    # ----- derived indexes -----

    def rebuild_lexical(self, *, retokenise: bool = False):
        with self._lock:
            if retokenise:
                self.records.set_tokens(lambda text: " ".join(self.tokenizer.tokens(text)))
                self._set_meta(TOKENS_META, self.tokenizer.fingerprint)
            index = self._build_lexical(save=True)
            self._lexical = index
            self._lexical_generation = self._meta("generation")
            return index

    def _build_lexical(self, *, save: bool):
        from kb.lexical import LexicalIndex

        rows = self.records.chunk_tokens()
        bm25 = self.config.retrieval.bm25
        index = LexicalIndex(bm25.k1, bm25.b)
        index.build([r[0] for r in rows], [(r[1] or "").split() for r in rows])
        if save:
            index.save(self.config.bm25_dir)
        return index

    def lexical_index(self):
        """The BM25 index, reloaded when another process changed the knowledge base."""
        from kb.lexical import LexicalIndex

        generation = self.records.generation()
        with self._lock:
            if self._lexical is not None and generation == self._lexical_generation:
                return self._lexical
            index = LexicalIndex.load(self.config.bm25_dir)
            ids = self.records.chunk_ids(reader=True)
            bm25 = self.config.retrieval.bm25
            # Passages tokenised by an earlier tokenizer or vocabulary (an upgrade, config's
            # retrieval.vocabulary changed) are tokenised again: a question's words would miss
            # theirs ("C类" against "c" + "类"). Once, a few seconds per thousand passages.
            stale = self.records.meta(TOKENS_META, reader=True) != self.tokenizer.fingerprint
            # A saved index built with other BM25 parameters (config changed) is rebuilt too.
            if index is None or stale or set(index.chunk_ids) != set(ids) or (index.k1, index.b) != (bm25.k1, bm25.b):
                try:
                    with self.ingest_lock.hold("rebuilding the BM25 index", wait_for_threads=False):
                        return self.rebuild_lexical(retokenise=stale)
                except IngestBusy:
                    # A writer is mid-way (its BM25 index comes last): do not write over its
                    # files; use what is there, or an in-memory build, and look again next time.
                    return index if index is not None else self._build_lexical(save=False)
            self._lexical = index
            self._lexical_generation = generation
            return index

    # ----- consistency -----

    def verify(self, *, repair: bool = False, progress: Progress | None = None) -> "VerifyReport":
        """Compare SQLite, Chroma and BM25 after SQLite's own integrity check (kb.maintenance)."""
        from kb.maintenance import verify

        return verify(self, repair=repair, progress=progress)

    def backup(self, dest: Path) -> Path:
        """A consistent copy of assistant.db (SQLite's online backup API; see kb.maintenance)."""
        from kb.maintenance import backup_database

        return backup_database(self.config.db_path, Path(dest))

    # ----- searching -----

    @property
    def retriever(self):
        return self._built("_retriever", self._make_retriever)

    def _make_retriever(self):
        from kb.retriever import Retriever

        return Retriever(
            self.config.retrieval,
            embed_query=self.embedder.embed_query,
            tokenizer=self.tokenizer,
            vector_store=self.store,
            lexical_index=self.lexical_index,
            load_chunks=self.records.chunks_for_search,
            document_texts=self._passages,
            load_vectors=self._load_vectors,
            home_region=self.config.committee.home_region,
            cached_vectors=self.embedder.cached,
            latent_query=self.embedder.latent_query if self.embedder.latent_dim else None,
            cached_latent=self.embedder.cached_latent,
        )

    def _load_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        if not ids:
            return {}
        hashes = self.records.text_hashes(ids)
        vectors = self.embedder.cached(set(hashes.values()))
        return {cid: vectors[h] for cid, h in hashes.items() if h in vectors}

    # ----- fitted values (kb.tuning): thresholds, verdict model, second-stage weights -----

    @property
    def tuned(self):
        from kb.tuning import TunedValues

        return TunedValues(self.records, self.config)

    def abstain_threshold(self, language: str = "zh") -> float:
        """The calibrated threshold for this index, model and language, else config's."""
        return self.tuned.abstain_threshold(language)

    def set_abstain_threshold(self, value: float | None, language: str = "zh") -> None:
        self.tuned.set_abstain_threshold(value, language)

    def abstention_model(self):
        """The verdict model fitted by `ingest.py calibrate` for this model, else a threshold rule."""
        return self.tuned.abstention_model()

    def set_abstention_model(self, model) -> None:
        self.tuned.set_abstention_model(model)

    def ranker_weights(self):
        """Second-stage weights learned from pseudo-questions (kb.ranker), when on and fitted."""
        return self.tuned.ranker_weights()

    def set_ranker_weights(self, weights) -> None:
        self.tuned.set_ranker_weights(weights)

    def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
               ignore_threshold: bool = False, language: str = "zh"):
        from kb.abstention import AbstentionModel

        self.refresh()
        self.check_embedder()
        if ignore_threshold:
            model = AbstentionModel.fallback(-1.0, gate_answer_type=False)
        elif language != "zh":
            # Another language: its own cosine threshold (kb.language); the fitted verdict model
            # and its answer-type gate were learned on Chinese questions. A top passage holding
            # under language.abstain_coverage of the Chinese words it was searched with is no
            # answer either.
            model = AbstentionModel.fallback(self.abstain_threshold(language), gate_answer_type=False,
                                             abstain_coverage=self.config.language.abstain_coverage)
        else:
            model = self.abstention_model()
        return self.retriever.search(question, k=k, mode=mode, abstention=model,
                                     rerank_weights=self.ranker_weights())

    @property
    def glossary(self):
        from kb.language import Glossary

        return Glossary.load(self.config.language.glossary)

    def simplify(self, text: str) -> str:
        """``text`` read in simplified characters when it is typed in traditional ones, but for
        the words the documents write with traditional characters themselves (kb.script)."""
        from kb.script import to_simplified

        # Most questions have nothing to convert: only those that do look up the documents' words
        # (the BM25 index, behind a read of the generation stamp).
        plain = to_simplified(text)
        return plain if plain == text else to_simplified(text, self.lexical_index().traditional_words())

    def ask(self, question: str, *, mode: str = "hybrid", language: str | None = None):
        """Search and compose the answer a member gets (see kb.answer).

        A question in another language is searched with the glossary's Chinese terms
        added (kb.language) and judged against that language's threshold.
        """
        from kb.language import detect_language

        language = language or detect_language(question)
        return self.answer(self.search_question(question, mode=mode, language=language), question, language)

    def dictionary(self):
        """The general English-Chinese dictionary kept to this knowledge base's words
        (kb.dictionary), built once per BM25 index; None when config switches it off."""
        if not self.config.language.general_dictionary:
            return None
        from kb.dictionary import Dictionary

        index = self.lexical_index()
        built = self._dictionary
        if built is None or built[0] is not index:
            built = (index, Dictionary.for_documents(index.words(), index.document_frequency, index.size))
            self._dictionary = built
        return built[1]

    def searched_text(self, question: str, language: str) -> str:
        """What is searched for ``question`` in ``language`` (kb.language.search_text): another
        language's question with the Chinese words of the glossary and the dictionary."""
        from kb.language import search_text

        if language == "zh":
            return question
        return search_text(question, language, self.glossary, self.dictionary())

    def chinese_terms(self, text: str) -> list[str]:
        """The Chinese words of an English ``text`` (kb.language.chinese_terms): the glossary's
        and the dictionary's, as its search adds them. A follow-up in English is read with the
        previous question through them (bot.features.conversation.readings)."""
        from kb.language import chinese_terms

        return chinese_terms(text, self.glossary, self.dictionary())

    def search_question(self, question: str, *, mode: str = "hybrid", language: str = "zh"):
        """The search ``ask`` runs for a member's question (kb.retriever.SearchResult)."""
        question = self.simplify(question)
        k = max(self.config.retrieval.top_k, self.config.answer.further_sources + 1)
        result = self.search(self.searched_text(question, language), k=k, mode=mode, language=language)
        if language == "zh" and mode == "hybrid":
            from kb.contact import confirm_contact

            confirm_contact(result, question, self.tokenizer)
        return result

    def answer(self, result, question: str, language: str = "zh", focus: str = ""):
        """The answer composed from ``result`` (of ``search_question``) for the member's
        ``question``: the second step of ``ask``, for callers that ran the search themselves
        (follow-up readings, bot.features.conversation.choice). ``focus``: a follow-up's own
        words, whose sentences the reply quotes first (kb.answer.compose)."""
        from kb.answer import compose

        # The member's words as they were searched (search_question read them so); a follow-up's
        # focus comes from a reading, already simplified (Conversation.understand).
        question = self.simplify(question)
        answer = compose(result, self.config.answer, question=question, focus=focus)
        # The verdict travels with the answer (kb.evaluation scores a pointer as neither
        # an answer nor an abstention), whether or not compose() sets it itself.
        if not getattr(answer, "verdict", None):
            answer.verdict = result.verdict
        answer.language = language
        if answer.abstained:
            answer.contact = self.staff_contact()
        return answer

    def staff_contact(self):
        """The staff office's phone from the directory document (kb.directory), or None.

        Cached until the documents change (their generation stamp).
        """
        from kb.directory import directory_contact

        generation = self.records.generation()
        cached = getattr(self, "_contact_cache", None)
        if cached is not None and cached[0] == generation:
            return cached[1]
        contact = directory_contact(self.records, self.config.committee)
        self._contact_cache = (generation, contact)
        return contact

    def directory_document(self) -> dict | None:
        """The committee's directory document (id, title; kb.directory's rule), or None."""
        from kb.directory import directory_document

        return directory_document(self.records, self.config.committee)

    def search_within(self, question: str, doc_ids, *, dense_weight: float = 0.5, bm25_weight: float = 0.5):
        """Every passage of these documents scored for the question (kb.within.ScoredPassage),
        in document order: dense cosine, BM25 and their z-scored weighted sum."""
        from kb.within import search_within

        self.refresh()
        self.check_embedder()
        return search_within(self, question, doc_ids, dense_weight=dense_weight, bm25_weight=bm25_weight)

    def warm_up(self) -> None:
        """Load the model, tokenizer and indexes now rather than on the first question.

        One question is asked and its answer composed, because more loads on first use than the
        model and the indexes: the glossary, the verdict, the second stage's cached vectors and
        latent terms, the passages of the documents it reads. Without it the first member after a
        start waited about half a second more than the next (10,000 chunks)."""
        self.embedder.embed_query("预热")
        self.tokenizer.tokens("预热")
        self.lexical_index()
        _ = self.store.count()
        self.ask("委员没法参加会议怎么请假")


# The last generation each database got from this process (see KnowledgeBase.refresh).
_OWN_GENERATIONS: dict[str, str | None] = {}


from kb.batch import expand_paths  # noqa: E402,F401  (re-exported)
from kb.maintenance import VerifyReport  # noqa: E402  (re-exported)

__all__ = ["KnowledgeBase", "KBError", "AddResult", "BatchReport", "VerifyReport", "PreparedDocument"]
