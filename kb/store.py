"""The knowledge base's tables, and the only code that runs SQL on them.

``documents``, ``chunks`` and ``kb_meta`` (created by :mod:`kb.schema`) live in the shared
``assistant.db``; the embedding cache is its own file (``cache/embeddings.db``) so that several
knowledge bases can share it. Everything else in kb/ (the facade, maintenance, the ranker, the
directory, the embedder) goes through :class:`KBStore` / :class:`EmbeddingCache`, and the bot
through the facade (:class:`kb.knowledge_base.KnowledgeBase`: ``document_by_key``,
``documents_like``, ``search_within`` ...), so a change to these tables is a change to this file.

Opening a :class:`KBStore` applies the knowledge base's own migrations (never by import side
effect: the bot's features apply theirs where they open the database).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Iterable

from app.db import open_db, transaction

DOCUMENT_LIST_COLUMNS = ("id, doc_key, title, file_type, chunk_count, status, version, added_by,"
                         " added_at, updated_at, size_bytes")


def _marks(values) -> str:
    return ",".join("?" * len(values))


class KBStore:
    """documents, chunks and kb_meta in one SQLite file.

    ``db`` is the writing connection (shared with the bot, which keeps its own tables in the
    same file); searches run on worker threads and read through a per-thread connection
    (:meth:`reader`), as SQLite connections are not meant to be shared by concurrent readers.
    """

    def __init__(self, db_path: str | Path):
        from kb.schema import kb_migrations

        self.path = Path(db_path)
        self.db = open_db(self.path)
        kb_migrations.apply(self.db)
        self._local = threading.local()

    def reader(self):
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_db(self.path)
            self._local.db = db
        return db

    def transaction(self):
        return transaction(self.db)

    # ----- kb_meta -----

    def meta(self, key: str, *, reader: bool = False) -> str | None:
        db = self.reader() if reader else self.db
        row = db.execute("select value from kb_meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db["kb_meta"].upsert({"key": key, "value": value}, pk="key")

    def delete_meta(self, *keys: str) -> None:
        self.db.execute(f"delete from kb_meta where key in ({_marks(keys)})", list(keys))

    def bump_generation(self) -> str | None:
        """Add one to the change counter (kb.knowledge_base explains it); returns the new value."""
        self.db.execute(
            "insert into kb_meta (key, value) values ('generation', '1') on conflict (key)"
            " do update set value = cast(value as integer) + 1")
        return self.meta("generation")

    def generation(self) -> str | None:
        """The change counter as another thread or process sees it (one primary-key read)."""
        return self.meta("generation", reader=True)

    # ----- documents -----

    def list_documents(self) -> list[dict]:
        return list(self.db.query(
            f"select {DOCUMENT_LIST_COLUMNS} from documents order by updated_at desc, id desc"))

    def document(self, doc_id: int) -> dict | None:
        rows = list(self.db.query("select * from documents where id = ?", [int(doc_id)]))
        return rows[0] if rows else None

    def document_by_key(self, doc_key: str) -> dict | None:
        rows = list(self.db.query("select * from documents where doc_key = ?", [doc_key]))
        return rows[0] if rows else None

    def documents_named(self, name: str) -> list[dict]:
        """Documents whose file name or title is exactly ``name``."""
        return list(self.db.query("select * from documents where doc_key = ? or title = ?", [name, name]))

    def documents_like(self, text: str) -> list[dict]:
        """Documents whose file name or title contains ``text``, most recently changed first."""
        like = f"%{text}%"
        return list(self.db.query(
            "select * from documents where doc_key like ? or title like ? order by updated_at desc, id desc",
            [like, like]))

    def other_with_title(self, title: str, doc_key: str) -> dict | None:
        rows = list(self.db.query("select * from documents where title = ? and doc_key != ?", [title, doc_key]))
        return rows[0] if rows else None

    def document_titles(self) -> dict[str, str]:
        """doc_key -> title of every document."""
        return dict(self.db.execute("select doc_key, title from documents").fetchall())

    def ready_documents(self) -> list[dict]:
        """id and title of the documents whose indexes are in step (read on a worker thread)."""
        return list(self.reader().query("select id, title from documents where status = 'ready'"))

    def document_count(self) -> int:
        return self.db.execute("select count(*) from documents").fetchone()[0]

    def pending_doc_keys(self) -> list[str]:
        return [r[0] for r in self.db.execute("select doc_key from documents where status != 'ready'")]

    # ----- chunks -----

    def chunk_count(self) -> int:
        return self.db.execute("select count(*) from chunks").fetchone()[0]

    def chunk_ids(self, *, reader: bool = False) -> list[str]:
        db = self.reader() if reader else self.db
        return [r[0] for r in db.execute("select id from chunks")]

    def chunks_of(self, doc_id: int, *, reader: bool = False) -> list[dict]:
        db = self.reader() if reader else self.db
        return list(db.query("select * from chunks where doc_id = ? order by ordinal", [doc_id]))

    def chunk(self, chunk_id: str) -> dict | None:
        """A chunk with its document's title and file name."""
        rows = list(self.reader().query(
            "select c.*, d.title, d.doc_key from chunks c join documents d on d.id = c.doc_id"
            " where c.id = ?", [chunk_id]))
        return rows[0] if rows else None

    def chunks_for_search(self, ids: list[str]) -> dict[str, dict]:
        """What the retriever needs of each chunk (and its document), by id."""
        if not ids:
            return {}
        return {r["id"]: r for r in self.reader().query(
            "select c.id, c.doc_id, c.text, c.heading_path, c.article, c.citation, c.text_hash,"
            " d.title, d.doc_key, d.region from chunks c join documents d on d.id = c.doc_id"
            f" where c.id in ({_marks(ids)})", ids)}

    def texts_of_documents(self, doc_ids: list[int]) -> dict[int, list[str]]:
        """doc_id -> the texts of all its passages (the second stage's distinctive words)."""
        out: dict[int, list[str]] = {d: [] for d in doc_ids}
        if not doc_ids:
            return out
        for doc_id, text in self.reader().execute(
                f"select doc_id, text from chunks where doc_id in ({_marks(doc_ids)}) order by doc_id, ordinal",
                list(doc_ids)):
            out[doc_id].append(text)
        return out

    def text_hashes(self, ids: list[str] | None = None) -> dict[str, str]:
        """chunk id -> the hash its embedding is cached under (all chunks when ``ids`` is None)."""
        if ids is None:
            return dict(self.db.execute("select id, text_hash from chunks").fetchall())
        if not ids:
            return {}
        return dict(self.reader().execute(
            f"select id, text_hash from chunks where id in ({_marks(ids)})", ids).fetchall())

    def chunks_to_embed(self, ids: list[str] | None = None) -> list[dict]:
        """id, doc_id, embed_text and text of every chunk (or of ``ids``), in document order."""
        if ids is None:
            return list(self.db.query(
                "select id, doc_id, embed_text, text from chunks order by doc_id, ordinal"))
        if not ids:
            return []
        return list(self.db.query(
            f"select id, doc_id, embed_text, text from chunks where id in ({_marks(ids)})", ids))

    def all_chunks(self) -> list[dict]:
        """Every chunk (id, doc_id, text, text_hash, tokens, article, heading_path) with its document's
        doc_key, title and region, by id: what bench.cv_eval holds in memory to cross-validate
        without searching."""
        return list(self.db.query(
            "select c.id, c.doc_id, c.text, c.text_hash, c.tokens, c.article, c.heading_path, d.doc_key, d.title,"
            " d.region"
            " from chunks c join documents d on d.id = c.doc_id order by c.id"))

    def chunk_texts(self) -> list[dict]:
        """id and passage text of every chunk (the ranker's pseudo-questions)."""
        return list(self.db.query("select id, text from chunks"))

    def chunk_tokens(self) -> list[tuple[str, str]]:
        """(id, BM25 tokens) of every chunk, sorted by id: the BM25 index is built from these."""
        return [(r[0], r[1]) for r in self.reader().execute("select id, tokens from chunks order by id")]

    def article_rows(self, doc_id: int) -> list[dict]:
        return list(self.reader().query(
            "select text, article, heading_path from chunks where doc_id = ? order by ordinal", [doc_id]))

    def set_tokens(self, tokenise) -> None:
        """Re-tokenise every chunk's embed_text with ``tokenise(text) -> str`` in one transaction."""
        with transaction(self.db):
            for row in list(self.db.query("select id, embed_text from chunks")):
                self.db.execute("update chunks set tokens = ? where id = ?", [tokenise(row["embed_text"]), row["id"]])

    # ----- writing a document (kb.knowledge_base: step 2 of adding) -----

    def replace_document(self, row: dict, chunk_rows: list[dict], *, existing: dict | None,
                         replace_doc_id: int | None) -> tuple[int, list[str]]:
        """Write a document's row (``pending``) and its chunks, dropping those it replaces.

        Call inside :meth:`transaction`. ``existing`` is the row with the same doc_key;
        ``replace_doc_id`` another document this one supersedes (a new version under another
        file name), whose version number it continues. Returns (doc_id, old chunk ids).
        """
        replaced_row = None if existing or replace_doc_id is None else self.db.execute(
            "select version from documents where id = ?", [replace_doc_id]).fetchone()
        old_ids: list[str] = []
        replaced = [existing["id"]] if existing else []
        if replace_doc_id is not None and replace_doc_id not in replaced:
            replaced.append(replace_doc_id)
        for doc_id in replaced:
            old_ids += [r[0] for r in self.db.execute("select id from chunks where doc_id = ?", [doc_id])]
            self.db.execute("delete from chunks where doc_id = ?", [doc_id])
        if replace_doc_id is not None and (not existing or replace_doc_id != existing["id"]):
            self.db.execute("delete from documents where id = ?", [replace_doc_id])
        # A new version under another file name continues the old one's numbering.
        row = dict(row, version=(existing["version"] if existing else (replaced_row[0] if replaced_row else 0)) + 1)
        if existing:
            self.db["documents"].update(existing["id"], row)
            doc_id = existing["id"]
        else:
            doc_id = self.db["documents"].insert(row).last_pk
        for chunk in chunk_rows:
            chunk["doc_id"] = doc_id
        self.db["chunks"].insert_all(chunk_rows, pk="id", replace=True)
        return doc_id, old_ids

    def delete_document(self, doc_id: int) -> list[str]:
        """Delete a document and its chunks (call inside :meth:`transaction`); returns the chunk ids."""
        ids = [r[0] for r in self.db.execute("select id from chunks where doc_id = ?", [doc_id])]
        self.db.execute("delete from chunks where doc_id = ?", [doc_id])
        self.db.execute("delete from documents where id = ?", [doc_id])
        return ids

    def mark_ready(self, doc_ids: Iterable[int] | None = None) -> None:
        if doc_ids is None:
            self.db.execute("update documents set status = 'ready' where status != 'ready'")
        else:
            for doc_id in doc_ids:
                self.db.execute("update documents set status = 'ready' where id = ?", [doc_id])


