"""A document on its way in: chunked and fingerprinted before anything is written, and the
results of writing it (one file, or a batch)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PreparedDocument:
    """A parsed, chunked document not yet written: the bot shows it before confirming."""

    doc_key: str
    title: str
    file_type: str
    source_path: str
    size_bytes: int
    content_hash: str
    chunks: list            # kb.chunker.Chunk
    existing: dict | None   # the documents row this would replace


@dataclass
class AddResult:
    doc_key: str
    title: str
    status: str             # "added" | "updated" | "unchanged" | "skipped" | "failed"
    chunks: int = 0
    doc_id: int | None = None
    error: str | None = None
    reason: str | None = None


@dataclass
class BatchReport:
    results: list[AddResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


def prepare(parsed, source_path: str, size: int, *, config, limits, records) -> PreparedDocument:
    """Chunk a parsed document and fingerprint it; nothing is written (kb.knowledge_base, step 1)."""
    from kb.chunker import chunk_document
    from kb.errors import EmptyDocument
    from kb.limits import too_many_chunks
    from kb.titles import cap_title, clean_file_name

    max_chars = config.chunking.max_chars
    # A passage holds at most max_chars characters: refuse before chunking what must
    # become too many, and check the exact count after.
    at_least = -(-sum(len(b.text) for b in parsed.blocks) // max_chars)
    if at_least > limits.max_chunks:
        raise too_many_chunks(parsed.source_name, at_least, limits, estimated=True)
    chunks = chunk_document(parsed, max_chars=max_chars, min_chars=config.chunking.min_chars)
    if len(chunks) > limits.max_chunks:
        raise too_many_chunks(parsed.source_name, len(chunks), limits)
    if not chunks:
        raise EmptyDocument(f"{parsed.source_name} has no text to index.", path=source_path)
    doc_key = clean_file_name(parsed.source_name)   # no NUL, bidi or zero-width characters
    parsed.title = cap_title(parsed.title) or cap_title(Path(doc_key).stem) or doc_key
    body = "\n".join([parsed.title] + [c.text for c in chunks])
    existing_row = records.document_by_key(doc_key)
    return PreparedDocument(
        doc_key=doc_key, title=parsed.title, file_type=parsed.file_type,
        source_path=source_path, size_bytes=size,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        chunks=chunks, existing=existing_row,
    )
