"""Numbered migrations for the knowledge-base tables.

``documents`` and ``chunks`` are the source of truth; Chroma and the BM25
index are derived from them and can be rebuilt (``ingest.py verify --repair``).
"""
from app.db import Migrations

kb_migrations = Migrations("kb")


@kb_migrations
def m001_documents_and_chunks(db):
    db["documents"].create(
        {
            "id": int,
            "doc_key": str,          # identity: the file name; re-adding it replaces the document
            "title": str,
            "source_path": str,
            "file_type": str,
            "content_hash": str,     # sha256 of the extracted text: unchanged text is skipped
            "size_bytes": int,
            "region": str,           # province named in the title, if any ("浙江")
            "chunk_count": int,
            "version": int,
            "status": str,           # "ready" | "pending" (written to SQLite, indexes not yet in step)
            "added_by": str,
            "added_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"doc_key", "title", "content_hash", "status"},
    )
    db["documents"].create_index(["doc_key"], unique=True)
    db["chunks"].create(
        {
            "id": str,               # stable: hash of doc_key, ordinal and text
            "doc_id": int,
            "ordinal": int,
            "text": str,             # the passage as quoted to members
            "heading_path": str,     # JSON list
            "article": str,          # "第二十八条" or null
            "citation": str,         # "《…》第二十八条"
            "embed_text": str,       # what was embedded and BM25-indexed (title + path + text)
            "text_hash": str,        # sha256 of embed_text, the embedding cache key
            "tokens": str,           # jieba tokens, space separated, for rebuilding BM25 quickly
        },
        pk="id",
        foreign_keys=[("doc_id", "documents", "id")],
    )
    db["chunks"].create_index(["doc_id", "ordinal"])
    db["kb_meta"].create({"key": str, "value": str}, pk="key")