class EmbeddingCache:
    """Vectors by (model, text hash) in their own SQLite file, shared by knowledge bases."""

    def __init__(self, path: str | Path):
        import sqlite_utils

        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        conn.execute("pragma journal_mode = wal")
        self.db = sqlite_utils.Database(conn)
        self.db.execute(
            "create table if not exists embedding_cache (model text, text_hash text, vector blob,"
            " primary key (model, text_hash))"
        )
        self._lock = threading.Lock()

    def get(self, model: str, hashes: list[str]) -> list[tuple[str, bytes]]:
        """(text_hash, vector bytes) of those cached for ``model``, 500 hashes per query."""
        found: list[tuple[str, bytes]] = []
        for start in range(0, len(hashes), 500):
            part = hashes[start:start + 500]
            with self._lock:
                found += self.db.execute(
                    f"select text_hash, vector from embedding_cache where model = ? and text_hash in ({_marks(part)})",
                    [model, *part],
                ).fetchall()
        return found

    def put(self, rows: list[dict]) -> None:
        """Rows of model, text_hash, vector (bytes), committed at once."""
        with self._lock, self.db.conn:
            self.db["embedding_cache"].upsert_all(rows, pk=("model", "text_hash"))


__all__ = ["KBStore", "EmbeddingCache"]
