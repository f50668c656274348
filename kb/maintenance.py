"""Damage and backups: what `ingest.py verify` and `ingest.py backup` need beyond comparing ids.

``assistant.db`` is the source of truth: members, questions, documents and chunks. It
cannot be rebuilt, only restored from a backup, so damage to it is reported plainly
with the way back. Chroma and the BM25 index are derived from it: when they cannot be
opened at all, ``verify --repair`` moves them aside and builds them again from SQLite
(the embedding cache makes that quick).
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from dataclasses import dataclass

from kb.errors import DatabaseDamaged

RESTORE_HINT = (
    "It is the source of truth and cannot be rebuilt: stop the bot, copy your latest backup "
    "(made with `python ingest.py backup PATH`) over {db}, then run `python ingest.py verify --repair`."
)


@dataclass
class VerifyReport:
    documents: int
    chunks: int
    chroma: int
    bm25: int
    missing_in_chroma: list[str]
    extra_in_chroma: list[str]
    bm25_stale: bool
    pending_documents: list[str]
    embedder_recorded: str | None
    embedder_configured: str
    repaired: bool = False
    chroma_error: str | None = None      # Chroma's files cannot be read at all
    moved_aside: str | None = None       # where --repair put the damaged Chroma folder
    # Chunks without the latent terms or sentence vectors the second stage weighs (kb.second_stage_data)
    second_stage_missing: int = 0

    @property
    def ok(self) -> bool:
        return not (self.missing_in_chroma or self.extra_in_chroma or self.bm25_stale
                    or self.pending_documents or self.chroma_error
                    or self.second_stage_missing) and self.embedder_matches

    @property
    def embedder_matches(self) -> bool:
        return self.chunks == 0 or self.embedder_recorded in (None, self.embedder_configured)



def database_damaged(db_path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(f"{db_path} is damaged ({detail}). " + RESTORE_HINT.format(db=db_path))


def integrity_problems(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
    """SQLite's own check of every page and index; [] when the file is sound."""
    try:
        rows = conn.execute(f"pragma integrity_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows]
    return [] if problems == ["ok"] else problems


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy the live database with SQLite's online backup API (safe while the bot writes).

    ``dest`` is a file, or a folder that gets ``assistant-YYYYmmdd-HHMMSS.db``. The copy
    is written under a temporary name, checked with ``integrity_check`` and only then
    renamed, so a failed backup never looks like a good one. It holds members' phone
    numbers: readable by its owner only.
    """
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / time.strftime("assistant-%Y%m%d-%H%M%S.db")
    if dest.resolve() == Path(db_path).resolve():
        raise DatabaseDamaged(f"{dest} is the live database itself; give another path for the backup.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        problems = integrity_problems(src)
        if problems:
            raise database_damaged(Path(db_path), "; ".join(problems[:3]))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=1024)        # in steps: writers are not blocked for long
            bad = integrity_problems(out)
        finally:
            out.close()
        if bad:
            raise DatabaseDamaged(f"The backup written to {tmp} failed its check ({bad[0]}); nothing was kept.")
        os.replace(tmp, dest)
    except sqlite3.DatabaseError as exc:
        raise database_damaged(Path(db_path), str(exc)) from None
    finally:
        src.close()
        if tmp.exists():
            tmp.unlink()
    return dest


def move_aside(path: Path) -> Path | None:
    """Rename a damaged derived index out of the way (kept for inspection, never deleted)."""
    path = Path(path)
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
        n += 1
    path.rename(target)
    return target


def verify(kb, *, repair: bool = False, progress=None) -> VerifyReport:
    """Compare SQLite, Chroma and BM25 (after SQLite's own integrity check); repair derived indexes.

    A damaged assistant.db raises DatabaseDamaged (only a backup helps); Chroma files
    that cannot be read are reported, and with ``repair`` moved aside and rebuilt.
    """
    from kb.errors import VectorIndexUnavailable
    from kb.tuning import configured_model_id
    from kb.lexical import LexicalIndex

    problems = integrity_problems(kb.db.conn)
    if problems:
        raise database_damaged(kb.config.db_path, "; ".join(problems[:3]))
    sqlite_ids = set(kb.records.chunk_ids())
    chroma_error = None
    try:
        chroma_ids = kb.store.ids()
    except VectorIndexUnavailable as exc:
        chroma_error, chroma_ids = str(exc), set()
    lexical = LexicalIndex.load(kb.config.bm25_dir)
    bm25_ids = set(lexical.chunk_ids) if lexical else set()
    pending = kb.records.pending_doc_keys()
    report = VerifyReport(
        documents=kb.records.document_count(),
        chunks=len(sqlite_ids), chroma=len(chroma_ids), bm25=len(bm25_ids),
        missing_in_chroma=sorted(sqlite_ids - chroma_ids),
        extra_in_chroma=sorted(chroma_ids - sqlite_ids),
        bm25_stale=(lexical is None and bool(sqlite_ids)) or bm25_ids != sqlite_ids,
        pending_documents=pending,
        embedder_recorded=kb._meta("embedder"),
        embedder_configured=configured_model_id(kb.config),
        chroma_error=chroma_error,
    )
    if report.embedder_matches and sqlite_ids:
        from kb import second_stage_data

        report.second_stage_missing = second_stage_data.missing(kb.embedder, kb.config.retrieval.rerank,
                                                                kb.records.chunks_to_embed())
    if repair and not report.ok:
        with kb.ingest_lock.hold():
            _repair(kb, report, progress)
    return report


def _repair(kb, report: VerifyReport, progress) -> None:
    if report.chroma_error:
        report.moved_aside = rebuild_vector_store(kb, progress)
        kb.rebuild_lexical()
        kb._mark_ready()
    elif not report.embedder_matches:
        kb.reindex(progress=progress)
    else:
        if report.extra_in_chroma:
            kb.store.delete(report.extra_in_chroma)
        if report.missing_in_chroma:
            rows = kb.records.chunks_to_embed(report.missing_in_chroma)
            vectors = kb.embedder.embed_passages([r["embed_text"] for r in rows], progress=progress)
            kb.store.upsert([r["id"] for r in rows], vectors, [{"doc_id": r["doc_id"]} for r in rows])
        if report.second_stage_missing:
            rows = kb.records.chunks_to_embed()
            kb._second_stage_data([r["text"] for r in rows], [r["embed_text"] for r in rows])
        kb.rebuild_lexical()
        kb._mark_ready()
    report.repaired = True


def rebuild_vector_store(kb, progress=None) -> str | None:
    """Chroma cannot be opened: move its folder aside and embed every chunk again
    (from the embedding cache when the model is unchanged). Returns where it went."""
    from kb.vector_store import forget_system

    moved = None
    with kb._lock:
        kb._store = None
        kb._retriever = None
        if kb.config.chroma.url:
            kb.store.reset()
        else:
            forget_system(kb.config.chroma_dir)
            moved = move_aside(kb.config.chroma_dir)
        rows = kb.records.chunks_to_embed()
        if rows:
            vectors = kb.embedder.embed_passages([r["embed_text"] for r in rows], progress=progress)
            kb.store.upsert([r["id"] for r in rows], vectors, [{"doc_id": r["doc_id"]} for r in rows])
        kb._set_meta("embedder", kb.embedder.model_id)
    return str(moved) if moved else None



__all__ = ["verify", "rebuild_vector_store", "VerifyReport", "integrity_problems", "backup_database", "database_damaged", "move_aside", "RESTORE_HINT"]
