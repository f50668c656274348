"""The data dir is private to the account that runs the assistant.

``assistant.db`` holds members' phone numbers, their questions and pending
invite links (an admin link makes whoever opens it an admin), so no other
local user may read anything under the data dir: it is created 0700 and its
files 0600. Libraries (Chroma, bm25s) create files with the process umask;
the entry points (``python -m bot``, ``ingest.py``) set a private umask with
:func:`private_umask`, and every open tightens what an older version or a
library left readable (:func:`secure_data_dir`), saying so in the log.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("app.private_files")

PRIVATE = 0o077      # the group and other bits that must be clear


def private_umask() -> None:
    """Make files this process creates private by default (entry points only: umask is per process)."""
    os.umask(os.umask(PRIVATE) | PRIVATE)


def _tighten(path: Path) -> bool:
    """Clear group/other bits of one file or folder (not following links); True if it changed."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode) or not stat.S_IMODE(st.st_mode) & PRIVATE:
        return False
    os.chmod(path, stat.S_IMODE(st.st_mode) & ~PRIVATE)
    return True


def _report(changed: list[str], where: Path) -> None:
    if changed:
        log.warning("tightened permissions of %d item(s) in %s that other local users could read: %s",
                    len(changed), where, ", ".join(changed[:5]) + (" …" if len(changed) > 5 else ""))


def private_dir(path: Path | str) -> Path:
    """Create ``path`` (and parents) if needed; ``path`` itself ends up 0700 or tighter."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if _tighten(path):
        _report([path.name or str(path)], path)
    return path


def secure_data_dir(root: Path | str) -> Path:
    """Create the data dir privately and tighten everything already in it."""
    root = private_dir(root)
    changed = []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            if _tighten(path):
                changed.append(str(path.relative_to(root)))
    _report(changed, root)
    return root


def private_db_file(path: Path | str) -> None:
    """Before SQLite opens it: the database exists 0600 (SQLite gives its -wal and -shm the same mode)."""
    path = Path(path)
    private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    _report([p.name for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if _tighten(p)], path.parent)


def private_output(path: Path | str) -> Path:
    """An export file about to be (re)written: created or truncated 0600 before any data goes in."""
    path = Path(path)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)
    return path


__all__ = ["private_umask", "private_dir", "secure_data_dir", "private_db_file", "private_output"]
