"""Attachments of reports: content-addressed files in a private folder of the data dir.

A file is written (by its SHA-256) as soon as the member sends it, so a draft that
survives a restart keeps its attachments; the draft itself only lists names, sizes
and hashes. Files of drafts that are cancelled stay until ``prune`` removes those
no report refers to.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from app.private_files import private_dir


def human_size(size: int, language: str | None = "zh") -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class FileStore:
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            private_dir(target.parent)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            # 0600 whatever the umask: attachments are members' data, like the database.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:     # written whole, then renamed: never a half file
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def prune(self, in_use, *, older_than: float = 7 * 24 * 3600) -> int:
        """Remove files that no report lists (``in_use(sha)`` is False) and older than a week
        (a draft in progress may still list them)."""
        removed = 0
        if not self.root.exists():
            return 0
        cutoff = time.time() - older_than
        for path in self.root.glob("??/*"):
            if path.suffix or path.stat().st_mtime > cutoff or in_use(path.name):
                continue
            path.unlink()
            removed += 1
        return removed


__all__ = ["FileStore", "human_size"]
