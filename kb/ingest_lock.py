"""One writer at a time per data dir: an fcntl lock on ``data_dir/ingest.lock``.

Two `ingest.py add` runs on one data dir used to race: a raw ``UNIQUE constraint
failed`` traceback, colliding BM25 saves, a document left ``pending``. Every change to
documents and chunks (the CLI's add/remove/reindex/verify --repair, and the bot's own
ingest of files sent in chat) now holds this lock. It is not waited for across
processes: the second writer is told at once who holds it. Threads of one process
share it (the bot's two worker threads) and take turns on a thread lock.

The kernel drops an flock when its process dies, so a ``kill -9`` never leaves the
data dir locked; the file's text (pid, command, start time) only explains who holds it.
"""
from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from kb.errors import IngestBusy


class IngestLock:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "ingest.lock"
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def hold(self, what: str = "", *, wait_for_threads: bool = True):
        """Hold the lock (re-entrant within a thread); IngestBusy if another process has it.

        ``wait_for_threads=False``: IngestBusy too when another thread of this process
        holds it (a caller holding other locks must not wait: lock order).
        """
        if not self._thread_lock.acquire(blocking=wait_for_threads):
            raise IngestBusy("Another ingest is running in this process: try again when it has finished.")
        try:
            if self._depth == 0:
                self._acquire(what)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()
        finally:
            self._thread_lock.release()

    def _acquire(self, what: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 500, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            raise IngestBusy(
                f"Another ingest is running on {self.path.parent}"
                f"{f' ({holder})' if holder else ''}: wait for it to finish and try again.") from None
        command = what or " ".join(Path(a).name if n == 0 else a for n, a in enumerate(sys.argv))[:200]
        note = f"pid {os.getpid()}, {command}, since {time.strftime('%H:%M:%S')}"
        os.ftruncate(fd, 0)
        os.pwrite(fd, note.encode(), 0)
        self._fd = fd

    def _release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)


__all__ = ["IngestLock"]
